import Foundation

/// The form under which names are compared: case, accents, "the", periods and hyphens do
/// not matter, so "U.S." finds "US", "al-Sisi" finds "Al Sisi" and "Zelenskyy" stays apart
/// from "Zelensky" only by spelling.
public enum NameKey {
    public static func make(_ name: String) -> String {
        // Most names are ASCII; Foundation's folding costs far more than lowercasing them.
        let folded = name.utf8.allSatisfy { $0 < 0x80 }
            ? name.lowercased() : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
}
