import GRDB
import RelgraphModel

extension GraphStore {
    /// The graph, or the part of it a filter keeps, in a deterministic order.
    ///
    /// With `filter.around`, only the entities within `filter.depth` relations of that entity
    /// are read (a recursive query over the adjacency list), not the whole graph.
    public func snapshot(filter: GraphFilter) throws -> Graph {
        guard let around = filter.around else { return try snapshot().filtered(by: filter) }
        let center = try entity(named: around)
        let relationCondition = filter.relations.isEmpty ? "" : " AND e.relation IN (SELECT value FROM json_each(:relations))"
        let relations = "[" + filter.relations.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ",") + "]"
        let ids = try queue.read { db in
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
        return try subgraph(Set(ids)).filtered(by: GraphFilter(relations: filter.relations, types: filter.types, minCount: filter.minCount))
    }

    /// The entities with these ids and the edges among them.
    func subgraph(_ ids: Set<Int64>) throws -> Graph {
        try queue.read { db in
            let entities = try Self.entities(db, ids: Array(ids))
            let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.name) })
            let list = Self.jsonArray(ids)
            var relations: [Graph.Relation] = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, source_id, relation, target_id, count FROM edge
                    WHERE source_id IN (SELECT value FROM json_each(:ids)) AND target_id IN (SELECT value FROM json_each(:ids))
                    """,
                arguments: ["ids": list])
            var evidence: [Int64: [Graph.Evidence]] = [:]
            let edgeIDs = Self.jsonArray(rows.map { $0["id"] as Int64 })
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT evidence.edge_id, document.source, evidence.sentence, evidence.sentence_index FROM evidence
                    JOIN document ON document.id = evidence.document_id WHERE evidence.edge_id IN (SELECT value FROM json_each(?))
                    ORDER BY document.id, evidence.sentence_index
                    """,
                arguments: [edgeIDs])
            {
                evidence[row[0], default: []].append(Graph.Evidence(document: row[1], sentence: row[2], position: row[3]))
            }
            for row in rows {
                guard let relation = RelationType(rawValue: row["relation"]) else { continue }
                relations.append(
                    Graph.Relation(source: row["source_id"], relation: relation, target: row["target_id"], count: row["count"], evidence: evidence[row["id"]] ?? []))
            }
            relations.sort { l, r in (names[l.source]!, l.relation, names[l.target]!) < (names[r.source]!, r.relation, names[r.target]!) }
            return Graph(entities: entities, relations: relations)
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
    /// A recursive query finds how far every entity within `maxDepth` steps lies from `a`
    /// (each entity expanded once per depth); the path is then read back from `b`, taking at
    /// each step the best-attested edge.
    /// - Returns: the steps, or nil when no chain of at most `maxDepth` edges exists.
    public func path(from a: String, to b: String, maxDepth: Int = 4) throws -> [PathStep]? {
        let start = try entity(named: a)
        let goal = try entity(named: b)
        if start.id == goal.id { return [] }
        return try queue.read { db -> [PathStep]? in
            var depthOf: [Int64: Int] = [:]
            for limit in 1...max(maxDepth, 1) {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        WITH RECURSIVE reach(node, depth) AS (
                            SELECT :start, 0
                            UNION
                            SELECT e.target_id, r.depth + 1 FROM reach r JOIN edge e ON e.source_id = r.node WHERE r.depth < :limit
                            UNION
                            SELECT e.source_id, r.depth + 1 FROM reach r JOIN edge e ON e.target_id = r.node WHERE r.depth < :limit
                        )
                        SELECT node, min(depth) FROM reach GROUP BY node
                        """,
                    arguments: ["start": start.id, "limit": limit])
                depthOf = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as Int) })
                if depthOf[goal.id] != nil { break }
                // Nothing new within reach: a longer walk cannot find it either.
                if rows.allSatisfy({ ($0[1] as Int) < limit }) { break }
            }
            guard var depth = depthOf[goal.id] else { return nil }
            var steps: [PathStep] = []
            var current = goal.id
            while depth > 0 {
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT other, relation, count, forward FROM (
                            SELECT source_id AS other, relation, count, 1 AS forward FROM edge WHERE target_id = :node
                            UNION ALL
                            SELECT target_id AS other, relation, count, 0 AS forward FROM edge WHERE source_id = :node
                        ) WHERE other IN (SELECT value FROM json_each(:candidates)) ORDER BY count DESC, other LIMIT 1
                        """,
                    arguments: [
                        "node": current,
                        "candidates": Self.jsonArray(depthOf.filter { $0.value == depth - 1 }.keys),
                    ])
                guard let row, let relation = RelationType(rawValue: row["relation"]) else { return nil }
                let previous: Int64 = row["other"]
                let entities = try Self.entities(db, ids: [previous, current])
                let from = entities.first { $0.id == previous }!
                let to = entities.first { $0.id == current }!
                steps.append(PathStep(from: from, relation: relation, to: to, isForward: row["forward"] as Bool || relation.isSymmetric, count: row["count"]))
                current = previous
                depth -= 1
            }
            return steps.reversed()
        }
    }

    /// An entity with how many edges touch it.
    public struct RankedEntity: Sendable, Equatable {
        public var entity: Graph.Entity
        public var degree: Int
    }

    /// Entities, optionally of one type, by degree (most connected first) or by name.
    public func entities(type: EntityType? = nil, byDegree: Bool = true, limit: Int? = nil) throws -> [RankedEntity] {
        try queue.read { db in
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
        let (documents, byType, byRelation, evidence) = try queue.read { db in
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
