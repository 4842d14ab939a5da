import Foundation
import RelgraphCorpus
import RelgraphModel
import RelgraphRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import RelgraphExport


/// Collects element names and attributes with Foundation's XML parser, failing on any
/// well-formedness error.
final class XMLOutline: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text: [String: String] = [:]
    private var currentKey: String?

    static func parse(_ xml: String) throws -> XMLOutline {
        let outline = XMLOutline()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = outline
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return outline
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        currentKey = attributes["key"]
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let currentKey { text[currentKey, default: ""] += string }
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
}

@Suite("Export formats read back by real parsers")
struct ExportFormatTests {
    let graph = ExportTests.graph

    @Test("GraphML is well-formed XML with a node per entity and an edge per relation, names intact")
    func graphML() throws {
        let outline = try XMLOutline.parse(GraphMLWriter().write(graph))
        #expect(outline.count("node") == 4)
        #expect(outline.count("edge") == 2)
        #expect(outline.elements.contains { $0.name == "graph" && $0.attributes["edgedefault"] == "directed" })
        #expect(outline.text["name"]?.contains(ExportTests.awkward) == true)
    }

    @Test("GEXF is well-formed, with colours, weights and undirected symmetric edges")
    func gexf() throws {
        let outline = try XMLOutline.parse(GEXFWriter().write(graph))
        #expect(outline.count("node") == 4)
        let edges = outline.elements.filter { $0.name == "edge" }
        #expect(edges.map { $0.attributes["type"] } == ["undirected", "directed"])
        #expect(edges.first?.attributes["weight"] == "3")
        #expect(outline.count("viz:color") == 6)
        #expect(outline.elements.contains { $0.name == "node" && $0.attributes["label"] == ExportTests.awkward })
    }

    @Test("Cytoscape.js JSON decodes into nodes and edges that reference them")
    func cytoscape() throws {
        struct Data_: Decodable { var id: String, source: String?, target: String?, label: String? }
        struct Element: Decodable { var data: Data_ }
        struct Elements: Decodable { var nodes: [Element], edges: [Element] }
        struct Document: Decodable { var elements: Elements }
        let document = try JSONDecoder().decode(Document.self, from: Data(try CytoscapeWriter().write(graph).utf8))
        let ids = Set(document.elements.nodes.map(\.data.id))
        #expect(ids.count == 4)
        #expect(document.elements.edges.allSatisfy { ids.contains($0.data.source ?? "") && ids.contains($0.data.target ?? "") })
    }

    @Test("Neo4j CSV has import headers and quotes awkward names so every row has the same fields")
    func csv() throws {
        let nodes = CSVWriter().nodes(graph)
        #expect(nodes.hasPrefix("id:ID,name,:LABEL,role,country,aliases:string[]\n"))
        let rows = Self.parseCSV(nodes)
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == 6 })
        #expect(rows.contains { $0[1] == ExportTests.awkward && $0[2] == "Person" })
        let edges = Self.parseCSV(CSVWriter().relationships(graph))
        #expect(edges[0] == [":START_ID", ":END_ID", ":TYPE", "count:int", "symmetric:boolean", "first_seen:date", "last_seen:date"])
        #expect(edges[1] == ["n1", "n2", "SPOKE_WITH", "3", "true", "", ""])
    }

    /// A small RFC 4180 reader, to check the writer's quoting from the other side.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }

    @Test("Graphviz's own parser reads the DOT, legend and all")
    func dotReadByGraphviz() throws {
        try GraphvizRenderer().validate(DOTWriter().write(graph))
        #expect(throws: RenderError.self) { try GraphvizRenderer().validate("digraph { \"a\" -> }") }
    }

    @Test("renders SVG, PNG and PDF in-process", arguments: GraphvizRenderer.Format.allCases)
    func renders(_ format: GraphvizRenderer.Format) throws {
        let data = try GraphvizRenderer().render(DOTWriter().write(graph), format: format, engine: .dot)
        let magic: [GraphvizRenderer.Format: [UInt8]] = [.png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8), .svg: Array("<?xml".utf8)]
        #expect(Array(data.prefix(4)) == Array(magic[format]!.prefix(4)))
    }

    @Test("a graph of 2,000 nodes and 10,000 edges renders to an SVG that parses")
    func largeGraph() throws {
        var generator = SplitMix(seed: 42)
        let types = EntityType.allCases
        let entities = (0..<2000).map { i in Graph.Entity(id: Int64(i), name: "Entity \(i)", type: types[i % 3]) }
        var seen = Set<[Int64]>()
        var relations: [Graph.Relation] = []
        while relations.count < 10_000 {
            let a = Int64(generator.next() % 2000)
            let b = Int64(generator.next() % 2000)
            let relation = RelationType.allCases[Int(generator.next() % 3)]
            guard a != b, seen.insert([a, b, Int64(RelationType.allCases.firstIndex(of: relation)!)]).inserted else { continue }
            relations.append(.init(source: a, relation: relation, target: b, count: 1))
        }
        let graph = Graph(entities: entities, relations: relations)
        let engine = GraphvizRenderer.engine(forNodes: 2000, edges: 10_000)
        #expect(engine == .sfdp)
        let svg = try GraphvizRenderer().render(DOTWriter().write(graph, detail: .forGraph(nodes: 2000, edges: 10_000)), format: .svg, engine: engine)
        let outline = try XMLOutline.parse(String(decoding: svg, as: UTF8.self))
        #expect(outline.elements.filter { $0.name == "g" && $0.attributes["class"] == "node" }.count == 2000)
        #expect(outline.elements.filter { $0.name == "g" && $0.attributes["class"] == "edge" }.count == 10_000)
    }
}

