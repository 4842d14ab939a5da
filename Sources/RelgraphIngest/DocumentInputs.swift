import Foundation
import RelgraphModel

/// One document to ingest: a file, one record of a JSON Lines or CSV file, or standard input,
/// read when its turn comes.
public struct DocumentInput: Sendable {
    /// The file path, `news.jsonl:12` for a record, or `<stdin>`.
    public var name: String
    /// Reads the document's text and what is known of its date, title, link and outlet.
    public var article: @Sendable () throws -> Article

    public init(name: String, article: @escaping @Sendable () throws -> Article) {
        self.name = name
        self.article = article
    }

    /// A document that is text alone.
    public init(name: String, read: @escaping @Sendable () throws -> String) {
        self.init(name: name, article: { Article(text: try read()) })
    }

    /// The document's text.
    public func read() throws -> String { try article().text }

    /// The same document, with the fields `metadata` knows in place of those it was read with
    /// (`ingest --date`, `--title`, `--url`).
    public func overriding(_ metadata: DocumentMetadata) -> DocumentInput {
        guard !metadata.isEmpty else { return self }
        let read = article
        return DocumentInput(name: name, article: {
            var article = try read()
            if metadata.date != nil { article.warnings.removeAll { $0.contains("date") || $0.contains("dateline") } }
            article.metadata = article.metadata.overridden(by: metadata)
            return article
        })
    }

    /// A text or HTML file on disk.
    public static func file(_ path: String) -> DocumentInput {
        DocumentInput(name: path, article: { try DocumentText.article(try readFile(path)) })
    }

    /// Everything on standard input, as one document.
    public static let standardInput = DocumentInput(name: "<stdin>", article: {
        try DocumentText.article(FileHandle.standardInput.readDataToEndOfFile())
    })

    static func readFile(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw InputError.missing }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError.unreadable((error as NSError).localizedDescription)
        }
    }
}

/// The kinds of file `ingest` reads, by extension.
public enum InputFormat: Sendable, CaseIterable {
    /// One article: plain text (`.txt`, `.text`) or a saved page (`.html`, `.htm`).
    case article
    /// Many articles, one JSON object a line (`.jsonl`, `.ndjson`).
    case jsonLines
    /// Many articles, one row each under a header line (`.csv`).
    case csv

    /// The extensions a folder is searched for.
    public static let extensions: [String: InputFormat] = [
        "txt": .article, "text": .article, "html": .article, "htm": .article, "jsonl": .jsonLines, "ndjson": .jsonLines, "csv": .csv,
    ]

    /// The format of a file named `path` (an article when the extension says nothing).
    public init(path: String) {
        self = Self.extensions[(path as NSString).pathExtension.lowercased()] ?? .article
    }
}

/// Expands `ingest` arguments into documents: files as given, folders as the `.txt`, `.html`,
/// `.htm`, `.jsonl` and `.csv` files below them in name order (each real folder visited once,
/// so symbolic-link loops end), `-` as standard input. A JSON Lines or CSV file becomes one
/// document per record, named `file:line`; a record that cannot be read becomes a document
/// that fails with the reason. Articles are read when their turn comes; record files are read
/// when expanded.
public struct DocumentInputs: Sequence, Sendable {
    public var arguments: [String]

    public init(arguments: [String]) { self.arguments = arguments }

    /// The documents, and the folders named on the command line that hold none.
    public struct Expansion: Sendable {
        public var inputs: [DocumentInput] = []
        public var emptyFolders: [String] = []
    }

    public func makeIterator() -> IndexingIterator<[DocumentInput]> {
        expanded().inputs.makeIterator()
    }

    public func expanded() -> Expansion {
        var expansion = Expansion()
        var visited: Set<String> = []
        for argument in arguments {
            if argument == "-" {
                expansion.inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let before = expansion.inputs.count
                collect(folder: argument, into: &expansion.inputs, visited: &visited)
                if expansion.inputs.count == before { expansion.emptyFolders.append(argument) }
            } else {
                add(argument, to: &expansion.inputs)
            }
        }
        return expansion
    }

    private func add(_ path: String, to inputs: inout [DocumentInput]) {
        let format = InputFormat(path: path)
        guard format != .article else { return inputs.append(.file(path)) }
        let text: String
        do {
            text = try DocumentText.decode(try DocumentInput.readFile(path), html: false)
        } catch {
            return inputs.append(DocumentInput(name: path, article: { throw error }))
        }
        let records = format == .csv ? CSVRecordsReader.records(text) : JSONLinesReader.records(text)
        for (line, article) in records {
            inputs.append(DocumentInput(name: "\(path):\(line)", article: { try article.get() }))
        }
    }

    private func collect(folder: String, into inputs: inout [DocumentInput], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                collect(folder: path, into: &inputs, visited: &visited)
            } else if InputFormat.extensions[(name as NSString).pathExtension.lowercased()] != nil {
                add(path, to: &inputs)
            }
        }
    }
}

/// Why a document could not be read.
public enum InputError: Error, CustomStringConvertible, Equatable {
    case missing
    case unreadable(String)
    case notUTF8
    case binary
    case empty

    public var description: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(let reason): "cannot be read (\(reason))"
        case .notUTF8: "is not UTF-8 text; convert it first (for example with iconv -t UTF-8)"
        case .binary: "holds binary data, not text"
        case .empty: "is empty"
        }
    }
}

/// Bytes to article text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
/// mark; Windows line endings become newlines; an HTML page is reduced to its text.
public enum DocumentText {
    /// The article in a file's bytes: its text, and the date, title, link and outlet that an
    /// HTML page's head or a plain text's first lines give.
    public static func article(_ data: Data) throws -> Article {
        let raw = try decode(data, html: false)
        let parts: Article.Parts
        var text = raw
        if HTMLText.looksLikeHTML(raw) {
            parts = HTMLMetadata.read(raw)
            text = HTMLText.plainText(raw)
            guard text.contains(where: { !$0.isWhitespace }) else { throw InputError.empty }
        } else {
            parts = PlainTextMetadata.read(raw)
        }
        return Article(text: text, metadata: parts.metadata, warnings: parts.warnings)
    }

    /// - Parameter html: reduce an HTML page to its text.
    public static func decode(_ data: Data, html: Bool = true) throws -> String {
        var text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard data.count % 2 == 0, let decoded = String(data: data, encoding: .utf16) else { throw InputError.notUTF8 }
            text = decoded
            if text.first == "\u{FEFF}" { text.removeFirst() }
        } else {
            var bytes = data[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.withUnsafeBytes({ Self.contains(0, in: $0) }) { throw InputError.binary }
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw InputError.notUTF8 }
            text = decoded
        }
        if contains(0, in: text) { throw InputError.binary }
        if contains(UInt8(ascii: "\r"), in: text) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if html, HTMLText.looksLikeHTML(text) { text = HTMLText.plainText(text) }
        guard text.contains(where: { !$0.isWhitespace }) else { throw InputError.empty }
        return text
    }

    /// Whether `byte` is among a text's UTF-8 bytes, searched as a buffer rather than one
    /// call a byte (which cost a tenth of reading a file).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { contains(byte, in: UnsafeRawBufferPointer($0)) } ?? text.utf8.contains(byte)
    }

    static func contains(_ byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }
}
