import Foundation
import GRDB
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
    public init(path: String, memoryMapped: Bool = true, mustExist: Bool = false, readOnly: Bool = false) throws {
        self.path = path
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
            if memoryMapped { try db.execute(sql: "PRAGMA mmap_size = \(1 << 30)") }
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
            let ours: Set<String> = ["document", "entity", "alias", "edge", "evidence", "grdb_migrations"]
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
        try queue.write { db in try store(Document(text: text, source: source, extraction: extraction, metadata: metadata), db) }
    }

    /// Stores many documents in one transaction, each inside its own savepoint: a document
    /// that fails leaves no trace and does not stop the others, and a crash loses the whole
    /// batch or nothing. Far faster than a transaction per document, whose cost is dominated
    /// by syncing the disk.
    ///
    /// - Returns: one result per document, in order.
    public func ingest(batch: [Document]) throws -> [Result<IngestResult, any Error>] {
        try queue.writeWithoutTransaction { db in
            var results: [Result<IngestResult, any Error>] = []
            try db.inTransaction {
                for document in batch {
                    do {
                        var result: IngestResult?
                        try db.inSavepoint {
                            result = try store(document, db)
                            return .commit
                        }
                        results.append(.success(result!))
                    } catch {
                        results.append(.failure(error))
                    }
                }
                return .commit
            }
            return results
        }
    }

    private func store(_ document: Document, _ db: Database) throws -> IngestResult {
        let hash = ContentHash.of(document.text)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?"), arguments: [hash]) == true {
            return IngestResult(isNew: false, entitiesAdded: 0, relationsAdded: 0)
        }
        let metadata = document.metadata
        try db.cachedStatement(
            sql: "INSERT INTO document (hash, source, byte_count, ingested_at, published, title, url, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            hash, document.source, document.text.utf8.count, Date().formatted(.iso8601), metadata.date?.description, metadata.title,
            metadata.url, metadata.outlet,
        ])
        let documentID = db.lastInsertedRowID
        var ids: [Int64] = []
        var entitiesAdded = 0
        for entity in document.extraction.entities {
            let (id, isNew) = try upsert(entity, db)
            ids.append(id)
            if isNew { entitiesAdded += 1 }
        }
        var relationsAdded = 0
        let insertEdge = try db.cachedStatement(
            sql: "INSERT INTO edge (source_id, relation, target_id, count) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")
        let findEdge = try db.cachedStatement(sql: "SELECT id FROM edge WHERE source_id = ? AND relation = ? AND target_id = ?")
        let insertEvidence = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (?, ?, ?, ?)")
        let countEvidence = try db.cachedStatement(sql: "UPDATE edge SET count = count + 1 WHERE id = ?")
        for relation in document.extraction.relations {
            var source = ids[relation.source]
            var target = ids[relation.target]
            guard source != target else { continue }
            if relation.relation.isSymmetric, target < source { swap(&source, &target) }
            try insertEdge.execute(arguments: [source, relation.relation.rawValue, target])
            if db.changesCount > 0 { relationsAdded += 1 }
            let edgeID = try Int64.fetchOne(findEdge, arguments: [source, relation.relation.rawValue, target])!
            for sentence in relation.evidence {
                try insertEvidence.execute(arguments: [edgeID, documentID, sentence.index, sentence.text])
                if db.changesCount > 0 { try countEvidence.execute(arguments: [edgeID]) }
            }
        }
        return IngestResult(isNew: true, entitiesAdded: entitiesAdded, relationsAdded: relationsAdded)
    }

    /// Finds the stored entity a document entity is, or stores it.
    ///
    /// A match is an entity of the same type whose name or alias equals the new name, or —
    /// for a full personal name — an entity known so far only by one of its aliases
    /// ("Putin" becomes "Vladimir Putin").
    private func upsert(_ entity: DocumentEntity, _ db: Database) throws -> (Int64, Bool) {
        let type = entity.type.rawValue
        var id = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE key = ? AND type = ? AND is_lookup = 0 ORDER BY entity_id LIMIT 1
                    """),
            arguments: [NameKey.make(entity.name), type])
        if id == nil, let knownAs = entity.knownAs {
            id = try whosWhoMatch(knownAs, for: entity, db)
        }
        if id == nil {
            id = try mergeCandidate(for: entity, db)
        }
        var isNew = false
        if let id {
            try db.cachedStatement(
                sql: """
                    UPDATE entity SET role = coalesce(role, ?), country = coalesce(country, ?),
                        is_leader = max(is_leader, ?) WHERE id = ?
                    """
            ).execute(arguments: [entity.role, entity.country, entity.isLeader, id])
        } else {
            try db.cachedStatement(sql: "INSERT INTO entity (type, name, role, country, is_leader) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [type, entity.name, entity.role, entity.country, entity.isLeader])
            id = db.lastInsertedRowID
            isNew = true
        }
        let insertAlias = try db.cachedStatement(
            sql: "INSERT INTO alias (entity_id, alias, key) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET is_lookup = 0, alias = excluded.alias WHERE is_lookup = 1")
        for alias in [entity.name] + entity.aliases {
            try insertAlias.execute(arguments: [id, alias, NameKey.make(alias)])
        }
        var lookups = entity.lookupNames
        if let knownAs = entity.knownAs, knownAs != entity.name { lookups.append(knownAs) }
        if entity.type == .person, let surname = Self.surname(of: entity.name) { lookups.append(surname) }
        let insertLookup = try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (entity_id, alias, key, is_lookup) VALUES (?, ?, ?, 1)")
        for name in lookups {
            try insertLookup.execute(arguments: [id, name, NameKey.make(name)])
        }
        return (id!, isNew)
    }

    /// The one stored person that the who's-who found to be the same entry ("Kerry" in one
    /// story, "John Kerry" in another), whatever offices the stories give them; the name of
    /// more words wins.
    private func whosWhoMatch(_ knownAs: String, for entity: DocumentEntity, _ db: Database) throws -> Int64? {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT entity.id, entity.name FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE alias.key = ? AND entity.type = 'person'
                    """),
            arguments: [NameKey.make(knownAs)])
        guard rows.count == 1, let id: Int64 = rows[0]["id"], let stored: String = rows[0]["name"] else { return nil }
        if entity.name.split(separator: " ").count > stored.split(separator: " ").count {
            try db.execute(sql: "UPDATE OR IGNORE entity SET name = ? WHERE id = ?", arguments: [entity.name, id])
        }
        return id
    }

    /// A stored entity that a new one is, though its name differs: an organization or
    /// country sharing an alias, or a person named in full where another document gave only
    /// the surname ("Putin" becomes "Vladimir Putin"), or the reverse — when exactly one person
    /// fits and their titles do not disagree.
    private func mergeCandidate(for entity: DocumentEntity, _ db: Database) throws -> Int64? {
        let type = entity.type.rawValue
        if entity.type != .person {
            for alias in entity.aliases {
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id WHERE key = ? AND type = ? AND is_lookup = 0",
                    arguments: [NameKey.make(alias), type])
                if ids.count == 1 { return ids[0] }
            }
            return nil
        }
        let words = entity.name.split(separator: " ")
        let rows: [Row]
        if words.count == 1 {
            // "Putin" alone: the one person whose surname it is.
            rows = try Row.fetchAll(
                db, sql: "SELECT DISTINCT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id WHERE key = ? AND type = 'person'",
                arguments: [NameKey.make(entity.name)])
        } else {
            // "Vladimir Putin" where only "Putin" was known.
            rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                        WHERE alias.key = ? AND entity.type = 'person' AND instr(entity.name, ' ') = 0
                        """),
                arguments: [NameKey.make(Self.surname(of: entity.name) ?? "")])
        }
        let compatible = rows.filter { row in
            guard let old: String = row["role"], let new = entity.role else { return true }
            return Self.rolesAgree(old, new)
        }
        guard compatible.count == 1, let id: Int64 = compatible[0]["id"] else { return nil }
        if words.count > 1 {
            try db.execute(sql: "UPDATE OR IGNORE entity SET name = ? WHERE id = ?", arguments: [entity.name, id])
        }
        return id
    }

    static func rolesAgree(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        return x.contains(y) || y.contains(x) || x.split(separator: " ").last == y.split(separator: " ").last
    }

    /// The last word of a personal name, or nil for a single word.
    static func surname(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return nil }
        return String(last)
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
