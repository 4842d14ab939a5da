import Foundation
import RelgraphModel

/// The date and headline at the top of a plain-text article, as people save them:
///
/// - a line that is a date ("September 24, 2018", "2023-06-01", "Published: March 3, 2024");
/// - a dateline opening the story ("WASHINGTON, March 3, 2024 —", "KYIV, Ukraine, Sept. 24
///   (AP) —"); one without a year takes the year written in a date near it, else the story
///   stays undated with a warning;
/// - a headline: a first line of at most 200 characters, not ending like a sentence nor a
///   byline ("By ..."), with a blank line or a date line after it.
///
/// Only the first lines are read, so a date the story recalls further down is never taken for
/// its own.
enum PlainTextMetadata {
    /// How many non-empty lines from the top are read.
    static let openingLines = 6

    static func read(_ text: String) -> Article.Parts {
        var parts = Article.Parts()
        let lines = topLines(of: text)
        let opening = lines.enumerated().filter { !$0.element.isEmpty }.prefix(openingLines)
        var dateLine: Int?
        var undatedDateline: String?
        for (index, line) in opening {
            if let date = dateOnly(line) {
                parts.metadata.date = date
                dateLine = index
                break
            }
            if let dateline = Dateline(line) {
                if let date = dateline.date(yearFrom: lines.prefix(index)) {
                    parts.metadata.date = date
                } else {
                    undatedDateline = dateline.written
                }
                dateLine = index
                break
            }
        }
        if parts.metadata.date == nil, let written = undatedDateline {
            parts.warnings.append("its dateline \"\(written)\" gives no year; ingested undated (pass --date to set one)")
        }
        if let (index, first) = opening.first, index != dateLine, first.count <= 200, !first.hasPrefix("By "),
            !(first.last.map { ".!?,;:\"”".contains($0) } ?? true),
            index + 1 < lines.count, lines[index + 1].isEmpty || index + 1 == dateLine
        {
            parts.metadata.title = first
        }
        return parts
    }

    /// The lines from the top through the line after the last opening line, trimmed: all that
    /// ``read(_:)`` looks at, without splitting the rest of a long story.
    ///
    /// The lines of the first 4,000 characters, as `split` would cut them, found one at a time:
    /// cutting all of them first cost as much as a seventh of an ingest, for the few read.
    /// - Parameter walkingCharacters: cut by walking characters even where bytes would do (for
    ///   tests, which check that the two cut alike).
    static func topLines(of text: String, walkingCharacters: Bool = false) -> [String] {
        var lines: [String] = []
        var nonEmpty = 0
        /// Takes one line; false once enough are taken.
        func take(_ line: Substring) -> Bool {
            let trimmed = line.drop(while: \.isWhitespace)
            let end = trimmed.lastIndex { !$0.isWhitespace }
            lines.append(end.map { String(trimmed[...$0]) } ?? "")
            if nonEmpty == openingLines { return false }
            if end != nil { nonEmpty += 1 }
            return true
        }
        if !walkingCharacters, let (newlines, isWhole) = Self.newlines(in: text, limit: 4000) {
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var start = 0
            for newline in newlines {
                guard take(text[index(start)..<index(newline)]) else { return lines }
                start = newline + 1
            }
            if isWhole {
                _ = take(text[index(start)...])
                return lines
            }
            // The lines run on past the bytes looked at, where the 4,000th character may fall:
            // walk the characters, from the top.
            lines = []
            nonEmpty = 0
        }
        var start = text.startIndex
        var index = start
        var characters = 0
        while index < text.endIndex, characters < 4000 {
            if text[index] == "\n" {
                guard take(text[start..<index]) else { return lines }
                start = text.index(after: index)
            }
            index = text.index(after: index)
            characters += 1
        }
        _ = take(text[start..<index])
        return lines
    }

    /// The byte offsets of the newlines among a text's first `limit` bytes, and whether those
    /// are the whole text; nil when a carriage return is among them.
    ///
    /// A newline is always a character of its own unless a carriage return comes before it
    /// (Unicode's grapheme rules), and its byte offset is never less than its place among the
    /// characters: so the lines cut at these bytes are the lines walking the first `limit`
    /// characters cuts, found at a fortieth of the cost.
    private static func newlines(in text: String, limit: Int) -> (offsets: [Int], isWhole: Bool)? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (offsets: [Int], isWhole: Bool)? in
            let end = min(bytes.count, limit)
            guard let base = bytes.baseAddress else { return ([], true) }
            // memchr, not a loop over the bytes: a tenth of the instructions.
            if memchr(base, Int32(UInt8(ascii: "\r")), end) != nil { return nil }
            var offsets: [Int] = []
            var offset = 0
            while offset < end, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), end - offset) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(newline)
                offset = newline + 1
            }
            return (offsets, end == bytes.count)
        }
        return found ?? nil
    }

    /// Words that may stand before a date line's date, longest first.
    private static let labels = [
        "first published on", "first published", "last updated on", "last updated", "published on", "posted on", "updated on",
        "published:", "posted:", "updated:", "date:", "published", "posted", "updated", "dated",
    ]

    /// A line that is a date and nothing else but a label ("Published:") or a time after it.
    static func dateOnly(_ line: String) -> DocumentDate? {
        // At most 60 characters, found without counting all of a long line's: where the first 61
        // bytes are ASCII other than a carriage return, each is a character of its own, and the
        // line has a 61st (most lines of a story, passed over without walking characters).
        if Self.startsWithASCIICharacters(line, count: 61) { return nil }
        if let sixtieth = line.index(line.startIndex, offsetBy: 60, limitedBy: line.endIndex), sixtieth != line.endIndex { return nil }
        var rest = Substring(line)
        let lowercased = line.lowercased()
        if let label = labels.first(where: { lowercased.hasPrefix($0) }) { rest = rest.dropFirst(label.count) }
        return DocumentDate(String(rest))
    }

    /// Whether the line's first `count` bytes are all ASCII and none a carriage return, so each
    /// is one character (a carriage return may join the newline after it).
    static func startsWithASCIICharacters(_ line: String, count: Int) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= count && !bytes.prefix(count).contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
        } ?? false
    }

    /// "WASHINGTON, March 3 —": capitals naming a place, a comma, a month and day (and a
    /// year), then a dash; an agency in brackets may stand before the dash.
    struct Dateline {
        var month: Int
        var day: Int
        var year: Int?
        /// The date as written.
        var written: String

        private static let pattern = try! NSRegularExpression(
            pattern: #"^[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Za-z.' ]+)?, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)(?: \([^)]{1,40}\))? ?(?:—|–|--|-) ?"#)

        init?(_ line: String) {
            // Most lines are prose: two capitals and a dash are cheap to look for, a regular
            // expression is not.
            guard line.utf8.prefix(2).allSatisfy({ (0x41...0x5A).contains($0) }), Self.mayHoldDash(line), Self.mayHoldMonth(line),
                line.contains(where: { $0 == "—" || $0 == "–" || $0 == "-" })
            else { return nil }
            let range = NSRange(line.startIndex..., in: line)
            guard let match = Self.pattern.firstMatch(in: line, range: range), let dateRange = Range(match.range(at: 1), in: line) else { return nil }
            written = String(line[dateRange])
            let words = written.split { !$0.isLetter && !$0.isNumber }
            guard words.count >= 2, let month = DocumentDate.month(named: words[0]), let day = Int(words[1]) else { return nil }
            self.month = month
            self.day = day
            year = words.count > 2 ? Int(words[2]) : nil
        }

        /// Whether the line's bytes hold a hyphen or the start of a dash (U+2013, U+2014 begin
        /// E2 80): a line without is passed over without walking its characters.
        static func mayHoldDash(_ line: String) -> Bool {
            line.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "-")) || $0.contains(0xE2) } ?? true
        }

        /// Whether the line's bytes hold ", " and a month's first three letters, as the pattern
        /// needs before its date: a dateline without a date ("MEXICO CITY —") is passed over
        /// without the regular expression, which reads the line as UTF-16 first.
        static func mayHoldMonth(_ line: String) -> Bool {
            line.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.count >= 5 else { return false }
                for index in 0...(bytes.count - 5) where bytes[index] == UInt8(ascii: ",") && bytes[index + 1] == UInt8(ascii: " ") {
                    let month = (bytes[index + 2], bytes[index + 3], bytes[index + 4])
                    if monthStarts.contains(where: { $0 == month }) { return true }
                }
                return false
            } ?? true
        }

        /// The first three letters of each month, as the pattern writes them.
        private static let monthStarts: [(UInt8, UInt8, UInt8)] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map {
            let bytes = Array($0.utf8)
            return (bytes[0], bytes[1], bytes[2])
        }

        /// The full date: the year from the dateline, or else from a date written in the lines
        /// above it ("Updated 2024-03-03 10:00", "March 3, 2024").
        func date(yearFrom above: some Sequence<String>) -> DocumentDate? {
            if let year { return DocumentDate(year: year, month: month, day: day) }
            for line in above {
                let candidates = [line] + line.split { $0.isWhitespace }.map(String.init)
                if let date = candidates.lazy.compactMap({ PlainTextMetadata.dateOnly($0) }).first {
                    return DocumentDate(year: date.year, month: month, day: day)
                }
            }
            return nil
        }
    }
}
