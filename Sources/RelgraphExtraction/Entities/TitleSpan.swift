/// A title found in the text ("Prime Minister", "spokesman", "Sheikh").
struct TitleSpan: Sendable {
    var range: Range<Int>
    var kind: Lexicon.TitleKind
}
