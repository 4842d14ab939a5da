import Dispatch
import Foundation
import RelgraphExtraction
import RelgraphModel
import RelgraphStore
import Synchronization

/// One document for the map step: a name for messages and how to read it.
public struct MapItem: Sendable {
    /// The file path, `<stdin>`, or `<stdin>:LINE` for a line of JSON Lines.
    public var name: String
    public var read: @Sendable () throws -> (text: String, source: String, date: String?, extra: [String: JSONValue])

    public init(name: String, read: @escaping @Sendable () throws -> (text: String, source: String, date: String?, extra: [String: JSONValue])) {
        self.name = name
        self.read = read
    }

    /// A file or standard input read whole, as `ingest` reads it, with the date, title, link
    /// and outlet it gives.
    public init(_ input: DocumentInput) {
        self.init(name: input.name) {
            let article = try input.article()
            let (date, extra) = DocumentRecord.fields(of: article.metadata)
            return (article.text, input.name, date, extra)
        }
    }

    /// One line of JSON Lines: an object with the article in `text`. The document is
    /// named by its `id`, else its `url`, else `<stdin>`; `date` dates it; every field but
    /// `text` is passed through to the extracted line's document.
    public static func jsonLine(_ line: String, number: Int, in file: String) -> MapItem {
        let name = "\(file):\(number)"
        return MapItem(name: name) {
            guard let object = try? JSONDecoder().decode([String: JSONValue].self, from: Data(line.utf8)) else {
                throw JSONLineError.notAnObject
            }
            guard let text = object["text"]?.string else { throw JSONLineError.noText }
            guard text.contains(where: { !$0.isWhitespace }) else { throw InputError.empty }
            var extra = object
            extra["text"] = nil
            extra["date"] = nil
            let source = object["id"].flatMap(Self.plain) ?? object["url"]?.string ?? file
            return (text, source, object["date"]?.string, extra)
        }
    }

    private static func plain(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.rounded() == number ? String(Int64(number)) : String(number)
        default: nil
        }
    }
}

/// Why a line of JSON Lines input could not be read.
public enum JSONLineError: Error, CustomStringConvertible, Equatable {
    case notAnObject, noText

    public var description: String {
        switch self {
        case .notAnObject: "is not a JSON object; write one object per line, such as {\"id\": \"a1\", \"text\": \"...\"}"
        case .noText: "has no \"text\" string; put the article's text in a \"text\" field"
        }
    }
}

/// The map step: documents in, one JSON line each out (see ``DocumentRecord``), extracted on
/// several cores, written in input order as each batch completes, with no database.
public struct MapStep: Sendable {
    public let extractor: Extractor
    public let jobs: Int
    public let batchSize: Int

    public init(extractor: Extractor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 64) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Extracts every item, calling `write` with each line in input order and `failed` for
    /// each item that could not be read. Returns how many lines were written and how many failed.
    public func run(
        _ items: some Sequence<MapItem>, write: (String) -> Void, failed: (MapItem, any Error) -> Void
    ) -> (written: Int, failed: Int) {
        var totals = (written: 0, failed: 0)
        var batch: [MapItem] = []
        func flush() {
            for (item, result) in zip(batch, extractAll(batch)) {
                switch result {
                case .success(let line):
                    write(line)
                    totals.written += 1
                case .failure(let error):
                    failed(item, error)
                    totals.failed += 1
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        for item in items {
            batch.append(item)
            if batch.count == batchSize { flush() }
        }
        flush()
        return totals
    }

    private func extract(_ item: MapItem) -> Result<String, any Error> {
        Result {
            let (text, source, date, extra) = try item.read()
            // As `ingest` does: the document's date picks people's offices.
            let year = date.flatMap { DocumentDate($0) }?.year
            return try DocumentRecord(text: text, source: source, extraction: extractor.extract(text, year: year), date: date, extra: extra).jsonLine()
        }
    }

    private func extractAll(_ batch: [MapItem]) -> [Result<String, any Error>] {
        guard jobs > 1, batch.count > 1 else { return batch.map(extract) }
        let slots = Mutex([Result<String, any Error>?](repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { worker in
            for index in stride(from: worker, to: batch.count, by: jobs) {
                let result = extract(batch[index])
                slots.withLock { $0[index] = result }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}

/// Lines of a file or of standard input, read one at a time.
public struct LineReader: Sequence, IteratorProtocol {
    private let file: UnsafeMutablePointer<FILE>?
    private let owned: Bool

    /// - Parameter path: a file, or `-` for standard input.
    /// - Throws: ``InputError/missing`` when the file cannot be opened.
    public init(path: String) throws {
        if path == "-" {
            file = fdopen(dup(STDIN_FILENO), "r")
            owned = true
        } else {
            guard let opened = fopen(path, "r") else { throw InputError.missing }
            file = opened
            owned = true
        }
    }

    public mutating func next() -> String? {
        guard let file else { return nil }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else {
            if owned { fclose(file) }
            self = LineReader(closed: ())
            return nil
        }
        var line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: count), as: UTF8.self)
        if line.hasSuffix("\n") { line.removeLast() }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    private init(closed: Void) {
        file = nil
        owned = false
    }
}
