import RelgraphModel

extension Lexicon {
    /// Where a sentence says `relation` in the lexicon's words: the ranges of its trigger words
    /// and phrases for that relation (`relations.txt`), in order, none overlapping.
    ///
    /// For showing evidence, not for extracting: `"Iran said it backs Hamas."` gives the range
    /// of "backs" for ``RelationType/backs``; a compound like "Iran-backed" gives the range of
    /// "backed". A phrase counts wherever it stands, whether or not the extractor read a
    /// relation from it, and the longest phrase starting at a word wins ("held talks" rather
    /// than "held"). Matching ignores case.
    ///
    /// - Returns: ranges of `sentence`, empty when none of the relation's triggers appears.
    /// - Complexity: O(*n*) in the length of the sentence.
    public func triggerRanges(for relation: RelationType, in sentence: String) -> [Range<String.Index>] {
        let tokens = Tokenizer(lexicon: self).tokenize(sentence)
        let utf8 = sentence.utf8
        func range(_ start: Int, _ end: Int) -> Range<String.Index> {
            utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
        }
        var ranges: [Range<String.Index>] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .word, let (length, phrase) = triggers.longestMatch(in: tokens, at: i, respectCase: false),
                phrase.value.contains(where: { $0.relation == relation })
            {
                ranges.append(range(tokens[i].start, tokens[i + length - 1].end))
                i += length
                continue
            }
            // "Iran-backed": the part after the last hyphen, when it is a compound trigger.
            if tokens[i].isHyphenated, let hyphen = tokens[i].lowercased.lastIndex(of: "-") {
                let tail = tokens[i].lowercased[tokens[i].lowercased.index(after: hyphen)...]
                if compoundTriggers[String(tail)] == relation {
                    let written = sentence[range(tokens[i].start, tokens[i].end)]
                    if let dash = written.lastIndex(of: "-") {
                        let start = written.index(after: dash)
                        let end = written.index(start, offsetBy: tail.count, limitedBy: written.endIndex) ?? written.endIndex
                        ranges.append(start..<end)
                    }
                }
            }
            i += 1
        }
        return ranges
    }
}
