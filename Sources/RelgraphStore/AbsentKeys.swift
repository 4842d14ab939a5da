/// The name keys no alias row holds, as far as a writer can tell without asking: a Bloom
/// filter of every key stored, in a graph whose alias table was empty when the writer's
/// memory began (a new database, as a first ingest makes).
///
/// A new person's name finds nothing: looking it up cost two or three queries of 8–12k
/// instructions each (the name, its loose key, the entity it may be). A key the filter never
/// took is in no row, so those queries are answered empty without being run. A key it took
/// may be in a row, or may share bits with others: the query runs, as it always did. Keys of
/// rows rolled back stay in the filter, which then only asks more often.
///
/// Fixed in size (1 MB, 2²³ bits, three bits a key): about 3 % of absent keys are asked for
/// anyway at a million keys, and more past that, whatever the graph's size.
struct AbsentKeys: Sendable {
    private var bits: [UInt64] = []

    /// Whether the filter holds every key the alias table holds; until then it tells nothing.
    var isComplete: Bool { !bits.isEmpty }

    static let bitCount = 1 << 23

    /// Starts holding every key, for an alias table that is empty.
    mutating func startForEmptyTable() {
        bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
    }

    /// Takes a key a statement stored (or may have stored).
    mutating func add(_ key: String) {
        guard isComplete else { return }
        let (first, step) = Self.hash(key)
        for k in 0..<Self.bitsPerKey {
            let bit = Self.bit(k, first, step)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether no alias row holds this key: true only when the filter is complete and one of
    /// the key's bits is clear.
    func lacks(_ key: String) -> Bool {
        guard isComplete else { return false }
        let (first, step) = Self.hash(key)
        for k in 0..<Self.bitsPerKey {
            let bit = Self.bit(k, first, step)
            if bits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return true }
        }
        return false
    }

    static let bitsPerKey = 3

    /// Where a key's bits start and how far apart they are, from a 64-bit FNV-1a hash of its
    /// bytes: cheaper than Swift's seeded `Hasher`, whose protection the filter does not need.
    private static func hash(_ key: String) -> (first: UInt64, step: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (hash, (hash >> 32) | 1)
    }

    /// The key's `k`th bit.
    private static func bit(_ k: Int, _ first: UInt64, _ step: UInt64) -> Int {
        Int((first &+ UInt64(k) &* step) & UInt64(bitCount - 1))
    }
}
