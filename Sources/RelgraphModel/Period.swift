/// A span of publication dates that questions are limited to: `--since 2024 --until 2024-06`.
///
/// Either end may be open. An end is a year, a month or a day, and takes in all of it:
/// `until: "2024-02"` keeps every day of February. Only dated documents fall in a period.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    /// The first day in the period, "YYYY-MM-DD", or nil for no lower bound.
    public let since: String?
    /// The last day in the period, "YYYY-MM-DD" (a day of 31 for whole months: dates compare
    /// as text), or nil for no upper bound.
    public let until: String?

    /// Why a period cannot be read.
    public enum PeriodError: Error, CustomStringConvertible, Equatable {
        case notADate(String)
        case reversed(since: String, until: String)

        public var description: String {
            switch self {
            case .notADate(let text): "\"\(text)\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (2024, 2024-03, 2024-03-15)"
            case .reversed(let since, let until): "the period ends (\(until)) before it begins (\(since)); swap --since and --until"
            }
        }
    }

    /// - Throws: ``PeriodError`` for a bound that is not YYYY, YYYY-MM or YYYY-MM-DD, or when
    ///   `until` comes before `since`.
    public init(since: String? = nil, until: String? = nil) throws {
        self.since = try since.map { try Self.bound($0, last: false) }
        self.until = try until.map { try Self.bound($0, last: true) }
        if let a = self.since, let b = self.until, b < a, let since, let until { throw PeriodError.reversed(since: since, until: until) }
    }

    /// Whether `date` falls in the period (never for an undated document).
    public func contains(_ date: DocumentDate?) -> Bool {
        guard let date else { return false }
        let text = date.description
        return (since.map { text >= $0 } ?? true) && (until.map { text <= $0 } ?? true)
    }

    /// The lower and upper bounds as SQL arguments: open ends become strings before and after
    /// every date.
    public var bounds: (lower: String, upper: String) { (since ?? "0000", until ?? "9999") }

    /// "from 2024-01-01 to 2024-06-31", "since 2024-01-01": words for messages.
    public var description: String {
        switch (since, until) {
        case let (a?, b?): "from \(a) to \(b)"
        case let (a?, nil): "since \(a)"
        case let (nil, b?): "until \(b)"
        case (nil, nil): "at any time"
        }
    }

    private static func bound(_ text: String, last: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let year = Int(parts[0])
        else { throw PeriodError.notADate(text) }
        let month = parts.count > 1 ? Int(parts[1]) : (last ? 12 : 1)
        let day = parts.count > 2 ? Int(parts[2]) : (last ? 31 : 1)
        guard let month, let day, (1...12).contains(month),
            parts.count < 3 ? true : DocumentDate(year: year, month: month, day: day) != nil
        else { throw PeriodError.notADate(text) }
        return "\(parts[0])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
