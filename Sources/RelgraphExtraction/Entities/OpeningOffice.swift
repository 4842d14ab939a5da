/// "Georgia's foreign minister says ... . Mikheil Janelidze made the comments ...": a story that
/// opens with an office it does not name the holder of, then names a person it gives no title
/// or country, has told who holds the office.
///
/// Only the story's opening (its first two sentences, a headline counting as one) is read for
/// such an office, only an office whose country stands right before it ("Georgia's", "The
/// Georgian"), and only the first person named after it (within two sentences, first named
/// there, and given no office or country by the text) gets it; a person the text already
/// gives that office keeps it alone.
struct OpeningOffice {
    let tokens: [Token]
    let sentences: [Sentence]
    let mentions: [Mention]
    let titles: [TitleSpan]

    /// How many of the story's first sentences may hold the office.
    private static let openingSentences = 2
    /// How many sentences after the office's may name its holder.
    private static let reach = 2

    /// An office of the opening whose country is given and whose holder is not.
    struct Office: Sendable {
        /// The office as written, lowercased: "foreign minister".
        var role: String
        var country: String
        /// The token after the office.
        var end: Int
    }

    /// The opening's offices with a country and no holder named with them ("Australia's
    /// foreign minister said"). Read before entities are resolved, so that a person the text
    /// later gives that office alone ("Foreign Minister Alexander Downer said") serves that
    /// country rather than the one the story is told from.
    func unnamedOffices() -> [Office] {
        guard let opening = sentences.prefix(Self.openingSentences).last?.range.upperBound else { return [] }
        return titles.compactMap { title in
            guard title.kind != .honorific, title.range.upperBound <= opening, !isNamed(after: title.range.upperBound),
                let country = countryMention(before: title.range.lowerBound)
            else { return nil }
            return Office(role: roleText(title), country: country.name, end: title.range.upperBound)
        }
    }

    func fill(_ entities: inout [DocumentEntity]) {
        guard let opening = sentences.prefix(Self.openingSentences).last?.range.upperBound else { return }
        for title in titles where title.kind != .honorific && title.range.upperBound <= opening {
            guard let country = countryMention(before: title.range.lowerBound)?.entity, !isNamed(after: title.range.upperBound),
                let sentence = sentences.firstIndex(where: { $0.range.contains(title.range.lowerBound) })
            else { continue }
            let role = tokens[title.range].map(\.text).joined(separator: " ")
            let countryName = entities[country].name
            guard !entities.contains(where: { $0.type == .person && $0.country == countryName && $0.role?.lowercased() == role.lowercased() }) else {
                continue
            }
            let limit = sentences[min(sentences.count - 1, sentence + Self.reach)].range.upperBound
            // The first person named after the office whom the text gives no office or country
            // ("U.S. Secretary of State Rex Tillerson", named in between, is someone else), in a
            // later sentence: in the office's own ("Kenya's president met Mark Smith") a name
            // not set beside the office is whom the office holder met or spoke of.
            let next = sentences[sentence].range.upperBound
            guard let e = mentions.first(where: { m in
                    m.type == .person && m.range.lowerBound >= next
                        && m.entity.map { entities[$0].role == nil && entities[$0].country == nil } ?? false
                })?.entity,
                let first = mentions.first(where: { $0.entity == e }), first.range.lowerBound >= next,
                first.range.lowerBound < limit
            else { continue }
            entities[e].role = role
            entities[e].country = countryName
            entities[e].isLeader = title.kind == .leader
        }
    }

    /// The mention of a country whose name or demonym ends right before `start` ("Georgia's
    /// foreign minister", "the Georgian foreign minister").
    private func countryMention(before start: Int) -> Mention? {
        guard start > 0 else { return nil }
        let mention = mentions.last { $0.range.upperBound == start }
        guard let mention, mention.type == .country, mention.isPossessive || mention.form == .demonym else { return nil }
        return mention
    }

    private func roleText(_ title: TitleSpan) -> String {
        tokens[title.range].map(\.text).joined(separator: " ").lowercased()
    }

    /// Whether a name follows the office ("Foreign Minister Mikheil Janelidze"), or follows it
    /// past a comma ("the foreign minister, Mikheil Janelidze").
    private func isNamed(after end: Int) -> Bool {
        var k = end
        if k < tokens.count, tokens[k].is(",") { k += 1 }
        return mentions.contains { $0.range.lowerBound == k && $0.type == .person }
    }
}
