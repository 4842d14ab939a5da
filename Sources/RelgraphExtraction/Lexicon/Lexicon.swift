import RelgraphModel

/// Everything relgraph knows about words before it reads a text: countries, organizations,
/// titles, word classes and relation triggers.
///
/// A lexicon is built from text files in the formats documented at the top of each file in
/// `Sources/RelgraphExtraction/Lexicons/`. ``Lexicon/standard`` holds the files that ship
/// with relgraph; ``Lexicon/init(files:)`` adds a user's own on top.
public struct Lexicon: Sendable {
    /// What a known phrase refers to.
    public struct Entry: Sendable, Equatable {
        public enum Form: Sendable, Equatable {
            /// The name or another name of the entity: "Russia", "U.S.", "Hamas".
            case name
            /// An adjective or a people: "Russian", "Israelis".
            case demonym
            /// A capital or seat of government: "Moscow", "the Kremlin".
            case seat
        }

        public var canonical: String
        public var type: EntityType
        public var form: Form
        /// For organizations: their kind ("media", "militant", ...).
        public var kind: String?
        /// For organizations: the country they belong to.
        public var country: String?
    }

    /// The country whose office a role names, when only one country has it: "Assistant
    /// Secretary of State" and "Deputy Secretary of Defense spokesperson" are American.
    public func country(ofRole role: String) -> String? {
        let role = role.lowercased()
        return titleCountries.first { role.contains($0.title) }?.country
    }

    /// How a title is used: see `titles.txt`.
    public enum TitleKind: String, Sendable {
        case leader, official, honorific
    }

    /// A relation trigger: see `relations.txt`.
    public struct Trigger: Sendable, Equatable {
        public enum Pattern: String, Sendable {
            case direct, directPerson = "direct-person", with, recipient, nounFor = "noun-for", nounOn = "noun-on", compound,
                responsibility, condemnedAct = "condemned-act", demand, accusation, right, thanks, supplyNoun = "supply-noun",
                perpetration, wrongdoing, labelling
        }

        public var relation: RelationType
        public var pattern: Pattern
        /// The words of the trigger, lowercased.
        public var words: [String]
    }

    var entities = PhraseIndex<Entry>()
    var titles = PhraseIndex<TitleKind>()
    /// Titles only one country gives, lowercased, with that country: "assistant secretary of state".
    var titleCountries: [(title: String, country: String)] = []
    var triggers = PhraseIndex<[Trigger]>()
    var compoundTriggers: [String: RelationType] = [:]
    var wordClasses: [String: Set<String>] = [:]
    /// Every word of every phrase and word class, numbered.
    var vocabulary = Vocabulary()
    /// Canonical country name for every form of it, lowercased, for resolving "of Jordan".
    var countryByName: [String: String] = [:]
    /// Every form of each known entity, by type and canonical name.
    var formsByEntity: [EntityKey: [String]] = [:]
    /// The people of `people.txt` and the offices they held.
    var whosWho = WhosWho()
    /// The ``ReferringWord`` of each vocabulary number up to the last referring word's.
    var referringWords: [ReferringWord?] = []

    /// Every name, abbreviation, demonym and seat the lexicon knows for an entity.
    public func forms(of name: String, type: EntityType) -> [String] {
        formsByEntity[EntityKey(type: type, name: name)] ?? []
    }

    /// Builds a lexicon from the text of lexicon files.
    ///
    /// - Parameter files: pairs of file name and contents. The name selects the format:
    ///   `countries`, `organizations`, `people`, `titles`, `words` or `relations`, optionally followed by
    ///   anything (`organizations-mine.txt`). Later files add to earlier ones.
    /// - Throws: ``LexiconError`` naming the file and line of the first malformed entry.
    public init(files: [(name: String, text: String)]) throws {
        for file in files {
            let base = file.name.split(separator: "/").last.map(String.init) ?? file.name
            guard let format = Self.formats.first(where: { base.hasPrefix($0) }) else {
                throw LexiconError.unknownFormat(file: file.name)
            }
            try parse(file.text, format: format, file: file.name)
        }
        // Few titles, many offices: each title is looked up once.
        var isLeaderTitle: [String: Bool] = [:]
        whosWho.markLeaders { title in
            if let known = isLeaderTitle[title] { return known }
            let isLeader = titles.exact(Self.words(of: title, dropPeriods: true)) == .leader
            isLeaderTitle[title] = isLeader
            return isLeader
        }
        numberReferringWords()
    }

    static let formats = ["countries", "organizations", "people", "titles", "words", "relations"]

    /// The lexicon that ships with relgraph.
    public static let standard: Lexicon = {
        do {
            return try Lexicon(files: LexiconData.files)
        } catch {
            preconditionFailure("the built-in lexicon is malformed: \(error)")
        }
    }()

    /// The built-in lexicon with a user's files added on top (see ``init(files:)``).
    public static func standard(adding files: [(name: String, text: String)]) throws -> Lexicon {
        files.isEmpty ? standard : try Lexicon(files: LexiconData.files + files)
    }

    /// Whether `word` (any case) belongs to the named class of `words.txt`.
    public func isWord(_ word: String, in wordClass: String) -> Bool {
        wordClasses[wordClass]?.contains(word) ?? false
    }

    /// Whether `word`, lowercased, belongs to a class the reader asks about.
    func isWord(_ word: String, in wordClass: WordClass) -> Bool {
        vocabulary.index(of: word).map { vocabulary.classes(of: $0) & wordClass.bit != 0 } ?? false
    }

    /// Whether the token's word belongs to a class the reader asks about.
    @inline(__always)
    func isWord(_ token: Token, in wordClass: WordClass) -> Bool {
        switch token.vocabularyIndex {
        case 0...: vocabulary.classes(of: token.vocabularyIndex) & wordClass.bit != 0
        case Vocabulary.unknown: false
        default: isWord(token.lowercased, in: wordClass)
        }
    }

    func words(_ wordClass: String) -> Set<String> { wordClasses[wordClass] ?? [] }

    /// The canonical name of a country given any of its names, demonyms or seats.
    public func country(named name: String) -> String? {
        countryByName[name.lowercased()]
    }

    /// The person of the who's-who (`people.txt`) that a document means by `name`, if it can
    /// tell: see ``KnownPerson`` and the file's header for how names, titles and years count.
    ///
    /// - Parameters:
    ///   - name: the name as the document gives it, titles dropped ("John Kerry", "Obama").
    ///   - title: the title the document writes with the name ("Prime Minister"), if any.
    ///   - year: the year the document was written, if it says.
    public func knownPerson(named name: String, title: String? = nil, year: Int? = nil) -> KnownPerson? {
        whosWho.isEmpty ? nil : whosWho.person(named: name, title: title, year: year)
    }

    // MARK: - Parsing

    private mutating func parse(_ text: String, format: String, file: String) throws {
        var section: String?
        for (number, line) in Self.pieces(of: text, separatedBy: "\n").enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = Self.pieces(of: line, separatedBy: "|")
            func list(_ k: Int) -> [String] {
                guard k < fields.count else { return [] }
                return Self.pieces(of: fields[k], separatedBy: ",").filter { !$0.isEmpty }
            }
            let malformed = LexiconError.malformedLine(file: file, line: number + 1, text: String(line))
            switch format {
            case "countries":
                guard fields.count == 4, !fields[0].isEmpty else { throw malformed }
                let name = fields[0]
                addEntity(name, Entry(canonical: name, type: .country, form: .name))
                for alias in list(1) { addEntity(alias, Entry(canonical: name, type: .country, form: .name)) }
                for demonym in list(2) { addEntity(demonym, Entry(canonical: name, type: .country, form: .demonym)) }
                for seat in list(3) { addEntity(seat, Entry(canonical: name, type: .country, form: .seat)) }
                for form in [name] + list(1) + list(2) + list(3) { countryByName[form.lowercased()] = name }
            case "organizations":
                guard fields.count == 4 || fields.count == 5, !fields[0].isEmpty else { throw malformed }
                let name = fields[0]
                let kind = fields[2].isEmpty ? nil : fields[2]
                let country = fields[3].isEmpty ? nil : fields[3]
                for form in [name] + list(1) {
                    addEntity(form, Entry(canonical: name, type: .organization, form: .name, kind: kind, country: country))
                }
                for seat in list(4) {
                    addEntity(seat, Entry(canonical: name, type: .organization, form: .seat, kind: kind, country: country))
                }
            case "people":
                guard fields.count == 3, !fields[0].isEmpty, let offices = offices(fields[2]) else { throw malformed }
                whosWho.add(KnownPerson(name: fields[0], offices: offices), otherNames: list(1))
            case "titles":
                guard fields.count == 2 || fields.count == 3, let kind = TitleKind(rawValue: fields[1]) else { throw malformed }
                let words = Self.words(of: fields[0], dropPeriods: true)
                titles.insert(words, kind, indices: vocabulary.add(words))
                // "Vice-President", "Deputy-Governor": news in British and South Asian English
                // often joins a title's words, which the tokenizer keeps as one word.
                if words.count > 1, words.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
                    let joined = [words.joined(separator: "-")]
                    if titles.exact(joined) == nil { titles.insert(joined, kind, indices: vocabulary.add(joined)) }
                }
                // "Sec. Gen.", "Sec. of State": the text keeps the periods inside an abbreviated
                // title as tokens of their own.
                if fields[0].dropLast().contains(".") {
                    let spelled = Tokenizer().tokenize(fields[0]).dropLast(fields[0].hasSuffix(".") ? 1 : 0).map(\.lowercased)
                    titles.insert(Array(spelled), kind, indices: vocabulary.add(Array(spelled)))
                }
                if fields.count == 3, !fields[2].isEmpty { titleCountries.append((fields[0].lowercased(), fields[2])) }
            case "relations":
                guard fields.count == 3, let relation = RelationType(rawValue: fields[0]),
                    let pattern = Trigger.Pattern(rawValue: fields[1])
                else { throw malformed }
                for phrase in list(2) {
                    let words = Self.words(of: phrase, dropPeriods: false)
                    let trigger = Trigger(relation: relation, pattern: pattern, words: words)
                    if pattern == .compound {
                        compoundTriggers[words.joined(separator: " ")] = relation
                    } else {
                        var existing = triggers.exact(words) ?? []
                        existing.append(trigger)
                        triggers.insert(words, existing, indices: vocabulary.add(words))
                    }
                }
            case "words":
                if line.hasPrefix("[") {
                    guard line.hasSuffix("]") else { throw malformed }
                    section = String(line.dropFirst().dropLast())
                    continue
                }
                guard let section else { throw malformed }
                for word in line.split(separator: ",") {
                    let w = word.trimmingCharacters(in: " ").lowercased()
                    guard !w.isEmpty else { continue }
                    wordClasses[section, default: []].insert(w)
                    let index = vocabulary.add(w)
                    if let wordClass = WordClass.byName[section] { vocabulary.addClass(wordClass, to: index) }
                }
            default:
                throw LexiconError.unknownFormat(file: file)
            }
        }
    }

    /// "Vice President, United States, 2009-2017 ; President, United States, 2021-2025": the
    /// offices of a `people.txt` line, or `nil` if one is malformed.
    private func offices(_ field: String) -> [KnownPerson.Office]? {
        var offices: [KnownPerson.Office] = []
        for text in Self.pieces(of: field, separatedBy: ";") {
            let parts = Self.pieces(of: text, separatedBy: ",")
            guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty else { return nil }
            var years: ClosedRange<Int>?
            if parts.count == 3, !parts[2].isEmpty {
                let bounds = parts[2].split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count == 2, let start = Int(bounds[0]) else { return nil }
                // "2021-": still held.
                let end = bounds[1].isEmpty ? Int.max : Int(bounds[1])
                guard let end, start <= end else { return nil }
                years = start...end
            }
            let served = parts[1]
            var office = KnownPerson.Office(title: parts[0], years: years)
            if let country = country(named: served) {
                office.country = country
            } else if !served.isEmpty {
                // "CIA Director, CIA": the organization's country is the person's.
                let known = entities.exact(Self.entityWords(of: served)).flatMap { $0.type == .organization ? $0 : nil }
                office.organization = known?.canonical ?? served
                office.country = known?.country
            }
            offices.append(office)
        }
        return offices.isEmpty ? nil : offices
    }

    private mutating func addEntity(_ phrase: String, _ entry: Entry) {
        let words = Self.entityWords(of: phrase)
        // The first entry for a phrase wins: "Congo" stays with the country listed first.
        if entities.exact(words) == nil {
            entities.insert(
                words, entry, indices: vocabulary.add(words), surface: Self.surfaceWords(of: phrase, keepingPossessives: true, keepingInitials: true))
            formsByEntity[EntityKey(type: entry.type, name: entry.canonical), default: []].append(phrase)
        }
    }

    /// `text` cut at every `separator`, each piece without the spaces, tabs and carriage returns
    /// around it. A loop over bytes: lexicon files are read at every start, and splitting them
    /// by `Character` cost more than all the rest of their reading.
    static func pieces(of text: String, separatedBy separator: Unicode.Scalar) -> [String] {
        let separator = UInt8(ascii: separator)
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var pieces: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == separator {
                var (low, high) = (start, end)
                while low < high, isBlank(bytes[low]) { low += 1 }
                while high > low, isBlank(bytes[high - 1]) { high -= 1 }
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
                start = end + 1
            }
        }
        return pieces
    }

    /// Lowercased words of a phrase, split the way the tokenizer splits text.
    ///
    /// - Parameter keepingInitials: whether the period after a single letter stays a word of its
    ///   own, as the tokenizer leaves it in text: "S. Korea" is "S", ".", "Korea".
    static func words(of phrase: String, dropPeriods: Bool, keepingInitials: Bool = false) -> [String] {
        surfaceWords(of: phrase, keepingInitials: keepingInitials).map { word in
            let lower = word.lowercased()
            return dropPeriods && lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        }
    }

    /// The words of an entity's name, matched against text as the tokenizer reads it.
    static func entityWords(of phrase: String) -> [String] { words(of: phrase, dropPeriods: false, keepingInitials: true) }

    /// - Parameter keepingPossessives: whether a possessive word keeps its "'s" ("People's"),
    ///   so that matching knows the phrase is written with it.
    static func surfaceWords(of phrase: String, keepingPossessives: Bool = false, keepingInitials: Bool = false) -> [String] {
        let tokens = Tokenizer().tokenize(phrase)
        return tokens.indices.filter { k in
            guard tokens[k].kind == .punctuation, tokens[k].text == "." else { return true }
            return keepingInitials && k > 0 && tokens[k - 1].kind == .word && tokens[k - 1].text.count == 1
        }.map { k in
            let token = tokens[k]
            return keepingPossessives && token.isPossessive && !token.text.hasSuffix("s") ? token.text + "'s" : token.text
        }
    }
}

/// A lexicon file that cannot be read.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case unknownFormat(file: String)
    case malformedLine(file: String, line: Int, text: String)

    public var description: String {
        switch self {
        case .unknownFormat(let file):
            "\(file): cannot tell the lexicon format; name the file countries*, organizations*, people*, titles*, words* or relations*"
        case .malformedLine(let file, let line, let text):
            "\(file):\(line): malformed entry \"\(text)\"; see the format described at the top of the built-in file of the same kind"
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
