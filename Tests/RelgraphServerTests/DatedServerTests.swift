import Foundation
import RelgraphExtraction
import RelgraphModel
@testable import RelgraphServer
import RelgraphStore
import Testing

/// Three short documents of our own: two dated, one not.
enum DatedGraph {
    static func store() throws -> GraphStore {
        let store = try GraphStore(path: TestGraphs.temporaryPath())
        let documents: [(source: String, text: String, metadata: DocumentMetadata)] = [
            ("winter.txt", "France backs Ghana in the trade dispute.",
             DocumentMetadata(date: DocumentDate("2024-01-10"), title: "Paris sides with Accra", url: "https://example.org/winter")),
            ("spring.txt", "France backs Ghana once more. France criticized Peru over its fishing rules.",
             DocumentMetadata(date: DocumentDate("2024-03-05"), title: "A <b>second</b> \"look\" & more", url: "javascript:alert(1)")),
            ("undated.txt", "France sanctioned Chile.", DocumentMetadata()),
        ]
        for document in documents {
            _ = try store.ingest(
                text: document.text, source: document.source, extraction: Extractor().extract(document.text), metadata: document.metadata)
        }
        return store
    }

    /// The names of an entity page's neighbours, from its JSON.
    static func neighbors(_ page: API.EntityPage) -> Set<String> {
        Set(page.groups.flatMap(\.neighbors).map(\.entity.name))
    }
}

@Suite("relgraph serve over HTTP: periods of dated documents")
struct DatedServerTests {
    @Test("the home page gives the documents' publication dates, and how many are undated")
    func home() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let page = try await server.get("/")
            #expect(page.body.contains("Published 2024-01-10 to 2024-03-05 (1 undated"))
            #expect(!page.body.contains("Ingested"))
            let stats = try await server.json("/api/stats", as: API.Statistics.self).value
            #expect(stats.firstPublished == "2024-01-10")
            #expect(stats.lastPublished == "2024-03-05")
            #expect(stats.undatedDocuments == 1)
        }
    }

    @Test("since and until change the neighbours an entity page shows")
    func neighbours() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let search = try await server.json("/api/search?q=France", as: API.Search.self).value
            let france = try #require(search.match)
            let always = try await server.json("/api/entity/\(france.id)", as: API.EntityPage.self).value
            #expect(DatedGraph.neighbors(always) == ["Ghana", "Peru", "Chile"])
            let winter = try await server.json("/api/entity/\(france.id)?until=2024-01-31", as: API.EntityPage.self).value
            #expect(DatedGraph.neighbors(winter) == ["Ghana"])
            #expect(winter.period == API.PeriodFilter(since: nil, until: "2024-01-31", applied: true))
            let spring = try await server.json("/api/entity/\(france.id)?since=2024-02-01", as: API.EntityPage.self).value
            #expect(DatedGraph.neighbors(spring) == ["Ghana", "Peru"])
            let ghana = try #require(spring.groups.flatMap(\.neighbors).first { $0.entity.name == "Ghana" })
            #expect(ghana.count == 1)

            let page = try await server.get("/entity/\(france.id)?since=2024-02-01")
            #expect(page.body.contains(">Peru</a>"))
            #expect(!page.body.contains(">Chile</a>"))
            #expect(page.body.contains("undated documents are left out"))
            #expect(!page.body.contains("carry no dates"))
            #expect(page.body.contains("/edge/\(ghana.edge)?since=2024-02-01\""))
            let empty = try await server.get("/entity/\(france.id)?since=2025-01-01")
            #expect(empty.body.contains("No relations"))
        }
    }

    @Test("an edge page lists only the period's sentences, each with its document's date, title and link")
    func evidence() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let search = try await server.json("/api/search?q=France", as: API.Search.self).value
            let france = try #require(search.match)
            let groups = try await server.json("/api/entity/\(france.id)?relation=backs", as: API.EntityPage.self).value.groups
            let edge = try #require(groups.first?.neighbors.first { $0.entity.name == "Ghana" }).edge

            let all = try await server.get("/edge/\(edge)")
            #expect(all.body.contains("2 sentences in 2 documents"))
            #expect(all.body.contains("<time datetime=\"2024-01-10\">2024-01-10</time>"))
            #expect(all.body.contains("<a class=\"document\" href=\"https://example.org/winter\" rel=\"noopener noreferrer nofollow\">Paris sides with Accra</a>"))
            #expect(all.body.contains("<cite>A &lt;b&gt;second&lt;/b&gt; &quot;look&quot; &amp; more</cite>"))
            #expect(!all.body.contains("javascript:"))
            #expect(all.body.contains("<mark class=\"relation\">backs</mark>"))
            #expect(all.body.range(of: "trade dispute")!.lowerBound < all.body.range(of: "once more")!.lowerBound)

            let spring = try await server.get("/edge/\(edge)?since=2024-02-01")
            #expect(spring.body.contains("1 of 2 sentences in 1 document"))
            #expect(spring.body.contains("once more"))
            #expect(!spring.body.contains("trade dispute"))
            let winter = try await server.json("/api/edge/\(edge)?until=2024-01-31", as: API.EdgePage.self).value
            #expect(winter.evidence.map(\.sentence) == ["France backs Ghana in the trade dispute."])
            #expect(winter.evidence[0].date == "2024-01-10")
            #expect(winter.evidence[0].title == "Paris sides with Accra")
            #expect(winter.evidence[0].url == "https://example.org/winter")
            #expect(winter.evidence[0].triggers == [API.TriggerSpan(start: 7, end: 12)])
        }
    }

    @Test("a path follows only the period's edges")
    func path() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let always = try await server.json("/api/path?from=Ghana&to=Peru", as: API.Path.self).value
            #expect(always.steps?.count == 2)
            let winter = try await server.json("/api/path?from=Ghana&to=Peru&until=2024-01-31", as: API.Path.self).value
            #expect(winter.steps == nil)
            let page = try await server.get("/path?from=Ghana&to=Chile&since=2024-01-01")
            #expect(page.body.contains("No chain"))
            let chain = try await server.get("/path?from=Ghana&to=Peru&since=2024-03-01")
            #expect(chain.body.contains(">Peru</a>"))
            #expect(chain.body.contains("/api/path?from=Ghana&amp;to=Peru&amp;since=2024-03-01\""))
        }
    }

    @Test("a date that is no day of the calendar is refused")
    func badDate() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let page = try await server.get("/edge/1?since=2024-02-30")
            #expect(page.status == 400)
        }
    }
}

@Suite("The relation marked in a sentence")
struct MarkedSentenceTests {
    @Test("names and the relation's words are marked, every piece escaped and no markup")
    func hostile() {
        let source = Graph.Entity(id: 1, name: "<i>Norway</i>", type: .country)
        let target = Graph.Entity(id: 2, name: "Chile", type: .country)
        let sentence = "<i>Norway</i> backs \"Chile\" & <script>supports</script> it."
        let marked = GraphViewer.marked(sentence, parties: [source, target], relation: .backs)
        #expect(
            marked
                == "<mark class=\"party\">&lt;i&gt;Norway&lt;/i&gt;</mark> <mark class=\"relation\">backs</mark> &quot;<mark class=\"other\">Chile</mark>&quot; "
                + "&amp; &lt;script&gt;<mark class=\"relation\">supports</mark>&lt;/script&gt; it.")
    }
}
