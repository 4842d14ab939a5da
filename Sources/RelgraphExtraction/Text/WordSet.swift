/// A fixed set of words written in code ("urged", "USS", "Monday"), asked about token by token.
///
/// The readers ask such sets about nearly every token of a document. A `Set<String>` hashes
/// each question with SipHash, several hundred instructions for a word of a few letters; a
/// `WordSet` packs a short ASCII word's bytes into two integers and finds them in a table,
/// with a multiply for a hash.
///
/// It answers exactly as `Set<String>` would. `String` compares by canonical equivalence;
/// two ASCII strings are equivalent only when their bytes are equal, so an ASCII word is
/// answered from its bytes. Any other word goes to a dictionary keyed by `String`. (The
/// only characters that Unicode makes equivalent to ASCII ones, the Kelvin sign, the Greek
/// question mark and the Greek varia, are kept out of the members.)
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let index: WordIndex

    init(_ words: some Sequence<String>) {
        index = WordIndex(words)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        index.number(of: word) != nil
    }

    /// Whether the token's lowercased word is a member: its packing was made once, when the
    /// word was read, so the question costs only the table's probe.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        token.lowercasedKey == .empty ? contains(token.lowercased) : index.number(ofPacked: token.lowercasedKey) != nil
    }
}

/// A fixed table from words written in code to values, looked up like a ``WordSet``.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let index: WordIndex
    /// The values by the number the index gives their word.
    private let values: [Value]

    init(dictionaryLiteral pairs: (String, Value)...) {
        index = WordIndex(pairs.map(\.0))
        precondition(index.count == pairs.count, "a word map with a word written twice")
        // Words are numbered in the order given.
        values = pairs.map(\.1)
    }

    subscript(word: String) -> Value? {
        index.number(of: word).map { values[Int($0)] }
    }
}

/// The words of a ``WordSet`` or ``WordMap``, numbered.
///
/// An ASCII word of 1 to 15 bytes, nearly every question, is packed into two integers and found
/// in one open-addressing table, with a multiply for a hash and no allocation; any other word
/// is looked up in a dictionary keyed by `String` that holds every member.
private struct WordIndex: Sendable {
    private struct Slot: Sendable {
        var word: PackedWord
        var number: Int32
    }

    /// Linear probing; a power of two in count, at most a quarter full. An empty slot holds
    /// the packing of no word (length 0).
    private var slots: [Slot]
    private var all: [String: Int32] = [:]

    init(_ words: some Sequence<String>) {
        var packed: [(PackedWord, Int32)] = []
        for word in words where all[word] == nil {
            precondition(
                !word.unicodeScalars.contains { $0 == "\u{212A}" || $0 == "\u{037E}" || $0 == "\u{1FEF}" },
                "a word set member equivalent to ASCII text: \(word)")
            let number = Int32(all.count)
            all[word] = number
            if let key = PackedWord(word) { packed.append((key, number)) }
        }
        var count = 8
        while count < packed.count * 4 { count *= 2 }
        slots = Array(repeating: Slot(word: PackedWord.empty, number: -1), count: count)
        for (key, number) in packed {
            var slot = key.slot(in: count)
            while slots[slot].number >= 0 { slot = (slot + 1) & (count - 1) }
            slots[slot] = Slot(word: key, number: number)
        }
    }

    /// How many words: they are numbered from 0 in the order first given.
    var count: Int { all.count }

    /// The number of `word`, if it is a member.
    @inline(__always)
    func number(of word: String) -> Int32? {
        guard let key = PackedWord(word) else { return all[word] }
        return number(ofPacked: key)
    }

    /// The number of the word `key` packs, which must not be ``PackedWord/empty``.
    @inline(__always)
    func number(ofPacked key: PackedWord) -> Int32? {
        var slot = key.slot(in: slots.count)
        while slots[slot].number >= 0 {
            if slots[slot].word == key { return slots[slot].number }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}

/// The bytes of an ASCII word of 1 to 15 bytes in two integers, its length in the last byte.
struct PackedWord: Equatable, Sendable {
    private var bytes: (UInt64, UInt64)

    static let empty = PackedWord(bytes: (0, 0))

    private init(bytes: (UInt64, UInt64)) {
        self.bytes = bytes
    }

    /// `nil` for an empty word, a longer one, or one with a byte outside ASCII.
    @inline(__always)
    init?(_ word: String) {
        var word = word
        guard let packed = word.withUTF8({ Self(utf8: $0) }) else { return nil }
        self = packed
    }

    /// Copied whole, not byte by byte: a word is a few instructions, whatever its length.
    @inline(__always)
    private init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard (1...15).contains(utf8.count) else { return nil }
        var packed: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &packed) { memory in
            memory.copyMemory(from: UnsafeRawBufferPointer(utf8))
            memory[15] = UInt8(utf8.count)
        }
        // A byte outside ASCII has its top bit set; the length, at most 15, has not.
        guard (packed.0 | packed.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        bytes = packed
    }

    static func == (a: PackedWord, b: PackedWord) -> Bool {
        a.bytes == b.bytes
    }

    /// The first slot to probe in a table of `count` slots, a power of two.
    @inline(__always)
    func slot(in count: Int) -> Int {
        let mixed = (bytes.0 &* 0x9E37_79B9_7F4A_7C15) ^ (bytes.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) & UInt64(count - 1))
    }
}
