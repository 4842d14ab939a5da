import Foundation
import GRDB
import Synchronization
import RelgraphExtraction
import RelgraphModel

/// The relationship graph in a SQLite database: documents, entities with their aliases,
/// edges as an adjacency list, and the evidence behind every edge.
///
/// Each document is written in one transaction: a crash or an error leaves the graph as it
/// was before that document. A document whose content was ingested before is skipped, so
/// ingesting the same files twice changes nothing.
public final class GraphStore: Sendable {
    let queue: DatabaseQueue
    public let path: String
    /// The lexicon whose names a stored entity takes (see ``Canonical``); the built-in one when nil.
    let lexicon: Lexicon?
    /// What this process knows the graph holds, carried from one batch to the next.
    let memory = Mutex(WriterMemory())

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StoreError/notAGraphDatabase(path:reason:)`` for a file that is not SQLite
    ///   or not relgraph's, ``StoreError/newerSchema(path:)`` for a database from a newer
    ///   relgraph; the file is left untouched in both cases. ``StoreError/cannotOpen(path:reason:)``
    ///   when SQLite cannot open or create the file.
    /// - Parameter memoryMapped: read the file through a memory map, straight from the OS page
    ///   cache instead of a system call and a copy per page: on a graph of a million edges,
    ///   `neighbors` and `path` take half the time. The pages read count toward the process's
    ///   resident memory, though, so a long ingest, which touches the whole file, turns it off
    ///   to keep its memory flat.
    /// - Parameters:
    ///   - mustExist: refuse to create the file: a question about a graph that was never
    ///     built gets ``StoreError/noGraph(path:)`` rather than an empty new database.
    ///   - readOnly: open an existing database for reading only (`relgraph serve`): nothing is
    ///     created, migrated or written.
    ///   - lexicon: the lexicon the documents were read with, whose names entities take; the
    ///     built-in one when nil.
    public init(path: String, memoryMapped: Bool = true, mustExist: Bool = false, readOnly: Bool = false, lexicon: Lexicon? = nil) throws {
        self.path = path
        self.lexicon = lexicon
        if mustExist || readOnly, !FileManager.default.fileExists(atPath: path) { throw StoreError.noGraph(path: path) }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // Concurrent ingests queue for the one writer; on a busy machine a batch may wait long.
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // With the write-ahead log, NORMAL never corrupts the file and survives a crashed
            // process; only a power cut can lose the last commits. FULL would sync every commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A checkpoint copies each page the log holds back into the file, once however many
            // commits changed it: every 32 MB of log rather than SQLite's 4 MB, an ingest copies
            // the pages every batch touches (index roots and leaves, the last pages of each
            // table) an eighth as often. The log is emptied when the last connection closes.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            if memoryMapped {
                try db.execute(sql: "PRAGMA mmap_size = \(1 << 30)")
            } else {
                // A writer re-reads the same index pages for every document: 16 MB of them stay
                // in memory (SQLite's default is 2 MB), a fixed cost whatever the corpus size.
                try db.execute(sql: "PRAGMA cache_size = -16384")
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                // Any read proves the header is SQLite's.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        } catch let error as DatabaseError {
            throw StoreError.notAGraphDatabase(path: path, reason: error.message ?? "\(error)")
        }
        if readOnly {
            try queue.read { db in
                guard try Schema.migrator.hasCompletedMigrations(db) else {
                    throw StoreError.notAGraphDatabase(path: path, reason: "its schema is missing or older than this relgraph's; run `relgraph ingest` on it once")
                }
            }
            return
        }
        do {
            try migrate()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        }
    }

    /// Fails early, before any work, when the database cannot be written.
    ///
    /// - Throws: ``StoreError/readOnly(path:)`` for a read-only file or folder.
    public func requireWritable() throws {
        do {
            // A write statement that changes nothing still needs a writable file.
            try queue.inTransaction { db in
                try db.execute(sql: "DELETE FROM document WHERE 0")
                return .rollback
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            throw StoreError.readOnly(path: path)
        }
    }

    /// Runs `body` in one deferred transaction: a consistent snapshot of the graph, even while
    /// another process writes to it.
    ///
    /// Not GRDB's `read`: that marks each read with `PRAGMA query_only`, and SQLite expires
    /// every prepared statement whenever that flag changes, so each question would compile
    /// its SQL anew (40 % of a `neighbors` call on a graph of a million edges).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.inDatabase { db in
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    private func migrate() throws {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            let ours: Set<String> = ["document", "entity", "alias", "edge", "evidence", "entity_fact", "grdb_migrations"]
            if !tables.isEmpty, !tables.contains("grdb_migrations") || !Set(tables).isSubset(of: ours.union(["sqlite_sequence"])) {
                throw StoreError.notAGraphDatabase(path: path, reason: "it holds tables relgraph did not create")
            }
            if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
        }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try Schema.migrator.migrate(queue)
    }

    // MARK: - Ingest

    /// What ingesting one document did.
    public struct IngestResult: Sendable, Equatable {
        /// False when the same content was ingested before; nothing was written.
        public var isNew: Bool
        public var entitiesAdded: Int
        public var relationsAdded: Int
    }

    /// One document to store: its text, where it came from, what ``Extractor`` read, and its
    /// date, title, link and outlet where known.
    public struct Document: Sendable {
        public var text: String
        public var source: String
        public var extraction: ExtractedDocument
        public var metadata: DocumentMetadata

        public init(text: String, source: String, extraction: ExtractedDocument, metadata: DocumentMetadata = DocumentMetadata()) {
            self.text = text
            self.source = source
            self.extraction = extraction
            self.metadata = metadata
        }
    }

    /// Stores a document's extraction, merging its entities with those already in the graph.
    ///
    /// - Parameters:
    ///   - text: the document's text; its hash decides whether it was seen before.
    ///   - source: where it came from (a file path), shown as the evidence's document.
    ///   - extraction: what ``Extractor`` read from `text`.
    ///   - metadata: its date, title, link and outlet, where known.
    public func ingest(
        text: String, source: String, extraction: ExtractedDocument, metadata: DocumentMetadata = DocumentMetadata()
    ) throws -> IngestResult {
        try ingest(records: [DocumentRecord(text: text, source: source, extraction: extraction, metadata: metadata)])[0].get()
    }

    /// Stores many documents in one transaction: a document that fails leaves no trace and
    /// does not stop the others (the batch is then stored again, each document in its own
    /// savepoint), and a crash loses the whole batch or nothing. Far faster than a transaction
    /// per document, whose cost is dominated by syncing the disk.
    ///
    /// - Returns: one result per document, in order.
    public func ingest(batch: [Document]) throws -> [Result<IngestResult, any Error>] {
        try ingest(records: batch.map { DocumentRecord(text: $0.text, source: $0.source, extraction: $0.extraction, metadata: $0.metadata) })
    }

    /// Stores documents extracted before (by `relgraph extract`, perhaps on other machines),
    /// as ``ingest(batch:)`` does: one transaction, in which a document that fails leaves no trace.
    ///
    /// Whatever the order of the documents, and however many calls bring them, the graph is
    /// the same: see ``Canonical`` for how names, roles and countries are decided.
    /// - Returns: one result per document, in order.
    public func ingest(records: [DocumentRecord]) throws -> [Result<IngestResult, any Error>] {
        let now = Date().formatted(.iso8601)
        return try queue.writeWithoutTransaction { db in
            let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
            // Taken out rather than copied: the writer is then its memory's only owner, and adds
            // to its tables in place instead of copying them whole for every batch.
            var known = memory.withLock { memory in
                defer { memory = WriterMemory() }
                return memory
            }
            if known.dataVersion != version {
                // Another process wrote to the graph: what this one knew may no longer hold.
                known = WriterMemory(dataVersion: version)
                // A graph without names yet (a new database): every key the writer stores from
                // now on is one the filter takes, so a key it never took finds nothing.
                if try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM alias)")! { known.absentKeys.startForEmptyTable() }
            }
            // Foreign keys go unchecked while the writer stores the batch: it only ever refers to
            // rows it found or made in the same transaction, and nothing deletes, yet checking
            // cost a seek of the parent for every alias, fact, edge and evidence row (6.6k
            // instructions a row, a sixth of the writer). The setting can change only outside a
            // transaction, and changing it has SQLite prepare the statements again, once a batch.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            let writer = try Writer(db: db, lexicon: lexicon ?? .standard, ingestedAt: now, memory: known)
            let results: [Result<IngestResult, any Error>]
            do {
                results = try store(records, with: writer, savepointEach: false)
            } catch {
                // Some document failed: start again from what was committed, this time each
                // document in its own savepoint so that only the one that fails is left out.
                writer.memory = WriterMemory(dataVersion: version)
                results = try store(records, with: writer, savepointEach: true)
            }
            // Only what was committed is known.
            memory.withLock { $0 = writer.memory }
            return results
        }
    }

    /// Stores every record in one transaction. Without `savepointEach`, the common case made
    /// cheap: a savepoint copies each page a document changes into a journal of its own, which
    /// cost more than the rows themselves, and any failure rolls back the whole batch. With it,
    /// a record that fails leaves no trace and does not stop the others.
    private func store(
        _ records: [DocumentRecord], with writer: Writer, savepointEach: Bool
    ) throws -> [Result<IngestResult, any Error>] {
        var results: [Result<IngestResult, any Error>] = []
        try writer.db.inTransaction {
            for record in records {
                results.append(savepointEach ? Result { try writer.storeInSavepoint(record) } : .success(try writer.storeLearning(record)))
            }
            return .commit
        }
        return results
    }

    // MARK: - Counts

    /// How many documents, entities and edges the graph holds.
    public func counts() throws -> (documents: Int, entities: Int, relations: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edge") ?? 0
            )
        }
    }
}
