import Foundation
import RelgraphCorpus
import Testing

/// One corpus, one graph: the same documents give the same `export --format json`, byte for
/// byte, in any order, with any `--jobs`, in one ingest or several, extracted and reduced, or
/// ingested in shards and merged.
@Suite("One corpus, one graph", .serialized)
struct PiecesTests {
    /// Generated articles and the project's own sentences that once depended on order.
    static let documents: [(name: String, text: String)] = {
        let generator = CorpusGenerator(seed: 16, people: 40)
        let articles = (0..<18).map { ("generated-\($0).txt", generator.article($0)) }
        let own = [
            "The Security Council met on Tuesday to discuss the fighting.",
            "The United Nations Security Council condemned the attack on the convoy.",
            "Fighters of Wagner attacked a village near the border, officials said.",
            "The Wagner Group denied any role in the raid.",
            "Colombian Senator Alvaro Uribe criticized the agreement on Monday.",
            "Colombian President Alvaro Uribe spoke with Venezuelan President Hugo Chavez by telephone.",
            "Venezuelan President Hugo Chavez met Colombian President Alvaro Uribe in Caracas.",
            "Secretary of State Antony J.\nBlinken spoke with Indian Foreign Minister Subrahmanyam Jaishankar on Friday.",
            "Antony Blinken met Jaishankar in New Delhi. Iran backs the Houthi rebels, Blinken said.",
            "The Houthi movement fired missiles at ships, and Saudi Arabia blamed Iran.",
        ].enumerated().map { ("own-\($0.offset).txt", $0.element) }
        return articles + own
    }()

    /// A shuffle that is the same on every run.
    struct Shuffler: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func write(_ cli: CLI) throws -> [String] {
        for document in Self.documents {
            try document.text.write(to: cli.folder.appendingPathComponent(document.name), atomically: true, encoding: .utf8)
        }
        return Self.documents.map(\.name)
    }

    func export(_ cli: CLI, _ db: String) throws -> String {
        let result = try cli.run(["export", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        return result.output
    }

    /// Cuts `names` into `count` consecutive pieces.
    func pieces(_ names: [String], _ count: Int) -> [[String]] {
        let size = (names.count + count - 1) / count
        return stride(from: 0, to: names.count, by: size).map { Array(names[$0..<min($0 + size, names.count)]) }
    }

    @Test("random orders, --jobs 1 and 2, several ingests, extract and reduce, merged shards: one graph", arguments: [1, 2, 3] as [UInt64])
    func oneGraph(seed: UInt64) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let names = try write(cli)
        try cli.run(["ingest", "-q", "--jobs", "1", "--db", "reference.sqlite"] + names)
        let reference = try export(cli, "reference.sqlite")
        #expect(reference.contains("United Nations Security Council"))

        var random = Shuffler(state: seed)
        let shuffled = names.shuffled(using: &random)
        for jobs in ["1", "2"] {
            try cli.run(["ingest", "-q", "--jobs", jobs, "--db", "order-\(jobs).sqlite"] + shuffled)
            #expect(try export(cli, "order-\(jobs).sqlite") == reference, "one ingest, --jobs \(jobs), order \(shuffled)")
        }

        let count = 2 + Int(seed % 3)
        for piece in pieces(shuffled, count) {
            try cli.run(["ingest", "-q", "--db", "several.sqlite"] + piece)
        }
        #expect(try export(cli, "several.sqlite") == reference, "\(count) ingests")

        var lines: [String] = []
        for (index, piece) in pieces(shuffled, count).enumerated() {
            let extracted = try cli.run(["extract", "--jobs", index % 2 == 0 ? "1" : "2"] + piece)
            #expect(extracted.status == 0, "\(extracted.errors)")
            try extracted.output.write(to: cli.folder.appendingPathComponent("part-\(index).jsonl"), atomically: true, encoding: .utf8)
            lines.append("part-\(index).jsonl")
        }
        try cli.run(["ingest", "-q", "--extracted", "--db", "reduced.sqlite"] + lines.shuffled(using: &random))
        #expect(try export(cli, "reduced.sqlite") == reference, "extract + ingest --extracted")

        let shards = pieces(shuffled, count).enumerated().map { index, piece in ("shard-\(index).sqlite", piece) }
        for (shard, piece) in shards {
            try cli.run(["ingest", "-q", "--db", shard] + piece)
        }
        let merge = try cli.run(["merge", "-q", "--db", "merged.sqlite"] + shards.map(\.0).shuffled(using: &random))
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(try export(cli, "merged.sqlite") == reference, "merge of \(count) shards")
    }

    @Test("extract reads JSON Lines on standard input and passes the document's own fields through")
    func jsonLines() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let input = """
            {"id": "a1", "date": "2024-05-01", "title": "Talks", "url": "https://example.org/a1", "text": "Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan."}
            {"id": 7, "text": "Iran backs Hamas, the minister said.", "outlet": {"name": "Example Wire"}}

            """
        let result = try cli.run(["extract", "-"], input: input)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let document = first?["document"] as? [String: Any]
        #expect(document?["source"] as? String == "a1")
        #expect(document?["date"] as? String == "2024-05-01")
        #expect(document?["title"] as? String == "Talks")
        #expect(document?["url"] as? String == "https://example.org/a1")
        #expect(document?["text"] == nil)
        #expect((first?["relations"] as? [Any])?.count == 1)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect((second?["document"] as? [String: Any])?["source"] as? String == "7")
        #expect(((second?["document"] as? [String: Any])?["outlet"] as? [String: Any])?["name"] as? String == "Example Wire")

        let stored = try cli.run(["ingest", "--extracted", "--db", cli.db, "-"], input: result.output)
        #expect(stored.status == 0)
        #expect(try cli.run(["evidence", "--db", cli.db, "Iran", "backs", "Hamas"]).output.contains("7"))
    }

    @Test("a bad extracted line is reported by file and line, and the good ones still go in")
    func badLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let good = try cli.run(["extract", "-"], input: "Iran backs Hamas, the minister said.\n").output
        try (good + "{\"document\": {\"source\": \"x\"}}\nnot json\n").write(
            to: cli.folder.appendingPathComponent("lines.jsonl"), atomically: true, encoding: .utf8)
        let result = try cli.run(["ingest", "--extracted", "--db", cli.db, "lines.jsonl"])
        #expect(result.status == 1)
        #expect(result.errors.contains("lines.jsonl:2:"))
        #expect(result.errors.contains("lines.jsonl:3:"))
        #expect(result.output.contains("ingested 1 document"))
    }
}
