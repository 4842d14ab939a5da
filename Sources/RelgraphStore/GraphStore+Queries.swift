import GRDB
import RelgraphModel

extension GraphStore {
    /// One edge seen from an entity: who is at the other end, and which way it points.
    public struct Neighbor: Sendable, Equatable {
        public enum Direction: String, Sendable {
            /// The entity is the source: "Iran backs Hamas" seen from Iran.
            case outgoing
            /// The entity is the target: "Iran backs Hamas" seen from Hamas.
            case incoming
            /// A symmetric relation such as `spoke_with`.
            case mutual
        }

        public var entity: Graph.Entity
        public var relation: RelationType
        public var direction: Direction
        public var count: Int
    }

    /// The entity that `name` (its name or any alias, any case, any accents) refers to.
    ///
    /// When several entities share the alias, the most connected wins.
    /// - Throws: ``StoreError/unknownEntity(name:suggestions:)`` with close matches.
    public func entity(named name: String) throws -> Graph.Entity {
        try queue.read { db in try Self.entity(named: name, db) }
    }

    static func entity(named name: String, _ db: Database) throws -> Graph.Entity {
        let key = NameKey.make(name)
        var ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT entity_id FROM alias WHERE key = ? ORDER BY entity_id"), arguments: [key])
        if ids.count > 1 {
            // A shared alias ("Kim", "Congo"): the most connected entity is the likeliest meant.
            let degree = try db.cachedStatement(
                sql: "SELECT (SELECT count(*) FROM edge WHERE source_id = ?1) + (SELECT count(*) FROM edge WHERE target_id = ?1)")
            let degrees = try Dictionary(uniqueKeysWithValues: ids.map { ($0, try Int.fetchOne(degree, arguments: [$0]) ?? 0) })
            ids.sort { (degrees[$0]!, -$0) > (degrees[$1]!, -$1) }
        }
        guard let id = ids.first, let entity = try entities(db, ids: [id]).first else {
            throw StoreError.unknownEntity(name: name, suggestions: try suggestions(for: key, db))
        }
        return entity
    }

    /// Who `name` is connected to.
    ///
    /// One read: the entity by alias, then its edges both ways joined to the entities at
    /// their other ends, through the (source, relation, target) and (target, relation) indexes.
    /// Neighbors come without their aliases; ask for an entity by name for those.
    /// - Parameters:
    ///   - relation: only edges of this relation.
    ///   - type: only neighbors of this type.
    ///   - leadersOnly: only people whose title makes them a leader.
    public func neighbors(
        of name: String, relation: RelationType? = nil, type: EntityType? = nil, leadersOnly: Bool = false
    ) throws -> (entity: Graph.Entity, neighbors: [Neighbor]) {
        try queue.read { db in
            let center = try Self.entity(named: name, db)
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT e.relation, e.count, 0 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                        FROM edge e JOIN entity n ON n.id = e.target_id WHERE e.source_id = ?1
                        UNION ALL
                        SELECT e.relation, e.count, 1 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                        FROM edge e JOIN entity n ON n.id = e.source_id WHERE e.target_id = ?1
                        """),
                arguments: [center.id])
            var result: [Neighbor] = []
            while let row = try rows.next() {
                guard let kind = RelationType(rawValue: row[0]), let otherType = EntityType(rawValue: row[4]) else { continue }
                if let relation, kind != relation { continue }
                if let type, otherType != type { continue }
                if leadersOnly, !(row[8] as Bool) { continue }
                let incoming: Bool = row[2]
                let other = Graph.Entity(id: row[3], name: row[5], type: otherType, role: row[6], country: row[7])
                let direction: Neighbor.Direction = kind.isSymmetric ? .mutual : (incoming ? .incoming : .outgoing)
                result.append(Neighbor(entity: other, relation: kind, direction: direction, count: row[1]))
            }
            result.sort { ($0.relation, $0.direction.rawValue, -$0.count, $0.entity.name) < ($1.relation, $1.direction.rawValue, -$1.count, $1.entity.name) }
            return (center, result)
        }
    }

    /// The sentences behind `source relation target` (either order for symmetric relations).
    public func evidence(source: String, relation: RelationType, target: String) throws -> [Graph.Evidence] {
        let a = try entity(named: source)
        let b = try entity(named: target)
        return try queue.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT document.source, evidence.sentence, evidence.sentence_index FROM evidence
                    JOIN edge ON edge.id = evidence.edge_id
                    JOIN document ON document.id = evidence.document_id
                    WHERE edge.relation = :relation
                      AND ((edge.source_id = :a AND edge.target_id = :b) OR (:symmetric AND edge.source_id = :b AND edge.target_id = :a))
                    ORDER BY document.id, evidence.sentence_index
                    """,
                arguments: ["relation": relation.rawValue, "a": a.id, "b": b.id, "symmetric": relation.isSymmetric])
            return rows.map { Graph.Evidence(document: $0[0], sentence: $0[1], position: $0[2]) }
        }
    }

    /// The whole graph, in a deterministic order (entities by type and name, relations by
    /// source, relation and target name).
    ///
    /// - Parameter evidence: read the supporting sentences too; drawings do not need them,
    ///   and on a large graph they are most of the data.
    public func snapshot(evidence includeEvidence: Bool = true) throws -> Graph {
        try queue.read { db in
            let entities = try Self.entities(db, ids: nil)
            let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0) })
            var evidence: [Int64: [Graph.Evidence]] = [:]
            for row in try !includeEvidence ? [] : Row.fetchAll(
                db,
                sql: """
                    SELECT evidence.edge_id, document.source, evidence.sentence, evidence.sentence_index FROM evidence
                    JOIN document ON document.id = evidence.document_id ORDER BY document.id, evidence.sentence_index
                    """)
            {
                evidence[row[0], default: []].append(Graph.Evidence(document: row[1], sentence: row[2], position: row[3]))
            }
            var relations = try Row.fetchAll(db, sql: "SELECT id, source_id, relation, target_id, count FROM edge").compactMap { row -> Graph.Relation? in
                guard let relation = RelationType(rawValue: row["relation"]) else { return nil }
                return Graph.Relation(
                    source: row["source_id"], relation: relation, target: row["target_id"], count: row["count"],
                    evidence: evidence[row["id"]] ?? [])
            }
            relations.sort { l, r in
                (names[l.source]!.name, l.relation, names[l.target]!.name) < (names[r.source]!.name, r.relation, names[r.target]!.name)
            }
            return Graph(entities: entities, relations: relations)
        }
    }

    /// Ids as one JSON array argument for `IN (SELECT value FROM json_each(?))`: any number
    /// of them, still a single bound parameter (SQLite caps the number of `?` per statement).
    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func entities(_ db: Database, ids: [Int64]?) throws -> [Graph.Entity] {
        var sql = "SELECT id, type, name, role, country FROM entity"
        var arguments = StatementArguments()
        if let ids {
            sql += " WHERE id IN (SELECT value FROM json_each(?))"
            arguments = [jsonArray(ids)]
        }
        var aliases: [Int64: [String]] = [:]
        var aliasSQL = "SELECT entity_id, alias FROM alias WHERE is_lookup = 0"
        if ids != nil { aliasSQL += " AND entity_id IN (SELECT value FROM json_each(?))" }
        for row in try Row.fetchAll(db, sql: aliasSQL + " ORDER BY entity_id, alias", arguments: arguments) {
            aliases[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let type = EntityType(rawValue: row["type"]) else { return nil }
            let name: String = row["name"]
            return Graph.Entity(
                id: row["id"], name: name, type: type, aliases: (aliases[row["id"]] ?? []).filter { $0 != name },
                role: row["role"], country: row["country"])
        }.sorted { ($0.type, $0.name, $0.id) < ($1.type, $1.name, $1.id) }
    }

    /// Names close to an unknown one: sharing a word, or within two edits.
    static func suggestions(for key: String, _ db: Database) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: "SELECT DISTINCT entity.name, alias.key FROM alias JOIN entity ON entity.id = alias.entity_id")
        var scored: [(String, Int)] = []
        for row in rows {
            let name: String = row[0]
            let candidate: String = row[1]
            let distance = EditDistance.between(key, candidate, limit: 2)
            if distance <= 2 || (key.count >= 3 && (candidate.contains(key) || key.contains(candidate) && candidate.count >= 3)) {
                scored.append((name, distance))
            }
        }
        var seen: Set<String> = []
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0).filter { seen.insert($0).inserted }.prefix(5).map { $0 }
    }
}

/// Levenshtein distance, cut off early once it exceeds a limit.
enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            var best = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
