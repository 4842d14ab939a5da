import Foundation

/// Text written in large chunks to standard output or to a file, for exports too big to
/// hold as one string.
///
/// A file appears whole or not at all: the text goes to a temporary file beside it, which
/// ``finish()`` renames into place, so an export that fails halfway (a full disk, Ctrl-C)
/// never leaves half a graph under the name asked for.
struct TextOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    /// The file being written and where it goes when complete; nil for standard output.
    private let file: (temporary: URL, destination: URL)?
    private var failure: (any Error)?
    private static let chunkSize = 1 << 20

    /// Standard output, or the file at `path`.
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            file = nil
            return
        }
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw OutputError.cannotWrite(path: path, reason: "check that its folder exists and is writable")
        }
        self.handle = handle
        file = (temporary, destination)
        buffer.reserveCapacity(Self.chunkSize)
    }

    mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
            buffer.append(contentsOf: text.utf8)
        }
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Writes what is left and puts the file in place.
    /// - Throws: ``OutputError`` when any write failed; the partial file is removed and an
    ///   older file of that name is left as it was.
    mutating func finish() throws {
        flush()
        guard let file else {
            if let failure { throw OutputError.cannotWrite(path: "standard output", reason: failure.localizedDescription) }
            return
        }
        try? handle.close()
        do {
            if let failure { throw failure }
            // rename(2) swaps the complete file in at once, over an older one if there is one.
            guard rename(file.temporary.path, file.destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: file.temporary)
            throw OutputError.cannotWrite(path: file.destination.path, reason: error.localizedDescription)
        }
    }

    private mutating func flush() {
        guard !buffer.isEmpty, failure == nil else { return buffer.removeAll(keepingCapacity: true) }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A result that could not be written: the command did its work but could not deliver it.
enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)."
        }
    }
}
