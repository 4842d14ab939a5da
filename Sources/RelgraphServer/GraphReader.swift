import RelgraphModel
import RelgraphStore

/// Everything the viewer asks the store, in one place, each question with the page's
/// ``PagePeriod``, which reaches the store as its `RelgraphModel.Period`: with one, only the
/// evidence of documents published in it counts (undated documents are in no period).
struct GraphReader: Sendable {
    let store: GraphStore

    /// Whether the store can keep only the edges of documents in a period.
    var appliesPeriods: Bool { true }

    func entity(id: Int64) throws -> Graph.Entity? {
        try store.entity(id: id)
    }

    func entity(named name: String) throws -> Graph.Entity {
        try store.entity(named: name)
    }

    func links(of id: Int64, relation: RelationType?, period: PagePeriod, limit: Int? = nil) throws -> [GraphStore.Link] {
        try store.links(of: id, relation: relation, limit: limit, period: period.storePeriod)
    }

    func linkGroups(of id: Int64, relation: RelationType?, period: PagePeriod, limit: Int) throws -> [GraphStore.LinkGroup] {
        try store.linkGroups(of: id, relation: relation, limit: limit, period: period.storePeriod)
    }

    func edge(id: Int64) throws -> GraphStore.Edge? {
        try store.edge(id: id)
    }

    func evidence(edgeID: Int64, period: PagePeriod) throws -> [GraphStore.SourcedEvidence] {
        try store.sourcedEvidence(edgeID: edgeID, period: period.storePeriod)
    }

    func path(from: String, to: String, period: PagePeriod) throws -> [GraphStore.PathStep]? {
        try store.path(from: from, to: to, maxDepth: 4, period: period.storePeriod)
    }

    func statistics(top: Int) throws -> GraphStore.Statistics {
        try store.statistics(top: top)
    }

    func ingestSpan() throws -> (first: String, last: String)? {
        try store.ingestSpan()
    }
}
