import GRDB
import RelgraphModel

extension GraphStore {
    /// One dated fact about an entity: a relation with another entity, as one sentence of one
    /// document tells it.
    public struct TimelineEntry: Sendable, Equatable {
        public var relation: RelationType
        public var direction: Neighbor.Direction
        /// The entity at the other end.
        public var other: Graph.Entity
        /// The sentence, its document and the document's date, title and link.
        public var evidence: Graph.Evidence
    }

    /// The relations of `name`, one entry per supporting sentence, oldest document first;
    /// entries from undated documents come last.
    ///
    /// - Parameters:
    ///   - relation: only this relation.
    ///   - period: only documents published in it (which leaves out undated ones).
    public func timeline(of name: String, relation: RelationType? = nil, period: Period? = nil) throws -> [TimelineEntry] {
        try read { db in
            let center = try Self.entity(named: name, db)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.relation, e.source_id = :center AS outgoing, CASE WHEN e.source_id = :center THEN e.target_id ELSE e.source_id END AS other,
                        \(Self.evidenceColumns)
                    FROM edge e JOIN evidence ON evidence.edge_id = e.id JOIN document ON document.id = evidence.document_id
                    WHERE (e.source_id = :center OR e.target_id = :center) AND (:relation IS NULL OR e.relation = :relation)
                      AND (:any OR document.published BETWEEN :since AND :until)
                    ORDER BY document.published IS NULL, document.published, document.id, evidence.sentence_index, e.relation
                    """,
                arguments: [
                    "center": center.id, "relation": relation?.rawValue, "any": period == nil,
                    "since": period?.bounds.lower, "until": period?.bounds.upper,
                ])
            var others: [Int64: Graph.Entity] = [:]
            return try rows.compactMap { row -> TimelineEntry? in
                guard let kind = RelationType(rawValue: row[0]) else { return nil }
                let otherID: Int64 = row[2]
                if others[otherID] == nil { others[otherID] = try Self.entity(id: otherID, db) }
                guard let other = others[otherID] else { return nil }
                let outgoing: Bool = row[1]
                let direction: Neighbor.Direction = kind.isSymmetric ? .mutual : (outgoing ? .outgoing : .incoming)
                return TimelineEntry(relation: kind, direction: direction, other: other, evidence: Self.evidence(row, from: 3))
            }
        }
    }

    /// A document the graph was built from.
    public struct StoredDocument: Sendable, Equatable {
        /// Where it was read from: a file path, `<stdin>`, or `news.jsonl:12` for a record.
        public var source: String
        public var metadata: DocumentMetadata
        /// How many sentences of it support an edge.
        public var evidence: Int
    }

    /// The documents, oldest first, undated ones last.
    /// - Parameter period: only documents published in it.
    public func documents(period: Period? = nil) throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.source, d.published, d.title, d.url, d.outlet, (SELECT count(*) FROM evidence v WHERE v.document_id = d.id)
                    FROM document d WHERE (:any OR d.published BETWEEN :since AND :until)
                    ORDER BY d.published IS NULL, d.published, d.id
                    """,
                arguments: ["any": period == nil, "since": period?.bounds.lower, "until": period?.bounds.upper]
            ).map { row in
                let published: String? = row[1]
                return StoredDocument(
                    source: row[0], metadata: DocumentMetadata(date: published.flatMap(DocumentDate.init), title: row[2], url: row[3], outlet: row[4]),
                    evidence: row[5])
            }
        }
    }
}
