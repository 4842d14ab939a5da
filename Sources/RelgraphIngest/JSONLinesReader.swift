import Foundation

/// Reads a JSON Lines dump: one JSON object per line, each an article (see ``ArticleFields``).
///
/// A line that is not a JSON object, or has no text, is reported with its number; the other
/// lines are read. Blank lines are skipped.
public enum JSONLinesReader {
    /// Each record's line number and its article, or why it was skipped.
    public static func records(_ text: String) -> [(line: Int, article: Result<Article, RecordError>)] {
        var records: [(line: Int, article: Result<Article, RecordError>)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                records.append((number, .failure(.malformedJSON(line: number, reason: Self.reason(error)))))
                continue
            }
            guard let dictionary = object as? [String: Any] else {
                records.append((number, .failure(.notAnObject(line: number))))
                continue
            }
            var fields: [String: String] = [:]
            for (key, value) in dictionary {
                if let text = Self.string(value) { fields[ArticleFields.key(key)] = text }
            }
            records.append((number, ArticleFields.article(fields, line: number)))
        }
        return records
    }

    /// A field as text: strings as they are, numbers written out (a timestamp), an object's
    /// "name" (NewsAPI's `"source": {"name": "..."}`).
    private static func string(_ value: Any) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        case let object as [String: Any]: object["name"] as? String
        default: nil
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        return text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }
}
