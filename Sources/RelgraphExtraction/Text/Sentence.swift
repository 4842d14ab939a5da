/// A sentence: a run of tokens and the text it was cut from.
public struct Sentence: Sendable, Equatable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// Token indices `tokens[range]` of the document.
    public var range: Range<Int>
    /// The sentence as written, whitespace folded: the evidence users read.
    public var text: String
}
