import Foundation

/// One document to ingest: a file or standard input.
struct DocumentInput {
    var name: String
    var read: () throws -> String
}

/// Why a document could not be read.
enum InputError: Error, CustomStringConvertible {
    case missing
    case unreadable(String)
    case notUTF8
    case binary
    case empty

    var description: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(let reason): "cannot be read (\(reason))"
        case .notUTF8: "is not UTF-8 text; convert it first (for example with iconv -t UTF-8)"
        case .binary: "holds binary data, not text"
        case .empty: "is empty"
        }
    }
}

/// Expands the `ingest` arguments into documents: files as given, folders as the `.txt`
/// files below them (each real folder visited once, so symbolic-link loops end), `-` as
/// standard input.
struct DocumentInputs: Sequence {
    var arguments: [String]

    func makeIterator() -> IndexingIterator<[DocumentInput]> {
        var inputs: [DocumentInput] = []
        var visited: Set<String> = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(DocumentInput(name: "<stdin>") { try Self.decode(FileHandle.standardInput.readDataToEndOfFile()) })
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                collect(folder: argument, into: &inputs, visited: &visited)
            } else {
                inputs.append(Self.file(argument))
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
                inputs.append(Self.file(path))
            }
        }
    }

    static func file(_ path: String) -> DocumentInput {
        DocumentInput(name: path) {
            guard FileManager.default.fileExists(atPath: path) else { throw InputError.missing }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw InputError.unreadable((error as NSError).localizedDescription)
            }
            return try decode(data)
        }
    }

    static func decode(_ data: Data) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.contains(0) { throw InputError.binary }
        guard let text = String(data: bytes, encoding: .utf8) else { throw InputError.notUTF8 }
        guard text.contains(where: { !$0.isWhitespace }) else { throw InputError.empty }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }
}
