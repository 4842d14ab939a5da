import GRDB
import RelgraphModel

extension GraphStore {
    /// The graph, or the part of it a filter keeps, in a deterministic order.
    ///
    /// With `filter.around`, only the entities within `filter.depth` relations of that entity
    /// are read (a recursive query over the adjacency list), not the whole graph.
    /// With `filter.period`, only the evidence from documents published in it counts: edges are
    /// counted by it, and an edge or entity it does not support is left out.
    /// - Parameters:
    ///   - evidence: read the supporting sentences too (see ``snapshot(evidence:)``).
    ///   - dates: give each edge the dates it was first and last seen, for exports that keep
    ///     time (always given with evidence or a period).
    public func snapshot(filter: GraphFilter, evidence: Bool = true, dates: Bool = false) throws -> Graph {
        guard let around = filter.around else {
            return try snapshot(evidence: evidence, period: filter.period, dates: dates).filtered(by: filter)
        }
        let center = try entity(named: around)
        var relationCondition = filter.relations.isEmpty ? "" : " AND e.relation IN (SELECT value FROM json_each(:relations))"
        if filter.period != nil { relationCondition += " AND e.id IN (SELECT id FROM kept)" }
        let kept = filter.period == nil ? "" : "kept(id) AS (SELECT id FROM (\(Self.periodEdges))),"
        let relations = "[" + filter.relations.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ",") + "]"
        let ids = try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    WITH RECURSIVE \(kept) reach(node, depth) AS (
                        SELECT :center, 0
                        UNION
                        SELECT e.target_id, r.depth + 1 FROM reach r JOIN edge e ON e.source_id = r.node
                        WHERE r.depth < :depth\(relationCondition)
                        UNION
                        SELECT e.source_id, r.depth + 1 FROM reach r JOIN edge e ON e.target_id = r.node
                        WHERE r.depth < :depth\(relationCondition)
                    )
                    SELECT DISTINCT node FROM reach
                    """,
                arguments: [
                    "center": center.id, "depth": max(filter.depth, 0), "relations": relations,
                    "since": filter.period?.bounds.lower, "until": filter.period?.bounds.upper,
                ])
        }
        var rest = filter
        rest.around = nil
        return try subgraph(Set(ids), evidence: evidence, period: filter.period, dates: dates).filtered(by: rest)
    }

    /// The entities with these ids and the edges among them (supported in `period`, if given;
    /// the center of an ego network stays even without any).
    func subgraph(_ ids: Set<Int64>, evidence includeEvidence: Bool, period: Period? = nil, dates: Bool = false) throws -> Graph {
        try read { db in
            let entities = try Self.entities(db, ids: Array(ids))
            var relations: [(id: Int64, relation: Graph.Relation)] = []
            let inside = "e.source_id IN (SELECT value FROM json_each(:ids)) AND e.target_id IN (SELECT value FROM json_each(:ids))"
            let sql =
                period != nil
                ? "SELECT e.id, e.source_id, e.relation, e.target_id, p.n, p.first, p.last FROM (\(Self.periodEdges)) p JOIN edge e ON e.id = p.id WHERE \(inside)"
                : dates && !includeEvidence
                    ? "SELECT e.id, e.source_id, e.relation, e.target_id, e.count, p.first, p.last FROM edge e LEFT JOIN (\(Self.periodEdges)) p ON p.id = e.id WHERE \(inside)"
                    : "SELECT e.id, e.source_id, e.relation, e.target_id, e.count, NULL, NULL FROM edge e WHERE \(inside)"
            let rows = try Row.fetchCursor(
                db, sql: sql,
                arguments: ["ids": Self.jsonArray(ids), "since": period?.bounds.lower ?? "0000", "until": period?.bounds.upper ?? "9999"])
            var seen: [Int64: (String?, String?)] = [:]
            while let row = try rows.next() {
                guard let relation = RelationType(rawValue: row[2]) else { continue }
                relations.append((row[0], Graph.Relation(source: row[1], relation: relation, target: row[3], count: row[4])))
                seen[row[0]] = (row[5], row[6])
            }
            if includeEvidence {
                let evidence = try Self.evidence(db, edges: relations.map(\.id), period: period)
                for index in relations.indices { relations[index].relation.evidence = evidence[relations[index].id] ?? [] }
            }
            for index in relations.indices {
                let (first, last) = seen[relations[index].id] ?? (nil, nil)
                Self.setSeen(&relations[index].relation, first: first, last: last)
            }
            return Graph(entities: entities, relations: Self.sortedByName(relations.map(\.relation), entities: entities))
        }
    }

    /// One step of a path: the edge taken and whether it was walked along or against its direction.
    public struct PathStep: Sendable, Equatable {
        public var from: Graph.Entity
        public var relation: RelationType
        public var to: Graph.Entity
        /// False when the edge points from `to` to `from` ("Hamas ← backs ← Iran").
        public var isForward: Bool
        public var count: Int
    }

    /// The shortest chain of relations between two entities, following edges either way.
    ///
    /// A breadth-first search from both ends, one indexed SQL query per level, always
    /// widening the smaller side: only the neighbourhoods of the two entities are read,
    /// never the whole graph, and a hub on one side does not slow the other. (A single
    /// recursive query from one end visits every entity within `maxDepth` steps: on a graph of
    /// a million edges, hundreds of milliseconds.) Each step takes the best-attested edge.
    /// - Returns: the steps, or nil when no chain of at most `maxDepth` edges exists.
    /// - Parameter period: follow only edges supported by documents published in it.
    public func path(from a: String, to b: String, maxDepth: Int = 4, period: Period? = nil) throws -> [PathStep]? {
        let start = try entity(named: a)
        let goal = try entity(named: b)
        if start.id == goal.id { return [] }
        let inPeriod = """
            EXISTS (SELECT 1 FROM evidence v JOIN document d ON d.id = v.document_id
                    WHERE v.edge_id = edge.id AND d.published BETWEEN ?2 AND ?3)
            """
        let bounds: StatementArguments = period.map { [$0.bounds.lower, $0.bounds.upper] } ?? []
        return try read { db -> [PathStep]? in
            let neighbors = try db.cachedStatement(
                sql: period == nil
                    ? """
                    SELECT source_id, target_id FROM edge WHERE source_id IN (SELECT value FROM json_each(?1))
                    UNION ALL
                    SELECT target_id, source_id FROM edge WHERE target_id IN (SELECT value FROM json_each(?1))
                    """
                    : """
                    SELECT source_id, target_id FROM edge WHERE source_id IN (SELECT value FROM json_each(?1)) AND \(inPeriod)
                    UNION ALL
                    SELECT target_id, source_id FROM edge WHERE target_id IN (SELECT value FROM json_each(?1)) AND \(inPeriod)
                    """)
            // Each side: how every reached entity was reached (itself for the start).
            var parents: [[Int64: Int64]] = [[start.id: start.id], [goal.id: goal.id]]
            var frontiers: [[Int64]] = [[start.id], [goal.id]]
            var meeting: Int64?
            for _ in 0..<max(maxDepth, 1) where meeting == nil {
                let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
                var next: [Int64] = []
                let rows = try Row.fetchCursor(neighbors, arguments: [Self.jsonArray(frontiers[side])] + bounds)
                while let row = try rows.next() {
                    let (from, to): (Int64, Int64) = (row[0], row[1])
                    guard parents[side][to] == nil else { continue }
                    parents[side][to] = from
                    next.append(to)
                    if parents[1 - side][to] != nil {
                        meeting = to
                        break
                    }
                }
                frontiers[side] = next
                if next.isEmpty { return nil }
            }
            guard let meeting else { return nil }
            var chain = [meeting]
            while let previous = parents[0][chain[0]], previous != chain[0] { chain.insert(previous, at: 0) }
            while let following = parents[1][chain[chain.count - 1]], following != chain[chain.count - 1] { chain.append(following) }
            let entities = Dictionary(uniqueKeysWithValues: try chain.compactMap { try Self.entity(id: $0, db) }.map { ($0.id, $0) })
            let bestEdge = try db.cachedStatement(
                sql: period == nil
                    ? """
                    SELECT relation, count, source_id = ?1 AS forward FROM edge
                    WHERE (source_id = ?1 AND target_id = ?2) OR (source_id = ?2 AND target_id = ?1)
                    ORDER BY count DESC, relation LIMIT 1
                    """
                    : """
                    SELECT * FROM (
                        SELECT relation, (SELECT count(*) FROM evidence v JOIN document d ON d.id = v.document_id
                                          WHERE v.edge_id = edge.id AND d.published BETWEEN ?3 AND ?4) AS count,
                            source_id = ?1 AS forward
                        FROM edge WHERE (source_id = ?1 AND target_id = ?2) OR (source_id = ?2 AND target_id = ?1))
                    WHERE count > 0 ORDER BY count DESC, relation LIMIT 1
                    """)
            var steps: [PathStep] = []
            for (from, to) in zip(chain, chain.dropFirst()) {
                guard let row = try Row.fetchOne(bestEdge, arguments: [from, to] + bounds), let relation = RelationType(rawValue: row["relation"]),
                    let source = entities[from], let target = entities[to]
                else { return nil }
                steps.append(PathStep(from: source, relation: relation, to: target, isForward: row["forward"] as Bool || relation.isSymmetric, count: row["count"]))
            }
            return steps
        }
    }

    /// An entity and how many edges touch it.
    public struct RankedEntity: Sendable, Equatable {
        public var entity: Graph.Entity
        public var degree: Int
    }

    /// Entities, optionally of one type, by degree (most connected first) or by name.
    ///
    /// With a `period`, only the entities with an edge supported by its documents, their degree
    /// counting those edges alone.
    public func entities(type: EntityType? = nil, byDegree: Bool = true, limit: Int? = nil, period: Period? = nil) throws -> [RankedEntity] {
        try read { db in
            var sql: String
            var arguments = StatementArguments()
            if let period {
                sql = """
                    WITH kept AS (SELECT e.source_id, e.target_id FROM (\(Self.periodEdges)) p JOIN edge e ON e.id = p.id),
                    ends(id) AS (SELECT source_id FROM kept UNION ALL SELECT target_id FROM kept)
                    SELECT entity.id, count(*) AS degree FROM ends JOIN entity ON entity.id = ends.id
                    WHERE (:type IS NULL OR entity.type = :type) GROUP BY entity.id
                    """
                arguments = ["since": period.bounds.lower, "until": period.bounds.upper, "type": type?.rawValue]
            } else {
                sql = """
                    SELECT entity.id, coalesce(o.n, 0) + coalesce(i.n, 0) AS degree FROM entity
                    LEFT JOIN (SELECT source_id AS id, count(*) AS n FROM edge GROUP BY source_id) o ON o.id = entity.id
                    LEFT JOIN (SELECT target_id AS id, count(*) AS n FROM edge GROUP BY target_id) i ON i.id = entity.id
                    """
                if let type {
                    sql += " WHERE entity.type = ?"
                    arguments += [type.rawValue]
                }
            }
            sql += byDegree ? " ORDER BY degree DESC, entity.name" : " ORDER BY entity.name"
            if let limit { sql += " LIMIT \(limit)" }
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let byID = Dictionary(uniqueKeysWithValues: try Self.entities(db, ids: rows.map { $0[0] }).map { ($0.id, $0) })
            return rows.compactMap { row in byID[row[0]].map { RankedEntity(entity: $0, degree: row[1]) } }
        }
    }

    /// Totals for `relgraph stats`.
    public struct Statistics: Sendable {
        /// Documents (in the period, when one was asked for).
        public var documents: Int
        /// Documents without a date, whatever the period: a period never includes them.
        public var undatedDocuments: Int
        /// The earliest and latest publication dates in the graph.
        public var firstDate: DocumentDate?
        public var lastDate: DocumentDate?
        public var entitiesByType: [EntityType: Int]
        public var relationsByType: [RelationType: Int]
        public var evidence: Int
        public var mostConnected: [RankedEntity]
    }

    /// - Parameter period: count only the documents published in it, the evidence they give,
    ///   and the edges and entities that evidence supports.
    public func statistics(top: Int = 10, period: Period? = nil) throws -> Statistics {
        if let period { return try statistics(top: top, period: period) }
        let (documents, byType, byRelation, evidence, undated, range) = try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                try Row.fetchAll(db, sql: "SELECT type, count(*) FROM entity GROUP BY type"),
                try Row.fetchAll(db, sql: "SELECT relation, count(*) FROM edge GROUP BY relation"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE published IS NULL") ?? 0,
                try Row.fetchOne(db, sql: "SELECT min(published), max(published) FROM document")
            )
        }
        var entitiesByType: [EntityType: Int] = [:]
        for row in byType { if let type = EntityType(rawValue: row[0]) { entitiesByType[type] = row[1] } }
        var relationsByType: [RelationType: Int] = [:]
        for row in byRelation { if let relation = RelationType(rawValue: row[0]) { relationsByType[relation] = row[1] } }
        let first: String? = range?[0]
        let last: String? = range?[1]
        return Statistics(
            documents: documents, undatedDocuments: undated, firstDate: first.flatMap(DocumentDate.init), lastDate: last.flatMap(DocumentDate.init),
            entitiesByType: entitiesByType, relationsByType: relationsByType, evidence: evidence,
            mostConnected: try entities(limit: top))
    }

    /// Statistics of a period from one pass over its evidence: the period's edges, grouped
    /// once by the date index, counted by relation, by the types of their ends and by degree.
    private func statistics(top: Int, period: Period) throws -> Statistics {
        try read { db in
            let bounds: StatementArguments = ["since": period.bounds.lower, "until": period.bounds.upper]
            var relationsByType: [RelationType: Int] = [:]
            var degrees: [Int64: Int] = [:]
            var evidence = 0
            let edges = try Row.fetchCursor(
                db, sql: "SELECT e.relation, e.source_id, e.target_id, p.n FROM (\(Self.periodEdges)) p JOIN edge e ON e.id = p.id",
                arguments: bounds)
            while let row = try edges.next() {
                guard let relation = RelationType(rawValue: row[0]) else { continue }
                relationsByType[relation, default: 0] += 1
                degrees[row[1], default: 0] += 1
                degrees[row[2], default: 0] += 1
                evidence += row[3] as Int
            }
            var entitiesByType: [EntityType: Int] = [:]
            let types = try Row.fetchCursor(
                db, sql: "SELECT type FROM entity WHERE id IN (SELECT value FROM json_each(?))", arguments: [Self.jsonArray(degrees.keys)])
            while let row = try types.next() {
                if let type = EntityType(rawValue: row[0]) { entitiesByType[type, default: 0] += 1 }
            }
            // The most connected: every entity whose degree reaches the top's last, ordered as
            // `entities` orders them (degree, then name by its bytes).
            let cut = degrees.values.sorted(by: >).dropFirst(max(top, 1) - 1).first ?? 0
            let candidates = degrees.filter { $0.value >= cut }.map(\.key)
            let ranked = try Self.entities(db, ids: candidates).map { RankedEntity(entity: $0, degree: degrees[$0.id] ?? 0) }.sorted {
                $0.degree != $1.degree ? $0.degree > $1.degree : $0.entity.name.utf8.lexicographicallyPrecedes($1.entity.name.utf8)
            }
            let range = try Row.fetchOne(db, sql: "SELECT min(published), max(published) FROM document")
            let first: String? = range?[0]
            let last: String? = range?[1]
            return Statistics(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE published BETWEEN :since AND :until", arguments: bounds) ?? 0,
                undatedDocuments: try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE published IS NULL") ?? 0,
                firstDate: first.flatMap(DocumentDate.init), lastDate: last.flatMap(DocumentDate.init),
                entitiesByType: entitiesByType, relationsByType: relationsByType, evidence: evidence,
                mostConnected: Array(ranked.prefix(top)))
        }
    }
}
