/// One word, number or punctuation mark of a text, with where it stands.
///
/// Tokens keep byte offsets into the UTF-8 text so that evidence sentences are cut from the
/// original, untouched text.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    /// The token as written, with curly apostrophes straightened and any possessive
    /// ending ("'s", a final "'") removed.
    public var text: String
    /// `text`, lowercased: the key for every lexicon look-up.
    public var lowercased: String
    public var kind: Kind
    /// Byte range in the UTF-8 text, possessive ending included.
    public var start: Int
    public var end: Int
    /// The word carried a possessive ending: "Russia's", "Hamas'".
    public var isPossessive: Bool
    /// A blank line or the start of the text comes before this token.
    public var startsParagraph: Bool
    /// A line break comes before this token.
    public var startsLine: Bool
    /// Where `lowercased` stands in the lexicon's vocabulary, once ``Lexicon/annotate(_:)``
    /// has looked it up: every later question about the word reads arrays by this number
    /// instead of hashing the word again.
    var vocabularyIndex = Vocabulary.notLookedUp

    /// The first character is an uppercase letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLetter
    }

    /// Every letter is uppercase and there are at least two of them: "NATO", "U.S.".
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }

    public func `is`(_ punctuation: String) -> Bool {
        kind == .punctuation && text == punctuation
    }
}
