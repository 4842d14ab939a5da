import Foundation
import GRDB
import RelgraphModel

@_spi(Benchmarks)
extension GraphStore {
    /// One edge of a synthetic graph, by entity index, with the sentence to keep as evidence.
    public struct SyntheticEdge: Sendable {
        public var source: Int
        public var relation: RelationType
        public var target: Int
        public var sentence: String

        public init(source: Int, relation: RelationType, target: Int, sentence: String) {
            self.source = source
            self.relation = relation
            self.target = target
            self.sentence = sentence
        }
    }

    /// Writes a graph straight into the tables, bypassing extraction and merging, so that
    /// benchmarks can build a graph of millions of edges in seconds. Each entity gets its name
    /// and (for people) its surname as lookup alias, as ingest would store them; every edge
    /// gets one evidence sentence, in documents of `edgesPerDocument` edges, dated one a day
    /// from 2020-01-01 through 2024-12-31 and round again.
    public func insertSynthetic(
        entities: [(type: EntityType, name: String, role: String?)], edges: some Sequence<SyntheticEdge>, edgesPerDocument: Int = 20
    ) throws {
        try queue.write { db in
            let insertEntity = try db.makeStatement(sql: "INSERT INTO entity (type, name, role, is_leader) VALUES (?, ?, ?, ?)")
            let insertAlias = try db.makeStatement(sql: "INSERT OR IGNORE INTO alias (entity_id, alias, key, is_lookup) VALUES (?, ?, ?, ?)")
            var ids: [Int64] = []
            ids.reserveCapacity(entities.count)
            for entity in entities {
                try insertEntity.execute(arguments: [entity.type.rawValue, entity.name, entity.role, entity.role != nil])
                let id = db.lastInsertedRowID
                ids.append(id)
                try insertAlias.execute(arguments: [id, entity.name, NameKey.make(entity.name), false])
                if entity.type == .person, let surname = Canonical.surname(of: entity.name) {
                    try insertAlias.execute(arguments: [id, surname, NameKey.make(surname), true])
                }
            }
            let insertDocument = try db.makeStatement(
                sql: "INSERT INTO document (hash, source, byte_count, ingested_at, published) VALUES (?, ?, 0, ?, ?)")
            let insertEdge = try db.makeStatement(
                sql: "INSERT INTO edge (source_id, relation, target_id, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1 RETURNING id")
            let insertEvidence = try db.makeStatement(sql: "INSERT OR IGNORE INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (?, ?, ?, ?)")
            var documentID: Int64 = 0
            for (index, edge) in edges.enumerated() {
                if index % edgesPerDocument == 0 {
                    let document = index / edgesPerDocument
                    let published = DocumentDate(daysSince1970: Self.syntheticFirstDay + document % Self.syntheticDays)?.description
                    try insertDocument.execute(arguments: ["synthetic-\(document)", "synthetic-\(document).txt", "2026-01-01T00:00:00Z", published])
                    documentID = db.lastInsertedRowID
                }
                var (source, target) = (ids[edge.source], ids[edge.target])
                guard source != target else { continue }
                if edge.relation.isSymmetric, target < source { swap(&source, &target) }
                let edgeID = try Int64.fetchOne(insertEdge, arguments: [source, edge.relation.rawValue, target])!
                try insertEvidence.execute(arguments: [edgeID, documentID, index % edgesPerDocument, edge.sentence])
            }
        }
    }

    /// 2020-01-01, and the days from then through 2024-12-31.
    static let syntheticFirstDay = 18_262
    static let syntheticDays = 1_827

    /// Moves everything from the write-ahead log into the database file, so that its size
    /// is the graph's size.
    public func compact() throws {
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
