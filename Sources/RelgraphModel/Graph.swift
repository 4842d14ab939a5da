/// A self-contained copy of a graph (or part of one), ready to be written in any format.
///
/// Entities are referred to by their position-independent ``Entity/id``; relations name
/// their endpoints by id so that two entities that share a name (a person and a country
/// both called "Jordan") stay apart.
public struct Graph: Sendable, Equatable {
    /// A node: one real-world person, country or organization.
    public struct Entity: Sendable, Equatable, Identifiable {
        public var id: Int64
        public var name: String
        public var type: EntityType
        /// Other forms the texts used for it, such as "Putin" or "Kremlin".
        public var aliases: [String]
        /// For people: the title the texts give, such as "President".
        public var role: String?
        /// For people: the name of the country they serve.
        public var country: String?

        public init(
            id: Int64, name: String, type: EntityType, aliases: [String] = [],
            role: String? = nil, country: String? = nil
        ) {
            self.id = id
            self.name = name
            self.type = type
            self.aliases = aliases
            self.role = role
            self.country = country
        }
    }

    /// A sentence that supports a relation, and the document it comes from.
    public struct Evidence: Sendable, Equatable, Hashable {
        public var document: String
        public var sentence: String
        /// The sentence's position in its document, from 0.
        public var position: Int
        /// The document's date, title, link and outlet, where known.
        public var metadata: DocumentMetadata

        public init(document: String, sentence: String, position: Int = 0, metadata: DocumentMetadata = DocumentMetadata()) {
            self.document = document
            self.sentence = sentence
            self.position = position
            self.metadata = metadata
        }
    }

    /// An edge: `source relation target`, seen `count` times.
    public struct Relation: Sendable, Equatable {
        public var source: Int64
        public var relation: RelationType
        public var target: Int64
        /// How many sentences, over all documents, support this edge.
        public var count: Int
        public var evidence: [Evidence]
        /// The dates of the earliest and the latest dated documents that support it.
        public var firstSeen: DocumentDate?
        public var lastSeen: DocumentDate?

        public init(
            source: Int64, relation: RelationType, target: Int64, count: Int, evidence: [Evidence] = [],
            firstSeen: DocumentDate? = nil, lastSeen: DocumentDate? = nil
        ) {
            self.source = source
            self.relation = relation
            self.target = target
            self.count = count
            self.evidence = evidence
            self.firstSeen = firstSeen
            self.lastSeen = lastSeen
        }
    }

    public var entities: [Entity]
    public var relations: [Relation]

    public init(entities: [Entity], relations: [Relation]) {
        self.entities = entities
        self.relations = relations
    }

    /// The entity with this id, if the graph holds it.
    public func entity(_ id: Int64) -> Entity? {
        entities.first { $0.id == id }
    }
}

/// Where each entity of a list stands in it, by id.
///
/// Stored graphs number their entities 1, 2, 3… (SQLite row ids), so an array indexed by id
/// answers a million look-ups in milliseconds, without hashing and with far fewer cache
/// misses than a dictionary; ids spread too thinly for an array fall back to one.
public struct EntityPositions: Sendable {
    @usableFromInline var byID: [Int32] = []
    @usableFromInline var sparse: [Int64: Int]?

    public init(_ entities: [Graph.Entity]) {
        let largest = entities.lazy.map(\.id).max() ?? 0
        let smallest = entities.lazy.map(\.id).min() ?? 0
        guard smallest >= 0, largest < 4 * Int64(entities.count) + 1024, entities.count < Int(Int32.max) else {
            sparse = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            return
        }
        byID = [Int32](repeating: -1, count: Int(largest) + 1)
        for (position, entity) in entities.enumerated() where byID[Int(entity.id)] < 0 {
            byID[Int(entity.id)] = Int32(position)
        }
    }

    /// The position of the entity with this id, if the list holds it.
    @inlinable public subscript(id: Int64) -> Int? {
        if let sparse { return sparse[id] }
        guard id >= 0, id < byID.count, byID[Int(id)] >= 0 else { return nil }
        return Int(byID[Int(id)])
    }
}
