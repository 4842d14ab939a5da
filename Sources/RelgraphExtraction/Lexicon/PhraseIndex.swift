/// Phrases of one or more words, found in token sequences by longest match.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        /// The words' numbers in the lexicon's ``Vocabulary``.
        var indices: [Int32]
        /// The words as the lexicon writes them; decides how strictly case must match.
        var surface: [String]
        var cases: [CaseRule]
        var value: Value
    }

    /// How a token must be written to match a word of a phrase, read once from the lexicon.
    enum CaseRule: Sendable {
        /// A lowercase lexicon word ("of", al-Qaeda's "al"): any case.
        case any
        /// A capitalized lexicon word: capitalized in the text.
        case capitalized
        /// A word with inner capitals ("UN", "LinkedIn"): exactly so, or in all capitals.
        case exact

        init(_ surface: String) {
            let scalars = Array(surface.unicodeScalars)
            guard let first = scalars.first, first.isUppercaseLetter else {
                self = .any
                return
            }
            self = scalars.dropFirst().contains { $0.isUppercaseLetter } ? .exact : .capitalized
        }
    }

    /// Phrases by their first word, longest first.
    private var byFirstWord: [String: [Phrase]] = [:]
    /// The same lists by the first word's vocabulary number, for tokens looked up in the vocabulary.
    private var byFirstIndex: [[Phrase]] = []

    mutating func insert(_ words: [String], _ value: Value, indices: [Int32], surface: [String]? = nil) {
        guard let first = words.first else { return }
        var list = byFirstWord[first, default: []]
        if let k = list.firstIndex(where: { $0.words == words }) {
            list[k].value = value
        } else {
            let surface = surface ?? words
            list.append(Phrase(words: words, indices: indices, surface: surface, cases: surface.map(CaseRule.init), value: value))
            list.sort { $0.words.count > $1.words.count }
        }
        byFirstWord[first] = list
        let slot = Int(indices[0])
        if byFirstIndex.count <= slot { byFirstIndex += Array(repeating: [], count: slot + 1 - byFirstIndex.count) }
        byFirstIndex[slot] = list
    }

    func exact(_ words: [String]) -> Value? {
        byFirstWord[words.first ?? ""]?.first(where: { $0.words == words })?.value
    }

    /// The longest phrase that starts at `tokens[start]`.
    ///
    /// With `respectCase`, a lexicon word written with inner capitals ("UN", "LinkedIn") must
    /// appear exactly so (or in all capitals), and a capitalized lexicon word must be
    /// capitalized in the text; lowercase lexicon words ("of", "al-Qaeda"'s "al") match any case.
    func longestMatch(in tokens: [Token], at start: Int, end: Int? = nil, respectCase: Bool, skippingAdverbs: Bool = false)
        -> (length: Int, phrase: Phrase)?
    {
        let limit = end ?? tokens.count
        guard start < limit else { return nil }
        let first = tokens[start].vocabularyIndex
        let candidates: [Phrase]
        switch first {
        case 0...:
            guard Int(first) < byFirstIndex.count else { return nil }
            candidates = byFirstIndex[Int(first)]
        case Vocabulary.unknown:
            return nil
        default:
            guard let list = byFirstWord[tokens[start].lowercased] else { return nil }
            candidates = list
        }
        // By position, so that only the phrase that matches is copied out.
        candidates: for p in candidates.indices where start + candidates[p].words.count <= limit {
            var skipped = 0
            for k in candidates[p].words.indices {
                // Fields are read in place: copying a token copies its strings.
                var t = start + k + skipped
                // "stands firmly with", "pointed the finger squarely at": one adverb inside a phrase.
                if skippingAdverbs, k > 0, skipped == 0, t + 1 < limit, isAdverb(tokens[t]), !matches(tokens[t], candidates[p], k) {
                    skipped = 1
                    t += 1
                }
                guard t < limit, matches(tokens[t], candidates[p], k) else { continue candidates }
                // Only the last word may be possessive: "Russia's", not "Russia's Federation".
                // "People's Republic of China": unless the lexicon writes the possessive itself.
                if k < candidates[p].words.count - 1, tokens[t].isPossessive, !candidates[p].words[k].hasSuffix("s"),
                    !candidates[p].surface[k].hasSuffix("'s")
                {
                    continue candidates
                }
                if respectCase, !Self.caseMatches(tokens[t], candidates[p].cases[k], candidates[p].surface[k]) { continue candidates }
            }
            return (candidates[p].words.count + skipped, candidates[p])
        }
        return nil
    }

    @inline(__always)
    private func isAdverb(_ token: borrowing Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lowercased.hasSuffix("ly")
    }

    /// Whether `token` is the phrase's `k`th word: by vocabulary number where it was looked up.
    @inline(__always)
    private func matches(_ token: borrowing Token, _ phrase: borrowing Phrase, _ k: Int) -> Bool {
        token.vocabularyIndex != Vocabulary.notLookedUp ? token.vocabularyIndex == phrase.indices[k] : token.lowercased == phrase.words[k]
    }

    @inline(__always)
    static func caseMatches(_ token: Token, _ rule: CaseRule, _ surface: String) -> Bool {
        switch rule {
        case .any: true
        case .capitalized: token.isCapitalized
        case .exact: token.text == surface || token.isAllCaps
        }
    }
}
