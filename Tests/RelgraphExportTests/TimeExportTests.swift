import Foundation
import RelgraphModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import RelgraphExport

/// The spells of each GEXF node and edge, by id, as Foundation's XML parser reads them.
final class GEXFSpells: NSObject, XMLParserDelegate {
    var mode: String?
    var timeFormat: String?
    var spells: [String: [(start: String, end: String)]] = [:]
    var ids: [String] = []
    private var owner: String?

    static func parse(_ xml: String) throws -> GEXFSpells {
        let reader = GEXFSpells()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "graph":
            mode = attributes["mode"]
            timeFormat = attributes["timeformat"]
        case "node", "edge":
            owner = attributes["id"]
            ids.append(attributes["id"] ?? "")
        case "spell":
            if let owner, let start = attributes["start"], let end = attributes["end"] { spells[owner, default: []].append((start, end)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "node" || name == "edge" { owner = nil }
    }
}

@Suite("Exports that keep time")
struct TimeExportTests {
    /// Putin spoke with Erdogan in 2023 and 2024, with Xi in 2024; Iran backs Hamas, undated.
    static let graph = Graph(
        entities: [
            .init(id: 1, name: "Vladimir Putin", type: .person),
            .init(id: 2, name: "Recep Tayyip Erdogan", type: .person),
            .init(id: 3, name: "Xi Jinping", type: .person),
            .init(id: 4, name: "Iran", type: .country),
            .init(id: 5, name: "Hamas", type: .organization),
        ],
        relations: [
            .init(
                source: 1, relation: .spokeWith, target: 2, count: 2,
                evidence: [
                    .init(document: "a.jsonl:1", sentence: "Putin called Erdogan.", metadata: DocumentMetadata(
                        date: DocumentDate("2023-05-01"), title: "A call", url: "https://example.org/a", outlet: "Example Wire")),
                    .init(document: "a.jsonl:2", sentence: "Putin spoke with Erdogan.", metadata: DocumentMetadata(date: DocumentDate("2024-11-03"))),
                ],
                firstSeen: DocumentDate("2023-05-01"), lastSeen: DocumentDate("2024-11-03")),
            .init(source: 1, relation: .spokeWith, target: 3, count: 1, firstSeen: DocumentDate("2024-02-10"), lastSeen: DocumentDate("2024-02-10")),
            .init(source: 4, relation: .backs, target: 5, count: 1),
        ])

    @Test("GEXF with dated edges is a dynamic graph: each edge a spell from first to last seen, each entity from its first edge to its last")
    func gexfSpells() throws {
        let gexf = try GEXFSpells.parse(GEXFWriter().write(Self.graph))
        #expect(gexf.mode == "dynamic" && gexf.timeFormat == "date")
        #expect(gexf.spells["e0"]?.map { "\($0.start)…\($0.end)" } == ["2023-05-01…2024-11-03"])
        #expect(gexf.spells["e1"]?.map { "\($0.start)…\($0.end)" } == ["2024-02-10…2024-02-10"])
        #expect(gexf.spells["e2"] == nil, "an undated edge is always present")
        #expect(gexf.spells["n1"]?.map { "\($0.start)…\($0.end)" } == ["2023-05-01…2024-11-03"])
        #expect(gexf.spells["n3"]?.map { "\($0.start)…\($0.end)" } == ["2024-02-10…2024-02-10"])
        #expect(gexf.spells["n4"] == nil && gexf.spells["n5"] == nil)
    }

    @Test("GEXF of an undated graph stays static, without spells")
    func gexfStatic() throws {
        let gexf = try GEXFSpells.parse(GEXFWriter().write(ExportTests.graph))
        #expect(gexf.mode == "static")
        #expect(gexf.spells.isEmpty)
    }

    @Test("JSON gives each edge its first and last seen days and each sentence its document's date, title, link and outlet")
    func json() throws {
        struct Document: Decodable {
            struct Relation: Decodable {
                var first_seen: String?
                var last_seen: String?
                var evidence: [Evidence]
            }
            struct Evidence: Decodable { var document: String, date: String?, title: String?, url: String?, outlet: String? }
            var relations: [Relation]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(try JSONWriter().write(Self.graph).utf8))
        #expect(document.relations.map(\.first_seen) == ["2023-05-01", "2024-02-10", nil])
        #expect(document.relations.map(\.last_seen) == ["2024-11-03", "2024-02-10", nil])
        let first = try #require(document.relations.first?.evidence.first)
        #expect(first.date == "2023-05-01" && first.title == "A call" && first.url == "https://example.org/a" && first.outlet == "Example Wire")
        let second = try #require(document.relations.first?.evidence.last)
        #expect(second.title == nil && second.date == "2024-11-03")
    }

    @Test("GraphML and Neo4j CSV carry first and last seen on edges")
    func graphMLAndCSV() throws {
        let outline = try XMLOutline.parse(GraphMLWriter().write(Self.graph))
        #expect(outline.elements.contains { $0.name == "key" && $0.attributes["id"] == "first_seen" && $0.attributes["for"] == "edge" })
        let firstSeen = outline.text["first_seen"]?.split { $0.isWhitespace }
        #expect(firstSeen == ["2023-05-01", "2024-02-10"])
        let rows = CSVWriter().relationships(Self.graph).split(separator: "\n")
        #expect(rows[0].hasSuffix(",first_seen:date,last_seen:date"))
        #expect(rows[1].hasSuffix(",2023-05-01,2024-11-03"))
        #expect(rows[3].hasSuffix(",,"))
    }
}
