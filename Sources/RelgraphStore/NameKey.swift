import Foundation

/// The form under which names are compared: case, accents, "the", periods and hyphens do
/// not matter, so "U.S." finds "US", "al-Sisi" finds "Al Sisi" and "Zelenskyy" stays apart
/// from "Zelensky" only by spelling.
public enum NameKey {
    public static func make(_ name: String) -> String {
        var key = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        key = key.replacingOccurrences(of: "\u{2019}", with: "'")
        if key.hasSuffix("'s") { key.removeLast(2) }
        if key.hasPrefix("the ") { key.removeFirst(4) }
        key = key.replacingOccurrences(of: ".", with: "")
        key = key.replacingOccurrences(of: "-", with: " ")
        return key.split(separator: " ").joined(separator: " ")
    }
}
