import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RelgraphExtraction
import RelgraphModel
@testable import RelgraphServer
@_spi(Benchmarks) import RelgraphStore

/// Graphs the server tests read, each in a new temporary file.
enum TestGraphs {
    /// The README demo's graph: the project's two sample articles, ingested as `relgraph ingest` would.
    static func seed() throws -> GraphStore {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RelgraphCLITests/Fixtures")
        let store = try GraphStore(path: temporaryPath())
        for name in ["sample-article.txt", "second-article.txt"] {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            _ = try store.ingest(text: text, source: name, extraction: Extractor().extract(text))
        }
        return store
    }

    /// Names an attacker might choose, each meant to break out of HTML, an attribute, a DOT
    /// string or an SVG comment.
    static let hostileNames = [
        "<script>alert(1)</script>",
        "\"quoted\" & <b>bold</b>",
        "Line one\nLine two",
        "--><img src=x onerror=alert(2)><!--",
        "O'Brien' onmouseover='alert(3)",
        "Back\\slash \\N \\G",
    ]

    /// Each hostile name as a page must show it: every markup character a character reference.
    static let escapedHostileNames = [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;",
        "Line one\nLine two",
        "--&gt;&lt;img src=x onerror=alert(2)&gt;&lt;!--",
        "O&#39;Brien&#39; onmouseover=&#39;alert(3)",
        "Back\\slash \\N \\G",
    ]

    /// A graph of hostile names, all linked to each other, with sentences that repeat them.
    static func hostile() throws -> GraphStore {
        let store = try GraphStore(path: temporaryPath())
        let entities = hostileNames.map { (type: EntityType.person, name: $0, role: Optional("President <i>of</i> \"X\"")) }
        var edges: [GraphStore.SyntheticEdge] = []
        for source in entities.indices {
            for target in entities.indices where target != source {
                let relation = RelationType.allCases[(source + target) % 3]
                edges.append(.init(source: source, relation: relation, target: target, sentence: "\(hostileNames[source]) met \(hostileNames[target]) <u>today</u>."))
            }
        }
        try store.insertSynthetic(entities: entities, edges: edges)
        return store
    }

    /// One entity, "Hub Center", and `count` others it backs, the first ones with more sentences.
    static func hub(neighbors count: Int) throws -> GraphStore {
        let store = try GraphStore(path: temporaryPath())
        let entities = [(type: EntityType.country, name: "Hub Center", role: String?.none)]
            + (1...count).map { (type: EntityType.organization, name: String(format: "Group %03d", $0), role: String?.none) }
        var edges: [GraphStore.SyntheticEdge] = []
        for index in 1...count {
            for _ in 0..<(index <= 3 ? 3 : 1) { edges.append(.init(source: 0, relation: .backs, target: index, sentence: "Hub Center backs Group \(index).")) }
        }
        try store.insertSynthetic(entities: entities, edges: edges, edgesPerDocument: 1)
        return store
    }

    /// A new database path in this test process's own folder, which is removed when the
    /// process exits: the stores outlive the tests that open them, so no test can delete its own.
    static func temporaryPath() -> String {
        folder.appendingPathComponent("\(UUID().uuidString).sqlite").path
    }

    private static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-serve-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestGraphs.folder) }
        return folder
    }()
}

/// A response as a browser would see it, after redirects.
struct Fetched {
    var status: Int
    var body: String
    var url: URL
    var contentType: String
    var contentSecurityPolicy: String
}

/// A relgraph server on a free loopback port, for the length of a test.
struct LiveServer {
    let base: URL

    /// Serves `store` on a free port, runs `body` with the server's address, stops it.
    static func with<T: Sendable>(_ store: GraphStore, _ body: (LiveServer) async throws -> T) async throws -> T {
        var server = GraphServer(store: store, port: 0)
        // Stopping by cancellation makes Hummingbird log its closing channels as errors.
        server.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw URLError(.cannotConnectToHost) }
        do {
            let result = try await body(LiveServer(base: URL(string: "http://127.0.0.1:\(port)")!))
            task.cancel()
            _ = try? await task.value
            return result
        } catch {
            task.cancel()
            _ = try? await task.value
            throw error
        }
    }

    /// GETs `path` (with its query), following redirects.
    func get(_ path: String) async throws -> Fetched {
        let url = URL(string: base.absoluteString + path)!
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = response as! HTTPURLResponse
        return Fetched(
            status: http.statusCode, body: String(decoding: data, as: UTF8.self), url: http.url ?? url,
            contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            contentSecurityPolicy: http.value(forHTTPHeaderField: "Content-Security-Policy") ?? "")
    }

    /// GETs an `/api/...` path and decodes its JSON.
    func json<T: Decodable>(_ path: String, as type: T.Type = T.self) async throws -> (status: Int, value: T) {
        let fetched = try await get(path)
        return (fetched.status, try JSONDecoder().decode(T.self, from: Data(fetched.body.utf8)))
    }
}

extension String {
    /// The inline `<svg>…</svg>` of a page, or "" when it has none.
    var svgElement: String {
        guard let start = range(of: "<svg"), let end = range(of: "</svg>", range: start.upperBound..<endIndex) else { return "" }
        return String(self[start.lowerBound..<end.upperBound])
    }

    /// Every `href="…"` value, in order.
    var hrefs: [String] {
        var result: [String] = []
        var rest = self[...]
        while let found = rest.range(of: "href=\"") {
            rest = rest[found.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            result.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return result
    }
}
