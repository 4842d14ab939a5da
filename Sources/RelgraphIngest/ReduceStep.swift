import Foundation
import RelgraphStore

/// The reduce step: lines written by `relgraph extract` in, graph stored, in transactions of
/// `batchSize` documents (a savepoint each). A line that cannot be read is reported by file
/// and line number and the others still go in.
public struct ReduceStep: Sendable {
    public let store: GraphStore
    public let batchSize: Int

    public init(store: GraphStore, batchSize: Int = 256) {
        self.store = store
        self.batchSize = max(1, batchSize)
    }

    /// Stores the lines of each file (`-` for standard input), in order.
    ///
    /// - Parameter failed: called with `FILE:LINE` and the reason for each line not stored.
    public func run(files: [String], failed: (String, any Error) -> Void) -> Ingestor.Summary {
        var summary = Ingestor.Summary()
        var batch: [(String, DocumentRecord)] = []
        func flush() {
            defer { batch.removeAll(keepingCapacity: true) }
            let results: [Result<GraphStore.IngestResult, any Error>]
            do {
                results = try store.ingest(records: batch.map(\.1))
            } catch {
                results = batch.map { _ in .failure(error) }
            }
            for ((location, _), result) in zip(batch, results) {
                summary.total += 1
                switch result {
                case .success(let stored) where stored.isNew:
                    summary.documents += 1
                    summary.entities += stored.entitiesAdded
                    summary.relations += stored.relationsAdded
                case .success: summary.skipped += 1
                case .failure(let error):
                    summary.failed += 1
                    failed(location, error)
                }
            }
        }
        for file in files {
            let lines: LineReader
            do {
                lines = try LineReader(path: file)
            } catch {
                summary.total += 1
                summary.failed += 1
                failed(file, error)
                continue
            }
            for (number, line) in lines.enumerated() where line.contains(where: { !$0.isWhitespace }) {
                let location = "\(file == "-" ? "<stdin>" : file):\(number + 1)"
                do {
                    batch.append((location, try DocumentRecord.parse(line)))
                } catch {
                    summary.total += 1
                    summary.failed += 1
                    failed(location, error)
                }
                if batch.count == batchSize { flush() }
            }
        }
        flush()
        return summary
    }
}
