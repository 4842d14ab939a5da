/// The year a news story was written, when its opening says: "November 18, 2009",
/// "04 March 2008", "2002-03-06".
///
/// Only a year beside a month, or a full numeric date, counts: a bare "2014" may be the year
/// of anything the story recalls. Only the opening is read, where datelines and release dates
/// stand; a year is what the who's-who needs to tell a vice president from a president.
struct DocumentYear {
    private(set) var year: Int?

    /// How many tokens from the start a date is looked for.
    static let openingLength = 200

    init(tokens: [Token], lexicon: Lexicon) {
        for k in tokens.indices.prefix(Self.openingLength) where tokens[k].kind == .number {
            if let year = Self.isoYear(tokens[k].text) ?? monthYear(at: k, in: tokens, lexicon: lexicon) {
                self.year = year
                return
            }
        }
    }

    /// "March 2, 2008" and "2 March 2008": a year at most three tokens after a month name.
    private func monthYear(at k: Int, in tokens: [Token], lexicon: Lexicon) -> Int? {
        guard let year = Self.plausibleYear(tokens[k].text) else { return nil }
        let monthNearby = tokens[max(0, k - 3)..<k].contains { lexicon.isWord($0, in: .month) && $0.isCapitalized }
        return monthNearby ? year : nil
    }

    /// "2002-03-06", one token to the tokenizer.
    private static func isoYear(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].utf8.count == 2, parts[2].utf8.count == 2, parts.allSatisfy({ Int($0) != nil }) else {
            return nil
        }
        return plausibleYear(String(parts[0]))
    }

    private static func plausibleYear(_ text: String) -> Int? {
        guard text.utf8.count == 4, let year = Int(text), (1900...2099).contains(year) else { return nil }
        return year
    }
}
