import Testing

@testable import RelgraphExtraction

@Suite("word sets written in code")
struct WordSetTests {
    /// Words of every length the packing treats apart: empty, 1, 8, 9, 15 and 16 bytes.
    static let members = [
        "urged", "USS", "Monday", "of", "", "\u{2014}", "café", "neighbours", "n't", "a", "abcdefgh", "abcdefghi",
        "counterterroris", "counterterrorism", "K",
    ]

    /// Words a document may hold: members, near misses, other cases, non-ASCII spellings of
    /// members (decomposed "café", the Kelvin sign for "K"), and punctuation.
    static let questions = members + [
        "urge", "urgedd", "Urged", "uss", "USS.", "monday", "Of", "o", "cafe", "cafe\u{301}", "caf\u{E9}", "\u{2013}", "-",
        "neighbors", "\u{212A}", "K", "n\u{2019}t", "Ωmega", "x", "the", "a-b", "1,300", "abcdefgi", "abcdefghj", "bbcdefghi",
        "counterterrorisn", "counterterrorist", "counterterrorisms", "A", "b",
    ]

    @Test("a word set answers every question as a Set<String> of the same words does")
    func agreesWithSet() {
        let set = Set(Self.members)
        let words = WordSet(Self.members)
        for question in Self.questions {
            #expect(words.contains(question) == set.contains(question), "\(question)")
        }
        // Canonically equal spellings, the standard library's equality: decomposed "café".
        #expect(words.contains("cafe\u{301}"))
    }

    @Test("asked with a token, a word set answers as it does for the token's lowercased word")
    func agreesForTokens() {
        let words = WordSet(Self.members)
        let text = Self.questions.filter { !$0.isEmpty }.joined(separator: " ") + " Counterterrorism CAFÉ Café URGED"
        let tokens = Tokenizer(lexicon: .standard).tokenize(text)
        #expect(tokens.count > Self.questions.count)
        for token in tokens {
            #expect(words.contains(token) == words.contains(token.lowercased), "\(token.text)")
        }
        #expect(tokens.contains { words.contains($0) && !$0.lowercased.allSatisfy(\.isASCII) }, "a member outside ASCII found by token")
    }

    @Test("a word map answers every question as a dictionary of the same pairs does")
    func agreesWithDictionary() {
        let map: WordMap<Int> = ["two": 2, "three": 3, "both": 2, "café": 9]
        let dictionary = ["two": 2, "three": 3, "both": 2, "café": 9]
        for question in Self.questions + ["two", "three", "both", "Two", "tw", "four"] {
            #expect(map[question] == dictionary[question], "\(question)")
        }
    }
}
