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
    public let text: String
    /// `text`, lowercased: the key for every lexicon look-up.
    public let lowercased: String
    public let kind: Kind
    /// Byte range in the UTF-8 text, possessive ending included.
    public let start: Int
    public let end: Int
    /// The word carried a possessive ending: "Russia's", "Hamas'".
    public let isPossessive: Bool
    /// A blank line or the start of the text comes before this token.
    public let startsParagraph: Bool
    /// A line break comes before this token.
    public let startsLine: Bool
    /// The first character is an uppercase letter.
    public let isCapitalized: Bool
    /// Every letter is uppercase and there are at least two of them: "NATO", "U.S.".
    public let isAllCaps: Bool
    /// The word holds a hyphen: "Iran-backed", "al-Assad".
    public let isHyphenated: Bool
    /// Where `lowercased` stands in the lexicon's vocabulary, when a tokenizer given a
    /// lexicon looked it up: every later question about the word reads arrays by this number
    /// instead of hashing the word again.
    let vocabularyIndex: Int32
    /// `lowercased` packed for the readers' word sets, or ``PackedWord/empty`` for a word too
    /// long or not ASCII: packed once here instead of at every question.
    let lowercasedKey: PackedWord

    public func `is`(_ punctuation: String) -> Bool {
        kind == .punctuation && text == punctuation
    }

    /// A word in "-ing" of six letters or more ("Meeting", "Greeting"): a participle where it
    /// opens a sentence before a name, not the name's first word.
    var isParticiple: Bool { lowercased.hasSuffix("ing") && lowercased.count >= 6 }
}
