/// Groups tokens into sentences.
///
/// A sentence ends at ".", "!" or "?" followed by a word that starts with a capital letter,
/// a digit or a quote — unless the period closes an abbreviation ("Oct. 7", "Mr. Smith") or an
/// initial — and always at a line break, because headlines and bylines carry no final period.
///
/// A run-on "sentence" longer than ``maximumTokens`` (a list of thousands of names, a page
/// without punctuation) is cut into pieces, preferably after a comma or semicolon, so that the
/// work per sentence stays bounded and extraction stays linear in the length of the text.
///
/// - Complexity: O(*n*) in the number of tokens.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// The longest sentence kept whole; news sentences rarely pass a hundred tokens.
    public let maximumTokens: Int

    public init(abbreviations: Set<String>, maximumTokens: Int = 300) {
        self.abbreviations = abbreviations
        self.maximumTokens = max(maximumTokens, 2)
    }

    /// Splits `tokens` of `text` into sentences; `breakingBefore` starts one at that token
    /// whatever precedes it (the end of a dateline).
    public func split(_ tokens: [Token], in text: String, breakingBefore forcedStart: Int? = nil) -> [Sentence] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i == forcedStart, i > start {
                ranges.append(start..<i)
                start = i
            }
            if i - start >= maximumTokens {
                let cut = runOnBreak(in: tokens, from: start, to: i)
                ranges.append(start..<cut)
                start = cut
            }
            if i > start, tokens[i].startsLine, !isNameBrokenAtInitial(tokens, at: i) {
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

        let original = text
        var text = text
        return text.withUTF8 { utf8 in
            ranges.enumerated().map { index, range in
                let start = tokens[range.lowerBound].start
                let bytes = UnsafeBufferPointer(rebasing: utf8[start..<tokens[range.upperBound - 1].end])
                return Sentence(index: index, range: range, text: Self.sentenceText(bytes, at: start, in: original))
            }
        }
    }

    /// The text of the sentence whose UTF-8 bytes are `bytes`, at byte `start` of `text`.
    ///
    /// Most sentences stand on one line with single spaces, and are their own text: that is
    /// copied out of `text` as it is, which, unlike building a new string, needs no check
    /// that the bytes are UTF-8. Others are folded.
    private static func sentenceText(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, in text: String) -> String {
        // Spaces are the only bytes up to 0x20 that a sentence on one line holds, one at a time.
        for k in bytes.indices where bytes[k] <= 0x20 {
            if bytes[k] != 0x20 || k == 0 || bytes[k - 1] == 0x20 { return foldingWhitespace(bytes) }
        }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return String(Substring(utf8[lower..<utf8.index(lower, offsetBy: bytes.count)]))
    }

    /// Where to cut a run-on sentence that reached `end`: after the last comma or semicolon in
    /// its second half, or at `end` when there is none.
    private func runOnBreak(in tokens: [Token], from start: Int, to end: Int) -> Int {
        var cut = end - 1
        while cut > start + (end - start) / 2 {
            if tokens[cut].kind == .punctuation, tokens[cut].text == "," || tokens[cut].text == ";" { return cut + 1 }
            cut -= 1
        }
        return end
    }

    /// The sentence on one line: runs of ASCII whitespace become one space (a byte loop; the
    /// `Character` route costs more than tokenizing).
    static func foldingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    private func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || Self.isOpener(token.text)
    }

    /// A line that a hard-wrapped text breaks inside a name, after a middle initial
    /// ("Antony J.⏎Blinken"): one sentence, not a headline and the next line.
    private func isNameBrokenAtInitial(_ tokens: [Token], at i: Int) -> Bool {
        guard i >= 3, !tokens[i].startsParagraph, tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        let (name, initial, period) = (tokens[i - 3], tokens[i - 2], tokens[i - 1])
        return period.kind == .punctuation && period.text == "." && initial.kind == .word && initial.text.count == 1
            && initial.isCapitalized && name.kind == .word && name.isCapitalized && !initial.startsLine
    }

    private func isAbbreviation(_ previous: Token, next: Token?) -> Bool {
        if previous.kind == .word, previous.text.count == 1, previous.isCapitalized { return true }
        guard abbreviations.contains(previous.lowercased) else { return false }
        // "in Oct. The next day" is rare; "Oct. 7" and "Mr. Smith" are not.
        return true
    }

    // By the first scalar: a punctuation token is one, a word never starts with one of these,
    // and String equality with a curly quote takes a slow path.
    static func isCloser(_ text: String) -> Bool {
        switch text.unicodeScalars.first {
        case "\"", "'", "\u{2019}", "\u{201D}", ")", "]": true
        default: false
        }
    }

    static func isOpener(_ text: String) -> Bool {
        switch text.unicodeScalars.first {
        case "\"", "'", "\u{2018}", "\u{201C}", "(", "[": true
        default: false
        }
    }
}
