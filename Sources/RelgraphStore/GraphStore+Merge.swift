import GRDB
import RelgraphModel

extension GraphStore {
    /// What merging one graph into another did.
    public struct MergeResult: Sendable, Equatable {
        /// Documents the other graph held that this one did not.
        public var documents: Int
        /// Documents both held, merged once.
        public var alreadyPresent: Int
    }

    /// Adds everything another graph holds to this one, in one transaction: its documents
    /// (those already here are kept once), its entities merged with these as if their
    /// documents were ingested here, what each document said of each entity, and its edges
    /// with their evidence. Merging shards of a corpus gives the graph of ingesting it whole.
    public func merge(from other: GraphStore) throws -> MergeResult {
        let now = ""
        let source = try other.read { db in try Shard.read(db) }
        return try queue.writeWithoutTransaction { db in
            var result = MergeResult(documents: 0, alreadyPresent: 0)
            try db.inTransaction {
                let writer = try Writer(db: db, lexicon: lexicon ?? .standard, ingestedAt: now)
                var documents: [Int64: Int64] = [:]
                let findDocument = try db.cachedStatement(sql: "SELECT id FROM document WHERE hash = ?")
                let insertDocument = try db.cachedStatement(
                    sql: "INSERT INTO document (hash, source, byte_count, ingested_at, published, title, url, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                for document in source.documents {
                    if let id = try Int64.fetchOne(findDocument, arguments: [document.hash]) {
                        documents[document.id] = id
                        result.alreadyPresent += 1
                    } else {
                        try insertDocument.execute(arguments: [
                            document.hash, document.source, document.bytes, document.ingestedAt, document.published, document.title, document.url,
                            document.outlet,
                        ])
                        documents[document.id] = db.lastInsertedRowID
                        result.documents += 1
                    }
                }
                var entities: [Int64: Int64] = [:]
                let insertFact = try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO entity_fact (entity_id, document_id, role, country, known_as, date, name) VALUES (?, ?, ?, ?, ?, ?, ?)")
                for entity in source.entities {
                    let (id, _, _) = try writer.upsert(entity.record)
                    entities[entity.id] = id
                    for fact in entity.facts {
                        guard let document = documents[fact.document] else { continue }
                        try insertFact.execute(arguments: [id, document, fact.role, fact.country, fact.knownAs, fact.date, fact.name])
                    }
                }
                for edge in source.edges {
                    guard let from = entities[edge.source], let to = entities[edge.target] else { continue }
                    for (document, evidence) in edge.evidence {
                        guard let document = documents[document] else { continue }
                        _ = try writer.addEdge(from, edge.relation, to, documentID: document, evidence: evidence)
                    }
                }
                var settled: Set<Int64> = []
                for entity in source.entities {
                    if let id = entities[entity.id], settled.insert(id).inserted { try writer.settle(id, type: entity.record.type) }
                }
                return .commit
            }
            return result
        }
    }
}

/// Everything one graph holds, read for merging into another.
struct Shard {
    struct Document {
        var id: Int64
        var hash: String
        var source: String
        var bytes: Int
        var ingestedAt: String
        var published: String?
        var title: String?
        var url: String?
        var outlet: String?
    }

    struct Fact {
        var document: Int64
        var role: String?
        var country: String?
        var knownAs: String?
        var date: String?
        var name: String?
    }

    struct Entity {
        var id: Int64
        var record: DocumentRecord.Entity
        var facts: [Fact]
    }

    struct Edge {
        var source: Int64
        var relation: RelationType
        var target: Int64
        var evidence: [(Int64, [DocumentRecord.Evidence])]
    }

    var documents: [Document] = []
    var entities: [Entity] = []
    var edges: [Edge] = []

    /// Entities in name order and documents by hash, so that the merge does not depend on
    /// the order the shard stored them in.
    static func read(_ db: Database) throws -> Shard {
        var shard = Shard()
        for row in try Row.fetchAll(db, sql: "SELECT id, hash, source, byte_count, ingested_at, published, title, url, outlet FROM document ORDER BY hash") {
            shard.documents.append(
                Document(
                    id: row[0], hash: row[1], source: row[2], bytes: row[3], ingestedAt: row[4], published: row[5], title: row[6], url: row[7],
                    outlet: row[8]))
        }
        var aliases: [Int64: [String]] = [:]
        var lookups: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entity_id, alias, is_lookup FROM alias ORDER BY entity_id, alias") {
            if row[2] as Bool { lookups[row[0], default: []].append(row[1]) } else { aliases[row[0], default: []].append(row[1]) }
        }
        var facts: [Int64: [Fact]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entity_id, document_id, role, country, known_as, date, name FROM entity_fact") {
            facts[row[0], default: []].append(Fact(document: row[1], role: row[2], country: row[3], knownAs: row[4], date: row[5], name: row[6]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, type, name, role, country, is_leader FROM entity ORDER BY type, name") {
            guard let type = EntityType(rawValue: row[1]) else { continue }
            let id: Int64 = row[0]
            let name: String = row[2]
            let knownAs = (facts[id] ?? []).compactMap(\.knownAs).sorted().first
            let record = DocumentRecord.Entity(
                type: type, name: name, aliases: (aliases[id] ?? []).filter { $0 != name }, role: row[3], country: row[4],
                isLeader: row[5], lookupNames: lookups[id] ?? [], knownAs: knownAs)
            shard.entities.append(Entity(id: id, record: record, facts: facts[id] ?? []))
        }
        var evidence: [Int64: [Int64: [DocumentRecord.Evidence]]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT edge_id, document_id, sentence_index, sentence FROM evidence") {
            evidence[row[0], default: [:]][row[1], default: []].append(DocumentRecord.Evidence(index: row[2], sentence: row[3]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, source_id, relation, target_id FROM edge ORDER BY id") {
            guard let relation = RelationType(rawValue: row[2]) else { continue }
            let byDocument = (evidence[row[0]] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            shard.edges.append(Edge(source: row[1], relation: relation, target: row[3], evidence: byDocument))
        }
        return shard
    }
}
