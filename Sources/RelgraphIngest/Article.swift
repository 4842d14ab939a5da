import Foundation
import RelgraphModel

/// One document as read from its input: the text to extract from, what is known of where and
/// when it was published, and anything about the input the user should hear (a date that
/// could not be read).
public struct Article: Sendable, Equatable {
    public var text: String
    public var metadata: DocumentMetadata
    /// Problems that did not stop the document going in, each a sentence for the user.
    public var warnings: [String]

    public init(text: String, metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.text = text
        self.metadata = metadata
        self.warnings = warnings
    }
}

extension Article {
    /// What a reader finds about a document besides its text.
    struct Parts {
        var metadata = DocumentMetadata()
        var warnings: [String] = []
    }
}

/// Why one record of a JSON Lines or CSV file was skipped; the file's other records still go in.
public enum RecordError: Error, CustomStringConvertible, Equatable {
    case malformedJSON(line: Int, reason: String)
    case notAnObject(line: Int)
    case noText(line: Int)
    case fieldCount(line: Int, found: Int, expected: Int)
    case unterminatedQuote(line: Int)
    case noTextColumn(columns: [String])

    public var description: String {
        switch self {
        case .malformedJSON(let line, let reason): "line \(line) is not valid JSON (\(reason)); record skipped"
        case .notAnObject(let line): "line \(line) is not a JSON object ({\"text\": ..., \"date\": ...}); record skipped"
        case .noText(let line): "line \(line) has no text (a non-empty \(ArticleFields.text.joined(separator: ", ")) field); record skipped"
        case .fieldCount(let line, let found, let expected):
            "line \(line) has \(found) fields where the header has \(expected); record skipped (quote fields holding commas)"
        case .unterminatedQuote(let line): "line \(line) opens a quoted field that never closes; this record and the rest of the file skipped"
        case .noTextColumn(let columns):
            "its header (\(columns.joined(separator: ", "))) has no text column; name one \(ArticleFields.text.joined(separator: ", "))"
        }
    }
}

/// The usual names of an article's fields in news dumps, and how a record becomes an
/// ``Article``. Names match ignoring case, underscores and hyphens ("publishedAt",
/// "publish_date").
public enum ArticleFields {
    public static let text = ["text", "body", "content", "article", "full_text", "story"]
    public static let date = ["date", "published", "publish_date", "datetime", "published_at", "pubdate", "date_publish", "timestamp"]
    public static let title = ["title", "headline"]
    public static let url = ["url", "link", "canonical_url"]
    public static let outlet = ["source", "outlet", "domain", "publisher", "site", "source_domain"]

    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// The first non-empty value among `names`.
    static func value(_ names: [String], in fields: [String: String]) -> String? {
        for name in names {
            if let value = fields[key(name)]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
        }
        return nil
    }

    /// An article from a record's fields, keyed by ``key(_:)``.
    static func article(_ fields: [String: String], line: Int) -> Result<Article, RecordError> {
        guard let text = value(Self.text, in: fields) else { return .failure(.noText(line: line)) }
        var article = Article(text: text)
        article.metadata.title = value(title, in: fields)
        article.metadata.url = value(url, in: fields)
        article.metadata.outlet = value(outlet, in: fields)
        if let written = value(date, in: fields) {
            article.metadata.date = DocumentDate(written)
            if article.metadata.date == nil { article.warnings.append(DateWarning.unreadable(written)) }
        }
        return .success(article)
    }
}

/// The words of a warning about a date.
enum DateWarning {
    static func unreadable(_ text: String) -> String {
        "its date \"\(text.prefix(60))\" is not a date relgraph reads (2024-03-01, March 1, 2024); ingested undated (pass --date to set one)"
    }
}
