import Foundation
import RelgraphModel

/// What a saved news page says about itself: its headline (`og:title`, else `<title>`), its
/// date (`article:published_time` and the other usual meta tags, JSON-LD `datePublished`, else
/// the first `<time datetime>`), its address (`<link rel="canonical">`, else `og:url`) and its
/// outlet (`og:site_name`).
enum HTMLMetadata {
    private static let dateNames = [
        "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc.date",
        "parsely-pub-date", "sailthru.date", "og:published_time",
    ]

    static func read(_ html: String) -> Article.Parts {
        var meta: [String: String] = [:]
        var canonical: String?
        var title: String?
        var timeDate: String?
        for tag in Tags(html) {
            switch tag.name {
            case "meta":
                guard let content = tag.attributes["content"] else { continue }
                for key in ["property", "name", "itemprop"] {
                    if let name = tag.attributes[key]?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case "link":
                if tag.attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil {
                    canonical = tag.attributes["href"]
                }
            case "title":
                if title == nil { title = tag.text }
            case "time":
                if timeDate == nil { timeDate = tag.attributes["datetime"] }
            default: break
            }
        }
        var parts = Article.Parts()
        parts.metadata.title = [meta["og:title"], meta["twitter:title"], title].lazy.compactMap { $0.flatMap(Self.clean) }.first
        parts.metadata.url = [canonical, meta["og:url"]].lazy.compactMap { $0.flatMap(Self.clean) }.first
        parts.metadata.outlet = meta["og:site_name"].flatMap(Self.clean)
        let written = dateNames.lazy.compactMap { meta[$0] }.first ?? jsonLDDate(html) ?? timeDate
        if let written = written.flatMap(Self.clean) {
            parts.metadata.date = DocumentDate(written)
            if parts.metadata.date == nil { parts.warnings.append(DateWarning.unreadable(written)) }
        }
        return parts
    }

    /// `"datePublished": "2024-03-01T..."` in a JSON-LD script.
    private static func jsonLDDate(_ html: String) -> String? {
        guard let key = html.range(of: "\"datePublished\"") else { return nil }
        let rest = html[key.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\t" || $0 == "\n" }
        guard rest.first == "\"" else { return nil }
        return String(rest.dropFirst().prefix { $0 != "\"" })
    }

    private static func clean(_ text: String) -> String? {
        let words = HTMLText.decodeReferences(text).split { $0.isWhitespace }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The start tags of a page, in order, with their attributes (lower-case names); for
    /// `<title>`, the text up to its end tag. Comments and scripts' contents are skipped.
    struct Tags: Sequence, IteratorProtocol {
        struct Tag {
            var name: String
            var attributes: [String: String]
            var text: String?
        }

        private let bytes: [UInt8]
        private var i = 0

        init(_ html: String) { bytes = Array(html.utf8) }

        mutating func next() -> Tag? {
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "<") else {
                    i += 1
                    continue
                }
                if bytes[i...].starts(with: "<!--".utf8) {
                    i = find("-->", from: i + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                let inside = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
                i = end + 1
                guard let first = inside.first, first.isLetter else { continue }
                let name = String(inside.prefix { $0.isLetter || $0.isNumber }).lowercased()
                var tag = Tag(name: name, attributes: Self.attributes(inside.dropFirst(name.count)))
                if name == "script" || name == "style" {
                    i = find("</\(name)", from: i) ?? bytes.count
                } else if name == "title" {
                    let close = find("</title", from: i) ?? bytes.count
                    tag.text = String(decoding: bytes[Swift.min(i, close)..<close], as: UTF8.self)
                    i = close
                }
                return tag
            }
            return nil
        }

        private func find(_ needle: String, from start: Int) -> Int? {
            let needle = Array(needle.utf8)
            var k = start
            while k + needle.count <= bytes.count {
                if bytes[k] == needle[0], bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
                k += 1
            }
            return nil
        }

        /// `name="value" name='value' name=value name`.
        static func attributes(_ text: Substring) -> [String: String] {
            var result: [String: String] = [:]
            var rest = text[...]
            while true {
                rest = rest.drop { $0.isWhitespace || $0 == "/" }
                let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
                guard !name.isEmpty else { break }
                rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop(while: \.isWhitespace)
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        let body = rest.dropFirst().prefix { $0 != quote }
                        value = String(body)
                        rest = rest.dropFirst(body.count + 2)
                    } else {
                        let body = rest.prefix { !$0.isWhitespace }
                        value = String(body)
                        rest = rest.dropFirst(body.count)
                    }
                }
                let key = name.lowercased()
                if result[key] == nil { result[key] = value }
            }
            return result
        }
    }
}
