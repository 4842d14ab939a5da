import Foundation

/// The form under which names are compared: case, accents, "the", periods and hyphens do
/// not matter, so "U.S." finds "US", "al-Sisi" finds "Al Sisi" and "Zelenskyy" stays apart
/// from "Zelensky" only by spelling.
public enum NameKey {
    public static func make(_ name: String) -> String {
        // The writer makes a key for every name of every document: most names are ASCII, and
        // for them one pass over the bytes does what the general path does with Unicode
        // scalars, at a tenth of the cost.
        asciiKey(name) ?? foldedKey(name)
    }

    /// The key of any name, through Foundation's folding of case and accents.
    static func foldedKey(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case ".": continue
            case "-": scalars.append(" ")
            case "\u{2019}": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        var key = Substring(String(scalars))
        if key.hasSuffix("'s") { key.removeLast(2) }
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key.split(separator: " ").joined(separator: " ")
    }

    /// The key of an ASCII name, or nil for any other: lowercased, periods dropped, hyphens
    /// as spaces, a final "'s" and a leading "the " removed, runs of spaces made one.
    static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "."): continue
            case UInt8(ascii: "-"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            default: bytes.append(byte)
            }
        }
        var words = bytes[...]
        if words.count >= 2, words.suffix(2).elementsEqual("'s".utf8) { words.removeLast(2) }
        if words.starts(with: "the ".utf8) { words.removeFirst(4) }
        var key: [UInt8] = []
        key.reserveCapacity(words.count)
        for word in words.split(separator: UInt8(ascii: " ")) {
            if !key.isEmpty { key.append(UInt8(ascii: " ")) }
            key.append(contentsOf: word)
        }
        return String(decoding: key, as: UTF8.self)
    }
}
