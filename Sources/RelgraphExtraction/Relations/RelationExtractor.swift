import RelgraphModel

/// Reads who did what to whom from a document whose entities are resolved.
///
/// Each sentence is cut into clauses; each relation trigger from `relations.txt` finds its
/// subject (the clause's first actor, or the antecedent of a relative clause, or the subject
/// carried over from the clause before) and its object (by the trigger's pattern). Negated,
/// hypothetical and — for meetings — future clauses are skipped. Lists on either side give
/// one relation per pair.
///
/// Every lookup is indexed or bounded — by the sentence, or by a look-back of
/// ``lookBackSentences`` for pronouns and descriptions — so that work stays linear in the
/// length of the document, however many names it holds.
///
/// - Complexity: O(*n* · *w*) for *n* tokens, where *w* is a small look-ahead window.
struct RelationExtractor {
    /// How many sentences back "he", "the president" or "the group" may look for a referent.
    static let lookBackSentences = 50

    let lexicon: Lexicon
    let tokens: [Token]
    let sentences: [Sentence]
    let mentions: [Mention]
    let entities: [DocumentEntity]
    let titles: [TitleSpan]

    private var found: [Key: [Sentence]] = [:]
    private var recorded: Set<Evidence> = []
    private var order: [Key] = []
    /// Who the last sentences were about, for "he", "it" and "the president".
    private var lastPersonSubject: (sentence: Int, entity: Int)?
    private var lastActorSubject: Int?
    /// The country the story is told from (``Mention/opensStory(sentences:tokens:)``).
    private let storyCountry: Int?
    /// Every entity occurrence so far, in text order: (token, entity).
    private var history: [(position: Int, entity: Int)] = []
    /// The first person of the document to hold each role: "The President" of a readout.
    private var firstWithRole: [String: (position: Int, entity: Int)] = [:]
    /// The first person the document names, headline included: the "I" of remarks.
    private var firstNamedPerson: Int?
    /// The last subject made only of countries and organizations, and its sentence: the "we"
    /// of a joint statement.
    private var lastActingGroup: (sentence: Int, entities: [Int])?
    /// The two people of the last meeting read, for "the two leaders" after it.
    private var lastMeeting: (sentence: Int, people: [Int])?
    /// The last subject made of two or more people joined ("Mahama and Ouattara said"), for "the two
    /// presidents" after it.
    private var lastPeopleSubject: (sentence: Int, people: [Int])?
    /// The countries a joint statement speaks for: the first acting group of several that a
    /// "we" took up ("The United States, Japan, and the ROK condemn ... we confirm").
    private var statementParties: [Int]?
    /// Who was blamed last: "made a similar charge" repeats it.
    private var lastBlamed: [Int] = []
    /// Where each sentence's entries begin in `history`.
    private var historyStart: [Int] = []
    /// Indices into `mentions` of each sentence's mentions (mentions come in sentence order).
    private var mentionsOfSentence: [Range<Int>] = []
    /// Indices into `mentions` of the mentions covering each token.
    private let mentionsAt: TokenLists
    private var entityMentionStarts: TokenSet
    private var sentenceStarts: TokenSet
    /// For each entity, the document's country that its `country` names (by any of that
    /// country's names), nil when none: a person's country is read by position in the hot
    /// paths rather than looked up by name in a table of strings.
    private var servedCountry: [Int?]
    private var organizationNamed: [String: Int] = [:]
    private var titleAt: TokenMap<Int>
    private var mentionTokens: TokenSet
    /// Tokens of names that only qualify the name after them: "Iran's Revolutionary Guards",
    /// "the UN relief agency UNRWA", "Hamas political leader Ismail Haniyeh".
    private var qualifiers: TokenSet
    /// Where the role written right before a person's name begins, by the name's first token.
    private var roleStarts: TokenMap<Int>
    /// Commas that only set a name off from the role before it: "the President of the ECOWAS
    /// Commission, Omar Touray".
    private var appositiveRoleCommas: TokenSet
    /// Commas that close a clause opening the sentence: "While Macron phoned Scholz about
    /// tariffs that hurt Hungary, Macron and Biden talked". No list runs across them.
    private var frontedClauseCommas: TokenSet

    /// One relation between two entities; a symmetric relation is keyed with the lower index first.
    struct Key: Hashable {
        var source: Int
        var relation: RelationType
        var target: Int

        init(_ source: Int, _ relation: RelationType, _ target: Int) {
            let swapped = relation.isSymmetric && target < source
            self.source = swapped ? target : source
            self.relation = relation
            self.target = swapped ? source : target
        }
    }

    private struct Evidence: Hashable {
        var key: Key
        var sentence: Int
    }

    init(lexicon: Lexicon, tokens: [Token], sentences: [Sentence], mentions: [Mention], entities: [DocumentEntity], titles: [TitleSpan]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        self.titles = titles
        titleAt = TokenMap(tokenCount: tokens.count)
        servedCountry = Array(repeating: nil, count: entities.count)
        mentionTokens = TokenSet(tokenCount: tokens.count)
        entityMentionStarts = TokenSet(tokenCount: tokens.count)
        sentenceStarts = TokenSet(tokenCount: tokens.count)
        qualifiers = TokenSet(tokenCount: tokens.count)
        roleStarts = TokenMap(tokenCount: tokens.count)
        appositiveRoleCommas = TokenSet(tokenCount: tokens.count)
        frontedClauseCommas = TokenSet(tokenCount: tokens.count)
        storyCountry = mentions.first { $0.entity != nil && $0.opensStory(sentences: sentences, tokens: tokens) }?.entity
        for (i, span) in titles.enumerated() { for k in span.range { titleAt[k] = i } }
        var mentionTokenEntries: [(position: Int, item: Int)] = []
        for index in mentions.indices {
            let range = mentions[index].range
            for k in range { mentionTokenEntries.append((k, index)) }
            if mentions[index].entity != nil {
                mentionTokens.formUnion(range)
                entityMentionStarts.insert(range.lowerBound)
            }
        }
        mentionsAt = TokenLists(tokenCount: tokens.count, entries: mentionTokenEntries)
        mentionsOfSentence = Array(repeating: 0..<0, count: sentences.count)
        var first = 0
        for s in sentences.indices {
            var end = first
            while end < mentions.count, mentions[end].sentence <= s { end += 1 }
            mentionsOfSentence[s] = first..<end
            first = end
        }
        for sentence in sentences {
            sentenceStarts.insert(sentence.range.lowerBound)
            if let comma = frontedClauseComma(in: sentence) { frontedClauseCommas.insert(comma) }
        }
        // By every name: a person serves the lexicon's "United Kingdom" where the document says "Britain".
        // Searched among the document's few countries, the first to go by the name winning:
        // no table of names hashed for every document.
        let countries = entities.indices.filter { entities[$0].type == .country }
        servedCountry = entities.map { entity in
            entity.country.flatMap { name in countries.first { entities[$0].name == name || entities[$0].aliases.contains(name) } }
        }
        organizationNamed = Self.firstEntityByName(entities, type: .organization)
        for m in mentions.indices where mentions[m].entity != nil {
            let range = mentions[m].range
            if mentions[m].type == .organization, let description = organizationDescription(before: range.lowerBound) {
                qualifiers.formUnion(description)
            }
            var k = range.upperBound
            if mentions[m].isPossessive, entityMentionStarts.contains(k) {
                qualifiers.formUnion(range)
                continue
            }
            var words = 0
            while k < tokens.count, words < 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
                lexicon.isWord(tokens[k], in: .roleModifier) || lexicon.isWord(tokens[k], in: .organizationDescriptor)
                    || Self.partnerNouns.contains(tokens[k]) || Self.partnerAdjectives.contains(tokens[k])
            {
                k += 1
                words += 1
            }
            // "the militant group Hamas", "NATO ally Greece": the name after the noun is the party.
            if words > 0, lexicon.isWord(tokens[k - 1], in: .organizationDescriptor) || Self.partnerNouns.contains(tokens[k - 1]),
                entityMentionStarts.contains(k)
            {
                qualifiers.formUnion(range)
            }
        }
        for m in mentions.indices {
            if let person = personPlaced(byCountryAt: m) { qualifiers.formUnion(mentions[m].range.lowerBound..<person) }
            // A role is part of its holder's name as far as relations go: "spoke with Officer in
            // Charge of the Department of National Defense Carlito Galvez".
            if mentions[m].entity != nil, let role = mentions[m].roleRange {
                qualifiers.formUnion(role)
                if role.upperBound == mentions[m].range.lowerBound {
                    roleStarts[mentions[m].range.lowerBound] = role.lowerBound
                } else if role.upperBound < mentions[m].range.lowerBound, tokens[role.upperBound].is(",") {
                    appositiveRoleCommas.insert(role.upperBound)
                }
            }
        }
    }

    /// The words that describe the organization named at `start`, when it is introduced by one
    /// of the nouns of organizations: "militant group" in "met the militant group Hamas",
    /// "Palestinian resistance group" in "met Palestinian resistance group Hamas officials". At
    /// most three words of description, none a verb the reader knows, a determiner or a preposition:
    /// in "Iran backs militant group Hamas" the description starts after "backs".
    private func organizationDescription(before start: Int) -> Range<Int>? {
        let noun = start - 1
        guard noun >= 0, tokens[noun].kind == .word, !tokens[noun].isCapitalized, !mentionTokens.contains(noun),
            lexicon.isWord(tokens[noun], in: .organizationDescriptor)
        else { return nil }
        var first = noun
        while first > 0, noun - first < 3, !sentenceStarts.contains(first) {
            let k = first - 1
            let isDemonym = mentionsAt[k].contains { mentions[$0].form == .demonym }
            // Capitalized words too: "the Islamist movement Hamas", "the Shiite group Hezbollah".
            guard isDemonym || tokens[k].kind == .word && !mentionTokens.contains(k)
                && !Self.isGrammarWord(tokens[k], in: lexicon) && !isTrigger(k)
            else { break }
            first = k
        }
        return first..<start
    }

    /// A word of grammar rather than description: an article, a preposition, an auxiliary, a
    /// verb of saying, a subordinator or a possessive pronoun.
    private static func isGrammarWord(_ token: Token, in lexicon: Lexicon) -> Bool {
        lexicon.isWord(token, in: .determiner) || lexicon.isWord(token, in: .preposition) || lexicon.isWord(token, in: .auxiliary)
            || lexicon.isWord(token, in: .speechVerb) || lexicon.isWord(token, in: .claimVerb) || lexicon.isWord(token, in: .subordinator)
            || lexicon.isWord(token, in: .functionWord) || possessivePronouns.contains(token.lowercased)
    }

    /// The comma that closes a clause opening `sentence` with a word such as "while" or "after",
    /// once a verb has been read in it: not the comma of "While Russia, China and Iran ...".
    private func frontedClauseComma(in sentence: Sentence) -> Int? {
        let first = sentence.range.lowerBound
        guard first < sentence.range.upperBound, tokens[first].kind == .word, Self.clauseOpeningWords.contains(tokens[first]) else {
            return nil
        }
        var hasVerb = false
        for k in (first + 1)..<min(sentence.range.upperBound, first + 40) {
            if tokens[k].is(",") {
                if hasVerb { return k }
            } else if tokens[k].kind == .punctuation && Self.isClauseBreak(tokens[k].text) {
                return nil
            } else if !mentionTokens.contains(k), tokens[k].kind == .word, !tokens[k].isCapitalized, looksLikeVerbOrAdverb(k) {
                hasVerb = true
            }
        }
        return nil
    }

    private static let clauseOpeningWords: WordSet = [
        "while", "when", "after", "although", "though", "because", "if", "since", "before", "once", "as", "unless", "whereas", "whilst",
    ]

    /// Nouns of a relation between the name before them and the name after: "NATO ally Greece",
    /// "EU member Hungary".
    /// "Russia's close ally Belarus", "its key partner Egypt".
    private static let partnerAdjectives: WordSet = [
        "close", "closest", "key", "main", "staunch", "longtime", "long-time", "traditional", "strategic", "chief", "old",
    ]
    /// Whether the word at `k` is a noun of partnership right before a name, or an adjective
    /// before one: "their ally Iran", "its close partner Belarus".
    private func isPartnerWord(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, !tokens[k].isCapitalized, k + 1 < tokens.count else { return false }
        let word = tokens[k].lowercased
        if Self.partnerNouns.contains(word) { return entityMentionStarts.contains(k + 1) }
        return Self.partnerAdjectives.contains(word) && k + 2 < tokens.count && Self.partnerNouns.contains(tokens[k + 1])
            && entityMentionStarts.contains(k + 2)
    }

    private static let partnerNouns: WordSet = [
        "ally", "allies", "member", "members", "partner", "partners", "neighbour", "neighbor", "rival", "foe", "client",
    ]

    /// The first entity of `type` to go by each name or alias, each name hashed once.
    private static func firstEntityByName(_ entities: [DocumentEntity], type: EntityType) -> [String: Int] {
        var named: [(String, Int)] = []
        for e in entities.indices where entities[e].type == type {
            named.append((entities[e].name, e))
            for alias in entities[e].aliases { named.append((alias, e)) }
        }
        return Dictionary(named, uniquingKeysWith: { first, _ in first })
    }

    /// Where the titled person begins whom a country named before them only places: "the
    /// Republic of Korea (ROK) Minister of National Defense Song Young-moo", "his UK counterpart,
    /// Secretary of State for Defence, John Healey".
    private func personPlaced(byCountryAt m: Int) -> Int? {
        guard let e = mentions[m].entity, entities[e].type == .country, !mentions[m].isPossessive else { return nil }
        var k = mentions[m].range.upperBound
        // An acronym in parentheses: "(ROK)".
        if k + 2 < tokens.count, tokens[k].is("("), tokens[k + 2].is(")") { k += 3 }
        // "President Macron of France, Prime Minister ...": that country is served, not placing.
        let start = mentions[m].range.lowerBound
        if start > 0, tokens[start - 1].lowercased == "of" || start > 1 && tokens[start - 2].lowercased == "of" && tokens[start - 1].lowercased == "the" {
            return nil
        }
        let isCounterpart = k < tokens.count && tokens[k].lowercased == "counterpart"
        if isCounterpart { k += 1 }
        var titled = false
        while k < tokens.count, k < mentions[m].range.upperBound + 16, !sentenceStarts.contains(k), !tokens[k].startsLine {
            if titleAt[k] != nil {
                titled = true
            } else if !titled, mentionsAt[k].contains(where: { mentions[$0].form == .demonym && !mentions[$0].isPossessive }) {
                // "the Kosovo Albanian leader Ibrahim Rugova": the people the leader speaks for.
            } else if !(isCounterpart && tokens[k].is(",") || tokens[k].kind == .word && !tokens[k].isCapitalized && lexicon.isWord(tokens[k], in: .roleModifier)) {
                break
            }
            k += 1
        }
        guard titled, k < tokens.count, !sentenceStarts.contains(k), !tokens[k].startsLine, entityMentionStarts.contains(k),
            mentionsAt[k].contains(where: { mentions[$0].range.lowerBound == k && mentions[$0].type == .person })
        else { return nil }
        return k
    }

    /// "VOA's James Butty", "told VOA's South Sudan in Focus program": a news outlet's
    /// reporter or programme reports; it is no party.
    private func isOwnedByMedia(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        return mentionsAt[start - 1].contains { m in
            mentions[m].range.upperBound == start && mentions[m].isPossessive && mentions[m].isMedia
        }
    }

    mutating func run() -> [ExtractedRelation] {
        for sentence in sentences {
            read(sentence)
        }
        // "Hamas political leader Ismail Haniyeh": a leader's title gives `leads`.
        for m in mentions.indices where mentions[m].type == .person {
            guard let person = mentions[m].entity, let role = mentions[m].role?.lowercased(), let organization = mentions[m].affiliationOrganization,
                ["leader", "chief", "head", "director", "secretary-general", "secretary general", "president", "chairman", "commander"]
                    .contains(where: { role.hasSuffix($0) }),
                let target = organizationNamed[organization]
            else { continue }
            record(person, .leads, target, sentences[mentions[m].sentence])
        }
        return dropImpliedMeetings(order.map { key in
            ExtractedRelation(source: key.source, relation: key.relation, target: key.target, evidence: found[key] ?? [])
        })
    }

    // MARK: - Sentence

    private mutating func read(_ sentence: Sentence) {
        historyStart.append(history.count)
        let items = argumentItems(in: sentence)
        let groups = group(items, in: sentence)
        let clauses = self.clauses(of: sentence, groups: groups)
        var subjects: [Int?] = []
        for (c, clause) in clauses.enumerated() {
            subjects.append(subject(of: clause, index: c, clauses: clauses, groups: groups, subjects: subjects))
        }
        var objectsBeforeGerunds: [(position: Int, group: ArgumentGroup)] = []

        var t = sentence.range.lowerBound
        while t < sentence.range.upperBound {
            // A title's words are no verbs: "met Finance Minister Greta Jakev" funds no one.
            guard tokens[t].kind == .word, !mentionTokens.contains(t), titleAt[t] == nil,
                let match = lexicon.triggers.longestMatch(in: tokens, at: t, end: sentence.range.upperBound, respectCase: false, skippingAdverbs: true)
            else {
                t += 1
                continue
            }
            // "continued to blame Rwanda": an infinitive, not "is to blame"; the verb follows.
            if let only = match.phrase.value.first, match.phrase.value.count == 1, only.pattern == .responsibility, only.words.first == "to",
                !isLaidOnSubject(only, at: t)
            {
                t += 1
                continue
            }
            let end = t + match.length
            let c = clauses.firstIndex { $0.range.contains(t) } ?? 0
            var matched = false
            var pairwise: (Lexicon.Trigger, ArgumentGroup)?
            for trigger in match.phrase.value {
                guard !isCancelled(trigger, at: t, clause: clauses[c]) else { continue }
                // "signed no deal with", "had no contact with": the negation follows the verb.
                if trigger.relation == .spokeWith, end < sentence.range.upperBound, tokens[end].lowercased == "no" { continue }
                // "Trump's calls for closer ties with Moscow": a demand, no telephone (but "a call for
                // an hour with Putin" lasted).
                if trigger.relation == .spokeWith, trigger.pattern == .with, end < sentence.range.upperBound, tokens[end].lowercased == "for",
                    tokens[t].lowercased.hasPrefix("call"),
                    !(end + 1..<min(end + 5, sentence.range.upperBound)).contains(where: { Self.spansOfTime.contains(tokens[$0]) })
                {
                    continue
                }
                // "Tajik-Kyrgyz border talks", "the U.S.-China talks": the pair the compound names.
                if trigger.relation == .spokeWith, trigger.pattern == .with, let (a, b) = hyphenatedPair(before: t, in: sentence) {
                    record(a, .spokeWith, b, sentence)
                    matched = true
                    continue
                }
                // "accused Rwanda of backing rebels hostile to his government": a gerund with its own
                // object is a verb, whose "to" is none of the support's.
                if trigger.pattern == .nounFor, isGerundWithObject(at: t, end: end, in: sentence) { continue }
                // "set out to resolve all quarrels": after "to" and before its object, a verb.
                if trigger.pattern == .nounFor, t > 0, tokens[t - 1].lowercased == "to", end < sentence.range.upperBound,
                    lexicon.isWord(tokens[end], in: .determiner) || Self.quantifiersBeforeAnObject.contains(tokens[end])
                        || Self.possessivePronouns.contains(tokens[end].lowercased)
                {
                    continue
                }
                // "to verify allegations of rebel support on both sides": support only alleged.
                if trigger.relation == .backs, isAlleged(nounAt: t) { continue }
                // "selling weapons to Taiwan": the verb before the noun already said it.
                // ("praised the support that Japan has provided" says nothing of it before the noun.)
                if trigger.pattern == .nounFor || trigger.pattern == .nounOn, t > 0, followsGivingVerb(t, in: sentence) {
                    continue
                }
                // "the two exchanged fire, with each side blaming the other": each of the other.
                // ("Thailand and Cambodia clashed again. Each side blamed the other": the pair the
                // sentence before acted as.)
                if trigger.relation == .blamed, isEachSide(before: t), end + 1 < sentence.range.upperBound,
                    tokens[end].lowercased == "the", tokens[end + 1].lowercased == "other",
                    let parties = groups.first(where: { $0.end <= t && $0.entities.count == 2 })?.entities
                        ?? lastActingGroup.flatMap({ $0.sentence == sentence.index - 1 && $0.entities.count == 2 ? $0.entities : nil })
                {
                    recordEach(parties, .blamed, parties, sentence)
                    matched = true
                    continue
                }
                // "..., charged Nalbandian": a verb of claiming after a quotation says who spoke.
                if trigger.pattern == .direct, t > sentence.range.lowerBound, lexicon.isWord(tokens[t], in: .claimVerb),
                    isQuotationMark(t - 1) || t - 2 >= sentence.range.lowerBound && tokens[t - 1].is(",") && isQuotationMark(t - 2)
                {
                    continue
                }
                // "Kyiv and the Western countries backing it": the participle is the plural noun's,
                // and the noun names no one.
                if isParticipleOfUnnamedNoun(at: t) { continue }
                // "hit back at Aliyev", "pushed back": an adverb after a verb, no backing.
                if tokens[t].lowercased == "back", t > 0, isVerbBeforeAdverbBack(t - 1) { continue }
                // "a territory called Isla Calero", "a group named Justice": a name given, no call.
                if t > 0, Self.namingParticiples.contains(tokens[t]),
                    lexicon.isWord(tokens[t - 1], in: .placeNoun) || Self.nounsOfNamedThings.contains(tokens[t - 1])
                {
                    continue
                }
                // "during the meeting Putin said": the noun, not "is meeting Putin".
                if trigger.pattern == .directPerson, tokens[t].lowercased == "meeting", t > 0,
                    lexicon.isWord(tokens[t - 1], in: .determiner) || tokens[t - 1].isPossessive
                {
                    continue
                }
                // "the support the United States has provided": after a determiner, a noun, no verb.
                if trigger.pattern == .direct, trigger.relation == .backs, t > 0,
                    lexicon.isWord(tokens[t - 1], in: .determiner) && tokens[t - 1].lowercased != "both" || tokens[t - 1].isPossessive
                {
                    continue
                }
                if trigger.pattern == .direct, trigger.relation == .backs, isSecondNounOfAPair(t) { continue }
                // "presides over the internationally recognised council", "a widely backed plan": an
                // adverb between a determiner and the participle makes it an adjective.
                if trigger.pattern == .direct, trigger.relation == .backs, t > 1, tokens[t - 1].lowercased.hasSuffix("ly"),
                    lexicon.isWord(tokens[t - 2], in: .determiner) || tokens[t - 2].isPossessive
                {
                    continue
                }
                // "condemned Germany's arms supplies to Ukraine": "supplies" is a noun there, whose
                // giver is its owner, not the verb's subject.
                if trigger.pattern == .recipient, isNounOfSupply(at: t) { continue }
                var subject = subject(at: t, clause: c, clauses: clauses, groups: groups, subjects: subjects)
                    ?? frontedSubject(at: t, clause: clauses[c], groups: groups)
                    ?? reportAuthor(in: clauses[c], before: t, groups: groups)
                if trigger.relation == .spokeWith, let sent = emissary(before: t, groups: groups) { subject = sent }
                if trigger.relation == .spokeWith, trigger.pattern == .with, let warned = partyAddressed(aboutMeetingAt: t, clause: clauses[c], groups: groups) {
                    subject = warned
                }
                if let nested = nestedSubject(at: t, objectsBeforeGerunds: objectsBeforeGerunds) { subject = nested }
                if let absolute = absoluteSubject(ofGerundAt: t, groups: groups) { subject = absolute }
                if let actor = subject, actor.end < t { subject = withCompanions(actor, before: t, groups: groups) }
                var objectSearchStart = end
                // "China, a close ally of Pakistan, called for restraint" introduces China; only
                // "Belarus is Russia's closest ally" says it.
                if Self.nounsOfAlliance.contains(tokens[t]), !isPredicated(nounAt: t, clause: clauses[c]) { continue }
                if trigger.pattern == .nounFor || trigger.pattern == .nounOn, let owner = owner(ofNounAt: t, in: sentence, groups: groups) {
                    // "Sudan demanded an end to Eritrean support for the rebels": who wants another's
                    // support stopped holds it against them.
                    if trigger.relation == .backs, let actor = subject, !actor.entities.contains(where: owner.entities.contains),
                        isStopped(nounAt: t, from: clauses[c].range.lowerBound)
                    {
                        recordEach(actor.entities, .blamed, owner.entities, sentence)
                    }
                    subject = owner
                } else if trigger.pattern == .nounFor, Self.agentNounsOfSupport.contains(tokens[t]), !isPredicated(nounAt: t, clause: clauses[c]) {
                    // "arrested a backer of Khan": the noun names someone other than the subject,
                    // unless the subject is said to be it ("Iran is the main backer of").
                    subject = nil
                } else if trigger.pattern == .nounFor, let owner = objectOwning(nounAt: t, groups: groups) {
                    // "sanctioned Iran over its support for Russia": Iran's support, not the sanctioner's.
                    subject = owner
                } else if trigger.pattern == .nounFor, let owner = owner(after: end, groups: groups) {
                    // "the continued resolve of the United States to support Ukraine".
                    subject = owner
                    objectSearchStart = owner.end
                } else if trigger.pattern == .nounFor, trigger.words.first == "in", let agent = passiveAgent(before: t, groups: groups) {
                    // "the engagement undertaken by the United States over the last day in support of Israel".
                    subject = agent
                } else if trigger.pattern == .with, let owner = owner(ofNounAt: t, in: sentence, groups: groups), tokens[owner.end - 1].isPossessive {
                    // "Blinken's meeting with Wang Yi", "Macron's call with Putin".
                    subject = owner
                } else if tokens[t].lowercased.hasSuffix("ing"), let owner = possessiveOwner(ofGerundAt: t) {
                    // "Iran's pattern of providing weapons to the Houthis".
                    subject = owner
                }
                // "Malcorra said her talks with Tillerson went well", "Moscow said the sanctions
                // would not change its backing for Damascus": a clause whose actor is the owner a
                // pronoun names, the actor of the clause before.
                if subject == nil, trigger.pattern == .with || trigger.pattern == .direct || trigger.pattern == .nounFor,
                    let owner = pronounOwner(ofNounAt: t, clause: c, subjects: subjects, groups: groups)
                {
                    subject = owner
                }
                // "Iran and Saudi Arabia restored ties after talks in Beijing": talks had by the
                // actor of the clause the phrase belongs to.
                if subject == nil, trigger.pattern == .with, meetingPhraseOpener(before: t, from: clauses[c].range.lowerBound) == clauses[c].range.lowerBound,
                    let p = (0..<c).last(where: { clauses[$0].kind == .main && subjects[$0] != nil }), let s = subjects[p]
                {
                    subject = groups[s]
                }
                // "Chavez said the move showed solidarity with Bolivia", "expelled the envoy, a move he
                // said was designed to show solidarity with Bolivia": support an act shows is the
                // support of the one who acted.
                if subject == nil, trigger.relation == .backs, trigger.pattern == .nounFor, isShownByAnAct(before: t, in: sentence) {
                    subject = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups)
                        ?? firstSubject(clauses: clauses, subjects: subjects, groups: groups)
                }
                // "Putin flew to Beijing on Monday. The talks with Xi lasted three hours": talks that
                // open a sentence are those of the person the sentence before was about.
                if subject == nil, trigger.pattern == .with, t == sentence.range.lowerBound + 1, tokens[t - 1].lowercased == "the",
                    let person = lastPersonSubject, person.sentence == sentence.index - 1
                {
                    subject = ArgumentGroup(items: [ArgumentItem(range: (t - 1)..<t, entities: [person.entity])])
                }
                let passive = agentAfter(end, groups: groups, clause: clauses[c])
                var pairs: [(ArgumentGroup, ArgumentGroup)] = []
                if trigger.relation == .blamed, trigger.pattern == .direct, let s = subject, s.entities.count >= 2,
                    isTraded(at: t, from: clauses[c].range.lowerBound)
                {
                    // "Manila and Beijing traded blame": each blames the other.
                    recordEach(s.entities, .blamed, s.entities, sentence)
                    matched = true
                } else if trigger.pattern == .accusation, tokens[t].lowercased == "alleged", t + 1 < clauses[c].range.upperBound,
                    tokens[t + 1].kind == .word, !tokens[t + 1].isCapitalized, !lexicon.isWord(tokens[t + 1], in: .functionWord),
                    let owner = owner(ofNounAt: t, in: sentence, groups: groups), tokens[owner.end - 1].isPossessive
                {
                    // "raised concern over RAW's alleged involvement": the owner of an act called
                    // alleged is charged with it, by the clause's actor.
                    if let subject, !subject.entities.contains(where: owner.entities.contains) { pairs.append((subject, owner)) }
                } else if trigger.pattern == .accusation {
                    // "the allegations being levelled against Pakistan by the Afghan government": the
                    // participle that brings the charge stands between it and its parties.
                    let partiesStart = chargeBroughtEnd(from: end, within: clauses[c])
                    // The accuser the charge itself names: its owner, or the party after "by" (before
                    // or after the one it is against).
                    let named = owner(ofNounAt: t, in: sentence, groups: groups) ?? agentAfter(partiesStart, groups: groups, clause: clauses[c])
                        ?? accuserAfterFrom(partiesStart, chargeAt: t, groups: groups)
                        ?? accusedParty(after: partiesStart, in: sentence, groups: groups).flatMap { agentAfter($0.end, groups: groups, clause: clauses[c]) }
                    let accuser = named ?? subject
                    // "made a similar charge": against whoever was charged last.
                    let repeated = (max(sentence.range.lowerBound, t - 2)..<t).contains { ["similar", "same"].contains(tokens[$0].lowercased) } && !lastBlamed.isEmpty
                        ? ArgumentGroup(items: [ArgumentItem(range: t..<end, entities: lastBlamed)]) : nil
                    // "Baku denied the charge by Darmanin": a charge denied was made against the denier;
                    // an official who denies it, against the country the official speaks for.
                    let denier = subject.flatMap { s in
                        (max(clauses[c].range.lowerBound, t - 4)..<t).contains { Self.denialVerbs.contains(tokens[$0]) && !isNegatedDenial($0) }
                            && s.end <= t ? s : nil
                    }.map { s in
                        ArgumentGroup(items: [ArgumentItem(range: s.start..<s.end, entities: s.entities.map { e in
                            entities[e].type == .person ? servedCountry[e] ?? e : e
                        })])
                    }
                    // "claims of Libyan interference", "claims against Kigali": a claim is a charge
                    // only with its charged party (not "territorial claims", "claims that it won").
                    // "Tbilisi's claims that Russia armed the rebels": one that a wrong follows is.
                    let isClaim = tokens[t].lowercased == "claims"
                        && !(partiesStart < sentence.range.upperBound && ["of", "against"].contains(tokens[partiesStart].lowercased))
                        && !chargesAWrong(after: partiesStart, limit: sentence.range.upperBound)
                    // The denier is no accuser of its own: only one the charge names is.
                    if !isClaim, named == nil, let parties = partiesChargingEachOther(chargeAt: t, end: end, within: sentence, groups: groups) {
                        recordEach(parties, .blamed, parties, sentence)
                        matched = true
                    } else if !isClaim, let accuser = denier == nil ? accuser : named, let accused = accusedParty(after: partiesStart, in: sentence, groups: groups) ?? repeated ?? denier,
                        !accuser.entities.contains(where: accused.entities.contains), !reportsWordsOnly(of: accused, afterChargeAt: partiesStart, limit: sentence.range.upperBound)
                    {
                        pairs.append((accuser, accused))
                        for more in furtherAccused(after: accused, chargeAt: partiesStart, in: sentence, groups: groups)
                        where !accuser.entities.contains(where: more.entities.contains) {
                            pairs.append((accuser, more))
                        }
                    } else if let accuser, accuser.entities.count >= 2, isTraded(at: t, from: sentence.range.lowerBound) {
                        // "Kigali and Kinshasa traded accusations": each accuses the other.
                        recordEach(accuser.entities, .blamed, accuser.entities, sentence)
                        matched = true
                    }
                } else if trigger.pattern == .nounFor, let giver = isReceived(at: t) ? supportGiver(after: end, clause: clauses[c], groups: groups) : nil
                    ?? giverOfSupportProvided(after: end, groups: groups)
                {
                    // "received a show of support from NATO", "can count on the support of Egypt",
                    // "grateful for the support the United States has provided": the giver backs
                    // the receiver.
                    if let subject, !subject.entities.contains(where: giver.entities.contains) {
                        pairs.append((giver, subject))
                    } else if subject == nil, namesArmedOpposition(in: clauses[c].range.lowerBound..<t),
                        let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups),
                        !reporter.entities.contains(where: giver.entities.contains), !areOnOneSide(reporter, giver)
                    {
                        // "said armed groups were getting support from the Ugandan government": support
                        // that fighters nobody names receive, reported, is a charge against the giver.
                        recordEach(reporter.entities, .blamed, giver.entities, sentence)
                    }
                } else if trigger.pattern == .with, let parties = partiesBetween(after: end, groups: groups) {
                    // "a phone call between A and B": the parties meet each other, whoever reports it.
                    for (a, b) in parties { record(a, trigger.relation, b, sentence) }
                    matched = true
                } else if trigger.pattern == .condemnedAct {
                    if let author = condemnedAuthor(ofNounAt: t, end: end, in: sentence, clause: clauses[c], groups: groups),
                        let accuser = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups)
                            ?? firstSubject(clauses: clauses, subjects: subjects, groups: groups),
                        !accuser.entities.contains(where: author.entities.contains)
                    {
                        pairs.append((accuser, author))
                    }
                } else if trigger.pattern == .perpetration || trigger.pattern == .wrongdoing {
                    // "Israel said Hamas carried out the attack", "alleged the poisoning was ordered
                    // by Moscow", "complained that Caracas harbored the rebels": whoever reports
                    // who committed a harmful act blames its author.
                    // "warned of Moscow's plans to destabilize Moldova": the plan's owner is the
                    // author, and the clause's actor, who speaks of the plan, the reporter.
                    let intending = trigger.pattern == .wrongdoing ? owner(ofIntentBefore: t, in: sentence, groups: groups) : nil
                    // "Russia's invasion of Ukraine violates": the owner of the act, not the party it befell.
                    let acting = trigger.pattern == .wrongdoing ? ownerOfActingNoun(before: t, clause: clauses[c]) : nil
                    let actor = acting.flatMap { a in subject.map { a.end < $0.start } ?? true ? a : nil } ?? subject
                    if let author = intending ?? passive ?? actor,
                        trigger.pattern == .wrongdoing || namesHarmfulAct(perpetratedAt: t, end: end, passive: passive != nil, clause: clauses[c]),
                        let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups) ?? (intending == nil ? nil : subject),
                        !reporter.entities.contains(where: author.entities.contains), !areOnOneSide(reporter, author)
                    {
                        pairs.append((reporter, author))
                    }
                } else if let agent = passive, trigger.pattern != .with, trigger.pattern != .nounFor, trigger.pattern != .nounOn {
                    // "Xi, backed by the Chinese delegation": people standing behind someone, not support.
                    let isEntourage = trigger.relation == .backs
                        && (agent.end - 1...min(agent.end, tokens.count - 1)).contains { Self.entourageNouns.contains(tokens[$0]) }
                    if !isEntourage, let patient = patient(ofPassiveAt: t, subject: subject, groups: groups) { pairs.append((agent, patient)) }
                } else if trigger.pattern == .demand, let host = personCalledOn(at: t, end: end, clause: clauses[c], groups: groups) {
                    // "called on President Putin at the Kremlin": a visit, when no demand follows.
                    if let subject { recordEach(subject.entities, .spokeWith, host.entities, sentence) }
                } else if trigger.pattern == .responsibility, isForOwnAffairs(after: end) {
                    // "will be responsible for its own security": a duty, no blame.
                } else if trigger.pattern == .responsibility,
                    let bearers = bearers(ofResponsibilityAt: t, end: end, in: sentence, groups: groups)
                {
                    // "Moscow said responsibility for the blast lies with Kyiv".
                    if let speaker = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups) {
                        for bearer in bearers where !speaker.entities.contains(where: bearer.entities.contains) { pairs.append((speaker, bearer)) }
                    }
                } else if trigger.pattern == .responsibility {
                    // "X's policies are to blame": the owner of what is blamed.
                    if let subject = subject ?? possessiveSubject(before: t, in: clauses[c], groups: groups), isLaidOnSubject(trigger, at: t),
                        let speaker = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups)
                    {
                        pairs.append((speaker, subject))
                    }
                } else if trigger.pattern == .right {
                    // "reaffirmed Israel's right to defend itself": the right's owner is backed.
                    if let subject, let owner = owner(ofNounAt: t, in: sentence, groups: groups),
                        !subject.entities.contains(where: owner.entities.contains)
                    {
                        pairs.append((subject, owner))
                    }
                } else if trigger.pattern == .supplyNoun {
                    // "the provision of munitions by the DPRK to Russia", "Iran's deliveries of drones to Russia".
                    if let (giver, receiver) = supplyParties(ofNounAt: t, end: end, in: sentence, groups: groups),
                        !giver.entities.contains(where: receiver.entities.contains)
                    {
                        pairs.append((giver, receiver))
                    }
                } else if trigger.pattern == .thanks {
                    // "Hadi thanked the United States for its strong support": the one thanked backs.
                    // "thanked China for providing vaccines to Sri Lanka": the one thanked acts next.
                    if let thanked = groupStarting(after: end, within: 0, groups: groups) { objectsBeforeGerunds.append((t, thanked)) }
                    if let subject, let giver = thankedForSupport(after: end, by: subject, groups: groups),
                        !subject.entities.contains(where: giver.entities.contains)
                    {
                        pairs.append((giver, subject))
                    }
                } else if trigger.pattern == .recipient, isPassive(at: t) {
                    // "they were supplied to the Houthis by Iran": the subject is what was given;
                    // the giver follows "by".
                    if let recipient = object(of: trigger, at: t, end: objectSearchStart, clause: clauses[c], groups: groups),
                        let giver = agentAfter(recipient.end, groups: groups, clause: clauses[c]),
                        !giver.entities.contains(where: recipient.entities.contains)
                    {
                        pairs.append((giver, recipient))
                    }
                } else if let object = object(of: trigger, at: t, end: objectSearchStart, clause: clauses[c], groups: groups)
                    ?? relativeObject(clause: clauses[c], subject: subjects[c], groups: groups)
                {
                    if let subject { pairs.append((subject, notItself(object, subject: subject, items: items))) }
                    // "criticised Orban for holding talks with Putin": the one charged acts next.
                    if trigger.relation == .blamed || trigger.relation == .criticized { objectsBeforeGerunds.append((t, object)) }
                } else if trigger.relation == .spokeWith, trigger.pattern == .with, let subject, subject.entities.count >= 2, subject.end <= t,
                    isTheirMeeting(at: t, after: subject.end)
                {
                    // "The ministers of Seoul and Tokyo condemned the launch in their phone talks".
                    recordAmong(subject.entities, .spokeWith, sentence)
                    matched = true
                } else if let subject, subject.entities.count >= 2, isReciprocal(at: objectSearchStart) {
                    // "Armenia and Azerbaijan accused each other": each of the other.
                    if trigger.relation.isSymmetric {
                        recordAmong(subject.entities, trigger.relation, sentence)
                    } else {
                        recordEach(subject.entities, trigger.relation, subject.entities, sentence)
                    }
                    matched = true
                } else if trigger.relation == .spokeWith, trigger.pattern == .with, let subject, subject.entities.count >= 2,
                    // "speak with one voice", "met with reporters", "had phone conversations with
                    // their counterparts": "with" and no party.
                    case let partner = pastMeetingNouns(from: objectSearchStart, end: sentence.range.upperBound),
                    partner >= sentence.range.upperBound || tokens[partner].lowercased != "with" || isReciprocal(at: partner + 1),
                    // "A and B met the envoy": someone else, unnamed, is whom they met.
                    !namesUnnamedPerson(from: objectSearchStart, end: sentence.range.upperBound),
                    // "held separate talks", "spoke separately": not with each other ("Separately,"
                    // opens another story).
                    !(clauses[c].range.lowerBound..<end).contains(where: { k in
                        Self.wordsOfSeparateMeetings.contains(tokens[k]) && !(k + 1 < end && tokens[k + 1].is(","))
                    }),
                    subject.end <= t, case let verbGap = pastAppositiveComma(of: subject, before: t),
                    (verbGap..<t).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized || isQuotationMark($0) }),
                    // "have been engaged in years-long negotiations", "began direct talks".
                    t - verbGap <= 3 || t - verbGap <= 7 && (verbGap..<t).allSatisfy({ k in
                        tokens[k].lowercased.hasSuffix("ly") || Self.wordsBeforeMeetingNouns.contains(tokens[k]) || isQuotationMark(k)
                            || k > 0 && k + 1 < t && isQuotationMark(k - 1) && isQuotationMark(k + 1)
                    }) || t - verbGap <= 10 && meetingPhraseOpener(before: t, from: verbGap) != nil
                {
                    pairwise = (trigger, subject)
                }
                // "Saakashvili says Russia bombed two air bases": whoever reports an attack blames its author.
                // In the passive, its agent: "alleged the embassy was attacked by British agents".
                // "Reyes, who was killed in the raid": a passive with no agent names no author.
                if trigger.relation == .attacked, let author = passive ?? (isPassive(at: t) ? nil : subject), t > 0, !isNounUse(t),
                    let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups),
                    !reporter.entities.contains(where: author.entities.contains), !areOnOneSide(reporter, author)
                {
                    recordEach(reporter.entities, .blamed, author.entities, sentence)
                }
                // "Frazer said Asmara is giving support to radicals": backing extremists, reported,
                // is a charge against the backer.
                if trigger.relation == .backs, pairs.isEmpty, let subject, backsExtremists(after: end, limit: clauses[c].range.upperBound, byVerb: (trigger.pattern == .direct || trigger.pattern == .recipient) && isPlainlyVerb(t)),
                    let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups),
                    !reporter.entities.contains(where: subject.entities.contains), !areOnOneSide(reporter, subject)
                {
                    recordEach(reporter.entities, .blamed, subject.entities, sentence)
                }
                // "\"He has been the main source of weapons to the LTTE,\" the minister said": arming
                // an armed group, reported, is a charge against the one who arms it.
                if trigger.relation == .backs, let (giver, receiver) = pairs.first,
                    receiver.entities.allSatisfy({ entities[$0].organizationKind == "militant" }),
                    let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups),
                    !reporter.entities.contains(where: giver.entities.contains), !reporter.entities.contains(where: receiver.entities.contains),
                    !areOnOneSide(reporter, giver), !areOnOneSide(reporter, receiver)
                {
                    recordEach(reporter.entities, .blamed, giver.entities, sentence)
                }
                // "blasted Blair as a liar", "criticized Pashinyan for deliberately creating tensions":
                // a criticism that names the wrong is a charge.
                if trigger.relation == .criticized, let (source, target) = pairs.first, target.end + 1 < sentence.range.upperBound,
                    case let label = pastOccasion(from: target.end, limit: sentence.range.upperBound), label + 1 < sentence.range.upperBound,
                    tokens[label].lowercased == "as" && tokens[label + 1].lowercased != "well"
                        || tokens[target.end].lowercased == "for" && namesChargedAct(from: target.end + 1, end: sentence.range.upperBound)
                        || labelsOwnedActAsWrong(after: target, end: sentence.range.upperBound)
                {
                    recordEach(source.entities, .blamed, target.entities, sentence)
                }

                // "a trilateral meeting with A and B": A and B meet each other too; "A and B held a
                // three-way summit with C": so do A and B.
                if trigger.relation == .spokeWith, let (hosts, others) = pairs.first,
                    (max(sentence.range.lowerBound, t - 3)..<t).contains(where: { Self.multilateralWords.contains(tokens[$0]) })
                {
                    if others.entities.count >= 2 { recordAmong(others.entities, .spokeWith, sentence) }
                    if hosts.entities.count >= 2 { recordAmong(hosts.entities, .spokeWith, sentence) }
                }
                matched = matched || !pairs.isEmpty
                for (source, target) in pairs { recordEach(source.entities, trigger.relation, target.entities, sentence) }
            }
            // "Putin and Raisi spoke": with no other party named, everyone in the list met everyone else.
            if !matched, let (trigger, subject) = pairwise {
                recordAmong(subject.entities, trigger.relation, sentence)
            }
            t = end
        }
        heldResponsible(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        judgedActs(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        labelsByCopula(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        agreementsBetween(in: sentence, groups: groups)
        possessedBackers(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        meetingsAttended(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        jointAnnouncements(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        reportedActsBy(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        expulsionsForWrongs(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        jointAgreements(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        meetingOpener(in: sentence, groups: groups)
        partnersListed(in: sentence, groups: groups)
        meetingWithWhom(in: sentence, groups: groups)
        actedWithDuringMeeting(in: sentence, groups: groups)
        clefts(in: sentence, clauses: clauses, subjects: subjects, groups: groups)
        messagesCarried(in: sentence, groups: groups)
        compounds(in: sentence, groups: groups)

        if statementParties == nil, let acting = lastActingGroup, acting.entities.count >= 2,
            items.contains(where: { isWe($0) && $0.entities == acting.entities })
        {
            statementParties = acting.entities
        }
        for (c, s) in subjects.enumerated() where clauses[c].kind == .main {
            guard let s, let first = groups[s].entities.first else { continue }
            if entities[first].type == .person { lastPersonSubject = (sentence.index, first) } else { lastActorSubject = first }
            if groups[s].entities.count >= 2, groups[s].entities.allSatisfy({ entities[$0].type == .person }) {
                lastPeopleSubject = (sentence.index, groups[s].entities)
            }
            if groups[s].entities.allSatisfy({ entities[$0].type != .person }), !groups[s].items.contains(where: { isWe($0) }) {
                lastActingGroup = (sentence.index, groups[s].entities)
            }
        }
        // A readout's headline names the other party ("Call with President Kenyatta"): the
        // principal is the first named in the body.
        let inHeadline = isHeadline(sentence)
        for item in items {
            for e in item.entities {
                history.append((item.range.lowerBound, e))
                if firstNamedPerson == nil, entities[e].type == .person, mentionTokens.contains(item.range.lowerBound) { firstNamedPerson = e }
                if !inHeadline, entities[e].type == .person, let role = entities[e].role?.lowercased(), firstWithRole[role] == nil {
                    firstWithRole[role] = (item.range.lowerBound, e)
                }
            }
        }
    }

    /// The first word from `k` that is no noun of meeting: "phone conversations with" reads
    /// "with" past "conversations".
    private func pastMeetingNouns(from k: Int, end: Int) -> Int {
        var j = k
        while j < end, tokens[j].kind == .word, !mentionTokens.contains(j), tokens[j].lowercased != "with",
            triggerLength(at: j, end: end, where: { $0.relation == .spokeWith && $0.pattern == .with }) != nil
        {
            j += 1
        }
        return j
    }

    private static let wordsOfSeparateMeetings: WordSet = ["separate", "separately"]

    /// Where the words between a subject and its verb start: past the comma that closes a list
    /// set off by commas ("The two leaders, Erdogan and Putin, met"), or past the countries the
    /// list's people serve ("Sirleaf and Buhari of Liberia and Nigeria respectively have met").
    private func pastAppositiveComma(of subject: ArgumentGroup, before t: Int) -> Int {
        if subject.end < t, tokens[subject.end].lowercased == "of",
            let respectively = (subject.end + 1..<min(t, subject.end + 16)).first(where: { tokens[$0].lowercased == "respectively" }),
            (subject.end + 1..<respectively).allSatisfy({ k in
                Self.listJoiners.contains(tokens[k]) || tokens[k].lowercased == "the"
                    || mentionsAt[k].contains { !mentions[$0].isArgument && mentions[$0].type == .country }
            })
        {
            return respectively + 1
        }
        guard subject.end < t, tokens[subject.end].is(",") else { return subject.end }
        // "Cho and his Japanese counterpart, Takeshi Iwaya, held talks": the comma that closes
        // the last member's apposition.
        if subject.items.count > 1, case let last = subject.items[subject.items.count - 1].range.lowerBound, tokens[last - 1].is(",") {
            return subject.end + 1
        }
        // "Lula and Macron, the French president, met": an aside about the last member.
        if subject.items.count > 1, let close = (subject.end + 1..<min(t, subject.end + 12)).first(where: { tokens[$0].is(",") }),
            isAside(subject.end + 1..<close)
        {
            return close + 1
        }
        guard subject.start > 0, tokens[subject.start - 1].is(",") else { return subject.end }
        return subject.end + 1
    }

    /// "the French president", "who arrived on Monday", "81": words set off by commas that
    /// describe the name before them and report no relation of their own.
    private func isAside(_ range: Range<Int>) -> Bool {
        guard let first = range.first, tokens[first].kind == .number || tokens[first].kind == .word && !tokens[first].isCapitalized,
            tokens[first].kind == .number || lexicon.isWord(tokens[first], in: .determiner) || Self.relativePronouns.contains(tokens[first])
        else { return false }
        return !range.contains(where: isTrigger)
    }

    /// Whether a noun of an act ("the move", "a decision") stands a few words before `t`, in its
    /// sentence, as what shows the support at `t`.
    private func isShownByAnAct(before t: Int, in sentence: Sentence) -> Bool {
        (max(sentence.range.lowerBound + 1, t - 12)..<max(sentence.range.lowerBound + 1, t)).contains { k in
            Self.actNouns.contains(tokens[k]) && Self.actDeterminers.contains(tokens[k - 1])
        }
    }

    private static let actNouns: WordSet = ["move", "decision", "step", "gesture", "measure", "visit", "trip", "act"]
    private static let actDeterminers: WordSet = ["the", "a", "this", "that", "his", "her", "its", "their"]

    /// "authorities in Nouakchott continue to accuse it": an "it" read as the verb's own subject
    /// (which would be "itself") is the actor named last before it other than the subject.
    private func notItself(_ object: ArgumentGroup, subject: ArgumentGroup, items: [ArgumentItem]) -> ArgumentGroup {
        guard object.items.count == 1, object.end == object.start + 1, tokens[object.start].lowercased == "it",
            object.entities.allSatisfy(subject.entities.contains),
            let other = items.last(where: { item in
                item.range.upperBound <= object.start && !item.entities.isEmpty
                    && item.entities.allSatisfy { entities[$0].type != .person && !subject.entities.contains($0) }
            })
        else { return object }
        return ArgumentGroup(items: [ArgumentItem(range: object.start..<object.end, entities: other.entities)])
    }

    private mutating func record(_ source: Int, _ relation: RelationType, _ target: Int, _ sentence: Sentence) {
        guard source != target else { return }
        // A minister discussing aid for their own country is no news of backing, and an official
        // blames others, not the country they serve.
        if relation == .backs || relation == .blamed && (entities[source].isLeader || entities[source].role != nil), entities[target].type == .country,
            entities[source].type == .person, servedCountry[source] == target
        {
            return
        }
        // A state does not back its own bodies: "sending U.S. Navy vessels" is no backing.
        if relation == .backs, entities[target].type == .organization, entities[target].organizationKind == nil,
            let country = mentions.first(where: { $0.entity == target && $0.organizationCountry != nil })?.organizationCountry,
            country == entities[source].country || country == entities[source].name || entities[source].lookupNames.contains(country)
        {
            return
        }
        // Nor does anyone meet the country they serve ("Lula spoke with ... the Brazilian envoy").
        if relation == .spokeWith, serves(source, target) && entities[target].type == .country || serves(target, source) && entities[source].type == .country {
            return
        }
        // The press reports and is told things; it is no party to them. But it is blamed, banned
        // and attacked: "Mali accused RFI of lying".
        guard entities[source].organizationKind != "media",
            entities[target].organizationKind != "media" || [.blamed, .criticized, .sanctioned, .attacked].contains(relation)
        else { return }
        let key = Key(source, relation, target)
        if relation == .spokeWith, entities[source].type == .person, entities[target].type == .person {
            // "A met B and C": the three met, for "the three leaders" after them.
            if var meeting = lastMeeting, meeting.sentence == sentence.index, meeting.people.count < 4 {
                for e in [source, target] where !meeting.people.contains(e) { meeting.people.append(e) }
                lastMeeting = meeting
            } else {
                lastMeeting = (sentence.index, [source, target])
            }
        }
        if found[key] == nil { order.append(key) }
        if recorded.insert(Evidence(key: key, sentence: sentence.index)).inserted { found[key, default: []].append(sentence) }
    }

    /// Whether the backing after `end` goes to extremists no name is given for: "giving support
    /// to radicals", "arming terrorist groups", "funds militants".
    private func backsExtremists(after end: Int, limit: Int, byVerb: Bool) -> Bool {
        var k = end
        while k < min(limit, end + 5), tokens[k].kind == .word, !mentionTokens.contains(k) {
            // "supports the fight against terrorists", "aid to victims of militants".
            if Self.wordsTurningAgainst.contains(tokens[k]) { return false }
            if Self.extremistNouns.contains(tokens[k]) || byVerb && Self.armedOppositionNouns.contains(tokens[k]) { return true }
            k += 1
        }
        return false
    }

    /// Whether unnamed fighters are named in `range`: "the rebels", "armed groups", "militants".
    private func namesArmedOpposition(in range: Range<Int>) -> Bool {
        range.contains { k in
            let word = tokens[k].lowercased
            return !mentionTokens.contains(k) && (Self.extremistNouns.contains(word) || Self.armedOppositionNouns.contains(word)
                || word == "armed" && k + 1 < range.upperBound && ["groups", "group", "men", "factions"].contains(tokens[k + 1].lowercased))
        }
    }

    /// Whether the trigger at `t` can only be a verb: a participle, or a word after a name, an
    /// auxiliary or "to" ("Asmara arms", "is arming", "to arm"); not "promised military support".
    private func isPlainlyVerb(_ t: Int) -> Bool {
        let word = tokens[t].lowercased
        guard !word.hasSuffix("ing"), !word.hasSuffix("ed") else { return true }
        guard t > 0 else { return false }
        return mentionTokens.contains(t - 1) || lexicon.isWord(tokens[t - 1], in: .auxiliary) || tokens[t - 1].lowercased == "to"
    }

    private static let wordsTurningAgainst: WordSet = [
        "against", "fight", "fighting", "combat", "combating", "combatting", "counter", "countering", "defeat", "defeating", "victims", "of",
    ]
    private static let extremistNouns: WordSet = [
        "terrorists", "terrorist", "terrorism", "extremists", "extremist", "radicals", "jihadists", "jihadist", "insurgents",
        "militants", "separatists",
    ]
    /// Those who fight a government, whose backing is a charge when a verb says it ("said Asmara
    /// was arming the rebels"), not a noun of what was promised or feared ("concerns about
    /// Sudan's promised support to the rebels").
    private static let armedOppositionNouns: WordSet = [
        "rebels", "rebel", "guerrillas", "guerillas", "guerrilla", "mercenaries", "paramilitaries", "paramilitary", "warlords", "militias",
        "insurgency", "rebellion",
    ]

    /// Whether every party of both groups is, or serves, one country: "Austin said Biden had
    /// ordered the strikes" reports an act of his own side, no charge.
    private func areOnOneSide(_ a: ArgumentGroup, _ b: ArgumentGroup) -> Bool {
        func names(_ e: Int) -> [String] {
            switch entities[e].type {
            case .country: [entities[e].name] + entities[e].aliases + entities[e].lookupNames
            case .person: entities[e].country.map { [$0] } ?? []
            default: []
            }
        }
        guard let first = a.entities.first else { return false }
        let country = names(first)
        return (a.entities + b.entities).allSatisfy { names($0).contains(where: country.contains) }
    }

    // MARK: - Arguments

    /// - Parameter firstPerson: whether "we" and "I" are resolved; not while looking for the
    ///   speaker of a quotation, which is where they look.
    private func argumentItems(in sentence: Sentence, firstPerson: Bool = true) -> [ArgumentItem] {
        var items: [ArgumentItem] = []
        for m in mentionsOfSentence[sentence.index] {
            guard let e = mentions[m].entity, !isOwnedByMedia(mentions[m].range.lowerBound) else { continue }
            let range = mentions[m].range
            let next = range.upperBound
            switch mentions[m].form {
            case .demonym:
                // "U.S. officials", "Israeli officials" act for their country; "Russian fertilizer" does not.
                if !mentions[m].isArgument || qualifiers.contains(range.lowerBound) { continue }
                if let agent = agentNoun(from: next, within: 2) {
                    // "the chargé d'affaires of the Russian embassy": an envoy of the country's body.
                    let envoy = titleGoverning(range.lowerBound).flatMap { span in
                        Self.envoyTitles.contains(tokens[span.range.upperBound - 1]) ? span : nil
                    }
                    let start = envoy.map { $0.range.lowerBound - 1 } ?? range.lowerBound
                    items.append(ArgumentItem(range: start..<(agent + 1), entities: [e]))
                } else if let envoy = unnamedEnvoy(after: range) {
                    // "summoned a Pakistani envoy": one of the country's envoys, unnamed, speaks for it.
                    items.append(ArgumentItem(range: range.lowerBound..<(envoy + 1), entities: [e]))
                } else if let noun = officeNoun(afterDemonymsFrom: next) {
                    // "the Kenyan and Ugandan presidents met": each country's president
                    // the document names, else the country, when the document names no one who
                    // serves it (one it names but not in that office might be the minister).
                    let holder = holder(of: e, pluralTitle: noun)
                    if holder == e, entities.indices.contains(where: { entities[$0].type == .person && serves($0, e) }) { continue }
                    let end = mentionsAt[next].isEmpty && !tokens[next].is(",") && tokens[next].lowercased != "and" ? noun + 1 : range.upperBound
                    items.append(ArgumentItem(range: range.lowerBound..<end, entities: [holder]))
                } else if agentNoun(afterDemonymListFrom: next) != nil {
                    items.append(ArgumentItem(range: range, entities: [e]))
                } else if mentions[m].surface.hasSuffix("s"), mentions[m].isArgument, !mentions[m].isPossessive, next < tokens.count,
                    tokens[next].kind != .word || !tokens[next].isCapitalized
                {
                    items.append(ArgumentItem(range: range, entities: [e]))
                }
                continue
            default:
                break
            }
            if qualifiers.contains(range.lowerBound) { continue }
            // "the U.S. envoy", "the Belarus ambassador": read as "the American envoy" is, among
            // the descriptions that refer back.
            if entities[e].type == .country, range.lowerBound > sentence.range.lowerBound, tokens[range.lowerBound - 1].lowercased == "the",
                demonymTitle(after: range.lowerBound - 1, end: sentence.range.upperBound) != nil
            {
                continue
            }
            if entities[e].type == .country, let envoy = unnamedEnvoy(after: range) {
                // "summoned the Belarus ambassador", "a Pakistan High Commission envoy" (a mission
                // is its country's seat): the country.
                items.append(ArgumentItem(range: range.lowerBound..<(envoy + 1), entities: [e]))
                continue
            }
            if !mentions[m].isArgument {
                // "officials in Paris", "the government in Caracas": a seat used for its government.
                if mentions[m].form == .seat, let agent = agentBefore(range.lowerBound) {
                    items.append(ArgumentItem(range: agent..<range.upperBound, entities: [e]))
                }
                continue
            }
            if mentions[m].isPossessive {
                // "Ortega's Sandinista government", "Museveni's administration": the leader's country.
                if entities[e].type == .person, let country = servedCountry[e], let noun = governmentNoun(afterOwnerAt: next, end: sentence.range.upperBound) {
                    items.append(ArgumentItem(range: range.lowerBound..<(noun + 1), entities: [country]))
                    continue
                }
                if entities[e].type == .country, let span = unnamedTitle(at: next) {
                    // "Kenya's president accused ...": the president of Kenya named before, or Kenya.
                    let title = titleText(span)
                    let person = recentPerson(withRole: title, before: range.lowerBound, in: sentence, serving: e)
                        ?? namedLater(withRole: Self.normalizedRole(title), serving: e)
                    items.append(ArgumentItem(range: range.lowerBound..<span.range.upperBound, entities: [person ?? e]))
                } else if agentNoun(from: next, within: 3) != nil {
                    items.append(ArgumentItem(range: range, entities: [e]))
                } else if !entityMentionStarts.contains(next) {
                    items.append(ArgumentItem(range: range, entities: [e], isObjectOnly: true))
                }
                continue
            }
            if entities[e].type == .country, let (noun, isFirst) = pluralTitle(governing: range.lowerBound) {
                // "the presidents of China and the United States": each country's president the
                // document names, else the country. The first member's item holds the title, so
                // that the list stands where a subject may.
                items.append(ArgumentItem(range: (isFirst ? noun : range.lowerBound)..<range.upperBound, entities: [holder(of: e, pluralTitle: noun)]))
                continue
            }
            if entities[e].type != .person, let span = titleGoverning(range.lowerBound), !isNamedAfter(range.upperBound) {
                // "met the president of Nepal", "the head of the Nepali Congress": the holder the
                // document names, else the country or body itself.
                let title = titleText(span)
                let holder = entities[e].type == .country
                    ? recentPerson(withRole: title, before: span.range.lowerBound, in: sentence, serving: e)
                        ?? namedLater(withRole: Self.normalizedRole(title), serving: e) : nil
                items.append(ArgumentItem(range: (span.range.lowerBound - 1)..<range.upperBound, entities: [holder ?? e]))
                continue
            }
            if let agent = agentBefore(range.lowerBound) {
                // "the government of President Hadi", as "the Hadi government": the leader's country.
                let actor = entities[e].type == .person ? servedCountry[e] ?? e : e
                items.append(ArgumentItem(range: agent..<range.upperBound, entities: [actor]))
                continue
            }
            // "between the Colombia government and the FARC", as "the Colombian government": the
            // country, with its noun, so that a list holds together past it.
            if entities[e].type == .country, !mentions[m].isPossessive, next < tokens.count, Self.nounsOfAGovernment.contains(tokens[next]) {
                let start = range.lowerBound > sentence.range.lowerBound && tokens[range.lowerBound - 1].lowercased == "the" ? range.lowerBound - 1 : range.lowerBound
                items.append(ArgumentItem(range: start..<(next + 1), entities: [e]))
                continue
            }
            // "the Lee Myung-bak administration", "the Netanyahu government": the leader's country.
            if entities[e].type == .person, next < tokens.count, lexicon.isWord(tokens[next], in: .governmentNoun),
                let country = servedCountry[e]
            {
                items.append(ArgumentItem(range: range.lowerBound..<(next + 1), entities: [country]))
                continue
            }
            items.append(ArgumentItem(range: range, entities: [e]))
        }
        items += referringItems(in: sentence, named: items, firstPerson: firstPerson)
        items.sort { $0.range.lowerBound < $1.range.lowerBound }
        return absorbingCountriesServed(items)
    }

    /// The noun of government a possessive owns past up to two words that describe it ("'s
    /// military government", "'s Sandinista regime"), none of them a name.
    private func governmentNoun(afterOwnerAt start: Int, end: Int) -> Int? {
        var k = start
        while k < min(end, start + 3), tokens[k].kind == .word, !mentionTokens.contains(k), !tokens[k].isPossessive {
            if Self.nounsOfAGovernment.contains(tokens[k]) { return k }
            if Self.isGrammarWord(tokens[k], in: lexicon) { return nil }
            k += 1
        }
        return nil
    }

    private static let nounsOfAGovernment: WordSet = ["government", "administration", "regime", "junta", "cabinet"]

    /// "President Lula of Brazil, Prime Minister Harper of Canada and ...": the country after a
    /// person's name says whom the person serves; it is part of the person's item, so that the
    /// list holds together and the country is no party of its own. So is an abbreviation in
    /// parentheses after a name.
    private func absorbingCountriesServed(_ items: [ArgumentItem]) -> [ArgumentItem] {
        var result: [ArgumentItem] = []
        result.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            var item = items[i]
            if item.entities.count == 1, entities[item.entities[0]].type == .person,
                let served = servedCountry[item.entities[0]],
                let (country, end) = countryServed(after: item.range.upperBound, by: served)
            {
                item.range = item.range.lowerBound..<end
                // The country may be an item of its own ("of Brazil" as a party), or only a mention.
                if i + 1 < items.count, items[i + 1].range.lowerBound == country.lowerBound { i += 1 }
            }
            // "the Republic of Korea (ROK)": the abbreviation in parentheses is the same member.
            let open = item.range.upperBound
            if open + 2 < tokens.count, tokens[open].is("("), i + 1 < items.count, items[i + 1].range.lowerBound == open + 1,
                items[i + 1].entities == item.entities, tokens[items[i + 1].range.upperBound].is(")")
            {
                item.range = item.range.lowerBound..<(items[i + 1].range.upperBound + 1)
                i += 1
            }
            result.append(item)
            i += 1
        }
        return result
    }

    /// The country's tokens in "of [the] Country" or "(Country)" at `k` when the country is
    /// `served`, and where the phrase ends.
    private func countryServed(after k: Int, by served: Int) -> (country: Range<Int>, end: Int)? {
        guard k + 1 < tokens.count else { return nil }
        let isParenthesized = tokens[k].is("(")
        guard isParenthesized || tokens[k].lowercased == "of" else { return nil }
        let start = tokens[k + 1].lowercased == "the" ? k + 2 : k + 1
        guard start < tokens.count,
            let m = mentionsAt[start].first(where: { mentions[$0].range.lowerBound == start && mentions[$0].entity == served })
        else { return nil }
        let country = mentions[m].range
        guard isParenthesized else { return (country, country.upperBound) }
        return country.upperBound < tokens.count && tokens[country.upperBound].is(")") ? (country, country.upperBound + 1) : nil
    }

    /// A title at `k` that no name follows: "Kenya's president said", not "Kenya's President Ruto".
    private func unnamedTitle(at k: Int) -> TitleSpan? {
        let k = pastRoleModifiers(from: k, end: tokens.count)
        guard k < tokens.count, let span = titleAt[k].map({ titles[$0] }), span.range.lowerBound == k,
            span.range.upperBound >= tokens.count || !entityMentionStarts.contains(span.range.upperBound)
        else { return nil }
        return span
    }

    /// Past lowercase words that qualify a title the lexicon lists without them: "India's
    /// deputy high commissioner", "the Iranian acting ambassador".
    private func pastRoleModifiers(from k: Int, end: Int) -> Int {
        var j = k
        while j < end, j < k + 2, titleAt[j] == nil, !tokens[j].isCapitalized, lexicon.isWord(tokens[j], in: .roleModifier) { j += 1 }
        return j
    }

    /// The index of an agent noun ("government", "officials") among the next words.
    private func agentNoun(from start: Int, within limit: Int) -> Int? {
        var k = start
        while k < tokens.count, k < start + limit, tokens[k].kind == .word {
            if lexicon.isWord(tokens[k], in: .agentNoun) { return k }
            if tokens[k].isCapitalized, mentionTokens.contains(k) { return nil }
            k += 1
        }
        return nil
    }

    /// "officials in Paris", "negotiators from Russia": the agent noun before "in", "of" or
    /// "from" and a name.
    private func agentBefore(_ start: Int) -> Int? {
        func isLinking(_ k: Int) -> Bool { Self.linkingPrepositions.contains(tokens[k]) }
        // "the government of President Hadi": past the title.
        let start = roleStarts[start] ?? start
        guard start >= 2, isLinking(start - 1) || tokens[start - 1].lowercased == "the" else { return nil }
        var k = start - 1
        if tokens[k].lowercased == "the" { k -= 1 }
        guard k >= 1, isLinking(k) else { return nil }
        // "diplomats in Paris" may be anyone's posted there; "diplomats from Paris" are its own.
        if tokens[k].lowercased == "from" { return Self.envoysFrom.contains(tokens[k - 1]) ? k - 1 : nil }
        return lexicon.isWord(tokens[k - 1], in: .governmentNoun) ? k - 1 : nil
    }

    /// "the presidents of China and Liberia", "the leaders of France, Germany and Italy": the
    /// index of the plural title that governs the country named at `start`, past the members of
    /// the list before it, and whether the country is the list's first.
    private func pluralTitle(governing start: Int) -> (noun: Int, isFirst: Bool)? {
        var k = start - 1
        var isFirst = true
        while k > 0, tokens[k].is(",") || tokens[k].lowercased == "and" || lexicon.isWord(tokens[k], in: .determiner)
            || mentionsAt[k].contains(where: { mentions[$0].type == .country && !mentions[$0].isPossessive })
        {
            if !lexicon.isWord(tokens[k], in: .determiner) { isFirst = false }
            k -= 1
        }
        guard k > 0, tokens[k].lowercased == "of", Self.pluralNoun(tokens[k - 1].lowercased) == .people else { return nil }
        return (k - 1, isFirst)
    }

    /// The one person the document names who serves `country` under the plural title at
    /// `noun` ("the presidents of ..."), else the country.
    private func holder(of country: Int, pluralTitle noun: Int) -> Int {
        let holders = entities.indices.filter { entities[$0].type == .person && serves($0, country) && holdsPluralTitle($0, tokens[noun].lowercased) }
        if holders.count == 1 { return holders[0] }
        // A past holder named in passing ("who once studied under President X") is not
        // the one the story is about: the holder it names most often, if one is.
        let times = holders.map { e in mentions.count { $0.entity == e } }
        guard let most = times.max(), times.count(where: { $0 == most }) == 1, let index = times.firstIndex(of: most) else { return country }
        return holders[index]
    }

    /// "the presidents of the two countries", "the foreign ministers of both nations": a plural
    /// title before countries referred to takes their place, as before countries named.
    private func underPluralTitle(_ item: ArgumentItem) -> ArgumentItem {
        let k = item.range.lowerBound
        guard k >= 2, tokens[k - 1].lowercased == "of", Self.pluralNoun(tokens[k - 2].lowercased) == .people,
            item.entities.allSatisfy({ entities[$0].type == .country })
        else { return item }
        return ArgumentItem(range: (k - 2)..<item.range.upperBound, entities: item.entities.map { holder(of: $0, pluralTitle: k - 2) })
    }

    /// "the president of Nepal": the title, after "the", that governs the name at `start`.
    private func titleGoverning(_ start: Int) -> TitleSpan? {
        // "the chargé d'affaires of the Russian embassy": past the article of the name.
        let of = start >= 2 && tokens[start - 1].lowercased == "the" ? start - 2 : start - 1
        guard of >= 2, tokens[of].lowercased == "of", let span = titleAt[of - 1].map({ titles[$0] }),
            span.range.upperBound == of, span.range.lowerBound > 0, tokens[span.range.lowerBound - 1].lowercased == "the"
        else { return nil }
        return span
    }

    /// Whether a person's name follows `k` in apposition: "the head of the party, Sher Bahadur Deuba".
    private func isNamedAfter(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].is(",") else { return false }
        // "the Emir of Qatar, Sheikh Tamim": past a form of address.
        var start = k + 1
        if let span = titleAt[start].map({ titles[$0] }), span.kind == .honorific, span.range.lowerBound == start { start = span.range.upperBound }
        return start < tokens.count && mentionsAt[start].contains { mentions[$0].range.lowerBound == start && mentions[$0].type == .person }
    }

    /// The envoy's title right after a name that an article opens, when no name of the envoy
    /// follows: "a Pakistani envoy", "the Belarus ambassador", "a Pakistan High Commission envoy".
    private func unnamedEnvoy(after range: Range<Int>) -> Int? {
        let next = range.upperBound
        guard range.lowerBound > 0, Self.articles.contains(tokens[range.lowerBound - 1]), next < tokens.count,
            Self.envoyTitles.contains(tokens[next]), !entityMentionStarts.contains(next + 1),
            !(next + 2 < tokens.count && tokens[next + 1].is(",") && entityMentionStarts.contains(next + 2))
        else { return nil }
        return next
    }

    /// The last word of an envoy's title: "the Ugandan ambassador", "China's chargé d'affaires",
    /// "the Indian high commissioner".
    private static let envoyTitles: WordSet = [
        "ambassador", "ambassadors", "envoy", "envoys", "affaires", "chargé", "charge", "consul", "diplomat", "diplomats",
        "commissioner", "commissioners", "d'affaires", "d’affaires", "mission",
    ]

    /// Those who come "from" a country to speak for it: "delegations from Russia and Ukraine".
    private static let linkingPrepositions: WordSet = ["in", "of", "from"]
    private static let envoysFrom: WordSet = [
        "officials", "diplomats", "delegation", "delegations", "delegates", "negotiators", "envoys", "representatives", "ministers",
        "leaders", "lawmakers",
    ]

    /// The agent noun after a list of demonyms that shares it: "Russian and U.S. officials",
    /// "Egyptian, Qatari and American mediators".
    private func agentNoun(afterDemonymListFrom start: Int) -> Int? {
        var k = start
        var joined = false
        while k < tokens.count, tokens[k].is(",") || tokens[k].lowercased == "and" || tokens[k].lowercased == "or" {
            k += 1
            guard k < tokens.count, let m = mentionsAt[k].first(where: { mentions[$0].range.lowerBound == k }),
                mentions[m].type == .country, !mentions[m].isPossessive
            else { continue }
            k = mentions[m].range.upperBound
            joined = true
        }
        return joined ? agentNoun(from: k, within: 2) : nil
    }

    /// The plural noun of an office after a list of demonyms that shares it ("Armenian and
    /// Azerbaijani foreign ministers", "the Kenyan and Ugandan presidents"), past up to two words
    /// that describe it.
    private func officeNoun(afterDemonymsFrom start: Int) -> Int? {
        var k = start
        while k < tokens.count, tokens[k].is(",") || tokens[k].lowercased == "and" {
            k += 1
            guard k < tokens.count, let m = mentionsAt[k].first(where: { mentions[$0].range.lowerBound == k }),
                mentions[m].type == .country, mentions[m].form == .demonym
            else { return nil }
            k = mentions[m].range.upperBound
        }
        var described = 0
        while k < tokens.count, described <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized || titleAt[k] != nil, !mentionTokens.contains(k) {
            if Self.pluralOffices.contains(tokens[k]) { return k }
            k += 1
            described += 1
        }
        return nil
    }

    private static let pluralOffices: WordSet = ["presidents", "ministers", "leaders", "premiers", "chancellors"]

    /// Pronouns and descriptions that refer back: "he", "the president", "the country".
    private func referringItems(in sentence: Sentence, named: [ArgumentItem], firstPerson: Bool) -> [ArgumentItem] {
        var items: [ArgumentItem] = []
        var k = sentence.range.lowerBound
        let end = sentence.range.upperBound
        while k < end {
            defer { k += 1 }
            guard tokens[k].kind == .word, let word = lexicon.referringWord(tokens[k]), !mentionTokens.contains(k), !qualifiers.contains(k)
            else { continue }
            switch word {
            case .we where firstPerson, .i where firstPerson:
                if let speaker = firstPersonSpeaker(at: k, plural: word == .we, in: sentence) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: speaker))
                }
            case .us where firstPerson:
                // "Khartoum has accused us", said a South Sudanese minister: the speaker's country.
                // ("US" written in capitals is the United States.)
                if tokens[k].text == "us", openingQuote(before: k) != nil,
                    let speaker = firstPersonSpeaker(at: k, plural: true, in: sentence)
                {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: speaker))
                }
            case .he, .she:
                if opensWithUnnamedPerson(sentence, before: k) { continue }
                if let e = personSubject(before: k, in: sentence, named: named) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: [e]))
                }
            case .they where firstPerson:
                // "Chadian officials have another explanation. They say ...": the actors of the
                // sentence before, when this one names none before the pronoun.
                if !named.contains(where: { $0.range.lowerBound < k }), let (index, actors) = lastActingGroup, sentence.index - index == 1 {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: actors))
                } else if let subjects = listOpening(sentence, before: k, named: named) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: subjects))
                }
            case .him:
                if let e = personObject(before: k, in: sentence, named: named) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: [e]))
                }
            case .it:
                // "it is obvious that ...", "it was Sudan that ...": no referent.
                if k + 2 < end, ["is", "was", "seems", "appears"].contains(tokens[k + 1].lowercased), !tokens[k + 2].lowercased.hasSuffix("ing") {
                    continue
                }
                let earlier = (named + items).sorted { $0.range.lowerBound < $1.range.lowerBound }
                // As an object ("banned RFI after accusing it"), the party named last; as a
                // subject ("Mali said it would"), the one the sentence opened with.
                let actors = earlier.filter { $0.range.lowerBound < k && $0.entities.contains { entities[$0].type != .person } }
                // ("accused Iran of blocking peace in Yemen, slamming it": a place named in passing
                // is no party.)
                let referent = isObjectPosition(k) ? actors.last(where: { !isPlace(startingAt: $0.range.lowerBound, $0.entities) }) ?? actors.last : actors.first
                // "called the raid on the Danish embassy cowardly and condemned it": the act
                // named last is what "it" stands for, not the party it befell.
                if isObjectPosition(k), let referent, isTargetOfAnAct(startingAt: referent.range.lowerBound) { continue }
                if let e = referent?.entities.first ?? lastActorSubject {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: [e]))
                }
            case .them where isObjectPosition(k):
                // "expelled the envoys of Russia and Belarus after accusing them": the list named last.
                if let list = lastList(before: k, in: named) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: list))
                } else if let group = named.last(where: { item in
                    // "backs the Houthis and arms them": a group is "them" too, as its members.
                    item.range.upperBound <= k && item.entities.count == 1 && entities[item.entities[0]].type == .organization
                }) {
                    items.append(ArgumentItem(range: k..<(k + 1), entities: group.entities))
                }
            case .his, .her:
                // "said he had spoken with his Saudi counterpart": the Saudi who holds his office.
                if let (e, stop) = counterpart(at: k, end: end, in: sentence, named: named) ?? unnamedCounterpart(at: k, end: end, in: sentence, named: named) {
                    items.append(ArgumentItem(range: k..<stop, entities: [e], isObjectOnly: true))
                    continue
                }
                // "pledged support for his country": the country of the person he is. Only as an
                // object: as a subject ("said his country would not yield and accused Cairo") it
                // would take the person's deeds from them. "backed his organization": the body the
                // person was named with.
                guard k + 1 < end else { continue }
                let isCountry = Self.nounsOfAPersonsCountry.contains(tokens[k + 1])
                guard isCountry || Self.nounsOfAPersonsBody.contains(tokens[k + 1]),
                    let person = personSubject(before: k, in: sentence, named: named),
                    let owned = isCountry ? servedCountry[person] : entities[person].organization.flatMap({ organizationNamed[$0] })
                else { continue }
                items.append(ArgumentItem(range: k..<(k + 2), entities: [owned], isObjectOnly: true))
            case .whose:
                // "Netanyahu, whose government": the person's country.
                if k + 1 < end, lexicon.isWord(tokens[k + 1], in: .agentNoun),
                    let person = named.last(where: { $0.range.upperBound <= k })?.entities.first, entities[person].type == .person,
                    let country = servedCountry[person]
                {
                    items.append(ArgumentItem(range: k..<(k + 2), entities: [country]))
                }
            case .the:
                // "the President of ECOWAS, Omar Touray": a title its holder's name follows.
                guard k + 1 < end, !qualifiers.contains(k + 1) else { continue }
                if let span = titleAt[k + 1].map({ titles[$0] }), span.range.lowerBound == k + 1,
                    !(span.range.upperBound < end && mentionTokens.contains(span.range.upperBound)),
                    // "the president of Nepal" is read with its country.
                    !(span.range.upperBound + 1 < end && tokens[span.range.upperBound].lowercased == "of" && entityMentionStarts.contains(span.range.upperBound + 1))
                {
                    let title = titleText(span)
                    // "The President" with a capital, as readouts write it, is the principal the
                    // document named first; "the president" of a news story, the one named last.
                    let isFormal = tokens[span.range.lowerBound].isCapitalized && !tokens[span.range.lowerBound].isAllCaps
                    if let e = (isFormal ? principal(withRole: title) : nil) ?? recentPerson(withRole: title, before: k, in: sentence) {
                        items.append(ArgumentItem(range: k..<span.range.upperBound, entities: [e]))
                    }
                    // "The President and Chancellor": one article for two titles.
                    let and = span.range.upperBound
                    if and + 1 < end, tokens[and].lowercased == "and", let second = titleAt[and + 1].map({ titles[$0] }),
                        second.range.lowerBound == and + 1, second.range.upperBound >= end || !mentionTokens.contains(second.range.upperBound)
                    {
                        let title = titleText(second)
                        if let e = (isFormal ? principal(withRole: title) : nil) ?? recentPerson(withRole: title, before: k, in: sentence) {
                            items.append(ArgumentItem(range: second.range, entities: [e]))
                        }
                    }
                } else if let (span, country) = demonymTitle(after: k, end: end) {
                    // "the Colombian president": the president of that country named before.
                    let title = titleText(span)
                    // Unnamed, the office acts for its country, as "Kenya's president" does.
                    // "accused the Australian prime minister" before the story names Morrison: him.
                    let e = recentPerson(withRole: title, before: k, in: sentence, serving: country)
                        ?? namedLater(withRole: Self.normalizedRole(title), serving: country) ?? country
                    items.append(ArgumentItem(range: k..<span.range.upperBound, entities: [e]))
                } else if let noun = regimeNoun(after: k, end: end), let e = countryOfRegime(named: tokens[noun].lowercased, before: k),
                    !named.contains(where: { $0.entities.contains(e) })
                {
                    // "the junta", "the military regime": the country the document tied such a
                    // government to ("Mali's junta"); the country named last may be another.
                    items.append(ArgumentItem(range: k..<(noun + 1), entities: [e]))
                } else if let noun = countryNoun(after: k, end: end),
                    let e = recent(.country, before: k, in: sentence, excluding: named.first?.entities ?? [])
                {
                    // "the country", "the Southeast Asian country", "the oil-rich kingdom": the
                    // country named last.
                    items.append(ArgumentItem(range: k..<(noun + 1), entities: [e], isObjectOnly: tokens[noun].isPossessive))
                } else if k == sentence.range.lowerBound, let noun = governmentNoun(after: k, end: end) ?? ministryNoun(after: k, end: end),
                    let e = storyCountry
                {
                    // "The government summoned the Chinese ambassador", "The ministry said": at a
                    // sentence's start, the government of the country the story is told from.
                    items.append(ArgumentItem(range: k..<(noun + 1), entities: [e]))
                } else if isObjectPosition(k), let noun = governmentNoun(after: k, end: end),
                    let e = recent(.country, before: k, in: sentence, excluding: subjectAndItsCountry(named))
                {
                    // "slammed Australia's offer, accusing the federal government of meddling": the
                    // country named last, other than the subject's own.
                    items.append(ArgumentItem(range: k..<(noun + 1), entities: [e]))
                } else if let noun = groupNoun(after: k, end: end), !mentionTokens.contains(noun),
                    // ("the Organization of American States" is a name, not "the organization")
                    let e = recentOrganization(namedFor: tokens[noun].lowercased, before: k, in: sentence)
                        ?? recent(.organization, before: k, in: sentence, excluding: compoundSources(k..<noun)),
                    // "the rebels" are no bloc, agency or company the text named last.
                    !Self.armedGroupNouns.contains(tokens[noun]) || entities[e].organizationKind.map({ $0 == "militant" }) ?? true
                {
                    // "the group", "the Iran-backed group": the organization last named.
                    items.append(ArgumentItem(range: k..<(noun + 1), entities: [e]))
                } else if let item = pluralReference(at: k, end: end, in: sentence) {
                    items.append(underPluralTitle(item))
                }
            case .its:
                // "Thailand recalled its envoy, accusing its neighbour of interfering": the other
                // country of the story's pair, the one named most that is not the subject's.
                var noun = k + 1
                while noun < min(end, k + 4), tokens[noun].kind == .word, !mentionTokens.contains(noun),
                    !Self.neighbourNouns.contains(tokens[noun])
                {
                    noun += 1
                }
                guard noun < end, Self.neighbourNouns.contains(tokens[noun]),
                    !(noun + 1 < end && mentionTokens.contains(noun + 1)),
                    let e = mostNamedCountry(before: k, excluding: subjectAndItsCountry(named))
                else { continue }
                items.append(ArgumentItem(range: k..<(noun + 1), entities: [e], isObjectOnly: true))
            case .both:
                if let item = pluralReference(at: k, end: end, in: sentence) { items.append(underPluralTitle(item)) }
            default:
                break
            }
        }
        return items
    }

    /// The noun of a country after "the" at `k`, past up to three words that describe it: "the
    /// country", "the Southeast Asian country", "the war-torn nation".
    private func countryNoun(after the: Int, end: Int) -> Int? {
        var k = the + 1
        while k < min(end, the + 5) {
            let word = tokens[k].lowercased
            if word == "country" || k > the + 1 && Self.nounsOfACountry.contains(word) { return k }
            guard tokens[k].kind == .word, !mentionTokens.contains(k), !tokens[k].isPossessive, !Self.isGrammarWord(tokens[k], in: lexicon),
                tokens[k].isHyphenated || !word.hasSuffix("ing") && !word.hasSuffix("ed")
            else { return nil }
            k += 1
        }
        return nil
    }

    /// Nouns for a country after words describing it ("the Gulf kingdom", "the communist-ruled
    /// island"); alone, only "country" is read so ("the republic" may be another's).
    private static let nounsOfACountry: WordSet = ["country", "nation", "kingdom", "republic", "emirate", "island", "state", "monarchy", "sultanate"]

    /// Whether the word at `k` follows a verb the reader knows or a preposition: an object.
    private func isObjectPosition(_ k: Int) -> Bool {
        k > 0 && (isTrigger(k - 1) || lexicon.isWord(tokens[k - 1], in: .preposition))
    }

    /// The entities of the last list of two or more names before `k`: "Russia and Belarus".
    private func lastList(before k: Int, in named: [ArgumentItem]) -> [Int]? {
        let before = named.filter { $0.range.upperBound <= k }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard var last = before.last else { return nil }
        var list = last.entities
        for item in before.dropLast().reversed() {
            guard (item.range.upperBound..<last.range.lowerBound).allSatisfy({ tokens[$0].is(",") || tokens[$0].lowercased == "and" || isTransparent($0) }),
                item.range.upperBound < last.range.lowerBound
            else { break }
            list = item.entities + list
            last = item
        }
        return list.count >= 2 ? list : nil
    }

    /// "Macron and Merz travelled to Kyiv, where they met Zelensky", "Envoys of Chad and Sudan
    /// sat apart as they traded accusations": in a clause a subordinating conjunction opens,
    /// "they" are the list of parties that opens the sentence, as its subject or as the parties
    /// of its agents ("envoys of ...").
    private func listOpening(_ sentence: Sentence, before k: Int, named: [ArgumentItem]) -> [Int]? {
        guard k >= 1, Self.conjunctionsBeforeThey.contains(tokens[k - 1]) else { return nil }
        let before = named.filter { $0.range.upperBound <= k }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = before.first,
            (sentence.range.lowerBound..<first.range.lowerBound).allSatisfy(isTransparent)
                || isPartyOfOpeningAgents(first.range.lowerBound, from: sentence.range.lowerBound)
        else { return nil }
        var list = [first]
        for item in before.dropFirst() {
            guard joins(list[list.count - 1].range.upperBound, item.range.lowerBound) else { break }
            list.append(item)
        }
        return list.count >= 2 ? list.flatMap(\.entities) : nil
    }

    private static let conjunctionsBeforeThey: WordSet = ["where", "when", "as", "while", "after", "before", "until", "once"]

    /// "his Saudi counterpart" with no name after it: the person the document names as holding
    /// the possessor's office for that country, before or after, else the country. Returns the
    /// entity and where the phrase ends.
    private func counterpart(at k: Int, end: Int, in sentence: Sentence, named: [ArgumentItem]) -> (Int, Int)? {
        guard k + 2 < end, tokens[k + 2].lowercased == "counterpart",
            let m = mentionsAt[k + 1].first(where: { mentions[$0].form == .demonym && mentions[$0].range == (k + 1)..<(k + 2) }),
            let country = mentions[m].entity
        else { return nil }
        // "his Saudi counterpart, Prince Faisal" or "... counterpart Prince Faisal": named there.
        let next = k + 3
        if next < end, mentionTokens.contains(next) || tokens[next].is(",") && next + 1 < end && entityMentionStarts.contains(next + 1)
            || titleAt[next] != nil
        {
            return nil
        }
        // Who the counterpart is when no holder of the same office is named: the one person the
        // document has serve that country ("Secretary of State Blinken ... his Turkish
        // counterpart ... Foreign Minister Hakan Fidan"), else the country, as "the Turkish
        // foreign minister" stands for it.
        let servants = entities.indices.filter { entities[$0].type == .person && servedCountry[$0] == country }
        let unnamed = servants.count == 1 ? servants[0] : country
        guard let person = personSubject(before: k, in: sentence, named: named), let role = entities[person].role?.lowercased() else {
            return (unnamed, k + 3)
        }
        let office = Self.normalizedRole(role)
        guard let e = recentPerson(withRole: office, before: k, in: sentence, serving: country) ?? namedLater(withRole: office, serving: country)
        else { return unnamed == person ? nil : (unnamed, k + 3) }
        guard e != person else { return nil }
        return (e, k + 3)
    }

    /// "Maduro accused his counterpart of lying": with no country and no name given, the one
    /// other person of the document who holds the possessor's office for another country.
    private func unnamedCounterpart(at k: Int, end: Int, in sentence: Sentence, named: [ArgumentItem]) -> (Int, Int)? {
        guard k + 1 < end, tokens[k + 1].lowercased == "counterpart",
            k + 2 >= end || !(mentionTokens.contains(k + 2) || tokens[k + 2].is(",") || titleAt[k + 2] != nil),
            let person = personSubject(before: k, in: sentence, named: named), let role = entities[person].role?.lowercased(),
            let country = servedCountry[person]
        else { return nil }
        let office = Self.normalizedRole(role)
        let peers = entities.indices.filter { e in
            e != person && entities[e].type == .person && servedCountry[e] != nil && servedCountry[e] != country
                && entities[e].role.map { Self.normalizedRole($0.lowercased()) } == office
        }
        return peers.count == 1 ? (peers[0], k + 2) : nil
    }

    /// "the two leaders", "the three countries", "both sides", "the neighbours", "Both said":
    /// the parties named last, people or countries as the noun says. `k` is "the" or "both".
    private func pluralReference(at k: Int, end: Int, in sentence: Sentence) -> ArgumentItem? {
        var j = k + 1
        var count = tokens[k].lowercased == "both" ? 2 : nil
        if j < end, let number = Self.smallNumbers[tokens[j].lowercased] {
            count = number
            j += 1
        }
        // One or two words may describe the noun: "the two foreign ministers", "both African
        // neighbours", "the two South Asian countries".
        var noun = j
        if noun < end, Self.pluralNoun(tokens[noun].lowercased) == nil,
            let described = (noun + 1...noun + 2).first(where: { d in
                d < end && Self.pluralNoun(tokens[d].lowercased) != nil && (noun..<d).allSatisfy { tokens[$0].kind == .word && !mentionTokens.contains($0) }
            })
        {
            noun = described
        }
        var kind = noun < end ? Self.pluralNoun(tokens[noun].lowercased) : nil
        // "the two countries' leaders": the people of the noun after the possessive.
        if noun + 1 < end, tokens[noun].isPossessive, Self.pluralNoun(String(tokens[noun].lowercased.prefix { $0 != "'" && $0 != "\u{2019}" })) != nil,
            Self.pluralNoun(tokens[noun + 1].lowercased) == .people
        {
            noun += 1
            kind = .people
        }
        let stop = kind == nil ? j : noun + 1
        // "its support for the governments of Syria and Iraq": the names after "of" say whose.
        if kind != nil, stop + 1 < end, tokens[stop].lowercased == "of", entityMentionStarts.contains(stop + 1) { return nil }
        // "the governments of the two countries": the countries after "of" say whose.
        if kind != nil, stop + 2 < end, tokens[stop].lowercased == "of", ["the", "both"].contains(tokens[stop + 1].lowercased) { return nil }
        // "The two presidents, Lula and Biden, met": the names in apposition say who.
        if kind != nil, stop + 1 < end, tokens[stop].is(","), entityMentionStarts.contains(stop + 1) { return nil }
        if kind == nil {
            // "the two", "Both reaffirmed": with no noun, only a number or a sentence-opening "Both".
            let isBothAlone = tokens[k].lowercased == "both" && k == sentence.range.lowerBound && j < end && tokens[j].kind == .word
                && !tokens[j].isCapitalized && !lexicon.isWord(tokens[j], in: .determiner)
            guard count != nil && tokens[k].lowercased == "the" || isBothAlone else { return nil }
        } else if count == nil, tokens[k].lowercased == "the", kind != .actors {
            // "the leaders", "the sides", "the groups": too vague without a number.
            return nil
        }
        let wanted = count ?? 2
        let recentSentences = { (index: Int) in sentence.index - index <= 2 }
        // "the two presidents" are presidents, "the two leaders" leaders; an aide named since is neither.
        let fits = { (e: Int) in kind == nil || noun >= end || self.holdsPluralTitle(e, tokens[noun].lowercased) }
        // "The call between the two leaders": the two who met last, past an aide named since.
        let recentMeeting = lastMeeting.flatMap { recentSentences($0.sentence) && $0.people.count == wanted ? $0.people : nil }
        let met = recentMeeting.flatMap { $0.allSatisfy(fits) ? $0 : nil }
        // "Mahama and Ouattara said ... When the two presidents met": the pair that spoke together,
        // past a third president named as their object.
        // One of them may be named with no office ("and Ouattara").
        let pairActing = lastPeopleSubject.flatMap { pair in
            recentSentences(pair.sentence) && pair.people.count == wanted && pair.people.contains(where: fits)
                && pair.people.allSatisfy { fits($0) || entities[$0].role == nil } ? pair.people : nil
        }
        let acting = lastActingGroup.flatMap { recentSentences($0.sentence) && (count == nil || $0.entities.count == wanted) ? $0.entities : nil }
        let parties: [Int]?
        switch kind {
        case .people:
            // News calls envoys "leaders" too: with no pair that holds the office, the pair that met.
            parties = met ?? pairActing ?? recentPeople(wanted, before: k, in: sentence, where: fits) ?? recentMeeting
                ?? recentPeople(wanted, before: k, in: sentence)
        // "the nations", with no number: the whole list named last ("South Korea, the U.S. and Japan").
        // "Egypt and Bahrain cut ties with Qatar. The two countries ...": counted, the list
        // that acted, before the last names (which take in the one acted on).
        case .actors, .countedActors:
            parties = count == nil
                ? recentActorList(before: k, in: sentence) ?? recentActors(wanted, before: k, in: sentence) ?? acting
                : acting ?? recentActors(wanted, before: k, in: sentence, excluding: actorsActingOn(k, in: sentence))
        case .either: parties = met ?? (count == nil ? nil : acting) ?? recentActors(wanted, before: k, in: sentence) ?? acting
        // "the two held talks": most often the two people just named.
        case nil: parties = met ?? recentPeople(wanted, before: k, in: sentence) ?? recentActors(wanted, before: k, in: sentence)
        }
        return parties.map { ArgumentItem(range: k..<stop, entities: $0) }
    }

    /// Whether a person holds the office a plural noun names: a president for "presidents", a
    /// head of state, government or ministry for "leaders"; anyone for "officials" or "men".
    private func holdsPluralTitle(_ e: Int, _ noun: String) -> Bool {
        // "special envoy of the president": the office is the envoy's, whoever it serves.
        let fullRole = entities[e].role?.lowercased() ?? ""
        let role = fullRole.split(separator: " ").prefix { $0 != "of" }.joined(separator: " ")
        switch noun {
        case "leaders", "heads": return entities[e].isLeader
        case "presidents": return role.includes("president")
        case "ministers": return role.includes("minister")
        case "premiers": return role.includes("prime minister") || role.includes("premier")
        case "chancellors": return role.includes("chancellor")
        default: return true
        }
    }

    /// What a plural noun refers back to. `countedActors`: countries or bodies, but only after a
    /// number ("the two groups"), since news also uses the noun for parties it never named
    /// ("arming the groups").
    private enum PluralKind: Sendable { case people, actors, countedActors, either }

    private static func pluralNoun(_ word: String) -> PluralKind? { pluralNouns[word] }

    /// Asked of nearly every "the" and "both": a table, not a chain of comparisons.
    private static let pluralNouns: WordMap<PluralKind> = [
        "leaders": .people, "men": .people, "women": .people, "presidents": .people, "ministers": .people, "heads": .people,
        "counterparts": .people, "diplomats": .people, "officials": .people, "premiers": .people, "chancellors": .people,
        "envoys": .people,
        "countries": .actors, "nations": .actors, "governments": .actors, "neighbours": .actors, "neighbors": .actors,
        "states": .countedActors, "powers": .countedActors, "allies": .countedActors, "capitals": .countedActors,
        "groups": .countedActors, "militias": .countedActors, "factions": .countedActors, "movements": .countedActors,
        "organizations": .countedActors, "organisations": .countedActors,
        "sides": .either, "parties": .either,
    ]

    private static let smallNumbers: WordMap<Int> = ["two": 2, "three": 3, "four": 4, "both": 2]

    /// The last `count` countries or organizations named, in text order.
    private func recentActors(_ count: Int, before k: Int, in sentence: Sentence, excluding excluded: [Int] = []) -> [Int]? {
        var actors: [Int] = []
        for m in recentMentions(in: sentence).reversed() where m.range.upperBound <= k && !m.isMedia {
            guard let e = m.entity, entities[e].type != .person, !actors.contains(e), !excluded.contains(e) else { continue }
            // "both of which are Russian allies": a demonym that qualifies a thing names no actor;
            // one before those who act for the country ("Tajik troops") does.
            if m.form == .demonym, !namesActors(demonym: m) { continue }
            actors.append(e)
            if actors.count == count { return actors.reversed() }
        }
        return nil
    }

    /// The countries and organizations named earlier in the sentence when the words right before
    /// `k` end a verb of the relation lexicon: "Libya accuses the two neighbouring countries"
    /// names two others than Liberia.
    private func actorsActingOn(_ k: Int, in sentence: Sentence) -> [Int] {
        let lower = sentence.range.lowerBound
        let isObject = (max(lower, k - 3)..<k).contains { t in
            tokens[t].kind == .word && lexicon.triggers.longestMatch(in: tokens, at: t, end: k, respectCase: false, skippingAdverbs: true)?.length == k - t
        }
        guard isObject else { return [] }
        return mentionsOfSentence[sentence.index].compactMap { m in
            mentions[m].range.upperBound <= k ? mentions[m].entity.flatMap { entities[$0].type == .person ? nil : $0 } : nil
        }
    }

    /// Whether a demonym stands before those who act for its country ("Tajik troops", "his US
    /// and Japanese counterparts", "the Kyrgyz president"), not before a thing it describes.
    private func namesActors(demonym m: Mention) -> Bool {
        var k = m.range.upperBound
        while k < tokens.count, tokens[k].is(",") || tokens[k].lowercased == "and" || mentionsAt[k].contains(where: { mentions[$0].form == .demonym }) {
            k += 1
        }
        guard k < tokens.count else { return false }
        return agentNoun(from: k, within: 2) != nil || titleAt[k] != nil || Self.pluralNoun(tokens[k].lowercased) == .people
    }

    /// The countries or organizations of the last list named before `k`: "South Korea, the U.S.
    /// and Japan" (two or more, joined by commas, "and" or articles only).
    private func recentActorList(before k: Int, in sentence: Sentence) -> [Int]? {
        var list: [Int] = []
        var start = k
        for m in recentMentions(in: sentence).reversed() where m.range.upperBound <= k && !m.isMedia {
            guard let e = m.entity, entities[e].type != .person, m.isArgument else { continue }
            if !list.isEmpty {
                guard (m.range.upperBound..<start).allSatisfy({ tokens[$0].is(",") || tokens[$0].lowercased == "and" || lexicon.isWord(tokens[$0], in: .determiner) })
                else { break }
            }
            if !list.contains(e) { list.insert(e, at: 0) }
            start = m.range.lowerBound
        }
        return list.count >= 2 ? list : nil
    }

    /// Nouns after "his" or "her" that stand for the country the person serves.
    private static let nounsOfAPersonsCountry: WordSet = ["country", "government", "nation", "administration"]
    private static let nounsOfAPersonsBody: WordSet = ["organization", "organisation", "group", "movement", "militia", "party"]

    /// "the government", "the federal government" standing alone (not "the government of
    /// Mali" nor "the government's"): the index of "government".
    private func governmentNoun(after the: Int, end: Int) -> Int? {
        var k = the + 1
        if k < end, Self.adjectivesOfGovernments.contains(tokens[k]) { k += 1 }
        guard k < end, tokens[k].lowercased == "government" else { return nil }
        guard k + 1 < end else { return k }
        // "accusing the government of meddling" stands alone; "the government of Mali" does not.
        let next = k + 1
        // "support for the government and people of Kenya": the list names its country itself.
        if mentionTokens.contains(next) || tokens[k].isPossessive || Self.listJoiners.contains(tokens[next]) { return nil }
        if Self.linkingPrepositions.contains(tokens[next]), next + 1 < end,
            mentionTokens.contains(next + 1) || tokens[next + 1].isCapitalized || lexicon.isWord(tokens[next + 1], in: .determiner)
        {
            return nil
        }
        return k
    }

    /// "The ministry", "the foreign ministry" standing alone (not "the Ministry of Defence"): the
    /// index of "ministry".
    private func ministryNoun(after the: Int, end: Int) -> Int? {
        var k = the + 1
        if k < end, tokens[k].lowercased == "foreign" { k += 1 }
        guard k < end, tokens[k].lowercased == "ministry", !mentionTokens.contains(k) else { return nil }
        return k + 1 < end && (tokens[k + 1].lowercased == "of" || tokens[k + 1].isPossessive) ? nil : k
    }

    private static let listJoiners: WordSet = ["and", "or", ","]
    private static let adjectivesOfGovernments: WordSet = [
        "federal", "central", "national", "interim", "transitional", "military", "new", "current", "previous", "former", "ruling",
    ]

    /// The entities of the sentence's first party and, for a person, the country the person serves.
    private func subjectAndItsCountry(_ named: [ArgumentItem]) -> [Int] {
        guard let first = named.first?.entities else { return [] }
        return first + first.compactMap { entities[$0].type == .person ? servedCountry[$0] : nil }
    }

    /// "the group", "the Iran-backed militia": the index of the noun after "the".
    private func groupNoun(after the: Int, end: Int) -> Int? {
        var k = the + 1
        while k < end, k <= the + 3 {
            if lexicon.isWord(tokens[k], in: .groupNoun) { return k }
            guard mentionsAt[k].contains(where: { mentions[$0].compoundRelation != nil })
                || tokens[k].lowercased.hasSuffix("-backed") || lexicon.isWord(tokens[k], in: .groupModifier)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// "Norway, together with Denmark, funds the council": the subject with the parties set off by commas
    /// who act with it, whether the reader found the subject before them or took the last of them.
    private func withCompanions(_ subject: ArgumentGroup, before t: Int, groups: [ArgumentGroup]) -> ArgumentGroup {
        var joined = subject
        if let companions = companions(after: subject.end, before: t, groups: groups) {
            joined.append(contentsOf: companions)
        } else if let head = groups.last(where: { $0.end < subject.start }),
            companions(after: head.end, before: t, groups: groups)?.start == subject.start
        {
            // "Egypt, as well as Jordan, has condemned": the nearest party is the companion.
            joined = head
            joined.append(contentsOf: subject)
        }
        return joined
    }

    /// The parties after "along with", "together with", "alongside" or "as well as" at `k`, set off
    /// by commas before the verb at `t`.
    private func companions(after k: Int, before t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard k + 3 < t, tokens[k].is(",") else { return nil }
        var k = k + 1
        if tokens[k].lowercased == "alongside" {
            k += 1
        } else if tokens[k].lowercased == "along" || tokens[k].lowercased == "together", tokens[k + 1].lowercased == "with" {
            k += 2
        } else if tokens[k].lowercased == "as", k + 2 < t, tokens[k + 1].lowercased == "well", tokens[k + 2].lowercased == "as" {
            k += 3
        } else {
            return nil
        }
        guard let companions = groups.first(where: { $0.start == k }), companions.end < t, tokens[companions.end].is(","),
            t - companions.end <= 4, !groups.contains(where: { $0.start > companions.end && $0.start < t })
        else { return nil }
        return companions
    }

    private func compoundSources(_ range: Range<Int>) -> [Int] {
        range.flatMap { k in
            mentionsAt[k].map { mentions[$0] }.filter { $0.compoundRelation != nil && $0.range.lowerBound == k }.compactMap(\.entity)
        }
    }

    private func personSubject(before k: Int, in sentence: Sentence, named: [ArgumentItem]) -> Int? {
        if let first = named.first(where: { $0.range.lowerBound < k && !$0.isObjectOnly }),
            let e = first.entities.first, entities[e].type == .person, first.range.lowerBound == sentenceSubjectStart(sentence, named)
        {
            return e
        }
        return lastPersonSubject?.entity ?? recentPeople(1, before: k, in: sentence)?.first
    }

    /// "The man said he had received orders", "A witness told police she saw": a sentence whose
    /// subject is a person it does not name, to whom "he" or "she" after it refers.
    private func opensWithUnnamedPerson(_ sentence: Sentence, before k: Int) -> Bool {
        var j = sentence.range.lowerBound
        guard j + 1 < k, Self.articles.contains(tokens[j]) else { return false }
        j += 1
        // Up to two words describe the person: "the young man", "a 25-year-old suspect".
        while j < k - 1, j - sentence.range.lowerBound <= 3, !lexicon.isWord(tokens[j], in: .unnamedPerson),
            tokens[j].kind == .word && !tokens[j].isCapitalized || mentionsAt[j].contains(where: { mentions[$0].form == .demonym })
        {
            j += 1
        }
        return j < k && lexicon.isWord(tokens[j], in: .unnamedPerson) && !mentionTokens.contains(j)
    }

    private func sentenceSubjectStart(_ sentence: Sentence, _ named: [ArgumentItem]) -> Int? {
        named.first(where: { !$0.isObjectOnly && !isAfterPreposition($0.range.lowerBound) })?.range.lowerBound
    }

    private func personObject(before k: Int, in sentence: Sentence, named: [ArgumentItem]) -> Int? {
        // Not the subject of the verb right before the pronoun, whose object it is: "Lopez
        // Obrador confirmed that Castillo called him"; with none there, not the sentence's
        // subject ("Putin met Xi and thanked him").
        // ("criticised Bainimarama and accused him": a verb joined by "and" is the subject's.)
        let verbSubject = named.last(where: { $0.range.upperBound <= k && $0.range.lowerBound > sentence.range.lowerBound }).flatMap { item in
            (item.range.upperBound..<k).allSatisfy({ j in
                tokens[j].kind == .word && !lexicon.isWord(tokens[j], in: .preposition) && !Self.coordinatingConjunctions.contains(tokens[j])
            }) ? item.entities.first : nil
        }
        let subject = verbSubject ?? named.first.flatMap { $0.entities.first }
        let others = named.filter { $0.range.lowerBound < k && $0.entities.first != subject }
        // Past a clause's own subject, the last person named before it; else only the last name.
        let other = verbSubject == nil ? others.last : others.last { entities[$0.entities[0]].type == .person }
        if let e = other?.entities.first, entities[e].type == .person { return e }
        return recentHistory(in: sentence).last(where: { entities[$0.entity].type == .person && $0.entity != subject })?.entity
    }

    /// Who "we" or "I" is: inside a quotation, its speaker ("we", a person's country); in a
    /// statement, the countries that last acted as a subject ("The United States, Japan and
    /// the Republic of Korea condemn ... We remain resolved"), else the country of the first
    /// person the body names; "I" in remarks, the first person the document names.
    private func firstPersonSpeaker(at k: Int, plural: Bool, in sentence: Sentence) -> [Int]? {
        if let opening = openingQuote(before: k) {
            guard let speaker = speaker(afterQuoteHolding: k) ?? speaker(beforeQuoteAt: opening) else { return nil }
            let people = speaker.entities.filter { entities[$0].type == .person }
            if !plural { return people.isEmpty ? nil : people }
            let actors = speaker.entities.compactMap { e in entities[e].type == .person ? servedCountry[e] : e }
            return actors.isEmpty ? nil : actors
        }
        if !plural { return firstNamedPerson.map { [$0] } }
        if let (index, actors) = lastActingGroup, sentence.index - index <= 2 { return actors }
        if let statementParties { return statementParties }
        let principal = firstWithRole.values.min { $0.position < $1.position }?.entity
        return principal.flatMap { servedCountry[$0] }.map { [$0] }
    }

    /// Where the quotation holding `k` opens, if `k` is inside one (looking back a few sentences).
    private func openingQuote(before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, j >= k - 120 {
            if tokens[j].kind == .punctuation {
                let mark = tokens[j].text.unicodeScalars.first
                if mark == "\u{201D}" { return nil }
                if mark == "\u{201C}" { return j }
                if mark == "\"" { return j > 0 && tokens[j - 1].kind == .punctuation && !tokens[j - 1].is(":") && !tokens[j - 1].is(",") ? nil : j }
            }
            j -= 1
        }
        return nil
    }

    /// "Cui said: 'We ...'", "Cui said, 'We ...'": the speaker before an opening quotation mark.
    private func speaker(beforeQuoteAt opening: Int) -> ArgumentGroup? {
        var k = opening - 1
        if k >= 0, tokens[k].is(":") || tokens[k].is(",") { k -= 1 }
        guard k >= 0, Self.quotingVerbs.contains(tokens[k]) else { return nil }
        return quoteGroups(from: k).last { $0.end <= k && k - $0.end <= 2 }
    }

    /// A role as titles are compared: "PM" is "prime minister".
    private static func normalizedRole(_ role: String) -> String { role == "pm" ? "prime minister" : role }

    /// Whether a role is the office a description asks for: "foreign minister" is a "minister",
    /// but a "vice president" is no "president" and a "deputy prime minister" no "prime minister".
    private static func fills(_ role: String, _ wanted: String) -> Bool {
        guard role.includes(wanted) else { return false }
        func words(_ text: String) -> [Substring] { text.split { $0 == " " || $0 == "-" } }
        let asked = words(wanted)
        return !words(role).contains { subordinateOffices.contains(String($0)) && !asked.contains($0) }
    }

    private static let subordinateOffices: WordSet = ["vice", "deputy", "former", "assistant", "under"]

    /// "president", "foreign minister": a title span's words, lowercased.
    private func titleText(_ span: TitleSpan) -> String { span.range.map { tokens[$0].lowercased }.joined(separator: " ") }

    /// Whether a person serves `country` (any country when it is `nil`), by any of its names.
    private func serves(_ person: Int, _ country: Int?) -> Bool {
        country == nil || servedCountry[person] == country
    }

    /// A line without final punctuation: a headline, where capitals and lists read differently.
    private func isHeadline(_ sentence: Sentence) -> Bool { tokens[sentence.range.upperBound - 1].kind != .punctuation }

    /// Records `relation` from each of `sources` to each of `targets`.
    /// Whether an item is the pronoun "we", which speaks for a group rather than names one.
    private func isWe(_ item: ArgumentItem) -> Bool {
        item.range.count == 1 && tokens[item.range.lowerBound].lowercased == "we"
    }

    /// Every member of a group with every other: "Putin and Raisi spoke".
    private mutating func recordAmong(_ members: [Int], _ relation: RelationType, _ sentence: Sentence) {
        for a in members.indices {
            for b in members.indices where b > a { record(members[a], relation, members[b], sentence) }
        }
    }

    private mutating func recordEach(_ sources: [Int], _ relation: RelationType, _ targets: [Int], _ sentence: Sentence) {
        for s in sources { for t in targets { record(s, relation, t, sentence) } }
        if relation == .blamed, !targets.isEmpty { lastBlamed = targets }
    }

    /// The first person of the document whose role holds `title`.
    private func principal(withRole title: String) -> Int? {
        let wanted = Self.normalizedRole(title)
        return firstWithRole.filter { Self.fills($0.key, wanted) }.min { $0.value.position < $1.value.position }?.value.entity
            ?? namedLater(withRole: wanted)
    }

    /// "The President spoke today with ..." before the readout names "President Obama": the
    /// first in the body to hold the role (for `country`, if given), wherever the body names them.
    private func namedLater(withRole wanted: String, serving country: Int? = nil) -> Int? {
        for m in mentions.indices where mentions[m].type == .person {
            guard let e = mentions[m].entity, let role = entities[e].role?.lowercased(), Self.fills(Self.normalizedRole(role), wanted),
                serves(e, country), !isHeadline(sentences[mentions[m].sentence])
            else { continue }
            return e
        }
        return nil
    }

    /// The country of the last "Mali's junta", "the Malian junta", "the junta in Bamako" before
    /// `k`, for the `noun` "junta" or "regime".
    private func countryOfRegime(named noun: String, before k: Int) -> Int? {
        var j = k - 1
        while j > 0 {
            defer { j -= 1 }
            guard tokens[j].lowercased == noun else { continue }
            var before = j - 1
            if before > 0, Self.regimeModifiers.contains(tokens[before]) { before -= 1 }
            if let m = mentionsAt[before].first(where: { mentions[$0].range.upperBound == before + 1 }), let e = mentions[m].entity,
                entities[e].type == .country, mentions[m].isPossessive || mentions[m].form == .demonym
            {
                return e
            }
            // "the junta in Bamako": a seat or country after it.
            if j + 2 < k, tokens[j + 1].lowercased == "in",
                let m = mentionsAt[j + 2].first(where: { mentions[$0].range.lowerBound == j + 2 }), let e = mentions[m].entity,
                entities[e].type == .country
            {
                return e
            }
        }
        return nil
    }

    /// Where "junta" or "regime" ends after "the" at `the`: "the junta", "the military regime".
    private func regimeNoun(after the: Int, end: Int) -> Int? {
        var k = the + 1
        if k + 1 < end, Self.regimeModifiers.contains(tokens[k]) { k += 1 }
        return k < end && Self.regimeNouns.contains(tokens[k]) ? k : nil
    }

    // Asked after every "the": sets built once, not arrays built for each question.
    private static let regimeModifiers: WordSet = ["military", "ruling"]
    private static let regimeNouns: WordSet = ["junta", "regime"]

    /// "the Colombian president" after "the": the title's span and the demonym's country.
    private func demonymTitle(after the: Int, end: Int) -> (TitleSpan, Int)? {
        // "the U.S. envoy", "the Russia envoy": a country's name before a title reads as its demonym.
        guard let m = mentionsAt[the + 1].first(where: { mentions[$0].range.lowerBound == the + 1 && !mentions[$0].isPossessive
                && (mentions[$0].form == .demonym || mentions[$0].form == .name && mentions[$0].type == .country && !tokens[the + 1].isHyphenated) }),
            let country = mentions[m].entity
        else { return nil }
        let after = pastRoleModifiers(from: mentions[m].range.upperBound, end: end)
        guard after < end, let span = titleAt[after].map({ titles[$0] }), span.range.lowerBound == after,
            !(span.range.upperBound < end && mentionTokens.contains(span.range.upperBound))
        else { return nil }
        return (span, country)
    }

    private func recentPerson(withRole title: String, before k: Int, in sentence: Sentence, serving country: Int? = nil) -> Int? {
        let wanted = Self.normalizedRole(title)
        return recentHistory(in: sentence).last(where: { item in
            guard item.position < k, entities[item.entity].type == .person, let role = entities[item.entity].role?.lowercased(),
                serves(item.entity, country)
            else { return false }
            // "the Turkish leader": whoever leads it, president or prime minister.
            return Self.fills(Self.normalizedRole(role), wanted) || country != nil && wanted == "leader" && entities[item.entity].isLeader
        })?.entity
            ?? recentMentions(in: sentence).last(where: { m in
                guard m.range.upperBound <= k, let e = m.entity, entities[e].type == .person, serves(e, country) else { return false }
                // "Macron met Scholz, after which the French leader phoned Biden".
                return m.role.map { Self.fills($0.lowercased(), wanted) } ?? false || country != nil && wanted == "leader" && entities[e].isLeader
            })?.entity
    }

    private func recent(_ type: EntityType, before k: Int, in sentence: Sentence, excluding: [Int]) -> Int? {
        recentMentions(in: sentence).last(where: { m in
            m.range.upperBound <= k && m.entity.map { entities[$0].type == type && !excluding.contains($0) } == true
                && !m.isMedia
        })?.entity
    }

    /// "the coalition" after "the Saudi-led coalition" and "the Houthis": the organization whose
    /// own name ends in the noun, when the story names one.
    private func recentOrganization(namedFor noun: String, before k: Int, in sentence: Sentence) -> Int? {
        recentMentions(in: sentence).last(where: { m in
            guard m.range.upperBound <= k, !m.isMedia, let e = m.entity, entities[e].type == .organization else { return false }
            let name = entities[e].name.lowercased()
            return name.hasSuffix(" " + noun) || name.hasSuffix("-" + noun)
        })?.entity
    }

    private func recentPeople(_ count: Int, before k: Int, in sentence: Sentence, where fits: (Int) -> Bool = { _ in true }) -> [Int]? {
        var people: [Int] = []
        for m in recentMentions(in: sentence).reversed() where m.range.upperBound <= k {
            // "the Biden administration" names Biden, but he is none of "both leaders".
            guard m.isArgument, let e = m.entity, entities[e].type == .person, !people.contains(e), fits(e) else { continue }
            people.append(e)
            if people.count == count { return people.reversed() }
        }
        return nil
    }

    /// The mentions of this sentence and of the ``lookBackSentences`` before it.
    private func recentMentions(in sentence: Sentence) -> ArraySlice<Mention> {
        let first = mentionsOfSentence[max(0, sentence.index - Self.lookBackSentences)].lowerBound
        return mentions[first..<mentionsOfSentence[sentence.index].upperBound]
    }

    /// Who was named in this sentence so far and in the ``lookBackSentences`` before it.
    private func recentHistory(in sentence: Sentence) -> ArraySlice<(position: Int, entity: Int)> {
        history[historyStart[max(0, sentence.index - Self.lookBackSentences)]...]
    }

    /// Tokens that may stand between list members or between a verb and its object without
    /// breaking them apart: articles, titles, qualifying names, role words.
    private func isTransparent(_ k: Int) -> Bool {
        if lexicon.isWord(tokens[k], in: .determiner) { return true }
        // "supplied by their ally Iran", "and its close partner Belarus": words of partnership
        // right before a name.
        if isPartnerWord(k) { return true }
        if titleAt[k] != nil { return true }
        if lexicon.isWord(tokens[k], in: .roleModifier) { return true }
        if qualifiers.contains(k) { return true }
        // "his southern counterpart Salva Kiir": a word describing a counterpart.
        if tokens[k].kind == .word, !tokens[k].isCapitalized, k + 1 < tokens.count, tokens[k + 1].lowercased == "counterpart" { return true }
        return mentionsAt[k].contains { mentions[$0].entity == nil || !mentions[$0].isArgument || mentions[$0].form == .demonym }
    }

    private func group(_ items: [ArgumentItem], in sentence: Sentence) -> [ArgumentGroup] {
        var groups: [ArgumentGroup] = []
        for item in items {
            if let last = groups.last, joins(last.end, item.range.lowerBound),
                !(startsClause(item) && isAfterPreposition(last.start) && !isPartyOfOpeningAgents(last.start, from: sentence.range.lowerBound)
                    && !isAfterBetween(last.start))
            {
                // In place: a copy of the group would copy its items to append one.
                groups[groups.count - 1].append(item)
            } else {
                groups.append(ArgumentGroup(items: [item]))
            }
        }
        // "Netanyahu, the Kremlin said" is no list: outside headlines, a list ends in "and" or "or".
        guard !isHeadline(sentence) else { return groups }
        var lists: [ArgumentGroup] = []
        lists.reserveCapacity(groups.count)
        for group in groups {
            if group.items.count == 1 || isList(group) {
                lists.append(group)
            } else {
                for item in group.items { lists.append(ArgumentGroup(items: [item])) }
            }
        }
        return lists
    }

    /// Whether a group of several items is joined by "and", "or" or "as well as" ("A, B and C"), or leads on
    /// to one ("A, B, C, and the ambassador, D": a member not named as such).
    private func isList(_ group: ArgumentGroup) -> Bool {
        // "A, B, as well as C": a list; but "Egypt, as well as Jordan, has": a companion set off by commas.
        let isSetOff = group.end < tokens.count && tokens[group.end].is(",")
        func isConjunction(_ k: Int) -> Bool {
            tokens[k].lowercased == "and" || tokens[k].lowercased == "or"
                || !isSetOff && tokens[k].lowercased == "as" && k + 2 < tokens.count && tokens[k + 1].lowercased == "well"
                    && tokens[k + 2].lowercased == "as"
        }
        if (group.start..<group.end).contains(where: isConjunction) { return true }
        var next = group.end
        if next < tokens.count, tokens[next].is(",") { next += 1 }
        return next < tokens.count && isConjunction(next)
    }

    /// "..., and Israel struck Hezbollah": a name right before a verb begins a clause of its own.
    private func startsClause(_ item: ArgumentItem) -> Bool {
        let next = item.range.upperBound
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
        return lexicon.isWord(tokens[next], in: .auxiliary) || isTrigger(next)
    }

    /// Whether only list punctuation ("," "and" "as well as") and transparent words lie between.
    private func joins(_ from: Int, _ to: Int) -> Bool {
        guard to > from else { return false }
        var connector = false
        var descriptors = 0
        var k = from
        while k < to {
            // "A (Russia), B (USA)": the country each member serves, in brackets after the name.
            if k == from, k + 2 < to, tokens[k].is("("), let close = (k + 2..<min(to, k + 6)).first(where: { tokens[$0].is(")") }),
                (k + 1..<close).allSatisfy({ mentionTokens.contains($0) })
            {
                k = close + 1
                continue
            }
            let word = tokens[k].lowercased
            if tokens[k].is(","), frontedClauseCommas.contains(k) { return false }
            if tokens[k].is(",") || word == "and" || word == "or" || word == "as" || word == "well" {
                connector = true
            } else if !isTransparent(k) {
                // "Obama, summit host and British prime minister David Cameron, ...": a member
                // may open with a few words that describe it.
                guard k > 0, tokens[k - 1].is(",") || descriptors > 0, descriptors < 3, isDescriptor(k) else { return false }
                // "A and B, met Putin": a word of relation right before the name is its verb.
                if k == to - 1, isTrigger(k) { return false }
                descriptors += 1
            }
            k += 1
        }
        return connector
    }

    /// A lowercase noun or adjective that may describe a list member: no grammar word or verb form.
    private func isDescriptor(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.lowercased
        if word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("ly") { return false }
        return !Self.descriptorExclusions.contains { lexicon.isWord(token, in: $0) }
    }

    private static let descriptorExclusions: [WordClass] = [
        .functionWord, .preposition, .negation, .hypothetical, .future, .clauseOpener, .auxiliary, .subordinator, .speechVerb,
    ]

    // MARK: - Clauses

    private func clauses(of sentence: Sentence, groups: [ArgumentGroup]) -> [Clause] {
        var clauses: [Clause] = []
        var start = sentence.range.lowerBound
        var kind = Clause.Kind.main
        var antecedent: Int?
        let end = sentence.range.upperBound
        func cut(at k: Int, next: Clause.Kind, antecedent nextAntecedent: Int? = nil) {
            if k > start {
                clauses.append(Clause(range: start..<k, kind: kind, antecedent: antecedent))
                start = k
            }
            kind = next
            antecedent = nextAntecedent
        }
        func groupEnding(before k: Int) -> Int? {
            groups.lastIndex { g in
                // "the NATO defence alliance, which": the name a noun of organizations follows.
                g.end <= k && g.end >= k - 1 || g.end < k - 1 && g.end >= k - 3 && lexicon.isWord(tokens[k - 1], in: .organizationDescriptor)
                    && (g.end..<k).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
            }
        }
        var k = sentence.range.lowerBound
        while k < end {
            // "vowed 'complete solidarity' with": a few quoted words inside a clause open none.
            if let close = scareQuoteEnd(openingAt: k, end: end) {
                k = close + 1
                continue
            }
            if tokens[k].kind == .punctuation {
                if Self.isClauseBreak(tokens[k].text) {
                    cut(at: k, next: .main)
                } else if frontedClauseCommas.contains(k) {
                    cut(at: k + 1, next: .main)
                } else if tokens[k].text == ",", k + 1 < end {
                    let next = tokens[k + 1].lowercased
                    if k - 1 == sentence.range.lowerBound, pastSentenceAdverb(k - 1) == k + 1 {
                        // "Meanwhile, in his meeting with ...": the comma of an opening adverb
                        // sets off no clause.
                    } else if next == "who" || next == "which" || next == "whose" {
                        // "..., dragging in NATO and the EU, which backed Spain": a relative
                        // clause may follow a parenthetical one too.
                        cut(at: k, next: .relative, antecedent: groupEnding(before: k))
                    } else if kind != .main {
                        cut(at: k + 1, next: .main)
                    } else if Self.linkingAdverbs.contains(next), k + 2 < end, !tokens[k + 2].is(",") {
                        // "Morocco annexed the region, however Algeria backs the Polisario Front":
                        // an adverb that links two clauses, not a phrase set off by commas.
                        cut(at: k, next: .main)
                    } else if let close = closingComma(after: k, end: end), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                        !Self.listContinuers.contains(next)
                    {
                        _ = close
                        cut(at: k, next: .parenthetical, antecedent: groupEnding(before: k))
                    }
                }
            } else if lexicon.isWord(tokens[k], in: .clauseOpener) {
                let word = tokens[k].lowercased
                if k > start, tokens[k - 1].isPossessive || lexicon.isWord(tokens[k - 1], in: .determiner), word.hasSuffix("ed") {
                    // "RAW's alleged involvement", "the alleged plot": a participle before a noun
                    // opens no clause.
                } else if lexicon.isWord(tokens[k], in: .speechVerb) {
                    // "stated this in a conversation with Aliyev": a verb of saying whose object
                    // is a pronoun reports no clause; its speaker goes on.
                    let saysPronoun = k + 2 < end && Self.pronounsSaid.contains(tokens[k + 1])
                        && (Self.frontingPrepositions.contains(tokens[k + 2]) || tokens[k + 2].kind == .punctuation)
                    if !saysPronoun { cut(at: k + 1, next: .main) }
                } else if Self.coordinatingConjunctions.contains(word) {
                    // A name and its verb after "and" start a clause unless the "and" joins that
                    // name to one before it ("Russia and China have"): none stands right before
                    // it, or only one after a preposition ("talks with Iran, and Israel struck").
                    if k + 1 < end, opensClause(k + 1) || groups.contains(where: { g in
                        g.start > k && g.start <= k + 3 && startsClause(g.items[0]) && (k + 1..<g.start).allSatisfy(isTransparent)
                            && groups.allSatisfy { !($0.end <= k && $0.end >= k - 1) || isAfterPreposition($0.start) && !isAfterBetween($0.start) }
                    }) {
                        cut(at: k, next: .main)
                    }
                } else if word == "told" {
                    // "told reporters Russia was behind it": the clause reported starts at the name
                    // after the one told.
                    if let reported = reportedClauseStart(afterTelling: k, end: end, groups: groups) { cut(at: reported, next: .main) }
                } else if lexicon.isWord(tokens[k], in: .claimVerb),
                    let addressee = groups.first(where: { $0.start > k && $0.start <= k + 2 }), addressee.end < end,
                    Self.wordsAfterAnAddressee.contains(tokens[addressee.end])
                {
                    // "warned Seoul against provocations and blamed it": the one warned is the
                    // verb's object, and the clause goes on with the verb's subject.
                } else {
                    cut(at: k, next: .main)
                }
            } else if tokens[k].lowercased == "who", k > start, let g = groupEnding(before: k), groups[g].end == k,
                groups[g].entities.allSatisfy({ entities[$0].type == .person })
            {
                // "words by Chávez who called Aznar a fascist": a relative clause with no comma.
                cut(at: k, next: .relative, antecedent: g)
            }
            k += 1
        }
        // A sentence may end on a cut ("..., officials said" with no period): no empty clause.
        if start < end || clauses.isEmpty { clauses.append(Clause(range: start..<end, kind: kind, antecedent: antecedent)) }
        return clauses
    }

    /// Words after the one a claim is addressed to, which make it the verb's object rather than
    /// a reported clause's subject: "warned Seoul against", "warned Kyiv not to".
    private static let wordsAfterAnAddressee: WordSet = ["against", "of", "about", "over", "not", "to", "that", "on"]

    /// The closing mark of a quotation of one to four words inside a clause: "vowed 'complete
    /// solidarity' with", "called the strike a 'grave provocation' by".
    private func scareQuoteEnd(openingAt k: Int, end: Int) -> Int? {
        guard k > 0, isQuotationMark(k), tokens[k - 1].kind == .word else { return nil }
        var close = k + 1
        while close < min(end, k + 6), tokens[close].kind == .word { close += 1 }
        guard close > k + 1, close < min(end, k + 6), isQuotationMark(close), close + 1 < end, tokens[close + 1].kind == .word else { return nil }
        return close
    }

    /// Where the clause a verb of telling reports begins when no "that" opens it: at the name
    /// right after the one told ("told reporters Moscow had", "told the BBC Kyiv would").
    private func reportedClauseStart(afterTelling k: Int, end: Int, groups: [ArgumentGroup]) -> Int? {
        var j = k + 1
        if j < end, tokens[j].lowercased == "the" { j += 1 }
        guard j < end else { return nil }
        let told: Int
        if let m = mentionsAt[j].first(where: { mentions[$0].range.lowerBound == j }) {
            told = mentions[m].range.upperBound
        } else if Self.audiences.contains(tokens[j]) {
            told = j + 1
        } else {
            return nil
        }
        return told < end && groups.contains(where: { $0.start == told }) ? told : nil
    }

    /// Those a statement is told to, who are no party to what it says.
    private static let audiences: WordSet = [
        "reporters", "journalists", "lawmakers", "legislators", "parliament", "supporters", "media", "crowds", "listeners", "viewers",
    ]

    /// Whether the gerund at `t` is itself the subject of a reported clause: "said supporting
    /// Palestinians was a priority" (but not "after holding talks", which shares its actor).
    private func opensClause(at t: Int, clause: Clause, groups: [ArgumentGroup]) -> Bool {
        guard t > 0 else { return true }
        return lexicon.isWord(tokens[t - 1], in: .speechVerb) || tokens[t - 1].lowercased == "that" || tokens[t - 1].kind == .punctuation && t == clause.range.lowerBound + 1
    }

    /// After "and": a verb, an adverb or a preposition starts a new clause ("and accused
    /// Yerevan", "and then met"); a name, an article or a noun continues a list ("and the United
    /// States", "shells and rifle ammunition to Russia").
    private func opensClause(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized, !isTransparent(k), !Self.listContinuersAfterAnd.contains(t.lowercased) else { return false }
        return looksLikeVerbOrAdverb(k) || lexicon.isWord(t, in: .preposition) || lexicon.isWord(t, in: .subordinator)
            || lexicon.isWord(t, in: .clauseOpener)
    }

    /// Whether the lowercase word at `k` reads as a verb or an adverb: one the reader knows, one in
    /// "-ed" or "-ly", or a common irregular one. Without a tagger, a word that is none of these is
    /// taken for a noun or an adjective.
    private func looksLikeVerbOrAdverb(_ k: Int) -> Bool {
        let t = tokens[k]
        let word = t.lowercased
        if word.hasSuffix("ed") || word.hasSuffix("ly") || Self.irregularVerbsAndAdverbs.contains(word) || isTrigger(k) { return true }
        return Self.verbClasses.contains { lexicon.isWord(t, in: $0) }
    }

    private static let verbClasses: [WordClass] = [
        .auxiliary, .negation, .hypothetical, .future, .speechVerb, .claimVerb, .travelVerb, .holdVerb, .bearingVerb,
    ]

    /// Verbs in the past with no "-ed", and adverbs with no "-ly", that often follow "and" in news.
    private static let irregularVerbsAndAdverbs: WordSet = [
        "held", "holds", "took", "takes", "gave", "gives", "made", "makes", "left", "leaves", "went", "goes", "came", "comes", "saw", "sees",
        "sought", "seeks", "won", "wins", "led", "leads", "kept", "keeps", "began", "begins", "put", "puts", "set", "sets", "got", "gets",
        "brought", "brings", "drew", "wrote", "writes", "spoke", "ran", "runs", "stood", "stands", "sat", "flew", "flies", "told", "said",
        "says", "vowed", "vows", "also", "then", "later", "now", "still", "again", "even", "soon", "instead", "thus", "therefore",
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "must", "will", "would", "could", "should", "may",
        "might", "hit", "hits", "struck", "sent", "sends", "met", "meets", "called", "calls", "urged", "urges", "warned", "warns",
    ]

    private func closingComma(after k: Int, end: Int) -> Int? {
        var j = k + 1
        while j < end, j < k + 15 {
            if tokens[j].is(",") { return j }
            if tokens[j].isStop { return nil }
            j += 1
        }
        return nil
    }

    /// Whether "each side" or "each country" stands right before `t`.
    private func isEachSide(before t: Int) -> Bool {
        // "each side has again blamed the other": auxiliaries and adverbs may come between.
        var k = t - 1
        while k > 1, lexicon.isWord(tokens[k], in: .auxiliary) || tokens[k].lowercased.hasSuffix("ly") || Self.adverbsAfterAnd.contains(tokens[k]) {
            k -= 1
        }
        return k >= 1 && tokens[k - 1].lowercased == "each" && Self.sides.contains(tokens[k])
    }

    private static let sides: WordSet = ["side", "country", "government", "party", "camp"]

    /// Whether the words from `k` name an act a party can be charged with: a verb of stirring
    /// trouble or any verb of the relation lexicon in "-ing", past adverbs ("deliberately creating tensions",
    /// "violating the truce", "backing the rebels").
    private func namesChargedAct(from k: Int, end: Int) -> Bool {
        var j = k
        while j < end, tokens[j].lowercased.hasSuffix("ly") { j += 1 }
        // "for not doing enough to uproot the camps", "for failing to stop the raids": a duty
        // left undone is a charge too.
        if j + 1 < end, tokens[j].lowercased == "not" && tokens[j + 1].lowercased.hasSuffix("ing") || tokens[j].lowercased == "failing" {
            return true
        }
        guard j < end, tokens[j].kind == .word, tokens[j].lowercased.hasSuffix("ing") else { return false }
        if Self.troubleVerbs.contains(tokens[j]) {
            return (j + 1..<min(end, j + 4)).contains { Self.troubleNouns.contains(tokens[$0]) }
        }
        // "denounced Egypt for supporting the putschists", "for meeting the opposition leader":
        // criticism for what a party did to another holds it to account for the act.
        return lexicon.triggers.longestMatch(in: tokens, at: j, respectCase: false) != nil
    }

    /// Verbs and nouns of stirring trouble: "creating tensions", "sowing chaos".
    private static let troubleVerbs: WordSet = ["creating", "causing", "escalating", "spreading", "inflaming", "sowing", "worsening"]
    private static let troubleNouns: WordSet = [
        "tension", "tensions", "instability", "chaos", "crisis", "unrest", "violence", "conflict", "division", "divisions", "hatred",
        "fear", "panic", "discord", "confusion",
    ]

    /// Whether "each other" or "one another" stands at `k`.
    private func isReciprocal(at k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let pair = (tokens[k].lowercased, tokens[k + 1].lowercased)
        // "each accusing the other".
        return pair == ("each", "other") || pair == ("one", "another") || pair == ("the", "other") && k >= 2 && tokens[k - 2].lowercased == "each"
    }

    /// Whether the word at `k` is a verb that "back" follows as an adverb: "hit back", "fired back".
    private func isVerbBeforeAdverbBack(_ k: Int) -> Bool {
        let word = tokens[k].lowercased
        guard tokens[k].kind == .word, !mentionTokens.contains(k) else { return false }
        return Self.verbsBeforeAdverbBack.contains(word) || word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
    }

    private static let verbsBeforeAdverbBack: WordSet = [
        "hit", "hits", "fire", "fires", "push", "pushes", "strike", "strikes", "struck", "fight", "fights", "fought", "come", "comes",
        "came", "go", "goes", "went", "bring", "brings", "brought", "step", "steps", "cut", "cuts", "pay", "pays", "paid", "look",
        "looks", "send", "sends", "sent", "scale", "scales", "roll", "rolls", "hold", "holds", "held", "get", "gets", "got", "win",
        "wins", "won", "give", "gives", "gave", "take", "takes", "took", "set", "sets", "turn", "turns", "bounce", "bounces", "walk",
        "walks", "walked", "flew", "fly", "flies",
    ]

    /// Whether one of the two words before the noun at `t`, in its sentence, is a verb of backing
    /// other than one of receiving or thanking: "selling weapons to Taiwan" (not "blamed
    /// American support for Israel", nor the last word of a headline above: "Leaders meet"
    /// then "Iran's support for ..."). (A method, not a closure in ``read(_:)``: a closure
    /// there copies the whole reader for every call.)
    private func followsGivingVerb(_ t: Int, in sentence: Sentence) -> Bool {
        (max(sentence.range.lowerBound, t - 2)..<t).contains { k in
            tokens[k].kind == .word && !mentionTokens.contains(k) && !Self.receivingVerbs.contains(tokens[k]) && !isThanks(k)
                && triggerLength(at: k, where: { $0.relation == .backs }) != nil
        }
    }

    /// Whether the word at `k` is a trigger of thanks only: "praised", "thanked".
    private func isThanks(_ k: Int) -> Bool {
        lexicon.triggers.longestMatch(in: tokens, at: k, respectCase: false)?.phrase.value.allSatisfy { $0.pattern == .thanks } ?? false
    }

    private func isTrigger(_ k: Int) -> Bool {
        tokens[k].kind == .word && !mentionTokens.contains(k) && lexicon.triggers.longestMatch(in: tokens, at: k, respectCase: false) != nil
    }

    /// Whether the name at `start` follows a preposition, or, with `countingTriggers`, a word of
    /// relation ("urged Netanyahu"): either way it is an object, not a subject.
    private func isAfterPreposition(_ start: Int, countingTriggers: Bool = true) -> Bool {
        // "Adviser to the Prime Minister Jane Doe": the role's own "to" is no preposition of the name.
        var k = (roleStarts[start] ?? start) - 1
        // A capitalized preposition may be read as an unknown name ("Regarding Syria, ..."):
        // its word class decides before its transparency does.
        while k >= 0, !sentenceStarts.contains(k + 1) {
            // "Democratic Republic of Congo's President Kabila": a name's own "of" is no preposition.
            if let m = mentionsAt[k].first(where: { mentions[$0].range.lowerBound < k && mentions[$0].entity != nil }), isTransparent(k) {
                k = mentions[m].range.lowerBound
                continue
            }
            guard titleAt[k] != nil || !lexicon.isWord(tokens[k], in: .preposition),
                isTransparent(k) || Self.compassAdjectives.contains(tokens[k]), !tokens[k].is(",")
            else { break }
            k -= 1
        }
        // What ends the sentence before is no preposition of this one.
        guard k >= 0, !sentenceStarts.contains(k + 1) else { return false }
        if lexicon.isWord(tokens[k], in: .preposition) { return true }
        return countingTriggers && lexicon.triggers.longestMatch(in: tokens, at: k, respectCase: false) != nil && !mentionTokens.contains(k)
    }

    /// "in western Sudan": a part of a country named after a preposition.
    private static let compassAdjectives: WordSet = [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    ]

    /// Punctuation that ends a clause.
    private static func isClauseBreak(_ punctuation: String) -> Bool {
        // A punctuation token is one character: matching its scalar keeps the curly quotes and
        // dashes off the slow path that String equality takes for non-ASCII text.
        switch punctuation.unicodeScalars.first {
        case ";", ":", "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "(", ")", "\u{2014}", "\u{2013}": true
        default: false
        }
    }
    /// Words after a comma that continue the clause rather than open an aside.
    private static let listContinuers: WordSet = ["and", "but", "or", "then", "while", "as", "saying"]
    /// Words after "and" that continue a clause rather than open one.
    private static let listContinuersAfterAnd: WordSet = ["he", "she", "it", "they", "with"]
    /// Words that open a sentence-initial phrase whose actor follows the comma.
    private static let frontingPrepositions: WordSet = ["in", "during", "after", "at", "following"]
    /// What a verb of saying may take as its object without reporting a clause: "said this", "stated so".
    private static let pronounsSaid: WordSet = ["this", "it", "so", "these"]
    /// Words that may stand between "with A" and ", then with B".
    private static let armedGroupNouns: WordSet = ["rebels", "militants", "militia", "faction"]
    /// Words between a list of parties and the talks they hold: "have been engaged in
    /// years-long negotiations", "began a fresh round of direct talks".
    private static let wordsBeforeMeetingNouns: WordSet = [
        "has", "have", "had", "is", "are", "was", "were", "been", "also", "engaged", "engaging", "engage", "in", "began", "begun",
        "begin", "started", "start", "resumed", "resume", "held", "hold",
        "holding", "holds", "a", "an", "the", "new", "fresh", "further", "more", "direct", "bilateral", "indirect", "high-level",
        "years-long", "months-long", "lengthy", "round", "rounds", "of", "several", "two", "three", "many", "numerous", "multiple",
        "repeated", "frequent", "regular", "one-on-one", "face-to-face", "private", "closed-door", "separate", "informal", "formal",
        "trilateral", "cordial", "friendly", "warm", "frank", "constructive", "productive", "fruitful", "substantive", "phone",
        "telephone", "video", "ended", "ends", "end", "concluded", "concludes", "conclude", "wrapped", "wraps", "wrap", "up", "opened",
        "opens", "open", "continued", "continue", "continues", "completed", "their", "days", "hours", "one-day", "two-day", "three-day",
        "day-long", "marathon", "extended",
    ]

    /// Whether the verb at `t` is in the passive: "was killed", "were struck", "has been shelled".
    private func isPassive(at t: Int) -> Bool {
        // "is fighting": a participle in -ing is active.
        guard !tokens[t].lowercased.hasSuffix("ing") else { return false }
        var k = t - 1
        while k > 0, tokens[k].lowercased.hasSuffix("ly") { k -= 1 }
        return k >= 0 && Self.formsOfBe.contains(tokens[k])
    }

    private static let formsOfBe: WordSet = ["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"]

    /// "responsible for its own security", "responsibility for their own defence".
    private func isForOwnAffairs(after end: Int) -> Bool {
        end + 2 < tokens.count && tokens[end].lowercased == "for" && Self.possessivePronouns.contains(tokens[end + 1])
            && tokens[end + 2].lowercased == "own"
    }

    /// Verbs of accusations made both ways: "traded accusations", "exchanged charges".
    private static let tradingVerbs: WordSet = ["traded", "trade", "trades", "trading", "exchanged", "exchange", "exchanging"]

    /// Whether a verb of trading stands in the three words before `t`, from `lower` on: "traded
    /// accusations", "traded blame on Monday" (each party to the other).
    private func isTraded(at t: Int, from lower: Int) -> Bool {
        (max(lower, t - 3)..<t).contains { Self.tradingVerbs.contains(tokens[$0]) }
    }
    private static let multilateralWords: WordSet = ["trilateral", "three-way", "quadrilateral", "four-way", "multilateral", "joint"]
    private static let continuationWords: WordSet = ["then", "and", "later", "also", "as", "well", "separately"]

    /// The subject of a trigger at `t`: its clause's subject if that stands before it.
    private func subject(at t: Int, clause c: Int, clauses: [Clause], groups: [ArgumentGroup], subjects: [Int?]) -> ArgumentGroup? {
        guard let s = subjects[c] else { return nil }
        if clauses[c].range.contains(groups[s].start), groups[s].start >= t {
            return subject(of: clauses[c], index: c, clauses: clauses, groups: groups, subjects: subjects, before: t).map { groups[$0] }
        }
        // "the M23 rebels they accuse Kigali of backing": a pronoun nobody was found for, right
        // before the verb, is its subject; the noun before it is the verb's object.
        if groups[s].end < t, t - 1 >= clauses[c].range.lowerBound, Self.subjectPronouns.contains(tokens[t - 1]),
            !groups.contains(where: { $0.start == t - 1 })
        {
            return nil
        }
        return groups[s]
    }

    private func subject(
        of clause: Clause, index c: Int, clauses: [Clause], groups: [ArgumentGroup], subjects: [Int?], before limit: Int? = nil
    ) -> Int? {
        let own = groups.indices.first { g in
            clause.range.contains(groups[g].start) && groups[g].start < (limit ?? clause.range.upperBound)
                && !groups[g].items[0].isObjectOnly && (!isAfterPreposition(groups[g].start) || isPartyOfOpeningAgents(groups[g].start, from: clause.range.lowerBound))
                && !(clause.kind == .main && followsVerbAfterConjunction(groups[g].start, clause: clause))
        }
        switch clause.kind {
        case .relative:
            // "Hamas, which it also supports": "it" is the subject; "Guaido, who heads": Guaido is.
            let pronoun = tokens[min(clause.range.lowerBound + 1, clause.range.upperBound - 1)].lowercased
            if pronoun == "which", let own { return own }
            // "Netanyahu, whose government has accused ...": the government acts.
            if pronoun == "whose", let own, groups[own].start == clause.range.lowerBound + 1 { return own }
            return clause.antecedent
        case .parenthetical:
            return clause.antecedent
        case .main:
            // "Two senior US envoys, Steve Witkoff and Jared Kushner, met Putin": the names the
            // opening description is given.
            if let own, c == 0, let described = nameAfterDescription(from: clause.range.lowerBound, groups: groups, opensSentence: true),
                described.start > groups[own].start, described.start < (limit ?? clause.range.upperBound),
                let index = groups.firstIndex(where: { $0.start == described.start })
            {
                return index
            }
            // "He thanked Japan": a pronoun nobody was found for is the subject, and the name
            // after the verb is its object.
            if let own, !(clause.range.lowerBound..<groups[own].start).contains(where: { Self.subjectPronouns.contains(tokens[$0]) }) {
                return own
            }
            if own != nil { return nil }
            // A clause without an actor continues the one before: "..., and later had a meeting
            // with Xi"; "Qatar, which hosts ..., has been accused". A reported or subordinate
            // clause ("said that ...", "concerns that ...") has an actor of its own, found or not.
            let opener = clause.range.lowerBound
            // "said after talks with Vucic that ...": a phrase of time after the verb of saying
            // is the speaker's, not the start of what is reported.
            let isSpeakersAdverbial = opener > 0 && Self.frontingPrepositions.contains(tokens[opener])
                && lexicon.isWord(tokens[opener - 1], in: .speechVerb)
            if !isSpeakersAdverbial, lexicon.isWord(tokens[opener], in: .subordinator) || opener > 0 && lexicon.isWord(tokens[opener - 1], in: .speechVerb) {
                return nil
            }
            // "US officials, including President Clinton, had spoken with Athens", "the international
            // community, including the United States and Britain, has accused Liberia": the ones
            // named among those who acted.
            if c > 0, clauses[c - 1].kind == .parenthetical, case let aside = clauses[c - 1].range, aside.count > 2,
                tokens[aside.lowerBound].is(","), tokens[aside.lowerBound + 1].lowercased == "including",
                // (Not "including fighters from Syria": no name after a preposition.)
                let named = groups.firstIndex(where: { g in
                    aside.contains(g.start) && g.start <= aside.lowerBound + 6
                        && !(aside.lowerBound + 2..<g.start).contains { lexicon.isWord(tokens[$0], in: .preposition) }
                })
            {
                return named
            }
            for p in stride(from: c - 1, through: 0, by: -1) where clauses[p].kind == .main {
                if let s = subjects[p] { return s }
                // "claimed that some of the rebels, including ..., had received drones": a clause
                // resumed after an aside is the reported one, whose unnamed actor is not the speaker.
                if clauses[c - 1].kind == .parenthetical, tokens[clauses[p].range.lowerBound].lowercased == "that" { return nil }
            }
            return nil
        }
    }

    /// "talks between Israel and the PLO are": "and" joins the second party to the first.
    private func isAfterBetween(_ start: Int) -> Bool {
        start > 0 && tokens[start - 1].lowercased == "between" || start > 1 && tokens[start - 2].lowercased == "between" && tokens[start - 1].lowercased == "the"
    }

    /// "Troops from Ecuador and Peru have been fighting", "Senior officials of Kenya and Uganda
    /// met": the parties whose agents open the clause are its actors.
    private func isPartyOfOpeningAgents(_ start: Int, from opener: Int) -> Bool {
        var p = start - 1
        if p > opener, tokens[p].lowercased == "the" { p -= 1 }
        guard p - 1 >= opener, tokens[p].lowercased == "of" || tokens[p].lowercased == "from",
            lexicon.isWord(tokens[p - 1], in: .agentNoun), !tokens[p - 1].isPossessive
        else { return false }
        let opening = opener..<(p - 1)
        return opening.count <= 3 && opening.allSatisfy { k in
            tokens[k].kind == .word && !mentionTokens.contains(k) && !isTrigger(k) && !lexicon.isWord(tokens[k], in: .preposition)
        }
    }

    /// "vowed to back Azerbaijan and held American and French diplomats responsible": in a
    /// clause that opens with "and" and a verb, the name after the verb is its object; the
    /// actor is the one before (but "and then Russia struck" names its own).
    private func followsVerbAfterConjunction(_ start: Int, clause: Clause) -> Bool {
        let opener = clause.range.lowerBound
        guard start > opener + 1, Self.coordinatingConjunctions.contains(tokens[opener]) else { return false }
        return (opener + 1..<start).contains { k in
            tokens[k].kind == .word && !tokens[k].isCapitalized && looksLikeVerbOrAdverb(k)
                && !tokens[k].lowercased.hasSuffix("ly") && !Self.adverbsAfterAnd.contains(tokens[k])
        }
    }

    private static let coordinatingConjunctions: WordSet = ["and", "but", "or"]
    private static let adverbsAfterAnd: WordSet = [
        "also", "then", "later", "now", "still", "again", "even", "soon", "instead", "thus", "therefore", "meanwhile", "yet", "so",
    ]

    // MARK: - Triggers

    /// A gerund after a verb of going on or stopping that a modal or a negation governs:
    /// "cannot continue violating", "must stop attacking", "will not keep arming".
    private func isActToStop(at t: Int) -> Bool {
        guard t >= 2, tokens[t].lowercased.hasSuffix("ing") else { return false }
        let verb = t - 1
        guard Self.verbsOfStopping.contains(tokens[verb]) || Self.verbsOfGoingOn.contains(tokens[verb]) else { return false }
        return (max(0, verb - 2)..<verb).contains { Self.modalsAndNegations.contains(tokens[$0]) }
    }

    private static let verbsOfGoingOn: WordSet = ["continue", "keep"]
    private static let modalsAndNegations: WordSet = [
        "cannot", "can't", "must", "should", "not", "never", "won't", "mustn't", "shouldn't",
    ]

    private func isCancelled(_ trigger: Lexicon.Trigger, at t: Int, clause: Clause) -> Bool {
        // "denied the accusations": denying them does not unmake them.
        if trigger.pattern == .accusation { return false }
        // "asked the council to examine what it calls \"aggression\" by the UAE": an act described
        // as a wrong is charged whatever is asked or planned about it; only a negation unsays it.
        if trigger.pattern == .condemnedAct {
            return (clause.range.lowerBound..<t).contains { lexicon.isWord(tokens[$0], in: .negation) || isNegatedVerb(tokens[$0].lowercased) }
        }
        // "must end its support for Hezbollah", "once they halt their support for terrorism":
        // support to be stopped is support given (but whose it is after "urged Tehran to" is
        // the one urged, which the noun's owner does not say).
        if trigger.pattern == .nounFor, isStopped(nounAt: t, from: clause.range.lowerBound),
            !(clause.range.lowerBound..<t).contains(where: { Self.urgingVerbs.contains(tokens[$0]) })
        {
            return false
        }
        // "They cannot continue violating the truce", "must stop shelling Goma": what must not go
        // on is being done.
        if trigger.relation != .spokeWith, isActToStop(at: t) { return false }
        // "Hamas denied involvement, blaming Israel": a participle after a comma is a clause of
        // its own, which the denial before it does not reach.
        if t > clause.range.lowerBound, tokens[t - 1].is(","), tokens[t].lowercased.hasSuffix("ing") { return false }
        for k in clause.range.lowerBound..<t {
            if negates(k, before: t), !(trigger.relation == .spokeWith && endsMeetingHeld(at: k, before: t)) { return true }
            // "Rather than side with us", "instead of meeting Putin": what is not done; not what is
            // done after the comma ("Rather than meet Putin, Macron spoke with Scholz").
            if k + 1 < t, tokens[k].lowercased == "rather" && tokens[k + 1].lowercased == "than" || tokens[k].lowercased == "instead" && tokens[k + 1].lowercased == "of",
                !(k + 2..<t).contains(where: { tokens[$0].is(",") })
            {
                return true
            }
            // "urged Iran to resume talks with": what one is urged to do is not done; but
            // "urges restraint in a call with" is a call.
            if Self.urgingVerbs.contains(tokens[k]) {
                if (k + 1..<t).contains(where: { tokens[$0].lowercased == "to" }) { return true }
                continue
            }
            if isModal(k, .hypothetical) {
                // "plans to destabilize", "seeks to undermine": meaning to do a wrong is a charge too.
                if trigger.pattern == .wrongdoing, Self.wordsOfIntent.contains(tokens[k]) { continue }
                // "offered Chavez broad political support": support offered is support declared
                // ("offered to help" is not).
                if trigger.pattern == .nounFor, Self.offeringVerbs.contains(tokens[k]), !(k + 1..<t).contains(where: { tokens[$0].lowercased == "to" }) {
                    continue
                }
                return true
            }
            // "is set to meet": a plan, not "set up a call with".
            if tokens[k].lowercased == "set", k + 1 < t, tokens[k + 1].lowercased == "to" { return true }
            // "called for an immediate meeting with", "demanded talks with": a meeting asked for.
            if trigger.relation == .spokeWith, asksFor(meetingAt: t, verb: k) { return true }
            if trigger.relation == .spokeWith, isModal(k, .future) || Self.meetingRefusals.contains(tokens[k]) {
                return true
            }
            // "agreed to meet next month", "agreed to hold talks": a meeting promised, not held;
            // but "agreed to a truce in talks with" was agreed at a meeting.
            if trigger.relation == .spokeWith, Self.commitmentVerbs.contains(tokens[k]), let verb = infinitive(after: k), verb <= t,
                t - verb <= 3
            {
                return true
            }
        }
        if trigger.relation == .spokeWith, isMeetingToCome(at: t, clause: clause) { return true }
        // "will not meet" may put the negation after the clause's last verb, right before the trigger.
        return false
    }

    /// Whether the verb before the word at `k` that orders events is to come ("would return to
    /// Gaza before"), or, with `orNow`, what the news is now ("The talks come five days before").
    private func isToCome(before k: Int, orNow: Bool) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 12, !tokens[j].isStop, !lexicon.isWord(tokens[j], in: .speechVerb) {
            if isModal(j, .future) || orNow && Self.verbsOfWhatComesNow.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Whether a verb of stopping governs the noun at `t`, past its owner and a word or two that
    /// describe it: "halt their support", "end Iran's military backing".
    private func isStopped(nounAt t: Int, from lower: Int) -> Bool {
        var k = t - 1
        while k > lower, t - k <= 4, tokens[k].kind == .word, !Self.verbsOfStopping.contains(tokens[k]),
            Self.possessivePronouns.contains(tokens[k]) || tokens[k].isPossessive || mentionTokens.contains(k)
                || !tokens[k].isCapitalized && !Self.isGrammarWord(tokens[k], in: lexicon)
        {
            k -= 1
        }
        // "demanded an end to Eritrean support", "put a stop to their backing": the noun of stopping.
        if k > lower, tokens[k].lowercased == "to", Self.verbsOfStopping.contains(tokens[k - 1]) { return true }
        return k >= lower && Self.verbsOfStopping.contains(tokens[k])
    }

    private static let verbsOfStopping: WordSet = [
        "end", "ends", "ending", "halt", "halts", "halting", "stop", "stops", "stopping", "cease", "ceases", "ceasing",
    ]

    private static let wordsOfSequence: WordSet = ["before", "after"]
    private static let verbsOfWhatComesNow: WordSet = ["comes", "come", "arrives", "arrive", "is", "are"]

    /// Whether token `k` is a word of `wordClass` ("may", "will", "hope") and not a name that
    /// spells it ("Theresa May", "May 10").
    private func isModal(_ k: Int, _ wordClass: WordClass) -> Bool {
        guard lexicon.isWord(tokens[k], in: wordClass) else { return false }
        if mentionTokens.contains(k) { return false }
        return !(lexicon.isWord(tokens[k], in: .month) && k + 1 < tokens.count && tokens[k + 1].kind == .number)
    }

    /// Whether the word at `k` unsays what the trigger at `t` states: a negation, unless it is
    /// one half of a negated reversal ("would not alter its support for", "never stopped
    /// backing"), whose two halves cancel out.
    private func negates(_ k: Int, before t: Int) -> Bool {
        guard lexicon.isWord(tokens[k], in: .negation) || isNegatedVerb(tokens[k].lowercased) else { return false }
        func isPlainNegation(_ j: Int) -> Bool {
            Self.plainNegations.contains(tokens[j]) || isNegatedVerb(tokens[j].lowercased)
        }
        // "did not really change", "would not be altering".
        func isBetween(_ j: Int) -> Bool { tokens[j].lowercased.hasSuffix("ly") || tokens[j].lowercased == "be" }
        if isPlainNegation(k) {
            // "were not errant fire but a deliberate attack": what "but" puts in place of the
            // denied thing stands.
            if Self.plainNegations.contains(tokens[k]), (k + 1..<t).contains(where: { tokens[$0].lowercased == "but" }) { return false }
            var j = k + 1
            while j < t, isBetween(j) { j += 1 }
            return !(j < t && lexicon.isWord(tokens[j], in: .reversalVerb))
        }
        if lexicon.isWord(tokens[k], in: .reversalVerb) {
            var j = k - 1
            while j >= 0, isBetween(j) { j -= 1 }
            return !(j >= 0 && isPlainNegation(j))
        }
        return true
    }

    private static let plainNegations: WordSet = ["not", "never"]

    /// "ended their talks in Kazan", "concluded a one-day meeting": the end of a meeting that was
    /// held, not talks broken off ("ended talks with Kyiv").
    private func endsMeetingHeld(at k: Int, before t: Int) -> Bool {
        Self.verbsOfEnding.contains(tokens[k]) && k + 1 < t
            && (k + 1..<t).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
            && (k + 1..<t).contains { Self.marksOfAMeetingHeld.contains(tokens[$0]) }
    }

    private static let verbsOfEnding: WordSet = ["ended", "ends", "end"]
    private static let marksOfAMeetingHeld: WordSet = [
        "their", "his", "her", "a", "one-day", "two-day", "three-day", "day-long", "days", "hours", "marathon",
    ]

    /// The country the document names most often before `k`, the latest of those named as
    /// often: the other of the story's pair ("Khartoum has been supporting its neighbor" in a
    /// story about Sudan and South Sudan that also names Libya once).
    private func mostNamedCountry(before k: Int, excluding: [Int]) -> Int? {
        var counts: [Int: (count: Int, last: Int)] = [:]
        for m in mentions where m.range.upperBound <= k && m.isArgument && !m.isMedia {
            guard let e = m.entity, entities[e].type == .country, !excluding.contains(e) else { continue }
            counts[e, default: (0, 0)].count += 1
            counts[e]!.last = m.range.lowerBound
        }
        return counts.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }?.key
    }

    /// "its neighbour": one country beside another.
    private static let neighbourNouns: WordSet = ["neighbour", "neighbor"]

    /// Adverbs that join a clause to the one before it after a comma: ", however Algeria backs".
    private static let linkingAdverbs: WordSet = ["however", "meanwhile", "yet", "whereas", "nevertheless", "nonetheless"]

    /// Verbs of asking another to act, hypothetical only for what follows their "to".
    private static let urgingVerbs: WordSet = [
        "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "pressed", "presses", "press", "pressing", "encouraged",
        "encourages", "encourage", "encouraging",
    ]

    /// Those who stand behind someone in a room: "backed by the British delegation".
    private static let entourageNouns: WordSet = [
        "delegation", "delegations", "entourage", "entourages", "aides", "bodyguards", "flag", "flags", "banner", "banners", "backdrop",
    ]

    /// Verbs of promising to act, whose "to" puts the act in the future: "agreed to meet".
    private static let commitmentVerbs: WordSet = [
        "agreed", "agree", "agrees", "promised", "promise", "promises", "pledged", "pledge", "pledges", "vowed", "vow", "vows",
        "decided", "decide", "decides", "arranged", "arrange", "arranges",
    ]

    /// The verb of the "to" that follows the verb at `k`, past a day ("agreed on Thursday to
    /// meet"): nil for "agreed to a truce".
    private func infinitive(after k: Int) -> Int? {
        var to = k + 1
        while to < tokens.count, to <= k + 3, tokens[to].lowercased == "on" || Self.dayWords.contains(tokens[to])
            || MentionFinder.weekdays.contains(tokens[to].text)
        {
            to += 1
        }
        guard to + 1 < tokens.count, tokens[to].lowercased == "to", tokens[to + 1].kind == .word, !tokens[to + 1].isCapitalized,
            !lexicon.isWord(tokens[to + 1], in: .determiner)
        else { return nil }
        return to + 1
    }

    private static let dayWords: WordSet = ["today", "yesterday", "tonight"]

    /// "when Perry and Grachev meet later this week", "Modi hosts Albanese next month": a
    /// meeting in the present tense with a time still to come after it.
    private func isMeetingToCome(at t: Int, clause: Clause) -> Bool {
        // "The talks come five days before a summit between ...", "The call comes ahead of
        // talks with ...": what the news is now comes first; the meeting is to come.
        if let before = (max(0, t - 4)..<t).last(where: { k in
            tokens[k].lowercased == "before" || tokens[k].lowercased == "ahead" && k + 1 < t && tokens[k + 1].lowercased == "of"
        }), (before + 1..<t).allSatisfy({ tokens[$0].kind == .word && !mentionTokens.contains($0) }), isToCome(before: before, orNow: true) {
            return true
        }
        // "would return to Gaza before meeting Annan": a meeting after an act to come is to come.
        if t > 1, Self.wordsOfSequence.contains(tokens[t - 1]), tokens[t].lowercased.hasSuffix("ing"), isToCome(before: t - 1, orNow: false) {
            return true
        }
        // "hold talks next week"; "held talks" is past.
        let isHeldNoun = t > clause.range.lowerBound && Self.presentHoldVerbs.contains(tokens[t - 1])
        guard isHeldNoun || Self.presentMeetingVerbs.contains(tokens[t]) else { return false }
        var k = t + 1
        while k + 1 < clause.range.upperBound, k <= t + 12 {
            let word = tokens[k].lowercased
            if word == "tomorrow" { return true }
            // Not "ahead of next week's summit": a time that only dates something else.
            if word == "next" || word == "coming", !tokens[k + 1].isPossessive,
                Self.timeNouns.contains(tokens[k + 1]) || MentionFinder.weekdays.contains(tokens[k + 1].text)
            {
                return true
            }
            if word == "later", tokens[k + 1].lowercased == "this" || tokens[k + 1].lowercased == "in" { return true }
            k += 1
        }
        return false
    }

    /// Whether the verb at `k` asks for the meeting the noun at `t` names, as its object past
    /// an article and words that describe it: "called for an immediate meeting", "demanded
    /// direct talks", "Ortega's call for a summit".
    private func asksFor(meetingAt t: Int, verb k: Int) -> Bool {
        let word = tokens[k].lowercased
        var j = k + 1
        // "called Saturday for", "appealed again on Monday for".
        func isTime(_ k: Int) -> Bool { MentionFinder.weekdays.contains(tokens[k].text) || Self.adverbsOfTime.contains(tokens[k]) }
        while j < t, isTime(j) || tokens[j].lowercased == "on" && j + 1 < t && isTime(j + 1) { j += 1 }
        if Self.verbsAskingFor.contains(word), j < t, tokens[j].lowercased == "for" {
            j += 1
        } else if !Self.verbsDemanding.contains(word) {
            return false
        }
        guard t - j <= 3 else { return false }
        // "called for an Armenian-Azerbaijani summit": the pair that would meet describes it.
        return (j..<t).allSatisfy { i in
            tokens[i].kind == .word && tokens[i].isHyphenated && mentionTokens.contains(i)
                || tokens[i].kind == .word && !tokens[i].isCapitalized && !mentionTokens.contains(i) && !isTrigger(i)
                    && (lexicon.isWord(tokens[i], in: .determiner) || !Self.isGrammarWord(tokens[i], in: lexicon))
        }
    }

    private static let adverbsOfTime: WordSet = ["today", "yesterday", "tonight", "again", "also", "repeatedly", "publicly", "once"]
    private static let verbsAskingFor: WordSet = [
        "called", "calls", "call", "calling", "asked", "asks", "ask", "asking", "pushed", "pushes", "push", "pushing", "pressed", "presses",
        "pressing", "appealed", "appeals", "appealing", "lobbied", "lobbying",
    ]
    private static let verbsDemanding: WordSet = [
        "demanded", "demands", "demand", "demanding", "requested", "requests", "request", "requesting", "proposed", "proposes", "propose",
        "proposing", "suggested", "suggests", "suggest", "suggesting", "sought", "seeks", "seek", "seeking",
    ]

    /// Verbs that give what follows them as their object: "offered Kyiv its support".
    private static let offeringVerbs: WordSet = [
        "offered", "offers", "offer", "offering", "pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise", "promising",
        "extended", "extends", "extend", "extending", "lent", "lends", "lend", "lending",
    ]

    private static let presentHoldVerbs: WordSet = ["hold", "holds", "have", "has"]
    private static let presentMeetingVerbs: WordSet = [
        "meet", "meets", "talk", "speak", "speaks", "visit", "visits", "host", "hosts", "confer", "confers", "hold", "holds",
    ]
    private static let timeNouns: WordSet = ["week", "weekend", "month", "year", "days", "weeks", "months", "spring", "summer", "autumn", "fall", "winter"]

    /// Verbs of staying away: "withdrew from a meeting with", "boycotted talks with".
    private static let meetingRefusals: WordSet = [
        "withdrew", "withdraws", "withdrawn", "boycotted", "boycotts", "boycotting", "skipped", "skips", "snubbed", "snubs", "shunned",
        "pulled",
    ]

    /// "didn't", "won't": a word ending in "n't". The last byte is read first, which rules out
    /// nearly every word without comparing characters (a last character "t" is the byte "t").
    private func isNegatedVerb(_ word: String) -> Bool {
        word.utf8.last == UInt8(ascii: "t") && word.hasSuffix("n't")
    }

    /// "In a phone call with Kishida, Biden said ...": a sentence-initial phrase whose actor
    /// follows the comma.
    private func frontedSubject(at t: Int, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        func startsSentence(_ k: Int) -> Bool { k == 0 || tokens[k].startsLine || sentenceStarts.contains(k) }
        // "Meanwhile, in his meeting with ...": an adverb of the sentence's own may come first.
        // "Last week, accusing Ethiopia of ...": a short phrase of time may come first,
        // words that name no one and say nothing of a relation.
        func followsOpeningPhrase(_ k: Int) -> Bool {
            guard k >= 2, tokens[k - 1].is(",") else { return false }
            var j = k - 2
            while j > 0, k - 1 - j <= 5, !startsSentence(j) { j -= 1 }
            return startsSentence(j) && k - 1 - j <= 5
                && (j..<(k - 1)).allSatisfy { tokens[$0].kind != .punctuation && !mentionTokens.contains($0) && !isTrigger($0) }
        }
        func opensSentence(_ k: Int) -> Bool {
            startsSentence(k) || k >= 2 && startsSentence(k - 2) && pastSentenceAdverb(k - 2) == k || followsOpeningPhrase(k)
        }
        func isParticiple(_ k: Int) -> Bool {
            (tokens[k].isCapitalized || followsOpeningPhrase(k)) && tokens[k].lowercased.hasSuffix("ing") && !mentionTokens.contains(k)
        }
        var first = pastSentenceAdverb(clause.range.lowerBound)
        // "Speaking to reporters after a meeting with Erdogan, Stoltenberg said": a participle
        // phrase opening the sentence, cut into clauses by its own words.
        if !opensSentence(first) {
            var k = first - 1
            while k > 0, !opensSentence(k), !tokens[k].is(",") { k -= 1 }
            if opensSentence(k), isParticiple(k) { first = k }
        }
        if !Self.frontingPrepositions.contains(tokens[first]), !isParticiple(first),
            let comma = (first..<min(t, first + 6)).first(where: { tokens[$0].is(",") }), followsOpeningPhrase(comma + 1)
        {
            first = comma + 1
        }
        guard Self.frontingPrepositions.contains(tokens[first]) || isParticiple(first), opensSentence(first) else { return nil }
        guard let comma = (t..<tokens.count).first(where: { tokens[$0].is(",") || tokens[$0].is(".") }), tokens[comma].is(",") else {
            return nil
        }
        var actor = groupStarting(after: comma + 1, within: 0, groups: groups)
        // "After three hours of talks with Chavez, part of which included ministers, Putin said":
        // a relative aside about the phrase comes before the actor.
        if actor == nil, comma + 4 < tokens.count, (comma + 1...comma + 4).contains(where: { Self.relativePronouns.contains(tokens[$0]) }),
            let next = (comma + 1..<tokens.count).first(where: { tokens[$0].is(",") || tokens[$0].is(".") }), tokens[next].is(",")
        {
            actor = groupStarting(after: next + 1, within: 0, groups: groups)
        }
        return actor.flatMap { isAfterPreposition($0.start) ? nil : $0 }
    }

    /// "Syria warned Lebanon against talks with Israel", "pressed Seoul about its talks with
    /// Pyongyang": talks that are the topic of what a party is told are that party's.
    private func partyAddressed(aboutMeetingAt t: Int, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        let lower = clause.range.lowerBound
        var k = t - 1
        // Back past an article, an owner's pronoun and the words that describe the noun.
        while k > lower, t - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k), !isTrigger(k),
            !Self.topicPrepositions.contains(tokens[k]),
            lexicon.isWord(tokens[k], in: .determiner) || !Self.isGrammarWord(tokens[k], in: lexicon)
        {
            k -= 1
        }
        guard k > lower, Self.topicPrepositions.contains(tokens[k]) else { return nil }
        // Past a day: "warned Lebanon on Monday against talks".
        var end = k
        if end - 2 > lower, tokens[end - 2].lowercased == "on", MentionFinder.weekdays.contains(tokens[end - 1].text) { end -= 2 }
        guard let addressed = groups.last(where: { $0.end == end }), addressed.start - 1 >= lower,
            Self.verbsJudgingAnAddressee.contains(tokens[addressed.start - 1])
        else { return nil }
        return addressed
    }

    private static let topicPrepositions: WordSet = ["against", "over", "about", "on", "regarding"]
    /// Verbs that judge or press the one addressed about its own doings ("briefed Putin on the
    /// talks" tells of the briefer's).
    private static let verbsJudgingAnAddressee: WordSet = [
        "warned", "warns", "warn", "warning", "cautioned", "cautions", "pressed", "presses", "pressing", "urged", "urges", "urging",
        "criticized", "criticised", "criticizes", "criticises", "rebuked", "rebukes", "slammed", "slams", "blasted", "lambasted", "attacked",
        "congratulated", "congratulates", "praised", "praises", "questioned", "challenged", "scolded", "chided", "admonished",
    ]

    /// "sent Foreign Minister Holguin to meet Rodriguez", "dispatched his envoy to hold talks
    /// with": the one sent to the meeting at `t`, who holds it.
    private func emissary(before t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard t >= 3, tokens[t - 1].lowercased == "to", let g = groups.last(where: { $0.end == t - 1 }), g.start >= 1 else { return nil }
        var verb = g.start - 1
        // Past the title before the name: "sent Foreign Minister Maria Holguin".
        if let span = titleAt[verb].map({ titles[$0] }) { verb = span.range.lowerBound - 1 }
        return verb >= 0 && Self.verbsOfSending.contains(tokens[verb]) ? g : nil
    }

    private static let verbsOfSending: WordSet = [
        "sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching", "deputed",
    ]

    /// The token after "Meanwhile," or "Earlier," at `k`, else `k`.
    private func pastSentenceAdverb(_ k: Int) -> Int {
        k + 2 < tokens.count && MentionFinder.sentenceAdverbs.contains(tokens[k].text) && tokens[k + 1].is(",") ? k + 2 : k
    }

    /// Whether the word at `t` is a present participle right after a plural common noun that
    /// no name owns ("the countries backing Kyiv", "other militias arming the rebels"), not
    /// after a verb ("Iran keeps arming", "which receives backing": no determiner or adjective
    /// can open them) or a noun of a named party ("Hezbollah fighters backing Assad").
    private func isParticipleOfUnnamedNoun(at t: Int) -> Bool {
        guard t > 0 else { return false }
        let noun = tokens[t - 1]
        let word = noun.lowercased
        guard noun.kind == .word, !noun.isCapitalized, !mentionTokens.contains(t - 1), word.count > 3 else { return false }
        // "opposition rebels allied to Machar", "militias loyal to Haftar": an adjective after a
        // plural noun is that noun's, whatever opens its phrase.
        if Self.postponedAdjectives.contains(tokens[t]) {
            return word.hasSuffix("s") && !word.hasSuffix("ss") && !lexicon.isWord(noun, in: .functionWord)
                && !lexicon.isWord(noun, in: .auxiliary)
        }
        guard tokens[t].lowercased.hasSuffix("ing") else { return false }
        for kind in [WordClass.auxiliary, .functionWord, .speechVerb, .preposition, .determiner, .negation, .hypothetical]
        where lexicon.isWord(noun, in: kind) {
            return false
        }
        // "any party supporting the RSF", "every state arming the rebels": one unnamed party.
        if t >= 2, Self.singularQuantifiers.contains(tokens[t - 2]) { return true }
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("'s") else { return false }
        // A noun phrase opens with a determiner or an adjective ("the Western countries", "other
        // militias"); a verb in -s follows its subject ("which receives backing from").
        guard t >= 2, !mentionTokens.contains(t - 2) else { return false }
        let before = tokens[t - 2]
        return lexicon.isWord(before, in: .determiner) || Self.wordsOpeningAGroup.contains(before.lowercased)
            || before.kind == .word && before.isCapitalized && !lexicon.isWord(before, in: .functionWord)
    }

    private static let singularQuantifiers: WordSet = ["any", "every", "each", "another"]

    /// Words of a call's length after "a call for": "a call for an hour with Putin".
    private static let spansOfTime: WordSet = ["minute", "minutes", "hour", "hours", "half-hour", "hour-long"]

    /// "called him the day before", "the next morning": a time after an article, no label.
    private func isTimePhrase(at k: Int) -> Bool {
        var j = k
        if j < tokens.count, Self.timeQualifiers.contains(tokens[j]) { j += 1 }
        return j < tokens.count && Self.unitsOfTime.contains(tokens[j])
    }

    private static let timeQualifiers: WordSet = ["next", "previous", "following", "same", "other", "day", "night"]
    private static let unitsOfTime: WordSet = [
        "day", "days", "week", "weeks", "month", "months", "year", "morning", "evening", "night", "weekend", "afternoon", "before", "after",
    ]

    /// Whether the noun at `t` is what a charge or a rumour says, not a fact: "allegations of
    /// rebel support", "reports of Iranian arms".
    private func isAlleged(nounAt t: Int) -> Bool {
        var k = t - 1
        while k > max(0, t - 4), tokens[k].kind == .word, tokens[k].lowercased != "of" { k -= 1 }
        guard k > 0, tokens[k].lowercased == "of" else { return false }
        return Self.nounsOfHearsay.contains(tokens[k - 1])
    }

    private static let nounsOfHearsay: WordSet = [
        "allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims", "suspicion",
        "suspicions", "rumour", "rumours", "rumor", "rumors", "reports", "denial", "denials",
    ]

    /// Adjectives of siding that follow the noun they describe: "fighters loyal to".
    private static let postponedAdjectives: WordSet = ["allied", "loyal"]

    /// Quantifiers and adjectives before a plural noun of unnamed parties: "other militias backing".
    private static let wordsOpeningAGroup: WordSet = [
        "other", "some", "many", "several", "those", "these", "all", "foreign", "western", "eastern", "allied", "armed", "rebel",
        "militant", "regional", "neighbouring", "neighboring", "partner", "donor",
    ]

    /// "accused Rwanda of backing the M23": the accused is the subject of the gerund.
    private func nestedSubject(at t: Int, objectsBeforeGerunds: [(position: Int, group: ArgumentGroup)]) -> ArgumentGroup? {
        guard tokens[t].lowercased.hasSuffix("ing"), let last = objectsBeforeGerunds.last, last.position < t else { return nil }
        var k = t - 1
        while k > last.position, tokens[k].lowercased.hasSuffix("ly") { k -= 1 }
        // "for visiting Russia on Friday and holding talks with Putin": a second gerund.
        if tokens[k].lowercased == "and" {
            guard let opening = (last.position..<k).last(where: { j in
                ["of", "for", "by"].contains(tokens[j].lowercased) && j + 1 < k && tokens[j + 1].lowercased.hasSuffix("ing")
            }), !(opening..<k).contains(where: { tokens[$0].kind == .punctuation })
            else { return nil }
            return last.group
        }
        guard ["of", "for", "by"].contains(tokens[k].lowercased) else { return nil }
        return last.group
    }

    /// Who undergoes a passive at `t`: the clause's subject after "was" or "were" ("Hamas was
    /// backed by Iran"); in a reduced relative, the name right before the participle ("the
    /// Houthis backed by Iran"), or no one when that is a common noun ("rebels supported by
    /// Deby" says nothing of the clause's subject).
    private func patient(ofPassiveAt t: Int, subject: ArgumentGroup?, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = t - 1
        while k >= 0, tokens[k].kind == .word, tokens[k].lowercased.hasSuffix("ly") || tokens[k].lowercased == "also" { k -= 1 }
        guard k >= 0 else { return subject }
        if let named = groups.first(where: { $0.end == k + 1 }) { return named }
        if tokens[k].kind == .word, !tokens[k].isCapitalized, !lexicon.isWord(tokens[k], in: .auxiliary),
            !Self.passiveAuxiliaries.contains(tokens[k]), !lexicon.isWord(tokens[k], in: .bearingVerb)
        {
            return describedByAppositive(endingAt: k, groups: groups)
        }
        return subject
    }

    /// "the Islamic Resistance in Iraq, an umbrella of militias backed by ...": the name that a
    /// description of lowercase words ending at `k` stands beside.
    private func describedByAppositive(endingAt k: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var j = k
        while j > 0, k - j < 8, tokens[j].kind == .word, !tokens[j].isCapitalized, !mentionTokens.contains(j) { j -= 1 }
        guard j > 0, tokens[j].is(","), j + 1 <= k, ["a", "an", "another", "the"].contains(tokens[j + 1].lowercased) else { return nil }
        return groups.first { $0.end == j }
    }

    /// Prepositions of a short phrase of place between a passive verb and its agent.
    private static let placingPrepositions: WordSet = ["to", "at", "in", "into"]
    private static let passiveAuxiliaries: WordSet = ["be", "been", "being", "get", "gets", "got", "getting", "become", "became"]

    /// "was blamed by the United States": the group after "by".
    private func agentAfter(_ end: Int, groups: [ArgumentGroup], clause: Clause) -> ArgumentGroup? {
        var k = end
        // "had been \"betrayed\" by": past the mark that closes a quoted verb.
        if k < clause.range.upperBound, isQuotationMark(k) { k += 1 }
        while k < clause.range.upperBound, tokens[k].lowercased.hasSuffix("ly") || tokens[k].lowercased == "also" { k += 1 }
        // "was welcomed to the Oval Office by Trump": a short phrase of place before "by".
        if k < clause.range.upperBound, Self.placingPrepositions.contains(tokens[k]) {
            var j = k + 1
            while j < min(clause.range.upperBound, k + 6), tokens[j].kind == .word, tokens[j].lowercased != "by",
                !mentionsAt[j].contains(where: { mentions[$0].entity != nil && mentions[$0].isArgument })
            {
                j += 1
            }
            if j < clause.range.upperBound, tokens[j].lowercased == "by" { k = j }
        }
        guard k < clause.range.upperBound, tokens[k].lowercased == "by" else { return nil }
        return groupStarting(after: k + 1, within: 0, groups: groups)
    }

    /// "rejected accusations from Kinshasa that it arms the rebels": the party after "from"
    /// brought a charge the noun names.
    private func accuserAfterFrom(_ k: Int, chargeAt t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard k < tokens.count, tokens[k].lowercased == "from", Self.nounsOfCharges.contains(tokens[t]) else { return nil }
        return groups.first { $0.start == k + 1 }
    }

    private static let nounsOfCharges: WordSet = ["accusation", "accusations", "allegation", "allegations", "charge", "charges", "claims"]

    /// Words that open a clause of their own in an object's place: "siding with what I call".
    private static let freeRelatives: WordSet = ["what", "whatever", "whoever", "whichever"]

    /// The first word at or after `k` that is no honorific title ("Mr", "Prince").
    private func pastHonorifics(from k: Int) -> Int {
        var k = k
        while k < tokens.count, let span = titleAt[k].map({ titles[$0] }), span.kind == .honorific { k = span.range.upperBound }
        return k
    }

    /// The group that starts at `k`, allowing `within` non-transparent words in front of it.
    private func groupStarting(after k: Int, within allowance: Int, groups: [ArgumentGroup], stopWords: WordSet = []) -> ArgumentGroup? {
        if let described = nameAfterDescription(from: k, groups: groups) { return described }
        if let leader = leaderOfDelegation(from: k, groups: groups) { return leader }
        var skipped = 0
        var j = nameAfterStanding(from: k) ?? k
        while j < tokens.count {
            if let g = groups.first(where: { $0.start == j }) { return g }
            if qualifiers.contains(j) {
                j += 1
                continue
            }
            // "his counterpart, Antony Blinken", "the head of the African Union Commission, Moussa
            // Faki": a title set off from its name by a comma.
            // "the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan": an honorific may
            // stand before the name.
            if j > k, tokens[j].is(","), titleAt[j - 1] != nil || appositiveRoleCommas.contains(j), case let name = pastHonorifics(from: j + 1),
                groups.contains(where: { $0.start == name })
            {
                j = name
                continue
            }
            // "accused the eastern-based forces of Khalifa Haftar": the party whose forces they are.
            if j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, lexicon.isWord(tokens[j], in: .agentNoun),
                tokens[j + 1].lowercased == "of", reachesGroup(from: j + 2, groups: groups)
            {
                j += 2
                continue
            }
            // The period of "Mr." or "Gen." belongs to its title.
            if tokens[j].kind == .punctuation && titleAt[j] == nil || stopWords.contains(tokens[j]) { return nil }
            // "siding with what I call the coalition": a clause of its own, whose subject is no party.
            if Self.freeRelatives.contains(tokens[j]) { return nil }
            if !isTransparent(j) {
                skipped += 1
                if skipped > allowance { return nil }
            }
            j += 1
        }
        return nil
    }

    /// The parties named in a list that also holds things: "blamed armed gangs, smugglers and
    /// former President Uribe for the crisis" blames Uribe. Each member is a few words with no
    /// verb; the list must end in "and" or "or" ("blamed the floods, then met Uribe" is none).
    private func namedMembers(ofListAfter end: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var named: [ArgumentItem] = []
        var wordsInMember = 0
        var members = 1
        var conjunction = false
        var j = end
        while j < limit {
            let word = tokens[j].lowercased
            if let g = groups.first(where: { $0.start == j }) {
                named += g.items
                wordsInMember = 0
                j = g.end
                continue
            }
            if tokens[j].is(",") || word == "and" || word == "or" {
                if word == "and" || word == "or" { conjunction = true }
                if tokens[j].is(",") { members += 1 }
                wordsInMember = 0
                j += 1
                continue
            }
            if isTransparent(j) {
                j += 1
                continue
            }
            // "armed gangs", "unnamed officials": a participle before a noun describes it.
            let describesNoun = j + 1 < limit && (word.hasSuffix("ed") || word.hasSuffix("ing")) && isDescriptor(j + 1)
                && !looksLikeVerbOrAdverb(j + 1)
            guard tokens[j].kind == .word, !tokens[j].isCapitalized, describesNoun || isDescriptor(j) && !looksLikeVerbOrAdverb(j),
                !Self.wordsEndingADirectObject.contains(word), !lexicon.isWord(tokens[j], in: .claimVerb)
            else { break }
            wordsInMember += 1
            if wordsInMember > 3 || members > 6 { return nil }
            j += 1
        }
        // A name right before a verb of speech is the speaker: "blamed the gangs, and Uribe said".
        guard conjunction, members > 1, !named.isEmpty,
            j >= limit || !(lexicon.isWord(tokens[j], in: .speechVerb) || lexicon.isWord(tokens[j], in: .claimVerb))
        else { return nil }
        return ArgumentGroup(items: named)
    }

    /// Whether a group starts at `k` or after words there that stand for nothing: "the Islamist
    /// movement Hamas".
    private func reachesGroup(from k: Int, groups: [ArgumentGroup]) -> Bool {
        var j = k
        while j < min(tokens.count, k + 6), !groups.contains(where: { $0.start == j }) {
            guard isTransparent(j) else { return false }
            j += 1
        }
        return groups.contains(where: { $0.start == j })
    }

    /// "blamed the banned militant group, Jaish-e-Mohammed, for", "met the group's leader, Ismail
    /// Haniyeh", "met top EU officials, A and B": a description of a party, set off by a comma
    /// from the names it describes. Not "backed the rebels, Kagame said", where the name after
    /// the comma speaks, nor "met the president, Putin's aide said".
    ///
    /// - Parameter opensSentence: whether `k` starts the sentence, and so may be capitalized:
    ///   "Two senior US envoys, A and B, met Putin".
    private func nameAfterDescription(from k: Int, groups: [ArgumentGroup], opensSentence: Bool = false) -> ArgumentGroup? {
        guard k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .number, opensSentence || !tokens[k].isCapitalized
            || mentionTokens.contains(k) || tokens[k].kind == .number || lexicon.isWord(tokens[k], in: .determiner)
            || lexicon.isWord(tokens[k], in: .roleModifier)
        else { return nil }
        // "Accusing Chad of arming the rebels, Bashir closed": a party charged with an act, no
        // description of the name after the comma.
        if let named = groups.first(where: { $0.start == k }), named.end < tokens.count, tokens[named.end].lowercased == "of" { return nil }
        var comma = k
        while comma < min(tokens.count, k + 7), !tokens[comma].is(",") {
            if tokens[comma].kind == .punctuation, titleAt[comma] == nil || isTrigger(comma) { return nil }
            if lexicon.isWord(tokens[comma], in: .speechVerb) || lexicon.isWord(tokens[comma], in: .subordinator) { return nil }
            // "Chávez who called the former prime minister, Aznar": a clause, no description.
            if Self.relativePronouns.contains(tokens[comma]) { return nil }
            comma += 1
        }
        guard comma > k, comma + 1 < tokens.count, tokens[comma].is(",") else { return nil }
        // "top EU officials, European Council President Antonio Costa and ...": past the titles.
        var first = comma + 1
        while first < min(tokens.count, comma + 8), !groups.contains(where: { $0.start == first }),
            isTransparent(first) || mentionTokens.contains(first) || tokens[first].kind == .word && tokens[first].isCapitalized
        {
            first += 1
        }
        guard let named = groups.first(where: { $0.start == first }) else { return nil }
        let noun = tokens[comma - 1]
        guard !mentionTokens.contains(comma - 1), lexicon.isWord(noun, in: .organizationDescriptor) || lexicon.isWord(noun, in: .agentNoun)
            || titleAt[comma - 1] != nil || Self.kinshipNouns.contains(noun.lowercased) || Self.nounsOfStanding.contains(noun.lowercased)
        else { return nil }
        if tokens[named.end - 1].isPossessive { return nil }
        // "arming the rebels, Omar al-Bashir closed": a name that goes on to its verb is a subject,
        // which the phrase before the comma does not describe.
        if named.end < tokens.count, tokens[named.end].kind == .word, !tokens[named.end].isCapitalized, looksLikeVerbOrAdverb(named.end) {
            return nil
        }
        return named
    }

    /// "met a Chilean delegation led by Luis Rojas": a delegation named by whom it is led
    /// stands for its leader.
    private func leaderOfDelegation(from k: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var j = k
        while j < min(tokens.count, k + 4), tokens[j].kind == .word, !Self.delegationNouns.contains(tokens[j]),
            !mentionTokens.contains(j) || mentionsAt[j].contains(where: { mentions[$0].form == .demonym })
        {
            j += 1
        }
        guard j + 3 < tokens.count, Self.delegationNouns.contains(tokens[j]), ["led", "headed"].contains(tokens[j + 1].lowercased),
            tokens[j + 2].lowercased == "by"
        else { return nil }
        return groupStarting(after: j + 3, within: 0, groups: groups)
    }

    private static let delegationNouns: WordSet = ["delegation", "delegations", "team", "mission", "contingent", "entourage", "party"]

    /// Where the name starts after an owner's noun of standing set beside it with no comma:
    /// "backed by its old ally the United States", "met his longtime rival Berisha".
    private func nameAfterStanding(from k: Int) -> Int? {
        guard k + 2 < tokens.count, Self.possessivePronouns.contains(tokens[k]) else { return nil }
        var j = k + 1
        // One word may describe the noun: "its closest ally", "his longtime rival".
        if !Self.nounsOfStanding.contains(tokens[j]), tokens[j].kind == .word, !tokens[j].isCapitalized, !mentionTokens.contains(j) {
            j += 1
        }
        guard j + 1 < tokens.count, Self.nounsOfStanding.contains(tokens[j]) else { return nil }
        j += 1
        if tokens[j].lowercased == "the" { j += 1 }
        return j < tokens.count && entityMentionStarts.contains(j) ? j : nil
    }

    /// Whether the words from `k` are a determiner and a noun of a person or people no name
    /// follows: "the envoy", "a delegation", "their Chinese counterparts".
    private func namesUnnamedPerson(from k: Int, end: Int) -> Bool {
        guard k < end, lexicon.isWord(tokens[k], in: .determiner) else { return false }
        var j = k + 1
        while j < min(end, k + 4), tokens[j].kind == .word, !entityMentionStarts.contains(j) {
            if lexicon.isWord(tokens[j], in: .agentNoun) || titleAt[j] != nil {
                // "met the President of Chile", "met Foreign Minister X": the office or the name after it.
                return j + 1 >= end || !(tokens[j + 1].lowercased == "of" || entityMentionStarts.contains(j + 1))
            }
            j += 1
        }
        return false
    }

    private static let relativePronouns: WordSet = ["who", "which", "whose", "whom"]
    /// Nouns of where a person stands with another, set off before the name: "met with his
    /// rival, Sali Berisha", "backed by its old ally the United States".
    private static let nounsOfStanding: WordSet = [
        "rival", "rivals", "arch-rival", "archrival", "arch-enemy", "archenemy", "enemy", "foe", "nemesis", "opponent", "adversary",
        "ally", "allies", "friend", "partner", "partners", "patron", "protege", "protégé", "mentor", "successor", "predecessor",
        "neighbor", "neighbour", "host", "guest",
    ]
    /// "described the premier's wife, Begoña Gómez, as corrupt".
    private static let kinshipNouns: WordSet = [
        "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "nephew", "niece", "cousin", "spouse",
    ]
    /// Words after which no speaker is named: "said that", "said in a statement", "said on Monday".
    private static let wordsEndingASpeaker: WordSet = ["that", "in", "on"]
    private static let wordsEndingADirectObject: WordSet = ["for", "of", "over", "with", "to", "in", "that", "from"]
    private static let wordsEndingARecipient: WordSet = ["by", "with", "in", "from"]
    private static let prepositionsBeforeARecipient: WordSet = ["to", "for"]
    private static let prepositionsAfterNounFor: Set<String> = ["for", "to", "with", "behind"]
    private static let prepositionsAfterNounOn: Set<String> = ["on", "against"]
    private static let prepositionsEndingANounTrigger: WordSet = ["of", "for", "to"]
    /// Words that may stand between a meeting word and "between": "a call by phone today between".
    private static let subjectPronouns: WordSet = ["he", "she", "they", "we"]
    private static let wordsBeforeBetween: WordSet = ["phone", "telephone", "video", "today", "yesterday", "held", "late", "early"]
    /// The verbs of a meeting that is held, and when: "talks took place last week between".
    private static let beingHeld: WordSet = [
        "was", "were", "is", "are", "be", "been", "being", "held", "took", "take", "takes", "taking", "place", "convened", "hosted",
        "arranged", "organized", "organised", "scheduled", "last", "this", "next", "week", "weekend", "month", "night", "morning",
        "afternoon", "evening", "earlier", "later",
    ]
    private static let possessivePronouns: WordSet = ["its", "his", "her", "their", "our", "my", "your"]
    /// Adjectives that look like past participles and stand before nouns of support.
    private static let adjectivesEndingInEd: WordSet = [
        "continued", "renewed", "sustained", "increased", "unqualified", "undivided", "unconditional", "promised", "pledged", "offered",
        "announced", "expanded", "alleged",
    ]

    /// Whether a noun of support ("aid", "tanks", "loans") stands within the few words from `k`.
    private func namesSupport(from k: Int, limit: Int) -> Bool {
        var j = k
        while j < min(limit, k + 10), !tokens[j].isStop {
            if triggerLength(at: j, end: limit, where: { $0.relation == .backs && ($0.pattern == .nounFor || $0.pattern == .supplyNoun) }) != nil {
                return true
            }
            j += 1
        }
        return false
    }

    /// Verbs that give or send anything, and back a party only when the gift is support ("sent
    /// a letter to", "delivered a message to" back no one).
    private static let verbsGivingAnything: WordSet = [
        "gave", "given", "give", "gives", "giving", "handed", "hands", "hand", "handing", "granted", "grants", "grant", "granting",
        "donated", "donates", "donate", "donating", "sent", "sends", "send", "sending", "delivered", "delivers", "deliver", "delivering",
    ]
    private static let indefiniteArticles: WordSet = ["a", "an"]
    private static let articles: WordSet = ["a", "an", "the"]
    /// "neither confirmed nor denied", "did not deny": no denial, so no charge against the one who speaks.
    private func isNegatedDenial(_ k: Int) -> Bool {
        k > 0 && Self.wordsNegatingADenial.contains(tokens[k - 1])
    }

    private static let wordsNegatingADenial: WordSet = ["not", "nor", "never", "n't", "didn't", "neither"]

    /// Where a label may follow a criticism's target, past a phrase of the occasion: "lambasted
    /// Uribe during his weekly broadcast as a liar".
    private func pastOccasion(from k: Int, limit: Int) -> Int {
        guard k < limit, Self.prepositionsOfOccasion.contains(tokens[k]) else { return k }
        var j = k + 1
        while j < min(limit, k + 7), tokens[j].kind == .word, !mentionTokens.contains(j), tokens[j].lowercased != "as" { j += 1 }
        return j < limit && tokens[j].lowercased == "as" ? j : k
    }

    private static let prepositionsOfOccasion: WordSet = ["during", "in", "on", "at", "throughout"]

    private static let denialVerbs: WordSet = [
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismiss",
        "dismissing", "refuted", "refutes", "refute", "refuting",
    ]
    /// "sent away the ambassador", "accused of selling out to Russia": no gift.
    private static let adverbsOfSendingOff: WordSet = ["away", "home", "back", "packing", "out"]
    /// Where things are sent, not to whom: "to Poland's border", "to China's shores".
    private static let nounsOfTerritory: WordSet = [
        "border", "borders", "frontier", "frontiers", "territory", "shores", "shore", "coast", "coasts", "waters", "soil", "doorstep",
    ]

    private func object(of trigger: Lexicon.Trigger, at t: Int, end: Int, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        let limit = clause.range.upperBound
        switch trigger.pattern {
        case .direct, .directPerson:
            let allowance = trigger.relation == .blamed ? 3 : (trigger.relation == .backs ? 1 : 0)
            // "blamed the drone strike in Jordan on the militias": the act may run long, and name
            // a place of the party blaming.
            // "laid the blame for the dam collapse squarely on Moscow": the noun's reason comes first.
            let isNounBlame = t > 0 && (tokens[t].lowercased == "blame" || tokens[t].lowercased == "onus") && tokens[t - 1].lowercased == "the"
            if trigger.relation == .blamed, let g = partyBlamedOn(after: end, limit: limit, groups: groups, pastReason: isNounBlame) { return g }
            if trigger.relation == .spokeWith, let people = leadersListed(after: end, limit: limit, groups: groups) { return people }
            // "armed the militia known as the Janjaweed": the name given, not "the militia" named before.
            var object = groupCalled(after: end, groups: groups)
                ?? groupStarting(after: end, within: allowance, groups: groups, stopWords: Self.wordsEndingADirectObject)
            // "met the U.N. demands", "has met Iran's conditions": a want satisfied, not a meeting;
            // "would recognise United Nations demands": a want granted, not the body backed (but
            // "supported Ukraine's requests" backs the party whose they are).
            if let g = object, trigger.relation == .spokeWith || trigger.relation == .backs && !tokens[g.end - 1].isPossessive,
                isRequirement(after: g.end, limit: limit)
            {
                return nil
            }
            // "received the award from his Polish counterpart Andrzej Duda": given in person.
            if object == nil, trigger.pattern == .directPerson, Self.receivingVerbs.contains(tokens[t]), !namesSupport(from: end, limit: limit),
                let from = (end..<min(limit, end + 8)).first(where: { tokens[$0].lowercased == "from" }),
                (end..<from).allSatisfy({ tokens[$0].kind == .word && !mentionTokens.contains($0) })
            {
                object = groupStarting(after: from + 1, within: 0, groups: groups)
            }
            // "received in Nairobi the president of Somaliland": a place between the verb and the guest.
            if object == nil, trigger.relation == .spokeWith, end + 2 < limit, tokens[end].lowercased == "in" || tokens[end].lowercased == "at" {
                var k = end + 1
                while k < min(limit, end + 4), tokens[k].isCapitalized, !groups.contains(where: { $0.start == k }) { k += 1 }
                if k > end + 1, k < limit { object = groupStarting(after: k, within: 0, groups: groups) }
            }
            // "called in China's envoy": summoned; not "calls in recent days with".
            if object == nil, trigger.pattern == .directPerson, tokens[t].lowercased.hasPrefix("call"), end + 1 < limit, tokens[end].lowercased == "in" {
                object = groupStarting(after: end + 1, within: 0, groups: groups)
            }
            if object == nil, trigger.relation == .blamed {
                object = namedMembers(ofListAfter: end, limit: limit, groups: groups) ?? demonymOwner(ofConductAfter: end, limit: limit)
            }
            if object == nil, trigger.relation == .blamed || trigger.relation == .criticized {
                object = authorOfAct(after: end, limit: limit, groups: groups)
            }
            if object == nil, trigger.relation == .backs { object = ownerOfCause(after: end, limit: limit, groups: groups) }
            // "supported Russia's defeat": backing what befalls a party is no backing of it.
            if trigger.relation == .backs, let g = object, g.end < limit, tokens[g.end - 1].isPossessive,
                (g.end..<min(limit, g.end + 3)).contains(where: { lexicon.isWord(tokens[$0], in: .adverseOutcome) })
            {
                return nil
            }
            // "armed Syria's rebels": the party's foes.
            if trigger.relation == .backs, let g = object, let party = partyInPlaceOfFoes(ownedBy: g, limit: limit, groups: groups) {
                return party
            }
            // "recognised the rebel council", "recognizes Guaido as president": a government or
            // leader recognised is backed; a state ("recognizing Beijing") is only dealt with.
            if trigger.relation == .backs, tokens[t].lowercased.hasPrefix("recogni"), let g = object {
                let items = g.items.filter { $0.entities.allSatisfy { entities[$0].type != .country } }
                object = items.isEmpty ? nil : ArgumentGroup(items: items)
            }
            if trigger.pattern == .directPerson {
                object = object.flatMap { g in
                    // "received a delegation from the RSF": people who speak for it.
                    // "summoned the Ugandan ambassador": an envoy the story does not name speaks for
                    // the country.
                    let people = g.items.filter {
                        $0.entities.allSatisfy { entities[$0].type == .person } || Self.envoysFrom.contains(tokens[$0.range.lowerBound])
                            || Self.envoyTitles.contains(tokens[$0.range.upperBound - 1])
                            // "summoned the ambassador of Russia".
                            || titleAt[$0.range.lowerBound + 1].map { Self.envoyTitles.contains(tokens[titles[$0].range.upperBound - 1].lowercased) } ?? false
                    }
                    return people.isEmpty ? nil : ArgumentGroup(items: people)
                }
                // "called Uribe a liar", "called Biden 'weak'": naming, not a call.
                if tokens[t].lowercased.hasPrefix("call"), let g = object, g.end < tokens.count,
                    isQuotationMark(g.end) || Self.articles.contains(tokens[g.end]) && !isTimePhrase(at: g.end + 1)
                        || labelsAsWrong(from: g.end, limit: tokens.count)
                {
                    return nil
                }
            }
            return object
        case .labelling:
            // "branded Ortega a dictator", "described Moscow as the aggressor": a label of wrong.
            // The label may follow "as", which opens a clause of its own.
            guard let object = groupStarting(after: end, within: 0, groups: groups) else { return nil }
            // "evidence linking GRU officers to an explosion": tied to a harmful act.
            if Self.linkingVerbs.contains(tokens[t]) {
                // "linking GRU officers to": the party's agents are the party.
                var k = object.end
                while k < min(limit, object.end + 2), lexicon.isWord(tokens[k], in: .agentNoun) { k += 1 }
                return linksToHarm(from: k, limit: limit) ? object : nil
            }
            return labelsAsWrong(from: object.end, limit: tokens.count) ? object : nil
        case .with:
            return withObjects(after: end, limit: limit, groups: groups)
        case .recipient:
            // "sent away the ambassador", "sent home": an expulsion, nothing given.
            if end < limit, Self.adverbsOfSendingOff.contains(tokens[end]) { return nil }
            // "has given Ukraine 60 billion dollars in aid", "handed Kyiv tanks": a verb that gives
            // anything backs a party only with support ("gave Russia a warning" does not).
            if Self.verbsGivingAnything.contains(tokens[t]), !namesSupport(from: end, limit: limit) { return nil }
            var k = end
            // "delivered more than 1,000 containers of military equipment and munitions to Moscow".
            while k < min(limit, end + 14) {
                if Self.prepositionsBeforeARecipient.contains(tokens[k]), let g = groupStarting(after: k + 1, within: 0, groups: groups) {
                    // "to send migrants to the European Union's borders": a place of the party's.
                    if tokens[g.end - 1].isPossessive, g.end < limit, Self.nounsOfTerritory.contains(tokens[g.end]) { return nil }
                    // "shipped rifles to Sudan's tribal militias": the party's foes.
                    if let party = partyInPlaceOfFoes(ownedBy: g, limit: limit, groups: groups) { return party }
                    return g
                }
                if tokens[k].kind == .punctuation { break }
                k += 1
            }
            let recipient = groupStarting(after: end, within: 2, groups: groups, stopWords: Self.wordsEndingARecipient)
            // "sent Ukraine a warning", "sent Putin a letter": what was sent is no support.
            if let g = recipient, g.end < limit, Self.indefiniteArticles.contains(tokens[g.end]), !namesSupport(from: g.end, limit: limit) {
                return nil
            }
            return recipient
        case .nounFor, .nounOn:
            // "in support of Israel": the trigger ends on its preposition.
            if let last = trigger.words.last, Self.prepositionsEndingANounTrigger.contains(last) {
                // "an indictment of Iranian conduct": the party whose conduct is criticized.
                return partyPointedAt(from: end, limit: limit, groups: groups)
                    ?? (trigger.relation == .criticized ? demonymOwner(ofConductAfter: end, limit: limit) : nil)
            }
            if trigger.pattern == .nounFor, let recipient = recipientOfOffer(beforeNounAt: t, lower: clause.range.lowerBound, groups: groups) {
                return recipient
            }
            var prepositions = trigger.pattern == .nounFor ? Self.prepositionsAfterNounFor : Self.prepositionsAfterNounOn
            // "Iran's backing of the Houthis", "American support of Israel": after an owner, "of"
            // names who is backed.
            if trigger.pattern == .nounFor, t > 0,
                tokens[t - 1].isPossessive || mentionsAt[t - 1].contains(where: { mentions[$0].range.upperBound == t && mentions[$0].form == .demonym })
            {
                prepositions.insert("of")
            }
            var k = end
            var quotes = 0
            while k < min(limit, end + 3 + quotes) {
                if prepositions.contains(tokens[k].lowercased) {
                    let party = partyPointedAt(from: k + 1, limit: limit, groups: groups)
                    // "the United States' commitment of troops to Poland": what is given, then to whom.
                    if party == nil, tokens[k].lowercased == "of" {
                        k += 1
                        continue
                    }
                    // "support for the Ukrainian struggle": the party whose cause it is.
                    if party == nil, trigger.relation == .backs { return ownerOfCause(after: k + 1, limit: limit, groups: groups) }
                    return party
                }
                // "vowed 'complete solidarity' with Pyongyang".
                if isQuotationMark(k) {
                    quotes += 1
                    k += 1
                    continue
                }
                if tokens[k].kind == .punctuation || mentionTokens.contains(k) { return nil }
                k += 1
            }
            return nil
        case .demand:
            // "called on Iran to stop ...", "demanded that Russia stop ...": only a demand to stop
            // or end something is a charge.
            // The clause ends at "that"; the demand goes on.
            let start = end < tokens.count && tokens[end].lowercased == "that" ? end + 1 : end
            let limit = start > end ? tokens.count : limit
            guard let object = groupStarting(after: start, within: 0, groups: groups) else { return nil }
            var k = pastDayNamed(from: object.end, limit: limit)
            guard k < limit else { return nil }
            if tokens[k].lowercased == "to" { k += 1 }
            while k < limit, tokens[k].lowercased.hasSuffix("ly") { k += 1 }
            guard k < limit, lexicon.isWord(tokens[k], in: .cessationVerb) else { return nil }
            // "called on the government to release a report": a document made public, not
            // prisoners set free.
            if (k + 1..<min(limit, k + 5)).contains(where: { lexicon.isWord(tokens[$0], in: .reportNoun) }) { return nil }
            return object
        case .compound, .responsibility, .condemnedAct, .accusation, .right, .thanks, .supplyNoun, .perpetration, .wrongdoing:
            return nil
        }
    }

    /// Whether a noun of something wanted ("demands", "conditions") follows a party, past at most
    /// one word that is no preposition: "the U.N. demands", "Iran's key conditions".
    private func isRequirement(after k: Int, limit: Int) -> Bool {
        guard k < limit else { return false }
        if Self.requirementNouns.contains(tokens[k]) { return true }
        return k + 1 < limit && tokens[k].kind == .word && !tokens[k].isCapitalized && !Self.isGrammarWord(tokens[k], in: lexicon)
            && Self.requirementNouns.contains(tokens[k + 1])
    }

    /// What one meets by satisfying it.
    private static let requirementNouns: WordSet = [
        "demand", "demands", "condition", "conditions", "requirement", "requirements", "criteria", "criterion", "deadline", "deadlines",
        "obligation", "obligations", "expectation", "expectations", "standard", "standards", "target", "targets", "terms", "benchmark",
        "benchmarks", "needs", "request", "requests",
    ]

    /// The token past "on Monday", "on Thursday, June 27," after `k`: a day that dates a demand
    /// between its object and its verb ("urged Seoul on Monday to stop").
    private func pastDayNamed(from k: Int, limit: Int) -> Int {
        guard k + 1 < limit, tokens[k].lowercased == "on", MentionFinder.weekdays.contains(tokens[k + 1].text) else { return k }
        var j = k + 2
        // ", June 27,"
        if j + 3 < limit, tokens[j].is(","), lexicon.isWord(tokens[j + 1], in: .month), tokens[j + 2].kind == .number, tokens[j + 3].is(",") { j += 4 }
        return j
    }

    /// Verbs that tie a party to what follows "to": a charge when that is a harmful act.
    private static let linkingVerbs: WordSet = [
        "linking", "linked", "links", "link", "tying", "tied", "ties", "tie", "connecting", "connected", "connects", "connect",
        "implicating", "implicated", "implicates", "implicate",
    ]

    /// Whether "to" or "in" at `k` leads, past a few words, to a harmful act: "to an explosion",
    /// "in the 2014 blasts".
    private func linksToHarm(from k: Int, limit: Int) -> Bool {
        guard k < limit, tokens[k].lowercased == "to" || tokens[k].lowercased == "in" else { return false }
        var j = k + 1
        while j < min(limit, k + 6), tokens[j].kind == .word || tokens[j].kind == .number {
            if lexicon.isWord(tokens[j], in: .harmfulAct) { return true }
            j += 1
        }
        return false
    }

    /// "condemned Canada's calls for the release of activists as blatant interference": an act a
    /// party owns, labelled a wrong past the words that name it.
    private func labelsOwnedActAsWrong(after owner: ArgumentGroup, end: Int) -> Bool {
        guard tokens[owner.end - 1].isPossessive else { return false }
        var k = owner.end
        while k < min(end, owner.end + 12), tokens[k].kind == .word {
            if tokens[k].lowercased == "as" { return k + 1 < end && tokens[k + 1].lowercased != "well" && labelsAsWrong(from: k, limit: end) }
            if lexicon.isWord(tokens[k], in: .speechVerb) || lexicon.isWord(tokens[k], in: .subordinator) { return false }
            k += 1
        }
        return false
    }

    /// Whether the words from `k` label what comes before them as a wrong: "corrupt", "a
    /// dictator", "as the aggressor", "as a threat to peace".
    private func labelsAsWrong(from k: Int, limit: Int) -> Bool {
        var j = k
        // "described the premier's wife, Begoña Gómez, as corrupt"; "called the former premier,
        // José María Aznar, a fascist".
        if j + 1 < limit, tokens[j].is(","), tokens[j + 1].lowercased == "as" || lexicon.isWord(tokens[j + 1], in: .determiner) { j += 1 }
        if j < limit, tokens[j].lowercased == "as" { j += 1 }
        var words = 0
        while j < limit, words < 4, tokens[j].kind == .word || isQuotationMark(j) {
            if lexicon.isWord(tokens[j], in: .pejorativeLabel) { return true }
            // "called Biden about the threat": what follows a preposition or a verb is no label.
            if lexicon.isWord(tokens[j], in: .preposition) || tokens[j].lowercased == "to" || isTrigger(j) { return false }
            if tokens[j].kind == .word { words += 1 }
            j += 1
        }
        return false
    }

    /// The party after the last "on" of "blamed <act> on <party>", within the clause; none
    /// where the one blamed comes first ("blamed Russia for the attack on Kyiv").
    private func partyBlamedOn(after end: Int, limit: Int, groups: [ArgumentGroup], pastReason: Bool = false) -> ArgumentGroup? {
        var party: ArgumentGroup?
        var k = end
        while k < min(limit, end + 15), tokens[k].kind == .word,
            !Self.wordsAfterTheOneBlamed.contains(tokens[k]) || pastReason && tokens[k].lowercased == "for"
        {
            if tokens[k].lowercased == "on", let g = groupStarting(after: k + 1, within: 0, groups: groups) {
                party = g
                k = g.end
                continue
            }
            k += 1
        }
        return party
    }

    private static let wordsAfterTheOneBlamed: WordSet = ["for", "of", "over", "that", "as"]

    /// The party a noun of support points at, past a verb and a phrase ending in "of":
    /// "to Georgia's sovereignty", "to defend South Korea", "to supporting the lawful rights
    /// of the Philippines", "for the government and people of Kenya".
    private func partyPointedAt(from start: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = start
        var verbs = 0
        while k < limit, verbs < 2, lexicon.isWord(tokens[k], in: .supportVerb), !mentionTokens.contains(k) {
            k += 1
            verbs += 1
            if k < limit, tokens[k].lowercased == "to" { k += 1 }
        }
        if let g = groupStarting(after: k, within: 0, groups: groups) {
            // "support for Georgia's breakaway territories of Abkhazia and South Ossetia": the
            // party's foes, named or not, are the ones supported.
            if let party = partyInPlaceOfFoes(ownedBy: g, limit: limit, groups: groups) { return party }
            return g
        }
        // A short noun phrase of lowercase words that ends in "of": "the defense of Japan".
        var j = k
        while j < min(tokens.count, k + 8) {  // "the government and people of": past an "and" that cut the clause
            if tokens[j].lowercased == "of" { return groupStarting(after: j + 1, within: 0, groups: groups) }
            let isListComma = tokens[j].is(",")
            guard isListComma || tokens[j].kind == .word && !tokens[j].isCapitalized, !mentionTokens.contains(j), !isTrigger(j) else {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The party to read in place of a possessive group followed by a noun of those who fight its
    /// owner ("Syria's rebel factions", "Georgia's breakaway regions"): their own name, when "of"
    /// or a name follows ("... of Abkhazia", "Venezuela's opposition leader Guaidó"), else none
    /// (`.some(nil)`). `nil` when no such noun follows: the group stands.
    private func partyInPlaceOfFoes(ownedBy g: ArgumentGroup, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup?? {
        // "the Sierra Leone rebels": a country's name before its foes is theirs as a possessive is.
        let isCountryModifier = g.items.count == 1 && g.entities.count == 1 && entities[g.entities[0]].type == .country
            && g.end < limit && Self.foesOfAParty.contains(tokens[g.end])
        guard g.end < limit, tokens[g.end - 1].isPossessive || isCountryModifier,
            let foe = (g.end..<min(limit, g.end + 3)).first(where: { Self.foesOfAParty.contains(tokens[$0]) && !mentionTokens.contains($0) }),
            (g.end..<foe).allSatisfy({ tokens[$0].kind == .word && !mentionTokens.contains($0) })
        else { return nil }
        var k = foe + 1
        while k < min(limit, foe + 4), tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].lowercased != "of", !mentionTokens.contains(k) { k += 1 }
        if k < limit, tokens[k].lowercased == "of" { k += 1 } else if !(k < limit && mentionTokens.contains(k)) { return .some(nil) }
        return .some(groupStarting(after: k, within: 0, groups: groups))
    }

    private static let foesOfAParty: WordSet = [
        "rebel", "rebels", "breakaway", "separatist", "separatists", "secessionist", "secessionists", "opposition", "insurgents",
        "insurgency", "insurgent", "militants", "enemies", "enemy", "opponents", "adversaries", "foes", "dissidents",
        "militia", "militias", "guerrillas", "guerrilla", "jihadists", "extremists", "islamists",
    ]

    /// "US says M23 rebels to blame for killings", "Report finds Syria responsible": a headline
    /// that drops the "is" after the name a verb of saying reports on.
    private func isHeadlineClaim(before t: Int) -> Bool {
        var k = t - 1
        while k >= 0, t - k <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k) { k -= 1 }
        guard k >= 0, let m = mentionsAt[k].first(where: { mentions[$0].range.upperBound == k + 1 && mentions[$0].entity != nil }) else {
            return false
        }
        let before = mentions[m].range.lowerBound - 1
        return before >= 0 && (lexicon.isWord(tokens[before], in: .speechVerb) || lexicon.isWord(tokens[before], in: .claimVerb))
    }

    /// The first words of the triggers a verb before them must lay on their subject.
    private static let wordsLaidByAVerb: WordSet = [
        "responsibility", "responsible", "complicit", "culpable", "guilty", "at", "to", "source", "cause", "root",
    ]

    /// Whether "responsibility", "responsible" or "to blame" is laid on the clause's subject:
    /// "bears special responsibility", "are ultimately responsible", "is to blame" — but not
    /// "claimed responsibility" or "the official responsible for".
    private func isLaidOnSubject(_ trigger: Lexicon.Trigger, at t: Int) -> Bool {
        guard let first = trigger.words.first, Self.wordsLaidByAVerb.contains(first) else { return true }
        if first != "responsibility", isHeadlineClaim(before: t) { return true }
        var k = t - 1
        var skipped = 0
        while k >= 0, skipped < 3, tokens[k].kind == .word || isQuotationMark(k), !lexicon.isWord(tokens[k], in: .bearingVerb) {
            // Adverbs and adjectives only: "ultimately", "full", "special", "the primary"; quoted
            // or not ("was \"primarily\" to blame").
            guard !mentionTokens.contains(k), !isTrigger(k), !lexicon.isWord(tokens[k], in: .clauseOpener) else { return false }
            if !isQuotationMark(k) { skipped += 1 }
            k -= 1
        }
        guard k >= 0, lexicon.isWord(tokens[k], in: .bearingVerb) else { return false }
        // "bear" lays responsibility; "is" lays only "responsible" and "to blame".
        let isCopula = lexicon.isWord(tokens[k], in: .auxiliary) || ["be", "been", "being", "remain", "remains", "remained"].contains(tokens[k].lowercased)
        return first == "responsibility" ? !isCopula : isCopula
    }

    private func isQuotationMark(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && ["\"", "“", "”", "'", "‘", "’"].contains(tokens[k].text)
    }

    /// "responsibility for the attack lies with Kyiv", "rests squarely on X", "lies not only
    /// with A but also with B": the parties the responsibility is laid on, after its verb.
    private func bearers(ofResponsibilityAt t: Int, end: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> [ArgumentGroup]? {
        // "the bombing was the handiwork of Lashkar", "the \"handiwork\" of": its author, named right after.
        if tokens[t].lowercased == "handiwork" {
            var k = end
            while k < sentence.range.upperBound, isQuotationMark(k) { k += 1 }
            guard k < sentence.range.upperBound, tokens[k].lowercased == "of",
                !(max(sentence.range.lowerBound, t - 3)..<t).contains(where: { lexicon.isWord(tokens[$0], in: .negation) })
            else { return nil }
            return groupStarting(after: k + 1, within: 2, groups: groups).map { [$0] }
        }
        guard tokens[t].lowercased == "responsibility" else { return nil }
        var k = end
        // Past "for this and other attacks" to the verb.
        while k < min(sentence.range.upperBound, end + 12), tokens[k].kind == .word, !mentionTokens.contains(k),
            !Self.verbsOfResting.contains(tokens[k])
        {
            // "does not lie with Kyiv".
            if lexicon.isWord(tokens[k], in: .negation) || isModal(k, .hypothetical) || tokens[k].lowercased.hasSuffix("n't") {
                return nil
            }
            k += 1
        }
        guard k < sentence.range.upperBound, Self.verbsOfResting.contains(tokens[k]) else { return nil }
        var bearers: [ArgumentGroup] = []
        k += 1
        while k < min(sentence.range.upperBound, end + 30) {
            let word = tokens[k].lowercased
            if ["with", "on", "upon"].contains(word), let g = groupStarting(after: k + 1, within: 2, groups: groups) {
                bearers.append(g)
                k = g.end
                continue
            }
            // "not only with A but also with B"; "does not lie with Kyiv" lays it on no one.
            if word == "not", k + 1 < tokens.count, tokens[k + 1].lowercased == "only" {
                k += 2
                continue
            }
            guard tokens[k].kind == .word || tokens[k].is(","), !lexicon.isWord(tokens[k], in: .negation),
                bearers.isEmpty || ["but", "also", "and", ",", "their", "its", "the"].contains(word) || word.hasSuffix("ly")
            else { break }
            k += 1
        }
        return bearers.isEmpty ? nil : bearers
    }

    private static let verbsOfResting: WordSet = ["lies", "lie", "lay", "lying", "rests", "rest", "rested", "resting", "falls", "fall", "fell", "sits"]

    /// "received a show of support", "won backing": the clause's subject receives the noun
    /// ("pledged support from the United States" gives it instead).
    private func isReceived(at t: Int) -> Bool {
        var k = t - 1
        // Within the sentence: not "Aid received" of a headline above.
        while k >= max(0, t - 4) {
            if Self.receivingVerbs.contains(tokens[k]) { return true }
            if sentenceStarts.contains(k) { return false }
            k -= 1
        }
        return false
    }

    private static let receivingVerbs: WordSet = [
        "receive", "received", "receives", "receiving", "get", "gets", "got", "getting", "won", "win", "wins", "winning",
        "secured", "secures", "gained", "gains", "enjoys", "enjoyed", "enjoy", "count", "counts", "counted", "counting", "rely",
        "relies", "relied", "relying", "depend", "depends", "depended", "depending",
    ]

    /// "support from the United States", "the support of Egypt": the party after "from" or
    /// "of", right after the noun.
    private func supportGiver(after end: Int, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard end < clause.range.upperBound, tokens[end].lowercased == "from" || tokens[end].lowercased == "of" else { return nil }
        return groupStarting(after: end + 1, within: 0, groups: groups)
    }

    /// "the support the United States has provided": the party that gives what the noun names,
    /// in the relative clause right after it.
    private func giverOfSupportProvided(after end: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard let giver = groups.first(where: { $0.start == end || $0.start == end + 1 && tokens[end].lowercased == "that" }) else { return nil }
        // The relative clause may be a clause of its own ("that Japan has provided").
        let limit = min(tokens.count, giver.end + 4)
        var k = giver.end
        while k < limit, lexicon.isWord(tokens[k], in: .auxiliary) || tokens[k].lowercased.hasSuffix("ly") { k += 1 }
        return k < limit && Self.givingVerbs.contains(tokens[k]) ? giver : nil
    }

    private static let givingVerbs: WordSet = [
        "provided", "provides", "gave", "given", "gives", "offered", "offers", "extended", "extends", "sent", "sends", "delivered",
        "pledged", "shown", "showed", "lent",
    ]

    /// Whom an accusation is against: "accusations against Kigali", "charges by Kinshasa that
    /// Kigali arms the rebels", "denied U.S. accusations that it is arming insurgents".
    /// Where a charge's parties start past a participle that brings it: "the allegations (being)
    /// levelled against", "charges brought against"; `end` when none stands there.
    private func chargeBroughtEnd(from end: Int, within clause: Clause) -> Int {
        var k = end
        if k < clause.range.upperBound, tokens[k].lowercased == "being" { k += 1 }
        guard k < clause.range.upperBound, lexicon.isWord(tokens[k], in: .chargingParticiple) else { return end }
        return k + 1
    }

    /// "allegations that the FARC funded him or that Ecuador aided it": the parties of each
    /// further "that" a charge made with "that" goes on with.
    private func furtherAccused(after accused: ArgumentGroup, chargeAt k: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> [ArgumentGroup] {
        let limit = sentence.range.upperBound
        guard tokens[k].lowercased == "that" else { return [] }
        return (accused.end..<max(accused.end, limit - 2)).compactMap { j in
            guard Self.listJoiners.contains(tokens[j]), tokens[j + 1].lowercased == "that",
                let more = accusedParty(after: j + 1, in: sentence, groups: groups), !reportsWordsOnly(of: more, afterChargeAt: j + 1, limit: limit)
            else { return nil }
            return more
        }
    }

    /// "alleged that Merkel promised him ...": what the accused is said to have said or
    /// promised is no wrong.
    private func reportsWordsOnly(of accused: ArgumentGroup, afterChargeAt k: Int, limit: Int) -> Bool {
        guard k < limit, tokens[k].lowercased == "that" else { return false }
        var v = accused.end
        while v < limit, lexicon.isWord(tokens[v], in: .auxiliary) { v += 1 }
        return v < limit && (lexicon.isWord(tokens[v], in: .speechVerb) || Self.verbsOfUndertaking.contains(tokens[v]))
    }

    private static let verbsOfUndertaking: WordSet = [
        "promised", "promises", "pledged", "pledges", "agreed", "agrees", "assured", "assures", "offered", "offers", "told", "tells",
    ]

    private func accusedParty(after end: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = end
        if k < sentence.range.upperBound, tokens[k].lowercased == "by", let accuser = groupStarting(after: k + 1, within: 0, groups: groups) {
            k = accuser.end
        }
        guard k < sentence.range.upperBound else { return nil }
        switch tokens[k].lowercased {
        case "against", "at": return groupStarting(after: k + 1, within: 0, groups: groups)
        // "allegations of Rwandan support for the rebels", "claims of Libyan interference".
        case "of": return demonymOwner(ofConductAfter: k + 1, limit: sentence.range.upperBound)
        case "that":
            guard let actor = groupStarting(after: k + 1, within: 0, groups: groups) else {
                // "the accusation that the uprising is backed by Turkey and Qatar": an unnamed
                // subject, whose doer the passive names.
                guard let be = (k + 2..<min(sentence.range.upperBound, k + 12)).first(where: { Self.copulas.contains(tokens[$0]) }),
                    (k + 1..<be).allSatisfy({ tokens[$0].kind == .word && !mentionTokens.contains($0) })
                else { return nil }
                return doerOfPassive(afterBe: be, in: sentence, groups: groups)
            }
            // "alleged that Ukraine was attacked by Russia": the one who did it, not the one it was done to.
            if actor.end < sentence.range.upperBound, Self.copulas.contains(tokens[actor.end]),
                let agent = doerOfPassive(afterBe: actor.end, in: sentence, groups: groups)
            {
                return agent
            }
            return actor
        default: return nil
        }
    }

    /// The doer a passive names after the form of "be" at `be`: "(is) backed by Turkey", "(has)
    /// been politically, financially and militarily backed by".
    private func doerOfPassive(afterBe be: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var j = be + 1
        if j < sentence.range.upperBound, tokens[j].lowercased == "been" { j += 1 }
        while j < sentence.range.upperBound, tokens[j].lowercased.hasSuffix("ly") || tokens[j].is(",") || tokens[j].lowercased == "and" { j += 1 }
        guard j + 1 < sentence.range.upperBound, tokens[j].lowercased.hasSuffix("ed"), tokens[j + 1].lowercased == "by" else { return nil }
        return groupStarting(after: j + 2, within: 0, groups: groups)
    }

    /// Whose noun this is: "the United States' steadfast commitment", "the ironclad U.S.
    /// commitment", "Iran's support". A few lowercase words (adjectives) may stand between.
    private func owner(ofNounAt t: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> ArgumentGroup? {
        // "offered Chavez broad political support": the one offered it, not its owner.
        if recipientOfOffer(beforeNounAt: t, lower: sentence.range.lowerBound, groups: groups) != nil { return nil }
        var k = t
        while k > sentence.range.lowerBound, t - k <= 4 {
            // "solidarity with Chad and support for Niger": a name before "and" is the last of
            // another phrase, not the owner of the adjectives' noun.
            if let g = groups.first(where: { $0.end == k }) { return tokens[k].lowercased == "and" ? nil : g }
            let previous = k - 1
            if let m = mentionsAt[previous].first(where: { mentions[$0].range.upperBound == k }) {
                guard let e = mentions[m].entity, mentions[m].form == .demonym || mentions[m].isPossessive else { return nil }
                return group(ofMention: m, e)
            }
            let word = tokens[previous].lowercased
            // "Russia, a longtime supporter of the junta": a noun in apposition is its name's.
            if Self.articles.contains(word), previous >= 1, tokens[previous - 1].is(","),
                let named = groups.first(where: { $0.end == previous - 1 })
            {
                return named
            }
            // Adjectives only: a pronoun ("its support") or a verb ("reaffirmed support") ends the search.
            let isAdjective = !lexicon.isWord(tokens[previous], in: .functionWord) && !lexicon.isWord(tokens[previous], in: .determiner)
                && !lexicon.isWord(tokens[previous], in: .clauseOpener) && !Self.possessivePronouns.contains(word)
                && (!word.hasSuffix("ed") || Self.adjectivesEndingInEd.contains(word))
            // "Ortega's Friday morning meeting with": the day it was held describes it too.
            if MentionFinder.weekdays.contains(tokens[previous].text) {
                k = previous
                continue
            }
            guard tokens[previous].kind == .word, !tokens[previous].isCapitalized, !isTrigger(previous), word == "and" || isAdjective
            else { return nil }
            k = previous
        }
        return nil
    }

    /// The party a verb of offering gives the noun at `t` to, standing between them:
    /// "offered Chavez broad political support", "pledged the Ukrainian president his full
    /// backing".
    private func recipientOfOffer(beforeNounAt t: Int, lower: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = t
        while k > lower, t - k < 4, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !mentionTokens.contains(k - 1), !isTrigger(k - 1),
            lexicon.isWord(tokens[k - 1], in: .determiner) || Self.possessivePronouns.contains(tokens[k - 1])
                || !Self.isGrammarWord(tokens[k - 1], in: lexicon) && !Self.offeringVerbs.contains(tokens[k - 1])
        {
            k -= 1
        }
        guard let recipient = groups.last(where: { $0.end == k }) else { return nil }
        var v = recipient.start - 1
        while v > lower, recipient.start - v <= 3, lexicon.isWord(tokens[v], in: .determiner) || titleAt[v] != nil
            || mentionsAt[v].contains(where: { mentions[$0].form == .demonym })
        {
            v -= 1
        }
        return v >= lower && Self.offeringVerbs.contains(tokens[v]) ? recipient : nil
    }

    private static let agentNounsOfSupport: WordSet = [
        "backer", "backers", "supporter", "supporters", "sponsor", "sponsors", "patron", "patrons", "financier", "financiers",
        "funder", "funders", "supplier", "suppliers", "ally", "allies",
    ]
    private static let nounsOfAlliance: WordSet = ["ally", "allies"]

    /// Whether the noun at `t` is said of the clause's subject: "Iran is the main backer of",
    /// "has long been a supporter of", "became a key sponsor of".
    private func isPredicated(nounAt t: Int, clause: Clause) -> Bool {
        var k = t - 1
        while k > clause.range.lowerBound, t - k <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized || mentionsAt[k].contains(where: { mentions[$0].form == .demonym }),
            !Self.copulas.contains(tokens[k]), !isTrigger(k)
        {
            k -= 1
        }
        return k >= clause.range.lowerBound && Self.copulas.contains(tokens[k])
    }

    private static let copulas: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain", "remains", "remained", "as",
    ]

    /// "Tajik-Kyrgyz border talks", "Russia-Ukraine negotiations": the two parties one
    /// hyphenated word names before a noun of meeting, past a word or two that qualify it.
    private func hyphenatedPair(before t: Int, in sentence: Sentence) -> (Int, Int)? {
        var k = t - 1
        while k > sentence.range.lowerBound, t - k <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k) {
            k -= 1
        }
        guard k >= sentence.range.lowerBound, tokens[k].isHyphenated else { return nil }
        let parties = mentionsAt[k].filter { mentions[$0].range == k..<(k + 1) }.compactMap { mentions[$0].entity }
        guard parties.count == 2, parties[0] != parties[1] else { return nil }
        // "ahead of the next round of U.S.-Iran talks, which are due to take place": talks to come.
        let around = max(sentence.range.lowerBound, k - 6)..<min(sentence.range.upperBound, t + 8)
        if around.contains(where: { Self.wordsOfMeetingsToCome.contains(tokens[$0]) || isModal($0, .future) }) {
            return nil
        }
        return (parties[0], parties[1])
    }

    private static let wordsOfMeetingsToCome: WordSet = [
        "ahead", "before", "upcoming", "next", "planned", "proposed", "future", "expected", "scheduled", "due", "slated", "possible",
        "potential",
    ]

    /// "after talks", "during a two-day meeting", "following a phone call": where a phrase of
    /// meeting opens, within the few words before the noun at `t`, from `start` on.
    private func meetingPhraseOpener(before t: Int, from start: Int) -> Int? {
        var k = t - 1
        while k >= start, t - k <= 4, Self.wordsBeforeMeetingNouns.contains(tokens[k]) || tokens[k].isHyphenated {
            k -= 1
        }
        guard k >= start, Self.prepositionsOpeningMeetings.contains(tokens[k]) else { return nil }
        return k
    }

    private static let prepositionsOpeningMeetings: WordSet = ["after", "following", "during", "at"]

    /// "in their phone talks", "during their first meeting": a meeting the subject's members
    /// had with each other, after the subject and within its clause.
    private func isTheirMeeting(at t: Int, after start: Int) -> Bool {
        var k = t - 1
        while k > start, t - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].lowercased != "their" { k -= 1 }
        return k > start && tokens[k].lowercased == "their" && (Self.prepositionsOpeningMeetings.contains(tokens[k - 1]) || tokens[k - 1].lowercased == "in")
    }

    /// The party one mention names, as a group of its own.
    private func group(ofMention m: Int, _ e: Int) -> ArgumentGroup {
        ArgumentGroup(items: [ArgumentItem(range: mentions[m].range, entities: [e])])
    }

    /// "her talks with", "his first meeting with": the actor of the nearest clause before, whom
    /// the possessive pronoun names.
    private func pronounOwner(ofNounAt t: Int, clause c: Int, subjects: [Int?], groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard t > 1 else { return nil }
        let pronoun = Self.possessivePronouns.contains(tokens[t - 1])
            || tokens[t - 1].kind == .word && !tokens[t - 1].isCapitalized && Self.possessivePronouns.contains(tokens[t - 2])
        guard pronoun else { return nil }
        for p in stride(from: c - 1, through: 0, by: -1) {
            if let s = subjects[p] { return groups[s] }
        }
        return nil
    }

    /// Words of intent before an infinitive that says what is meant: "Moscow's plans to
    /// destabilize", "Iran's attempts to undermine", "seeks to undermine".
    private static let wordsOfIntent: WordSet = [
        "plan", "plans", "planned", "planning", "plot", "plots", "attempt", "attempts", "effort", "efforts", "bid", "bids", "scheme",
        "schemes", "designs", "intention", "intentions", "ambition", "ambitions", "campaign", "drive", "push", "want", "wants",
        "wanted", "seek", "seeks", "sought", "intend", "intends",
    ]

    /// The owner of a noun of intent right before "to" and the verb at `t`: "Russia's plans to".
    private func owner(ofIntentBefore t: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard t - 2 > sentence.range.lowerBound, tokens[t - 1].lowercased == "to", Self.wordsOfIntent.contains(tokens[t - 2]) else {
            return nil
        }
        return owner(ofNounAt: t - 2, in: sentence, groups: groups)
    }

    /// "sanctions on Iran over its support", "criticized Qatar for their backing": the party named
    /// right before "over" or "for" owns the noun that "its" or "their" opens, or, when that party
    /// is the object of a word of relation or of "on", the noun after a few words without one.
    private func objectOwning(nounAt t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var p = t - 1
        while p > 1, t - p <= 3, tokens[p].kind == .word, !Self.possessivePronouns.contains(tokens[p]), !tokens[p].isCapitalized,
            !Self.reasonPrepositions.contains(tokens[p])
        {
            p -= 1
        }
        guard p > 1 else { return nil }
        if ["its", "their"].contains(tokens[p].lowercased), Self.reasonPrepositions.contains(tokens[p - 1].lowercased) {
            return groups.first { $0.end == p - 1 }
        }
        // "slapped sanctions on Lockheed Martin over arms sales to Taiwan": without a pronoun,
        // the one penalized or praised right before "over" owns the act.
        // ("blamed Brussels for withholding funds owed to Hungary": a verb between says what was
        // done with the noun.)
        guard Self.reasonPrepositions.contains(tokens[p]), !(p + 1..<t).contains(where: { tokens[$0].lowercased.hasSuffix("ing") }),
            let owner = groups.first(where: { $0.end == p }), owner.start > 0
        else {
            return nil
        }
        var before = owner.start - 1
        if tokens[before].lowercased == "the", before > 0 { before -= 1 }
        return isTrigger(before) || ["on", "against"].contains(tokens[before].lowercased) ? owner : nil
    }

    private static let reasonPrepositions: WordSet = ["over", "for"]

    /// "what he calls Lee's sycophantic approach ... is to blame": the owner before the verb.
    private func possessiveSubject(before t: Int, in clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        groups.first { $0.start >= clause.range.lowerBound && $0.end <= t && $0.items.count == 1 && $0.items[0].isObjectOnly }
    }

    /// "Iran's pattern of providing", "Russia's long practice of arming": the possessor of the
    /// noun the gerund completes.
    private func possessiveOwner(ofGerundAt t: Int) -> ArgumentGroup? {
        guard t >= 3, tokens[t - 1].lowercased == "of" else { return nil }
        var k = t - 2
        var words = 0
        while k > 0, words < 3, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k),
            !lexicon.isWord(tokens[k], in: .functionWord), !lexicon.isWord(tokens[k], in: .agentNoun)
        {
            k -= 1
            words += 1
        }
        guard words > 0, let m = mentionsAt[k].first(where: { mentions[$0].range.upperBound == k + 1 }), mentions[m].isPossessive,
            let e = mentions[m].entity
        else { return nil }
        return group(ofMention: m, e)
    }

    /// "Russia's attacks undermined the talks", "Russian drones have fuelled the war": the owner of
    /// the act or body that is the subject of the verb at `t`. Only a noun of acts, conduct or a
    /// body that acts counts: "Ukraine's losses" do nothing.
    private func ownerOfActingNoun(before t: Int, clause: Clause) -> ArgumentGroup? {
        func isActingNoun(_ k: Int) -> Bool {
            tokens[k].kind == .word && !tokens[k].isCapitalized
                && (lexicon.isWord(tokens[k], in: .harmfulAct) || lexicon.isWord(tokens[k], in: .agentNoun) || Self.conductNouns.contains(tokens[k]))
        }
        var k = t - 1
        while k > clause.range.lowerBound, lexicon.isWord(tokens[k], in: .auxiliary) || tokens[k].lowercased.hasSuffix("ly") { k -= 1 }
        guard k > clause.range.lowerBound else { return nil }
        if !isActingNoun(k) {
            // "Petro's refusal to accept the flights jeopardized", "Russia's terror against
            // civilians undermines": the noun with what completes it.
            guard let noun = (max(clause.range.lowerBound, k - 7)..<k).last(where: { n in
                // "Russia's invasion of Ukraine violates": the complement may name a party.
                isActingNoun(n) && Self.complementOpeners.contains(tokens[n + 1])
                    && (n + 1...k).allSatisfy { tokens[$0].kind == .word && !lexicon.isWord(tokens[$0], in: .clauseOpener) }
            }) else { return nil }
            k = noun
        }
        var words = 1
        k -= 1
        while k >= clause.range.lowerBound, words < 4, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k),
            !Self.isGrammarWord(tokens[k], in: lexicon) || tokens[k].lowercased == "and", !isTrigger(k)
        {
            k -= 1
            words += 1
        }
        guard k >= clause.range.lowerBound, let m = mentionsAt[k].first(where: { mentions[$0].range.upperBound == k + 1 }),
            mentions[m].isPossessive || mentions[m].form == .demonym, let e = mentions[m].entity
        else { return nil }
        return group(ofMention: m, e)
    }

    /// Words that open what completes a noun of conduct: "refusal to accept", "terror against".
    private static let complementOpeners: WordSet = ["to", "against", "toward", "towards", "on", "in", "of"]

    /// "hosted the talks, with Uganda accusing Rwanda": after a comma, "with" and a name, the
    /// name is the subject of the gerund, no partner of what came before.
    private func absoluteSubject(ofGerundAt t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard t < tokens.count, tokens[t].kind == .word, !tokens[t].isCapitalized, tokens[t].lowercased.hasSuffix("ing"),
            !Self.prepositionsInIng.contains(tokens[t]),
            let g = groups.first(where: { $0.end == t })
        else { return nil }
        // "with Foreign Minister Yang Jiechi receiving": past the title.
        var with = g.start - 1
        while with > 0, titleAt[with] != nil { with -= 1 }
        guard with >= 1, tokens[with].lowercased == "with", tokens[with - 1].is(",") else { return nil }
        return g
    }

    private static let prepositionsInIng: WordSet = ["regarding", "concerning", "including", "during", "following", "involving"]

    /// "blamed American support of Israel", "blamed Iranian meddling": the country of a demonym
    /// before a noun of conduct or support (not "blamed Syrian rebels": no country's acts).
    private func demonymOwner(ofConductAfter end: Int, limit: Int) -> ArgumentGroup? {
        var k = end
        if k < limit, lexicon.isWord(tokens[k], in: .determiner) { k += 1 }
        guard k + 1 < limit, let m = mentionsAt[k].first(where: { mentions[$0].range.lowerBound == k && mentions[$0].form == .demonym }),
            let e = mentions[m].entity, entities[e].type == .country
        else { return nil }
        let noun = mentions[m].range.upperBound
        guard noun < limit,
            Self.conductNouns.contains(tokens[noun]) || lexicon.isWord(tokens[noun], in: .harmfulAct) || isNounOfSupport(at: noun, end: limit)
        else { return nil }
        return group(ofMention: m, e)
    }

    /// "condemned the provocative act of Turkey", "denounced the latest European Union
    /// sanctions", "criticised the remarks made by Jaishankar": the author of the act condemned.
    /// Only a noun whose "of" names its agent reads "of" so: "the killing of Khashoggi" names
    /// the one killed.
    private func authorOfAct(after end: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        func isAct(_ k: Int) -> Bool {
            Self.conductNouns.contains(tokens[k]) || Self.wordsOfUtterance.contains(tokens[k])
                || Self.nounsOfAnAgent.contains(tokens[k]) || lexicon.isWord(tokens[k], in: .harmfulAct)
        }
        var k = end
        if k < limit, lexicon.isWord(tokens[k], in: .determiner) { k += 1 }
        // Past up to three describing words: "the latest", "the recent provocative".
        var described = 0
        while k < limit, described < 3, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k), !isAct(k) {
            k += 1
            described += 1
        }
        guard k < limit else { return nil }
        // "the European Union sanctions": the author names the act.
        if let g = groups.first(where: { $0.start == k }) {
            return g.end < limit && isAct(g.end) ? g : nil
        }
        guard isAct(k) else { return nil }
        var j = k + 1
        if j < limit, Self.participlesOfAuthorship.contains(tokens[j]) { j += 1 }
        guard j + 1 < limit, tokens[j].lowercased == "by" || tokens[j].lowercased == "of" && Self.nounsOfAnAgent.contains(tokens[k]) else { return nil }
        return groupStarting(after: j + 1, within: 0, groups: groups)
    }

    /// Words said that a party may be condemned for: "the remarks made by".
    private static let wordsOfUtterance: WordSet = [
        "remarks", "remark", "statements", "statement", "comments", "comment", "sanctions", "measures", "threats", "accusations",
        "allegations", "claims",
    ]
    private static let participlesOfAuthorship: WordSet = ["made", "imposed", "issued", "taken", "adopted", "announced"]
    /// Nouns whose "of" names who acts: "the act of Turkey", "the remarks of the minister".
    private static let nounsOfAnAgent: WordSet = [
        "act", "acts", "actions", "action", "behavior", "behaviour", "conduct", "policies", "policy", "remarks", "statements",
        "statement", "comments", "provocation", "provocations", "decision", "move", "moves", "stance", "rhetoric", "interference",
        "meddling",
    ]

    /// "backed the Turkish version of events", "recognised the legitimacy of Libya's rebel council":
    /// the party whose stance, claim or standing is backed.
    private func ownerOfCause(after end: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = end
        if k < limit, lexicon.isWord(tokens[k], in: .determiner) || Self.possessivePronouns.contains(tokens[k].lowercased) { k += 1 }
        guard k + 1 < limit else { return nil }
        if let m = mentionsAt[k].first(where: { mentions[$0].range.lowerBound == k && mentions[$0].form == .demonym }),
            let e = mentions[m].entity, entities[e].type == .country
        {
            // "the Ukrainian struggle", "its Syrian ally".
            let noun = mentions[m].range.upperBound
            return noun < limit && (Self.nounsOfACause.contains(tokens[noun]) || Self.nounsOfAllies.contains(tokens[noun]))
                ? group(ofMention: m, e) : nil
        }
        // "the territorial integrity of Ukraine": one word may describe the noun.
        if !Self.nounsOfACause.contains(tokens[k]), tokens[k].kind == .word, !tokens[k].isCapitalized,
            !mentionTokens.contains(k)
        {
            k += 1
        }
        guard k + 1 < limit, Self.nounsOfACause.contains(tokens[k]), tokens[k + 1].lowercased == "of" else { return nil }
        return groupStarting(after: k + 2, within: 0, groups: groups)
    }

    /// Words that open a verb's object: "to resolve all disputes", "to fund both sides".
    private static let quantifiersBeforeAnObject: WordSet = ["all", "both", "any", "every", "each", "some"]

    /// Nouns of the friends a party stands by: "its Syrian ally", "their Lebanese brothers".
    private static let nounsOfAllies: WordSet = [
        "ally", "allies", "partner", "partners", "friend", "friends", "brothers", "brethren", "comrades", "client", "protege", "protégé",
    ]

    /// Nouns of a party's stance, claim or standing, which whoever backs them backs the party for.
    private static let nounsOfACause: WordSet = [
        "position", "positions", "stance", "version", "account", "view", "views", "bid", "proposal", "proposals", "claim", "claims",
        "demand", "demands", "call", "calls", "cause", "candidacy", "efforts", "initiative", "request", "sovereignty", "independence",
        "legitimacy", "integrity", "offensive", "counteroffensive", "counter-offensive", "struggle", "fight", "resistance",
    ]

    /// Nouns of what a party does, whose owner answers for it: "Moscow's policies undermined".
    private static let conductNouns: WordSet = [
        "actions", "action", "policy", "policies", "decision", "decisions", "refusal", "conduct", "behaviour", "behavior", "moves", "move",
        "presence", "activities", "activity", "operations", "operation", "interference", "aggression", "plans", "plan", "deal", "demands",
        "stance", "campaign", "support", "meddling", "provocations", "rhetoric", "terror", "terrorism", "attempts", "efforts",
        "threats", "threat", "pressure", "acts", "act",
    ]

    /// Whether a word that may be a verb of giving ("supplies", "shipments") is a noun: after a
    /// determiner, an owner, or a noun of goods ("arms supplies", "drone deliveries").
    private func isNounOfSupply(at t: Int) -> Bool {
        guard t > 0, tokens[t].kind == .word else { return false }
        let previous = tokens[t - 1]
        if previous.isPossessive || Self.possessivePronouns.contains(previous.lowercased) { return true }
        if lexicon.isWord(previous, in: .determiner) { return previous.lowercased != "both" }
        guard previous.kind == .word, !previous.isCapitalized, t >= 1 else { return false }
        if lexicon.isWord(previous, in: .harmfulAct) || lexicon.isWord(previous, in: .productNoun) { return true }
        return lexicon.triggers.longestMatch(in: tokens, at: t - 1, respectCase: false).map { match in
            match.length == 1 && match.phrase.value.contains { $0.pattern == .nounFor }
        } ?? false
    }

    /// The party after "by" a few words before `t`, with no punctuation between.
    private func passiveAgent(before t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        func isAfterBy(_ start: Int) -> Bool {
            var k = start - 1
            while k > 0, lexicon.isWord(tokens[k], in: .determiner) { k -= 1 }
            return k >= 0 && tokens[k].lowercased == "by"
        }
        guard let g = groups.last(where: { $0.end <= t && t - $0.end <= 8 && isAfterBy($0.start) }),
            !(g.end..<t).contains(where: { tokens[$0].kind == .punctuation })
        else { return nil }
        return g
    }

    /// "the resolve of the United States to ...": the owner after "of", when "to" follows it.
    private func owner(after end: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard end + 1 < tokens.count, tokens[end].lowercased == "of", let owner = groupStarting(after: end + 1, within: 0, groups: groups),
            owner.end < tokens.count, tokens[owner.end].lowercased == "to"
        else { return nil }
        return owner
    }

    /// The giver (the noun's owner, or the party after "by") and the receiver (after "to") of a
    /// noun of supply, within twenty words, past parentheses.
    private func supplyParties(ofNounAt t: Int, end: Int, in sentence: Sentence, groups: [ArgumentGroup]) -> (ArgumentGroup, ArgumentGroup)? {
        var giver = owner(ofNounAt: t, in: sentence, groups: groups)
        var k = end
        var depth = 0
        while k < min(sentence.range.upperBound, end + 20) {
            let word = tokens[k].lowercased
            if tokens[k].is("(") { depth += 1 } else if tokens[k].is(")") { depth -= 1 }
            if depth == 0 {
                if word == "by", giver == nil, let agent = groupStarting(after: k + 1, within: 0, groups: groups) {
                    giver = agent
                    k = agent.end
                    continue
                }
                if word == "to", let receiver = groupStarting(after: k + 1, within: 0, groups: groups) {
                    return giver.map { ($0, receiver) }
                }
                if tokens[k].kind == .punctuation, !tokens[k].is(")") { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "thanked X for its strong support", "praised X for their assistance": X.
    private func thankedForSupport(after end: Int, by subject: ArgumentGroup, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard let thanked = groupStarting(after: end, within: 0, groups: groups) else { return nil }
        var k = thanked.end
        guard k < tokens.count, tokens[k].lowercased == "for" else { return nil }
        k += 1
        // "for his commitment to the Luanda Process", "for its efforts to aid Kyiv": support of
        // something or someone other than the one who thanks.
        func givenToAnother(after next: Int) -> Bool {
            guard next < tokens.count, entityMentionStarts.contains(next), let recipient = groupStarting(after: next, within: 0, groups: groups) else {
                return false
            }
            let own = Set(subject.entities + subject.entities.compactMap { servedCountry[$0] })
            return !recipient.entities.allSatisfy(own.contains)
        }
        var words = 0
        while k < tokens.count, words < 6, tokens[k].kind == .word {
            if let length = triggerLength(at: k, where: { $0.relation == .backs && $0.pattern == .nounFor }) {
                let next = k + length
                return next < tokens.count && Self.prepositionsAfterNounFor.contains(tokens[next].lowercased) || givenToAnother(after: next) ? nil : thanked
            }
            // "thanked North Korea for its help", "thanked Germany for the new air defence systems".
            if Self.thankedGoods.contains(tokens[k]) { return givenToAnother(after: k + 1) ? nil : thanked }
            if tokens[k].isCapitalized || mentionTokens.contains(k) { return nil }
            words += 1
            k += 1
        }
        return nil
    }

    /// What a party is thanked for that it gave: help and arms, besides the nouns of support.
    private static let thankedGoods: WordSet = [
        "help", "systems", "equipment", "supplies", "donations", "donation", "contribution", "contributions", "drones", "missiles",
        "tanks", "ammunition", "shells", "jets", "munitions", "vehicles", "loans", "grants", "troops",
    ]

    /// Who committed an act described as a wrong: "Russia's unprovoked invasion", "Putin's
    /// brutal war", "the repressive rule of Ortega", "Russia's war of aggression". Without a
    /// word of condemnation the act is only reported ("Russia's war in Ukraine") and blames no one.
    private func condemnedAuthor(ofNounAt t: Int, end: Int, in sentence: Sentence, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        func isCondemning(_ k: Int) -> Bool {
            lexicon.isWord(tokens[k], in: .condemningWord) || tokens[k].lowercased == "aggression"
        }
        var condemned = isCondemning(t) || (end + 1 < sentence.range.upperBound && tokens[end].lowercased == "of"
            && tokens[end + 1].lowercased == "aggression")
        // Owner before: the possessive or demonym, with the adjectives between.
        var k = t
        while k > sentence.range.lowerBound, t - k <= 5 {
            let previous = k - 1
            if let m = mentionsAt[previous].first(where: { mentions[$0].range.upperBound == k }) {
                guard let e = mentions[m].entity, mentions[m].form == .demonym || mentions[m].isPossessive,
                    entities[e].type != .person || mentions[m].isPossessive
                else { return nil }
                // "the barbarous Russian and Syrian regime airstrikes": demonyms joined by "and",
                // and the word of condemnation before them.
                var owners = [ArgumentItem(range: mentions[m].range, entities: [e])]
                var j = mentions[m].range.lowerBound - 1
                while j >= sentence.range.lowerBound, mentions[m].range.lowerBound - j <= 6 {
                    if isCondemning(j) {
                        condemned = true
                    } else if let other = mentionsAt[j].first(where: { mentions[$0].range.upperBound == j + 1 && mentions[$0].form == .demonym }),
                        let coordinated = mentions[other].entity
                    {
                        owners.append(ArgumentItem(range: mentions[other].range, entities: [coordinated]))
                        j = mentions[other].range.lowerBound - 1
                        continue
                    } else if !(tokens[j].lowercased == "and" || tokens[j].is(",")) {
                        break
                    }
                    j -= 1
                }
                return condemned ? ArgumentGroup(items: owners.reversed()) : nil
            }
            // "Russia has ripped up the rule book with its illegal annexation": "its" is the actor
            // before it, in its clause ("warned the group that regimes are increasing their
            // appetite for aggression" blames no group).
            if condemned, Self.possessivePronouns.contains(tokens[previous]) {
                let wantsPerson = tokens[previous].lowercased == "his" || tokens[previous].lowercased == "her"
                // "are raising the pressure, increasing their provocations": a participle's clause
                // shares the actor of the clause before it.
                let opener = tokens[clause.range.lowerBound].is(",") ? clause.range.lowerBound + 1 : clause.range.lowerBound
                let opensWithParticiple = opener > sentence.range.lowerBound && tokens[opener].lowercased.hasSuffix("ing") && tokens[opener - 1].is(",")
                let lower = opensWithParticiple ? sentence.range.lowerBound : max(sentence.range.lowerBound, clause.range.lowerBound)
                // "launched a missile over Japan in its most daring provocation": not a place or
                // party after a preposition.
                return groups.last(where: { g in
                    g.end <= previous && g.start >= lower && !g.items[0].isObjectOnly
                        && !isAfterPreposition(g.start) && (tokens[previous].lowercased == "their" || g.entities.allSatisfy { (entities[$0].type == .person) == wantsPerson })
                })
            }
            // "Thailand's \"large-scale attack\"": the act quoted.
            guard tokens[previous].kind == .word || tokens[previous].is(",") || isQuotationMark(previous),
                !tokens[previous].isCapitalized || isCondemning(previous)
            else { break }
            if isCondemning(previous) { condemned = true }
            if lexicon.isWord(tokens[previous], in: .determiner) { break }
            k = previous
        }
        // Owner after: "the corrupt and repressive rule of Daniel Ortega", "\"aggression\" by the UAE".
        let after = end < sentence.range.upperBound && isQuotationMark(end) ? end + 1 : end
        guard condemned, after < sentence.range.upperBound, tokens[after].lowercased == "of" || tokens[after].lowercased == "by" else { return nil }
        return groupStarting(after: after + 1, within: 0, groups: groups)
    }

    /// The actor of the sentence's first clause that names one.
    private func firstSubject(clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) -> ArgumentGroup? {
        for (c, s) in subjects.enumerated() where clauses[c].kind == .main {
            guard let s else { continue }
            // "A and B have been accused of treating violations by Myanmar leniently": the accused
            // describe nothing; their accusers are not named.
            if isAccusedInPassive(groups[s], clause: clauses[c]) { return nil }
            return groups[s]
        }
        return nil
    }

    /// Whether the words after `subject` in its clause say it is accused: "have been accused
    /// of", "was blamed for", "is charged with".
    private func isAccusedInPassive(_ subject: ArgumentGroup, clause: Clause) -> Bool {
        var k = subject.end
        var passive = false
        while k < min(clause.range.upperBound, subject.end + 5), tokens[k].kind == .word {
            let word = tokens[k].lowercased
            if Self.finiteFormsOfBe.contains(word) {
                passive = true
            } else if passive, Self.verbsOfAccusing.contains(word) {
                return true
            }
            k += 1
        }
        return false
    }

    private static let finiteFormsOfBe: WordSet = ["was", "were", "been", "is", "are", "being"]

    private static let verbsOfAccusing: WordSet = [
        "accused", "blamed", "charged", "criticised", "criticized", "condemned", "faulted", "denounced", "indicted", "suspected",
    ]

    private static let betweenWords: WordSet = ["between", "among", "amongst"]

    /// "Charges of spying have flown between Nairobi and Kampala": charges between two
    /// parties, past what they are of and the verb that carries them, go both ways.
    private func partiesChargingEachOther(chargeAt t: Int, end: Int, within sentence: Sentence, groups: [ArgumentGroup]) -> [Int]? {
        // (The sentence, not the clause: a long list of charges reads as clauses of its own.)
        guard let between = (end..<min(sentence.range.upperBound, end + 20)).first(where: { k in
            tokens[k].lowercased == "between" || mentionTokens.contains(k) || tokens[k].is(";") || Self.relativePronouns.contains(tokens[k])
                || lexicon.isWord(tokens[k], in: .subordinator)
        }), tokens[between].lowercased == "between",
            // "no accusations between them", "accusations could fly between them": none made.
            !(max(sentence.range.lowerBound, t - 2)..<between).contains(where: { k in
                lexicon.isWord(tokens[k], in: .negation) || lexicon.isWord(tokens[k], in: .hypothetical)
            }),
            let parties = groupStarting(after: between + 1, within: 0, groups: groups), parties.entities.count >= 2
        else { return nil }
        return parties.entities
    }

    /// "a phone call between A and B", "talks on Monday between A, B and C": the parties
    /// named right after a meeting word. A "between" further on belongs to another noun
    /// ("discussed the cooperation between A and B").
    /// "talks between A, B and C": every pair; "talks between A and B, C and D": A with each of
    /// the others.
    private func partiesBetween(after end: Int, groups: [ArgumentGroup]) -> [(Int, Int)]? {
        // "talks were held in Moscow on Tuesday between": the noun's verb, its place and its time.
        var k = end
        var isPlace = false
        func isBetween(_ k: Int) -> Bool { Self.betweenWords.contains(tokens[k]) }
        while k < min(tokens.count, end + 8), tokens[k].kind == .word, !isBetween(k) {
            let word = tokens[k].lowercased
            // "will be held", "were not held", "is expected to take place": no meeting yet.
            for kind in [WordClass.future, .negation, .hypothetical] where lexicon.isWord(tokens[k], in: kind) { return nil }
            if mentionTokens.contains(k) {
                guard isPlace || k > 0 && lexicon.isWord(tokens[k - 1], in: .locativePreposition) else { break }
                isPlace = true
            } else {
                isPlace = lexicon.isWord(tokens[k], in: .locativePreposition) || isPlace && word == "the"
                guard isPlace || lexicon.isWord(tokens[k], in: .preposition) || lexicon.isWord(tokens[k], in: .determiner)
                    || tokens[k].isCapitalized || Self.wordsBeforeBetween.contains(word) || Self.beingHeld.contains(word)
                else { break }
            }
            k += 1
        }
        guard k < tokens.count, isBetween(k), let g = groupStarting(after: k + 1, within: 0, groups: groups),
            g.entities.count >= 2
        else { return nil }
        let parties = g.entities
        let first = g.items[0]
        if g.items.count > 2, first.entities.count == 1, tokens[first.range.upperBound].lowercased == "and" {
            return parties.dropFirst().map { (parties[0], $0) }
        }
        return parties.indices.flatMap { i in parties[(i + 1)...].map { (parties[i], $0) } }
    }

    /// "spoke by phone on Thursday with A about X, then with B": every group after a "with".
    private func withObjects(after end: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = end
        var result: [ArgumentItem] = []
        // "received a call from Zelensky": the caller, after "from".
        let isReceived = isReceived(at: end - 1)
        // "gave a news conference alongside Ortega": side by side, in one meeting.
        let isAppearance = tokens[end - 1].lowercased == "conference"
        while k < min(limit, end + 10) {
            if tokens[k].lowercased == "with" || isReceived && tokens[k].lowercased == "from" || isAppearance && tokens[k].lowercased == "alongside" {
                guard let g = groupStarting(after: k + 1, within: 0, groups: groups), absoluteSubject(ofGerundAt: g.end, groups: groups) == nil else {
                    return nil
                }
                result = g.items
                k = g.end
                break
            }
            if let g = groups.first(where: { $0.start == k }) {
                // "met in China on Monday with Li Peng": the place of the meeting, no party to it.
                guard isPlace(startingAt: g.start, g.entities) && !tokens[g.end - 1].isPossessive || g.items.allSatisfy({ ["he", "she"].contains(tokens[$0.range.lowerBound].lowercased) }) else { return nil }
                k = g.end
                continue
            }
            if tokens[k].isStop { return nil }
            k += 1
        }
        guard !result.isEmpty else { return nil }
        // Continuations: ", then with B", "and with C", "as well as with D".
        while k < tokens.count, let next = continuation(at: k, groups: groups) {
            result += next.items
            k = next.end
        }
        return ArgumentGroup(items: result)
    }

    /// "armed rebels, called Contras," and "backed the militia known as the Janjaweed": the
    /// name a described group is given.
    private func groupCalled(after end: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = end
        while k < min(tokens.count, end + 4), tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k),
            !Self.namingParticiples.contains(tokens[k]), tokens[k].lowercased != "known"
        {
            k += 1
        }
        guard k > end, lexicon.isWord(tokens[k - 1], in: .organizationDescriptor) || lexicon.isWord(tokens[k - 1], in: .groupNoun) else { return nil }
        // The name may stand in commas, a clause of its own.
        if k < tokens.count, tokens[k].is(",") { k += 1 }
        guard k + 2 < tokens.count else { return nil }
        if Self.namingParticiples.contains(tokens[k]) {
            k += 1
        } else if tokens[k].lowercased == "known", tokens[k + 1].lowercased == "as" {
            k += 2
        } else {
            return nil
        }
        if tokens[k].lowercased == "the" { k += 1 }
        return groups.first { $0.start == k && $0.items.count == 1 }
    }

    /// Countries named after "in", "at" or "near", starting at `start`: a place, not a party
    /// ("peace efforts in Yemen", "talks in Qatar with"; but "support from Iran" names a giver).
    /// Whether the name at `start` is what an act befell: "the bombing of the Indian
    /// embassy", "an attack against Kenya".
    private func isTargetOfAnAct(startingAt start: Int) -> Bool {
        var k = start - 1
        while k > 0, lexicon.isWord(tokens[k], in: .determiner) { k -= 1 }
        return k > 0 && Self.prepositionsOfATarget.contains(tokens[k]) && lexicon.isWord(tokens[k - 1], in: .harmfulAct)
    }
    private static let prepositionsOfATarget: WordSet = ["on", "against", "of", "targeting", "at"]

    private func isPlace(startingAt start: Int, _ named: [Int]) -> Bool {
        start > 0 && lexicon.isWord(tokens[start - 1], in: .locativePreposition) && tokens[start - 1].lowercased != "from"
            && named.allSatisfy { entities[$0].type == .country }
    }


    private func continuation(at start: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = start
        var skipped = 0
        while k < tokens.count, skipped < 8 {
            let word = tokens[k].lowercased
            if word == "with" { return groupStarting(after: k + 1, within: 0, groups: groups) }
            // "with President Ghani, who was joined by Chief Executive Abdullah".
            if word == "by", k > 0, tokens[k - 1].lowercased == "joined" { return groupStarting(after: k + 1, within: 0, groups: groups) }
            if tokens[k].is(".") || tokens[k].is(";") { return nil }
            if groups.contains(where: { $0.start == k }) { return nil }
            if !(tokens[k].is(",") || Self.continuationWords.contains(word)) {
                skipped += 1
                if skipped > 5 { return nil }
                // Only short detours: "about the Rafah crossing, then with".
                if word == "said" || word == "says" || word == "and" { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "Hamas, which it also supports": in a relative clause with its own subject, the
    /// antecedent is the object.
    private func relativeObject(clause: Clause, subject: Int?, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard clause.kind == .relative, let antecedent = clause.antecedent, let subject, subject != antecedent else { return nil }
        return groups[antecedent]
    }

    /// Who reports the claim at `t`: the subject of the nearest verb of saying before it ("Iran
    /// said", "alleged that", "told reporters that", "warned on Sunday that"), the one quoted
    /// ("quoted X as saying"), the speaker of the quotation holding it, or the party that
    /// "according to" names.
    private func speaker(before t: Int, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) -> ArgumentGroup? {
        for c in clauses.indices.reversed() where clauses[c].range.upperBound <= t {
            let last = tokens[clauses[c].range.upperBound - 1].lowercased
            // "media quoted Foreign Minister Yu as saying": the one quoted speaks.
            if last == "saying", let quoted = quotedAsSaying(clauses[c], groups: groups) { return quoted }
            guard let verb = reportingVerb(closing: clauses[c]) else { continue }
            // "I do not believe that Putin provoked it": a claim denied is made by no one.
            if (clauses[c].range.lowerBound..<verb).contains(where: { lexicon.isWord(tokens[$0], in: .negation) || isNegatedVerb(tokens[$0].lowercased) }) {
                return nil
            }
            // "Tehran ... warned that": a verb that opens a clause of its own speaks for the actor
            // before it. A speaker not found is no licence to take an earlier one.
            let s = subjects[c] ?? (verb == clauses[c].range.lowerBound ? clauses[..<c].indices.last.flatMap { subjects[$0] } : nil)
            return s.map { groups[$0] } ?? reportAuthor(in: clauses[c], before: verb, groups: groups)
        }
        guard let sentenceRange = clauses.first.map({ $0.range.lowerBound..<clauses[clauses.count - 1].range.upperBound }) else { return nil }
        return speaker(afterQuoteHolding: t) ?? accordingTo(in: sentenceRange, groups: groups)
            ?? speaker(after: t, in: sentenceRange, groups: groups)
    }

    /// "Russia was behind the attack, Kyiv said", "..., said Ukrainian officials": the speaker
    /// named after a comma that follows the claim.
    private func speaker(after t: Int, in sentence: Range<Int>, groups: [ArgumentGroup]) -> ArgumentGroup? {
        func isReporting(_ k: Int) -> Bool { lexicon.isWord(tokens[k], in: .speechVerb) || lexicon.isWord(tokens[k], in: .claimVerb) }
        for comma in t..<sentence.upperBound where tokens[comma].is(",") && comma + 1 < sentence.upperBound {
            let k = comma + 1
            if isReporting(k) {
                if let g = groupStarting(after: k + 1, within: 4, groups: groups, stopWords: Self.wordsEndingASpeaker) { return g }
                continue
            }
            guard let g = groupStarting(after: k, within: 0, groups: groups) else { continue }
            var v = g.end
            while v < sentence.upperBound, tokens[v].lowercased.hasSuffix("ly") || tokens[v].lowercased == "also" { v += 1 }
            if v < sentence.upperBound, isReporting(v) { return g }
        }
        return nil
    }

    /// "A report by UN experts accused Rwanda", "a statement from the Kremlin said": the author
    /// of the document whose claim the clause reports, when the clause names no actor.
    private func reportAuthor(in clause: Clause, before t: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        for k in clause.range.lowerBound..<max(clause.range.lowerBound, t - 2) where lexicon.isWord(tokens[k], in: .reportNoun) {
            guard ["by", "from", "of"].contains(tokens[k + 1].lowercased), let author = groupStarting(after: k + 2, within: 0, groups: groups),
                author.end <= t
            else { continue }
            return author
        }
        return nil
    }

    /// The verb of saying or claiming that ends a clause, or stands before a short phrase that
    /// ends it right before "that": "Iran alleged", "told reporters", "said in a statement".
    private func reportingVerb(closing clause: Clause) -> Int? {
        func isReporting(_ k: Int) -> Bool {
            !mentionTokens.contains(k) && (lexicon.isWord(tokens[k], in: .speechVerb) || lexicon.isWord(tokens[k], in: .claimVerb))
        }
        let last = clause.range.upperBound - 1
        if isReporting(last) { return last }
        // "told reporters that", "said in a statement that", "told the BBC Kyiv would".
        let next = clause.range.upperBound
        guard next < tokens.count, tokens[next].lowercased == "that" || (clause.range.lowerBound..<next).contains(where: { tokens[$0].lowercased == "told" })
        else { return nil }
        for k in stride(from: last - 1, through: max(clause.range.lowerBound, last - 6), by: -1) {
            if isReporting(k) { return k }
            if tokens[k].kind == .punctuation || isTrigger(k) { return nil }
        }
        return nil
    }

    /// "According to Kyiv, ..." or "..., according to Israeli officials": the party named.
    private func accordingTo(in sentence: Range<Int>, groups: [ArgumentGroup]) -> ArgumentGroup? {
        for k in sentence.dropLast(2) where tokens[k].lowercased == "according" && tokens[k + 1].lowercased == "to" {
            if let group = groupStarting(after: k + 2, within: 0, groups: groups) { return group }
        }
        return nil
    }

    /// Whether a harmful act is what the verb of committing at `t` takes: after it ("carried
    /// out a series of attacks") or, in the passive, before it ("the bombing was staged by").
    private func namesHarmfulAct(perpetratedAt t: Int, end: Int, passive: Bool, clause: Clause) -> Bool {
        func isAct(_ k: Int) -> Bool {
            guard !mentionTokens.contains(k) else { return false }
            if lexicon.isWord(tokens[k], in: .harmfulAct) { return true }
            // "said Chile had committed a reckless act": an act the reporter calls a wrong.
            return Self.nounsOfDeeds.contains(tokens[k])
                && (max(clause.range.lowerBound, k - 4)..<k).contains { lexicon.isWord(tokens[$0], in: .condemningWord) }
        }
        let window = passive ? Array(stride(from: t - 1, through: max(clause.range.lowerBound, t - 6), by: -1)) : Array(end..<min(clause.range.upperBound, end + 6))
        for k in window {
            if isAct(k) { return true }
            // "planning a \"full-scale war\"": the act quoted.
            if isQuotationMark(k) { continue }
            guard tokens[k].kind == .word, !mentionTokens.contains(k), tokens[k].lowercased == "of" || !lexicon.isWord(tokens[k], in: .preposition) else { return false }
        }
        return false
    }

    /// Whether a clause opened by "that" at `k` charges someone with a wrong: a verb of
    /// wrongdoing or of an attack, of preparing a harmful act, or of arming or backing fighters.
    private func chargesAWrong(after k: Int, limit: Int) -> Bool {
        guard k < limit, tokens[k].lowercased == "that" else { return false }
        return (k + 1..<min(limit, k + 12)).contains { j in
            // One look-up of the trigger phrase at `j`, whichever of its readings makes the charge.
            guard let match = lexicon.triggers.longestMatch(in: tokens, at: j, end: limit, respectCase: false) else { return false }
            let next = j + 1..<min(limit, j + 7)
            return match.phrase.value.contains { trigger in
                trigger.pattern == .wrongdoing || trigger.relation == .attacked
                    || trigger.pattern == .perpetration && next.contains { lexicon.isWord(tokens[$0], in: .harmfulAct) }
                    || trigger.relation == .backs && trigger.pattern == .direct && namesArmedOpposition(in: next)
            }
        }
    }

    private static let nounsOfDeeds: WordSet = ["act", "acts", "deed", "deeds", "action", "actions", "move", "step"]

    /// "called on Prime Minister Modi in Delhi": the people visited, when "called on" asks
    /// them nothing (no "to", "for" or "that" after them).
    private func personCalledOn(at t: Int, end: Int, clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        guard tokens[t].lowercased.hasPrefix("call"), tokens[end - 1].lowercased == "on",
            let host = groupStarting(after: end, within: 0, groups: groups), host.entities.allSatisfy({ entities[$0].type == .person })
        else { return nil }
        guard host.end < clause.range.upperBound else { return host }
        return ["to", "for", "that", "not"].contains(tokens[host.end].lowercased) || tokens[host.end].is(",") ? nil : host
    }

    /// Whether the "-ing" word at `t` takes an object right after it ("backing rebels",
    /// "financing terrorism"), not a preposition or an adverb ("its backing for Kyiv").
    private func isGerundWithObject(at t: Int, end: Int, in sentence: Sentence) -> Bool {
        guard end == t + 1, tokens[t].lowercased.hasSuffix("ing"), end < sentence.range.upperBound else { return false }
        let next = tokens[end]
        guard next.kind == .word, !next.isCapitalized, !mentionTokens.contains(end) else { return false }
        // "backing the rebels": an article opens the object; "backing and aid for" is a noun's list.
        if lexicon.isWord(next, in: .determiner) && next.lowercased != "both" { return true }
        return !lexicon.isWord(next, in: .preposition) && !lexicon.isWord(next, in: .functionWord) && !next.lowercased.hasSuffix("ly")
    }

    /// "the attack", "in strikes", "Israel's strikes": a word that is also a verb, used as a noun.
    private func isNounUse(_ t: Int) -> Bool {
        let before = tokens[t - 1]
        return before.isPossessive || lexicon.isWord(before, in: .determiner) || lexicon.isWord(before, in: .preposition)
    }

    /// "with money and arms", "gave cash and arms": a word that may be a verb of backing, as the
    /// second noun of a pair.
    private func isSecondNounOfAPair(_ t: Int) -> Bool {
        guard t >= 3, tokens[t - 1].lowercased == "and" || tokens[t - 1].lowercased == "or", tokens[t - 2].kind == .word,
            !tokens[t - 2].isCapitalized, !mentionTokens.contains(t - 2)
        else { return false }
        return lexicon.isWord(tokens[t - 3], in: .preposition) || Self.nounsOfMeans.contains(tokens[t - 2])
    }

    /// What a backer gives besides arms or funds: "money and arms". (No "-ing" nouns: "is
    /// training and arming the rebels" has two verbs.)
    private static let nounsOfMeans: WordSet = [
        "money", "cash", "weapons", "equipment", "fuel", "food", "intelligence", "ammunition", "supplies", "logistics", "advisers",
        "advisors", "troops",
    ]

    /// "quoted X as saying", "cited X as saying": X.
    private func quotedAsSaying(_ clause: Clause, groups: [ArgumentGroup]) -> ArgumentGroup? {
        // "as" opens a clause of its own: the verb is in the one before.
        let saying = clause.range.upperBound - 1
        guard saying >= 1, tokens[saying - 1].lowercased == "as",
            let verb = stride(from: saying - 2, through: max(0, saying - 14), by: -1).first(where: {
                Self.quotingAsVerbs.contains(tokens[$0]) || tokens[$0].isStop
            }),
            !tokens[verb].isStop
        else { return nil }
        return groupStarting(after: verb + 1, within: 0, groups: groups)
    }

    private static let quotingAsVerbs: WordSet = ["quoted", "quotes", "quoting", "cited", "cites", "citing"]

    /// "'It is Japan that stirred up tensions,' said Ambassador Cui Tiankai", "'... an illegal
    /// annexation,' Obama and Cameron wrote": the speaker named after the quotation holding `t`,
    /// which may close a sentence or two later.
    private static let verbsQuotingSomeone: WordSet = ["quoted", "quotes", "cited", "cites"]

    private func speaker(afterQuoteHolding t: Int) -> ArgumentGroup? {
        var k = t
        let limit = min(tokens.count, t + 80)
        while k < limit {
            if tokens[k].kind == .punctuation {
                let mark = tokens[k].text.unicodeScalars.first
                if mark == "\u{201C}" { return nil }  // an opening quote: `t` was not inside one
                if mark == "\u{201D}" || mark == "\"" && k > 0 && tokens[k - 1].kind == .punctuation { break }
            }
            k += 1
        }
        guard k < limit else { return nil }
        // "... people." The State Department said: a sentence of its own, whose subject says
        // something else, unless the name stands first.
        let closesSentence = k > 0 && [".", "!", "?"].contains(where: tokens[k - 1].is)
        k += 1
        guard k < tokens.count else { return nil }
        if Self.quotingVerbs.contains(tokens[k]) {
            // "said Chinese Ambassador to the United States Cui Tiankai": a title may run long.
            return groupStarting(after: k + 1, within: 4, groups: quoteGroups(from: k + 1), stopWords: Self.wordsEndingASpeaker)
        }
        let after = quoteGroups(from: k)
        // "..., the official news agency quoted Crown Prince Mohammed bin Salman as saying": the
        // one quoted speaks.
        if let verb = (k..<min(tokens.count, k + 8)).prefix(while: { tokens[$0].kind != .punctuation })
            .first(where: { Self.verbsQuotingSomeone.contains(tokens[$0]) }),
            let quoted = groupStarting(after: verb + 1, within: 0, groups: after), quoted.end + 1 < tokens.count,
            tokens[quoted.end].lowercased == "as", ["saying", "telling"].contains(tokens[quoted.end + 1].lowercased)
        {
            return quoted
        }
        // "..., Foreign Minister Miguel D'Escoto said", "..., Polish Prime Minister Mateusz
        // Morawiecki said": past the speaker's title and the country it serves.
        guard let g = after.first(where: { group in
            var first = roleStarts[group.start] ?? group.start
            while first > k, !closesSentence, isTransparent(first - 1) { first -= 1 }
            return first == k
        }), g.end < tokens.count, isQuoting(after: g.end)
        else { return nil }
        return g
    }

    /// Whether the words at `k` say that the one before them is quoted: "said", "later said",
    /// "was quoted as saying".
    private func isQuoting(after k: Int) -> Bool {
        var k = k
        while k < tokens.count - 1, EntityResolver.wordsBeforeAVerb.contains(tokens[k]) || !tokens[k].isCapitalized && tokens[k].lowercased.hasSuffix("ly") {
            k += 1
        }
        return Self.quotingVerbs.contains(tokens[k]) || EntityResolver.isQuotedAs(tokens, at: k)
    }

    /// The groups of the sentence that starts at or holds token `k`, for a speaker named after
    /// a quotation that closes in a later sentence than the trigger's.
    private func quoteGroups(from k: Int) -> [ArgumentGroup] {
        // Sentences are in text order: a binary search keeps long documents linear.
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.lowerBound <= k { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return [] }
        let sentence = sentences[low - 1]
        return group(argumentItems(in: sentence, firstPerson: false), in: sentence)
    }

    private static let quotingVerbs: WordSet = [
        "said", "says", "wrote", "writes", "told", "tells", "added", "declared", "warned", "insisted", "stressed", "charged",
        "alleged", "argued", "noted", "stated",
    ]

    /// "'It is Japan that stirred up tensions,' said Cui", "they say it is Sudan that is backing
    /// the incursion": a cleft that singles out who did something, in someone's words, is a
    /// charge against them.
    private mutating func clefts(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let end = sentence.range.upperBound
        for k in sentence.range where tokens[k].lowercased.utf8.count == 2 && tokens[k].lowercased == "it" && k + 2 < end {
            var next = k + 1
            if !tokens[k].isPossessive {
                guard tokens[next].lowercased == "is" || tokens[next].lowercased == "was" else { continue }
                next += 1
            }
            guard let singled = groupStarting(after: next, within: 0, groups: groups), singled.start <= next + 1, singled.end < end,
                tokens[singled.end].lowercased == "that" || tokens[singled.end].lowercased == "who",
                let speaker = speaker(before: k, clauses: clauses, subjects: subjects, groups: groups)
            else { continue }
            recordEach(speaker.entities, .blamed, singled.entities, sentence)
        }
    }

    /// Asked of every sentence's first word and the words after it: sets built once.
    private static let meetingOpeners: WordSet = ["during", "in", "at"]
    private static let partyPrepositions: WordSet = ["with", "between"]

    /// "During a phone call, Kerry pressed Lavrov to ...": the people of the clause after an
    /// opener that names a meeting, with no one in the opener itself, met.
    private mutating func meetingOpener(in sentence: Sentence, groups: [ArgumentGroup]) {
        let end = sentence.range.upperBound
        // "Meanwhile, in his meeting with ...": past an adverb of the sentence's own.
        let start = pastSentenceAdverb(sentence.range.lowerBound)
        guard start < end else { return }
        guard Self.meetingOpeners.contains(tokens[start]) else { return }
        // The meeting is the opener's head: "During a phone call", "In their talks", not "In a
        // statement summarizing the meeting".
        var k = start + 1
        var isMeeting = false
        while k < end, k < start + 6, !tokens[k].is(",") {
            if mentionTokens.contains(k) || Self.partyPrepositions.contains(tokens[k]) { return }
            if let length = meetingWord(at: k, end: end) {
                isMeeting = true
                k += length
                break
            }
            // "In a statement summarizing the meeting": a verb before the meeting word heads no meeting.
            if tokens[k].lowercased.hasSuffix("ing") { return }
            k += 1
        }
        // Then the clause: "Kerry pressed Russia's Lavrov", with no saying between the two.
        guard isMeeting, k < end, tokens[k].is(","), let actor = groups.first(where: { $0.start > k }), actor.start <= k + 3 else { return }
        // "In their consultations, Park and his American counterpart Blinken described ...": the
        // pair the pronoun names met.
        if (start..<k).contains(where: { tokens[$0].lowercased == "their" }), actor.entities.count >= 2 {
            recordAmong(actor.entities, .spokeWith, sentence)
            return
        }
        guard
            // "Macron urged Netanyahu", "Biden thanked Zelensky": the verb may be any, a preposition none.
            let other = groups.first(where: { $0.start >= actor.end && !isAfterPreposition($0.start, countingTriggers: false) }),
            other.start - actor.end <= 4,
            // "Blinken warned Wang Yi", "told Lavrov": said to the other; "said Lavrov ..." is no such thing.
            !(actor.end..<other.start).contains(where: { lexicon.isWord(tokens[$0], in: .clauseOpener) && !lexicon.isWord(tokens[$0], in: .claimVerb) })
        else { return }
        let people = actor.entities.filter { entities[$0].type == .person }
        let others = other.entities.filter { entities[$0].type == .person }
        guard !people.isEmpty, !others.isEmpty else { return }
        recordEach(people, .spokeWith, others, sentence)
    }

    /// "a diplomatic note from Foreign Minister Castro to the Nicaraguan ambassador", "the
    /// protest, handed to High Commissioner Qazi by Foreign Secretary Iyer": a message carried
    /// from one party to another is contact between them, whoever reports it.
    private mutating func messagesCarried(in sentence: Sentence, groups: [ArgumentGroup]) {
        let end = sentence.range.upperBound
        for k in sentence.range where k + 3 < end && lexicon.isWord(tokens[k], in: .messageNoun) && !mentionTokens.contains(k) {
            var j = tokens[k + 1].is(",") ? k + 2 : k + 1
            var parties: (sender: ArgumentGroup, receiver: ArgumentGroup)?
            if tokens[j].lowercased == "from", let sender = groupStarting(after: j + 1, within: 1, groups: groups) {
                // Past an appositive: "from René Castro, the foreign minister, to".
                j = sender.end
                if j < end, tokens[j].is(","), let close = (j + 1..<min(end, j + 9)).first(where: { tokens[$0].is(",") }) { j = close + 1 }
                if j < end, tokens[j].lowercased == "to", let receiver = groupStarting(after: j + 1, within: 2, groups: groups) {
                    parties = (sender, receiver)
                }
            } else if Self.carryingParticiples.contains(tokens[j]), j + 1 < end, tokens[j + 1].lowercased == "to",
                let receiver = groupStarting(after: j + 2, within: 2, groups: groups), receiver.end < end, tokens[receiver.end].lowercased == "by",
                let sender = groupStarting(after: receiver.end + 1, within: 1, groups: groups)
            {
                parties = (sender, receiver)
            }
            guard let (sender, receiver) = parties, !sender.entities.contains(where: receiver.entities.contains) else { continue }
            recordEach(sender.entities, .spokeWith, receiver.entities, sentence)
        }
    }

    private static let carryingParticiples: WordSet = ["given", "handed", "delivered", "sent", "passed", "conveyed", "presented", "addressed"]

    /// "The dignitaries Wang met with include A, B and C": the one who met, inside a relative
    /// clause on a noun, and those met, listed after a verb of inclusion.
    private mutating func partnersListed(in sentence: Sentence, groups: [ArgumentGroup]) {
        let start = sentence.range.lowerBound
        for k in sentence.range where Self.inclusionVerbs.contains(tokens[k]) {
            var verb = k - 1
            if verb > start, Self.meetingPrepositions.contains(tokens[verb]) { verb -= 1 }
            guard verb > start, Self.meetingVerbs.contains(tokens[verb]),
                let host = groups.last(where: { $0.end == verb }), host.start > start,
                // The noun the clause describes: "the dignitaries", "leaders", "those".
                tokens[host.start - 1].kind == .word, !tokens[host.start - 1].isCapitalized || host.start - 1 == start,
                !looksLikeVerbOrAdverb(host.start - 1),
                !lexicon.isWord(tokens[host.start - 1], in: .preposition),
                var partners = groupStarting(after: k + 1, within: 0, groups: groups)
            else { continue }
            // The list may break where descriptions stand between its names.
            var next = partners.end
            while let g = groups.first(where: { $0.start >= next }),
                (next..<g.start).allSatisfy({ tokens[$0].is(",") || tokens[$0].lowercased == "and" || isTransparent($0) })
            {
                partners.append(contentsOf: g)
                next = g.end
            }
            let people = host.entities.filter { entities[$0].type == .person }
            recordEach(people, .spokeWith, partners.entities.filter { !people.contains($0) }, sentence)
        }
    }

    /// "thanked Badr Albusaidi, with whom he held talks": the one who met, inside the relative
    /// clause, and the one met, its antecedent.
    private mutating func meetingWithWhom(in sentence: Sentence, groups: [ArgumentGroup]) {
        let end = sentence.range.upperBound
        for k in sentence.range where k > sentence.range.lowerBound && k + 2 < end && tokens[k].lowercased == "with" {
            guard tokens[k + 1].lowercased == "whom", tokens[k - 1].is(","), let met = groups.last(where: { $0.end == k - 1 }),
                let host = groups.first(where: { $0.start >= k + 2 }), host.start <= k + 3
            else { continue }
            // The meeting itself, a few words on: "he held talks", "she had spoken by phone".
            var t = host.end
            var isMeeting = false
            while t < min(end, host.end + 5), !tokens[t].isStop {
                if meetingWord(at: t, end: end) != nil {
                    isMeeting = true
                    break
                }
                if isUnreal(t) { break }
                t += 1
            }
            guard isMeeting else { continue }
            let people = host.entities.filter { !met.entities.contains($0) }
            recordEach(people, .spokeWith, met.entities, sentence)
        }
    }

    /// "signed a defence pact with Donald Tusk during a meeting in Warsaw": whatever was done
    /// with a party, at a meeting, was done in a meeting with it.
    private mutating func actedWithDuringMeeting(in sentence: Sentence, groups: [ArgumentGroup]) {
        let end = sentence.range.upperBound
        for k in sentence.range where tokens[k].lowercased == "with" {
            guard let other = groupStarting(after: k + 1, within: 0, groups: groups),
                let at = (other.end..<min(end, other.end + 3)).first(where: { Self.meetingOccasions.contains(tokens[$0]) }),
                let actor = groups.first(where: { $0.end <= k && !isAfterPreposition($0.start) && !$0.items[0].isObjectOnly })
            else { continue }
            // Between the actor and "with", a verb and what it acts on: no clause break, and no
            // word of relation, whose own reading finds its party.
            guard k - actor.end <= 8, !(actor.end..<k).contains(where: { tokens[$0].isStop || tokens[$0].is(",") || isTrigger($0) }) else { continue }
            var t = at + 1
            while t < min(end, at + 4), lexicon.isWord(tokens[t], in: .determiner) || isDescriptor(t) && !isTrigger(t) { t += 1 }
            guard t < end, meetingWord(at: t, end: end) != nil, !(sentence.range.lowerBound..<k).contains(where: isUnreal) else { continue }
            recordEach(actor.entities, .spokeWith, other.entities.filter { !actor.entities.contains($0) }, sentence)
        }
    }

    /// The length of the trigger phrase at `k` when one of its readings passes `test`.
    private func triggerLength(at k: Int, end: Int? = nil, where test: (Lexicon.Trigger) -> Bool) -> Int? {
        guard let match = lexicon.triggers.longestMatch(in: tokens, at: k, end: end, respectCase: false), match.phrase.value.contains(where: test)
        else { return nil }
        return match.length
    }

    /// Whether a noun of support whose other party follows ("aid", "backing", "loans") begins at `k`.
    private func isNounOfSupport(at k: Int, end: Int? = nil) -> Bool {
        triggerLength(at: k, end: end) { $0.relation == .backs && $0.pattern == .nounFor } != nil
    }

    /// The length of a word or phrase of meeting that another party may follow with "with"
    /// ("talks", "a phone call") at `k`.
    private func meetingWord(at k: Int, end: Int) -> Int? {
        triggerLength(at: k, end: end) { $0.relation == .spokeWith && $0.pattern == .with }
    }

    /// Whether the word at `k` denies, doubts or puts off what follows: "not", "could", "will".
    private func isUnreal(_ k: Int) -> Bool {
        lexicon.isWord(tokens[k], in: .negation) || isModal(k, .hypothetical) || isModal(k, .future)
    }

    private static let meetingOccasions: WordSet = ["during", "at"]

    private static let inclusionVerbs: WordSet = ["include", "included", "includes"]
    private static let meetingVerbs: WordSet = ["met", "meets", "spoke", "talked", "consulted", "received", "hosted", "visited"]
    private static let meetingPrepositions: WordSet = ["with", "to"]

    /// "held Iran responsible", "hold the Kremlin and its enablers accountable"; "makes the UAE
    /// complicit", said of an act.
    private mutating func heldResponsible(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        func isVerdict(_ k: Int) -> Bool { tokens[k].lowercased == "responsible" || tokens[k].lowercased == "accountable" }
        for k in sentence.range where lexicon.isWord(tokens[k], in: .holdVerb) {
            guard let object = groupStarting(after: k + 1, within: 0, groups: groups),
                let verdict = (object.end..<min(sentence.range.upperBound, object.end + 4)).first(where: isVerdict),
                (object.end..<verdict).allSatisfy({ tokens[$0].kind == .word && !mentionTokens.contains($0) }),
                let c = clauses.firstIndex(where: { $0.range.contains(k) }),
                let s = subjects[c] ?? firstSubject(clauses: clauses, subjects: subjects, groups: groups).flatMap({ g in groups.firstIndex { $0.start == g.start } })
            else { continue }
            let trigger = Lexicon.Trigger(relation: .blamed, pattern: .direct, words: ["held"])
            guard !isCancelled(trigger, at: k, clause: clauses[c]) else { continue }
            recordEach(groups[s].entities, .blamed, object.entities, sentence)
        }
        // "stressed that the Emirates' support for the militia makes the UAE complicit": an act
        // that makes its author complicit, in the words of whoever says so.
        for k in sentence.range where lexicon.isWord(tokens[k], in: .makingVerb) {
            guard let object = groupStarting(after: k + 1, within: 0, groups: groups), object.start == k + 1 || object.start == k + 2,
                object.end < sentence.range.upperBound, Self.wordsOfComplicity.contains(tokens[object.end]),
                let c = clauses.firstIndex(where: { $0.range.contains(k) }),
                !isCancelled(Lexicon.Trigger(relation: .blamed, pattern: .direct, words: ["makes"]), at: k, clause: clauses[c]),
                let judge = speaker(before: k, clauses: clauses, subjects: subjects, groups: groups),
                !judge.entities.contains(where: object.entities.contains)
            else { continue }
            recordEach(judge.entities, .blamed, object.entities, sentence)
        }
    }

    private static let wordsOfComplicity: WordSet = ["complicit", "responsible", "culpable", "guilty"]

    /// "Manila said Beijing's manoeuvres were a breach of international law", "Seoul called
    /// Pyongyang's launch a grave provocation": whoever names a party's act a wrong blames the
    /// party.
    private mutating func judgedActs(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let lower = sentence.range.lowerBound
        for t in sentence.range where lexicon.isWord(tokens[t], in: .verdictNoun) && !mentionTokens.contains(t) {
            // Back over "a flagrant, systematic" to the verb or the act before the article.
            var k = t - 1
            while k > lower, t - k < 8, tokens[k].is(",") || tokens[k].kind == .word && !tokens[k].isCapitalized
                && !["a", "an"].contains(tokens[k].lowercased) && !Self.verdictVerbs.contains(tokens[k].lowercased)
                && !(tokens[k].lowercased == "to" && Self.verbsOfAmounting.contains(tokens[k - 1]))
            {
                k -= 1
            }
            if ["a", "an"].contains(tokens[k].lowercased) { k -= 1 }
            // "amount to a massacre", "was tantamount to piracy".
            if k - 1 > lower, tokens[k].lowercased == "to", Self.verbsOfAmounting.contains(tokens[k - 1]) { k -= 1 }
            guard k > lower else { continue }
            let isLinked = Self.verdictVerbs.contains(tokens[k]) || Self.verbsOfAmounting.contains(tokens[k])
            guard let (owner, actStart) = actOwner(endingAt: isLinked ? k - 1 : k, lower: lower) else { continue }
            let c = clauses.firstIndex { $0.range.contains(actStart) } ?? 0
            let judge: ArgumentGroup?
            if isLinked, tokens[k].lowercased != "as" {
                // "X's blockade is a violation": whoever says so.
                judge = speaker(before: actStart, clauses: clauses, subjects: subjects, groups: groups)
            } else {
                // "called X's detention a violation", "described X's raid as a crime": the one
                // who names it so.
                guard actStart > lower, Self.namingVerbs.contains(tokens[actStart - 1]) else { continue }
                judge = subject(at: actStart - 1, clause: c, clauses: clauses, groups: groups, subjects: subjects)
            }
            guard let judge, !judge.entities.contains(where: owner.entities.contains) else { continue }
            // "was no violation", "did not call it a crime".
            let trigger = Lexicon.Trigger(relation: .blamed, pattern: .direct, words: [tokens[t].lowercased])
            guard !isCancelled(trigger, at: actStart, clause: clauses[c]),
                !(actStart..<t).contains(where: { lexicon.isWord(tokens[$0], in: .negation) || isNegatedVerb(tokens[$0].lowercased) })
            else { continue }
            recordEach(judge.entities, .blamed, owner.entities, sentence)
        }
    }

    /// "Ali said Maduro is \"a criminal\"", "Iran is a threat to the region, Netanyahu said":
    /// whoever says a party is a wrongdoer blames it.
    private mutating func labelsByCopula(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let limit = sentence.range.upperBound
        for g in groups where g.end < limit && Self.labellingCopulas.contains(tokens[g.end]) {
            // Past adverbs ("is now a threat"); not "is not a criminal", "was never a threat", nor "was
            // named a sponsor" (a verb after the copula ends the label's search).
            var j = g.end + 1
            while j < limit, tokens[j].lowercased.hasSuffix("ly") || tokens[j].lowercased == "now" || tokens[j].lowercased == "still" { j += 1 }
            guard j < limit, !tokens[j].isCapitalized || isQuotationMark(j) || lexicon.isWord(tokens[j], in: .determiner),
                !(g.end..<j).contains(where: { lexicon.isWord(tokens[$0], in: .negation) || isNegatedVerb(tokens[$0].lowercased) }),
                !lexicon.isWord(tokens[j], in: .negation), labelsAsWrong(from: j, limit: limit),
                let c = clauses.firstIndex(where: { $0.range.contains(g.start) }),
                !(clauses[c].range.lowerBound..<g.start).contains(where: { isModal($0, .hypothetical) || lexicon.isWord(tokens[$0], in: .negation) }),
                let judge = speaker(before: g.start, clauses: clauses, subjects: subjects, groups: groups),
                !judge.entities.contains(where: g.entities.contains), !areOnOneSide(judge, g)
            else { continue }
            recordEach(judge.entities, .blamed, g.entities, sentence)
        }
    }

    private static let labellingCopulas: WordSet = ["is", "was", "are", "were", "remains", "remained"]

    /// "the measures agreed between Erdogan and Tsipras", "an accord signed between Kigali and
    /// Kinshasa": what was settled between parties they settled with each other.
    private mutating func agreementsBetween(in sentence: Sentence, groups: [ArgumentGroup]) {
        let lower = sentence.range.lowerBound
        for k in sentence.range where k + 1 < sentence.range.upperBound && Self.verbsOfSettling.contains(tokens[k])
            && Self.betweenWords.contains(tokens[k + 1]) && !mentionTokens.contains(k)
        {
            // Not "to be agreed between", "has not been agreed between".
            guard !(max(lower, k - 3)..<k).contains(where: { j in
                tokens[j].lowercased == "to" || isModal(j, .future) || isModal(j, .hypothetical) || lexicon.isWord(tokens[j], in: .negation)
                    || isNegatedVerb(tokens[j].lowercased)
            }), let parties = partiesBetween(after: k + 1, groups: groups)
            else { continue }
            for (a, b) in parties { record(a, .spokeWith, b, sentence) }
        }
    }

    private static let verbsOfSettling: WordSet = ["agreed", "reached", "negotiated", "signed", "concluded"]

    /// "the summit in Managua, attended by the leaders of Ecuador and Bolivia": those who attend
    /// a meeting meet each other, and whoever the clause puts at it ("Lula spent Monday at the
    /// summit") meets them.
    private mutating func meetingsAttended(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let lower = sentence.range.lowerBound
        // Two ministers of one delegation attend together; they do not meet each other, and
        // a person the story does not place, in a country or a body, may be of either delegation.
        func side(_ e: Int) -> String? {
            guard entities[e].type == .person else { return entities[e].name }
            return servedCountry[e].map { entities[$0].name } ?? entities[e].country ?? entities[e].organization
        }
        for k in sentence.range where tokens[k].lowercased == "attended" {
            guard k + 1 < sentence.range.upperBound, tokens[k + 1].lowercased == "by",
                let attendees = groupStarting(after: k + 2, within: 0, groups: groups),
                let noun = (max(lower, k - 7)..<k).last(where: { Self.nounsOfMeeting.contains(tokens[$0]) }),
                !(noun..<k).contains(where: { lexicon.isWord(tokens[$0], in: .negation) || mentionTokens.contains($0) && !isPlaceMention(at: $0) })
            else { continue }
            var parties = membersListed(from: attendees, end: sentence.range.upperBound, groups: groups)
            // "at the summit", "in the meeting": the clause's subject was there.
            var before = noun - 1
            // "hosted the one-day meeting, attended by": the host was there too.
            while before > lower, noun - before < 4, tokens[before].kind == .word, !tokens[before].isCapitalized,
                !Self.verbsOfHosting.contains(tokens[before]), !lexicon.isWord(tokens[before], in: .determiner)
            {
                before -= 1
            }
            if before > lower, lexicon.isWord(tokens[before], in: .determiner) { before -= 1 }
            if before >= lower, Self.prepositionsOfPresence.contains(tokens[before]) || Self.verbsOfHosting.contains(tokens[before]),
                let c = clauses.firstIndex(where: { $0.range.contains(before) }),
                let subject = subject(at: before, clause: c, clauses: clauses, groups: groups, subjects: subjects), subject.end <= before
            {
                parties = subject.entities + parties.filter { !subject.entities.contains($0) }
            }
            for (i, a) in parties.enumerated() {
                for b in parties[(i + 1)...] {
                    guard let sideA = side(a), let sideB = side(b), sideA != sideB else { continue }
                    recordEach([a], .spokeWith, [b], sentence)
                }
            }
        }
    }

    /// "Kyiv said the attack by Russian forces killed ten", "Baku reported shelling by Armenian
    /// troops": whoever reports a harmful act by a party blames it.
    private mutating func reportedActsBy(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let upper = sentence.range.upperBound
        for t in sentence.range where t + 2 < upper && tokens[t + 1].lowercased == "by" && lexicon.isWord(tokens[t], in: .harmfulAct) {
            guard !mentionTokens.contains(t), let agent = groupStarting(after: t + 2, within: 0, groups: groups), agent.start <= t + 3,
                let c = clauses.firstIndex(where: { $0.range.contains(t) }),
                !isCancelled(Lexicon.Trigger(relation: .blamed, pattern: .condemnedAct, words: [tokens[t].lowercased]), at: t, clause: clauses[c]),
                let reporter = speaker(before: t, clauses: clauses, subjects: subjects, groups: groups),
                !reporter.entities.contains(where: agent.entities.contains), !areOnOneSide(reporter, agent)
            else { continue }
            recordEach(reporter.entities, .blamed, agent.entities, sentence)
        }
    }

    /// "Morrison joined with Biden and Johnson to announce a pact", "joined Macron in unveiling
    /// the plan": parties that announce something together spoke.
    private mutating func jointAnnouncements(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let upper = sentence.range.upperBound
        for k in sentence.range where Self.verbsOfJoining.contains(tokens[k]) {
            let after = k + 1 < upper && tokens[k + 1].lowercased == "with" ? k + 2 : k + 1
            guard let partners = groupStarting(after: after, within: 0, groups: groups), partners.start <= after + 2, partners.end + 1 < upper,
                tokens[partners.end].lowercased == "to" || tokens[partners.end].lowercased == "in",
                Self.verbsOfAnnouncing.contains(tokens[partners.end + 1]),
                let c = clauses.firstIndex(where: { $0.range.contains(k) }),
                let subject = subject(at: k, clause: c, clauses: clauses, groups: groups, subjects: subjects), subject.end <= k,
                !isCancelled(Lexicon.Trigger(relation: .spokeWith, pattern: .direct, words: [tokens[k].lowercased]), at: k, clause: clauses[c])
            else { continue }
            recordEach(subject.entities, .spokeWith, partners.entities, sentence)
        }
    }

    private static let verbsOfJoining: WordSet = ["joined", "joins", "join", "joining"]
    private static let verbsOfAnnouncing: WordSet = [
        "announce", "announcing", "unveil", "unveiling", "launch", "launching", "sign", "signing", "issue", "issuing",
    ]

    /// "attended by Mr. John Mahama, the former President of Ghana, Mr. Marcel de Souza, ...": the
    /// entities of a list whose members may each carry a description set off by commas.
    private func membersListed(from first: ArgumentGroup, end: Int, groups: [ArgumentGroup]) -> [Int] {
        var members = first.entities
        var k = first.end
        while k + 1 < end, tokens[k].is(",") {
            let next = tokens[k + 1].lowercased == "and" ? k + 2 : k + 1
            if let member = groupStarting(after: next, within: 0, groups: groups), member.start <= next + 2 {
                members += member.entities.filter { !members.contains($0) }
                k = member.end
                continue
            }
            // A description ("the former President of Ghana") up to the comma before the next member.
            guard next < end, lexicon.isWord(tokens[next], in: .determiner) || tokens[next].isCapitalized,
                let comma = (next + 1..<min(end, next + 10)).first(where: { tokens[$0].is(",") })
            else { break }
            k = comma
        }
        return members
    }

    /// "expelled three Russian diplomats for spying", "expels the envoy for interfering": an
    /// expulsion for a wrong blames the party expelled, in the words of whoever expels.
    private mutating func expulsionsForWrongs(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let upper = sentence.range.upperBound
        for k in sentence.range where Self.verbsOfExpelling.contains(tokens[k]) {
            guard let object = groupStarting(after: k + 1, within: 3, groups: groups), object.end + 1 < upper,
                tokens[object.end].lowercased == "for",
                namesChargedAct(from: object.end + 1, end: upper) || namesACharge(from: object.end + 1, end: upper),
                let c = clauses.firstIndex(where: { $0.range.contains(k) }),
                let subject = subject(at: k, clause: c, clauses: clauses, groups: groups, subjects: subjects)
                    ?? firstSubject(clauses: clauses, subjects: subjects, groups: groups),
                subject.end <= k, !subject.entities.contains(where: object.entities.contains)
            else { continue }
            let trigger = Lexicon.Trigger(relation: .blamed, pattern: .direct, words: [tokens[k].lowercased])
            guard !isCancelled(trigger, at: k, clause: clauses[c]) else { continue }
            recordEach(subject.entities, .blamed, object.entities, sentence)
        }
    }

    /// "Hun Manet and Prabowo agreed to open a consulate": parties that agree together spoke.
    /// Not one that "agreed a pact with" another (its government may have), nor those that "have
    /// both agreed to meet the envoys", each alone and for a meeting to come.
    private mutating func jointAgreements(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        let upper = sentence.range.upperBound
        for t in sentence.range where tokens[t].lowercased == "agreed" && t > sentence.range.lowerBound {
            guard !Self.distributiveWords.contains(tokens[t - 1]),
                !(infinitive(after: t).map { $0 < upper && (lexicon.isWord(tokens[$0], in: .travelVerb) || Self.verbsOfMeeting.contains(tokens[$0])) }
                    ?? false),
                !(t + 1..<min(upper, t + 8)).contains(where: { tokens[$0].lowercased == "with" }),
                let c = clauses.firstIndex(where: { $0.range.contains(t) }),
                let subject = subject(at: t, clause: c, clauses: clauses, groups: groups, subjects: subjects), subject.end <= t,
                subject.entities.count >= 2
            else { continue }
            let trigger = Lexicon.Trigger(relation: .spokeWith, pattern: .with, words: ["agreed"])
            guard !isCancelled(trigger, at: t, clause: clauses[c]) else { continue }
            recordAmong(subject.entities, .spokeWith, sentence)
        }
    }

    private static let distributiveWords: WordSet = ["both", "each", "all"]
    private static let verbsOfMeeting: WordSet = ["meet", "talk", "speak", "visit", "hold", "host", "receive", "call"]

    /// Whether a word of a charge stands among the few words from `k`: "for activities
    /// incompatible with their status", "for 'carrying out activities to the detriment' of".
    private func namesACharge(from k: Int, end: Int) -> Bool {
        (k..<min(end, k + 9)).contains { Self.wordsOfACharge.contains(tokens[$0]) }
    }

    private static let verbsOfExpelling: WordSet = ["expelled", "expels", "expel", "expelling"]
    /// Words that make the reason given for an expulsion a charge: "for spying", "for activities
    /// incompatible with their status", "to the detriment of".
    private static let wordsOfACharge: WordSet = [
        "spying", "espionage", "interference", "interfering", "meddling", "subversion", "subversive", "incompatible", "detriment",
        "hostile", "unfriendly", "illegal", "provocative", "plotting", "undermining", "destabilizing", "destabilising", "inciting",
    ]

    private static let nounsOfMeeting: WordSet = [
        "meeting", "meetings", "summit", "talks", "conference", "session", "gathering", "dinner", "banquet",
    ]
    private static let prepositionsOfPresence: WordSet = ["at", "in", "to", "attend", "attended", "attending", "joined"]
    private static let verbsOfHosting: WordSet = ["hosted", "hosts", "hosting", "chaired", "chairs", "chairing", "convened", "convenes", "convening"]

    /// Whether the mention at `k` is a place ("the summit in Brasilia"), not a party.
    private func isPlaceMention(at k: Int) -> Bool {
        guard let m = mentionsAt[k].first else { return false }
        return !mentions[m].isArgument || mentions[m].form == .seat
    }

    /// "Washington has been Kyiv's biggest military backer", "Tehran remains Hezbollah's main
    /// sponsor": an agent noun of support owned by the one supported and said of the subject.
    private mutating func possessedBackers(in sentence: Sentence, clauses: [Clause], subjects: [Int?], groups: [ArgumentGroup]) {
        // Only the few words after a possessive group can be such a noun: no look-up of every word.
        var nouns: [Int] = []
        for g in groups where tokens[g.end - 1].isPossessive {
            for t in g.end..<min(sentence.range.upperBound, g.end + 4)
            where Self.agentNounsOfSupport.contains(tokens[t]) && !mentionTokens.contains(t) && !nouns.contains(t) {
                nouns.append(t)
            }
        }
        for t in nouns.sorted() {
            // Past the adjectives to the owner: "Kyiv's biggest military".
            var k = t - 1
            while k > sentence.range.lowerBound, t - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized, !mentionTokens.contains(k),
                !Self.copulas.contains(tokens[k])
            {
                k -= 1
            }
            guard let owner = groups.first(where: { $0.end == k + 1 }), tokens[owner.end - 1].isPossessive,
                let c = clauses.firstIndex(where: { $0.range.contains(t) })
            else { continue }
            let subject: ArgumentGroup?
            if isPredicated(nounAt: owner.start, clause: clauses[c]) {
                subject = self.subject(at: owner.start, clause: c, clauses: clauses, groups: groups, subjects: subjects).flatMap { $0.end <= owner.start ? $0 : nil }
            } else if Self.nounsOfAlliance.contains(tokens[t]) {
                subject = nil
            } else if case let comma = owner.start - (owner.start > sentence.range.lowerBound && tokens[owner.start - 1].lowercased == "the" ? 2 : 1),
                comma > sentence.range.lowerBound, tokens[comma].is(",")
            {
                // "Iran, Hezbollah's main backer, denied it", "Pakistan, the Taliban's patron": the
                // name the noun stands beside.
                subject = groups.first { $0.end == comma }
            } else if t + 2 < sentence.range.upperBound, tokens[t + 1].is(",") {
                // "Hezbollah's main backer, Iran, denied it".
                subject = groups.first { $0.start == t + 2 }
            } else {
                subject = nil
            }
            guard let subject, !subject.entities.contains(where: owner.entities.contains) else { continue }
            let trigger = Lexicon.Trigger(relation: .backs, pattern: .direct, words: [tokens[t].lowercased])
            guard !isCancelled(trigger, at: owner.start, clause: clauses[c]) else { continue }
            recordEach(subject.entities, .backs, owner.entities, sentence)
        }
    }

    /// The owner of the act whose phrase ends at `end`: "Beijing's manoeuvres", "the US
    /// blockade", "Ecuador's raid on its embassy"; and where the act's phrase starts.
    private func actOwner(endingAt end: Int, lower: Int) -> (ArgumentGroup, Int)? {
        var k = end
        while k >= lower, end - k < 8, tokens[k].kind == .word {
            if let m = mentionsAt[k].first(where: { mentions[$0].range.upperBound == k + 1 }), let e = mentions[m].entity {
                let start = mentions[m].range.lowerBound
                // "the downing of the jet by Turkey": the act's agent owns it.
                if start > lower, tokens[start - 1].lowercased == "by", entities[e].type != .person || mentions[m].isArgument {
                    return (group(ofMention: m, e), start - 1)
                }
                // "the deal between the U.S. and Australia": an act of both.
                let and = start > lower && tokens[start - 1].lowercased == "the" ? start - 2 : start - 1
                if and - 2 > lower, tokens[and].lowercased == "and", let owners = pairBetween(endingAt: and - 1, lower: lower) {
                    return (ArgumentGroup(items: [owners.first, ArgumentItem(range: mentions[m].range, entities: [e])]), owners.actStart)
                }
                // "on Ukraine" in "Russia's war on Ukraine": the act's object, not its owner.
                if start > lower, lexicon.isWord(tokens[start - 1], in: .preposition) {
                    k = start - 1
                    continue
                }
                let isAdjectival = entities[e].type != .person && mentions[m].form != .seat && tokens[k + 1].kind == .word
                guard k < end, mentions[m].isPossessive || isAdjectival else { return nil }
                let first = start > lower && lexicon.isWord(tokens[start - 1], in: .determiner) ? start - 1 : start
                return (group(ofMention: m, e), first)
            }
            // "by Turkey on Tuesday": the day is no name.
            guard !tokens[k].isCapitalized || MentionFinder.weekdays.contains(tokens[k].text), !lexicon.isWord(tokens[k], in: .speechVerb),
                !lexicon.isWord(tokens[k], in: .clauseOpener)
            else {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The first of "between A and B", ending at `k`, and where the act they share is named.
    private func pairBetween(endingAt k: Int, lower: Int) -> (first: ArgumentItem, actStart: Int)? {
        guard let m = mentionsAt[k].first(where: { mentions[$0].range.upperBound == k + 1 }), let e = mentions[m].entity else { return nil }
        var b = mentions[m].range.lowerBound - 1
        if b > lower, tokens[b].lowercased == "the" { b -= 1 }
        guard b > lower, tokens[b].lowercased == "between" else { return nil }
        // Back to where the act is named: "called [the security deal] between".
        var start = b
        while start - 1 > lower, b - start < 4, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
            !Self.namingVerbs.contains(tokens[start - 1]), !Self.verdictVerbs.contains(tokens[start - 1]),
            !lexicon.isWord(tokens[start - 1], in: .speechVerb)
        {
            start -= 1
        }
        return (ArgumentItem(range: mentions[m].range, entities: [e]), start)
    }

    /// Verbs that say what an act is: "is a violation", "constituted a breach".
    private static let verdictVerbs: WordSet = [
        "is", "was", "are", "were", "constitutes", "constituted", "constitute", "represents", "represented", "as",
    ]
    /// Participles that give a name, and the nouns of places and bodies they name after: "a
    /// territory called", "a militia named".
    private static let namingParticiples: WordSet = ["called", "named", "dubbed"]
    private static let nounsOfNamedThings: WordSet = [
        "territory", "land", "strip", "site", "facility", "field", "reef", "shoal", "area", "place", "zone", "river", "group", "groups",
        "movement", "militia", "organisation", "organization", "party", "operation", "plan", "programme", "program", "project",
        "company", "firm", "ship", "vessel", "document", "book",
    ]

    /// Words before "to" that say what an act is: "amounts to a massacre", "tantamount to piracy".
    private static let verbsOfAmounting: WordSet = ["amount", "amounts", "amounted", "amounting", "tantamount"]
    /// Verbs that name an act something: "called the raid a violation".
    private static let namingVerbs: WordSet = [
        "called", "calls", "calling", "branded", "brands", "branding", "termed", "terms", "labelled", "labeled", "described",
        "describes", "classed", "classes", "denounced", "condemned", "slammed",
    ]

    /// "Iran-backed Houthi rebels", "Palestinian Islamic Jihad, another Iran-backed group",
    /// "the Iran-backed group".
    private mutating func compounds(in sentence: Sentence, groups: [ArgumentGroup]) {
        for m in mentionsOfSentence[sentence.index] {
            guard let relation = mentions[m].compoundRelation, let source = mentions[m].entity else { continue }
            // The hyphenated word itself, the last of "United Nations-backed".
            let k = mentions[m].range.upperBound - 1
            let start = mentions[m].range.lowerBound
            var targets: [Int] = []
            if let g = groups.first(where: { g in
                g.start > k && g.start <= k + 3
                    && (k + 1..<g.start).allSatisfy { lexicon.isWord(tokens[$0], in: .organizationDescriptor) || isTransparent($0) }
            }) {
                targets = g.entities
            } else if let g = examples(after: k + 1, groups: groups) {
                // "Iran-backed militias, such as Hamas and Hezbollah".
                targets = g.entities
            } else if start >= 1, k + 1 < sentence.range.upperBound, lexicon.isWord(tokens[k + 1], in: .agentNoun),
                let owner = mentionsAt[start - 1].first(where: { mentions[$0].range.upperBound == start && mentions[$0].isPossessive }),
                let e = mentions[owner].entity, entities[e].type != .person
            {
                // "Yemen's Saudi-backed government": the country whose government it is.
                targets = [e]
            } else if start >= 2, ["another", "an", "a", "the"].contains(tokens[start - 1].lowercased), tokens[start - 2].is(","),
                let g = groups.last(where: { $0.end == start - 2 })
            {
                targets = g.entities
            } else if let anaphor = groups.flatMap(\.items).first(where: { $0.range.contains(k) }) {
                // "The Iran-backed group": the group the text spoke of last.
                targets = anaphor.entities
            }
            for target in targets { record(source, relation, target, sentence) }
        }
    }

    /// "met Peru's leadership, including President A and Prime Minister B", "met senior
    /// officials, including A": the people the list names are whom the meeting was with.
    private func leadersListed(after start: Int, limit: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = start
        while k < min(limit, start + 5), tokens[k].kind == .word, !Self.nounsOfLeadersMet.contains(tokens[k]) {
            // Words that describe the leaders, and the country whose they are ("Peru's", "Peruvian").
            if let owner = groups.first(where: { $0.start == k }) {
                // (A list after it may have joined the country's group.)
                let country = owner.items[0]
                guard country.entities.count == 1, entities[country.entities[0]].type == .country else { return nil }
                // The country's item may take in its leaders: "Pakistani leaders" speak for Pakistan.
                k = country.range.first { Self.nounsOfLeadersMet.contains(tokens[$0]) } ?? country.range.upperBound
            } else if tokens[k].isCapitalized {
                return nil
            } else {
                k += 1
            }
        }
        // The list may run past the clause's end: its commas end clauses too.
        guard k + 2 < tokens.count, Self.nounsOfLeadersMet.contains(tokens[k]) else { return nil }
        k += 1
        if tokens[k].is(",") { k += 1 }
        guard tokens[k].lowercased == "including", let listed = groupStarting(after: k + 1, within: 0, groups: groups) else { return nil }
        let people = listed.items.filter { $0.entities.allSatisfy { entities[$0].type == .person } }
        return people.isEmpty ? nil : ArgumentGroup(items: people)
    }

    private static let nounsOfLeadersMet: WordSet = ["leadership", "leaders", "officials", "ministers", "counterparts", "figures", "politicians"]

    /// "militias, such as Hamas and Hezbollah", "groups including Hamas": the named examples
    /// after a few lowercase descriptor words from `start`.
    private func examples(after start: Int, groups: [ArgumentGroup]) -> ArgumentGroup? {
        var k = start
        while k < tokens.count, k < start + 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
            lexicon.isWord(tokens[k], in: .organizationDescriptor) || lexicon.isWord(tokens[k], in: .groupNoun)
                || lexicon.isWord(tokens[k], in: .groupModifier)
        {
            k += 1
        }
        guard k > start, k < tokens.count else { return nil }
        if tokens[k].is(",") { k += 1 }
        guard k + 1 < tokens.count else { return nil }
        if tokens[k].lowercased == "such", tokens[k + 1].lowercased == "as" {
            return groupStarting(after: k + 2, within: 0, groups: groups)
        }
        return tokens[k].lowercased == "including" || tokens[k].lowercased == "like" ? groupStarting(after: k + 1, within: 0, groups: groups) : nil
    }

    /// A meeting of two countries or organizations is dropped when people who serve them are
    /// recorded meeting: "Qatar hosts talks with Hamas" adds nothing to "Al Thani met Haniyeh".
    private func dropImpliedMeetings(_ relations: [ExtractedRelation]) -> [ExtractedRelation] {
        func isMeetingOfActors(_ r: ExtractedRelation) -> Bool {
            r.relation == .spokeWith && (entities[r.source].type != .person || entities[r.target].type != .person)
        }
        // Only another meeting can imply one: most documents have nothing to drop.
        guard relations.contains(where: isMeetingOfActors), relations.lazy.filter({ $0.relation == .spokeWith }).count >= 2 else {
            return relations
        }
        var named: [String: [Int]] = [:]
        for e in entities.indices where entities[e].type != .person {
            for name in [entities[e].name] + entities[e].aliases where !(named[name]?.contains(e) ?? false) { named[name, default: []].append(e) }
        }
        /// The actors an entity stands for: itself and, for a person, the country and organization served.
        let actors: [[Int]] = entities.indices.map { e in
            guard entities[e].type == .person else { return [e] }
            return [e] + [entities[e].country, entities[e].organization].compactMap { $0 }.flatMap { named[$0] ?? [] }
        }
        func pair(_ a: Int, _ b: Int) -> Key { Key(a, .spokeWith, b) }
        // Each pair of actors, with the meetings that imply it.
        var impliedBy: [Key: [Int]] = [:]
        for (index, m) in relations.enumerated() where m.relation == .spokeWith {
            for a in actors[m.source] {
                for b in actors[m.target] { impliedBy[pair(a, b), default: []].append(index) }
            }
        }
        return relations.indices.filter { index in
            let r = relations[index]
            guard isMeetingOfActors(r) else { return true }
            return !(impliedBy[pair(r.source, r.target)] ?? []).contains { $0 != index }
        }.map { relations[$0] }
    }
}

private extension Token {
    /// ".", ";" or ":": no list, object or clause reaches across it.
    var isStop: Bool { kind == .punctuation && (text == "." || text == ";" || text == ":") }
}
