import Foundation

/// A small, fast, seedable random number generator (SplitMix64).
///
/// The standard library's generator cannot be seeded; benchmarks and tests need the same
/// "random" data on every machine and every run.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element.
    public mutating func pick<C: Collection>(_ collection: C) -> C.Element where C.Index == Int {
        collection[collection.startIndex + Int(next() % UInt64(collection.count))]
    }

    /// An index in `0..<count`, small indices far more likely than large ones (a few
    /// entities are in most stories, most entities in few), like names in real news. The
    /// higher `power`, the more the first indices dominate.
    public mutating func skewed(_ count: Int, power: Double = 3) -> Int {
        let u = Double(next() >> 11) / Double(1 << 53)
        return min(count - 1, Int(pow(u, power) * Double(count)))
    }
}
