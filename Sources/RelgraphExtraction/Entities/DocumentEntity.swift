import RelgraphModel

/// An entity as one document knows it: every mention of it merged into one.
public struct DocumentEntity: Sendable, Equatable {
    public var type: EntityType
    /// The fullest name the document gives.
    public var name: String
    /// Other forms the document uses, in order of first use.
    public var aliases: [String]
    public var role: String?
    public var country: String?
    /// For people: whether their title makes them a leader (head of state or government, minister).
    public var isLeader: Bool
    /// For organizations: the lexicon's kind ("media", "militant", ...), if known.
    public var organizationKind: String?
    /// For people: the organization named with their title ("Hamas political leader").
    var organization: String?
    /// Other names to find the entity by, that this document did not use: the lexicon's forms
    /// ("UN" for "United Nations").
    public var lookupNames: [String] = []
    /// For people: the name of the who's-who entry the person was found to be ("John Kerry" for
    /// a "Kerry" the text gives alone), so that documents naming them differently, or giving
    /// them different offices, still make one node.
    public var knownAs: String?

    mutating func addAlias(_ alias: String) {
        if alias != name, !aliases.contains(alias) { aliases.append(alias) }
    }
}
