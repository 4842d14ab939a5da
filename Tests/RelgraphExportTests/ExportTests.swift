import Foundation
import RelgraphModel
import Testing

@testable import RelgraphExport

@Suite("Export")
struct ExportTests {
    static let awkward = "Ali \"The Fox\" O'Neil \\ <Jr> & Sons;\nDROP TABLE entity;"

    static let graph = Graph(
        entities: [
            .init(id: 1, name: "Vladimir Putin", type: .person, aliases: ["Putin"], role: "President", country: "Russia"),
            .init(id: 2, name: awkward, type: .person),
            .init(id: 3, name: "Iran", type: .country, aliases: ["Iranian"]),
            .init(id: 4, name: "Hamas", type: .organization),
        ],
        relations: [
            .init(source: 1, relation: .spokeWith, target: 2, count: 3, evidence: [.init(document: "a.txt", sentence: "They met.", position: 4)]),
            .init(source: 3, relation: .backs, target: 4, count: 1),
        ])

    /// Runs Graphviz's `dot` on the text and returns its exit status and error output.
    static func graphviz(_ dot: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", "-o", "/dev/null"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test("DOT output is accepted by Graphviz, whatever the names hold")
    func dotParses() throws {
        let result = try Self.graphviz(DOTWriter().write(Self.graph))
        #expect(result.status == 0, "dot said: \(result.errors)")
    }

    @Test("DOT escapes quotes, backslashes and line breaks in IDs and labels")
    func dotEscaping() {
        #expect(DOTWriter.quote(#"a "b" \c"# + "\nd") == #""a \"b\" \\c\nd""#)
    }

    @Test("DOT draws symmetric relations without arrowheads and styles nodes by type")
    func dotStyle() {
        let dot = DOTWriter().write(Self.graph)
        let spoke = dot.split(separator: "\n").first { $0.contains("spoke with") }
        let backs = dot.split(separator: "\n").first { $0.contains("\"backs\"") }
        #expect(spoke?.contains("dir=none") == true)
        #expect(backs?.contains("dir=none") == false)
        #expect(dot.contains(#""country:Iran" [label="Iran", shape=box"#))
        #expect(dot.contains(#"label="Vladimir Putin\nPresident of Russia""#))
    }

    @Test("DOT output is the same for the same graph")
    func deterministic() {
        #expect(DOTWriter().write(Self.graph) == DOTWriter().write(Self.graph))
    }

    @Test("JSON has the entities and relations shape the evaluation reads, names intact")
    func json() throws {
        struct Entity: Decodable { var name: String, type: String, aliases: [String], role: String?, country: String? }
        struct Evidence: Decodable { var document: String, sentence: String, position: Int }
        struct Relation: Decodable { var source: String, relation: String, target: String, count: Int, evidence: [Evidence] }
        struct Document: Decodable { var entities: [Entity], relations: [Relation] }
        let text = try JSONWriter().write(Self.graph)
        let decoded = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        #expect(decoded.entities.map(\.name) == Self.graph.entities.map(\.name))
        #expect(decoded.entities[0].role == "President" && decoded.entities[0].country == "Russia")
        #expect(decoded.relations[0].target == Self.awkward)
        #expect(decoded.relations[0].relation == "spoke_with" && decoded.relations[0].count == 3)
        #expect(decoded.relations[0].evidence[0].position == 4)
    }
}
