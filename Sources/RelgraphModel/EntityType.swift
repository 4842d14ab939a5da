/// The kinds of actor relgraph puts in a graph.
///
/// The raw values are the words users type (`--type person`) and the words stored in the
/// database and written to every export format, so they never change.
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    /// A named human being: "Vladimir Putin".
    case person
    /// A sovereign state or a state-like territory acting as one: "Russia", "Palestine".
    case country
    /// A named group: an international body, party, militia, agency, company or outlet.
    case organization

    /// The position in `allCases`, by a switch, for cheap comparisons.
    private var ordinal: Int {
        switch self {
        case .person: 0
        case .country: 1
        case .organization: 2
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}
