/// The readable text of an HTML page, for people who save articles from a browser.
///
/// Not an HTML parser: one linear pass that drops tags, comments, scripts and styles, turns
/// block elements into paragraph breaks and decodes character references. That is all that
/// sentence splitting and name finding need.
enum HTMLText {
    static func looksLikeHTML(_ text: String) -> Bool {
        let start = text.utf8.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
        let head = String(decoding: start.prefix(15), as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    private static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "article", "section", "header",
        "footer", "blockquote", "table", "ul", "ol", "hr",
    ]
    /// Never the article: code, the head, and page chrome (menus, side bars, share buttons and
    /// forms, whose social networks would otherwise read as organizations in the story).
    private static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "aside", "button", "form", "svg",
    ]
    private static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…",
    ]

    static func plainText(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var hiddenUntil: String?  // inside <script> and the like: skip to its end tag
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                if bytes[i...].starts(with: Array("<!--".utf8)) {
                    i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                let tag = tagName(bytes[(i + 1)..<end])
                if let hidden = hiddenUntil {
                    if tag.closing && tag.name == hidden { hiddenUntil = nil }
                } else if hiddenElements.contains(tag.name), !tag.closing {
                    hiddenUntil = tag.name
                } else if blockElements.contains(tag.name) {
                    output.append(contentsOf: [0x0A, 0x0A])
                }
                i = end + 1
                continue
            }
            if hiddenUntil != nil {
                i += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (text, length) = reference(bytes, at: i) {
                output.append(contentsOf: text.utf8)
                i += length
                continue
            }
            output.append(byte == 0x0A || byte == 0x09 ? 0x20 : byte)
            i += 1
        }
        return tidy(String(decoding: output, as: UTF8.self))
    }

    /// Text with its character references ("&amp;", "&#8212;") decoded.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let (decoded, length) = reference(bytes, at: i) {
                output.append(contentsOf: decoded.utf8)
                i += length
            } else {
                output.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func tagName(_ inside: ArraySlice<UInt8>) -> (name: String, closing: Bool) {
        var rest = inside.drop { $0 == 0x20 }
        let closing = rest.first == UInt8(ascii: "/")
        if closing { rest = rest.dropFirst() }
        let name = rest.prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        return (String(decoding: name, as: UTF8.self).lowercased(), closing)
    }

    /// "&amp;", "&#8212;", "&#x2014;" at `start`: the text it stands for and its length.
    private static func reference(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        let window = bytes[(start + 1)..<min(bytes.count, start + 12)]
        guard let semicolon = window.firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (String(Character(scalar)), length)
        }
        return namedReferences[body].map { ($0, length) }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Lines trimmed and runs of spaces collapsed; at most one empty line between paragraphs.
    private static func tidy(_ text: String) -> String {
        var paragraphs: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else {
                current += (current.isEmpty ? "" : " ") + words.joined(separator: " ")
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}
