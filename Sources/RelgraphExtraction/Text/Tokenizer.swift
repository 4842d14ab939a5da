/// Splits text into ``Token``s.
///
/// Words keep their inner hyphens ("Iran-backed", "al-Assad"), apostrophes ("O'Brien")
/// and the periods of initialisms ("U.S."); possessive endings are noted on the word
/// rather than kept as tokens of their own.
///
/// - Complexity: O(*n*) in the length of the text.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, scalar) in scalars.enumerated() {
            offsets[i + 1] = offsets[i] + UTF8.width(scalar)
        }
        var tokens: [Token] = []
        var newlines = 2  // the start of the text counts as a paragraph break
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" {
                newlines += 1
                i += 1
                continue
            }
            if scalar.isSpace || scalar.isInvisible
            {
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            var possessive = false
            var textEnd = i + 1
            if Self.isWordCharacter(scalar) {
                kind = scalar.isDigit ? .number : .word
                var j = i + 1
                while j < scalars.count {
                    let c = scalars[j]
                    if Self.isWordCharacter(c) {
                        if c.isDigit == false { kind = .word }
                        j += 1
                    } else if c == "," || c == ".", j + 1 < scalars.count,
                        scalars[j - 1].isDigit, scalars[j + 1].isDigit
                    {
                        j += 2  // "1,300", "2.7"
                    } else if Self.isJoiner(c), j + 1 < scalars.count, Self.isWordCharacter(scalars[j + 1]) {
                        // "al-Assad", "O'Brien", "1,300", "2.7" — but not "Russia's", handled below.
                        if Self.isApostrophe(c), j + 2 <= scalars.count, Self.isPossessiveS(scalars, j + 1) {
                            break
                        }
                        j += 2
                    } else if c == ".", Self.isInitialism(scalars, from: i, to: j),
                        scalars[i..<j].contains(".") || (j + 1 < scalars.count && scalars[j + 1].isUppercaseLetter)
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                textEnd = j
                // Possessive endings: "Russia's", "Hamas'" (an apostrophe after s before a word).
                if j < scalars.count, Self.isApostrophe(scalars[j]) {
                    if Self.isPossessiveS(scalars, j + 1) {
                        possessive = true
                        j += 2
                    } else if scalars[j - 1] == "s" || scalars[j - 1] == "S",
                        j + 2 < scalars.count, scalars[j + 1] == " ",
                        scalars[j + 2].isLetter
                    {
                        possessive = true
                        j += 1
                    }
                }
                i = j
            } else {
                i += 1
            }
            // From the UTF-8 bytes: building the word from its scalars costs ten times more.
            var word = String(decoding: bytes[offsets[start]..<offsets[textEnd]], as: UTF8.self)
            if kind != .punctuation { word = Self.straightenApostrophes(word) }
            tokens.append(
                Token(
                    text: word, lowercased: word.lowercased(), kind: kind,
                    start: offsets[start], end: offsets[i], isPossessive: possessive,
                    startsParagraph: newlines >= 2, startsLine: newlines >= 1))
            newlines = 0
        }
        return tokens
    }

    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.isLetter || c.isDigit : c.isLetter || c.isDigit || c.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}"
    }

    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}" || isApostrophe(c) || c == "&"
    }

    /// "s" followed by something that is not a letter: the rest of a possessive "'s".
    static func isPossessiveS(_ scalars: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k < scalars.count, scalars[k] == "s" || scalars[k] == "S" else { return false }
        return k + 1 >= scalars.count || !scalars[k + 1].isLetter
    }

    /// Single letters separated by periods: "U.S", "U.A.E".
    static func isInitialism(_ scalars: [Unicode.Scalar], from start: Int, to dot: Int) -> Bool {
        var k = start
        while k < dot {
            guard scalars[k].isUppercaseLetter else { return false }
            if k + 1 < dot {
                guard scalars[k + 1] == "." else { return false }
                k += 2
            } else {
                k += 1
            }
        }
        return true
    }

    static func straightenApostrophes(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { ($0 == "\u{2019}" || $0 == "\u{2018}") ? "'" : $0 }))
    }
}
