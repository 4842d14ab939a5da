/// The place line that opens many news stories: "ANKARA, March 2 —", "KINSHASA —", and in
/// older wire copy "CAIRO _".
///
/// Its words are places, not actors, so they are kept out of the graph; its country is
/// the default country of titled people the story does not place otherwise ("President
/// Xi Jinping" under a BEIJING dateline).
struct Dateline {
    private(set) var tokens: Set<Int> = []
    private(set) var country: String?
    /// The token after the dateline: the story's first sentence starts there, so that its
    /// words ("MOSCOW, May 10 --") are not read as the sentence's ("may" as a verb).
    private(set) var end: Int?

    init(tokens all: [Token], lexicon: Lexicon) {
        var i = 0
        while i < all.count {
            defer { i += 1 }
            // A line of its own may hold the headline right above it: an all-caps place may open a
            // line, a title-case one a paragraph.
            guard all[i].startsParagraph && all[i].isCapitalized && all[i].text.count > 1 || all[i].startsLine && all[i].isAllCaps else { continue }
            // "WASHINGTON —", or in title case a place the lexicon knows: "Washington, DC -".
            let allCaps = all[i].isAllCaps
            var k = i
            var place: [String] = []
            while k < all.count, all[k].kind == .word, allCaps ? all[k].isAllCaps : all[k].isCapitalized || isParticleJoined(all[k]), place.count < 4 {
                place.append(all[k].text)
                k += 1
            }
            // "Sharm el-Sheikh (Egypt), March 9 (AFP):": a place the lexicon does not know, with
            // its country in parentheses.
            var countryInParentheses: String?
            if !allCaps, k + 2 < all.count, all[k].is("("), let close = (k + 2..<min(all.count, k + 6)).first(where: { all[$0].is(")") }) {
                countryInParentheses = lexicon.country(named: all[(k + 1)..<close].map(\.text).joined(separator: " "))
                if countryInParentheses != nil { k = close + 1 }
            }
            guard allCaps || countryInParentheses != nil || lexicon.country(named: place.joined(separator: " ")) != nil else { continue }
            // Optional ", Country", ", March 2", ", Sept. 30" (wire copy writes a state and a date:
            // "HYDE PARK, N.Y., Oct. 23"), then an agency in parentheses ("(Xinhua)"), then a dash.
            var j = k
            for _ in 0..<3 {
                guard j < all.count, all[j].is(",") else { break }
                let group = j + 1
                j += 1
                while j < all.count, j < group + 5, all[j].kind != .punctuation || all[j].is(".") && all[j - 1].kind == .word { j += 1 }
            }
            let hasAgency = j + 2 < all.count && all[j].is("(") && all[j + 2].is(")")
            if hasAgency { j += 3 }
            // "ISTANBUL:", or a one-word place in capitals on a line of its own under a headline.
            let isAlone = allCaps && all[i].startsLine && j == k && (j == all.count || all[j].startsLine)
                && (place.count == 1 || lexicon.country(named: place.joined(separator: " ")) != nil)
            if !isAlone {
                guard j < all.count, all[j].kind == .punctuation,
                    ["\u{2014}", "\u{2013}", "-", "--"].contains(all[j].text) || allCaps && (all[j].is(":") || all[j].is("_"))
                        || countryInParentheses != nil && hasAgency && all[j].is(":")
                else { continue }
            }
            var end = isAlone ? j : j + 1
            // "--" may come as two hyphens.
            while !isAlone, end < all.count, all[end].is("-"), all[end].start == all[end - 1].end { end += 1 }
            tokens.formUnion(i..<end)
            self.end = end
            let name = place.joined(separator: " ")
            country = countryInParentheses ?? lexicon.country(named: name)
                ?? place.compactMap { lexicon.country(named: $0) }.first
                ?? all[k..<j].compactMap { lexicon.country(named: $0.text) }.first
            return
        }
    }
}

/// "el-Sheikh" in "Sharm el-Sheikh": a lowercase particle joined by a hyphen to a capitalized word.
private func isParticleJoined(_ token: Token) -> Bool {
    guard token.isHyphenated, let last = token.text.split(separator: "-").last, let first = last.first else { return false }
    return first.isUppercase
}
