/// Finds the lines of a document written in title case: headlines, section heads and
/// datelines of press releases ("Separatists Tighten Grip On Border Town").
///
/// In title case every word is capitalized, so capitals tell nothing there about names:
/// "Rebel Attack" is a phrase, not a person. A title-case line has at least two content
/// words (words other than articles, prepositions and the like, which title case may leave
/// in lowercase), every one of them capitalized, and no final period unless the line is all
/// in capitals.
///
/// - Complexity: O(*n*) in the number of tokens.
struct Headlines {
    /// For each sentence, whether its line is in title case. Sentences never cross lines.
    let isHeadline: [Bool]

    init(tokens: [Token], sentences: [Sentence], lexicon: Lexicon) {
        var isHeadline = [Bool](repeating: false, count: sentences.count)
        var s = 0
        while s < sentences.count {
            // The sentences of one line: the first starts the line, the others do not.
            var next = s + 1
            while next < sentences.count, !tokens[sentences[next].range.lowerBound].startsLine { next += 1 }
            let lineRange = sentences[s].range.lowerBound..<sentences[next - 1].range.upperBound
            if Self.isTitleCase(tokens[lineRange], lexicon: lexicon) {
                for k in s..<next { isHeadline[k] = true }
            }
            s = next
        }
        self.isHeadline = isHeadline
    }

    private static func isAllCaps(_ line: ArraySlice<Token>) -> Bool {
        var words = 0
        for token in line where token.kind == .word {
            guard token.isAllCaps else { return false }
            words += 1
        }
        return words >= 3
    }

    static func isTitleCase(_ line: ArraySlice<Token>, lexicon: Lexicon) -> Bool {
        // "REBELS SHELL THE CAPITAL.": a line in capitals is a headline, whatever closes it.
        guard let last = line.last, !last.is(".") || isAllCaps(line) else { return false }
        var contentWords = 0
        for token in line where token.kind == .word {
            if lexicon.isWord(token, in: .functionWord) || lexicon.isWord(token, in: .preposition)
                || lexicon.isWord(token, in: .determiner)
            {
                continue
            }
            // "al-Qaida" keeps its lowercase particle in any case.
            if !token.isCapitalized, !(token.isHyphenated && lexicon.isWord(token.lowercased.prefix { $0 != "-" }.lowercased(), in: .nameParticle)) {
                return false
            }
            contentWords += 1
        }
        return contentWords >= 2
    }
}
