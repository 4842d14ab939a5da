import RelgraphModel

/// Finds the mentions of people, countries and organizations in a tokenized document.
///
/// Known names come from the lexicon (longest match first); unknown organizations from
/// capitalized phrases ending in an organization word ("Lima Group") or from acronyms; people
/// from capitalized name sequences, whose titles become their role and whose demonyms or
/// organizations become their country. Single capitalized words that could be surnames are
/// kept as tentative mentions for ``EntityResolver`` to confirm.
///
/// - Complexity: O(*n*) in the number of tokens (lexicon look-ups are hash-based and
///   bounded by the longest phrase).
struct MentionFinder {
    let lexicon: Lexicon
    let tokens: [Token]
    let sentences: [Sentence]
    /// Tokens of datelines ("ANKARA, March 2 —"): places, not actors.
    /// For each token, whether it belongs to a dateline.
    let skipped: [Bool]

    private(set) var mentions: [Mention] = []
    private(set) var titles: [TitleSpan] = []
    /// For each token, the title span covering it.
    private var titleAt: TokenMap<Int>
    /// For each token, the last mention found ending at it.
    private var lastMentionEndingAt: TokenMap<Int>

    /// Words of landforms and waters that a place's name may put before "of" and a country's name.
    private static let geographicHeads: WordSet = [
        "Gulf", "Sea", "Bay", "Strait", "Straits", "Isle", "Isles", "Cape", "Lake", "Horn", "Bight", "Mouth",
    ]
    /// Nouns of vessels before a ship's name: "the aircraft carrier Ronald Reagan".
    private static let vesselNouns: WordSet = [
        "carrier", "destroyer", "frigate", "warship", "submarine", "cruiser", "corvette", "tanker", "freighter", "vessel", "ship",
        "icebreaker", "trawler",
    ]
    /// Nouns of undertakings and installations that a name before them qualifies: "the Euphrates
    /// Shield operation", "the Ain Al Asad airbase" (the place nouns of the lexicon count too).
    private static let undertakingNouns: WordSet = [
        "operation", "operations", "offensive", "campaign", "exercise", "exercises", "drills", "initiative", "programme", "program",
        "project", "pipeline", "system", "systems", "corridor", "dam", "bridge", "highway", "plant", "reactor", "facility", "airfield",
        "oilfield", "gasfield", "mine", "refinery", "terminal", "prison", "barracks",
    ]
    /// Punctuation between a description and the name it introduces: "splinter groups — Jamaat ul-Ahrar".
    private static let descriptionMarks: WordSet = [",", "\u{2014}", "\u{2013}", ":", "-", "--"]
    /// Nouns of armed alliances a country leads: "the Saudi-led coalition".
    private static let ledBodies: WordSet = ["coalition", "alliance", "force", "forces", "mission"]
    /// Prefixes of navies' ship names.
    /// Lowercase nouns after a name that make it a group's: "the Wagner group".
    private static let nounsOfNamedGroups: WordSet = ["group", "militia", "movement", "faction", "network", "party"]
    /// Endings of adjectives that describe a group rather than name it: "Islamist", "Kurdish",
    /// "Islamic", "Sudanese", "Republican".
    private static let adjectiveEndings = ["ist", "ish", "ic", "an", "ese", "al", "ive"]

    private static let shipPrefixes: WordSet = ["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "BRP", "RFS", "PNS", "ROKS"]
    /// Nouns of a people or class whose possessive stands inside names: "People's", "Workers'".
    private static let collectiveNouns: WordSet = [
        "people", "peoples", "workers", "worker", "children", "women", "farmers", "martyrs", "soldiers", "veterans", "mothers",
        "citizens", "nations", "writers", "journalists",
    ]
    private static let romanNumerals: WordSet = ["II", "III", "IV", "V", "VI", "VII", "VIII"]
    /// "Foreign Minister Yu Myung-hwan Wednesday": a day after a name ends it, not a place's name.
    /// Lowercase nouns of the press after a paper's or channel's name: "La Nacion newspaper".
    private static let pressNouns: WordSet = [
        "newspaper", "daily", "weekly", "magazine", "broadcaster", "channel", "radio", "television", "website", "agency", "outlet",
        "tabloid", "newsletter",
    ]
    /// The days of the week as news capitalizes them; the resolver reads them too ("Kamel on Monday met").
    static let weekdays: WordSet = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// Adverbs that open a sentence, capitalized there and never a name's first word: "Earlier
    /// Ethiopian Government spokesman ...", "Meanwhile, in his meeting with ...".
    static let sentenceAdverbs: WordSet = [
        "Earlier", "Later", "Meanwhile", "However", "Also", "Then", "Now", "Still", "Yesterday", "Today", "Separately", "Instead",
        "Indeed", "Additionally", "Likewise", "Similarly", "Notably", "Ultimately", "Recently", "Previously", "Currently", "Finally",
        "Thus", "Therefore", "Nevertheless", "Moreover", "Furthermore", "Elsewhere", "Overnight", "Subsequently", "Afterwards",
    ]

    init(lexicon: Lexicon, tokens: [Token], sentences: [Sentence], skipped: Set<Int>) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.sentences = sentences
        var isSkipped = [Bool](repeating: false, count: tokens.count)
        for k in skipped where k < tokens.count { isSkipped[k] = true }
        self.skipped = isSkipped
        titleAt = TokenMap(tokenCount: tokens.count)
        lastMentionEndingAt = TokenMap(tokenCount: tokens.count)
    }

    /// Finds the mentions of every sentence. Consuming: the mentions move out to the
    /// resolver, which changes them, instead of being copied away from a finder still alive.
    consuming func run() -> (mentions: [Mention], titles: [TitleSpan]) {
        let headlines = Headlines(tokens: tokens, sentences: sentences, lexicon: lexicon)
        var deferred = false
        for sentence in sentences {
            if headlines.isHeadline[sentence.index] {
                deferred = true
            } else {
                scan(sentence)
            }
        }
        shareOutRespectively()
        guard deferred else {
            let added = addDividedHalves()
            if added || !placeNames.isEmpty { putInTextOrder() }
            giveSeatsToPredecessors()
            return (mentions, titles)
        }
        // Headlines are read last, for the names the body gives, and their finds put back in
        // text order, which readers of the mentions rely on.
        knownNames = KnownNames(mentions: mentions, tokens: tokens)
        for sentence in sentences where headlines.isHeadline[sentence.index] {
            scan(sentence)
        }
        addDividedHalves()
        putInTextOrder()
        giveSeatsToPredecessors()
        titles.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (mentions, titles)
    }

    /// "Presidents Sirleaf, Buhari and Sall of Liberia, Nigeria and Senegal respectively": each
    /// name serves the country in its place in the list after "of", and those countries only
    /// say whose the people are.
    private mutating func shareOutRespectively() {
        for r in tokens.indices where tokens[r].lowercased == "respectively" {
            let countries = listedMentions(endingBefore: r, of: .country)
            guard countries.count >= 2, let first = countries.first else { continue }
            var of = mentions[first].range.lowerBound - 1
            if of > 0, tokens[of].lowercased == "the" { of -= 1 }
            guard of > 0, tokens[of].lowercased == "of" else { continue }
            let people = listedMentions(endingBefore: of, of: .person)
            guard people.count == countries.count else { continue }
            for (person, country) in zip(people, countries) {
                mentions[person].affiliationCountry = mentions[country].name
                mentions[country].isArgument = false
            }
        }
    }

    /// "Moscow" and "the Kremlin" in a story of the Soviet Union that never names Russia speak
    /// for the Soviet Union; so does "Belgrade" for Yugoslavia, "Prague" for Czechoslovakia.
    private mutating func giveSeatsToPredecessors() {
        for (successor, predecessor) in Self.predecessorsSharingSeats {
            guard mentions.contains(where: { $0.type == .country && $0.name == predecessor }),
                !mentions.contains(where: { $0.type == .country && $0.name == successor && $0.form != .seat })
            else { continue }
            for m in mentions.indices {
                if mentions[m].type == .country, mentions[m].name == successor { mentions[m].name = predecessor }
                if mentions[m].affiliationCountry == successor { mentions[m].affiliationCountry = predecessor }
            }
        }
    }

    private static let predecessorsSharingSeats = [
        ("Russia", "Soviet Union"), ("Serbia", "Yugoslavia"), ("Czech Republic", "Czechoslovakia"),
    ]

    /// The mentions of one type, in text order, of the list "A, B and C" that ends right before `end`.
    private func listedMentions(endingBefore end: Int, of type: EntityType) -> [Int] {
        var listed: [Int] = []
        var k = end - 1
        while let m = mentionEnding(at: k), mentions[m].type == type {
            listed.append(m)
            k = mentions[m].range.lowerBound - 1
            guard k > 0, tokens[k].is(",") || tokens[k].lowercased == "and" else { break }
            k -= 1
            if tokens[k].is(","), tokens[k + 1].lowercased == "and" { k -= 1 }
        }
        return listed.reversed()
    }

    /// Sorts the mentions by position, without the people named as places ("Tin Zaouatine"
    /// before it was known to be a town), keeping each mention's link to its affiliation.
    private mutating func putInTextOrder() {
        var order = mentions.indices.filter { m in
            !(mentions[m].type == .person && mentions[m].role == nil && placeNames.contains(mentions[m].name))
        }
        order.sort { (mentions[$0].range.lowerBound, $0) < (mentions[$1].range.lowerBound, $1) }
        var position = [Int?](repeating: nil, count: mentions.count)
        for (p, m) in order.enumerated() { position[m] = p }
        mentions = order.map { m in
            var mention = mentions[m]
            mention.affiliatedMention = mention.affiliatedMention.flatMap { position[$0] }
            return mention
        }
    }

    /// "the North" and "the South" of a divided country, where the document names both halves
    /// ("North Korea" with "South Korea", "South Sudan" with "Sudan"): talks "between the North
    /// and the United States" are North Korea's.
    ///
    /// - Returns: whether it added any, out of text order.
    @discardableResult
    private mutating func addDividedHalves() -> Bool {
        // Most documents name no "North X" or "South X": nothing to build for them. Mentions are
        // read in place: a closure given whole mentions copies each one.
        guard mentions.indices.contains(where: { m in
            mentions[m].type == .country && (mentions[m].name.hasPrefix("North ") || mentions[m].name.hasPrefix("South "))
        }) else {
            return false
        }
        var halves: [String: String] = [:]
        var countries: Set<String> = []
        for m in mentions.indices where mentions[m].type == .country { countries.insert(mentions[m].name) }
        for name in countries {
            for (half, other) in [("North", "South"), ("South", "North")] where name.hasPrefix(half + " ") {
                let rest = name.dropFirst(half.count + 1)
                if countries.contains("\(other) \(rest)") || countries.contains(String(rest)) { halves[half] = name }
            }
        }
        guard !halves.isEmpty else { return false }
        var covered = TokenSet(tokenCount: tokens.count)
        for mention in mentions { covered.formUnion(mention.range) }
        var added = false
        for sentence in sentences {
            for half in sentence.range.dropFirst() where tokens[half].isCapitalized && tokens[half - 1].lowercased == "the" {
                guard let country = halves[tokens[half].text],
                    !covered.contains(half),
                    half + 1 == sentence.range.upperBound || tokens[half + 1].kind != .word || !tokens[half + 1].isCapitalized
                else { continue }
                var mention = Mention(range: half..<(half + 1), sentence: sentence.index, type: .country, form: .seat, name: country, surface: "the " + tokens[half].text)
                mention.isPossessive = tokens[half].isPossessive
                add(mention)
                added = true
            }
        }
        return added
    }

    /// Names the document gives places and ships that look like people's ("Tin Zaouatine",
    /// "Sierra Madre"): no mention of them without a title is a person.
    private var placeNames: Set<String> = []

    /// Where the last organization a plural descriptor introduced ends ("two splinter groups —
    /// A"), for the next members of its list.
    private var organizationListEnd = -1

    /// The closing parentheses of abbreviations between a title and its holder's name.
    private var titleAbbreviations: Set<Int> = []

    /// While reading headlines: the names the body gives. `nil` while reading the body.
    private var knownNames: KnownNames?

    // MARK: - Scanning

    private mutating func scan(_ sentence: Sentence) {
        let end = sentence.range.upperBound
        var i = sentence.range.lowerBound
        while i < end {
            guard tokens[i].kind == .word, !skipped[i] else {
                i += 1
                continue
            }
            // "USS Dwight D. Eisenhower", "HMS Diamond": a ship, whoever it is named after. (Every
            // prefix is in capitals: most words need no look-up.)
            if tokens[i].isAllCaps, Self.shipPrefixes.contains(tokens[i].text), i + 1 < end {
                let name = nameRun(from: i + 1, end: end)
                // Later mentions may leave the prefix out: "the Sierra Madre".
                if !name.isEmpty { placeNames.insert(surface(name)) }
                i = max(name.upperBound, capitalizedRun(from: i + 1, end: end).upperBound, i + 1)
                continue
            }
            if let (leader, government) = administration(at: i, end: end, sentence: sentence.index) {
                add(leader)
                add(government)
                i = government.range.upperBound
                continue
            }
            if tokens[i].isCapitalized, !tokens[i].isHyphenated, addCompoundSpanning(from: i, end: end, sentence: sentence.index) {
                i = mentions[mentions.count - 1].range.upperBound
                continue
            }
            let entityMatch = lexicon.entities.longestMatch(in: tokens, at: i, end: end, respectCase: true)
            // "the Gulf of Mexico", "the Sea of Japan": a place named after a country is no country.
            // (Every head is capitalized: most words need no look-up.)
            if entityMatch == nil, tokens[i].isCapitalized, Self.geographicHeads.contains(tokens[i].text), i + 2 < end, tokens[i + 1].text == "of",
                tokens[i + 2].isCapitalized
            {
                i = max(i + 3, capitalizedRun(from: i + 2, end: end).upperBound)
                continue
            }
            if Self.sentenceAdverbs.contains(tokens[i].text) || entityMatch == nil && isOpeningParticiple(at: i, sentence: sentence.range) {
                i += 1
                continue
            }
            let run = capitalizedRun(from: i, end: end)
            // "Lima Group", "Sovereign Council": a capitalized phrase ending in an organization word.
            if run.count >= 2, entityMatch.map({ $0.length < run.count }) ?? true,
                let last = run.last, lexicon.isWord(tokens[last], in: .organizationHead) || isDepartmentRun(run) || entityMatch == nil && hasHeadBeforeOf(run)
                    || run.count >= 3 && isRivalGovernment(at: run.lowerBound, end: end),
                !run.dropLast().allSatisfy({ lexicon.isWord(tokens[$0], in: .notName) })
            {
                addFoundOrganization(range: run.lowerBound..<run.upperBound, sentence: sentence.index)
                i = run.upperBound
                continue
            }
            // "the RED-Tabara group", "the Shabaab militia": a name the text gives a group it
            // describes (but "the Islamist group", "the Kurdish militia" only describe it).
            if entityMatch == nil, i > 0, tokens[i - 1].lowercased == "the", (1...3).contains(run.count), run.upperBound < end,
                Self.nounsOfNamedGroups.contains(tokens[run.upperBound].text),
                run.allSatisfy({ k in
                    !lexicon.isWord(tokens[k], in: .notName) && !lexicon.isWord(tokens[k], in: .groupModifier) && !tokens[k].isPossessive
                        && !Self.adjectiveEndings.contains { tokens[k].lowercased.hasSuffix($0) }
                })
            {
                addFoundOrganization(range: run.lowerBound..<run.upperBound, sentence: sentence.index)
                i = run.upperBound
                continue
            }
            // "Black Sea", "Grand Ethiopian Renaissance Dam": a place or thing, not an actor.
            // Not "the Argentine Government", "the Russian Army": a country's own body is the country.
            if run.count >= 2, entityMatch.map({ $0.length < run.count }) ?? true, let last = run.last,
                lexicon.isWord(tokens[last], in: .notName) || Self.regionNames.contains(tokens[last].text),
                !isFirstOfTheName(at: last, start: run.lowerBound, end: end), !isInitial(at: last, end: end),
                run.count > 2 || !isSurnameThatIsANoun(at: last, givenName: run.lowerBound, end: end),
                entityMatch == nil || !lexicon.isWord(tokens[last], in: .governmentNoun) && !lexicon.isWord(tokens[last], in: .agentNoun),
                !lexicon.isWord(tokens[last], in: .month), !Self.weekdays.contains(tokens[last].text)
            {
                i = run.upperBound
                continue
            }
            if let (length, phrase) = entityMatch, let person = personNamedAfterCountry(at: i, length: length, entry: phrase.value, end: end) {
                addNameRun(person, sentence: sentence)
                i = person.upperBound
                continue
            }
            if let (length, phrase) = entityMatch, !isOfficeBeforeName(at: i, length: length, entry: phrase.value, end: end) {
                addLexiconMention(phrase.value, range: i..<(i + length), sentence: sentence.index)
                i += length
                continue
            }
            if let span = titleSpan(at: i, end: end) {
                for k in span.range { titleAt[k] = titles.count }
                titles.append(span)
                i = span.range.upperBound
                // "National Security Advisor (NSA) Ajit Doval": the title's abbreviation, no agency.
                if let close = titleAbbreviationEnd(after: i, end: end) {
                    titleAbbreviations.insert(close)
                    i = close + 1
                }
                continue
            }
            if tokens[i].isHyphenated, addCompound(at: i, sentence: sentence.index) {
                i = max(i + 1, mentions[mentions.count - 1].range.upperBound)
                continue
            }
            let names = nameRun(from: i, end: end)
            // "Sukhoi CEO Mikhail Pogosyan", "Interros chief Vladimir Potanin": an unknown name
            // before the title of a body's head, and the head's own name, is the body.
            if !names.isEmpty, names.count <= 3, names.upperBound < end, tokens[names.upperBound].kind == .word,
                // Not a field of an office: "EU Foreign Policy Chief Federica Mogherini".
                names.lowerBound == sentence.range.lowerBound || !tokens[names.lowerBound - 1].isCapitalized,
                !names.contains(where: { lexicon.isWord(tokens[$0], in: .notName) }),
                Self.titlesOfAHead.contains(tokens[names.upperBound]), let head = titleSpan(at: names.upperBound, end: end),
                head.range.upperBound < end, tokens[head.range.upperBound].isCapitalized, !isKnownName(names.lowerBound...(names.upperBound - 1))
            {
                addFoundOrganization(range: names, sentence: sentence.index)
                i = names.upperBound
                continue
            }
            if !names.isEmpty {
                addNameRun(names, sentence: sentence)
                i = names.upperBound
                continue
            }
            i += 1
        }
    }

    /// "Greeting Gadafy with a hug, Mandela ...", "Meeting Putin in Moscow, Xi ...": a participle
    /// opening the sentence is no part of the name after it.
    private func isOpeningParticiple(at i: Int, sentence: Range<Int>) -> Bool {
        let word = tokens[i]
        guard word.isCapitalized, !word.isAllCaps, word.isParticiple, i + 1 < sentence.upperBound,
            tokens[i + 1].isCapitalized, (sentence.lowerBound..<i).allSatisfy({ tokens[$0].kind == .punctuation })
        else { return false }
        return !isKnownName(i...(i + 1))
    }

    /// "PM Modi" is the Prime Minister, "Sec. Gen. Ban" the Secretary-General: a graph's roles
    /// read as offices, not headline or wire shorthand. (Ranks stay as written: "Lt. Gen.")
    private static func spellingOutAbbreviations(_ role: String) -> String {
        var role = role
        if role.utf8.contains(UInt8(ascii: ".")) {
            for (abbreviation, office) in abbreviatedTitles where role.hasPrefix(abbreviation) {
                role = office + role.dropFirst(abbreviation.count)
                break
            }
        }
        guard role.utf8.contains(where: { $0 == UInt8(ascii: "M") }) else { return role }
        return role.split(separator: " ").map { word in abbreviatedOffices[String(word)] ?? String(word) }.joined(separator: " ")
    }

    private static let abbreviatedOffices = ["PM": "Prime Minister", "DPM": "Deputy Prime Minister", "FM": "Foreign Minister"]
    private static let abbreviatedTitles = [
        ("Sec. Gen.", "Secretary-General"), ("Secy. Gen.", "Secretary-General"), ("Sec. of State", "Secretary of State"),
        ("Secy. of State", "Secretary of State"), ("Amb.", "Ambassador"), ("Sen.", "Senator"), ("Gov.", "Governor"),
    ]

    /// Whether a role is only a military rank: "Capt.", "Lt Col", "Maj. Gen.".
    private static func isRank(_ role: String) -> Bool {
        let words = role.lowercased().split { $0 == " " || $0 == "." || $0 == "-" }
        return !words.isEmpty && words.allSatisfy { militaryRanks.contains(String($0)) }
    }

    private static let militaryRanks: WordSet = [
        "capt", "captain", "col", "colonel", "lt", "lieutenant", "maj", "major", "gen", "general", "sgt", "sergeant", "cpl", "corporal",
        "brig", "brigadier", "pvt", "private",
    ]

    /// Continents, oceans and regions, which end the name of a place ("Southeast Asia", "the
    /// western Sahel"), though they may begin a body's ("the Atlantic Council").
    static let regionNames: WordSet = [
        "Asia", "Africa", "Europe", "Americas", "Oceania", "Eurasia", "Pacific", "Atlantic", "Arctic", "Antarctica", "Mediterranean", "Sahel",
        "Balkans", "Caucasus", "Maghreb", "Levant",
    ]

    /// Titles of the head of a company or another body, which a name before them owns: "Airbus
    /// CEO", "Mossad chief".
    private static let titlesOfAHead: WordSet = ["ceo", "chief", "head", "boss", "chairman", "chairwoman", "founder", "owner", "director"]

    /// "NSA Ajit Doval": an acronym that names both an agency and an office is the office when a
    /// name follows it ("NSA Director Paul Nakasone" is the agency's director).
    private func isOfficeBeforeName(at start: Int, length: Int, entry: Lexicon.Entry, end: Int) -> Bool {
        guard length == 1, entry.type == .organization, tokens[start].isAllCaps, start + 1 < end,
            let (titleLength, _) = lexicon.titles.longestMatch(in: tokens, at: start, end: end, respectCase: true), titleLength == 1
        else { return false }
        return !nameRun(from: start + 1, end: end).isEmpty
    }

    // MARK: - Titles

    /// The title starting at `start`, with what the lexicon's phrase leaves out: the period of
    /// an abbreviated rank and the rank after it ("Brig. Gen.", "Lt. Col."), and the office a
    /// title is "of" or "for" ("Minister of National Defense", "Secretary of State for Defence").
    private func titleSpan(at start: Int, end: Int) -> TitleSpan? {
        guard let (length, phrase) = lexicon.titles.longestMatch(in: tokens, at: start, end: end, respectCase: false) else {
            return nil
        }
        var kind = phrase.value
        var upper = start + length
        // "Brig. Gen.", and "Lt Gen" as British outlets write it, without the periods.
        while upper < end, lexicon.isWord(tokens[upper - 1], in: .abbreviation) {
            if tokens[upper].is(".") { upper += 1 }
            guard upper < end, tokens[upper].isCapitalized,
                let (next, nextPhrase) = lexicon.titles.longestMatch(in: tokens, at: upper, end: end, respectCase: false)
            else { break }
            // "Brig. Gen.": the rank is an office even where the last abbreviation is only a form of address.
            if kind == .honorific { kind = nextPhrase.value }
            upper += next
        }
        if kind != .honorific, tokens[start].isCapitalized { upper = officeEnd(after: upper, end: end) }
        return TitleSpan(range: start..<upper, kind: kind)
    }

    /// Where "of National Defense" or "for Foreign Affairs" after a capitalized title ends:
    /// capitalized words of government departments, possibly after "the" and joined by "and" or
    /// "of" ("of the Joint Chiefs of Staff"). `start` itself when no office follows.
    private func officeEnd(after start: Int, end: Int) -> Int {
        var k = start
        var result = start
        while k + 1 < end, tokens[k].lowercased == "of" || tokens[k].lowercased == "for" || (result > start && tokens[k].lowercased == "and") {
            var j = k + 1
            if tokens[j].lowercased == "the", j + 1 < end { j += 1 }
            let first = j
            // "of the Ministry of Defence": a department's head word leads on to its office.
            while j < end, tokens[j].kind == .word, tokens[j].isCapitalized,
                lexicon.isWord(tokens[j], in: .department)
                    || j + 1 < end && tokens[j + 1].lowercased == "of" && lexicon.isWord(tokens[j], in: .organizationHead)
            {
                j += 1
            }
            guard j > first, !lexicon.isWord(tokens[j - 1], in: .organizationHead) || j + 1 < end && tokens[j].lowercased == "of" else { break }
            result = j
            k = j
        }
        return result
    }

    /// Capitalized words from `start`, stopping after a possessive.
    private func capitalizedRun(from start: Int, end: Int) -> Range<Int> {
        // "The Rapid Support Forces": an article starts no name.
        if !tokens[start].isCapitalized || lexicon.isWord(tokens[start], in: .functionWord) { return start..<start }
        // "the Algeria-backed Polisario Front": the compound qualifies the name, outside it.
        if tokens[start].isHyphenated, !isNameWord(tokens[start]) { return start..<start }
        var j = start
        // "the Shatt al-Arab Estuary": a particle joined to a capital stays inside the run.
        while j < end, tokens[j].kind == .word, tokens[j].isCapitalized || j > start && isNameWord(tokens[j]), !skipped[j],
            j == start || !lexicon.isWord(tokens[j], in: .functionWord)
        {
            j += 1
            if tokens[j - 1].isPossessive, !isPossessiveInsideName(at: j - 1, end: end) { break }
        }
        // "the Peace and Security Council", "the Justice and Development Party": "and" inside a
        // name that an organization word ends; not between two names ("Hamas and Islamic Jihad").
        if j > start, let joined = organizationNameAcross(and: j, runStart: start, end: end) { j = joined }
        // "the Ministry of Defense": an organization word followed by "of" and a name.
        if j > start, j + 1 < end, lexicon.isWord(tokens[j - 1], in: .organizationHead) || isRivalGovernment(at: j - 1, end: end),
            !tokens[j - 1].isPossessive, tokens[j].lowercased == "of" || tokens[j].lowercased == "for",
            tokens[j + 1].isCapitalized
        {
            var k = j + 1
            var lastDepartment: Int?
            while k < end, tokens[k].kind == .word, tokens[k].isCapitalized {
                if lexicon.isWord(tokens[k], in: .department) { lastDepartment = k }
                k += 1
                if tokens[k - 1].isPossessive { break }
            }
            // "the Department of National Defense Carlito Galvez": the office ends at its last
            // department word when a name follows it.
            if let lastDepartment, !lexicon.isWord(tokens[k - 1], in: .department), !isRivalGovernment(at: j - 1, end: end), k - lastDepartment > 2 {
                k = lastDepartment + 1
            }
            return start..<k
        }
        return start..<j
    }

    /// "the Mapungubwe Institute for Strategic Reflection": an organization word inside the run,
    /// before the "of" or "for" that goes on to its field.
    private func hasHeadBeforeOf(_ run: Range<Int>) -> Bool {
        run.dropLast().contains { k in
            k > run.lowerBound && (tokens[k + 1].text == "of" || tokens[k + 1].text == "for") && lexicon.isWord(tokens[k], in: .organizationHead)
        }
    }

    /// Where an organization's name that goes on past "and" at `and` ends, if it does: a few
    /// capitalized words ending in an organization word, after words that are no name of their own.
    private func organizationNameAcross(and: Int, runStart: Int, end: Int) -> Int? {
        guard and + 1 < end, and - runStart <= 3, tokens[and].text == "and", !tokens[and - 1].isPossessive,
            tokens[and + 1].isCapitalized, !lexicon.whosWho.isSurname(tokens[and - 1].text)
        else { return nil }
        // "Hamas and ...", "President Trump and Congress": a name of the lexicon ends right
        // before "and", or a title stands in the words before it.
        for s in runStart..<and {
            if let (length, _) = lexicon.entities.longestMatch(in: tokens, at: s, end: end, respectCase: true), s + length == and {
                return nil
            }
            if lexicon.titles.longestMatch(in: tokens, at: s, end: end, respectCase: false) != nil { return nil }
        }
        var k = and + 1
        while k < min(end, and + 5), tokens[k].kind == .word, tokens[k].isCapitalized, !skipped[k],
            !lexicon.isWord(tokens[k], in: .functionWord)
        {
            k += 1
            if lexicon.isWord(tokens[k - 1], in: .organizationHead) { return k }
            if tokens[k - 1].isPossessive { return nil }
        }
        return nil
    }

    /// "Government of National Unity", "Government of National Accord": a government named by
    /// what it stands for, not by its country ("the Government of Japan" is Japan's).
    private func isRivalGovernment(at k: Int, end: Int) -> Bool {
        tokens[k].text == "Government" && k + 2 < end && tokens[k + 1].text == "of"
            && lexicon.entities.longestMatch(in: tokens, at: k + 2, end: end, respectCase: true) == nil
            && !lexicon.isWord(tokens[k + 2], in: .functionWord)
    }

    /// The closing parenthesis of an abbreviation between a title and a name: "(NSA)" in
    /// "National Security Advisor (NSA) Ajit Doval".
    private func titleAbbreviationEnd(after k: Int, end: Int) -> Int? {
        guard k + 3 < end, tokens[k].is("("), tokens[k + 1].kind == .word, tokens[k + 1].isAllCaps, tokens[k + 2].is(")"),
            tokens[k + 3].kind == .word, tokens[k + 3].isCapitalized
        else { return nil }
        return k + 2
    }

    /// "People's Liberation Army", "Donetsk People's Republic", "Kurdistan Workers' Party": a
    /// possessive collective noun inside a name that ends in an organization's or a place's head
    /// word. A person's or a country's possessive ("Haftar's Libyan National Army") ends the name.
    private func isPossessiveInsideName(at k: Int, end: Int) -> Bool {
        let word = tokens[k].lowercased.prefix { $0 != "'" && $0 != "\u{2019}" }
        guard Self.collectiveNouns.contains(String(word)) else { return false }
        var j = k + 1
        while j < end, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isPossessive, !lexicon.isWord(tokens[j], in: .functionWord) {
            j += 1
        }
        guard j > k + 1 else { return false }
        let last = tokens[j - 1]
        return lexicon.isWord(last, in: .organizationHead) || lexicon.isWord(last, in: .notName) && !lexicon.isWord(last, in: .month)
            && !Self.weekdays.contains(last.text)
    }

    /// "the Biden administration", "the Trump Administration", "the Modi government": a leader
    /// the who's-who knows, named for the government they lead. The government is that country
    /// and acts; the leader is named, and no party to what it does.
    private func administration(at i: Int, end: Int, sentence: Int) -> (leader: Mention, government: Mention)? {
        guard tokens[i].isCapitalized else { return nil }
        var noun = i + 1
        while noun < min(end, i + 4), tokens[noun].kind == .word, tokens[noun].isCapitalized, !Self.administrationNouns.contains(tokens[noun]) {
            noun += 1
        }
        guard noun < end, Self.administrationNouns.contains(tokens[noun]), !tokens[noun - 1].isPossessive,
            let person = lexicon.knownPerson(named: surface(i..<noun)),
            let country = person.offices.last(where: { $0.isLeader && $0.country != nil })?.country
        else { return nil }
        let name = surface(i..<noun)
        var leader = Mention(range: i..<noun, sentence: sentence, type: .person, form: .person, name: name, surface: name)
        leader.isArgument = false
        var government = Mention(range: noun..<(noun + 1), sentence: sentence, type: .country, form: .seat, name: country, surface: tokens[noun].text)
        government.isPossessive = tokens[noun].isPossessive
        return (leader, government)
    }

    private static let administrationNouns: WordSet = ["administration", "government"]

    // MARK: - Known names

    private mutating func addLexiconMention(_ entry: Lexicon.Entry, range: Range<Int>, sentence: Int) {
        var mention = Mention(
            range: range, sentence: sentence, type: entry.type, form: Self.form(entry.form), name: entry.canonical,
            surface: surface(range))
        mention.isPossessive = tokens[range.upperBound - 1].isPossessive
        mention.organizationKind = entry.kind
        mention.organizationCountry = entry.country
        // "talks in Brussels", "the Brussels format": the city, not the government.
        if entry.form == .seat, isPlace(at: range.lowerBound) || isAdjective(range) { return }
        // "the two South American neighbours", "Latin American leaders": a region, not a country.
        if entry.form == .demonym, range.lowerBound > 0, Self.regionPrefixes.contains(tokens[range.lowerBound - 1].text) { return }
        // "ethnic Albanians in Kosovo", "ethnic Russian separatists": a people, not a state.
        if entry.form == .demonym, range.lowerBound > 0, tokens[range.lowerBound - 1].lowercased == "ethnic" { return }
        // "Latin America", "South Georgia", "Northern Ireland": a region or a territory named after a
        // country, where the lexicon has no name of its own for the whole.
        if entry.form == .name, entry.type == .country, range.lowerBound > 0,
            Self.regionPrefixes.contains(tokens[range.lowerBound - 1].text) || Self.regionAdjectives.contains(tokens[range.lowerBound - 1].text)
        {
            return
        }
        add(mention)
    }

    /// Words that make the demonym or country name after them a region's: "South American",
    /// "Central Asian", "Latin America".
    private static let regionPrefixes: WordSet = [
        "South", "North", "Latin", "Central", "East", "West", "Southeast", "Northeast", "Southwest", "Northwest",
    ]

    /// Adjectives that make a country's name after them a region's, though not its demonym's:
    /// "Northern Ireland", but "Northern Irish" is still Irish.
    private static let regionAdjectives: WordSet = ["Northern", "Southern", "Eastern", "Western"]

    private static func form(_ form: Lexicon.Entry.Form) -> Mention.Form {
        switch form {
        case .name: .name
        case .demonym: .demonym
        case .seat: .seat
        }
    }

    /// Words after which "at" names whom an act is aimed at, not where it happens.
    private static let wordsBeforeATarget: WordSet = [
        "finger", "fingers", "out", "swipe", "swipes", "jab", "jabs", "aimed", "aim", "directed", "angry", "furious", "anger",
    ]

    /// "talks in Moscow", "flew to Paris": a seat of government used as a place.
    private func isPlace(at index: Int) -> Bool {
        var k = index - 1
        // "in Brussels and Moscow": the preposition covers the whole list.
        if k > 0, tokens[k].lowercased == "and" || tokens[k].lowercased == "or" || tokens[k].is(",") {
            var previous = k - 1
            while previous > 0, tokens[previous - 1].kind == .word, tokens[previous - 1].isCapitalized { previous -= 1 }
            if tokens[previous].isCapitalized, previous < index - 1 { return isPlace(at: previous) }
        }
        while k >= 0, tokens[k].lowercased == "the" { k -= 1 }
        guard k >= 0 else { return false }
        let word = tokens[k].lowercased
        // "officials in Paris", "the government in Caracas": the seat stands for its government.
        if word == "in", k > 0, lexicon.isWord(tokens[k - 1], in: .agentNoun) { return false }
        // "pointed the finger at Bogota", "lashed out at Moscow": "at" the target of a charge.
        if word == "at", k > 0, Self.wordsBeforeATarget.contains(tokens[k - 1]) { return false }
        if lexicon.isWord(tokens[k], in: .locativePreposition) { return true }
        if word == "to", k > 0 {
            // "flew to Paris", "a visit to Moscow"; but "supplied drones to Kyiv" names a recipient.
            var v = k - 1
            while v > 0, tokens[v].lowercased.hasSuffix("ly") { v -= 1 }
            return lexicon.isWord(tokens[v], in: .travelVerb)
        }
        return false
    }

    private static let verbsAfterASubject: WordSet = [
        "said", "says", "has", "had", "have", "was", "is", "will", "would", "did", "does", "denied", "also", "could", "may",
    ]

    /// "the Brussels format", "the Moscow talks": a seat qualifying a noun.
    private func isAdjective(_ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, tokens[range.lowerBound - 1].lowercased == "the", range.upperBound < tokens.count else {
            return false
        }
        let next = tokens[range.upperBound]
        guard next.kind == .word, !next.isCapitalized, !tokens[range.upperBound - 1].isPossessive else { return false }
        return !Self.verbsAfterASubject.contains(next.lowercased) && !next.lowercased.hasSuffix("ed")
    }

    private mutating func addOrganization(range: Range<Int>, sentence: Int) {
        let written = surface(range)
        var mention = Mention(range: range, sentence: sentence, type: .organization, form: .name, name: written, surface: written)
        mention.isPossessive = tokens[range.upperBound - 1].isPossessive
        // "Russian Foreign Ministry" belongs to Russia.
        if let entry = lexicon.entities.longestMatch(in: tokens, at: range.lowerBound, end: range.upperBound, respectCase: true)?.phrase.value,
            entry.type == .country
        {
            mention.organizationCountry = entry.canonical
        }
        // "the Russian Foreign Ministry", "Russia's Defense Ministry", "the U.S. State Department":
        // a country's ministry acts for the country, as its seat does ("the Kremlin"), and is no
        // body of its own, which every country's "Foreign Ministry" would otherwise share.
        if isGovernmentDepartment(range) {
            let possessiveOwner = mentionEnding(at: range.lowerBound - 1).flatMap { m in
                mentions[m].type == .country && mentions[m].isPossessive && mentions[m].range.upperBound == range.lowerBound ? m : nil
            }
            // A mission abroad speaks for its country only when the name says whose it is.
            let storyCountry = isDiplomaticMission(range) ? nil : storyCountry(before: range.lowerBound)
            if let country = mention.organizationCountry ?? possessiveOwner.map({ mentions[$0].name }) ?? storyCountry {
                if let possessiveOwner { mentions[possessiveOwner].isArgument = false }
                mention.type = .country
                mention.form = .seat
                mention.name = country
                mention.organizationCountry = nil
            }
        }
        add(mention)
    }

    /// The country a story is told from, among the mentions found before `k`.
    private func storyCountry(before k: Int) -> String? {
        mentions.first { $0.range.upperBound <= k && $0.opensStory(sentences: sentences, tokens: tokens) }?.name
    }

    /// Whether a capitalized run names a department of a government: "Foreign Ministry",
    /// "State Department", "Ministry of Foreign Affairs".
    private func isGovernmentDepartment(_ run: Range<Int>) -> Bool {
        guard run.count >= 2 else { return false }
        let last = tokens[run.upperBound - 1].lowercased
        return (last == "ministry" || last == "department") && lexicon.isWord(tokens[run.upperBound - 2], in: .department)
            || isDepartmentRun(run) || isDiplomaticMission(run)
    }

    /// "Pakistan High Commission", "the Russian Embassy": a country's mission abroad, which
    /// speaks for the country as its ministry does.
    private func isDiplomaticMission(_ run: Range<Int>) -> Bool {
        let last = tokens[run.upperBound - 1].lowercased
        return last == "embassy" || last == "consulate" || last == "commission" && tokens[run.upperBound - 2].lowercased == "high"
    }

    /// "Iran-backed", "Hamas-led", "Palestinian-Israeli": names inside hyphenated words.
    private mutating func addCompound(at index: Int, sentence: Int) -> Bool {
        let token = tokens[index]
        let parts = token.text.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return false }
        let partTokens = Tokenizer(lexicon: lexicon).tokenize(parts.joined(separator: " "))
        guard let first = lexicon.entities.longestMatch(in: partTokens, at: 0, respectCase: true) else {
            // "the Biden-Xi meeting", "the Putin-Erdogan talks": two people the who's-who knows
            // by one name each.
            guard parts.count == 2, partTokens.count == 2, partTokens.allSatisfy(\.isCapitalized),
                parts.allSatisfy({ lexicon.knownPerson(named: $0) != nil })
            else { return false }
            for part in parts { add(Mention(range: index..<(index + 1), sentence: sentence, type: .person, form: .person, name: part, surface: part)) }
            return true
        }
        let rest = parts[first.length...].map { $0.lowercased() }
        var mention = qualifyingMention(
            first.phrase.value, range: index..<(index + 1), sentence: sentence, surface: parts[..<first.length].joined(separator: " "))
        if rest.count == 1, let relation = lexicon.compoundTriggers[rest[0]] {
            mention.compoundRelation = relation
            add(mention)
            return true
        }
        // "Palestinian-Israeli": every part a name.
        if let second = lexicon.entities.longestMatch(in: partTokens, at: first.length, respectCase: true),
            first.length + second.length == partTokens.count
        {
            add(mention)
            var other = mention
            other.type = second.phrase.value.type
            other.form = Self.form(second.phrase.value.form)
            other.name = second.phrase.value.canonical
            other.surface = parts[first.length...].joined(separator: " ")
            add(other)
            return true
        }
        // "the U.S.-North Korean summit", "U.S.-South Korea drills": the second name goes on past
        // the hyphenated word.
        if first.length < partTokens.count, index + 1 < tokens.count, tokens[index + 1].isCapitalized {
            let continued = Array(partTokens[first.length...]) + tokens[(index + 1)..<min(tokens.count, index + 3)]
            if let second = lexicon.entities.longestMatch(in: continued, at: 0, respectCase: true),
                second.length > partTokens.count - first.length
            {
                let upper = index + 1 + second.length - (partTokens.count - first.length)
                var other = Mention(
                    range: index..<upper, sentence: sentence, type: second.phrase.value.type, form: Self.form(second.phrase.value.form),
                    name: second.phrase.value.canonical, surface: continued[..<second.length].map(\.text).joined(separator: " "))
                other.isArgument = false
                add(mention)
                add(other)
                return true
            }
        }
        // "Saudi-led", "Pakistan-based": the name qualifies what follows.
        if rest.count == 1, rest[0].hasSuffix("ed") || rest[0] == "run" {
            add(mention)
            // "the Saudi-led coalition": an alliance known by who leads it.
            if rest[0] == "led", index + 1 < tokens.count, tokens[index + 1].kind == .word, Self.ledBodies.contains(tokens[index + 1].text) {
                let written = "\(token.text) \(tokens[index + 1].text)"
                var body = Mention(range: (index + 1)..<(index + 2), sentence: sentence, type: .organization, form: .name, name: written, surface: written)
                body.organizationKind = "alliance"
                if first.phrase.value.type == .country { body.organizationCountry = first.phrase.value.canonical }
                add(body)
            }
            return true
        }
        return false
    }

    /// The lexicon's name inside a hyphenated word: it qualifies what follows and is no party of
    /// its own ("Iran" of "Iran-backed").
    private func qualifyingMention(_ entry: Lexicon.Entry, range: Range<Int>, sentence: Int, surface: String) -> Mention {
        var mention = Mention(range: range, sentence: sentence, type: entry.type, form: Self.form(entry.form), name: entry.canonical, surface: surface)
        mention.organizationKind = entry.kind
        mention.organizationCountry = entry.country
        mention.isArgument = false
        return mention
    }

    /// "United Nations-backed", "African Union-led": a name of several words whose last word
    /// carries the participle that makes the whole qualify a noun.
    private mutating func addCompoundSpanning(from start: Int, end: Int, sentence: Int) -> Bool {
        var last = start + 1
        while last < min(end, start + 4), tokens[last].kind == .word, tokens[last].isCapitalized, !tokens[last].isHyphenated { last += 1 }
        guard last < min(end, start + 4), tokens[last].kind == .word, tokens[last].isHyphenated else { return false }
        let parts = tokens[last].text.split(separator: "-")
        guard parts.count == 2, parts[0].first?.isUppercase == true, Self.qualifyingSuffixes.contains(parts[1]) else { return false }
        let written = (tokens[start..<last].map(\.text) + [String(parts[0])]).joined(separator: " ")
        let partTokens = Tokenizer(lexicon: lexicon).tokenize(written)
        guard let match = lexicon.entities.longestMatch(in: partTokens, at: 0, respectCase: true), match.length == partTokens.count else {
            return false
        }
        var mention = qualifyingMention(match.phrase.value, range: start..<(last + 1), sentence: sentence, surface: written)
        mention.compoundRelation = lexicon.compoundTriggers[parts[1].lowercased()]
        add(mention)
        return true
    }

    // MARK: - Unknown names

    /// Last parts of a hyphenated word that make it qualify a noun: "Russian-made",
    /// "Catholic Church-led", "United Nations-mandated".
    private static let qualifyingSuffixes: Set<Substring> = [
        "led", "backed", "based", "made", "mandated", "funded", "sponsored", "supported", "aligned", "allied", "owned",
        "run", "controlled", "held", "occupied", "brokered", "linked", "affiliated", "style", "born", "built", "designed",
    ]

    @inline(__always)
    private func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if token.isCapitalized {
            guard token.isHyphenated, let last = token.text.split(separator: "-").last else { return true }
            // "Moscow-dominated", "United Nations-recognised": a participle after the hyphen.
            return !Self.qualifyingSuffixes.contains(last) && !(last.first?.isLowercase == true && last.hasSuffix("ed"))
        }
        // "Miguel d'Escoto": an elided particle before a capital.
        if token.text.utf8.count > 3, token.text.hasPrefix("d'") || token.text.hasPrefix("d\u{2019}") {
            return token.text.unicodeScalars.dropFirst(2).first.map { $0.properties.isUppercase } ?? false
        }
        // "al-Sisi", "el-Sisi", "bin-Salman"
        guard token.isHyphenated else { return false }
        let parts = token.text.split(separator: "-", maxSplits: 1)
        return parts.count == 2 && lexicon.isWord(String(parts[0]).lowercased(), in: .nameParticle)
            && parts[1].first?.isUppercase == true
    }

    /// A person-like sequence of name words from `start`: "Vladimir Putin", "Mohammed bin
    /// Salman", "Abdullah II". Empty if `start` cannot begin a name.
    private func nameRun(from start: Int, end: Int) -> Range<Int> {
        func blocks(_ k: Int) -> Bool {
            if skipped[k] { return true }
            if lexicon.entities.longestMatch(in: tokens, at: k, end: end, respectCase: true) != nil { return true }
            if lexicon.titles.longestMatch(in: tokens, at: k, end: end, respectCase: false) != nil, tokens[k].isCapitalized,
                k == start || !titlesNoOne(at: k, end: end)
            {
                return true
            }
            if lexicon.isWord(tokens[k], in: .month) {
                return k + 1 < end && tokens[k + 1].kind == .number
            }
            return lexicon.isWord(tokens[k], in: .notName) && tokens[k].isCapitalized
        }
        // "P V Narasimha Rao", "I K Gujral": initials without periods, as Indian names are written.
        var letters = start
        while letters < end, letters < start + 3, tokens[letters].kind == .word, tokens[letters].text.utf8.count == 1, tokens[letters].isCapitalized {
            letters += 1
        }
        if letters - start >= 2, letters < end, tokens[letters].isCapitalized, tokens[letters].text.utf8.count > 1,
            !lexicon.isWord(tokens[letters], in: .notName)
        {
            let rest = nameRun(from: letters, end: end)
            if !rest.isEmpty { return start..<rest.upperBound }
            if let (length, phrase) = lexicon.entities.longestMatch(in: tokens, at: letters, end: end, respectCase: true), phrase.value.type == .person {
                return start..<(letters + length)
            }
        }
        var j = start
        guard isNameWord(tokens[start]), !blocks(start), !startsRole(at: start, end: end) else { return start..<start }
        while j < end {
            if j > start, lexicon.isWord(tokens[j], in: .nameParticle), !tokens[j].isCapitalized || tokens[j].text == "Al",
                !tokens[j].isPossessive
            {
                // "bin Salman", "von der Leyen": particles count only before a name word.
                var k = j
                while k < end, lexicon.isWord(tokens[k], in: .nameParticle), !tokens[k].isCapitalized || tokens[k].text == "Al" {
                    k += 1
                }
                if k < end, isNameWord(tokens[k]), tokens[k].isCapitalized {
                    j = k
                    continue
                }
                break
            }
            // "Joseph R. Biden, Jr.": the suffix after a comma.
            if j > start, j + 1 < end, tokens[j].is(","), Self.isGenerationalSuffix(tokens[j + 1]) { j += 1 }
            // "Gennady I. Gerasimov": an initial that reads as a numeral, before a name word.
            if j > start, tokens[j].text == "I", isInitial(at: j, end: end), isNameWord(tokens[j + 2]), !blocks(j + 2),
                !(max(0, start - 1)..<j).contains(where: { Self.royalTitles.contains(tokens[$0].text) })
            {
                j += 2
                continue
            }
            if j > start, Self.isRomanNumeral(tokens[j]) || Self.isGenerationalSuffix(tokens[j]) || isFirstOfTheName(at: j, start: start, end: end) {
                // "Lloyd J. Austin III", "Martin Luther King Jr.": a suffix ends the name.
                j += 1
                if j < end, tokens[j].is("."), Self.isGenerationalSuffix(tokens[j - 1]) { j += 1 }
                break
            }
            // "Antony J. Blinken", "J. Christopher Stevens": an initial and its period stand
            // inside the name when a name word follows; the splitter does not end a sentence there.
            if isInitial(at: j, end: end), isNameWord(tokens[j + 2]), !blocks(j + 2) {
                j += 2
                continue
            }
            // "Hassan Sheikh Mohamud": a form of address between two name words is a name word.
            if j > start, j + 1 < end, !tokens[j].isPossessive, isNameWord(tokens[j + 1]), tokens[j + 1].isCapitalized, !blocks(j + 1),
                let (length, title) = lexicon.titles.longestMatch(in: tokens, at: j, end: end, respectCase: true), length == 1,
                title.value == .honorific
            {
                j += 1
                continue
            }
            if j == start + 1, blocks(j),
                isSurnameNamingSomethingElse(at: j, givenName: start, end: end) || isSurnameThatIsANoun(at: j, givenName: start, end: end)
            {
                j += 1
                break
            }
            // "(UNITA leader Jonas) Savimbi": a quote's editor put the given name in brackets.
            if j > start, j + 1 < end, tokens[j].is(")") || tokens[j].is("]"), isNameWord(tokens[j + 1]), !blocks(j + 1),
                opensBracket(before: start, closing: tokens[j].text, lower: max(0, start - 6))
            {
                j += 1
                continue
            }
            // "Moon Jae In": a word that ends no name of the who's-who ("In") may end a name in it.
            guard isNameWord(tokens[j]), j == start || !blocks(j) || tokens[j].isCapitalized && isKnownName(start...j) else { break }
            j += 1
            if tokens[j - 1].isPossessive { break }
        }
        return start..<j
    }

    /// "Hun Sen said", "Hun Sen's visit": an abbreviated title ("Sen") without its period that
    /// stands before no name titles no one; it is a name word.
    private func titlesNoOne(at k: Int, end: Int) -> Bool {
        guard lexicon.isWord(tokens[k], in: .abbreviation) else { return false }
        if tokens[k].isPossessive { return true }
        let next = k + 1
        guard next < end else { return true }
        // "Hun Sen." ending a sentence: the period is the sentence's.
        if tokens[next].is(".") {
            return next + 1 >= end || tokens[next + 1].startsLine || lexicon.isWord(tokens[next + 1], in: .notName)
        }
        return !isNameWord(tokens[next]) || lexicon.isWord(tokens[next], in: .notName)
    }

    /// Whether a bracket that `closing` ends opens among the few words before `start`, in the same line.
    private func opensBracket(before start: Int, closing: String, lower: Int) -> Bool {
        let opening = closing == ")" ? "(" : "["
        var k = start - 1
        while k >= lower, !tokens[k].is(closing) {
            if tokens[k].is(opening) { return true }
            if tokens[k].startsLine { return false }
            k -= 1
        }
        return false
    }

    /// Whether the words of `range` are a full name of someone in the who's-who.
    private func isKnownName(_ range: ClosedRange<Int>) -> Bool {
        lexicon.whosWho.person(named: range.map { tokens[$0].text }.joined(separator: " "), title: nil, year: nil) != nil
    }

    /// "Prime Minister Luis Montenegro", "spokesman Dina Mufti", "Senator Angus King": after a
    /// title, the one word after a given name is its surname even when it names a country or
    /// is a title itself. Not after a name the who's-who knows ("President Zelensky Ukraine
    /// would ..."), nor when more name words follow.
    private func isSurnameNamingSomethingElse(at j: Int, givenName start: Int, end: Int) -> Bool {
        guard start > 0, titleAt[start - 1] != nil, !tokens[start].isPossessive, tokens[j].isCapitalized, !tokens[j].isAllCaps,
            !lexicon.isWord(tokens[j], in: .commonWord), !lexicon.isWord(tokens[j], in: .notName),
            !lexicon.whosWho.isSurname(tokens[start].text)
        else { return false }
        if j + 1 < end, isNameWord(tokens[j + 1]), tokens[j + 1].isCapitalized { return false }
        if let (length, _) = lexicon.entities.longestMatch(in: tokens, at: j, end: end, respectCase: true) { return length == 1 }
        if let (length, _) = lexicon.titles.longestMatch(in: tokens, at: j, end: end, respectCase: true) { return length == 1 }
        return false
    }

    /// "Mark Field condemned", "said Anthony Lake": a noun that is also a surname (see
    /// `surname-noun` in `words.txt`) after a given name of the who's-who ends the name.
    private func isSurnameThatIsANoun(at j: Int, givenName start: Int, end: Int) -> Bool {
        guard tokens[j].isCapitalized, !tokens[j].isAllCaps, lexicon.isWord(tokens[j], in: .surnameNoun),
            !tokens[start].isPossessive, lexicon.whosWho.isGivenName(tokens[start].text)
        else { return false }
        if start > 0, Self.prepositionsOfAPlace.contains(tokens[start - 1]) || lexicon.isWord(tokens[start - 1], in: .determiner) {
            return false
        }
        return j + 1 == end || !(tokens[j + 1].isCapitalized && isNameWord(tokens[j + 1]))
    }
    private static let prepositionsOfAPlace: WordSet = ["in", "at", "on", "near", "along", "off", "outside", "inside", "across", "down", "up"]

    /// "Defense Minister Israel Katz", "party leader Jordan Bardella": a country's name between a
    /// title and a surname is a given name. Returns the person's name, from the country's name on.
    private func personNamedAfterCountry(at i: Int, length: Int, entry: Lexicon.Entry, end: Int) -> Range<Int>? {
        guard length == 1, entry.type == .country, i > 0, titleAt[i - 1] != nil, !tokens[i].isPossessive, i + 1 < end,
            tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps
        else { return nil }
        let surname = nameRun(from: i + 1, end: end)
        guard surname.count == 1 else { return nil }
        return i..<surname.upperBound
    }

    /// "Senior Undersecretary", "Deputy Assistant Secretary": modifiers of a title that
    /// follows them, capitalized as part of it.
    private func startsRole(at start: Int, end: Int) -> Bool {
        var k = start
        while k < end, tokens[k].kind == .word, lexicon.isWord(tokens[k], in: .roleModifier) { k += 1 }
        return k > start && k < end && lexicon.titles.longestMatch(in: tokens, at: k, end: end, respectCase: false) != nil
    }

    /// A single capital letter followed by a period: "J." in "Antony J. Blinken".
    @inline(__always)
    private func isInitial(at k: Int, end: Int) -> Bool {
        k + 2 < end && tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k].text.utf8.count == 1
            && tokens[k + 1].is(".")
    }

    /// "King Juan Carlos I", "Juan Carlos I, the king": the numeral "I" after a monarch's name,
    /// not the pronoun, where a royal title goes before the name or no verb comes after it.
    private func isFirstOfTheName(at j: Int, start: Int, end: Int) -> Bool {
        guard tokens[j].text == "I", j - start >= 1 else { return false }
        if (max(0, start - 1)..<j).contains(where: { Self.royalTitles.contains(tokens[$0].text) }) { return true }
        return j + 1 < end && (tokens[j + 1].is(",") || tokens[j + 1].text == "of") || j + 1 == end
    }

    private static let royalTitles: WordSet = ["King", "Queen", "Emperor", "Empress", "Pope", "Tsar", "Czar", "Sultan", "Shah"]

    /// "II", "IV": a numeral of ``romanNumerals``, none longer than four letters, so that longer
    /// words are not hashed.
    @inline(__always)
    private static func isRomanNumeral(_ token: Token) -> Bool {
        token.text.utf8.count <= 4 && romanNumerals.contains(token.text)
    }

    /// "Jr" and "Sr", which follow a surname as Roman numerals do.
    @inline(__always)
    private static func isGenerationalSuffix(_ token: Token) -> Bool {
        token.text == "Jr" || token.text == "Sr"
    }

    private mutating func addNameRun(_ run: Range<Int>, sentence: Sentence) {
        let first = tokens[run.lowerBound]
        // An acronym nobody defined: an organization ("FDLR"), unless it names a weapon ("IRIS-T systems").
        if run.count == 1, first.isAllCaps, !Self.romanNumerals.contains(first.text) {
            // "USD", "TV", "ICBM": acronyms of things; so is one defined for a thing's name: "the
            // Grand Ethiopian Renaissance Dam (GERD)".
            if lexicon.isWord(first, in: .commonWord) || namesThing(acronymAt: run.lowerBound, sentence: sentence.range) { return }
            // "AK 47s", "F 16": a model with its number.
            if run.upperBound < sentence.range.upperBound, tokens[run.upperBound].text.first?.isNumber == true { return }
            let window = tokens[(run.upperBound)..<min(run.upperBound + 3, sentence.range.upperBound)]
            if !window.contains(where: { lexicon.isWord($0, in: .productNoun) }),
                !isAllCapsLine(run.lowerBound)
            {
                addFoundOrganization(range: run, sentence: sentence.index)
            }
            return
        }
        // "the militant group Jaish-e-Mohammed", "the banned group, Lashkar-e-Jhangvi,": a name
        // introduced as an organization.
        var descriptor = run.lowerBound - 1
        if descriptor > sentence.range.lowerBound, Self.descriptionMarks.contains(tokens[descriptor].text), introducesOrganization(descriptorAt: descriptor - 1, name: run, sentence: sentence.range) {
            descriptor -= 1
        }
        if descriptor >= sentence.range.lowerBound, lexicon.isWord(tokens[descriptor], in: .organizationDescriptor),
            titleAt[descriptor] == nil
        {
            addFoundOrganization(range: run, sentence: sentence.index)
            // "two splinter groups, A and B": the plural introduces the names listed after it.
            if tokens[descriptor].text.hasSuffix("s") { organizationListEnd = run.upperBound }
            return
        }
        if run.lowerBound >= 1, run.lowerBound - 1 == organizationListEnd,
            tokens[run.lowerBound - 1].text == "and" || tokens[run.lowerBound - 1].is(",")
        {
            addFoundOrganization(range: run, sentence: sentence.index)
            organizationListEnd = run.upperBound
            return
        }
        // "told La Nacion newspaper", "the Asharq Al-Awsat daily": a name before a noun of the press.
        if run.upperBound < sentence.range.upperBound, Self.pressNouns.contains(tokens[run.upperBound].text)
            || run.upperBound + 1 < sentence.range.upperBound && tokens[run.upperBound].text == "news"
                && Self.pressNouns.contains(tokens[run.upperBound + 1].text)
        {
            addFoundOrganization(range: run, sentence: sentence.index)
            // The press reports; it is no party ("told La Nacion newspaper").
            if let last = mentions.indices.last, mentions[last].range == run { mentions[last].organizationKind = "media" }
            return
        }
        let written = surface(run)
        // "near Tin Zaouatine", "in Rio de Janeiro", "the destroyer Carl Levin": a place or a
        // ship, wherever else the document names it.
        if isPlace(run, in: sentence.range) || run.lowerBound > sentence.range.lowerBound
            && Self.vesselNouns.contains(tokens[run.lowerBound - 1].text)
        {
            placeNames.insert(written)
            return
        }
        if qualifiesUndertaking(run, in: sentence.range) { return }
        var mention = Mention(range: run, sentence: sentence.index, type: .person, form: .person, name: written, surface: written)
        mention.isPossessive = tokens[run.upperBound - 1].isPossessive
        let hasTitle = attachRole(to: &mention, sentence: sentence)
        // A title vouches for the name; without one, words that are not names split it
        // ("Phone Call", "Following Biden"), and so do, in a headline, words the body never
        // uses in a name ("Poroshenko Gets Show").
        let isVouched = hasTitle || run.contains { isInitial(at: $0, end: run.upperBound) }
        if run.contains(where: { isRejectedNameWord($0, vouched: isVouched) }) {
            // "South Sudan Accuses Sudan": the country before a rejected name is a party again.
            if let m = mention.affiliatedMention { mentions[m].isArgument = true }
            addNamePieces(of: run, sentence: sentence, vouched: isVouched)
            return
        }
        mention.isTentative = run.count == 1 && !hasTitle
        add(mention)
    }

    /// Whether a phrase ending in the noun at `k` and set off by a comma introduces the name after
    /// it as an organization: "the banned militant group, Lashkar-e-Jhangvi,". Not a noun written
    /// in capitals ("the National Alliance, Mansour Abbas"), nor a phrase after a preposition ("a
    /// spokesman for the rebel group, Ali Musa", who speaks for it; "reported by the news agency,
    /// Amirabdollahian said"), nor a name that speaks or goes on to its verb ("Accusing Chad of
    /// arming the rebels, Omar al-Bashir closed the border").
    private func introducesOrganization(descriptorAt k: Int, name: Range<Int>, sentence: Range<Int>) -> Bool {
        guard k > sentence.lowerBound, !tokens[k].isCapitalized else { return false }
        if name.upperBound < sentence.upperBound, case let next = tokens[name.upperBound],
            lexicon.isWord(next, in: .speechVerb)
                || next.kind == .word && !next.isCapitalized && (next.lowercased.hasSuffix("ed") || lexicon.isWord(next, in: .auxiliary))
        {
            return false
        }
        var j = k - 1
        while j >= sentence.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized, !lexicon.isWord(tokens[j], in: .determiner) { j -= 1 }
        guard j >= sentence.lowerBound, lexicon.isWord(tokens[j], in: .determiner) else { return false }
        return j == sentence.lowerBound || !lexicon.isWord(tokens[j - 1], in: .preposition)
    }

    /// Whether a name no title vouches for is a place's: after a preposition of place ("near",
    /// "in"; not "at" or "from", which point at people too: "lashed out at", "a call from"),
    /// after "the town of", or before ", a town ...".
    private func isPlace(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard !tokens[run.upperBound - 1].isPossessive else { return false }
        let before = run.lowerBound - 1
        if before >= sentence.lowerBound {
            let preposition = tokens[before].lowercased
            if preposition != "at", preposition != "from", lexicon.isWord(tokens[before], in: .locativePreposition) { return true }
            if preposition == "of", before > sentence.lowerBound, lexicon.isWord(tokens[before - 1], in: .placeNoun) { return true }
        }
        // "Tin Zaouatine, a town close to the border": the description names a place, not a
        // person's post ("a city councillor").
        var k = run.upperBound
        guard k + 2 < sentence.upperBound, tokens[k].is(","), ["a", "an", "the"].contains(tokens[k + 1].lowercased) else { return false }
        k += 2
        while k < min(sentence.upperBound - 1, run.upperBound + 6), tokens[k].kind == .word, !tokens[k].isCapitalized {
            if lexicon.isWord(tokens[k], in: .placeNoun) {
                let next = tokens[k + 1]
                return next.kind == .punctuation || lexicon.isWord(next, in: .preposition) || Self.placeDirections.contains(next.lowercased)
            }
            k += 1
        }
        return false
    }

    /// "the Euphrates Shield operation", "the Ain Al Asad airbase": an untitled name nobody in the
    /// who's-who bears, before a noun of an undertaking or a place. Only this mention is dropped:
    /// "the Witkoff plan" leaves Steve Witkoff a person elsewhere.
    private func qualifiesUndertaking(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard run.upperBound < sentence.upperBound, !tokens[run.upperBound - 1].isPossessive else { return false }
        var next = tokens[run.upperBound]
        // "the Blue Nile, Kassala and Darfur regions": each name of a list before a plural
        // noun of places qualifies it.
        if next.is(",") || next.lowercased == "and" {
            var k = run.upperBound
            while k < min(sentence.upperBound, run.upperBound + 10), tokens[k].is(",") || tokens[k].lowercased == "and" || tokens[k].isCapitalized {
                k += 1
            }
            guard k < sentence.upperBound, Self.pluralPlaceNouns.contains(tokens[k].text), tokens[k - 1].isCapitalized else { return false }
            next = tokens[k]
        }
        guard next.kind == .word, !next.isCapitalized,
            Self.undertakingNouns.contains(next.text) || lexicon.isWord(next, in: .placeNoun) || Self.pluralPlaceNouns.contains(next.text)
                || Self.dwellingNouns.contains(next.text) || next.text == "state",
            run.lowerBound == sentence.lowerBound || titleAt[run.lowerBound - 1] == nil,
            !lexicon.whosWho.isSurname(tokens[run.upperBound - 1].text)
        else { return false }
        return true
    }

    /// Nouns of the places a leader lives or works in, after a name that is theirs: "his Kafr
    /// Halwa compound", "the Bellevue residence". (Not place nouns: "the residence of the
    /// envoy" names no place after "of".)
    private static let dwellingNouns: WordSet = [
        "compound", "residence", "estate", "palace", "mansion", "villa", "ranch", "farm", "headquarters", "bunker",
    ]

    /// Plural nouns of a country's parts ("the Blue Nile and Kassala states"); a name before
    /// "state" is one too ("the Blue Nile state").
    private static let pluralPlaceNouns: WordSet = [
        "regions", "provinces", "states", "districts", "counties", "governorates", "prefectures", "oblasts",
    ]

    /// Words after a place noun that place it: "a town close to", "a port north of".
    private static let placeDirections: WordSet = [
        "close", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "where", "that", "which",
    ]

    /// Whether the acronym at `k` is given in parentheses for a name ending in a word of places
    /// and things ("Dam", "Corridor", "Treaty").
    private func namesThing(acronymAt k: Int, sentence: Range<Int>) -> Bool {
        guard k - 2 >= sentence.lowerBound, tokens[k - 1].is("("), tokens[k - 2].kind == .word, tokens[k - 2].isCapitalized else { return false }
        let last = tokens[k - 2]
        return lexicon.isWord(last, in: .notName) && !lexicon.isWord(last, in: .organizationHead) && !lexicon.isWord(last, in: .functionWord)
            && !lexicon.isWord(last, in: .month) && !Self.statehoodWords.contains(last.text)
    }

    /// Words that end the names of states and governments, which act: "Kurdistan Regional
    /// Government (KRG)".
    private static let statehoodWords: WordSet = ["Government", "State", "States", "Republic", "Kingdom", "Administration"]

    /// Whether a word of a name run without a title is not a name: a common word ("Attack",
    /// "Release"), or, in a headline, a capitalized word the body uses in no name.
    ///
    /// - Parameter vouched: whether, in a headline, a word the body does not name stays: the
    ///   run follows a title or has the shape of a name ("Antony J. Blinken").
    private func isRejectedNameWord(_ k: Int, vouched: Bool) -> Bool {
        guard tokens[k].kind == .word else { return false }
        if lexicon.isWord(tokens[k], in: .commonWord) { return true }
        guard let knownNames, !vouched, tokens[k].isCapitalized else { return false }
        return !knownNames.contains(tokens[k])
    }

    /// Adds the pieces of a name run between its rejected words, each a name of its own; a
    /// single word only tentatively, as a surname that must find its person. Only the piece
    /// that starts the run is vouched for by what vouched for the run.
    private mutating func addNamePieces(of run: Range<Int>, sentence: Sentence, vouched: Bool) {
        var k = run.lowerBound
        while k < run.upperBound {
            var vouched = vouched && k == run.lowerBound
            while k < run.upperBound, !(isNameWord(tokens[k]) && tokens[k].isCapitalized) || isRejectedNameWord(k, vouched: vouched) {
                k += 1
                vouched = false
            }
            var j = k
            while j < run.upperBound, !isRejectedNameWord(j, vouched: vouched) { j += 1 }
            // A piece ends in a name word, not in a particle or the period of an initial.
            var last = j
            while last > k, !(isNameWord(tokens[last - 1]) && tokens[last - 1].isCapitalized) { last -= 1 }
            if last > k {
                let piece = k..<last
                let written = surface(piece)
                var mention = Mention(range: piece, sentence: sentence.index, type: .person, form: .person, name: written, surface: written)
                mention.isPossessive = tokens[last - 1].isPossessive
                let hasTitle = attachRole(to: &mention, sentence: sentence)
                mention.isTentative = piece.count == 1 && !hasTitle
                add(mention)
            }
            k = j
        }
    }

    /// Adds an organization found by its shape rather than by the lexicon: in a headline only
    /// one the body names too, since there every word is capitalized.
    private mutating func addFoundOrganization(range: Range<Int>, sentence: Int) {
        if let knownNames, !knownNames.containsOrganization(surface(range)) { return }
        addOrganization(range: range, sentence: sentence)
    }

    private func isAllCapsLine(_ index: Int) -> Bool {
        var k = index
        while k > 0, !tokens[k].startsLine { k -= 1 }
        var words = 0
        var caps = 0
        while k < tokens.count, k == index || !tokens[k].startsLine {
            if tokens[k].kind == .word {
                words += 1
                if tokens[k].isAllCaps { caps += 1 }
            }
            k += 1
        }
        return words >= 2 && caps * 2 > words
    }

    // MARK: - Roles

    /// Reads the title, organization and country around a person's name into the mention.
    ///
    /// - Returns: whether a title or honorific stands with the name.
    private mutating func attachRole(to mention: inout Mention, sentence: Sentence) -> Bool {
        let lower = sentence.range.lowerBound
        var k = mention.range.lowerBound - 1
        if k - 2 >= lower, titleAbbreviations.contains(k) { k -= 3 }
        var hasTitle = false
        while k >= lower, let span = titleAt[k].map({ titles[$0] }), span.kind == .honorific, tokens[span.range.lowerBound].isCapitalized {
            hasTitle = true
            k = span.range.lowerBound - 1
        }
        // "the top NATO military spokesman, Brig. Gen. Karl Weber": an abbreviated rank right
        // after an office set off by a comma is a form of address; the office is the role.
        if k - 2 >= lower, let s = titleAt[k], titles[s].kind != .honorific, case let rank = titles[s].range,
            rank.contains(where: { tokens[$0].is(".") }), rank.lowerBound - 2 >= lower, tokens[rank.lowerBound - 1].is(","),
            titleAt[rank.lowerBound - 2] != nil
        {
            hasTitle = true
            k = rank.lowerBound - 1
        }
        // "The UN special envoy for Yemen, Martin Griffiths," and "whose envoy to the UN, Nikki Haley,"
        var appositive = false
        // "the US special envoy for Sudan Thomas Reed", "the foreign minister of Chile, Ana
        // Soto": the place an office is for or of says whom its holder serves only when
        // nothing before the title does.
        var placeOfOffice: Int?
        let comma = k
        // "the Yugoslav President, Mr Slobodan Milosevic,": an honorific may stand before the name;
        // "the Thai Foreign Minister (Mr Somchai Wongsa)": the name in brackets.
        let isBracketed = k >= lower && tokens[k].is("(") && mention.range.upperBound < sentence.range.upperBound
            && tokens[mention.range.upperBound].is(")")
        if k >= lower, tokens[k].is(",") && !closesFrontedPhrase(comma: k, lower: lower) || isBracketed {
            var j = k - 1
            // The place of an office ("envoy for Yemen"), unless no office stands before it:
            // "pledged support for Syria, John Smith said".
            var apposedPlace: (mention: Int, wasArgument: Bool, preposition: Int)?
            if let m = mentionEnding(at: j), let p = prepositionBefore(mentions[m].range.lowerBound),
                ["for", "to", "of", "in"].contains(tokens[p].lowercased)
            {
                apposedPlace = (m, mentions[m].isArgument, p)
                mentions[m].isArgument = false
                j = p - 1
            }
            if j >= lower, titleAt[j] == nil, let title = titleBeforeOffice(endingAt: k - 1, lower: lower) {
                affiliateOffice(&mention, in: (title + 1)..<k)
                j = title
            }
            if j >= lower, titleAt[j] != nil {
                k = j
                appositive = true
                if let apposedPlace, mentions[apposedPlace.mention].type == .country,
                    ["for", "of"].contains(tokens[apposedPlace.preposition].lowercased)
                {
                    placeOfOffice = apposedPlace.mention
                }
            } else if let apposedPlace {
                mentions[apposedPlace.mention].isArgument = apposedPlace.wasArgument
            }
        }
        // "Press Secretary Brig. Gen. Pat Ryder": a rank between a role and the name is a form of
        // address there; the office before it is the role.
        if !hasTitle, !appositive, let rank = abbreviatedRank(endingAt: k, lower: lower) { k = rank - 1 }
        // "Ambassador to the United States Cui Tiankai": the country after "to" is where the
        // person serves, part of the role; whom they serve is said before the title ("Chinese").
        var roleEnd = k + 1
        // ("the French envoy to Chad and Niger Jean Moreau": all the places of a list.)
        if !hasTitle, !appositive, k > lower, let m = mentionEnding(at: k), mentions[m].type != .person,
            mentions[m].form == .name, case let places = placeList(endingWith: m, lower: lower),
            let p = prepositionBefore(mentions[places.lowerBound].range.lowerBound), p > lower,
            tokens[p].lowercased == "to", let title = titleAt[p - 1], titles[title].kind != .honorific
        {
            for place in places { mentions[place].isArgument = false }
            k = p - 1
        }
        // "Foreign Minister of Ukraine Dmytro Kuleba": the country of the title stands between it and the name.
        else if !hasTitle, !appositive, k > lower, let m = mentionEnding(at: k), mentions[m].type != .person,
            mentions[m].form == .name, let p = prepositionBefore(mentions[m].range.lowerBound), p > lower,
            tokens[p].lowercased == "of" || tokens[p].lowercased == "for", titleAt[p - 1] != nil
        {
            if tokens[p].lowercased == "for" { placeOfOffice = m } else { affiliate(&mention, with: m) }
            k = p - 1
            // "Officer in Charge of the Department of National Defense": a government department
            // is the office itself, part of the role; a country or organization is whom they serve.
            if !isDepartment(mentions[m]) { roleEnd = k + 1 }
        }
        var roleStart = roleEnd
        var kind: Lexicon.TitleKind?
        while k >= lower {
            if let span = titleAt[k].map({ titles[$0] }), span.kind != .honorific {
                kind = kind ?? span.kind
                roleStart = span.range.lowerBound
                k = span.range.lowerBound - 1
                // "Assistant to the President for Homeland Security", "special envoy of the
                // president": a post on a leader's staff.
                if k - 2 >= lower, tokens[k].lowercased == "the", tokens[k - 1].lowercased == "to" || tokens[k - 1].lowercased == "of",
                    let staff = titleAt[k - 2].map({ titles[$0] }), staff.kind == .official
                {
                    kind = .official
                    roleStart = staff.range.lowerBound
                    k = staff.range.lowerBound - 1
                }
            } else if kind != nil || titleAt[k + 1] != nil, tokens[k].kind == .word,
                lexicon.isWord(tokens[k], in: .roleModifier) || roleStart == k + 1 && isFieldOfOffice(k, lower: lower), !tokens[k].isPossessive
            {
                roleStart = k
                k -= 1
            } else {
                break
            }
        }
        var isPlural = false
        if kind != nil {
            hasTitle = true
            (roleStart, k) = extendRole(from: roleStart, lower: lower)
            mention.role = Self.spellingOutAbbreviations(surface(roleStart..<roleEnd))
            // "Russian and Turkish presidents Vladimir Putin and Recep Tayyip Erdogan": each name
            // holds the title in the singular.
            if let last = (roleStart..<roleEnd).last(where: { tokens[$0].kind == .word }), let singular = singularTitle(at: last),
                let role = mention.role, role.hasSuffix(tokens[last].text)
            {
                mention.role = String(role.dropLast(tokens[last].text.count)) + singular
                mention.hasSharedTitle = true
                isPlural = true
            }
            mention.roleKind = kind
            mention.roleRange = roleStart..<(appositive ? comma : mention.range.lowerBound)
            // Leading modifiers that belong to no title ("top" in "top said") were kept only
            // when a title follows them, so the phrase always ends in a title.
        } else if appositive {
            k = mention.range.lowerBound - 1
        }
        // "Mali's UN-backed president", "the Kremlin-backed leader": who backs or leads the office
        // holder is not whom they serve; look past the compound.
        if k >= lower, tokens[k].isHyphenated, let m = mentionEnding(at: k),
            let suffix = tokens[k].text.split(separator: "-").last, Self.qualifyingSuffixes.contains(suffix)
        {
            k = mentions[m].range.lowerBound - 1
        }
        // What stands before the role: "Russian", "Kremlin", "Palestinian Authority", "Lebanon's".
        // Countries joined before a plural title are shared out among the names, not all the first's.
        if k >= lower, let m = mentionEnding(at: k), mentions[m].type != .person,
            // "head of the government's Office for Kosovo Petar Petkovic": a country an office is
            // for is not the country its holder serves ("handed to Russian Ambassador X" has no office
            // before "to"); a demonym before the title is ("an adviser to Georgian Prime Minister X").
            mentions[m].form == .demonym && kind != nil || !(prepositionBefore(mentions[m].range.lowerBound).map { p in
                (tokens[p].lowercased == "for" || tokens[p].lowercased == "to") && p > lower && (tokens[p - 1].isCapitalized || titleAt[p - 1] != nil)
            } ?? false),
            !(isPlural && mentions[m].range.lowerBound > lower
                && (tokens[mentions[m].range.lowerBound - 1].lowercased == "and" || tokens[mentions[m].range.lowerBound - 1].is(",")))
        {
            // "Syria's Assad": a possessive country right before a name marks a person.
            if mentions[m].isPossessive, mentions[m].type == .country, k == mention.range.lowerBound - 1 { hasTitle = true }
            affiliate(&mention, with: m)
        } else if kind != nil, !appositive, k > lower, tokens[k].lowercased == "and", let partner = mentionEnding(at: k - 1),
            mentions[partner].type == .person, let roleStart = mentions[partner].roleRange?.lowerBound,
            let served = mentions[partner].affiliatedMention, mentions[served].type == .country, mentions[served].range.upperBound <= roleStart
        {
            // "Greek Defence Minister Arsenis and Foreign Minister Pangalos": one country's ministers
            // (but "Indian President A and Prime Minister B", in Dhaka, may be guest and host).
            if mention.affiliationCountry == nil {
                mention.affiliationCountry = mentions[served].name
                mention.isCountryShared = true
            }
        } else if k >= lower + 1, tokens[k].lowercased == "whose", tokens[k - 1].is(","),
            let m = mentionEnding(at: k - 2), mentions[m].type != .person
        {
            affiliate(&mention, with: m, keepArgument: true)
        }
        if let m = placeOfOffice {
            if mention.affiliationCountry == nil, mention.affiliationOrganization == nil {
                affiliate(&mention, with: m)
            } else {
                mentions[m].isArgument = false
            }
        }
        // After the name: "of Jordan", "of the Democratic Republic of Congo".
        var after = mention.range.upperBound
        if after < sentence.range.upperBound, tokens[after].lowercased == "of" {
            after += 1
            if after < sentence.range.upperBound, tokens[after].lowercased == "the" { after += 1 }
            if let match = lexicon.entities.longestMatch(in: tokens, at: after, end: sentence.range.upperBound, respectCase: true),
                match.phrase.value.type == .country
            {
                mention.affiliationCountry = match.phrase.value.canonical
                hasTitle = hasTitle || mention.role != nil
            }
        } else if after + 2 < sentence.range.upperBound, tokens[after].is("("),
            let match = lexicon.entities.longestMatch(in: tokens, at: after + 1, end: sentence.range.upperBound, respectCase: true),
            match.phrase.value.type == .country, after + 1 + match.length < sentence.range.upperBound, tokens[after + 1 + match.length].is(")")
        {
            // "met Naledi Pandor (South Africa) and Wopke Hoekstra (Netherlands)": the country each serves.
            mention.affiliationCountry = match.phrase.value.canonical
        }
        // "met Peru's leadership, including President A and Prime Minister B": the country whose
        // leaders the list names is each one's.
        if mention.role != nil, mention.affiliationCountry == nil, mention.affiliationOrganization == nil,
            let country = countryOfIncludedLeaders(before: mention.roleRange?.lowerBound ?? mention.range.lowerBound, lower: lower)
        {
            affiliate(&mention, with: country, keepArgument: true)
        }
        // "Capt. Rosa Pasos, an army spokeswoman,": the office the apposition names says more
        // than the rank.
        if mention.role == nil || mention.role.map(Self.isRank) == true { readAppositiveRole(into: &mention, sentence: sentence) }
        if mention.role == nil, readListRole(into: &mention, sentence: sentence) { hasTitle = true }
        // "The RSF, led by Mohamed Hamdan Dagalo": the leader of the organization before.
        let start = mention.range.lowerBound
        if mention.role == nil, start - 3 >= lower, (tokens[start - 2].lowercased == "led" || tokens[start - 2].lowercased == "headed"),
            tokens[start - 1].lowercased == "by", tokens[start - 3].is(","), let m = mentionEnding(at: start - 4),
            mentions[m].type == .organization
        {
            mention.role = "leader"
            mention.roleKind = .official
            mention.affiliationOrganization = mentions[m].name
            mention.affiliationCountry = mentions[m].organizationCountry
            hasTitle = true
        }
        return hasTitle
    }

    /// The country of "Peru's leadership, including" or "the Peruvian officials, including" when
    /// the list of office holders that goes on to `start` follows it.
    private func countryOfIncludedLeaders(before start: Int, lower: Int) -> Int? {
        var k = start - 1
        // Back past the names the list gave before: "President A, Prime Minister B and".
        while k > lower, tokens[k].is(",") || tokens[k].lowercased == "and", let m = mentionEnding(at: k - 1), mentions[m].type == .person {
            // (A role set off after the name, "A, the envoy,", ends no list this reads.)
            k = min(mentions[m].roleRange?.lowerBound ?? k, mentions[m].range.lowerBound) - 1
        }
        guard k > lower, tokens[k].lowercased == "including" else { return nil }
        k -= 1
        if tokens[k].is(","), k > lower { k -= 1 }
        guard Self.nounsOfACountrysLeaders.contains(tokens[k]) else { return nil }
        k -= 1
        // "Peru's civilian leadership", "Peru's top military officials".
        var adjectives = 0
        while k > lower, adjectives < 2, tokens[k].kind == .word, !tokens[k].isCapitalized, mentionEnding(at: k) == nil {
            k -= 1
            adjectives += 1
        }
        guard let m = mentionEnding(at: k), mentions[m].type == .country, mentions[m].isPossessive || mentions[m].form == .demonym else {
            return nil
        }
        return m
    }

    private static let nounsOfACountrysLeaders: WordSet = [
        "leadership", "leaders", "officials", "government", "cabinet", "delegation", "team", "ministers", "authorities",
        "counterparts", "hierarchy",
    ]

    /// The last token of a title followed by the longer office it holds, ending at `end`:
    /// "spokesman for the rebel Sudan Liberation Movement", "head of Pakistan's Interior Ministry".
    /// Only within the clause and a dozen words back, so that a title of an earlier clause is not taken.
    private func titleBeforeOffice(endingAt end: Int, lower: Int) -> Int? {
        var p = end
        while p > lower, end - p < 14, !tokens[p].is(","), tokens[p].kind == .word || tokens[p].isPossessive {
            // "Secretary of State Antony Blinken, William Ruto ...": a person named before the
            // comma is no office.
            if let m = mentionEnding(at: p), mentions[m].type == .person { return nil }
            if ["for", "of"].contains(tokens[p].lowercased), let t = titleAt[p - 1], titles[t].kind != .honorific {
                return p - 1
            }
            p -= 1
        }
        return nil
    }

    /// Takes the countries and organizations of a title's office as the person's, not as actors.
    private mutating func affiliateOffice(_ mention: inout Mention, in range: Range<Int>) {
        for k in range {
            if let m = mentionEnding(at: k), mentions[m].type != .person { affiliate(&mention, with: m) }
        }
    }

    private static let departmentHeads: WordSet = ["department", "ministry"]

    /// Whether a capitalized run is an office "of" departments: "Department of National Defense".
    private func isDepartmentRun(_ run: Range<Int>) -> Bool {
        run.count >= 3 && Self.departmentHeads.contains(tokens[run.lowerBound])
            && tokens[run.lowerBound + 1].lowercased == "of" && lexicon.isWord(tokens[run.upperBound - 1], in: .department)
    }

    /// Whether an organization's name starts with a department word: "Department of National
    /// Defense", "Ministry of Foreign Affairs", offices of a government rather than bodies.
    private func isDepartment(_ mention: Mention) -> Bool {
        guard mention.type == .organization, mention.range.count >= 3 else { return false }
        let first = tokens[mention.range.lowerBound]
        return Self.departmentHeads.contains(first.lowercased)
            && tokens[mention.range.lowerBound + 1].lowercased == "of"
    }

    /// Where an abbreviated military rank ending at `k` starts ("Brig. Gen.", "Maj. Gen."), when
    /// another office stands right before it; `nil` otherwise, so that a rank alone stays the role.
    private func abbreviatedRank(endingAt k: Int, lower: Int) -> Int? {
        guard k >= lower, let s = titleAt[k] else { return nil }
        let rank = titles[s].range
        guard rank.contains(where: { tokens[$0].is(".") || lexicon.isWord(tokens[$0], in: .abbreviation) }), rank.lowerBound - 1 >= lower,
            let before = titleAt[rank.lowerBound - 1], before != s, titles[before].kind != .honorific
        else { return nil }
        return rank.lowerBound
    }

    /// What stands before a role phrase starting at `roleStart` and belongs with it, and the
    /// token before it all: the seat or department word a capitalized title is of ("Pentagon Press
    /// Secretary", "Reintegration Minister") joins the role; the government words between a
    /// demonym and a title ("Rwandan government spokesperson", "Afghan interior ministry
    /// spokesman") are skipped, so that the demonym still gives the country.
    private func extendRole(from roleStart: Int, lower: Int) -> (roleStart: Int, before: Int) {
        var start = roleStart
        var k = roleStart - 1
        let capitalized = tokens[roleStart].isCapitalized
        // In a headline every word is capitalized, so nothing there tells a seat from a title.
        if capitalized, knownNames == nil {
            // A department word may have been taken for a lone surname ("Reintegration").
            while k >= lower, mentionEnding(at: k).map({ mentions[$0].isTentative }) ?? true, tokens[k].kind == .word,
                tokens[k].isCapitalized, lexicon.isWord(tokens[k], in: .department)
            {
                start = k
                k -= 1
            }
            // Only a seat ("Pentagon", "White House"): an organization before a title is whom the
            // person serves ("Commission President"), said by the affiliation instead.
            if k >= lower, let m = mentionEnding(at: k), !mentions[m].isPossessive, mentions[m].form == .seat,
                !tokens[mentions[m].range.lowerBound].isAllCaps
            {
                return (mentions[m].range.lowerBound, k)
            }
        }
        var skip = k
        while skip >= lower, roleStart - skip <= 4, mentionEnding(at: skip) == nil, tokens[skip].kind == .word,
            lexicon.isWord(tokens[skip], in: .agentNoun) || lexicon.isWord(tokens[skip], in: .department)
                || lexicon.isWord(tokens[skip], in: .organizationHead)
        {
            skip -= 1
        }
        if skip < k, skip >= lower, let m = mentionEnding(at: skip), mentions[m].type == .country { k = skip }
        return (start, k)
    }

    /// "After talks with the president of Nicaragua, Bush left": the first comma of a sentence
    /// that opens with a phrase of time closes that phrase; the office before it is another's.
    private func closesFrontedPhrase(comma: Int, lower: Int) -> Bool {
        guard comma > lower, Self.frontingWords.contains(tokens[lower]) else { return false }
        return !(lower..<comma).contains { tokens[$0].is(",") }
    }

    private static let frontingWords: WordSet = ["after", "before", "following", "during", "while", "when", "since", "upon", "despite"]

    /// "Ali Bagheri, Iran's top negotiator," gives a role and a country after the name.
    private mutating func readAppositiveRole(into mention: inout Mention, sentence: Sentence) {
        let end = sentence.range.upperBound
        var k = mention.range.upperBound
        guard k < end, tokens[k].is(",") else { return }
        k += 1
        if k < end, ["the", "a", "an"].contains(tokens[k].lowercased) { k += 1 }
        var affiliation: Int?
        var isCountryBefore = false
        if k < end, let match = lexicon.entities.longestMatch(in: tokens, at: k, end: end, respectCase: true) {
            affiliation = match.phrase.value.type == .person ? nil : k
            isCountryBefore = match.phrase.value.type == .country
            k += match.length
        }
        // "Nguyen Van Linh, the Vietnamese Communist Party chief,": the organization's own name,
        // up to a word that ends one, stands between the country and the office.
        var name = k
        while name < end, name < k + 4, tokens[name].kind == .word, tokens[name].isCapitalized, !tokens[name].isPossessive,
            !lexicon.isWord(tokens[name], in: .organizationHead)
        {
            name += 1
        }
        var organizationName: Int?
        if name < end, name + 1 < end, tokens[name].isCapitalized, lexicon.isWord(tokens[name], in: .organizationHead), !tokens[name].isPossessive,
            lexicon.titles.longestMatch(in: tokens, at: name + 1, end: end, respectCase: false) != nil
        {
            organizationName = k
            k = name + 1
        }
        // "Samuel Berger, President Clinton's national security adviser,": the person whose
        // adviser he is, not a role of his ("an Iraqi President X's spokesman" too: the
        // demonym is the country both serve).
        if affiliation == nil || isCountryBefore, k < end {
            var j = k
            if let title = lexicon.titles.longestMatch(in: tokens, at: j, end: end, respectCase: true), !tokens[j + title.length - 1].isPossessive {
                j += title.length
            }
            var n = j
            while n < end, n < j + 3, tokens[n].kind == .word, tokens[n].isCapitalized, !tokens[n].isPossessive { n += 1 }
            if n < end, tokens[n].kind == .word, tokens[n].isCapitalized, tokens[n].isPossessive {
                mention.servedPersonEnd = n + 1
                k = n + 1
            }
        }
        // "the Secretary-General's Special Representative": the office whose it is, no role.
        if k < end, let owner = lexicon.titles.longestMatch(in: tokens, at: k, end: end, respectCase: false),
            tokens[k + owner.length - 1].isPossessive
        {
            k += owner.length
        }
        var roleStart = k
        // "Pakistan's interior ministry chief": government words may stand inside the role.
        while k < end, tokens[k].kind == .word,
            lexicon.isWord(tokens[k], in: .roleModifier) || lexicon.isWord(tokens[k], in: .department)
                || lexicon.isWord(tokens[k], in: .agentNoun)
        {
            k += 1
            // "the navy's chief of staff": the body whose office it is, not part of its title.
            if tokens[k - 1].isPossessive { roleStart = k }
        }
        // "interior ministry chief": a modifier that is a title itself ends the role.
        if k > roleStart, k == end || lexicon.titles.longestMatch(in: tokens, at: k, end: end, respectCase: false) == nil,
            lexicon.titles.longestMatch(in: tokens, at: k - 1, end: k, respectCase: false) != nil
        {
            k -= 1
        }
        guard k < end, let title = lexicon.titles.longestMatch(in: tokens, at: k, end: end, respectCase: false),
            title.phrase.value != .honorific
        else { return }
        // "the navy's head of logistics", "chief of security,": the field of a head's office,
        // one or two lowercase words closing the apposition.
        var roleEnd = k + title.length
        if roleEnd + 2 < end, tokens[roleEnd].lowercased == "of",
            let close = (roleEnd + 2...min(end - 1, roleEnd + 3)).first(where: { tokens[$0].kind == .punctuation }),
            (roleEnd + 1..<close).allSatisfy(isLowercaseNoun)
        {
            roleEnd = close
        }
        mention.role = surface((organizationName ?? roleStart)..<roleEnd)
        mention.roleKind = title.phrase.value
        mention.roleRange = (mention.range.upperBound + 1)..<roleEnd
        // "the commander of the Venezuelan armed forces", "spokesman for the China Coast Guard".
        if affiliation == nil { affiliation = affiliationNamed(after: k + title.length, end: end) }
        if let affiliation, let entry = lexicon.entities.longestMatch(in: tokens, at: affiliation, end: end, respectCase: true)?.phrase.value {
            pendingAffiliations.append(affiliation)
            if entry.type == .country, mention.affiliationCountry == nil {
                mention.affiliationCountry = entry.canonical
            } else if entry.type == .organization, mention.affiliationOrganization == nil {
                mention.affiliationOrganization = entry.canonical
                mention.affiliationCountry = mention.affiliationCountry ?? entry.country
            }
        }
    }

    /// A lowercase word that is no function word or determiner: "operations", "security".
    private func isLowercaseNoun(_ k: Int) -> Bool {
        tokens[k].kind == .word && !tokens[k].isCapitalized && !lexicon.isWord(tokens[k], in: .functionWord)
            && !lexicon.isWord(tokens[k], in: .determiner)
    }

    /// Where a country or an organization is named in the "of" or "for" phrase at `k` that ends
    /// an office: "of the Chinese Foreign Ministry's Asian affairs department", "of the ECOWAS
    /// Commission".
    private func affiliationNamed(after k: Int, end: Int) -> Int? {
        guard k < end, tokens[k].lowercased == "of" || tokens[k].lowercased == "for" else { return nil }
        for j in (k + 1)..<min(end, k + 7) {
            if tokens[j].kind == .punctuation { return nil }
            if let match = lexicon.entities.longestMatch(in: tokens, at: j, end: end, respectCase: true) {
                let entry = match.phrase.value
                return entry.type == .person ? nil : j
            }
        }
        return nil
    }

    /// "UN peacekeeping chief", "EU trade commissioner": the one lowercase word of a field
    /// between a title and the organization it serves.
    private func isFieldOfOffice(_ k: Int, lower: Int) -> Bool {
        // Not a verb: "Kabul calls Foreign Minister Bilawal", "Iran named envoy X".
        let word = tokens[k].lowercased
        guard k > lower, tokens[k].kind == .word, !tokens[k].isCapitalized, !word.hasSuffix("ed"), !word.hasSuffix("s") || word.hasSuffix("ss"),
            !Self.verbsBeforeAnOffice.contains(word),
            let m = mentionEnding(at: k - 1), mentions[m].type == .organization, !mentions[m].isPossessive
        else { return false }
        let grammar: [WordClass] = [.functionWord, .determiner, .preposition, .auxiliary, .speechVerb, .travelVerb, .negation, .subordinator]
        return !grammar.contains { lexicon.isWord(tokens[k], in: $0) }
    }

    /// Verbs, in the past or the present, that may stand between an actor and the title of the
    /// one acted on: "Iran sent negotiator Ali Bagheri", "the AU and the UN send envoy X".
    private static let verbsBeforeAnOffice: WordSet = [
        "sent", "met", "told", "said", "held", "led", "gave", "took", "made", "won", "saw", "hit", "struck", "left", "fired", "sacked",
        "meet", "call", "thank", "urge", "host", "appoint", "name", "send", "tell",
    ]

    /// The singular of the plural title word at `k`, capitalized as it is: "Ministers" gives
    /// "Minister".
    private func singularTitle(at k: Int) -> String? {
        guard let singular = Self.singularTitles[tokens[k].lowercased] else { return nil }
        return tokens[k].isCapitalized ? singular.prefix(1).uppercased() + singular.dropFirst() : singular
    }

    /// Plural titles and the singular each of the names after them holds.
    private static let singularTitles: [String: String] = [
        "presidents": "president", "ministers": "minister", "premiers": "premier", "chancellors": "chancellor", "leaders": "leader",
        "secretaries": "secretary", "ambassadors": "ambassador", "envoys": "envoy", "kings": "king", "counterparts": "counterpart",
        "senators": "senator", "governors": "governor", "representatives": "representative", "congressmen": "congressman",
        "generals": "general", "colonels": "colonel", "admirals": "admiral", "co-chairs": "co-chair", "co-chairmen": "co-chairman",
        "chairs": "chair", "chairmen": "chairman", "mediators": "mediator", "spokesmen": "spokesman", "advisers": "adviser",
    ]

    /// Plural nouns of people that introduce a list of names, each of whom holds the singular.
    private static let listNouns: WordSet = [
        "officials", "diplomats", "envoys", "negotiators", "lawmakers", "prosecutors", "officers", "commanders",
        "ministers",
    ]

    /// Numbers that may stand between a country and a plural noun: "three Nicaraguan officials".
    private static let numberWords: WordSet = ["two", "three", "four", "five", "six", "several", "some"]

    /// "three Nicaraguan officials – A, B and C", "officials A and B": each name of the list is
    /// one of them ("official"), of the country before the noun.
    /// - Returns: whether the mention is such a list's.
    private mutating func readListRole(into mention: inout Mention, sentence: Sentence) -> Bool {
        let lower = sentence.range.lowerBound
        var k = mention.range.lowerBound - 1
        // Back over the names before this one; the list must start right after the noun or a dash,
        // so that "U.S. officials and Putin" does not make Putin an official.
        var startsWithName = true
        while k >= lower {
            if tokens[k].is(",") || tokens[k].lowercased == "and" {
                startsWithName = false
                k -= 1
            } else if tokens[k].is(")"), let open = (max(lower, k - 5)..<k).last(where: { tokens[$0].is("(") }), open > lower,
                mentionEnding(at: open - 1).map({ mentions[$0].type == .person }) == true
            {
                // "Co-Chairs A (Russia), B (USA)": the country each serves, in brackets after the name.
                k = open - 1
            } else if let m = mentionEnding(at: k), mentions[m].type == .person, mentions[m].range.lowerBound <= k {
                startsWithName = true
                k = mentions[m].range.lowerBound - 1
            } else {
                break
            }
        }
        guard startsWithName, k >= lower else { return false }
        // "Prime Ministers Narendra Modi and Shinzo Abe", "presidents Clinton and Yeltsin": the
        // plural title before the list, in the singular.
        if let span = titleAt[k].map({ titles[$0] }), span.kind != .honorific, span.range.upperBound == k + 1, let singular = singularTitle(at: k) {
            var start = span.range.lowerBound
            while start > lower, let before = titleAt[start - 1].map({ titles[$0] }), before.kind != .honorific { start = before.range.lowerBound }
            mention.role = (start < k ? surface(start..<k) + " " : "") + singular
            mention.roleKind = span.kind
            mention.hasSharedTitle = true
            return true
        }
        if ["–", "—", ":"].contains(tokens[k].text) { k -= 1 }
        guard k >= lower, Self.listNouns.contains(tokens[k]) else { return false }
        mention.role = String(tokens[k].lowercased.dropLast())
        mention.roleKind = tokens[k].lowercased == "ministers" ? .leader : .official
        // "three Nicaraguan officials": a number may stand between the country and the noun.
        var j = k - 1
        if j >= lower, mentionEnding(at: j) == nil, Self.numberWords.contains(tokens[j]) { j -= 1 }
        if j >= lower, let m = mentionEnding(at: j), mentions[m].type != .person { affiliate(&mention, with: m, keepArgument: true) }
        return true
    }

    /// Mentions, found later in the scan, that only qualify a person's role.
    private var pendingAffiliations: [Int] = []

    private mutating func affiliate(_ mention: inout Mention, with m: Int, keepArgument: Bool = false) {
        let other = mentions[m]
        if !keepArgument, mentions[m].isArgument {
            mentions[m].isArgument = false
            mention.affiliatedMention = m
        }
        switch other.type {
        case .country:
            mention.affiliationCountry = mention.affiliationCountry ?? other.name
        case .organization:
            mention.affiliationOrganization = other.name
            mention.affiliationCountry = mention.affiliationCountry ?? other.organizationCountry
        case .person:
            break
        }
    }

    /// "the Justice and Equality Movement (JEM)": an acronym the text defines names what the
    /// text says, here and wherever the text writes it again, whatever the lexicon's
    /// organization of the same letters.
    private mutating func readAcronym(_ mention: inout Mention) {
        let start = mention.range.lowerBound
        if let defining = definedAcronyms[mention.surface] {
            adopt(&mention, mentions[defining])
        } else if mention.range.count == 1, start >= 2, tokens[start].isAllCaps, tokens[start - 1].is("("),
            mention.range.upperBound < tokens.count, tokens[mention.range.upperBound].is(")"),
            let long = mentionEnding(at: start - 2), mentions[long].type == .organization, mentions[long].range.count > 1,
            mentions[long].name != mention.name
        {
            definedAcronyms[mention.surface] = long
            adopt(&mention, mentions[long])
        }
    }

    private func adopt(_ mention: inout Mention, _ defining: Mention) {
        mention.name = defining.name
        mention.organizationKind = defining.organizationKind
        mention.organizationCountry = defining.organizationCountry
    }

    /// Acronyms the text defines, and the mention of the name each stands for.
    private var definedAcronyms: [String: Int] = [:]

    private func mentionEnding(at index: Int) -> Int? {
        guard index >= 0 else { return nil }
        return lastMentionEndingAt[index]
    }

    /// The mentions of the list of places or bodies that ends with mention `m` ("Pakistan and
    /// Afghanistan", "Chad, Mali and Niger"): `m` alone when no list ends there.
    private func placeList(endingWith m: Int, lower: Int) -> ClosedRange<Int> {
        var first = m
        while case let before = mentions[first].range.lowerBound - 1, before > lower,
            tokens[before].lowercased == "and" || tokens[before].is(","),
            let previous = mentionEnding(at: before - 1), previous == first - 1,
            mentions[previous].type != .person, mentions[previous].form == .name
        {
            first = previous
        }
        return first...m
    }

    private func prepositionBefore(_ index: Int) -> Int? {
        var k = index - 1
        if k >= 0, tokens[k].lowercased == "the" { k -= 1 }
        return k >= 0 ? k : nil
    }

    private mutating func add(_ mention: consuming Mention) {
        if mention.type == .organization { readAcronym(&mention) }
        if pendingAffiliations.contains(mention.range.lowerBound) {
            mention.isArgument = false
            pendingAffiliations.removeAll { $0 == mention.range.lowerBound }
        }
        lastMentionEndingAt[mention.range.upperBound - 1] = mentions.count
        mentions.append(mention)
    }

    /// The words of a mention as written; a possessive inside it keeps its apostrophe
    /// ("Kurdistan Workers' Party"), the one ending it does not ("Russia's" is "Russia").
    private func surface(_ range: Range<Int>) -> String {
        // Most names are one word: that word is the surface, with nothing to join.
        if range.count == 1 { return tokens[range.lowerBound].text }
        var surface = ""
        for k in range {
            // "(SPLA leader John) Garang": the editor's bracket is no part of the name.
            if tokens[k].is(")") || tokens[k].is("]") { continue }
            // "J." and "Jr.": a period joins the word before it.
            if k > range.lowerBound, !tokens[k].is("."), !tokens[k].is(",") { surface += " " }
            surface += tokens[k].text
            if tokens[k].isPossessive, k < range.upperBound - 1 { surface += tokens[k].text.hasSuffix("s") ? "'" : "'s" }
        }
        return surface
    }
}

/// The names the body of a document gives, by which a headline's capitalized words are read.
struct KnownNames {
    /// The keys (see ``PersonCluster/key(_:)``) of every word of every person's name.
    private var personWords: Set<String> = []
    private var organizations: Set<String> = []

    init(mentions: [Mention], tokens: [Token]) {
        for mention in mentions {
            switch mention.type {
            case .person:
                for k in mention.range where tokens[k].kind == .word { personWords.insert(PersonCluster.key(tokens[k].text)) }
            case .organization:
                organizations.insert(mention.surface)
            case .country:
                break
            }
        }
    }

    func contains(_ token: Token) -> Bool { personWords.contains(PersonCluster.key(token.text)) }

    func containsOrganization(_ surface: String) -> Bool { organizations.contains(surface) }
}
