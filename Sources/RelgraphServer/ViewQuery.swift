import RelgraphModel

/// A span of publication dates, `since` and `until` inclusive, as `YYYY-MM-DD`.
///
/// Pages accept it as `?since=…&until=…`, keep it in every link they draw, and hand it to
/// ``GraphReader``, the one place that asks the store, as the store's `RelgraphModel.Period`
/// (``storePeriod``): only evidence from documents published in the period counts, and
/// undated documents are in no period.
public struct PagePeriod: Sendable, Equatable {
    public var since: String?
    public var until: String?

    public init(since: String? = nil, until: String? = nil) {
        self.since = since
        self.until = until
    }

    /// No bound on either side.
    public var isEmpty: Bool { since == nil && until == nil }

    /// The store's period, or nil for none (every document, dated or not).
    var storePeriod: RelgraphModel.Period? {
        isEmpty ? nil : try? RelgraphModel.Period(since: since, until: until)
    }

    /// Reads `since` and `until` from a query.
    /// - Throws: ``ViewerError/badParameter(name:value:expected:)`` for a value that is not a date.
    init(query: [String: String]) throws {
        since = try Self.date(query, "since")
        until = try Self.date(query, "until")
        if let since, let until, since > until {
            throw ViewerError.badParameter(name: "until", value: until, expected: "a date on or after since (\(since))")
        }
    }

    private static func date(_ query: [String: String], _ name: String) throws -> String? {
        guard let value = query[name], !value.isEmpty else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
            (try? RelgraphModel.Period(since: value)) != nil
        else { throw ViewerError.badParameter(name: name, value: value, expected: "a date as YYYY-MM-DD") }
        return value
    }
}

/// What an entity page shows: how far out, which relation, which period, how many neighbours.
public struct ViewQuery: Sendable, Equatable {
    /// 1: the entity and its neighbours; 2: their neighbours too.
    public var depth: Int
    /// Only edges of this relation (all when nil).
    public var relation: RelationType?
    public var period: PagePeriod
    /// How many neighbours each group lists and the drawing shows before a "show more" link.
    public var limit: Int

    public static let defaultLimit = 20
    public static let largestLimit = 5_000

    public init(depth: Int = 1, relation: RelationType? = nil, period: PagePeriod = PagePeriod(), limit: Int = defaultLimit) {
        self.depth = depth
        self.relation = relation
        self.period = period
        self.limit = limit
    }

    /// Reads `depth`, `relation`, `since`, `until` and `limit` from a query; absent ones take
    /// their defaults.
    /// - Throws: ``ViewerError/badParameter(name:value:expected:)`` naming the first bad one.
    public init(query: [String: String]) throws {
        self.init()
        if let value = query["depth"], !value.isEmpty {
            guard let depth = Int(value), (1...2).contains(depth) else {
                throw ViewerError.badParameter(name: "depth", value: value, expected: "1 or 2")
            }
            self.depth = depth
        }
        if let value = query["relation"], !value.isEmpty {
            guard let relation = RelationType(rawValue: value) else {
                throw ViewerError.badParameter(name: "relation", value: value, expected: RelationType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.relation = relation
        }
        if let value = query["limit"], !value.isEmpty {
            guard let limit = Int(value), (1...Self.largestLimit).contains(limit) else {
                throw ViewerError.badParameter(name: "limit", value: value, expected: "a number from 1 to \(Self.largestLimit)")
            }
            self.limit = limit
        }
        period = try PagePeriod(query: query)
    }

    /// The query string that asks for this view again (defaults left out), with changes.
    func queryString(depth: Int? = nil, relation: RelationType?? = nil, limit: Int? = nil) -> String {
        let depth = depth ?? self.depth
        let relation = relation ?? self.relation
        let limit = limit ?? self.limit
        return HTML.query([
            ("depth", depth == 1 ? nil : String(depth)),
            ("relation", relation?.rawValue),
            ("since", period.since),
            ("until", period.until),
            ("limit", limit == Self.defaultLimit ? nil : String(limit)),
        ])
    }

    /// The query string that keeps only the period, for links to other entities.
    var periodQuery: String {
        HTML.query([("since", period.since), ("until", period.until)])
    }
}

/// Why a page could not be shown, in words that say what to ask instead.
public enum ViewerError: Error, CustomStringConvertible, Equatable {
    case badParameter(name: String, value: String, expected: String)
    case notFound(what: String)

    public var description: String {
        switch self {
        case .badParameter(let name, let value, let expected):
            "the parameter \(name)=\(value) is not valid: expected \(expected)"
        case .notFound(let what):
            "\(what) is not in this graph; search for a name from the home page"
        }
    }

    /// The HTTP status that says it: 400 or 404.
    var status: Int {
        switch self {
        case .badParameter: 400
        case .notFound: 404
        }
    }
}
