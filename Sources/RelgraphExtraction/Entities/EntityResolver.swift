import RelgraphModel

/// Merges the mentions of a document into entities: "Vladimir Putin", "Putin" and
/// "Russian President Vladimir Putin" become one person; "Russia", "Russian" and "the
/// Kremlin" one country; an acronym defined in the text joins its long form.
///
/// Single capitalized words that match no full name are kept as people only where a person
/// stands ("Hemedti said"); otherwise they are dropped, so a stray "Bayraktar" or "Jeddah"
/// does not become a node.
struct EntityResolver {
    let lexicon: Lexicon
    let tokens: [Token]
    let datelineCountry: String?

    private let personVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "spoke", "speaks", "met", "meets", "called", "calls",
        "accused", "blamed", "thanked", "urged", "warned", "insisted", "stressed", "wrote", "announced",
    ]

    func resolve(_ mentions: inout [Mention]) -> [DocumentEntity] {
        var entities: [DocumentEntity] = []
        var keyed: [String: Int] = [:]
        var clusters: [PersonCluster] = []

        func entityIndex(for mention: Mention) -> Int {
            let key = "\(mention.type.rawValue):\(mention.name)"
            if let index = keyed[key] { return index }
            entities.append(
                DocumentEntity(
                    type: mention.type, name: mention.name, aliases: [], isLeader: false,
                    organizationKind: mention.organizationKind))
            keyed[key] = entities.count - 1
            return entities.count - 1
        }

        mergeAcronyms(&mentions)

        // People named in full first, so that surnames anywhere can find them.
        for m in mentions.indices where mentions[m].type == .person && nameWords(mentions[m]).count >= 2 {
            let words = nameWords(mentions[m])
            if let c = clusters.firstIndex(where: { $0.accepts(words, role: mentions[m].role) }) {
                clusters[c].add(m, words: words, role: mentions[m].role)
            } else {
                clusters.append(PersonCluster(first: m, words: words, role: mentions[m].role))
            }
        }
        for m in mentions.indices where mentions[m].type == .person && nameWords(mentions[m]).count == 1 {
            let word = nameWords(mentions[m])[0]
            let candidates = clusters.indices.filter { clusters[$0].matchesPart(word, role: mentions[m].role) }
            if let c = closest(candidates, to: m, in: clusters, mentions: mentions) {
                clusters[c].add(m, words: [word], role: mentions[m].role)
            } else if let alias = knownAs(m, mentions: mentions), let c = clusters.firstIndex(where: { $0.mentions.contains(alias) }) {
                clusters[c].add(m, words: [word], role: mentions[m].role)
            } else if !mentions[m].isTentative || standsAsPerson(mentions[m]),
                let c = clusters.firstIndex(where: { $0.words == [word] && $0.accepts([word], role: mentions[m].role) })
            {
                clusters[c].add(m, words: [word], role: mentions[m].role)
            } else if !mentions[m].isTentative || standsAsPerson(mentions[m]) {
                clusters.append(PersonCluster(first: m, words: [word], role: mentions[m].role))
            }
        }

        for m in mentions.indices where mentions[m].type != .person {
            let e = entityIndex(for: mentions[m])
            mentions[m].entity = e
            entities[e].addAlias(mentions[m].surface)
        }
        for e in entities.indices {
            entities[e].lookupNames = lexicon.forms(of: entities[e].name, type: entities[e].type).filter {
                $0 != entities[e].name && !entities[e].aliases.contains($0)
            }
        }
        // An organization goes by the fullest name the document gives it ("Revolutionary
        // Guards"), keeping the lexicon's name as an alias so documents still merge.
        for e in entities.indices where entities[e].type == .organization {
            let forms = mentions.filter { $0.entity == e && $0.form == .name }.map(\.surface)
            guard let fullest = forms.max(by: { ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count) }),
                fullest != entities[e].name
            else { continue }
            let canonical = entities[e].name
            entities[e].name = fullest
            entities[e].aliases.removeAll { $0 == fullest }
            entities[e].addAlias(canonical)
        }
        for cluster in clusters.sorted(by: { $0.firstMention < $1.firstMention }) {
            var person = DocumentEntity(type: .person, name: cluster.name(mentions), aliases: [], isLeader: false)
            let e = entities.count
            for m in cluster.mentions.sorted() {
                mentions[m].entity = e
                person.addAlias(mentions[m].name)
                if person.role == nil || person.role?.lowercased() == "counterpart", let role = mentions[m].role {
                    person.role = role
                    person.isLeader = mentions[m].roleKind == .leader
                }
                person.country = person.country ?? mentions[m].affiliationCountry
                person.organization = person.organization ?? mentions[m].affiliationOrganization
            }
            if person.role?.lowercased() == "counterpart" {
                // "Bolton spoke with his Indian counterpart Ajit Doval": Doval holds Bolton's office.
                let first = cluster.mentions.min()!
                if let peer = mentions.first(where: {
                    $0.sentence == mentions[first].sentence && $0.type == .person && $0.role != nil
                        && $0.role?.lowercased() != "counterpart"
                }) {
                    person.role = peer.role
                    person.isLeader = peer.roleKind == .leader
                }
            }
            entities.append(person)
        }
        // Family names travel with a country: "King Salman" beside "Crown Prince Mohammed bin
        // Salman of Saudi Arabia"; failing that, the dateline places titled people.
        for e in entities.indices where entities[e].type == .person && entities[e].country == nil {
            let last = entities[e].name.split(separator: " ").last
            if let relative = entities.first(where: {
                $0.type == .person && $0.name != entities[e].name && $0.country != nil && $0.name.split(separator: " ").last == last
            }) {
                entities[e].country = relative.country
            } else if entities[e].organization == nil, entities[e].role != nil {
                entities[e].country = datelineCountry
            }
        }
        // Tentative single words that found no person are not entities at all.
        for m in mentions.indices where mentions[m].type == .person && mentions[m].entity == nil {
            mentions[m].isArgument = false
        }
        return entities
    }

    /// A name's words for matching: honorifics dropped, as written.
    private func nameWords(_ mention: Mention) -> [String] {
        mention.name.split(separator: " ").map(String.init)
    }

    /// "Hemedti said", "spoke with Netanyahu": a single word where a person stands.
    private func standsAsPerson(_ mention: Mention) -> Bool {
        let next = mention.range.upperBound
        let start = mention.range.lowerBound
        if start >= 2, tokens[start - 1].lowercased == "with",
            ["spoke", "speaks", "met", "talked", "talks", "meeting", "call", "conversation"].contains(tokens[start - 2].lowercased)
        {
            return !isCommonWord(mention)
        }
        if start >= 1, ["met", "told", "called", "phoned", "telephoned", "thanked"].contains(tokens[start - 1].lowercased) {
            return !isCommonWord(mention)
        }
        guard next < tokens.count else { return false }
        var k = next
        if ["has", "had", "also", "later", "then"].contains(tokens[k].lowercased), k + 1 < tokens.count { k += 1 }
        return personVerbs.contains(tokens[k].lowercased) && !isCommonWord(mention)
    }

    /// A sentence-initial capitalized word that the text also writes in lowercase is a word, not a name.
    private func isCommonWord(_ mention: Mention) -> Bool {
        let word = tokens[mention.range.lowerBound].lowercased
        return tokens.contains { $0.text == word }
    }

    /// "Mohamed Hamdan Dagalo, widely known as Hemedti": the mention names the person before it.
    private func knownAs(_ m: Int, mentions: [Mention]) -> Int? {
        let start = mentions[m].range.lowerBound
        guard start >= 2, tokens[start - 1].lowercased == "as", tokens[start - 2].lowercased == "known" else { return nil }
        return mentions[..<m].lastIndex { $0.type == .person && $0.sentence == mentions[m].sentence }
    }

    private func closest(_ candidates: [Int], to m: Int, in clusters: [PersonCluster], mentions: [Mention]) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        let position = mentions[m].range.lowerBound
        return candidates.min { a, b in
            distance(clusters[a], position, mentions) < distance(clusters[b], position, mentions)
        }
    }

    /// How far back the cluster was last mentioned; mentions after `position` count as far.
    private func distance(_ cluster: PersonCluster, _ position: Int, _ mentions: [Mention]) -> Int {
        let before = cluster.mentions.map { mentions[$0].range.lowerBound }.filter { $0 < position }
        if let last = before.max() { return position - last }
        let after = cluster.mentions.map { mentions[$0].range.lowerBound }.min() ?? Int.max
        return Int.max / 2 + (after - position)
    }

    /// "the Kurdistan Workers' Party (PKK)", or "Rapid Support Forces" ... "the RSF": an
    /// acronym becomes another name of the organization it abbreviates.
    private func mergeAcronyms(_ mentions: inout [Mention]) {
        let longNames = Set(mentions.filter { $0.type == .organization && $0.name.contains(" ") }.map(\.name))
        for m in mentions.indices where mentions[m].type == .organization && !mentions[m].name.contains(" ") {
            let acronym = mentions[m].name
            guard acronym.count >= 2, acronym == acronym.uppercased() else { continue }
            if let long = longNames.first(where: { Self.initials(of: $0) == acronym }) {
                mentions[m].name = long
            }
        }
    }

    static func initials(of name: String) -> String {
        let skip: Set<String> = ["of", "the", "for", "and", "in", "de"]
        return String(
            name.split(separator: " ").filter { !skip.contains($0.lowercased()) }.compactMap { $0.first }
        ).uppercased()
    }
}

/// The mentions of one person, with the name words and titles seen.
struct PersonCluster {
    var mentions: [Int]
    var firstMention: Int
    /// The longest name seen, as words.
    var words: [String]
    var roles: [String] = []

    init(first: Int, words: [String], role: String?) {
        mentions = [first]
        firstMention = first
        self.words = words
        if let role { roles.append(Self.normalized(role)) }
    }

    mutating func add(_ m: Int, words: [String], role: String?) {
        mentions.append(m)
        firstMention = min(firstMention, m)
        if words.count > self.words.count { self.words = words }
        if let role { roles.append(Self.normalized(role)) }
    }

    func name(_ all: [Mention]) -> String { words.joined(separator: " ") }

    static func key(_ word: String) -> String {
        var w = word.lowercased()
        for prefix in ["al-", "el-", "ad-", "as-"] where w.hasPrefix(prefix) { w.removeFirst(prefix.count) }
        return w
    }

    static func normalized(_ role: String) -> String {
        let lower = role.lowercased()
        return lower == "pm" ? "prime minister" : lower
    }

    /// Whether a full name belongs here: the same words, or one name ending the other.
    func accepts(_ other: [String], role: String?) -> Bool {
        let a = words.map(Self.key)
        let b = other.map(Self.key)
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 2 || a == b else { return false }
        return Array(long.suffix(short.count)) == short && rolesAgree(role)
    }

    /// Whether a single word is this person's surname or given name ("Putin", "Kim", "Sisi").
    func matchesPart(_ word: String, role: String?) -> Bool {
        let key = Self.key(word)
        let keys = words.map(Self.key)
        return (keys.last == key || keys.first == key) && rolesAgree(role)
    }

    /// "King Salman" is not "Crown Prince Mohammed bin Salman": titles that neither contain
    /// the other keep two people apart.
    func rolesAgree(_ role: String?) -> Bool {
        guard let role else { return true }
        let new = Self.normalized(role)
        if new == "counterpart" { return true }
        return roles.allSatisfy { old in
            old == "counterpart" || old.contains(new) || new.contains(old) || Self.lastWord(old) == Self.lastWord(new)
        }
    }

    static func lastWord(_ role: String) -> String {
        String(role.split(separator: " ").last ?? "")
    }
}
