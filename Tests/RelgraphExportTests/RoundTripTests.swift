import Foundation
import RelgraphModel
import RelgraphRender
@_spi(Benchmarks) import RelgraphStore
import Testing

@testable import RelgraphExport

/// Names that break careless code, through SQLite and out again in every format.
@Suite("Awkward names round-trip through the database and every export")
struct RoundTripTests {
    static let names = [
        ExportTests.awkward,
        "Robert'); DROP TABLE edge;--",
        "Line one\nline two\r\nthree",
        "Back\\slash \\\" quote",
        "<script>alert(1)</script> & co",
        "Tab\there; semi; colon",
        "SELECT * FROM entity WHERE 1=1",
        "Ünïcödé 名前 🙂",
    ]

    func storedGraph() throws -> Graph {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
        let entities = Self.names.map { (type: EntityType.organization, name: $0, role: String?.none) }
        let edges = Self.names.indices.dropFirst().map {
            GraphStore.SyntheticEdge(source: $0 - 1, relation: .backs, target: $0, sentence: "\(Self.names[$0 - 1]) backs \(Self.names[$0]).")
        }
        try store.insertSynthetic(entities: entities, edges: edges)
        return try store.snapshot()
    }

    @Test("the database keeps every name and sentence byte for byte")
    func database() throws {
        let graph = try storedGraph()
        #expect(Set(graph.entities.map(\.name)) == Set(Self.names))
        #expect(graph.relations.count == Self.names.count - 1)
        #expect(graph.relations.allSatisfy { $0.evidence.first?.sentence.contains(" backs ") == true })
    }

    @Test("every format stays valid for its own parser and keeps the names")
    func formats() throws {
        let graph = try storedGraph()
        try GraphvizRenderer().validate(DOTWriter().write(graph))
        let svg = String(decoding: try GraphvizRenderer().render(DOTWriter().write(graph), format: .svg, engine: .dot), as: UTF8.self)
        _ = try XMLOutline.parse(svg)

        let graphML = try XMLOutline.parse(GraphMLWriter().write(graph))
        #expect(graphML.count("node") == Self.names.count)
        let gexf = try XMLOutline.parse(GEXFWriter().write(graph))
        #expect(Set(gexf.elements.filter { $0.name == "node" }.compactMap { $0.attributes["label"] }) == Set(Self.names))

        struct Exported: Decodable {
            struct Entity: Decodable { var name: String }
            var entities: [Entity]
        }
        let json = try JSONDecoder().decode(Exported.self, from: Data(try JSONWriter().write(graph).utf8))
        #expect(Set(json.entities.map(\.name)) == Set(Self.names))

        struct Cytoscape: Decodable {
            struct Elements: Decodable {
                struct Node: Decodable { struct Data: Decodable { var label: String }; var data: Data }
                var nodes: [Node]
            }
            var elements: Elements
        }
        let cytoscape = try JSONDecoder().decode(Cytoscape.self, from: Data(try CytoscapeWriter().write(graph).utf8))
        #expect(Set(cytoscape.elements.nodes.map(\.data.label)) == Set(Self.names))

        let rows = ExportFormatTests.parseCSV(CSVWriter().nodes(graph))
        #expect(Set(rows.map(\.count)).count == 1, "every row has the same number of fields")
        #expect(Set(rows.dropFirst().map { $0[1] }) == Set(Self.names))
    }
}
