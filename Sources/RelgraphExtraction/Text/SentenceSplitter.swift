/// Groups tokens into sentences.
///
/// A sentence ends at ".", "!" or "?" followed by a word that starts with a capital letter,
/// a digit or a quote — unless the period closes an abbreviation ("Oct. 7", "Mr. Smith") or an
/// initial — and always at a line break, because headlines and bylines carry no final period.
///
/// - Complexity: O(*n*) in the number of tokens.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    public func split(_ tokens: [Token], in text: String) -> [Sentence] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start, tokens[i].startsLine {
                ranges.append(start..<i)
                start = i
            }
            let token = tokens[i]
            if token.kind == .punctuation, token.text == "." || token.text == "!" || token.text == "?" {
                var end = i + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < tokens.count, !tokens[end].startsLine, Self.isCloser(tokens[end].text) { end += 1 }
                if end >= tokens.count || tokens[end].startsLine || startsSentence(tokens[end]),
                    !(token.text == "." && i > 0 && isAbbreviation(tokens[i - 1], next: end < tokens.count ? tokens[end] : nil))
                {
                    ranges.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }

        let utf8 = Array(text.utf8)
        return ranges.enumerated().map { index, range in
            let bytes = utf8[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]
            return Sentence(index: index, range: range, text: Self.foldingWhitespace(bytes))
        }
    }

    /// The sentence on one line: runs of ASCII whitespace become one space (a byte loop; the
    /// `Character` route costs more than tokenizing).
    static func foldingWhitespace(_ bytes: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || Self.isOpener(token.text)
    }

    private func isAbbreviation(_ previous: Token, next: Token?) -> Bool {
        if previous.kind == .word, previous.text.count == 1, previous.isCapitalized { return true }
        guard abbreviations.contains(previous.lowercased) else { return false }
        // "in Oct. The next day" is rare; "Oct. 7" and "Mr. Smith" are not.
        return true
    }

    static func isCloser(_ text: String) -> Bool {
        ["\"", "'", "\u{2019}", "\u{201D}", ")", "]"].contains(text)
    }

    static func isOpener(_ text: String) -> Bool {
        ["\"", "'", "\u{2018}", "\u{201C}", "(", "["].contains(text)
    }
}
