import Foundation
import Testing

/// Runs the real `relgraph` executable that `swift test` builds beside the tests.
struct CLI {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["RELGRAPH_BIN"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            runner.deletingLastPathComponent(), Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            runner.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("relgraph") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let folder: URL
    var db: String { folder.appendingPathComponent("graph.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }
}

@Suite("relgraph command line", .serialized)
struct CLITests {
    @Test("ingest, then ask which leaders Putin spoke with")
    func ingestAndAsk() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let ingest = try cli.run(["ingest", "--db", cli.db, cli.fixture("sample-article.txt")])
        #expect(ingest.status == 0, "\(ingest.errors)")
        #expect(ingest.output.contains("ingested 1 document"))
        let answer = try cli.run(["neighbors", "--db", cli.db, "putin", "--relation", "spoke_with", "--format", "json"])
        #expect(answer.status == 0, "\(answer.errors)")
        struct Row: Decodable { var name: String, role: String?, country: String? }
        let rows = try JSONDecoder().decode([Row].self, from: Data(answer.output.utf8))
        #expect(Set(rows.map(\.name)) == ["Benjamin Netanyahu", "Bashar al-Assad", "Ebrahim Raisi", "Abdel Fattah al-Sisi", "Mahmoud Abbas"])
        #expect(rows.first { $0.name == "Benjamin Netanyahu" }?.role == "Prime Minister")
        let table = try cli.run(["neighbors", "--db", cli.db, "Vladimir Putin", "--relation", "spoke_with"])
        #expect(table.output.contains("Mahmoud Abbas") && table.output.contains("Palestine"))
    }

    @Test("ingesting the same files twice leaves every count unchanged")
    func reingest() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, CLI.fixtures.path])
        let before = try cli.run(["export", "--db", cli.db, "--format", "json"]).output
        let again = try cli.run(["ingest", "--db", cli.db, CLI.fixtures.path])
        #expect(again.status == 0)
        #expect(again.output.contains("already ingested"))
        #expect(again.output.contains("ingested 0 documents"))
        #expect(try cli.run(["export", "--db", cli.db, "--format", "json"]).output == before)
    }

    @Test("the DOT export renders with Graphviz")
    func dotRenders() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, CLI.fixtures.path])
        let dotFile = cli.folder.appendingPathComponent("graph.dot").path
        let export = try cli.run(["export", "--db", cli.db, "--format", "dot", "--output", dotFile])
        #expect(export.status == 0, "\(export.errors)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", dotFile, "-o", cli.folder.appendingPathComponent("graph.svg").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let svg = try String(contentsOf: cli.folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("Vladimir Putin"))
    }

    @Test("an export replaces an older file whole, and a folder that does not exist is a clear error")
    func exportFile() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, CLI.fixtures.path])
        let dotFile = cli.folder.appendingPathComponent("graph.dot")
        try "an older drawing".write(to: dotFile, atomically: true, encoding: .utf8)
        let export = try cli.run(["export", "--db", cli.db, "--format", "dot", "--output", dotFile.path])
        #expect(export.status == 0, "\(export.errors)")
        let dot = try String(contentsOf: dotFile, encoding: .utf8)
        #expect(dot.hasPrefix("digraph") && dot.hasSuffix("}\n") && dot.contains("Vladimir Putin"))
        #expect(try cli.run(["export", "--db", cli.db, "--format", "dot"]).output == dot)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)

        let missing = try cli.run(["export", "--db", cli.db, "--format", "dot", "--output", cli.folder.appendingPathComponent("no/such/folder.dot").path])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("cannot write") && missing.errors.contains("folder.dot"))
        #expect(missing.errors.split(separator: "\n").count == 1)
    }

    @Test("evidence prints the supporting sentence and its document")
    func evidence() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, cli.fixture("sample-article.txt")])
        let result = try cli.run(["evidence", "--db", cli.db, "Iran", "backs", "Hamas"])
        #expect(result.status == 0)
        #expect(result.output.contains("sample-article.txt"))
        #expect(result.output.contains("openly backs Hamas"))
    }

    @Test("an unknown name fails with a message and close matches")
    func unknownName() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, cli.fixture("sample-article.txt")])
        let result = try cli.run(["neighbors", "--db", cli.db, "Netanyahoo"])
        #expect(result.status != 0)
        #expect(result.errors.contains("Benjamin Netanyahu"))
    }

    @Test("a bad file among good ones is reported by name and does not stop the others")
    func badInput() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let binary = cli.folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let result = try cli.run(["ingest", "--db", cli.db, "missing.txt", binary.path, cli.fixture("sample-article.txt")])
        #expect(result.status != 0)
        #expect(result.errors.contains("missing.txt: no such file"))
        #expect(result.errors.contains("image.txt: holds binary data"))
        #expect(result.output.contains("ingested 1 document"))
    }

    @Test("standard input can be ingested with -")
    func standardInput() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["ingest", "--db", cli.db, "-"], input: "Iran also backs Hamas financially.\n")
        #expect(result.status == 0)
        let json = try cli.run(["export", "--db", cli.db, "--format", "json"]).output
        #expect(json.contains("\"relation\" : \"backs\""))
    }

    @Test("a database that is not relgraph's is refused without being changed")
    func foreignDatabase() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let notes = Data("my notes\n".utf8)
        try notes.write(to: URL(fileURLWithPath: cli.db))
        let result = try cli.run(["export", "--db", cli.db])
        #expect(result.status != 0)
        #expect(result.errors.contains("is not a relgraph database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)) == notes)
    }

    @Test("evaluate scores gold files and lists misses")
    func evaluate() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let gold = cli.folder.appendingPathComponent("gold.json")
        try Data(#"{"id": "g", "text": "Iran also backs Hamas financially.", "entities": [{"name": "Iran", "type": "country"}, {"name": "Hamas", "type": "organization"}, {"name": "Fatah", "type": "organization"}], "relations": [{"source": "Iran", "relation": "backs", "target": "Hamas"}]}"#.utf8).write(to: gold)
        let result = try cli.run(["evaluate", "-v", gold.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("entity missed: Fatah (organization)"))
        #expect(result.output.contains("relation backs       1.000  1.000  1.000"))
        #expect(result.output.contains("entity organization  1.000  0.500  0.667"))
    }

    @Test("a user's lexicon file teaches ingest a new organization")
    func userLexicon() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let lexicon = cli.folder.appendingPathComponent("organizations-local.txt")
        try "Northwind Militia | NWM | militant |\n".write(to: lexicon, atomically: true, encoding: .utf8)
        try cli.run(["ingest", "--db", cli.db, "--lexicon", lexicon.path, "-"], input: "Iran backs the Northwind Militia.\n")
        let answer = try cli.run(["neighbors", "--db", cli.db, "NWM", "--format", "json"])
        #expect(answer.status == 0, "\(answer.errors)")
        #expect(answer.output.contains("\"Iran\""))
        let bad = try cli.run(["ingest", "--db", cli.db, "--lexicon", "/nonexistent/titles.txt", "-"], input: "x\n")
        #expect(bad.status != 0)
        #expect(bad.errors.contains("cannot read the lexicon file"))
    }

    @Test("a user's people file gives ingest a person's role and country")
    func userPeopleLexicon() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let lexicon = cli.folder.appendingPathComponent("people-local.txt")
        try "Ada Quist | Quist | Foreign Minister, Norway, 2031-\n".write(to: lexicon, atomically: true, encoding: .utf8)
        try cli.run(["ingest", "--db", cli.db, "--lexicon", lexicon.path, "-"], input: "Ada Quist called John Kerry.\n")
        let answer = try cli.run(["entities", "--db", cli.db, "--type", "person", "--format", "csv"])
        #expect(answer.status == 0, "\(answer.errors)")
        #expect(answer.output.contains("Ada Quist,person,Foreign Minister,Norway"), "\(answer.output)")
        #expect(answer.output.contains("John Kerry,person,"), "the built-in who's-who still counts")
    }
}
