/// Phrases of one or more words, found in token sequences by longest match.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        /// The words as the lexicon writes them; decides how strictly case must match.
        var surface: [String]
        var value: Value
    }

    /// Phrases by their first word, longest first.
    private var byFirstWord: [String: [Phrase]] = [:]

    mutating func insert(_ words: [String], _ value: Value, surface: [String]? = nil) {
        guard let first = words.first else { return }
        var list = byFirstWord[first, default: []]
        if let k = list.firstIndex(where: { $0.words == words }) {
            list[k].value = value
        } else {
            list.append(Phrase(words: words, surface: surface ?? words, value: value))
            list.sort { $0.words.count > $1.words.count }
        }
        byFirstWord[first] = list
    }

    func exact(_ words: [String]) -> Value? {
        byFirstWord[words.first ?? ""]?.first(where: { $0.words == words })?.value
    }

    /// The longest phrase that starts at `tokens[start]`.
    ///
    /// With `respectCase`, a lexicon word written with inner capitals ("UN", "LinkedIn") must
    /// appear exactly so (or in all capitals), and a capitalized lexicon word must be
    /// capitalized in the text; lowercase lexicon words ("of", "al-Qaeda"'s "al") match any case.
    func longestMatch(in tokens: [Token], at start: Int, end: Int? = nil, respectCase: Bool)
        -> (length: Int, phrase: Phrase)?
    {
        let limit = end ?? tokens.count
        guard start < limit, let candidates = byFirstWord[tokens[start].lowercased] else { return nil }
        candidates: for phrase in candidates where start + phrase.words.count <= limit {
            for (k, word) in phrase.words.enumerated() {
                let token = tokens[start + k]
                guard token.lowercased == word else { continue candidates }
                // Only the last word may be possessive: "Russia's", not "Russia's Federation".
                if k < phrase.words.count - 1, token.isPossessive, !word.hasSuffix("s") { continue candidates }
                if respectCase, !Self.caseMatches(token, phrase.surface[k]) { continue candidates }
            }
            return (phrase.words.count, phrase)
        }
        return nil
    }

    static func caseMatches(_ token: Token, _ surface: String) -> Bool {
        let scalars = Array(surface.unicodeScalars)
        guard let first = scalars.first, first.isUppercaseLetter else { return true }
        let innerCapitals = scalars.dropFirst().contains { $0.isUppercaseLetter }
        if innerCapitals { return token.text == surface || token.isAllCaps }
        return token.isCapitalized
    }
}
