import ArgumentParser
import Foundation
import RelgraphModel
import RelgraphStore

extension Relgraph {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the shortest chain of relations between two entities.",
            discussion: "Edges are followed in either direction. Example: relgraph path Putin Hamas")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Where the chain starts (name or alias).") var from: String
        @Argument(help: "Where it ends (name or alias).") var to: String
        @Option(help: "The longest chain to look for.") var maxDepth = 4
        @OptionGroup var period: PeriodOptions
        @Option(help: "table, json or csv.") var format: QueryFormat = .table

        func validate() throws {
            guard (1...8).contains(maxDepth) else { throw ValidationError("--max-depth must be between 1 and 8.") }
        }

        func run() throws {
            let store = try database.existingGraph()
            guard let steps = try store.path(from: from, to: to, maxDepth: maxDepth, period: try period.period) else {
                FileHandle.standardError.write(Data("relgraph: no chain of at most \(maxDepth) relations links \(from) and \(to)\n".utf8))
                throw ExitCode(1)
            }
            let rows = steps.map { step -> [String] in
                let (source, target) = step.isForward ? (step.from, step.to) : (step.to, step.from)
                return [step.from.name, step.isForward ? "→" : "←", step.relation.rawValue, step.to.name, source.name, target.name, String(step.count)]
            }
            switch format {
            case .table:
                guard let first = steps.first else { return print(try store.entity(named: from).name) }
                var line = first.from.name
                for step in steps {
                    line += step.isForward || step.relation.isSymmetric
                        ? " —\(step.relation.phrase)→ \(step.to.name)" : " ←\(step.relation.phrase)— \(step.to.name)"
                }
                print(line)
            case .json, .csv:
                try Rows(header: ["from", "direction", "relation", "to", "source", "target", "count"], rows: rows).print(format)
            }
        }
    }

    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the entities in the graph.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this type: person, country or organization.") var type: EntityType?
        @Option(help: "degree (most connected first) or name.") var sort: Sort = .degree
        @OptionGroup var period: PeriodOptions
        @Option(help: "table, json or csv.") var format: QueryFormat = .table

        enum Sort: String, ExpressibleByArgument, CaseIterable { case degree, name }

        func run() throws {
            let ranked = try database.existingGraph().entities(type: type, byDegree: sort == .degree, period: try period.period)
            try Rows(
                header: ["name", "type", "role", "country", "degree", "aliases"],
                rows: ranked.map {
                    [$0.entity.name, $0.entity.type.rawValue, $0.entity.role ?? "", $0.entity.country ?? "", String($0.degree),
                     $0.entity.aliases.joined(separator: "; ")]
                }
            ).print(format)
        }
    }

    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the relations in the graph, most attested first.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this relation.") var relation: RelationType?
        @OptionGroup var period: PeriodOptions
        @Option(help: "table, json or csv.") var format: QueryFormat = .table

        func run() throws {
            let graph = try database.existingGraph().snapshot(filter: GraphFilter(relations: relation.map { [$0] } ?? [], period: try period.period))
            let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
            let sorted = graph.relations.sorted { ($1.count, names[$0.source]!) < ($0.count, names[$1.source]!) }
            try Rows(
                header: ["source", "relation", "target", "count", "documents", "first seen", "last seen"],
                rows: sorted.map {
                    [names[$0.source]!, $0.relation.rawValue, names[$0.target]!, String($0.count), String(Set($0.evidence.map(\.document)).count),
                     $0.firstSeen?.description ?? "", $0.lastSeen?.description ?? ""]
                }
            ).print(format)
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Summarize the graph: counts by type and the most connected entities.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "How many of the most connected entities to show.") var top = 10
        @OptionGroup var period: PeriodOptions
        @Option(help: "table or json.") var format: QueryFormat = .table

        func run() throws {
            let period = try period.period
            let stats = try database.existingGraph().statistics(top: top, period: period)
            if format == .json {
                struct Summary: Encodable {
                    var documents: Int, undatedDocuments: Int, firstDate: String?, lastDate: String?
                    var entities: [String: Int], relations: [String: Int], evidence: Int
                    var mostConnected: [[String: String]]
                }
                let summary = Summary(
                    documents: stats.documents, undatedDocuments: stats.undatedDocuments,
                    firstDate: stats.firstDate?.description, lastDate: stats.lastDate?.description,
                    entities: Dictionary(uniqueKeysWithValues: stats.entitiesByType.map { ($0.key.rawValue, $0.value) }),
                    relations: Dictionary(uniqueKeysWithValues: stats.relationsByType.map { ($0.key.rawValue, $0.value) }),
                    evidence: stats.evidence,
                    mostConnected: stats.mostConnected.map { ["name": $0.entity.name, "type": $0.entity.type.rawValue, "degree": String($0.degree)] })
                return print(try Output.json(summary))
            }
            let dates = stats.firstDate.map { first in ", dated \(first) to \(stats.lastDate ?? first)" } ?? ""
            print("documents\(period.map { " \($0.description)" } ?? ""): \(stats.documents), evidence sentences: \(stats.evidence)")
            print("undated documents: \(stats.undatedDocuments)\(period == nil ? "" : " (left out of the period)")\(dates)")
            print("entities: " + EntityType.allCases.map { "\(stats.entitiesByType[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
            print("relations: " + RelationType.allCases.filter { stats.relationsByType[$0] != nil }.map { "\(stats.relationsByType[$0]!) \($0.rawValue)" }.joined(separator: ", "))
            print("")
            print(Output.table(
                header: ["most connected", "type", "degree"],
                rows: stats.mostConnected.map { [$0.entity.name, $0.entity.type.rawValue, String($0.degree)] }))
        }
    }
}
