import Foundation

/// Reads a CSV dump (RFC 4180: a header line, commas, fields quoted with `"` when they hold
/// commas, quotes or line breaks), one article a row (see ``ArticleFields``).
///
/// A row with more or fewer fields than the header is reported with the line it starts on;
/// the other rows are read. A quote that never closes ends the file there, reported.
public enum CSVRecordsReader {
    /// Each record's line number and its article, or why it was skipped; a header without a
    /// text column is one failure at line 1.
    public static func records(_ text: String) -> [(line: Int, article: Result<Article, RecordError>)] {
        var rows = parse(text)
        guard !rows.isEmpty, case .success(let header) = rows.removeFirst().fields else { return [] }
        let keys = header.map { ArticleFields.key($0.trimmingCharacters(in: .whitespaces)) }
        guard ArticleFields.text.contains(where: { keys.contains(ArticleFields.key($0)) }) else {
            return [(1, .failure(.noTextColumn(columns: header)))]
        }
        return rows.map { row in
            switch row.fields {
            case .failure(let error): return (row.line, .failure(error))
            case .success(let fields):
                guard fields.count == keys.count else {
                    return (row.line, .failure(.fieldCount(line: row.line, found: fields.count, expected: keys.count)))
                }
                let byKey = Dictionary(zip(keys, fields), uniquingKeysWith: { first, _ in first })
                return (row.line, ArticleFields.article(byKey, line: row.line))
            }
        }
    }

    /// The rows of a CSV text, each with the line it starts on; blank lines are skipped.
    static func parse(_ text: String) -> [(line: Int, fields: Result<[String], RecordError>)] {
        var rows: [(line: Int, fields: Result<[String], RecordError>)] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowStart = 1
        var quoted = false
        var wasQuoted = false
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowStart, .success(fields))) }
            fields.removeAll()
        }
        while i < bytes.count {
            let byte = bytes[i]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\""), field.isEmpty, !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == 0x0A {
                endRow()
                line += 1
                rowStart = line
            } else {
                field.append(byte)
            }
            i += 1
        }
        if quoted {
            rows.append((rowStart, .failure(.unterminatedQuote(line: rowStart))))
        } else if !field.isEmpty || !fields.isEmpty {
            endRow()
        }
        return rows
    }
}
