/// Why the graph store refused to do something, in words that say what to do next.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not a relgraph database (or not SQLite at all).
    case notAGraphDatabase(path: String, reason: String)
    /// The database was written by a newer relgraph.
    case newerSchema(path: String)
    /// SQLite could not open the file or create it (a missing or read-only folder).
    case cannotOpen(path: String, reason: String)
    /// The database is read-only (its file or its folder), and the command needs to write.
    case readOnly(path: String)
    /// A question was asked of a database file that does not exist.
    case noGraph(path: String)
    /// No entity has this name or alias.
    case unknownEntity(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case .notAGraphDatabase(let path, let reason):
            "\(path) is not a relgraph database (\(reason)); pass --db with a new file name or an existing relgraph database"
        case .newerSchema(let path):
            "\(path) was written by a newer version of relgraph; upgrade relgraph to open it"
        case .cannotOpen(let path, let reason):
            "cannot open \(path) (\(reason)); check that its folder exists and is writable, or pass --db with another path"
        case .readOnly(let path):
            "\(path) is read-only; make the file and its folder writable, or pass --db with another path (queries still work)"
        case .noGraph(let path):
            "there is no graph at \(path) yet; build one with `relgraph ingest --db \(path) FILES`, or pass --db with an existing graph"
        case .unknownEntity(let name, let suggestions):
            suggestions.isEmpty
                ? "no entity is named \"\(name)\"; `relgraph export --format json` lists every name"
                : "no entity is named \"\(name)\"; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
        }
    }
}
