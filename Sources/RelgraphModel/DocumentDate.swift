/// The day a document was published, as news gives it: "2024-03-01", "2024-03-01T09:30:00Z",
/// "March 1, 2024", "1 March 2024", "Fri, 01 Mar 2024 09:30:00 GMT".
///
/// Written and compared as ISO 8601 text ("2024-03-01"), which sorts in date order, so SQLite
/// compares stored dates as strings through an index.
public struct DocumentDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid calendar day between 1800 and 2199, or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1800...2199).contains(year), (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a date written in any of the usual ways; nil when `text` is not one whole date
    /// (a year alone, "yesterday", an ambiguous "03/04/2024").
    public init?(_ text: String) {
        guard let date = Self.iso(text) ?? Self.worded(text) ?? Self.timestamp(text) else { return nil }
        self = date
    }

    /// "2024-03-01".
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = DocumentDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a date"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func trimmed(_ text: String) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of an English month's name or abbreviation ("March", "Mar", "Sept"), any case.
    public static func month(named word: Substring) -> Int? {
        let lower = word.lowercased()
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        if let index = names.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        guard lower.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// "2024-03-01", "2024/03/01", and the same followed by a time ("T09:30:00Z", " 09:30").
    private static func iso(_ text: String) -> DocumentDate? {
        let trimmed = Self.trimmed(text)
        let head = trimmed.prefix(10)
        let parts = head.split(separator: head.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        return DocumentDate(year: year, month: month, day: day)
    }

    /// "March 1, 2024", "Mar. 1 2024", "1 March 2024", "Friday, March 1, 2024 9:30 AM",
    /// "Fri, 01 Mar 2024 09:30:00 GMT": one month name, a day beside it, a four-digit year
    /// after them; other words only before the date (a weekday) or after it (a time).
    private static func worded(_ text: String) -> DocumentDate? {
        // The year is a word of four ASCII digits: a line without four in a row (most headlines
        // read for a date) is none, found without splitting it into words.
        guard hasFourDigits(text) else { return nil }
        let words = text.split { !$0.isLetter && !$0.isNumber }
        guard let m = words.firstIndex(where: { month(named: $0) != nil }), let month = month(named: words[m]) else { return nil }
        let dayBefore = m > 0 ? Int(words[m - 1]).flatMap { words[m - 1].count <= 2 ? $0 : nil } : nil
        let dayAfter = m + 1 < words.count && words[m + 1].count <= 2 ? Int(words[m + 1]) : nil
        guard let day = dayAfter ?? dayBefore else { return nil }
        let yearIndex = dayAfter != nil ? m + 2 : m + 1
        guard yearIndex < words.count, words[yearIndex].count == 4, let year = Int(words[yearIndex]) else { return nil }
        // Before the date, at most a weekday; numbers after the year are a time or a zone.
        let start = dayAfter != nil ? m : m - 1
        guard start == 0 || (start == 1 && weekdays.contains(words[0].lowercased())) else { return nil }
        return DocumentDate(year: year, month: month, day: day)
    }

    /// Whether four ASCII digits stand in a row among the text's bytes.
    static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Seconds (or milliseconds) since 1970, as feeds sometimes give them, in UTC.
    private static func timestamp(_ text: String) -> DocumentDate? {
        guard var seconds = Int(Self.trimmed(text)), seconds > 100_000_000 else { return nil }
        if seconds > 100_000_000_000 { seconds /= 1000 }
        return DocumentDate(daysSince1970: seconds / 86_400)
    }

    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
    public init?(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

/// Where a document came from and when: what `ingest` reads from a JSON or CSV record, an
/// HTML page's head or a plain text's date line, or from `--date`, `--title` and `--url`.
///
/// Every field is optional: a document may be undated, untitled and unlinked.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The day it was published.
    public var date: DocumentDate?
    /// Its headline.
    public var title: String?
    /// Where it can be read.
    public var url: String?
    /// Who published it: a newspaper, an agency, a web site.
    public var outlet: String?

    public init(date: DocumentDate? = nil, title: String? = nil, url: String? = nil, outlet: String? = nil) {
        self.date = date
        self.title = title
        self.url = url
        self.outlet = outlet
    }

    /// Whether nothing is known.
    public var isEmpty: Bool { date == nil && title == nil && url == nil && outlet == nil }

    /// These fields, with the ones `other` knows taking their place.
    public func overridden(by other: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(date: other.date ?? date, title: other.title ?? title, url: other.url ?? url, outlet: other.outlet ?? outlet)
    }
}
