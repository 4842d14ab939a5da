import RelgraphModel
import RelgraphStore

/// Everything the viewer asks the store, in one place, each question with the page's
/// ``Period``.
///
/// The store has no document dates yet (the dated-news work adds them, with `since`/`until`
/// on its queries); when it does, the period goes through here to the store, and
/// ``appliesPeriods`` turns true. Until then a page with a period says it shows every document.
struct GraphReader: Sendable {
    let store: GraphStore

    /// Whether the store can keep only the edges of documents in a period.
    var appliesPeriods: Bool { false }

    func entity(id: Int64) throws -> Graph.Entity? {
        try store.entity(id: id)
    }

    func entity(named name: String) throws -> Graph.Entity {
        try store.entity(named: name)
    }

    func links(of id: Int64, relation: RelationType?, period: Period, limit: Int? = nil) throws -> [GraphStore.Link] {
        try store.links(of: id, relation: relation, limit: limit)
    }

    func linkGroups(of id: Int64, relation: RelationType?, period: Period, limit: Int) throws -> [GraphStore.LinkGroup] {
        try store.linkGroups(of: id, relation: relation, limit: limit)
    }

    func edge(id: Int64) throws -> GraphStore.Edge? {
        try store.edge(id: id)
    }

    func evidence(edgeID: Int64, period: Period) throws -> [GraphStore.SourcedEvidence] {
        try store.sourcedEvidence(edgeID: edgeID)
    }

    func path(from: String, to: String, period: Period) throws -> [GraphStore.PathStep]? {
        try store.path(from: from, to: to, maxDepth: 4)
    }

    func statistics(top: Int) throws -> GraphStore.Statistics {
        try store.statistics(top: top)
    }

    func ingestSpan() throws -> (first: String, last: String)? {
        try store.ingestSpan()
    }
}
