/// Which part of a graph to export, render or list.
public struct GraphFilter: Sendable, Equatable {
    /// Keep only the entities within `depth` relations of this one (an ego network).
    public var around: String?
    public var depth: Int
    /// Keep only these relations (all when empty).
    public var relations: Set<RelationType>
    /// Keep only entities of these types (all when empty), and the edges between them.
    public var types: Set<EntityType>
    /// Keep only edges seen at least this many times.
    public var minCount: Int
    /// Keep only the evidence from documents published in this period (and the edges and
    /// entities it supports); the store answers it.
    public var period: Period?
    /// Keep entities without any edge; false drops them, as diagrams want.
    public var includeIsolated: Bool

    public init(
        around: String? = nil, depth: Int = 1, relations: Set<RelationType> = [], types: Set<EntityType> = [], minCount: Int = 1,
        period: Period? = nil, includeIsolated: Bool = true
    ) {
        self.around = around
        self.depth = depth
        self.relations = relations
        self.types = types
        self.minCount = minCount
        self.period = period
        self.includeIsolated = includeIsolated
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { around == nil && relations.isEmpty && types.isEmpty && minCount <= 1 && period == nil && includeIsolated }
}

extension Graph {
    /// The graph with the relation, type, count and isolation conditions of `filter` applied
    /// (not `around` or `period`, which the store answers), dropping entities left without edges when any
    /// edge condition removed something.
    public func filtered(by filter: GraphFilter) -> Graph {
        if !filter.includeIsolated {
            var unfiltered = filter
            unfiltered.includeIsolated = true
            let graph = filtered(by: unfiltered)
            // Marks by position, not a set of ids: a million edges in milliseconds.
            let positions = EntityPositions(graph.entities)
            var connected = [Bool](repeating: false, count: graph.entities.count)
            for relation in graph.relations {
                if let p = positions[relation.source] { connected[p] = true }
                if let p = positions[relation.target] { connected[p] = true }
            }
            guard connected.contains(false) else { return graph }
            return Graph(entities: graph.entities.indices.filter { connected[$0] }.map { graph.entities[$0] }, relations: graph.relations)
        }
        guard !(filter.relations.isEmpty && filter.types.isEmpty && filter.minCount <= 1) else { return self }
        let kept = Set(entities.filter { filter.types.isEmpty || filter.types.contains($0.type) }.map(\.id))
        let relations = relations.filter { r in
            (filter.relations.isEmpty || filter.relations.contains(r.relation)) && r.count >= filter.minCount
                && kept.contains(r.source) && kept.contains(r.target)
        }
        let connected = Set(relations.flatMap { [$0.source, $0.target] })
        let edgeFilter = !filter.relations.isEmpty || filter.minCount > 1
        let entities = entities.filter { kept.contains($0.id) && (!edgeFilter || connected.contains($0.id)) }
        return Graph(entities: entities, relations: relations)
    }
}
