/// A person the who's-who (`people.txt`) knows, with the offices they held.
public struct KnownPerson: Sendable, Equatable {
    /// One office: a title held for a country or an organization, over some years.
    public struct Office: Sendable, Equatable {
        /// The title as news writes it before a name: "Secretary of State".
        public var title: String {
            didSet { titleKey = KnownPerson.titleKey(title) }
        }
        /// `title` as titles are compared (see ``KnownPerson/titleKey(_:)``), worked out once.
        private(set) var titleKey: [UInt8]
        /// Whether `titles.txt` makes the title a leader's, worked out once the lexicon is read.
        public internal(set) var isLeader = false
        /// The canonical name of the country served, if the office serves one.
        public var country: String?
        /// The body served when it is not a country: "United Nations", "Hamas".
        public var organization: String?
        /// The years the office was held, both included; `nil` when the dates do not matter.
        public var years: ClosedRange<Int>?

        public init(title: String, country: String? = nil, organization: String? = nil, years: ClosedRange<Int>? = nil) {
            self.title = title
            titleKey = KnownPerson.titleKey(title)
            self.country = country
            self.organization = organization
            self.years = years
        }

        /// Whether the office was held in `year` (an undated office always is).
        public func isHeld(in year: Int) -> Bool {
            years?.contains(year) ?? true
        }
    }

    public var name: String
    /// In the order of the file, which is the order they were taken up.
    public var offices: [Office]

    /// The office that tells who the person was in `year`: the one held then (begun last, if
    /// several), or without a year the one begun last. `nil` if a dated office held none.
    public func office(in year: Int?) -> Office? {
        guard let year else { return offices.max(by: Self.beganEarlier) }
        return offices.filter { $0.isHeld(in: year) }.max(by: Self.beganEarlier)
    }

    /// The country the person served nearest to `year`: the office held then, else the last
    /// one before, else the first after. Most people serve one country all their life.
    public func country(near year: Int?) -> String? {
        if let country = office(in: year)?.country { return country }
        guard let year else { return nil }
        let dated = offices.filter { $0.years != nil && $0.country != nil }
        let before = dated.filter { $0.years!.upperBound < year }.max { $0.years!.upperBound < $1.years!.upperBound }
        let after = dated.filter { $0.years!.lowerBound > year }.min { $0.years!.lowerBound < $1.years!.lowerBound }
        return (before ?? after)?.country
    }

    /// The office whose title agrees with a title the text gives ("Secretary" with "Secretary of
    /// State"), preferring one held in `year`.
    func office(titled title: String, in year: Int?) -> Office? {
        let key = Self.titleKey(title)
        let matching = offices.filter { Self.titlesAgree($0.titleKey, key) }
        if let year, let held = matching.filter({ $0.isHeld(in: year) }).max(by: Self.beganEarlier) { return held }
        return matching.max(by: Self.beganEarlier)
    }

    /// Whether an office whose title agrees with one of key `titleKey` was held in `year`.
    /// With `exactly`, only an office of that very title counts ("Vice President", not "President").
    func holds(titleKey: [UInt8], in year: Int?, exactly: Bool = false) -> Bool {
        offices.contains {
            (exactly ? $0.titleKey == titleKey : Self.titlesAgree($0.titleKey, titleKey)) && (year.map($0.isHeld(in:)) ?? true)
        }
    }

    private static func beganEarlier(_ a: Office, _ b: Office) -> Bool {
        (a.years?.lowerBound ?? Int.min) < (b.years?.lowerBound ?? Int.min)
    }

    /// "Prime Minister" and "PM", "Secretary" and "Secretary of State", "Defence Secretary"
    /// and "Defense Secretary": one title contains the other once spelled alike.
    static func titlesAgree(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count >= b.count ? contains(a, b) : contains(b, a)
    }

    /// A title as titles are compared: lowercased UTF-8 with hyphens as spaces, "defence" spelled
    /// "defense" and "PM" in full. Bytes, because titles are compared for every person a
    /// document names, and `String` searching costs far more than these few bytes.
    static func titleKey(_ title: String) -> [UInt8] {
        var bytes = title.lowercased().utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }
        if bytes == Array("pm".utf8) { return Array("prime minister".utf8) }
        let defence = Array("defence".utf8)
        var k = 0
        while k + defence.count <= bytes.count {
            if bytes[k..<(k + defence.count)].elementsEqual(defence) { bytes[k + 5] = UInt8(ascii: "s") }
            k += 1
        }
        return bytes
    }

    /// Whether `needle` occurs in `haystack`: titles are a few words long.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// The people of `people.txt`, indexed for the three ways a document can name them.
///
/// - By full name: "John Kerry", "Antony J. Blinken", "Kim Jong-un" (case, accents, hyphens,
///   spaces and Arabic articles do not count).
/// - By a distinctive one-word name the file lists ("Obama"), when no other entry lists it.
/// - By a surname or family name with a title ("Prime Minister Johnson", "President Moon"),
///   when only one entry of that name holds such an office.
struct WhosWho: Sendable {
    private(set) var people: [KnownPerson] = []
    private var byFullName: [String: Int] = [:]
    /// One-word names the file lists, which find a person on their own.
    private var byShortName: [String: [Int]] = [:]
    /// First and last words of full names, and one-word names: found with a title only.
    private var byNameWord: [String: [Int]] = [:]
    /// Last words of full names, and one-word names.
    private var surnames: Set<String> = []
    /// First words of names of two words or more: "Mark", "Kamala", "Mahmoud".
    private var givenNames: Set<String> = []
    /// Full names by their consonants (see ``consonants(_:)``), for transliterations that
    /// differ in their vowels only: "Yusuf Raza Gilani" is "Yousaf Raza Gilani".
    private var byConsonants: [String: [Int]] = [:]

    var isEmpty: Bool { people.isEmpty }

    /// Adds a person; a name already known gets the new entry instead (a user's file corrects
    /// the built-in one).
    mutating func add(_ person: KnownPerson, otherNames: [String]) {
        let index: Int
        if let known = byFullName[Self.key(person.name)] {
            index = known
            people[index] = person
        } else {
            index = people.count
            people.append(person)
        }
        for name in [person.name] + otherNames {
            let words = name.split(separator: " ").map(String.init)
            if words.count == 1, name == person.name {
                // "Francis" is a pope only with his title: a one-word canonical name needs one.
                Self.append(index, to: &byNameWord[Self.key(name), default: []])
            } else if words.count == 1 {
                Self.append(index, to: &byShortName[Self.key(name), default: []])
                Self.append(index, to: &byNameWord[Self.key(name), default: []])
            } else {
                if byFullName[Self.key(name)] == nil || name == person.name { byFullName[Self.key(name)] = index }
                Self.append(index, to: &byConsonants[Self.consonants(words), default: []])
            }
        }
        let words = person.name.split(separator: " ").map(String.init)
        for name in [person.name] + otherNames {
            let nameWords = name.split(separator: " ")
            if let last = nameWords.last { surnames.insert(Self.key(String(last))) }
            if nameWords.count > 1 { givenNames.insert(Self.key(String(nameWords[0]))) }
        }
        for word in [words.first, words.last].compactMap({ $0 }) {
            Self.append(index, to: &byNameWord[Self.key(word), default: []])
        }
    }

    /// Marks the offices whose titles are leaders' ("Secretary of State"), once the titles are read.
    mutating func markLeaders(_ isLeader: (String) -> Bool) {
        for p in people.indices {
            for o in people[p].offices.indices { people[p].offices[o].isLeader = isLeader(people[p].offices[o].title) }
        }
    }

    private static func append(_ index: Int, to list: inout [Int]) {
        if !list.contains(index) { list.append(index) }
    }

    /// The person a document means by `name`, given the title it writes with the name and the
    /// document's year, if the who's-who can tell.
    ///
    /// A name of several words must be a name of the entry: "Hunter Biden" is not Joe Biden.
    func person(named name: String, title: String?, year: Int?) -> KnownPerson? {
        let key = Self.key(name)
        guard !name.contains(" ") else {
            if let full = byFullName[key] { return people[full] }
            // Spelled otherwise, only with a title the entry held: "Hussein" and "Hassan" have
            // the same consonants.
            guard let title, let spelledOtherwise = byConsonants[Self.consonants(name.split(separator: " ").map(String.init))],
                spelledOtherwise.count == 1, people[spelledOtherwise[0]].holds(titleKey: KnownPerson.titleKey(title), in: year)
            else { return nil }
            return people[spelledOtherwise[0]]
        }
        if let full = byFullName[key] { return people[full] }
        if let title, let candidates = byNameWord[key] {
            let titleKey = KnownPerson.titleKey(title)
            let holding = candidates.filter { people[$0].holds(titleKey: titleKey, in: year) }
            if holding.count == 1 { return people[holding[0]] }
            // "Vice President Harris": the one holding that very title, not a President Harris.
            let exact = holding.filter { people[$0].holds(titleKey: titleKey, in: year, exactly: true) }
            if exact.count == 1 { return people[exact[0]] }
            if holding.count > 1 { return nil }
        }
        // A distinctive name alone, or with a title the file words otherwise ("leader Putin").
        if let only = byShortName[key], only.count == 1 { return people[only[0]] }
        return nil
    }

    /// The key of a full name by which transliterations that differ in their vowels only are
    /// one: each word's first letter, the consonants after it with doubled ones written once,
    /// and the surname whole ("Mehmood" and "Mahmood" are spelled alike, "Gilani" and "Jilani"
    /// are not, nor are "Qureshi" and "Qurashi").
    static func consonants(_ words: [String]) -> String {
        var result = ""
        for (n, word) in words.enumerated() {
            let key = Self.key(word)
            guard let first = key.first else { continue }
            if n > 0 { result.append(" ") }
            if n == words.count - 1 {
                result += key
                break
            }
            result.append(first)
            var last = first
            for letter in key.dropFirst() where !"aeiouy".contains(letter) && letter != last {
                result.append(letter)
                last = letter
            }
        }
        return result
    }

    /// Whether `word` is the surname, or the one-word name, of someone in the who's-who ("Zelensky").
    func isSurname(_ word: String) -> Bool { surnames.contains(Self.key(word)) }

    /// Whether `word` opens the name of someone in the who's-who ("Mark" of "Mark Rutte"): a
    /// given name, or in the East Asian order a family name.
    func isGivenName(_ word: String) -> Bool { givenNames.contains(Self.key(word)) }

    /// The key a name is found by: lowercased, accents and Arabic articles ("al-") dropped,
    /// letters and digits only, so "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" are one.
    static func key(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        let scalars = Array(name.unicodeScalars)
        var i = 0
        var startsWord = true
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == " " {
                startsWord = true
                i += 1
                continue
            }
            // As ``PersonCluster/key(_:)``: a word opening with an Arabic article.
            if startsWord, i + 2 < scalars.count, scalars[i + 2] == "-",
                articles.contains(String(String.UnicodeScalarView([scalars[i], scalars[i + 1]])).lowercased())
            {
                i += 3
                startsWord = false
                continue
            }
            startsWord = false
            i += 1
            if scalar.isASCII {
                // Letters lowercased, digits kept, punctuation dropped.
                switch scalar.value {
                case 0x41...0x5A: key.append(Unicode.Scalar(scalar.value + 32)!)
                case 0x61...0x7A, 0x30...0x39: key.append(scalar)
                default: continue
                }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { key.append(foldedLetter(lower)) }
            }
        }
        return String(key)
    }

    private static let articles: WordSet = ["al", "el", "ad", "as"]

    /// A lowercase Latin letter without its accent: "é" is "e", "ş" is "s", "ı" is "i".
    static func foldedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0xC0 else { return scalar }
        for (base, accented) in accentedLetters where accented.unicodeScalars.contains(scalar) { return base }
        return scalar
    }

    private static let accentedLetters: [(Unicode.Scalar, String)] = [
        ("a", "àáâãäåāăą"), ("c", "çćčĉ"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ğĝģ"), ("i", "ìíîïīĭįı"),
        ("l", "łľĺ"), ("n", "ñńňņ"), ("o", "òóôõöøōŏő"), ("r", "řŕ"), ("s", "śşšșŝ"), ("t", "ťţț"),
        ("u", "ùúûüūŭůűų"), ("y", "ýÿ"), ("z", "źżž"),
    ]
}
