import Foundation

/// One document to ingest: a file or standard input, read when its turn comes.
public struct DocumentInput: Sendable {
    /// The file path, or `<stdin>`.
    public var name: String
    public var read: @Sendable () throws -> String

    public init(name: String, read: @escaping @Sendable () throws -> String) {
        self.name = name
        self.read = read
    }

    /// A file on disk.
    public static func file(_ path: String) -> DocumentInput {
        DocumentInput(name: path) {
            guard FileManager.default.fileExists(atPath: path) else { throw InputError.missing }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw InputError.unreadable((error as NSError).localizedDescription)
            }
            return try DocumentText.decode(data)
        }
    }

    /// Everything on standard input, as one document.
    public static let standardInput = DocumentInput(name: "<stdin>") {
        try DocumentText.decode(FileHandle.standardInput.readDataToEndOfFile())
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

/// Expands `ingest` arguments into documents: files as given, folders as the `.txt` files
/// below them in name order (each real folder visited once, so symbolic-link loops end), `-`
/// as standard input. Only paths are held; each text is read when its document is ingested.
public struct DocumentInputs: Sequence, Sendable {
    public var arguments: [String]

    public init(arguments: [String]) { self.arguments = arguments }

    public func makeIterator() -> IndexingIterator<[DocumentInput]> {
        var inputs: [DocumentInput] = []
        var visited: Set<String> = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                collect(folder: argument, into: &inputs, visited: &visited)
            } else {
                inputs.append(.file(argument))
            }
        }
        return inputs.makeIterator()
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
            } else if name.hasSuffix(".txt") {
                inputs.append(.file(path))
            }
        }
    }
}

/// Bytes to article text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
/// mark; Windows line endings become newlines; an HTML page is reduced to its text.
public enum DocumentText {
    public static func decode(_ data: Data) throws -> String {
        var text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard data.count % 2 == 0, let decoded = String(data: data, encoding: .utf16) else { throw InputError.notUTF8 }
            text = decoded
            if text.first == "\u{FEFF}" { text.removeFirst() }
        } else {
            var bytes = data[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.contains(0) { throw InputError.binary }
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw InputError.notUTF8 }
            text = decoded
        }
        if text.utf8.contains(0) { throw InputError.binary }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if HTMLText.looksLikeHTML(text) { text = HTMLText.plainText(text) }
        guard text.contains(where: { !$0.isWhitespace }) else { throw InputError.empty }
        return text
    }
}
