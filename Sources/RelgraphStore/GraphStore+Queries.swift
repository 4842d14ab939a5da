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
        try read { db in try Self.entity(named: name, db) }
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
        guard let id = ids.first, let entity = try entity(id: id, db) else {
            throw StoreError.unknownEntity(name: name, suggestions: try suggestions(for: key, db))
        }
        return entity
    }

    /// One entity and its aliases, through statements prepared once per connection: every
    /// question starts here, so it must cost microseconds.
    static func entity(id: Int64, _ db: Database) throws -> Graph.Entity? {
        let entity = try db.cachedStatement(sql: "SELECT type, name, role, country FROM entity WHERE id = ?")
        guard let row = try Row.fetchOne(entity, arguments: [id]), let type = EntityType(rawValue: row[0]) else { return nil }
        let name: String = row[1]
        let aliases = try String.fetchAll(
            db.cachedStatement(sql: "SELECT alias FROM alias WHERE entity_id = ? AND is_lookup = 0 ORDER BY alias"), arguments: [id])
        return Graph.Entity(id: id, name: name, type: type, aliases: aliases.filter { $0 != name }, role: row[2], country: row[3])
    }

    /// Who `name` is connected to.
    ///
    /// One read: the entity by alias, then its edges both ways joined to the entities at
    /// their other ends, through the (source, relation, target) and (target, source) indexes.
    /// Neighbors come without their aliases; ask for an entity by name for those.
    /// - Parameters:
    ///   - relation: only edges of this relation.
    ///   - type: only neighbors of this type.
    ///   - leadersOnly: only people whose title makes them a leader.
    ///   - period: only edges supported by documents published in this period, counted by
    ///     those documents' sentences alone.
    public func neighbors(
        of name: String, relation: RelationType? = nil, type: EntityType? = nil, leadersOnly: Bool = false, period: Period? = nil
    ) throws -> (entity: Graph.Entity, neighbors: [Neighbor]) {
        try read { db in
            let center = try Self.entity(named: name, db)
            let rows: RowCursor
            if let period {
                // The center's edges, each counted by its evidence from the period's documents.
                rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT e.relation, count(*), 0 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                            FROM edge e JOIN entity n ON n.id = e.target_id JOIN evidence v ON v.edge_id = e.id
                            JOIN document d ON d.id = v.document_id
                            WHERE e.source_id = ?1 AND d.published BETWEEN ?2 AND ?3 GROUP BY e.id
                            UNION ALL
                            SELECT e.relation, count(*), 1 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                            FROM edge e JOIN entity n ON n.id = e.source_id JOIN evidence v ON v.edge_id = e.id
                            JOIN document d ON d.id = v.document_id
                            WHERE e.target_id = ?1 AND d.published BETWEEN ?2 AND ?3 GROUP BY e.id
                            """),
                    arguments: [center.id, period.bounds.lower, period.bounds.upper])
            } else {
                rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT e.relation, e.count, 0 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                            FROM edge e JOIN entity n ON n.id = e.target_id WHERE e.source_id = ?1
                            UNION ALL
                            SELECT e.relation, e.count, 1 AS incoming, n.id, n.type, n.name, n.role, n.country, n.is_leader
                            FROM edge e JOIN entity n ON n.id = e.source_id WHERE e.target_id = ?1
                            """),
                    arguments: [center.id])
            }
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
            // Sorting positions by small keys rather than moving whole neighbors around.
            let keys = result.map { ($0.relation, $0.direction.rawValue, -$0.count, $0.entity.name) }
            return (center, result.indices.sorted { keys[$0] < keys[$1] }.map { result[$0] })
        }
    }

    /// The sentences behind `source relation target` (either order for symmetric relations),
    /// each with its document's date, title and link; oldest dated document first.
    /// - Parameter period: only sentences from documents published in this period.
    public func evidence(source: String, relation: RelationType, target: String, period: Period? = nil) throws -> [Graph.Evidence] {
        let a = try entity(named: source)
        let b = try entity(named: target)
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.evidenceColumns) FROM evidence
                    JOIN edge ON edge.id = evidence.edge_id
                    JOIN document ON document.id = evidence.document_id
                    WHERE edge.relation = :relation
                      AND ((edge.source_id = :a AND edge.target_id = :b) OR (:symmetric AND edge.source_id = :b AND edge.target_id = :a))
                      AND (:any OR document.published BETWEEN :since AND :until)
                    ORDER BY document.published IS NULL, document.published, document.source, document.hash, evidence.sentence_index
                    """,
                arguments: [
                    "relation": relation.rawValue, "a": a.id, "b": b.id, "symmetric": relation.isSymmetric, "any": period == nil,
                    "since": period?.bounds.lower, "until": period?.bounds.upper,
                ])
            return rows.map { Self.evidence($0, from: 0) }
        }
    }

    /// The columns ``evidence(_:from:)`` reads, in its order.
    static let evidenceColumns =
        "document.source, evidence.sentence, evidence.sentence_index, document.published, document.title, document.url, document.outlet"

    /// One piece of evidence from the ``evidenceColumns`` starting at column `start`.
    static func evidence(_ row: Row, from start: Int) -> Graph.Evidence {
        let published: String? = row[start + 3]
        let metadata = DocumentMetadata(date: published.flatMap(DocumentDate.init), title: row[start + 4], url: row[start + 5], outlet: row[start + 6])
        return Graph.Evidence(document: row[start], sentence: row[start + 1], position: row[start + 2], metadata: metadata)
    }

    /// The whole graph, in a deterministic order (entities by type and name, relations by
    /// source, relation and target name).
    ///
    /// - Parameter evidence: read the supporting sentences too; drawings do not need them,
    ///   and on a large graph they are most of the data.
    public func snapshot(evidence includeEvidence: Bool = true) throws -> Graph {
        try snapshot(evidence: includeEvidence, period: nil, dates: false)
    }

    /// The whole graph, or its part supported by documents of `period`: each edge counted by
    /// the period's sentences, entities without such an edge left out.
    ///
    /// - Parameter dates: give each edge the dates it was first and last seen (always given
    ///   with evidence or a period).
    func snapshot(evidence includeEvidence: Bool, period: Period?, dates: Bool) throws -> Graph {
        try read { db in
            let evidence = includeEvidence ? try Self.evidence(db, edges: nil, period: period) : [:]
            var relations: [Graph.Relation] = []
            let sql: String
            var arguments = StatementArguments()
            if let period {
                sql = """
                    SELECT e.id, e.source_id, e.relation, e.target_id, p.n, p.first, p.last
                    FROM (\(Self.periodEdges)) p JOIN edge e ON e.id = p.id
                    """
                arguments = ["since": period.bounds.lower, "until": period.bounds.upper]
            } else if dates && !includeEvidence {
                sql = """
                    SELECT e.id, e.source_id, e.relation, e.target_id, e.count, p.first, p.last
                    FROM edge e LEFT JOIN (\(Self.periodEdges)) p ON p.id = e.id
                    """
                arguments = ["since": "0000", "until": "9999"]
            } else {
                sql = "SELECT id, source_id, relation, target_id, count, NULL, NULL FROM edge"
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                guard let relation = RelationType(rawValue: row[2]) else { continue }
                var edge = Graph.Relation(source: row[1], relation: relation, target: row[3], count: row[4], evidence: evidence[row[0]] ?? [])
                Self.setSeen(&edge, first: row[5], last: row[6])
                relations.append(edge)
            }
            var ids: [Int64]?
            if period != nil { ids = Array(Set(relations.flatMap { [$0.source, $0.target] })) }
            let entities = try Self.entities(db, ids: ids)
            return Graph(entities: entities, relations: Self.sortedByName(relations, entities: entities))
        }
    }

    /// The edges with evidence from documents published between `:since` and `:until`: their
    /// `id`, sentences `n` and the dates `first` and `last` seen. A range scan of the date index.
    static let periodEdges = """
        SELECT v.edge_id AS id, count(*) AS n, min(d.published) AS first, max(d.published) AS last
        FROM document d JOIN evidence v ON v.document_id = d.id
        WHERE d.published BETWEEN :since AND :until GROUP BY v.edge_id
        """

    /// Sets an edge's first and last seen dates from stored dates, or from its evidence.
    static func setSeen(_ edge: inout Graph.Relation, first: String?, last: String?) {
        let dates = edge.evidence.compactMap(\.metadata.date)
        edge.firstSeen = first.flatMap(DocumentDate.init) ?? dates.min()
        edge.lastSeen = last.flatMap(DocumentDate.init) ?? dates.max()
    }

    /// The sentences behind each edge (all edges when `edges` is nil), oldest dated document
    /// first, with their documents' metadata; only from `period`'s documents when given.
    static func evidence(_ db: Database, edges: [Int64]?, period: Period? = nil) throws -> [Int64: [Graph.Evidence]] {
        var sql = """
            SELECT evidence.edge_id, \(evidenceColumns) FROM evidence
            JOIN document ON document.id = evidence.document_id WHERE 1
            """
        var arguments = StatementArguments()
        if let edges {
            sql += " AND evidence.edge_id IN (SELECT value FROM json_each(?))"
            arguments += [jsonArray(edges)]
        }
        if let period {
            sql += " AND document.published BETWEEN ? AND ?"
            arguments += [period.bounds.lower, period.bounds.upper]
        }
        var evidence: [Int64: [Graph.Evidence]] = [:]
        // By date, then by document name and position, not by when each document was stored.
        let rows = try Row.fetchCursor(
            db, sql: sql + " ORDER BY document.published IS NULL, document.published, document.source, document.hash, evidence.sentence_index",
            arguments: arguments)
        while let row = try rows.next() {
            evidence[row[0], default: []].append(Self.evidence(row, from: 1))
        }
        return evidence
    }

    /// Relations in the order every export shows them: by source name, relation, target name.
    ///
    /// Entities are ranked by name once, and the relations sorted by those integer ranks
    /// (a million edges in a fraction of a second, where comparing names looked up in a
    /// dictionary took seconds).
    ///
    /// A symmetric relation points from the endpoint whose name sorts first, so that it reads
    /// the same whichever document named which party first.
    static func sortedByName(_ relations: [Graph.Relation], entities: [Graph.Entity]) -> [Graph.Relation] {
        let byName = entities.indices.sorted {
            (entities[$0].name, entities[$0].type, entities[$0].id) < (entities[$1].name, entities[$1].type, entities[$1].id)
        }
        var rank = [Int](repeating: -1, count: entities.count)
        for (position, index) in byName.enumerated() { rank[index] = position }
        let positions = EntityPositions(entities)
        var relations = relations
        for index in relations.indices where relations[index].relation.isSymmetric {
            let (source, target) = (relations[index].source, relations[index].target)
            if let s = positions[source], let t = positions[target], rank[t] < rank[s] {
                relations[index].source = target
                relations[index].target = source
            }
        }
        // Each relation as two integers to compare: source rank and relation, target rank and
        // position (an entity the list lacks ranks last).
        let rankOf = { (id: Int64) in UInt64(truncatingIfNeeded: positions[id].map { rank[$0] } ?? -1) }
        let kinds = RelationType.allCases
        var order = relations.indices.map { index in
            let relation = relations[index]
            return (rankOf(relation.source) &<< 3 | UInt64(kinds.firstIndex(of: relation.relation)!), rankOf(relation.target) &<< 32 | UInt64(index))
        }
        order.sort { $0 < $1 }
        return order.map { relations[Int($0.1 & 0xFFFF_FFFF)] }
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
        // SQLite sorts by the names' UTF-8 bytes, the order of their code points, many times
        // faster than comparing Swift strings.
        sql += " ORDER BY CASE type " + EntityType.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0) " }.joined() + "END, name, id"
        var aliases: [Int64: [String]] = [:]
        var aliasSQL = "SELECT entity_id, alias FROM alias WHERE is_lookup = 0"
        if ids != nil { aliasSQL += " AND entity_id IN (SELECT value FROM json_each(?))" }
        let aliasRows = try Row.fetchCursor(db, sql: aliasSQL + " ORDER BY entity_id, alias", arguments: arguments)
        while let row = try aliasRows.next() {
            aliases[row[0], default: []].append(row[1])
        }
        var entities: [Graph.Entity] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            guard let type = EntityType(rawValue: row[1]) else { continue }
            let id: Int64 = row[0]
            let name: String = row[2]
            entities.append(Graph.Entity(id: id, name: name, type: type, aliases: (aliases[id] ?? []).filter { $0 != name }, role: row[3], country: row[4]))
        }
        return entities
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
