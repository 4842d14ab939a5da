import ArgumentParser
import Foundation
import RelgraphModel
import RelgraphStore

/// `--since DATE --until DATE`: only the evidence from documents published in that period.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Only evidence from documents published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only evidence from documents published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; the whole year or month).")
    var until: String?

    func validate() throws { _ = try period }

    /// The period, or nil when neither end is given.
    var period: Period? {
        get throws {
            guard since != nil || until != nil else { return nil }
            do {
                return try Period(since: since, until: until)
            } catch let error as Period.PeriodError {
                throw ValidationError(error.description)
            }
        }
    }
}

/// How a document is shown beside evidence: "2024-03-01 “Title”, Outlet <url>".
enum DocumentLabel {
    static func of(_ metadata: DocumentMetadata, withDate: Bool = true) -> String {
        var parts = withDate ? [metadata.date?.description ?? "undated"] : []
        if let title = metadata.title { parts.append("“\(title)”") }
        var label = parts.joined(separator: " ")
        if let outlet = metadata.outlet { label += ", \(outlet)" }
        if let url = metadata.url { label += " <\(url)>" }
        return label
    }
}

extension Relgraph {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List an entity's relations by date, oldest first, each with its document's title and link.",
            discussion: "Example: relgraph timeline Putin --relation spoke_with --since 2024")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "A name or alias.") var name: String
        @Option(help: "Only this relation.") var relation: RelationType?
        @OptionGroup var period: PeriodOptions
        @Option(help: "table, json or csv.") var format: QueryFormat = .table

        func run() throws {
            let store = try database.existingGraph()
            let center = try store.entity(named: name)
            let entries = try store.timeline(of: name, relation: relation, period: try period.period)
            let dated = entries.filter { $0.evidence.metadata.date != nil }
            let undated = entries.count - dated.count
            func arrow(_ entry: GraphStore.TimelineEntry) -> String {
                switch entry.direction {
                case .outgoing: "\(center.name) \(entry.relation.phrase) →"
                case .incoming: "← \(entry.relation.phrase) \(center.name)"
                case .mutual: entry.relation.phrase
                }
            }
            switch format {
            case .table:
                if dated.isEmpty {
                    print("\(center.name) has no dated relations\(relation.map { " by \($0.rawValue)" } ?? "")\(try period.period.map { " \($0.description)" } ?? "").")
                }
                var last: (String, String, String)?
                for entry in dated {
                    let key = (entry.evidence.metadata.date!.description, arrow(entry), entry.other.name)
                    if let last, last == key { continue }  // one line per fact and day
                    last = key
                    let metadata = entry.evidence.metadata
                    let label = metadata.title == nil && metadata.url == nil
                        ? entry.evidence.document : DocumentLabel.of(metadata, withDate: false)
                    print("\(key.0)  \(key.1) \(key.2)  — \(label)")
                }
                if undated > 0 { print("(\(undated) more from undated documents; `relgraph documents` lists them)") }
            case .json, .csv:
                try Rows(
                    header: ["date", "relation", "direction", "name", "type", "title", "url", "outlet", "document", "sentence"],
                    rows: entries.map {
                        [$0.evidence.metadata.date?.description ?? "", $0.relation.rawValue, $0.direction.rawValue, $0.other.name,
                         $0.other.type.rawValue, $0.evidence.metadata.title ?? "", $0.evidence.metadata.url ?? "",
                         $0.evidence.metadata.outlet ?? "", $0.evidence.document, $0.evidence.sentence]
                    }
                ).print(format)
            }
        }
    }

    struct Documents: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the documents the graph was built from, oldest first, undated last.",
            discussion: "Example: relgraph documents --since 2024-03")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var period: PeriodOptions
        @Option(help: "table, json or csv.") var format: QueryFormat = .table

        func run() throws {
            let documents = try database.existingGraph().documents(period: try period.period)
            try Rows(
                header: ["date", "title", "outlet", "url", "source", "evidence"],
                rows: documents.map {
                    [$0.metadata.date?.description ?? "", $0.metadata.title ?? "", $0.metadata.outlet ?? "", $0.metadata.url ?? "", $0.source,
                     String($0.evidence)]
                }
            ).print(format)
        }
    }
}
