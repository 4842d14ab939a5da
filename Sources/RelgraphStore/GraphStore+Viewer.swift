import GRDB
import RelgraphModel

/// Questions by id rather than by name, for pages that link to one exact entity or edge
/// (a person and a country both called "Jordan" stay apart in a URL).
extension GraphStore {
    /// One edge touching an entity, with the edge's id so that a page can link to its evidence.
    public struct Link: Sendable, Equatable {
        public var edgeID: Int64
        public var neighbor: Neighbor
    }

    /// One stored edge and the entities at its ends.
    public struct Edge: Sendable, Equatable {
        public var id: Int64
        public var source: Graph.Entity
        public var relation: RelationType
        public var target: Graph.Entity
        /// How many sentences support it.
        public var count: Int
    }

    /// A sentence behind an edge and the document it was read from.
    public struct SourcedEvidence: Sendable, Equatable {
        public var sentence: String
        /// The sentence's position in its document, from 0.
        public var position: Int
        public var document: DocumentReference
        /// The document's date, title, link and outlet, where known.
        public var metadata: DocumentMetadata = DocumentMetadata()
    }

    /// Which document a sentence comes from: where it was read and its content hash.
    public struct DocumentReference: Sendable, Equatable, Hashable {
        public var id: Int64
        public var source: String
        public var hash: String
    }

    /// The entity with this id, with its aliases; nil when there is none.
    public func entity(id: Int64) throws -> Graph.Entity? {
        try read { db in try Self.entity(id: id, db) }
    }

    /// Every edge touching the entity with this id, most attested first within each relation
    /// and direction (the order of ``neighbors(of:relation:type:leadersOnly:)``).
    /// - Parameters:
    ///   - relation: only edges of this relation.
    ///   - limit: only this many of the best-attested edges (chosen in SQL, so that a hub's
    ///     thousands of edges never become values).
    ///   - period: only edges supported by documents published in this period, each counted
    ///     by those documents' sentences alone (undated documents are in no period).
    public func links(of id: Int64, relation: RelationType? = nil, limit: Int? = nil, period: Period? = nil) throws -> [Link] {
        try read { db in
            let count = Self.edgeCount(period)
            let sides = """
                SELECT * FROM (
                    SELECT e.relation, \(count) AS count, 0 AS incoming, e.target_id AS other, e.id FROM edge e
                    WHERE e.source_id = :id AND (:relation IS NULL OR e.relation = :relation)
                    UNION ALL
                    SELECT e.relation, \(count) AS count, 1 AS incoming, e.source_id AS other, e.id FROM edge e
                    WHERE e.target_id = :id AND (:relation IS NULL OR e.relation = :relation)
                ) WHERE count > 0
                """
            // Without a limit, no sort in SQL: the whole list is sorted below anyway.
            let chosen = limit == nil ? sides : "SELECT * FROM (\(sides)) ORDER BY count DESC LIMIT :limit"
            var arguments: StatementArguments = ["id": id, "relation": relation?.rawValue]
            if let limit { arguments += ["limit": limit] }
            if let period { arguments += ["since": period.bounds.lower, "until": period.bounds.upper] }
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT l.relation, l.count, l.incoming, n.id, n.type, n.name, n.role, n.country, l.id
                        FROM (\(chosen)) l JOIN entity n ON n.id = l.other
                        """),
                arguments: arguments)
            var result: [Link] = []
            while let row = try rows.next() {
                guard let kind = RelationType(rawValue: row[0]), let otherType = EntityType(rawValue: row[4]) else { continue }
                let incoming: Bool = row[2]
                let other = Graph.Entity(id: row[3], name: row[5], type: otherType, role: row[6], country: row[7])
                let direction: Neighbor.Direction = kind.isSymmetric ? .mutual : (incoming ? .incoming : .outgoing)
                result.append(Link(edgeID: row[8], neighbor: Neighbor(entity: other, relation: kind, direction: direction, count: row[1])))
            }
            let keys = result.map { ($0.neighbor.relation, $0.neighbor.direction.rawValue, -$0.neighbor.count, $0.neighbor.entity.name) }
            return result.indices.sorted { keys[$0] < keys[$1] }.map { result[$0] }
        }
    }

    /// The edge with this id; nil when there is none.
    public func edge(id: Int64) throws -> Edge? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT source_id, relation, target_id, count FROM edge WHERE id = ?", arguments: [id]),
                let relation = RelationType(rawValue: row[1]),
                let source = try Self.entity(id: row[0], db), let target = try Self.entity(id: row[2], db)
            else { return nil }
            return Edge(id: id, source: source, relation: relation, target: target, count: row[3])
        }
    }

    /// The sentences behind the edge with this id, each with its document and the document's
    /// date, title and link: oldest dated document first, undated ones last, then in document order.
    /// - Parameter period: only sentences from documents published in this period.
    public func sourcedEvidence(edgeID: Int64, period: Period? = nil) throws -> [SourcedEvidence] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT evidence.sentence, evidence.sentence_index, document.id, document.source, document.hash,
                        document.published, document.title, document.url, document.outlet
                    FROM evidence JOIN document ON document.id = evidence.document_id
                    WHERE evidence.edge_id = :edge AND (:any OR document.published BETWEEN :since AND :until)
                    ORDER BY document.published IS NULL, document.published, document.id, evidence.sentence_index
                    """,
                arguments: ["edge": edgeID, "any": period == nil, "since": period?.bounds.lower, "until": period?.bounds.upper]
            ).map { row in
                let published: String? = row[5]
                return SourcedEvidence(
                    sentence: row[0], position: row[1], document: DocumentReference(id: row[2], source: row[3], hash: row[4]),
                    metadata: DocumentMetadata(date: published.flatMap(DocumentDate.init), title: row[6], url: row[7], outlet: row[8]))
            }
        }
    }

    /// The SQL for an edge `e`'s count: its stored count, or with a period, how many of its
    /// sentences come from documents published between `:since` and `:until`.
    static func edgeCount(_ period: Period?) -> String {
        guard period != nil else { return "e.count" }
        return """
            (SELECT count(*) FROM evidence v JOIN document d ON d.id = v.document_id
             WHERE v.edge_id = e.id AND d.published BETWEEN :since AND :until)
            """
    }

    /// When the first and the last document were ingested (ISO 8601), or nil for an empty graph.
    public func ingestSpan() throws -> (first: String, last: String)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT min(ingested_at), max(ingested_at) FROM document"),
                let first: String = row[0], let last: String = row[1]
            else { return nil }
            return (first, last)
        }
    }
}

extension GraphStore {
    /// The edges of one relation and direction around an entity: how many, and the best attested.
    public struct LinkGroup: Sendable, Equatable {
        public var relation: RelationType
        public var direction: Neighbor.Direction
        /// How many edges the group holds.
        public var total: Int
        /// The `limit` best-attested of them, most sentences first, then by name.
        public var links: [Link]
    }

    /// The edges around the entity with this id, by relation and direction (in the order of
    /// ``neighbors(of:relation:type:leadersOnly:)``), each group's count and its `limit` best
    /// attested.
    ///
    /// Counting and choosing happen in SQL, so a hub of thousands of edges costs one index scan,
    /// and only the edges shown become values.
    /// - Parameter period: only edges supported by documents published in this period, each
    ///   counted by those documents' sentences alone (undated documents are in no period).
    public func linkGroups(of id: Int64, relation: RelationType? = nil, limit: Int, period: Period? = nil) throws -> [LinkGroup] {
        let symmetric = RelationType.allCases.filter(\.isSymmetric).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let count = Self.edgeCount(period)
        var arguments: StatementArguments = ["id": id, "relation": relation?.rawValue, "limit": limit]
        if let period { arguments += ["since": period.bounds.lower, "until": period.bounds.upper] }
        return try read { db in
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        WITH sides AS (
                            SELECT e.relation, \(count) AS count, CASE WHEN e.relation IN (\(symmetric)) THEN 2 ELSE 0 END AS side,
                                e.target_id AS other, e.id
                            FROM edge e WHERE e.source_id = :id AND (:relation IS NULL OR e.relation = :relation)
                            UNION ALL
                            SELECT e.relation, \(count) AS count, CASE WHEN e.relation IN (\(symmetric)) THEN 2 ELSE 1 END, e.source_id, e.id
                            FROM edge e WHERE e.target_id = :id AND (:relation IS NULL OR e.relation = :relation)
                        ), ranked AS (
                            SELECT *, row_number() OVER (PARTITION BY relation, side ORDER BY count DESC, other) AS rank,
                                count(*) OVER (PARTITION BY relation, side) AS total
                            FROM sides WHERE count > 0
                        )
                        SELECT r.relation, r.count, r.side, n.id, n.type, n.name, n.role, n.country, r.id, r.total
                        FROM ranked r JOIN entity n ON n.id = r.other WHERE r.rank <= :limit
                        """),
                arguments: arguments)
            var groups: [String: LinkGroup] = [:]
            while let row = try rows.next() {
                guard let kind = RelationType(rawValue: row[0]), let otherType = EntityType(rawValue: row[4]) else { continue }
                let side: Int = row[2]
                let direction: Neighbor.Direction = side == 2 ? .mutual : (side == 1 ? .incoming : .outgoing)
                let other = Graph.Entity(id: row[3], name: row[5], type: otherType, role: row[6], country: row[7])
                let link = Link(edgeID: row[8], neighbor: Neighbor(entity: other, relation: kind, direction: direction, count: row[1]))
                groups["\(kind.rawValue)/\(direction.rawValue)", default: LinkGroup(relation: kind, direction: direction, total: row[9], links: [])]
                    .links.append(link)
            }
            return groups.values
                .sorted { ($0.relation, $0.direction.rawValue) < ($1.relation, $1.direction.rawValue) }
                .map { group in
                    var group = group
                    group.links.sort { (-$0.neighbor.count, $0.neighbor.entity.name) < (-$1.neighbor.count, $1.neighbor.entity.name) }
                    return group
                }
        }
    }
}
