import Foundation
import ArgumentParser
import RelgraphStore

@main
struct Relgraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Build a graph of who did what to whom from English news text.",
        discussion: """
            relgraph reads articles, finds people, countries and organizations and the relations \
            between them (spoke_with, backs, blamed), stores the graph in SQLite, answers \
            questions about it and exports it for Graphviz and other tools.
            """,
        subcommands: [
            Ingest.self, Extract.self, Merge.self, Neighbors.self, Evidence.self, Path.self, Entities.self, Relations.self, Stats.self,
            Timeline.self, Documents.self, Export.self, Render.self, Evaluate.self, Serve.self,
        ])
}

/// Options every command that opens a graph shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The graph database (default: $RELGRAPH_DB, else relgraph.sqlite).")
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["RELGRAPH_DB"] ?? "relgraph.sqlite"
    }

    /// The graph to ask questions of; a path where no graph was built is an error, not a new
    /// empty file.
    func existingGraph() throws -> GraphStore {
        try GraphStore(path: path, mustExist: true)
    }
}
