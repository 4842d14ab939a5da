import RelgraphModel

/// Merges the mentions of a document into entities: "Vladimir Putin", "Putin" and
/// "Russian President Vladimir Putin" become one person; "Russia", "Russian" and "the
/// Kremlin" one country; an acronym defined in the text joins its long form.
///
/// Single capitalized words that match no full name are kept as people only where a person
/// stands ("Hemedti said"); otherwise they are dropped, so a stray "Bayraktar" or "Jeddah"
/// does not become a node.
///
/// Clusters are found through an index of name words, never by scanning them all, so a
/// document naming thousands of people still resolves in linear time.
struct EntityResolver {
    let lexicon: Lexicon
    let tokens: [Token]
    /// The country the story is told from (its dateline's, else the one it opens with): titled
    /// people the text does not place serve it.
    let homeCountry: String?
    /// The year the document was written, if it says: picks the office a person held then.
    let year: Int?

    /// Offices the story opens with, a country given and no holder ("Canada's ambassador"):
    /// a person later given one alone serves its country.
    let openingOffices: [OpeningOffice.Office]

    init(lexicon: Lexicon, tokens: [Token], homeCountry: String?, year: Int? = nil, openingOffices: [OpeningOffice.Office] = []) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.homeCountry = homeCountry
        self.year = year
        self.openingOffices = openingOffices
    }

    /// The country of the one opening office that `role` is, named before the person first is:
    /// "Australia's foreign minister said ... Foreign Minister Alexander Downer".
    private func countryOfOpeningOffice(_ role: String, heldBy e: Int, mentions: [Mention]) -> String? {
        let role = role.lowercased()
        let countries = Set(openingOffices.filter { $0.role == role }.map(\.country))
        guard countries.count == 1, let office = openingOffices.first(where: { $0.role == role }), office.country != homeCountry,
            let first = mentions.first(where: { $0.entity == e && $0.type == .person }), first.range.lowerBound >= office.end
        else { return nil }
        return office.country
    }

    private static let personVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "spoke", "speaks", "met", "meets", "called", "calls",
        "accused", "blamed", "thanked", "urged", "warned", "insisted", "stressed", "wrote", "announced",
    ]

    /// Verbs, irregular or in the present, after which a distinctive name that opens a sentence
    /// is its subject: "Erdogan held talks", "Putin holds".
    private static let verbsOfActors: WordSet = [
        "held", "holds", "sent", "sends", "made", "makes", "took", "takes", "gave", "gives", "led", "leads", "hit", "hits", "struck",
        "strikes", "saw", "sees", "left", "leaves", "won", "wins", "sought", "seeks", "vowed", "vows", "hosts", "visits", "urges",
        "warns", "thanks", "pledges", "backs", "blames", "accuses", "welcomes", "rejects", "flew", "flies", "arrives", "heads",
        "signs", "signed", "spoken", "sat", "sits", "ran", "runs", "stood", "stands", "won't", "can't", "cannot", "must", "may",
        "might", "should", "could", "laid", "lays", "put", "puts", "kept", "keeps", "brought", "brings", "went", "goes", "came",
        "comes", "began", "begins", "drew", "draws", "got", "gets", "paid", "pays", "set", "sets", "spent", "threw", "found", "finds",
        "knew", "knows", "lost", "loses", "thought", "thinks", "withdrew", "chose", "felt", "feels", "fought", "fights",
    ]

    func resolve(_ mentions: inout [Mention]) -> [DocumentEntity] {
        var entities: [DocumentEntity] = []
        var keyed: [EntityKey: Int] = [:]
        keyed.reserveCapacity(mentions.count)
        var clusters = PersonClusters(mentionCount: mentions.count, personCount: mentions.indices.count(where: { mentions[$0].type == .person }))

        func entityIndex(for mention: Mention) -> Int {
            let key = EntityKey(type: mention.type, name: mention.name)
            if let index = keyed[key] { return index }
            entities.append(
                DocumentEntity(
                    type: mention.type, name: mention.name, aliases: [], isLeader: false,
                    organizationKind: mention.organizationKind))
            keyed[key] = entities.count - 1
            return entities.count - 1
        }

        mergeAcronyms(&mentions)
        let commonWords = commonWords(among: mentions)

        // People named in full first, so that surnames anywhere can find them.
        for m in mentions.indices where mentions[m].type == .person && !isOneWord(mentions[m].name) {
            let name = PersonName(words(of: mentions[m].name))
            if let c = clusters.first(endingWith: name.keys.last!, where: { $0.accepts(name, role: mentions[m].role) }) {
                clusters.add(m, to: c, name: name, role: mentions[m].role, position: mentions[m].range.lowerBound)
            } else if let c = sameKnownPerson(as: mentions[m].name, among: clusters.candidates(forPart: name.keys.last!), in: clusters) {
                // "King Taufa'ahau Tupou IV ... King Tupou IV": the who's-who makes two forms one.
                dropDisputedRole(of: m, in: &mentions)
                clusters.add(m, to: c, name: name, role: nil, position: mentions[m].range.lowerBound)
            } else {
                clusters.append(PersonCluster(first: m, name: name, role: mentions[m].role, position: mentions[m].range.lowerBound))
            }
        }
        for m in mentions.indices where mentions[m].type == .person && isOneWord(mentions[m].name) {
            let name = PersonName([mentions[m].name])
            let key = name.keys[0]
            let position = mentions[m].range.lowerBound
            let candidates = clusters.candidates(forPart: key).filter { clusters[$0].matchesPart(key, role: mentions[m].role) }
            if let c = closest(candidates, to: position, in: clusters) {
                clusters.add(m, to: c, name: name, role: mentions[m].role, position: position)
            } else if let c = sameKnownPerson(as: mentions[m].name, among: clusters.candidates(forPart: key), in: clusters) {
                // "Prime Minister Michael Somare ... said Somare, the leader of the National
                // Alliance": the who's-who makes them one person whatever the titles say.
                dropDisputedRole(of: m, in: &mentions)
                clusters.add(m, to: c, name: name, role: nil, position: position)
            } else if let alias = knownAs(m, mentions: mentions), let c = clusters.cluster(of: alias) {
                clusters.add(m, to: c, name: name, role: mentions[m].role, position: position)
            } else if let c = clusters.all.indices.first(where: { clusters[$0].hasFirstOfTwoSurnames(key, role: mentions[m].role) }) {
                clusters.add(m, to: c, name: name, role: mentions[m].role, position: position)
            } else if isPerson(mentions[m], commonWords: commonWords),
                let c = clusters.first(endingWith: key, where: { $0.name.words == name.words && $0.accepts(name, role: mentions[m].role) })
            {
                clusters.add(m, to: c, name: name, role: mentions[m].role, position: position)
            } else if isPerson(mentions[m], commonWords: commonWords) {
                clusters.append(PersonCluster(first: m, name: name, role: mentions[m].role, position: position))
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
        // An organization or a country goes by the fullest name the document gives it
        // ("Revolutionary Guards", "Britain", "Russian Federation"), keeping the lexicon's name
        // as an alias so documents still merge. A country's abbreviation ("U.S.") is no name
        // to show: the lexicon's stays. An organization the document calls by the lexicon's
        // name keeps it ("the Houthis", not the "Houthi movement" of a photo caption).
        // By entity, each name once; an entity has few names, so a list beats a set.
        var namesWritten = [[String]](repeating: [], count: entities.count)
        for m in mentions.indices where mentions[m].form == .name {
            if let e = mentions[m].entity, namesWritten.indices.contains(e), !namesWritten[e].contains(mentions[m].surface) {
                namesWritten[e].append(mentions[m].surface)
            }
        }
        for e in entities.indices where entities[e].type == .organization || entities[e].type == .country {
            var forms = namesWritten[e]
            if entities[e].type == .organization, forms.contains(entities[e].name) { continue }
            if entities[e].type == .country {
                // "U.S.", "UK", "DRC": a period or no lowercase letter.
                forms = forms.filter { form in !form.utf8.contains(UInt8(ascii: ".")) && form.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
                // "The Philippines" opening a sentence: the article makes no fuller name.
                forms = forms.map { $0.hasPrefix("The ") ? String($0.dropFirst(4)) : $0 }
            }
            guard let fullest = forms.max(by: { (words(of: $0).count, $0.count, $0) < (words(of: $1).count, $1.count, $1) }),
                fullest != entities[e].name
            else { continue }
            let canonical = entities[e].name
            entities[e].name = fullest
            entities[e].aliases.removeAll { $0 == fullest }
            entities[e].addAlias(canonical)
        }
        // Countries guessed from a partner's office, used when the who's-who knows no better.
        var sharedCountries: [Int: String] = [:]
        for cluster in clusters.all.sorted(by: { $0.firstMention < $1.firstMention }) {
            var person = DocumentEntity(type: .person, name: cluster.fullName, aliases: [], isLeader: false)
            let e = entities.count
            for m in cluster.mentions.sorted() {
                mentions[m].entity = e
                person.addAlias(mentions[m].name)
                // "Argentinian leader Javier Milei ... President Milei": an office written later
                // says more than "leader" or "counterpart".
                if person.role.map(PersonCluster.isGeneric) ?? true, let role = mentions[m].role, !PersonCluster.isGeneric(role) || person.role == nil {
                    person.role = role
                    person.isLeader = mentions[m].roleKind == .leader
                } else if let role = mentions[m].role, let current = person.role, role.count > current.count,
                    PersonCluster.normalized(role) == PersonCluster.normalized(current)
                {
                    // "PM Modi" in the headline, "Prime Minister Narendra Modi" in the body: the office written out.
                    person.role = role
                }
                if mentions[m].isCountryShared {
                    sharedCountries[e] = sharedCountries[e] ?? mentions[m].affiliationCountry
                } else {
                    person.country = person.country ?? mentions[m].affiliationCountry
                }
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
                } else {
                    // No office to hold: "counterpart" is none, and the who's-who may know the real one.
                    person.role = nil
                }
            }
            entities.append(person)
        }
        for e in entities.indices where entities[e].type == .person && (entities[e].role == nil || entities[e].country == nil) {
            addWhosWho(to: &entities[e])
            if entities[e].country == nil, let shared = sharedCountries[e] { entities[e].country = shared }
            // "Assistant Secretary of State Jane Doe": an office only one country has.
            if entities[e].country == nil, let role = entities[e].role { entities[e].country = lexicon.country(ofRole: role) }
        }
        // "Samuel Berger, President Clinton's national security adviser": the country of the one served.
        for m in mentions.indices where mentions[m].type == .person {
            guard let end = mentions[m].servedPersonEnd, let e = mentions[m].entity, entities[e].country == nil,
                let served = mentions.first(where: { $0.range.upperBound == end && $0.type == .person })?.entity
            else { continue }
            entities[e].country = entities[served].country
        }
        // Family names travel with a country: "King Salman" beside "Crown Prince Mohammed bin
        // Salman of Saudi Arabia"; failing that, the story's home country places titled people.
        var placedFamilies: [String: [Int]] = [:]
        for e in entities.indices where entities[e].type == .person && entities[e].country != nil {
            placedFamilies[lastWord(of: entities[e].name), default: []].append(e)
        }
        let sharingTitles = Set(mentions.lazy.filter(\.hasSharedTitle).compactMap(\.entity))
        for e in entities.indices where entities[e].type == .person && entities[e].country == nil {
            let last = lastWord(of: entities[e].name)
            if let relative = placedFamilies[last]?.first(where: { entities[$0].name != entities[e].name }) {
                entities[e].country = entities[relative].country
                placedFamilies[last, default: []].append(e)
            } else if entities[e].organization == nil, let role = entities[e].role {
                entities[e].country = countryOfOpeningOffice(role, heldBy: e, mentions: mentions) ?? (sharingTitles.contains(e) ? nil : homeCountry)
            }
        }
        // Tentative single words that found no person are not entities at all.
        for m in mentions.indices where mentions[m].type == .person && mentions[m].entity == nil {
            mentions[m].isArgument = false
            if let affiliated = mentions[m].affiliatedMention { mentions[affiliated].isArgument = true }
        }
        // A person serves the country as the document names it ("Britain"), so that the
        // person's country and the country's node read alike; the last country to go by the
        // name wins. Searched, not hashed: a document names a few of the lexicon's countries,
        // and a table of all their names cost more to build than the searches.
        let countries = entities.indices.filter { entities[$0].type == .country }
        for e in entities.indices where entities[e].type == .person {
            guard let country = entities[e].country,
                let shown = countries.last(where: { entities[$0].name == country || entities[$0].aliases.contains(country) })
            else { continue }
            entities[e].country = entities[shown].name
        }
        return entities
    }

    /// Fills the role and country the text did not give from the who's-who: "Obama" is the
    /// President of the United States, "Biden" in a 2014 story its Vice President. What the
    /// text says wins; a title it gives picks the office ("Secretary General Ban" serves the
    /// United Nations, not South Korea, whose foreign minister he was before).
    private func addWhosWho(to person: inout DocumentEntity) {
        let title = person.role.map(Self.titleWords)
        // "former President Kuchma" held the title before the story's year.
        let isFormer = person.role.map { $0.lowercased().hasPrefix("former") || $0.lowercased().hasPrefix("ex-") } ?? false
        let year = isFormer ? nil : year
        // The fullest name first, then other full names the text used ("John Brennan" when the
        // fullest caught a word too many).
        let names = [person.name] + person.aliases.filter { $0.contains(" ") }
        guard let known = names.lazy.compactMap({ lexicon.knownPerson(named: $0, title: title, year: year) }).first
            ?? knownByInitials(person.name, title: title, year: year)
        else { return }
        person.knownAs = known.name
        let office = title.flatMap { known.office(titled: $0, in: year) } ?? known.office(in: year)
        if person.role == nil, let office {
            person.role = office.title
            person.isLeader = office.isLeader
        }
        if person.country == nil {
            person.country = office.map { $0.country } ?? known.country(near: year)
        }
        // "Kofi Annan met Kenya's president": the Secretary-General of the United Nations serves
        // it, not the country the story opens with.
        if person.country == nil, person.organization == nil {
            person.organization = office?.organization
        }
    }

    /// A name with initials that the who's-who lists in another form: "A B Vajpayee" and "S.
    /// Jaishankar" by the surname, when the known person's given name starts with the first
    /// initial; "Pieter W. Botha" without the middle initial, or with every given name as an
    /// initial ("P. W. Botha").
    private func knownByInitials(_ name: String, title: String?, year: Int?) -> KnownPerson? {
        let nameWords = words(of: name)
        guard nameWords.count >= 2, let surname = nameWords.last else { return nil }
        let given = nameWords.dropLast()
        if given.allSatisfy(PersonName.isInitial) {
            guard let known = lexicon.knownPerson(named: surname, title: title, year: year), known.name.first == nameWords[0].first else {
                return nil
            }
            return known
        }
        guard nameWords.count >= 3, !PersonName.isInitial(nameWords[0]), given.contains(where: PersonName.isInitial) else { return nil }
        let spelled = given.filter { !PersonName.isInitial($0) }
        let initials = given.compactMap { $0.first.map(String.init) }
        return lexicon.knownPerson(named: (spelled + [surname]).joined(separator: " "), title: title, year: year)
            ?? lexicon.knownPerson(named: (initials + [surname]).joined(separator: " "), title: title, year: year)
    }

    /// "former Prime Minister" is titled "Prime Minister", "caretaker Prime Minister" too.
    private static func titleWords(_ role: String) -> String {
        var words = role.split(separator: " ")
        while words.count > 1, let first = words.first, first.first?.isLowercase == true { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Whether a name is a single word, without splitting it.
    private func isOneWord(_ name: String) -> Bool {
        !name.isEmpty && !name.utf8.contains(UInt8(ascii: " "))
    }

    private static let personalPossessives: WordSet = ["his", "her"]
    private static let meetingWords: WordSet = ["spoke", "speaks", "met", "talked", "talks", "meeting", "call", "conversation"]
    private static let verbsBeforeAPerson: WordSet = ["met", "told", "called", "phoned", "telephoned", "thanked"]
    /// Words between a subject and its verb: "Kamel also met", "Grigoryan has said".
    static let wordsBeforeAVerb: WordSet = ["has", "had", "also", "later", "then"]

    /// Whether a one-word name is a person's: one written with a title, one where a person
    /// stands, or one the who's-who knows on its own.
    private func isPerson(_ mention: Mention, commonWords: Set<String>) -> Bool {
        // "named Africa its first priority", "head of the Africa desk": a continent, no one.
        if mention.range.count == 1, MentionFinder.regionNames.contains(tokens[mention.range.lowerBound].text) { return false }
        return !mention.isTentative || standsAsPerson(mention, commonWords: commonWords) || isDistinctiveName(mention, commonWords: commonWords)
    }

    /// "talks between Putin and Xi": a word the who's-who lists as one person's distinctive
    /// name, capitalized inside a sentence of ordinary text. Not after an article ("the
    /// Hague", "the Moon") nor after another capitalized word (a headline's "Imposes Ban"),
    /// and not a word the text also writes in lowercase.
    private func isDistinctiveName(_ mention: Mention, commonWords: Set<String>) -> Bool {
        let start = mention.range.lowerBound
        guard !commonWords.contains(tokens[start].lowercased), lexicon.knownPerson(named: mention.name) != nil else { return false }
        let next = mention.range.upperBound
        if start == 0 || tokens[start].startsLine || [".", "!", "?"].contains(where: tokens[start - 1].is) {
            // At a sentence's start, where every word is capitalized: a possessive ("Trump's
            // remarks"), a verb in the past ("Erdogan warned"), or another name joined to it
            // ("Blinken and Kuleba", "Putin, Xi and Modi").
            guard next + 1 < tokens.count else { return mention.isPossessive }
            // "Lula and his French counterpart": joined to a person described.
            let isJoined = tokens[next].lowercased == "and" && (tokens[next + 1].isCapitalized || Self.personalPossessives.contains(tokens[next + 1]))
                || tokens[next].is(",") && tokens[next + 1].isCapitalized && listEnd(from: next) > next
            return mention.isPossessive || isJoined || isApposed(after: next)
                || tokens[next].kind == .word && !tokens[next].isCapitalized
                    && (tokens[next].lowercased.hasSuffix("ed") || lexicon.isWord(tokens[next], in: .auxiliary)
                        || Self.personVerbs.contains(tokens[next]) || Self.verbsOfActors.contains(tokens[next]))
        }
        let before = tokens[start - 1]
        // "On Monday Modi met", "On May 3 Modi met": a date before the name, as at the start.
        if MentionFinder.weekdays.contains(before.text) || before.kind == .number && start >= 2 && lexicon.isWord(tokens[start - 2], in: .month) {
            return true
        }
        // "While Macron phoned", "Meeting Erdogan in Ankara, ...": after a grammar word or a
        // participle that opens the sentence, as inside one.
        let opensSentence = start == 1 || tokens[start - 1].startsLine || start >= 2 && [".", "!", "?"].contains(where: tokens[start - 2].is)
        if before.kind == .word {
            let opensClause = opensSentence && (lexicon.isWord(before, in: .subordinator) || lexicon.isWord(before, in: .clauseOpener) || before.isParticiple)
            guard opensClause || !before.isCapitalized && !lexicon.isWord(before, in: .determiner) else { return false }
        } else if !(before.is(",") || before.is("(") || before.is("\"") || before.is("“")) {
            return false
        }
        return true
    }

    /// "Modi, who arrived late,", "Xi, smiling,", "Biden, 81,": an aside about the word before
    /// the comma at `comma` that only a person takes.
    private func isApposed(after comma: Int) -> Bool {
        guard comma + 1 < tokens.count, tokens[comma].is(",") else { return false }
        let aside = tokens[comma + 1]
        if aside.kind == .number { return true }
        guard aside.kind == .word, !aside.isCapitalized else { return false }
        return aside.lowercased == "who" || aside.lowercased == "whose" || lexicon.isWord(aside, in: .determiner)
            || (aside.lowercased.hasSuffix("ing") || aside.lowercased.hasSuffix("ed")) && aside.lowercased.count > 4
    }

    /// "Hemedti said", "spoke with Netanyahu": a single word where a person stands.
    ///
    /// - Parameter commonWords: see ``commonWords(among:)``.
    private func standsAsPerson(_ mention: Mention, commonWords: Set<String>) -> Bool {
        let next = mention.range.upperBound
        let start = mention.range.lowerBound
        // A sentence-initial capitalized word that the text also writes in lowercase is a word, not a name.
        let isCommonWord = commonWords.contains(tokens[start].lowercased)
        if start >= 2, tokens[start - 1].lowercased == "with",
            Self.meetingWords.contains(tokens[start - 2])
        {
            return !isCommonWord
        }
        if start >= 1, Self.verbsBeforeAPerson.contains(tokens[start - 1]) {
            return !isCommonWord
        }
        guard next < tokens.count, !isCommonWord else { return false }
        // "Wanjala, who met with Museveni": the relative pronoun of a person.
        if next + 1 < tokens.count, tokens[next].is(","), tokens[next + 1].lowercased == "who" { return true }
        let v = verb(after: listEnd(from: next))
        return Self.personVerbs.contains(tokens[v]) || Self.isQuotedAs(tokens, at: v)
    }

    /// "Petkovic was quoted as saying": what the press quotes is a person's words.
    static func isQuotedAs(_ tokens: [Token], at k: Int) -> Bool {
        k + 2 < tokens.count && (tokens[k].lowercased == "was" || tokens[k].lowercased == "is") && tokens[k + 1].lowercased == "quoted"
            && tokens[k + 2].lowercased == "as"
    }

    /// Where a list of names that starts at `k` ends: past "and Abbas Kamel" in "Al-Thani and
    /// Abbas Kamel met", so that the first name of a list stands where the last one does.
    private func listEnd(from k: Int) -> Int {
        guard tokens[k].lowercased == "and" || tokens[k].is(",") else { return k }
        var j = k
        var joined = false
        while j < min(tokens.count, k + 10) {
            if tokens[j].lowercased == "and" {
                joined = true
            } else if !tokens[j].is(","), !(tokens[j].kind == .word && tokens[j].isCapitalized) {
                break
            }
            j += 1
        }
        // "Tehran, Moscow said": a list ends in "and"; its last word is a name, not "and".
        guard joined, j < tokens.count, tokens[j - 1].isCapitalized else { return k }
        return j
    }

    /// The word at `k`, or the verb after an adverb or a day: "Kamel also met", "Kamel on
    /// Wednesday met".
    private func verb(after k: Int) -> Int {
        guard k + 1 < tokens.count else { return k }
        if Self.wordsBeforeAVerb.contains(tokens[k]) { return k + 1 }
        if tokens[k].lowercased == "on", k + 2 < tokens.count, MentionFinder.weekdays.contains(tokens[k + 1].text) { return k + 2 }
        return k
    }

    /// The one-word person names, lowercased, that the text also writes in lowercase
    /// ("Hope" at the start of a sentence, "hope" elsewhere).
    ///
    /// Only the words of one-word names are looked for, and a token is hashed only when its
    /// length and first byte are those of one of them: most documents have few such names
    /// and many words.
    private func commonWords(among mentions: [Mention]) -> Set<String> {
        var candidates: Set<String> = []
        var lengths: UInt64 = 0
        var firstBytes: UInt64 = 0
        func bit(_ n: Int) -> UInt64 { 1 << UInt64(n & 63) }
        for m in mentions.indices where mentions[m].type == .person && isOneWord(mentions[m].name) {
            let word = tokens[mentions[m].range.lowerBound].lowercased
            candidates.insert(word)
            lengths |= bit(word.utf8.count)
            firstBytes |= bit(Int(word.utf8.first ?? 0))
        }
        guard !candidates.isEmpty else { return [] }
        var found: Set<String> = []
        for k in tokens.indices where tokens[k].kind == .word && !tokens[k].isCapitalized {
            let text = tokens[k].text.utf8
            if lengths & bit(text.count) != 0, firstBytes & bit(Int(text.first ?? 0)) != 0, candidates.contains(tokens[k].text) {
                found.insert(tokens[k].text)
            }
        }
        return found
    }

    /// A role that kept a mention from the person the who's-who says it names was misread
    /// ("Mattis, South Korean Defense Minister Discuss ...", a list read as an apposition):
    /// the mention loses it, and the country it took as affiliation is a party again.
    private func dropDisputedRole(of m: Int, in mentions: inout [Mention]) {
        guard mentions[m].role != nil else { return }
        mentions[m].role = nil
        mentions[m].roleKind = nil
        mentions[m].affiliationCountry = nil
        mentions[m].affiliationOrganization = nil
        if let affiliated = mentions[m].affiliatedMention { mentions[affiliated].isArgument = true }
        mentions[m].affiliatedMention = nil
    }

    /// The one cluster among `candidates` that the who's-who knows as the person `name` names.
    private func sameKnownPerson(as name: String, among candidates: [Int], in clusters: PersonClusters) -> Int? {
        guard !candidates.isEmpty, let known = lexicon.knownPerson(named: name) else { return nil }
        let same = candidates.filter { lexicon.knownPerson(named: clusters[$0].fullName)?.name == known.name }
        return same.count == 1 ? same[0] : nil
    }

    /// "Mohamed Hamdan Dagalo, widely known as Hemedti": the mention names the person before it.
    private func knownAs(_ m: Int, mentions: [Mention]) -> Int? {
        let start = mentions[m].range.lowerBound
        guard start >= 2, tokens[start - 1].lowercased == "as", tokens[start - 2].lowercased == "known" else { return nil }
        return mentions[..<m].lastIndex { $0.type == .person && $0.sentence == mentions[m].sentence }
    }

    private func closest(_ candidates: [Int], to position: Int, in clusters: PersonClusters) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        return candidates.min { a, b in clusters[a].distance(to: position) < clusters[b].distance(to: position) }
    }

    /// "the Kurdistan Workers' Party (PKK)", or "Rapid Support Forces" ... "the RSF": an
    /// acronym becomes another name of the organization it abbreviates; "St Vincent and the
    /// Grenadines (SVG)", of the country.
    private func mergeAcronyms(_ mentions: inout [Mention]) {
        // Most documents write no acronym of their own: no initials to work out for them.
        guard mentions.indices.contains(where: { mentions[$0].type == .organization && isAcronym(mentions[$0].name) }) else { return }
        var longNames: [String: (name: String, type: EntityType)] = [:]
        for m in mentions.indices where !isOneWord(mentions[m].surface) {
            let isName = mentions[m].type == .organization || mentions[m].type == .country && mentions[m].form == .name
            guard isName else { continue }
            // A country's initials are those of the words the text wrote: "St Vincent ..." is SVG.
            let initials = Self.initials(of: mentions[m].type == .country ? mentions[m].surface : mentions[m].name)
            if longNames[initials] == nil { longNames[initials] = (mentions[m].name, mentions[m].type) }
        }
        for m in mentions.indices where mentions[m].type == .organization && isAcronym(mentions[m].name) {
            if let long = longNames[mentions[m].name] {
                mentions[m].name = long.name
                mentions[m].type = long.type
            }
        }
    }

    /// One word of two or more characters, all capitals where they have case: "RSF", "PKK".
    private func isAcronym(_ name: String) -> Bool {
        isOneWord(name) && name.count >= 2 && name == name.uppercased()
    }

    private static let initialsSkip: WordSet = ["of", "the", "for", "and", "in", "de"]

    static func initials(of name: String) -> String {
        String(
            words(of: name).filter { !initialsSkip.contains($0.lowercased()) }.compactMap { $0.first }
        ).uppercased()
    }
}

/// A person's name as written (honorifics dropped), word by word, with the keys of its
/// words for matching (see ``PersonCluster/key(_:)``), worked out once.
///
/// Initials and generational suffixes have no key, so that "Antony J. Blinken" and "Antony
/// Blinken" are one name and "Lloyd J. Austin III" answers to "Austin".
struct PersonName {
    let words: [String]
    let keys: [String]

    init(_ words: [String]) {
        self.words = words
        var keys: [String] = []
        keys.reserveCapacity(words.count)
        for word in words where !Self.isInitialOrSuffix(word) { keys.append(PersonCluster.key(word)) }
        self.keys = keys.isEmpty ? words.map(PersonCluster.key) : keys
    }

    private static let suffixes: WordSet = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]

    /// "J.", "Jr.", "III".
    private static func isInitialOrSuffix(_ word: String) -> Bool {
        let length = word.utf8.count
        // No suffix is longer than three bytes: longer words, most of them, are not hashed.
        return isInitial(word) || (length <= 3 && suffixes.contains(word))
    }

    /// "J." or, as some outlets write it, "S" alone.
    static func isInitial(_ word: String) -> Bool {
        let bytes = word.utf8
        guard let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
        return bytes.count == 1 || bytes.count == 2 && bytes.last == UInt8(ascii: ".")
    }
}

/// The mentions of one person, with the name words and titles seen.
struct PersonCluster {
    var mentions: [Int]
    var firstMention: Int
    /// The longest name seen.
    var name: PersonName
    /// The distinct titles seen, normalized.
    var roles: Set<String> = []
    /// Token positions of the mentions, in order.
    private var positions: [Int]

    init(first: Int, name: PersonName, role: String?, position: Int) {
        mentions = [first]
        firstMention = first
        self.name = name
        positions = [position]
        if let role { roles.insert(Self.normalized(role)) }
    }

    mutating func add(_ m: Int, name: PersonName, role: String?, position: Int) {
        mentions.append(m)
        firstMention = min(firstMention, m)
        // "Rajan Menon" rather than "R Menon".
        if name.words.count > self.name.words.count
            || name.words.count == self.name.words.count && self.name.words.first.map(PersonName.isInitial) == true
                && name.words.first.map(PersonName.isInitial) == false
        {
            self.name = name
        }
        if let role { roles.insert(Self.normalized(role)) }
        positions.insert(position, at: insertionIndex(of: position))
    }

    /// How far back the person was last mentioned before `position`; a person only mentioned
    /// later counts as farther than any mentioned before.
    func distance(to position: Int) -> Int {
        let index = insertionIndex(of: position)
        return index > 0 ? position - positions[index - 1] : Int.max / 2 + (positions[0] - position)
    }

    /// The first index whose position is not before `position`.
    private func insertionIndex(of position: Int) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    var fullName: String { name.words.joined(separator: " ") }

    /// A name word for matching: lowercased, without an Arabic article ("al-Assad" is "Assad").
    static func key(_ word: String) -> String {
        var w = word.lowercased()
        // "Chávez" and "Chavez" are one name, written with its accent or without.
        if !w.utf8.allSatisfy({ $0 < 0x80 }) {
            var folded = String.UnicodeScalarView()
            for scalar in w.unicodeScalars { folded.append(WhosWho.foldedLetter(scalar)) }
            w = String(folded)
        }
        // "Hassan" and "Hasan", "Mohammed" and "Mohamed": transliterations differ on doubled letters.
        w = withoutDoubledLetters(w)
        // Only a word with a hyphen third can start with one of the articles.
        guard w.utf8.count >= 3, w.utf8.dropFirst(2).first == UInt8(ascii: "-") else { return w }
        for article in articles where w.hasPrefix(article) { w.removeFirst(3) }
        return w
    }

    /// Runs on every name word the finder and the resolver compare: most words have no doubled
    /// letter and are returned without a copy.
    private static func withoutDoubledLetters(_ word: String) -> String {
        var previous: UInt8 = 0
        guard word.utf8.contains(where: { byte in
            defer { previous = byte }
            return byte == previous && byte < 0x80
        }) else { return word }
        var kept: [UInt8] = []
        kept.reserveCapacity(word.utf8.count)
        previous = 0
        for byte in word.utf8 where byte != previous || byte >= 0x80 {
            kept.append(byte)
            previous = byte
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let articles = ["al-", "el-", "ad-", "as-"]

    static func normalized(_ role: String) -> String {
        let lower = role.lowercased()
        return lower == "pm" ? "prime minister" : lower
    }

    /// Whether a full name belongs here: the same words, or one name ending the other.
    func accepts(_ other: PersonName, role: String?) -> Bool {
        let a = name.keys
        let b = other.keys
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        // "S Jaishankar" and "Subrahmanyam Jaishankar": an initial for the given name.
        let shortWords = a.count <= b.count ? name.words : other.words
        if short.count == 1, long.count >= 2, long.last == short[0], let initial = shortWords.first, shortWords.count >= 2,
            PersonName.isInitial(initial), long[0].first == initial.lowercased().first
        {
            return rolesAgree(role)
        }
        guard short.count >= 2 || a == b else { return false }
        return Array(long.suffix(short.count)) == short && rolesAgree(role)
    }

    /// Whether a single word is this person's surname or given name ("Putin", "Kim", "Sisi").
    func matchesPart(_ key: String, role: String?) -> Bool {
        (name.keys.last == key || name.keys.first == key) && rolesAgree(role)
    }

    /// "Ortega" of "Daniel Ortega Saavedra": the first of two surnames, by which Spanish and
    /// Portuguese names are shortened.
    func hasFirstOfTwoSurnames(_ key: String, role: String?) -> Bool {
        let keys = name.keys
        return keys.count >= 3 && keys[keys.count - 2] == key && rolesAgree(role)
    }

    /// "King Salman" is not "Crown Prince Mohammed bin Salman": titles that neither contain
    /// the other keep two people apart.
    func rolesAgree(_ role: String?) -> Bool {
        guard let role else { return true }
        let new = Self.normalized(role)
        if Self.genericRoles.contains(new) { return true }
        return roles.allSatisfy { old in
            Self.genericRoles.contains(old) || old.includes(new) || new.includes(old) || lastWord(of: old) == lastWord(of: new)
        }
    }

    /// Whether a role stands for an office without naming it: "counterpart", "leader".
    static func isGeneric(_ role: String) -> Bool { genericRoles.contains(normalized(role)) }

    private static let genericRoles: Set<String> = ["counterpart", "leader", "late leader", "top leader"]

}

/// The person clusters of a document, indexed by the keys of their first and last name words.
struct PersonClusters {
    private(set) var all: [PersonCluster] = []
    private var byFirstWord: [String: [Int]] = [:]
    private var byLastWord: [String: [Int]] = [:]
    /// The cluster of each mention of the document, by mention index.
    private var clusterOfMention: [Int?]

    /// Clusters for a document of `mentionCount` mentions, `personCount` of them people: the
    /// indexes are sized once instead of growing name by name.
    init(mentionCount: Int, personCount: Int) {
        clusterOfMention = Array(repeating: nil, count: mentionCount)
        byFirstWord.reserveCapacity(personCount)
        byLastWord.reserveCapacity(personCount)
    }

    subscript(index: Int) -> PersonCluster { all[index] }

    mutating func append(_ cluster: PersonCluster) {
        all.append(cluster)
        clusterOfMention[cluster.firstMention] = all.count - 1
        indexWords(of: all.count - 1)
    }

    mutating func add(_ m: Int, to c: Int, name: PersonName, role: String?, position: Int) {
        let before = all[c].name.words
        all[c].add(m, name: name, role: role, position: position)
        clusterOfMention[m] = c
        if all[c].name.words != before { indexWords(of: c) }
    }

    /// The first cluster, in order of creation, whose name ends with the word of this key and
    /// that passes `test`.
    func first(endingWith key: String, where test: (PersonCluster) -> Bool) -> Int? {
        byLastWord[key]?.first { test(all[$0]) }
    }

    /// Clusters whose first or last name word has this key, in order of creation.
    func candidates(forPart key: String) -> [Int] {
        var unique: [Int] = []
        for c in ((byFirstWord[key] ?? []) + (byLastWord[key] ?? [])).sorted() where unique.last != c { unique.append(c) }
        return unique
    }

    func cluster(of mention: Int) -> Int? { clusterOfMention.indices.contains(mention) ? clusterOfMention[mention] : nil }

    /// Indexes the cluster under its current first and last words. Keys indexed before stay:
    /// callers check candidates against the current words.
    private mutating func indexWords(of c: Int) {
        guard let first = all[c].name.keys.first, let last = all[c].name.keys.last else { return }
        byFirstWord[first, default: []].append(c)
        byLastWord[last, default: []].append(c)
    }
}

/// An entity by type and name: in a document, two mentions with the same key are one entity;
/// in the lexicon, the key of an entity's canonical name.
struct EntityKey: Hashable {
    var type: EntityType
    var name: String
}

/// The words of a name, split at spaces (names come from tokens joined by one space).
///
/// A byte loop: the generic `split` of a `UTF8View` costs thousands of instructions per name.
func words(of name: String) -> [String] {
    var name = name
    return name.withUTF8 { bytes in
        var words: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
            if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
            start = end + 1
        }
        return words
    }
}

/// The last word of a name, without splitting the rest (as ``words(of:)``, spaces at the end
/// are not a word).
func lastWord(of name: String) -> String {
    var name = name
    return name.withUTF8 { bytes in
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
