/// The pronouns and the article with which a sentence refers back to someone named before:
/// "he", "we", "the president". The relation reader tests every word of every sentence for
/// them.
enum ReferringWord: String, CaseIterable, Sendable {
    case we, i, he, she, they, him, them, it, whose, his, her, the, both, us, its
}

extension Lexicon {
    /// The referring word a token is, if any.
    ///
    /// A token looked up in the vocabulary answers by its number (the lexicon numbers every
    /// referring word, listed in a file or not), so that the common case, a word that refers
    /// to nothing, costs an array read rather than a comparison with each of the words.
    @inline(__always)
    func referringWord(_ token: Token) -> ReferringWord? {
        switch token.vocabularyIndex {
        case 0...: Int(token.vocabularyIndex) < referringWords.count ? referringWords[Int(token.vocabularyIndex)] : nil
        case Vocabulary.unknown: nil
        default: ReferringWord(rawValue: token.lowercased)
        }
    }

    /// Numbers the referring words in the vocabulary and lists them by number, once the
    /// lexicon files are read.
    mutating func numberReferringWords() {
        let indices = ReferringWord.allCases.map { vocabulary.add($0.rawValue) }
        referringWords = Array(repeating: nil, count: Int(indices.max() ?? 0) + 1)
        for (word, index) in zip(ReferringWord.allCases, indices) { referringWords[Int(index)] = word }
    }
}
