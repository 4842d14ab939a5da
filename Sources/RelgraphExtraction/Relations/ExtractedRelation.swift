import RelgraphModel

/// A relation read from a document, between two of its entities.
public struct ExtractedRelation: Sendable, Equatable {
    /// Indices into ``ExtractedDocument/entities``.
    public var source: Int
    public var relation: RelationType
    public var target: Int
    /// The sentences that support it.
    public var evidence: [Sentence]
}
