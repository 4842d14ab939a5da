import Foundation
import Testing

@Suite("Dated news on the command line", .serialized)
struct DatedNewsTests {
    /// The sample dump in the repository: eight dated articles, 2014 to 2025.
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("DatedNews/dated-news.jsonl").path

    func ingested() throws -> CLI {
        let cli = try CLI()
        let ingest = try cli.run(["ingest", "--db", cli.db, Self.sample])
        #expect(ingest.status == 0, "\(ingest.errors)")
        #expect(ingest.output.contains("ingested 8 documents"))
        #expect(ingest.errors.isEmpty)
        return cli
    }

    @Test("neighbors --since lists only partners from that period's documents")
    func neighborsSince() throws {
        let cli = try ingested()
        defer { cli.remove() }
        struct Row: Decodable { var name: String }
        func partners(_ period: [String]) throws -> Set<String> {
            let result = try cli.run(["neighbors", "--db", cli.db, "Putin", "--relation", "spoke_with", "--format", "json"] + period)
            #expect(result.status == 0, "\(result.errors)")
            return Set(try JSONDecoder().decode([Row].self, from: Data(result.output.utf8)).map(\.name))
        }
        #expect(try partners([]) == ["Emmanuel Macron", "Xi Jinping", "Kim Jong Un", "Narendra Modi", "Masoud Pezeshkian", "Donald Trump"])
        #expect(try partners(["--since", "2024-01-01", "--until", "2024-12-31"]) == ["Xi Jinping", "Kim Jong Un", "Narendra Modi", "Masoud Pezeshkian"])
        #expect(try partners(["--since", "2024-01-01"]).contains("Donald Trump"))
        #expect(try partners(["--until", "2022"]) == ["Emmanuel Macron"])
        let bad = try cli.run(["neighbors", "--db", cli.db, "Putin", "--since", "last year"])
        #expect(bad.status != 0 && bad.errors.contains("YYYY-MM"))
    }

    @Test("timeline lists an entity's relations by date with each document's title and link")
    func timeline() throws {
        let cli = try ingested()
        defer { cli.remove() }
        let result = try cli.run(["timeline", "--db", cli.db, "Putin", "--relation", "spoke_with"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.map { String($0.prefix(10)) } == ["2022-02-07", "2023-03-21", "2024-06-19", "2024-07-09", "2024-10-22", "2024-10-22", "2025-02-12"])
        #expect(lines[0].contains("Emmanuel Macron") && lines[0].contains("“Macron and Putin hold long talks in Moscow”"))
        #expect(lines[0].contains("<https://example.org/relgraph-sample/2022/02/macron-moscow>"))
        let json = try cli.run(["timeline", "--db", cli.db, "Putin", "--since", "2025", "--format", "json"])
        struct Row: Decodable { var date: String, name: String, title: String, url: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.output.utf8))
        // One row per supporting sentence: the call, and the agreement the two reached in it.
        #expect(Set(rows.map(\.name)) == ["Donald Trump"] && rows.count == 2)
        #expect(rows.first?.title == "Trump and Putin speak by phone")
    }

    @Test("evidence, relations, stats, documents and exports all honour a period and name dates")
    func everyQuestion() throws {
        let cli = try ingested()
        defer { cli.remove() }
        let evidence = try cli.run(["evidence", "--db", cli.db, "Putin", "spoke_with", "Xi Jinping", "--since", "2024"])
        #expect(evidence.output.split(separator: "\n").count == 1)
        #expect(evidence.output.contains("dated-news.jsonl:7 (2024-10-22 “BRICS leaders gather in Kazan”"))
        let none = try cli.run(["evidence", "--db", cli.db, "Putin", "spoke_with", "Xi Jinping", "--until", "2014"])
        #expect(none.status == 1)
        let relations = try cli.run(["relations", "--db", cli.db, "--since", "2024-06", "--until", "2024-07", "--format", "csv"])
        #expect(relations.output.split(separator: "\n").count == 3, "\(relations.output)")
        let stats = try cli.run(["stats", "--db", cli.db, "--since", "2024", "--format", "json"])
        struct Stats: Decodable { var documents: Int, undatedDocuments: Int, firstDate: String? }
        let summary = try JSONDecoder().decode(Stats.self, from: Data(stats.output.utf8))
        #expect(summary.documents == 5 && summary.undatedDocuments == 0 && summary.firstDate == "2014-06-07")
        let documents = try cli.run(["documents", "--db", cli.db, "--until", "2022", "--format", "csv"])
        #expect(documents.output.split(separator: "\n").count == 3)
        #expect(try cli.run(["path", "--db", cli.db, "Macron", "Trump"]).status == 0)
        #expect(try cli.run(["path", "--db", cli.db, "Macron", "Trump", "--since", "2023"]).status != 0)
        let entities = try cli.run(["entities", "--db", cli.db, "--type", "person", "--until", "2014", "--format", "csv"])
        #expect(entities.output.contains("Biden,person,Vice President,United States"), "a 2014 record makes Biden the vice president")
        let dot = try cli.run(["export", "--db", cli.db, "--format", "dot", "--since", "2025"])
        #expect(dot.output.contains("Donald Trump") && !dot.output.contains("Macron"))
        let gexf = try cli.run(["export", "--db", cli.db, "--format", "gexf"])
        #expect(gexf.output.contains(#"mode="dynamic""#) && gexf.output.contains(#"<spell start="2022-02-07" end="2022-02-07"/>"#))
        let svg = cli.folder.appendingPathComponent("2024.svg").path
        let render = try cli.run(["render", "--db", cli.db, "--output", svg, "--since", "2024", "--until", "2024"])
        let in2024 = try cli.run(["relations", "--db", cli.db, "--since", "2024", "--until", "2024", "--format", "csv"])
        let edges = in2024.output.split(separator: "\n").count - 1
        #expect(render.status == 0 && render.output.contains("and \(edges) relations"), "\(render.output)\(render.errors)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("Kim Jong Un"))
    }

    @Test("bad records and dates: each reported by file and line, the rest ingested, nothing half-written")
    func badInput() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let dump = cli.folder.appendingPathComponent("news.jsonl")
        try """
            {"text": "Iran backs Hamas.", "date": "2024-03-01", "title": "Support"}
            {"text": "Putin called
            {"title": "nothing to read"}
            {"text": "Putin called Erdogan on Monday.", "date": "a while ago"}
            """.write(to: dump, atomically: true, encoding: .utf8)
        let result = try cli.run(["ingest", "--db", cli.db, dump.path])
        #expect(result.status == 1)
        #expect(result.output.contains("ingested 2 documents") && result.output.contains("2 failed"))
        #expect(result.errors.contains("news.jsonl:2: line 2 is not valid JSON"))
        #expect(result.errors.contains("news.jsonl:3: line 3 has no text"))
        #expect(result.errors.contains("warning: \(dump.path):4: its date \"a while ago\""))
        let documents = try cli.run(["documents", "--db", cli.db, "--format", "csv"])
        #expect(documents.output.contains("2024-03-01,Support"))
        #expect(documents.output.contains(",,,,\(dump.path):4,"), "the record with an unreadable date goes in undated")
        let again = try cli.run(["ingest", "--db", cli.db, dump.path])
        #expect(again.output.contains("ingested 0 documents (2 already present)"))
    }

    @Test("--date, --title and --url describe a document on standard input; they refuse a folder")
    func flags() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(
            ["ingest", "--db", cli.db, "--date", "June 7, 2014", "--title", "Inauguration", "--url", "https://example.org/k", "-"],
            input: "Biden met Poroshenko in Kyiv.")
        #expect(result.status == 0, "\(result.errors)")
        let documents = try cli.run(["documents", "--db", cli.db, "--format", "csv"])
        #expect(documents.output.contains("2014-06-07,Inauguration,,https://example.org/k,<stdin>"))
        #expect(try cli.run(["neighbors", "--db", cli.db, "Biden", "--format", "csv"]).output.isEmpty == false)
        let entities = try cli.run(["entities", "--db", cli.db, "--format", "csv"])
        #expect(entities.output.contains("Biden,person,Vice President"))
        let folder = try cli.run(["ingest", "--db", cli.db, "--date", "2014-06-07", cli.folder.path])
        #expect(folder.status != 0 && folder.errors.contains("single text or HTML file"))
        let badDate = try cli.run(["ingest", "--db", cli.db, "--date", "soon", "-"], input: "Iran backs Hamas.")
        #expect(badDate.status != 0 && badDate.errors.contains("2024-03-01"))
    }

    @Test("a folder of HTML pages is ingested with their dates; a folder without documents says so")
    func htmlFolder() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let pages = cli.folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try """
            <!DOCTYPE html><html><head><meta property="og:title" content="Kazan summit">
            <meta property="article:published_time" content="2024-10-22T09:00:00Z"></head>
            <body><p>Putin met Xi Jinping in Kazan on Tuesday.</p></body></html>
            """.write(to: pages.appendingPathComponent("kazan.html"), atomically: true, encoding: .utf8)
        let result = try cli.run(["ingest", "--db", cli.db, pages.path])
        #expect(result.output.contains("ingested 1 document"), "\(result.output)\(result.errors)")
        #expect(try cli.run(["documents", "--db", cli.db, "--format", "csv"]).output.contains("2024-10-22,Kazan summit"))
        let empty = cli.folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try cli.run(["ingest", "--db", cli.db, empty.path])
        #expect(nothing.errors.contains("no documents in this folder (relgraph reads .txt, .html, .htm, .jsonl and .csv files)"))
    }

    @Test("a question about a database that does not exist says so and creates nothing")
    func noGraph() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for command in [["neighbors", "Putin"], ["stats"], ["export", "--format", "json"], ["timeline", "Putin"], ["documents"]] {
            let result = try cli.run(command + ["--db", cli.db])
            #expect(result.status != 0)
            #expect(result.errors.contains("there is no graph at \(cli.db) yet"))
            #expect(!FileManager.default.fileExists(atPath: cli.db))
        }
    }

    @Test("diagrams show connected entities unless asked for the rest")
    func isolated() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.run(["ingest", "--db", cli.db, "-"], input: "Iran backs Hamas. Facebook and Twitter were mentioned by nobody in particular.")
        let json = try cli.run(["export", "--db", cli.db, "--format", "json"])
        let isolated = ["Facebook", "Twitter"].filter { json.output.contains($0) }
        try #require(!isolated.isEmpty, "the text must give at least one entity without relations")
        let dot = try cli.run(["export", "--db", cli.db, "--format", "dot"])
        #expect(dot.output.contains("Hamas") && isolated.allSatisfy { !dot.output.contains($0) })
        let all = try cli.run(["export", "--db", cli.db, "--format", "dot", "--include-isolated"])
        #expect(isolated.allSatisfy { all.output.contains($0) })
    }
}
