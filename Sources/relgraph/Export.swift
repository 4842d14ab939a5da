import ArgumentParser
import Foundation
import RelgraphExport
import RelgraphModel
import RelgraphRender
import RelgraphStore

/// Formats the graph can be exported to.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json, graphml, gexf, csv, cytoscape
}

/// `--around`, `--depth`, `--relation`, `--type`, `--min-count`: the part of the graph to
/// export or render.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only the entities within --depth relations of this one (name or alias).")
    var around: String?

    @Option(help: "With --around: how many relations away to reach.")
    var depth = 1

    @Option(name: .customLong("relation"), help: "Only this relation (repeatable).")
    var relations: [RelationType] = []

    @Option(name: .customLong("type"), help: "Only entities of this type (repeatable).")
    var types: [EntityType] = []

    @Option(help: "Only edges supported by at least this many sentences.")
    var minCount = 1

    @OptionGroup var period: PeriodOptions

    @Flag(help: "Diagrams (dot, render): draw entities without any relation too.")
    var includeIsolated = false

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth cannot be negative.") }
        if depth != 1, around == nil { throw ValidationError("--depth goes with --around NAME.") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
    }

    /// The filter; `diagram` drops unconnected entities unless --include-isolated.
    func filter(diagram: Bool) throws -> GraphFilter {
        GraphFilter(
            around: around, depth: depth, relations: Set(relations), types: Set(types), minCount: minCount, period: try period.period,
            includeIsolated: includeIsolated || !diagram)
    }
}

extension Relgraph {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the graph as DOT, JSON, GraphML, GEXF, Neo4j CSV or Cytoscape.js JSON.",
            discussion: """
                dot: Graphviz. json: relgraph's own shape, with evidence. graphml: yEd, Cytoscape, Gephi. \
                gexf: Gephi, with colours. csv: nodes.csv and relationships.csv for neo4j-admin import \
                (--output names a folder). cytoscape: Cytoscape.js elements. json, graphml, csv and gexf \
                keep time: the days each edge was first and last seen (json: each sentence's document date, \
                title and link; gexf: spells for Gephi's timeline). dot draws connected entities only \
                unless --include-isolated.
                Example: relgraph export --format dot --around Putin --depth 2 | dot -Tsvg > putin.svg
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ExportFormat = .dot

        @Option(name: .shortAndLong, help: "Write to this file (a folder for csv) instead of standard output.")
        var output: String?

        @Option(help: "DOT detail: full (labels, legend) or overview (colours, straight edges); default by graph size.")
        var detail: DOTWriter.Detail?

        func validate() throws {
            if format == .csv, output == nil {
                throw ValidationError("--format csv writes two files; name a folder with --output.")
            }
        }

        func run() throws {
            // Only JSON carries the evidence sentences, which are most of a large graph's data;
            // every format but DOT keeps the dates each edge was first and last seen.
            let graph = try database.existingGraph().snapshot(
                filter: try filters.filter(diagram: format == .dot), evidence: format == .json, dates: format != .dot)
            switch format {
            case .csv:
                let folder = URL(fileURLWithPath: output!)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try write(CSVWriter().nodes(graph), to: folder.appendingPathComponent("nodes.csv").path)
                try write(CSVWriter().relationships(graph), to: folder.appendingPathComponent("relationships.csv").path)
            case .dot:
                var text = try TextOutput(path: output)
                DOTWriter().write(graph, detail: detail ?? .forGraph(nodes: graph.entities.count, edges: graph.relations.count), to: &text)
                try text.finish()
            case .json: try emit(try JSONWriter().write(graph))
            case .graphml: try emit(GraphMLWriter().write(graph))
            case .gexf: try emit(GEXFWriter().write(graph))
            case .cytoscape: try emit(try CytoscapeWriter().write(graph))
            }
        }

        private func emit(_ text: String) throws {
            if let output {
                try write(text, to: output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lay out and draw the graph to SVG, PNG or PDF with the Graphviz library.",
            discussion: "Example: relgraph render --format svg --output putin.svg --around Putin --depth 2")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "svg, png or pdf.")
        var format: GraphvizRenderer.Format = .svg

        @Option(name: .shortAndLong, help: "The file to write.")
        var output: String

        @Option(help: "Layout engine: dot, neato or sfdp (default: chosen by graph size).")
        var engine: GraphvizRenderer.Engine?

        func run() throws {
            let graph = try database.existingGraph().snapshot(filter: try filters.filter(diagram: true), evidence: false)
            let engine = engine ?? GraphvizRenderer.engine(forNodes: graph.entities.count, edges: graph.relations.count)
            let detail = DOTWriter.Detail.forGraph(nodes: graph.entities.count, edges: graph.relations.count)
            let dot = DOTWriter().write(graph, detail: detail)
            do {
                let data = try GraphvizRenderer().render(dot, format: format, engine: engine)
                try data.write(to: URL(fileURLWithPath: output))
            } catch let error as RenderError {
                throw ValidationError(error.description)
            } catch {
                throw OutputError.cannotWrite(path: output, reason: error.localizedDescription)
            }
            print("drew \(graph.entities.count) entities and \(graph.relations.count) relations with \(engine.rawValue) to \(output)")
        }
    }
}

extension GraphvizRenderer.Format: ExpressibleByArgument {}
extension GraphvizRenderer.Engine: ExpressibleByArgument {}
extension DOTWriter.Detail: ExpressibleByArgument {}

private func write(_ text: String, to path: String) throws {
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        throw OutputError.cannotWrite(path: path, reason: error.localizedDescription)
    }
}
