/// Text made safe for HTML, and the frame every page shares.
///
/// Every name, alias, role, sentence and document path is hostile input: it goes into a page
/// only through ``escape(_:)``, which leaves no character that can open a tag, an entity or
/// end an attribute value.
enum HTML {
    /// `text` with `& < > " '` replaced by character references, safe in element content and
    /// in quoted attribute values alike.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A complete page: `title` (escaped here) and `body` (already HTML).
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · relgraph</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><a class="home" href="/">relgraph</a>
        <form class="search" action="/search" method="get"><input type="search" name="q" placeholder="Find a name or alias" aria-label="Name"><button>Find</button></form>
        <a href="/path">Path</a> <a href="/api">API</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Plain CSS, no external resources: the page works offline.
    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,Helvetica,Arial,sans-serif;margin:0;color:#1a202c;background:#f7fafc}
        header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#2d3748;color:#fff}
        header a{color:#e2e8f0}header .home{font-weight:bold;font-size:1.15em;text-decoration:none}
        main{padding:1em 1.5em;max-width:1200px}
        .search input{width:16em}
        h1{margin:.2em 0}.meta{color:#4a5568}
        .drawing{background:#fff;border:1px solid #e2e8f0;border-radius:6px;overflow:auto;max-height:75vh}
        .drawing svg{max-width:100%;height:auto}
        .groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:1em}
        .group{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.5em 1em}
        .group h3{margin:.3em 0}.group ul{padding-left:1.1em;margin:.3em 0}
        .count{color:#718096;font-size:.9em}
        form.filters{display:flex;flex-wrap:wrap;gap:.8em;align-items:end;margin:.8em 0}
        form.filters label{display:flex;flex-direction:column;font-size:.85em;color:#4a5568}
        .notice{background:#fefcbf;border:1px solid #ecc94b;padding:.4em .8em;border-radius:4px}
        blockquote{background:#fff;border-left:4px solid #a0aec0;margin:.6em 0;padding:.4em .9em}
        mark.party{background:#bee3f8}mark.other{background:#c6f6d5}mark.relation{background:#fefcbf;font-weight:600}
        .source{color:#4a5568;font-size:.85em}
        table{border-collapse:collapse}td,th{padding:.2em .8em;text-align:left;border-bottom:1px solid #e2e8f0}
        code{background:#edf2f7;padding:0 .3em}
        """

    /// A query string from pairs, percent-encoded; pairs with an empty value are left out.
    static func query(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : "\(name)=\(percentEncoded($0))" } }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }

    /// `text` with everything but unreserved URL characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
