import RelgraphExtraction
import RelgraphModel

/// The rules that decide what a stored entity is called and which role and country it shows,
/// from everything the documents said of it and nothing of the order they came in, so that
/// one set of documents makes one graph however it is ingested.
///
/// - **Name.** The fullest of the names the documents gave the entity (see ``fullest(_:)``):
///   each document names it as it writes it ("Antony J. Blinken", "Russian Federation"), or by
///   the lexicon's name when it writes only a shorter form. Before any document's name is
///   known (a graph merged from older stores), ``name(type:names:knownAs:lexicon:)`` decides
///   from the aliases: a person found in the who's-who goes by its entry's name, a country or
///   organization the lexicon knows by the lexicon's name, anything else by its fullest name.
/// - **Role and country** (``FactTally``, in the writer): the one given by the latest dated document;
///   among undated ones, the one most documents give; ties go to the first in code-point order.
/// - **Symmetric relations** (`spoke_with`) point from the name that sorts first.
public enum Canonical {
    /// The name an entity takes from the names the documents wrote for it and the who's-who
    /// entries they found it to be.
    public static func name(type: EntityType, names: [String], knownAs: [String], lexicon: Lexicon) -> String? {
        switch type {
        case .person:
            return fullest(knownAs) ?? fullest(names)
        case .country:
            return fullest(names.compactMap { lexicon.country(named: $0) }) ?? fullest(names)
        case .organization:
            return fullest(names.filter { !lexicon.forms(of: $0, type: .organization).isEmpty }) ?? fullest(names)
        }
    }

    /// The name of most words, then of most characters, then of most bytes (the accented
    /// spelling over the plain one), then the first in code-point order.
    public static func fullest(_ names: [String]) -> String? {
        // Most often a document repeats the name already kept: nothing to compare. Bytes, not
        // `==`, which equates spellings this order tells apart (precomposed and combining accents).
        if let first = names.first, names.dropFirst().allSatisfy({ $0.utf8.elementsEqual(first.utf8) }) { return first }
        return names.max { a, b in
            let x = (a.split(separator: " ").count, a.count, a.utf8.count)
            let y = (b.split(separator: " ").count, b.count, b.utf8.count)
            if x != y { return x < y }
            return b.unicodeScalars.lexicographicallyPrecedes(a.unicodeScalars)
        }
    }

    /// A person's first and last name without initials, generational suffixes or the article
    /// of an Arabic surname, as a ``NameKey``: "Antony J. Blinken" and "Antony Blinken", "Abdel
    /// Fattah el-Sisi" and "Abdel Fattah al-Sisi" share it. Nil when that leaves the name as it
    /// was or fewer than two words.
    public static func looseKey(ofPerson name: String) -> String? {
        if let key = asciiLooseKey(ofPerson: name) { return key }
        return wordsLooseKey(ofPerson: name)
    }

    /// ``looseKey(ofPerson:)`` of any name, word by word as characters.
    static func wordsLooseKey(ofPerson name: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        words.removeAll { word in
            let letters = word.filter { $0 != "." }
            return letters.count == 1 || suffixes.contains(letters.lowercased())
        }
        words = words.map { word in
            for article in ["al-", "el-", "Al-", "El-"] where word.hasPrefix(article) && word.count > article.count + 1 {
                return String(word.dropFirst(article.count))
            }
            return word
        }
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        let key = NameKey.make(first + " " + last)
        return key == NameKey.make(name) ? nil : key
    }

    /// ``looseKey(ofPerson:)`` of an ASCII name without carriage returns, in which each byte is
    /// one character, found among the bytes in one pass (a new person's name cost 15k
    /// instructions split into arrays of words); nil for any other name, and `.some(nil)` when
    /// it has no loose key.
    ///
    /// A name of two words that loses no initial, suffix or article ("John Smith", most new
    /// people) would give back its own key, which is no loose key: answered without making keys.
    static func asciiLooseKey(ofPerson name: String) -> String?? {
        let found = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            let space = UInt8(ascii: " ")
            var kept = 0
            var changed = false
            var first = 0..<0
            var last = 0..<0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
                if byte == space {
                    index += 1
                    continue
                }
                var end = index
                var letters = 0
                while end < bytes.count, bytes[end] != space {
                    if bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "\r") { return nil }
                    if bytes[end] != UInt8(ascii: ".") { letters += 1 }
                    end += 1
                }
                var word = index..<end
                index = end
                if letters == 1 || (2...3).contains(letters) && isSuffix(bytes, word) {
                    changed = true
                    continue
                }
                // "al-", "el-", "Al-", "El-" before at least two more letters.
                if word.count > 4, [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "A"), UInt8(ascii: "E")].contains(bytes[word.lowerBound]),
                    bytes[word.lowerBound + 1] == UInt8(ascii: "l"), bytes[word.lowerBound + 2] == UInt8(ascii: "-")
                {
                    word = word.dropFirst(3)
                    changed = true
                }
                if kept == 0 { first = word }
                last = word
                kept += 1
            }
            guard kept >= 2 else { return .some(nil) }
            // Its two words are all it has, with nothing before or after them: the key would be its
            // own (spaces around a name decide whether "the " or "'s" is dropped from its key).
            if kept == 2, !changed, first.lowerBound == 0, last.upperBound == bytes.count { return .some(nil) }
            let text = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            let key = NameKey.make(text(first) + " " + text(last))
            return .some(key == NameKey.make(name) ? nil : key)
        }
        return found ?? nil
    }

    /// Whether the word, its periods left out, is a generational suffix in any case ("Jr.", "III").
    private static func isSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var letters: [UInt8] = []
        for byte in bytes[word] where byte != UInt8(ascii: ".") {
            letters.append(byte | 0x20)
        }
        return asciiSuffixes.contains(letters)
    }

    /// ``suffixes`` as lowercase ASCII bytes.
    private static let asciiSuffixes: Set<[UInt8]> = Set(suffixes.map { Array($0.utf8) })

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Whether two titles can be the same person's ("President" and "President of Russia").
    static func rolesAgree(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        return x.contains(y) || y.contains(x) || x.split(separator: " ").last == y.split(separator: " ").last
    }

    /// ``surname(of:)`` of an ASCII name, found among its bytes without splitting it into
    /// words (in ASCII a space is one byte and one character); nil when the name is not ASCII,
    /// and `.some(nil)` for a single word.
    static func asciiSurname(of name: String) -> String?? {
        let found = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let space = UInt8(ascii: " ")
            var end = bytes.count
            while end > 0, bytes[end - 1] == space { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != space { start -= 1 }
            guard end > 0, bytes[..<start].contains(where: { $0 != space }) else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        return found ?? nil
    }

    /// Whether a name is one word between spaces, as `split(separator: " ")` counts words: for
    /// an ASCII name found among its bytes (splitting a new person's name into strings cost
    /// 6k instructions).
    static func isOneWord(_ name: String) -> Bool {
        let counted = name.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0
            var previous = UInt8(ascii: " ")
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") { words += 1 }
                previous = byte
            }
            return words
        }
        guard let counted = counted ?? nil else { return name.split(separator: " ").count == 1 }
        return counted == 1
    }

    /// The last word of a personal name, or nil for a single word.
    static func surname(of name: String) -> String? {
        if let surname = asciiSurname(of: name) { return surname }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return nil }
        return String(last)
    }
}
