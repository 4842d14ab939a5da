import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The questions users ask a graph built from two articles, and the files they take away.
@Suite("asking the graph and drawing it", .serialized)
struct GraphQuestionTests {
    /// A database holding both fixture articles.
    func twoArticles() throws -> CLI {
        let cli = try CLI()
        let ingest = try cli.run(["ingest", "--db", cli.db, CLI.fixtures.path])
        #expect(ingest.status == 0, "\(ingest.errors)")
        return cli
    }

    func decode<T: Decodable>(_ type: T.Type, _ result: CLI.Result) throws -> T {
        #expect(result.status == 0, "\(result.errors)")
        return try JSONDecoder().decode(T.self, from: Data(result.output.utf8))
    }

    @Test("path links two leaders who never spoke, through the one they both spoke with")
    func path() throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        let table = try cli.run(["path", "--db", cli.db, "Abbas", "erdogan"])
        #expect(table.output == "Mahmoud Abbas —spoke with→ Vladimir Putin —spoke with→ Recep Tayyip Erdogan\n")
        struct Step: Decodable { var from: String, relation: String, to: String }
        let steps = try decode([Step].self, try cli.run(["path", "--db", cli.db, "Hamas", "Russia", "--format", "json"]))
        #expect(steps.map(\.to) == ["Iran", "Russia"])
        let unreachable = try cli.run(["path", "--db", cli.db, "Hamas", "Erdogan", "--max-depth", "2"])
        #expect(unreachable.status != 0)
        #expect(unreachable.errors.contains("no chain of at most 2 relations"))
    }

    @Test("entities sort by degree or by name, and keep to one type")
    func entities() throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        struct Entity: Decodable { var name: String, type: String, degree: String }
        let byDegree = try decode([Entity].self, try cli.run(["entities", "--db", cli.db, "--format", "json"]))
        #expect(byDegree.first?.name == "Vladimir Putin")
        let organizations = try decode([Entity].self, try cli.run(["entities", "--db", cli.db, "--type", "organization", "--sort", "name", "--format", "json"]))
        #expect(organizations.map(\.name) == ["Hamas", "Palestinian Authority"])
        let csv = try cli.run(["entities", "--db", cli.db, "--type", "country", "--format", "csv"])
        #expect(csv.output.hasPrefix("name,type,role,country,degree,aliases\n"))
    }

    @Test("relations list the most attested first, and stats count what the graph holds")
    func relationsAndStats() throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        struct Relation: Decodable { var source: String, relation: String, target: String, count: String }
        let relations = try decode([Relation].self, try cli.run(["relations", "--db", cli.db, "--relation", "spoke_with", "--format", "json"]))
        // A symmetric relation reads from the name that sorts first, whoever called whom.
        #expect(relations.first.map { [$0.source, $0.target, $0.count] } == ["Benjamin Netanyahu", "Vladimir Putin", "3"])
        #expect(Set(relations.map(\.relation)) == ["spoke_with"])
        struct Summary: Decodable { var documents: Int, entities: [String: Int], relations: [String: Int] }
        let stats = try decode(Summary.self, try cli.run(["stats", "--db", cli.db, "--format", "json"]))
        #expect(stats.documents == 2)
        #expect(stats.relations["spoke_with"] == relations.count)
        let table = try cli.run(["stats", "--db", cli.db])
        #expect(table.output.contains("documents: 2"))
        #expect(table.output.contains("most connected"))
    }

    @Test("every export format writes a file its own kind of reader accepts", arguments: ["dot", "json", "graphml", "gexf", "cytoscape"])
    func exportFormats(_ format: String) throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("graph.\(format)")
        let result = try cli.run(["export", "--db", cli.db, "--format", format, "--around", "Putin", "--relation", "spoke_with", "--output", file.path])
        #expect(result.status == 0, "\(result.errors)")
        let data = try Data(contentsOf: file)
        switch format {
        case "json", "cytoscape": #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
        case "graphml", "gexf": #expect(XMLParser(data: data).parse())
        default: #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph"))
        }
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Mahmoud Abbas"))
        if format != "json" {  // relgraph's JSON carries evidence sentences, which may name anyone
            #expect(!text.contains("Hamas"), "the filter keeps only Putin's conversations")
        }
    }

    @Test("Neo4j CSV goes to a folder of nodes and relationships")
    func exportCSV() throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("neo4j")
        let result = try cli.run(["export", "--db", cli.db, "--format", "csv", "--output", folder.path, "--min-count", "2"])
        #expect(result.status == 0, "\(result.errors)")
        let relationships = try String(contentsOf: folder.appendingPathComponent("relationships.csv"), encoding: .utf8)
        #expect(relationships.split(separator: "\n").count == 1 + 4, "header and the four edges seen twice or more")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nodes.csv").path))
        let refused = try cli.run(["export", "--db", cli.db, "--format", "csv"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("name a folder with --output"))
    }

    @Test("render draws SVG, PNG and PDF without an external dot", arguments: [("svg", "<?xml"), ("png", "\u{89}PNG"), ("pdf", "%PDF")])
    func render(_ format: String, _ magic: String) throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("graph.\(format)")
        let result = try cli.run(["render", "--db", cli.db, "--format", format, "--output", file.path, "--around", "Iran", "--depth", "2"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("with dot to"))
        let expected = magic.unicodeScalars.map { UInt8($0.value) }
        #expect(Array(try Data(contentsOf: file).prefix(expected.count)) == expected)
    }

    @Test("filters that make no sense are refused with a hint", arguments: [
        (["--depth", "2"], "--depth goes with --around"),
        (["--min-count", "0"], "--min-count must be at least 1"),
        (["--around", "Nobody Atall"], "no entity is named"),
    ])
    func badFilters(_ arguments: [String], _ message: String) throws {
        let cli = try twoArticles()
        defer { cli.remove() }
        let result = try cli.run(["export", "--db", cli.db] + arguments)
        #expect(result.status != 0)
        #expect(result.errors.contains(message), "\(result.errors)")
    }
}
