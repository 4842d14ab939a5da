/// The relations relgraph reads from news text.
///
/// `spoke_with`, `backs` and `blamed` follow the annotation guidelines the project is measured
/// against; the others are read the same way, from the triggers in `relations.txt`, except
/// `leads`, which comes from titles ("Hamas political leader Ismail Haniyeh", "the RSF, led by
/// Mohamed Hamdan Dagalo"). The raw values are the names stored in the database and written to
/// exports.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    /// The two parties communicated directly: a call, a meeting, talks, a conversation.
    case spokeWith = "spoke_with"
    /// The source supports, funds, arms, supplies or declares support for the target.
    case backs
    /// The source blames, accuses or holds the target responsible.
    case blamed
    /// The source criticizes or condemns the target.
    case criticized
    /// The source attacks, strikes or invades the target.
    case attacked
    /// The source imposes sanctions on the target.
    case sanctioned
    /// The source (a person) leads the target (an organization or country).
    case leads

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
        case .criticized: "criticized"
        case .attacked: "attacked"
        case .sanctioned: "sanctioned"
        case .leads: "leads"
        }
    }

    /// The position in `allCases`, by a switch: sorting a million edges compares relations
    /// tens of millions of times.
    private var ordinal: Int {
        switch self {
        case .spokeWith: 0
        case .backs: 1
        case .blamed: 2
        case .criticized: 3
        case .attacked: 4
        case .sanctioned: 5
        case .leads: 6
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}
