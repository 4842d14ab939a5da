/// Why the graph store refused to do something, in words that say what to do next.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not a relgraph database (or not SQLite at all).
    case notAGraphDatabase(path: String, reason: String)
    /// The database was written by a newer relgraph.
    case newerSchema(path: String)
    /// No entity has this name or alias.
    case unknownEntity(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case .notAGraphDatabase(let path, let reason):
            "\(path) is not a relgraph database (\(reason)); pass --db with a new file name or an existing relgraph database"
        case .newerSchema(let path):
            "\(path) was written by a newer version of relgraph; upgrade relgraph to open it"
        case .unknownEntity(let name, let suggestions):
            suggestions.isEmpty
                ? "no entity is named \"\(name)\"; `relgraph export --format json` lists every name"
                : "no entity is named \"\(name)\"; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
        }
    }
}
