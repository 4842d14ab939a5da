import ArgumentParser
import Foundation
import RelgraphExport
import RelgraphStore

/// Formats the graph can be exported to.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json
}

extension Relgraph {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole graph as Graphviz DOT or JSON.",
            discussion: "Example: relgraph export --format dot | dot -Tsvg > graph.svg")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "dot or json.")
        var format: ExportFormat = .dot

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            let graph = try GraphStore(path: database.path).snapshot()
            let text = switch format {
            case .dot: DOTWriter().write(graph)
            case .json: try JSONWriter().write(graph)
            }
            if let output {
                do {
                    try text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw ValidationError("cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
