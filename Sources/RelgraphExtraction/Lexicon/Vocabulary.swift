/// Every word the lexicon knows, numbered, with the word classes each belongs to.
///
/// A document's tokens are looked up here once (``Lexicon/annotate(_:)``); phrase matching
/// and word-class questions then compare and index by number.
struct Vocabulary: Sendable {
    /// A token not yet looked up: questions about it fall back to its text.
    static let notLookedUp: Int32 = -1
    /// A word the lexicon does not know: no phrase starts with it, no class holds it.
    static let unknown: Int32 = -2

    private var indices: [String: Int32] = [:]
    private var classMasks: [UInt32] = []

    func index(of word: String) -> Int32? {
        indices[word]
    }

    /// The number of this lowercased word, added if not seen before.
    mutating func add(_ word: String) -> Int32 {
        if let index = indices[word] { return index }
        let index = Int32(classMasks.count)
        indices[word] = index
        classMasks.append(0)
        return index
    }

    mutating func add(_ words: [String]) -> [Int32] {
        words.map { add($0) }
    }

    mutating func addClass(_ wordClass: WordClass, to index: Int32) {
        classMasks[Int(index)] |= wordClass.bit
    }

    func classes(of index: Int32) -> UInt32 {
        classMasks[Int(index)]
    }
}
