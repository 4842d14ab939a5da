import ArgumentParser
import Foundation
import RelgraphExport
import RelgraphModel
import RelgraphStore

extension RelationType: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}

/// How query results are printed.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Prints rows as an aligned table, CSV, or JSON objects keyed by the header.
struct Rows {
    var header: [String]
    var rows: [[String]]

    func print(_ format: QueryFormat) throws {
        switch format {
        case .table: Swift.print(Output.table(header: header, rows: rows))
        case .csv: Swift.print(Output.csv(header: header, rows: rows), terminator: "")
        case .json:
            let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row.map { $0.isEmpty ? nil : $0 })) }
            Swift.print(try Output.json(objects))
        }
    }
}

extension Relgraph {
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List who an entity is connected to.",
            discussion: "Example: relgraph neighbors Putin --relation spoke_with")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "A name or alias, in any case: \"Putin\", \"vladimir putin\", \"Kremlin\".")
        var name: String

        @Option(help: "Only this relation: \(RelationType.allCases.map(\.rawValue).joined(separator: ", ")).")
        var relation: RelationType?

        @Option(help: "Only neighbors of this type: person, country or organization.")
        var type: EntityType?

        @Flag(help: "Only people with a government title (president, prime minister, minister, king ...).")
        var leaders = false

        @Option(help: "out (edges from NAME), in (edges to NAME) or both.")
        var direction: Direction = .both

        @OptionGroup var period: PeriodOptions

        @Option(help: "table, json or csv.")
        var format: QueryFormat = .table

        enum Direction: String, ExpressibleByArgument, CaseIterable { case out, `in`, both }

        func run() throws {
            let store = try database.existingGraph()
            var (center, neighbors) = try store.neighbors(of: name, relation: relation, type: type, leadersOnly: leaders, period: try period.period)
            neighbors = neighbors.filter { n in
                switch direction {
                case .both: true
                case .out: n.direction != .incoming
                case .in: n.direction != .outgoing
                }
            }
            switch format {
            case .csv:
                try Rows(
                    header: ["name", "type", "role", "country", "relation", "direction", "count"],
                    rows: neighbors.map {
                        [$0.entity.name, $0.entity.type.rawValue, $0.entity.role ?? "", $0.entity.country ?? "", $0.relation.rawValue,
                         $0.direction.rawValue, String($0.count)]
                    }
                ).print(.csv)
            case .json:
                struct Row: Encodable {
                    var name: String, type: String, role: String?, country: String?, relation: String, direction: String, count: Int
                }
                let rows = neighbors.map {
                    Row(
                        name: $0.entity.name, type: $0.entity.type.rawValue, role: $0.entity.role, country: $0.entity.country,
                        relation: $0.relation.rawValue, direction: $0.direction.rawValue, count: $0.count)
                }
                print(try Output.json(rows))
            case .table:
                guard !neighbors.isEmpty else {
                    print("\(center.name) has no neighbors\(relation.map { " by \($0.rawValue)" } ?? "") in this graph\(try period.period.map { " \($0.description)" } ?? "").")
                    return
                }
                let rows = neighbors.map { n -> [String] in
                    let arrow = switch n.direction {
                    case .outgoing: "\(center.name) \(n.relation.phrase) →"
                    case .incoming: "← \(n.relation.phrase) \(center.name)"
                    case .mutual: n.relation.phrase
                    }
                    return [arrow, n.entity.name, n.entity.type.rawValue, n.entity.role ?? "", n.entity.country ?? "", String(n.count)]
                }
                print(Output.table(header: ["relation", "name", "type", "role", "country", "count"], rows: rows))
            }
        }
    }

    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sentences that support a relation.",
            discussion: "Example: relgraph evidence Iran backs Hamas")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The source entity's name or alias.")
        var source: String
        @Argument(help: "The relation: \(RelationType.allCases.map(\.rawValue).joined(separator: ", ")).")
        var relation: RelationType
        @Argument(help: "The target entity's name or alias.")
        var target: String

        @OptionGroup var period: PeriodOptions

        @Option(help: "table, json or csv.")
        var format: QueryFormat = .table

        func run() throws {
            let store = try database.existingGraph()
            let evidence = try store.evidence(source: source, relation: relation, target: target, period: try period.period)
            switch format {
            case .csv:
                try Rows(
                    header: ["document", "position", "sentence", "date", "title", "url", "outlet"],
                    rows: evidence.map {
                        [$0.document, String($0.position), $0.sentence, $0.metadata.date?.description ?? "", $0.metadata.title ?? "",
                         $0.metadata.url ?? "", $0.metadata.outlet ?? ""]
                    }
                ).print(.csv)
            case .json:
                struct Row: Encodable {
                    var document: String, position: Int, sentence: String, date: String?, title: String?, url: String?, outlet: String?
                }
                print(try Output.json(evidence.map {
                    Row(document: $0.document, position: $0.position, sentence: $0.sentence, date: $0.metadata.date?.description,
                        title: $0.metadata.title, url: $0.metadata.url, outlet: $0.metadata.outlet)
                }))
            case .table:
                if evidence.isEmpty {
                    print("No sentence\(try period.period.map { " \($0.description)" } ?? "") says that \(source) \(relation.phrase) \(target).")
                    throw ExitCode(1)
                }
                for item in evidence {
                    let label = item.metadata.isEmpty ? "" : " (\(DocumentLabel.of(item.metadata)))"
                    print("\(item.document)\(label) [sentence \(item.position + 1)]: \(item.sentence)")
                }
            }
        }
    }
}

/// Shared printing helpers.
enum Output {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// RFC 4180 CSV with a header line.
    static func csv(header: [String], rows: [[String]]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// Columns padded to their widest cell.
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
