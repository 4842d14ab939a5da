/// The relations relgraph reads from news text, as defined in the annotation guidelines.
///
/// The raw values are the names stored in the database and written to exports.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    /// The two parties communicated directly: a call, a meeting, talks, a conversation.
    case spokeWith = "spoke_with"
    /// The source supports, funds, arms, supplies or declares support for the target.
    case backs
    /// The source blames, accuses or holds the target responsible.
    case blamed

    /// Whether `A rel B` and `B rel A` say the same thing.
    ///
    /// Symmetric relations are stored once, with the endpoints in a canonical order, and drawn
    /// without arrowheads.
    public var isSymmetric: Bool { self == .spokeWith }

    /// A short phrase for people: "spoke with", "backs", "blamed".
    public var phrase: String {
        switch self {
        case .spokeWith: "spoke with"
        case .backs: "backs"
        case .blamed: "blamed"
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
