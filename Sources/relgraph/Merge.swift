import ArgumentParser
import Foundation
import RelgraphStore

extension Relgraph {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge whole graphs into one.",
            discussion: """
                Adds every document, entity, edge and evidence sentence of each GRAPH to the --db \
                graph (created if missing), each graph in one transaction. A document held by several \
                is kept once. Merging the graphs of a corpus split any way gives the graph of \
                ingesting it whole.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var lexicons: LexiconOptions

        @Flag(name: .shortAndLong, help: "Print only errors.")
        var quiet = false

        @Argument(help: "relgraph databases to merge into --db.")
        var graphs: [String]

        func validate() throws {
            if graphs.isEmpty { throw ValidationError("Name at least one graph database to merge.") }
        }

        func run() throws {
            let output = try GraphStore(path: database.path, memoryMapped: false, lexicon: try lexicons.lexicon())
            try output.requireWritable()
            for graph in graphs {
                guard FileManager.default.fileExists(atPath: graph) else {
                    throw ValidationError("\(graph): no such file; name a database written by relgraph ingest")
                }
                if URL(fileURLWithPath: graph).standardizedFileURL == URL(fileURLWithPath: database.path).standardizedFileURL { continue }
                let result = try output.merge(from: GraphStore(path: graph))
                if !quiet {
                    print(
                        "\(graph): \(result.documents) document\(result.documents == 1 ? "" : "s") merged"
                            + (result.alreadyPresent > 0 ? " (\(result.alreadyPresent) already present)" : ""))
                }
            }
        }
    }
}
