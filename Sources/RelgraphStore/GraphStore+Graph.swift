import GRDB
import RelgraphModel

extension GraphStore {
    /// The graph, or the part of it a filter keeps, in a deterministic order.
    ///
    /// With `filter.around`, only the entities within `filter.depth` relations of that entity
    /// are read (a recursive query over the adjacency list), not the whole graph.
    /// - Parameter evidence: read the supporting sentences too (see ``snapshot(evidence:)``).
    public func snapshot(filter: GraphFilter, evidence: Bool = true) throws -> Graph {
        guard let around = filter.around else { return try snapshot(evidence: evidence).filtered(by: filter) }
        let center = try entity(named: around)
        let relationCondition = filter.relations.isEmpty ? "" : " AND e.relation IN (SELECT value FROM json_each(:relations))"
        let relations = "[" + filter.relations.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ",") + "]"
        let ids = try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    WITH RECURSIVE reach(node, depth) AS (
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
                arguments: ["center": center.id, "depth": max(filter.depth, 0), "relations": relations])
        }
        return try subgraph(Set(ids), evidence: evidence).filtered(by: GraphFilter(relations: filter.relations, types: filter.types, minCount: filter.minCount))
    }

    /// The entities with these ids and the edges among them.
    func subgraph(_ ids: Set<Int64>, evidence includeEvidence: Bool) throws -> Graph {
        try read { db in
            let entities = try Self.entities(db, ids: Array(ids))
            var relations: [(id: Int64, relation: Graph.Relation)] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, source_id, relation, target_id, count FROM edge
                    WHERE source_id IN (SELECT value FROM json_each(:ids)) AND target_id IN (SELECT value FROM json_each(:ids))
                    """,
                arguments: ["ids": Self.jsonArray(ids)])
            while let row = try rows.next() {
                guard let relation = RelationType(rawValue: row[2]) else { continue }
                relations.append((row[0], Graph.Relation(source: row[1], relation: relation, target: row[3], count: row[4])))
            }
            if includeEvidence {
                let evidence = try Self.evidence(db, edges: relations.map(\.id))
                for index in relations.indices { relations[index].relation.evidence = evidence[relations[index].id] ?? [] }
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
    public func path(from a: String, to b: String, maxDepth: Int = 4) throws -> [PathStep]? {
        let start = try entity(named: a)
        let goal = try entity(named: b)
        if start.id == goal.id { return [] }
        return try read { db -> [PathStep]? in
            let neighbors = try db.cachedStatement(
                sql: """
                    SELECT source_id, target_id FROM edge WHERE source_id IN (SELECT value FROM json_each(?1))
                    UNION ALL
                    SELECT target_id, source_id FROM edge WHERE target_id IN (SELECT value FROM json_each(?1))
                    """)
            // Each side: how every reached entity was reached (itself for the start).
            var parents: [[Int64: Int64]] = [[start.id: start.id], [goal.id: goal.id]]
            var frontiers: [[Int64]] = [[start.id], [goal.id]]
            var meeting: Int64?
            for _ in 0..<max(maxDepth, 1) where meeting == nil {
                let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
                var next: [Int64] = []
                let rows = try Row.fetchCursor(neighbors, arguments: [Self.jsonArray(frontiers[side])])
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
                sql: """
                    SELECT relation, count, source_id = ?1 AS forward FROM edge
                    WHERE (source_id = ?1 AND target_id = ?2) OR (source_id = ?2 AND target_id = ?1)
                    ORDER BY count DESC, relation LIMIT 1
                    """)
            var steps: [PathStep] = []
            for (from, to) in zip(chain, chain.dropFirst()) {
                guard let row = try Row.fetchOne(bestEdge, arguments: [from, to]), let relation = RelationType(rawValue: row["relation"]),
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
    public func entities(type: EntityType? = nil, byDegree: Bool = true, limit: Int? = nil) throws -> [RankedEntity] {
        try read { db in
            var sql = """
                SELECT entity.id, coalesce(o.n, 0) + coalesce(i.n, 0) AS degree FROM entity
                LEFT JOIN (SELECT source_id AS id, count(*) AS n FROM edge GROUP BY source_id) o ON o.id = entity.id
                LEFT JOIN (SELECT target_id AS id, count(*) AS n FROM edge GROUP BY target_id) i ON i.id = entity.id
                """
            var arguments = StatementArguments()
            if let type {
                sql += " WHERE entity.type = ?"
                arguments += [type.rawValue]
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
        public var documents: Int
        public var entitiesByType: [EntityType: Int]
        public var relationsByType: [RelationType: Int]
        public var evidence: Int
        public var mostConnected: [RankedEntity]
    }

    public func statistics(top: Int = 10) throws -> Statistics {
        let (documents, byType, byRelation, evidence) = try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                try Row.fetchAll(db, sql: "SELECT type, count(*) FROM entity GROUP BY type"),
                try Row.fetchAll(db, sql: "SELECT relation, count(*) FROM edge GROUP BY relation"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0
            )
        }
        var entitiesByType: [EntityType: Int] = [:]
        for row in byType { if let type = EntityType(rawValue: row[0]) { entitiesByType[type] = row[1] } }
        var relationsByType: [RelationType: Int] = [:]
        for row in byRelation { if let relation = RelationType(rawValue: row[0]) { relationsByType[relation] = row[1] } }
        return Statistics(
            documents: documents, entitiesByType: entitiesByType, relationsByType: relationsByType, evidence: evidence,
            mostConnected: try entities(limit: top))
    }
}
