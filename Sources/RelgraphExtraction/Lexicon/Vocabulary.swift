/// Every word the lexicon knows, numbered, with the word classes each belongs to.
///
/// A tokenizer given the lexicon looks each word up here by its lowercased UTF-8 bytes;
/// phrase matching and word-class questions then compare and index by number.
///
/// The table is keyed by bytes rather than by `String` so that a look-up hashes the few bytes
/// of a word with FNV-1a instead of building a `String` and hashing it with SipHash: it runs
/// once per token of every document.
struct Vocabulary: Sendable {
    /// A token not yet looked up: questions about it fall back to its text.
    static let notLookedUp: Int32 = -1
    /// A word the lexicon does not know: no phrase starts with it, no class holds it.
    static let unknown: Int32 = -2

    /// The words by number, so that tokens of known words share one string.
    private(set) var words: [String] = []
    private var classMasks: [UInt64] = []
    /// Every word's bytes, one after another; word `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt32] = []
    /// Open addressing with linear probing: a word's number, or -1 for an empty slot. The
    /// count is a power of two and at most half the slots are full.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The number of this lowercased word, if the lexicon knows it.
    func index(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { index(of: $0) }
    }

    /// The number of the lowercased word with these UTF-8 bytes, if the lexicon knows it.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        index(of: word, hash: Self.hash(word))
    }

    private func index(of word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            if hashes[Int(slots[slot])] == hash, matches(Int(slots[slot]), word) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The number of this lowercased word, added if not seen before.
    mutating func add(_ word: String) -> Int32 {
        var utf8 = word
        let (hash, known) = utf8.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            return (hash, index(of: bytes, hash: hash))
        }
        if let known { return known }
        let number = Int32(words.count)
        words.append(word)
        classMasks.append(0)
        bytes.append(contentsOf: word.utf8)
        starts.append(bytes.count)
        hashes.append(hash)
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for n in words.indices { place(Int32(n)) }
        } else {
            place(number)
        }
        return number
    }

    mutating func add(_ words: [String]) -> [Int32] {
        words.map { add($0) }
    }

    mutating func addClass(_ wordClass: WordClass, to index: Int32) {
        classMasks[Int(index)] |= wordClass.bit
    }

    func classes(of index: Int32) -> UInt64 {
        classMasks[Int(index)]
    }

    private mutating func place(_ index: Int32) {
        var slot = Int(hashes[Int(index)]) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = index
    }

    private func matches(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == word.count else { return false }
        for k in word.indices where bytes[start + k] != word[k] { return false }
        return true
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
