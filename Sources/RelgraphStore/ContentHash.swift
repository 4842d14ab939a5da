/// A 128-bit fingerprint of a document's bytes, to recognize a document ingested before.
///
/// Two 64-bit FNV-1a hashes with different offset bases, plus the length: not a
/// cryptographic hash, but collisions between distinct news articles are vanishingly unlikely
/// (about one in 10^19 per pair), and it needs no dependency.
enum ContentHash {
    static func of(_ text: String) -> String {
        // Over the bytes in place where the string has them so (a native string always does):
        // iterating its UTF-8 view cost seven times as much, 2 % of an ingest.
        text.utf8.withContiguousStorageIfAvailable { fingerprint($0) } ?? fingerprint(Array(text.utf8))
    }

    static func fingerprint(_ bytes: some Sequence<UInt8>) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var count = 0
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* prime
            b = (b &* prime) ^ UInt64(byte)
            count += 1
        }
        return hex(a) + hex(b) + "-" + String(count)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
