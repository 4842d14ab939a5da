/// Splits text into ``Token``s.
///
/// Words keep their inner hyphens ("Iran-backed", "al-Assad"), apostrophes ("O'Brien")
/// and the periods of initialisms ("U.S."); possessive endings are noted on the word
/// rather than kept as tokens of their own.
///
/// The tokenizer walks the UTF-8 bytes of the text: news is almost all ASCII, where a byte
/// is a character and its class is a range check; other characters are decoded where they
/// stand.
///
/// Given a lexicon, the tokenizer also looks each word up in the lexicon's vocabulary as it
/// goes, from the bytes it already holds, and a word the lexicon knows shares the lexicon's
/// string instead of getting one of its own.
///
/// - Complexity: O(*n*) in the length of the text.
public struct Tokenizer: Sendable {
    private let vocabulary: Vocabulary?

    /// A tokenizer whose tokens are not looked up in any lexicon.
    public init() {
        vocabulary = nil
    }

    /// A tokenizer whose tokens come looked up in the lexicon's vocabulary, for the
    /// extraction questions to come.
    public init(lexicon: Lexicon) {
        vocabulary = lexicon.vocabulary
    }

    public func tokenize(_ text: String) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { Reader(bytes: $0, vocabulary: vocabulary).tokens() } ?? []
    }

    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.isLetter || c.isDigit : c.isLetter || c.isDigit || c.properties.generalCategory == .nonspacingMark
    }

    /// Straight and curly apostrophes, and the backtick some newspaper archives print for one
    /// ("Iran`s ambassador").
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "`"
    }

    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}" || isApostrophe(c) || c == "&"
    }
}

/// One pass over the UTF-8 bytes of a text. Positions are byte offsets; every position the
/// reader stops at is the start of a character.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let vocabulary: Vocabulary?

    func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var newlines = 2  // the start of the text counts as a paragraph break
        var i = 0
        while i < bytes.count {
            let (first, width) = scalar(at: i)
            if first == "\n" {
                newlines += 1
                i += 1
                continue
            }
            if first.isSpace || first.isInvisible {
                i += width
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            var possessive = false
            var textEnd = i + width
            if Tokenizer.isWordCharacter(first) {
                kind = first.isDigit ? .number : .word
                var j = i + width
                while j < bytes.count {
                    let (c, w) = scalar(at: j)
                    if Tokenizer.isWordCharacter(c) {
                        if !c.isDigit { kind = .word }
                        j += w
                    } else if c == "," || c == ".", j + 1 < bytes.count, scalar(before: j).isDigit, case let (digit, w) = scalar(at: j + 1), digit.isDigit {
                        j += 1 + w  // "1,300", "2.7"
                    } else if Tokenizer.isJoiner(c), j + w < bytes.count, Tokenizer.isWordCharacter(scalar(at: j + w).0) {
                        // "al-Assad", "O'Brien" — but not "Russia's", handled below.
                        if Tokenizer.isApostrophe(c), isPossessiveS(at: j + w) { break }
                        j += w + scalar(at: j + w).1
                    } else if c == ".", isInitialism(from: i, to: j),
                        bytes[i..<j].contains(UInt8(ascii: ".")) || (j + 1 < bytes.count && scalar(at: j + 1).0.isUppercaseLetter)
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                textEnd = j
                // Possessive endings: "Russia's", "Hamas'" (an apostrophe after s before a word).
                if j < bytes.count, case let (c, w) = scalar(at: j), Tokenizer.isApostrophe(c) {
                    if isPossessiveS(at: j + w) {
                        possessive = true
                        j += w + 1
                    } else if bytes[j - 1] == UInt8(ascii: "s") || bytes[j - 1] == UInt8(ascii: "S"),
                        j + w + 1 < bytes.count, bytes[j + w] == UInt8(ascii: " "), scalar(at: j + w + 1).0.isLetter
                    {
                        possessive = true
                        j += w
                    }
                }
                i = j
            } else {
                i += width
            }
            tokens.append(token(start..<textEnd, end: i, kind: kind, possessive: possessive, newlines: newlines))
            newlines = 0
        }
        return tokens
    }

    private func token(_ range: Range<Int>, end: Int, kind: Token.Kind, possessive: Bool, newlines: Int) -> Token {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        var text: String
        var lowercased: String
        var index = Vocabulary.notLookedUp
        let isCapitalized: Bool
        let isAllCaps: Bool
        // One pass over the bytes answers what the rest asks.
        var isASCII = true
        var isHyphenated = false
        var capitals = 0
        var letters = 0
        for byte in word {
            if byte >= 0x80 {
                isASCII = false
            } else if Self.isASCIILetter(byte) {
                letters += 1
                if byte <= UInt8(ascii: "Z") { capitals += 1 }
            } else if byte == UInt8(ascii: "-") {
                isHyphenated = true
            }
        }
        if isASCII {
            // ASCII: cases and classes are byte ranges; a word without capitals is its own lowercase.
            if capitals == 0 {
                (lowercased, index) = lookUp(word)
                text = lowercased
            } else {
                text = String(decoding: word, as: UTF8.self)
                (lowercased, index) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
                    for k in word.indices { lower[k] = Self.isASCIILetter(word[k]) ? word[k] | 0x20 : word[k] }
                    return lookUp(UnsafeBufferPointer(lower))
                }
            }
            isCapitalized = Self.isASCIILetter(word[0]) && word[0] <= UInt8(ascii: "Z")
            isAllCaps = letters >= 2 && capitals == letters
        } else {
            text = String(decoding: word, as: UTF8.self)
            if kind != .punctuation { text = Self.straighteningApostrophes(text) }
            lowercased = text.lowercased()
            if let vocabulary { index = vocabulary.index(of: lowercased) ?? Vocabulary.unknown }
            isCapitalized = text.unicodeScalars.first?.isUppercaseLetter ?? false
            let letters = text.unicodeScalars.filter(\.isLetter)
            isAllCaps = letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter)
        }
        return Token(
            text: text, lowercased: lowercased, kind: kind, start: range.lowerBound, end: end, isPossessive: possessive,
            startsParagraph: newlines >= 2, startsLine: newlines >= 1, isCapitalized: isCapitalized, isAllCaps: isAllCaps,
            isHyphenated: isHyphenated, vocabularyIndex: index, lowercasedKey: PackedWord(lowercased) ?? .empty)
    }

    /// The lowercased word as a string, shared with the vocabulary when it holds the word,
    /// and its number there.
    private func lookUp(_ lowercased: UnsafeBufferPointer<UInt8>) -> (String, Int32) {
        guard let vocabulary else { return (String(decoding: lowercased, as: UTF8.self), Vocabulary.notLookedUp) }
        guard let index = vocabulary.index(of: lowercased) else {
            return (String(decoding: lowercased, as: UTF8.self), Vocabulary.unknown)
        }
        return (vocabulary.words[Int(index)], index)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func straighteningApostrophes(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0 != "'" && Tokenizer.isApostrophe($0) }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { Tokenizer.isApostrophe($0) ? "'" : $0 }))
    }

    /// The character starting at byte `i`, and its length in bytes.
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> UInt32(width))
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        // The text is valid UTF-8 (it came from a String), so every value is a scalar.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The character ending right before byte `i`.
    func scalar(before i: Int) -> Unicode.Scalar {
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).0
    }

    /// "s" followed by something that is not a letter: the rest of a possessive "'s".
    func isPossessiveS(at k: Int) -> Bool {
        guard k < bytes.count, bytes[k] == UInt8(ascii: "s") || bytes[k] == UInt8(ascii: "S") else { return false }
        return k + 1 >= bytes.count || !scalar(at: k + 1).0.isLetter
    }

    /// Single capitals separated by periods: "U.S", "U.A.E".
    func isInitialism(from start: Int, to dot: Int) -> Bool {
        var k = start
        while k < dot {
            let (c, width) = scalar(at: k)
            guard c.isUppercaseLetter else { return false }
            if k + width < dot {
                guard bytes[k + width] == UInt8(ascii: ".") else { return false }
                k += width + 1
            } else {
                k += width
            }
        }
        return true
    }
}
