import Dispatch
import Foundation
import RelgraphExtraction
import RelgraphStore
import Synchronization

/// Reads documents, extracts their graphs on several cores, and stores them through one
/// writer.
///
/// Documents go in batches: the workers read and extract one batch while the writer stores
/// the previous one in a single transaction (a savepoint per document). Memory holds at most
/// two batches, whatever the corpus size.
public struct Ingestor: Sendable {
    public let store: GraphStore
    public let extractor: Extractor
    /// Extraction threads; 1 extracts and writes on the calling thread alone.
    public let jobs: Int
    /// Documents per transaction. A commit writes each page the batch changed to the log once,
    /// so a larger batch writes less: 256 took about a seventh less CPU than 64 on 5,000
    /// generated articles, for a few hundred kilobytes more in memory.
    public let batchSize: Int

    public init(store: GraphStore, extractor: Extractor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256) {
        self.store = store
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// What happened to one document.
    public enum Outcome: Sendable {
        case added(GraphStore.IngestResult)
        /// The same content was ingested before.
        case alreadyPresent
        case failed(any Error)
    }

    /// Running totals, passed to the progress handler after every batch and returned at the end.
    public struct Summary: Sendable, Equatable {
        public var total = 0
        public var documents = 0
        public var skipped = 0
        public var failed = 0
        public var entities = 0
        public var relations = 0
        public var seconds = 0.0

        public var processed: Int { documents + skipped + failed }
    }

    /// Ingests `inputs` in order.
    ///
    /// - Parameters:
    ///   - each: called for every document, in input order, once it is stored or has failed.
    ///   - progress: called after every batch.
    ///   - warn: called with a problem that did not stop a document (a date that could not be
    ///     read), from the thread that read it.
    public func run(
        _ inputs: [DocumentInput],
        each: @escaping @Sendable (DocumentInput, Outcome) -> Void = { _, _ in },
        progress: @escaping @Sendable (Summary) -> Void = { _ in },
        warn: @escaping @Sendable (DocumentInput, String) -> Void = { _, _ in }
    ) -> Summary {
        let summary = Mutex(Summary(total: inputs.count))
        let start = ContinuousClock.now
        let write: @Sendable ([DocumentInput], [Result<DocumentRecord, any Error>]) -> Void = { batch, extracted in
            let outcomes = store(extracted)
            let totals = summary.withLock { totals in
                for (input, outcome) in zip(batch, outcomes) {
                    switch outcome {
                    case .added(let result):
                        totals.documents += 1
                        totals.entities += result.entitiesAdded
                        totals.relations += result.relationsAdded
                    case .alreadyPresent: totals.skipped += 1
                    case .failed: totals.failed += 1
                    }
                    each(input, outcome)
                }
                let elapsed = ContinuousClock.now - start
                totals.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                return totals
            }
            progress(totals)
        }
        let batches = stride(from: 0, to: inputs.count, by: batchSize).map { Array(inputs[$0..<min($0 + batchSize, inputs.count)]) }
        if jobs == 1 {
            for batch in batches { write(batch, batch.map { extract($0, warn: warn) }) }
        } else {
            // One batch in the writer while the next is extracted; waiting before handing over
            // keeps memory at two batches.
            let writer = DispatchQueue(label: "relgraph.ingest.writer")
            let writing = DispatchGroup()
            for batch in batches {
                let extracted = extractInParallel(batch, warn: warn)
                writing.wait()
                writer.async(group: writing) { write(batch, extracted) }
            }
            writing.wait()
        }
        return summary.withLock { $0 }
    }

    /// Reads and extracts one document; its date, when known, picks people's offices. The
    /// record is made here, on the extraction threads, to leave the one writer only writing.
    private func extract(_ input: DocumentInput, warn: (DocumentInput, String) -> Void) -> Result<DocumentRecord, any Error> {
        Result {
            let article = try input.article()
            for warning in article.warnings { warn(input, warning) }
            return DocumentRecord(
                text: article.text, source: input.name, extraction: extractor.extract(article.text, year: article.metadata.date?.year),
                metadata: article.metadata)
        }
    }

    private func extractInParallel(
        _ batch: [DocumentInput], warn: @escaping @Sendable (DocumentInput, String) -> Void
    ) -> [Result<DocumentRecord, any Error>] {
        let slots = Mutex([Result<DocumentRecord, any Error>?](repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { worker in
            for index in stride(from: worker, to: batch.count, by: jobs) {
                let result = extract(batch[index], warn: warn)
                slots.withLock { $0[index] = result }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }

    /// Stores the documents that were read; a failed batch fails each of its documents.
    private func store(_ extracted: [Result<DocumentRecord, any Error>]) -> [Outcome] {
        let documents = extracted.compactMap { try? $0.get() }
        let stored: [Result<GraphStore.IngestResult, any Error>]
        do {
            stored = try store.ingest(records: documents)
        } catch {
            stored = documents.map { _ in .failure(error) }
        }
        var results = stored.makeIterator()
        return extracted.map { item in
            switch item {
            case .failure(let error): return .failed(error)
            case .success:
                switch results.next()! {
                case .success(let result): return result.isNew ? .added(result) : .alreadyPresent
                case .failure(let error): return .failed(error)
                }
            }
        }
    }
}
