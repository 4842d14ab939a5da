import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelgraphModel
@testable import RelgraphServer
import RelgraphStore
import Testing

@Suite("relgraph serve over HTTP")
struct ServerTests {
    @Test("the home page has a search box, the most connected entities and counts by type and relation")
    func home() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let page = try await server.get("/")
            #expect(page.status == 200)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("action=\"/search\""))
            #expect(page.body.contains(">Vladimir Putin</a>"))
            #expect(page.body.contains("<td>spoke with</td>"))
            #expect(page.body.contains("2 documents"))
        }
    }

    @Test("every page forbids scripts through its Content-Security-Policy")
    func noScripts() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            for path in ["/", "/search?q=Putin", "/path", "/api", "/entity/999999"] {
                let page = try await server.get(path)
                #expect(page.contentSecurityPolicy.contains("default-src 'none'"), "\(path)")
                #expect(!page.body.contains("<script"), "\(path)")
            }
        }
    }

    @Test("a name or alias in any case or accents opens the entity's page", arguments: ["Putin", "putin", "VLADIMIR PUTIN", "Pútin", "Vladimir+Putin"])
    func search(query: String) async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let page = try await server.get("/search?q=\(query)")
            #expect(page.status == 200)
            #expect(page.url.path.hasPrefix("/entity/"))
            #expect(page.body.contains("<h1>Vladimir Putin</h1>"))
            #expect(page.body.contains("President of Russia"))
        }
    }

    @Test("an unknown name answers 404 with close names to follow")
    func unknownName() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let page = try await server.get("/search?q=Putn")
            #expect(page.status == 404)
            #expect(page.body.contains("Did you mean"))
            #expect(page.body.contains("href=\"/search?q=Vladimir%20Putin\""))
            let api = try await server.json("/api/search?q=Putn", as: API.Search.self)
            #expect(api.status == 404)
            #expect(api.value.match == nil)
            #expect(api.value.suggestions.contains("Vladimir Putin"))
        }
    }

    @Test("an unknown id answers 404, a malformed one too")
    func unknownIDs() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            for path in ["/entity/999999", "/edge/999999", "/entity/abc", "/api/entity/999999", "/api/edge/0"] {
                let status = try await server.get(path).status
                #expect(status == 404, "\(path)")
            }
        }
    }

    @Test(
        "a bad filter answers 400 naming the parameter",
        arguments: [("depth=7", "depth"), ("relation=loves", "relation"), ("since=yesterday", "since"), ("since=2024-05-01&until=2024-01-01", "until"),
                    ("limit=0", "limit")])
    func badFilters(query: String, parameter: String) async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let id = try await server.json("/api/search?q=Putin", as: API.Search.self).value.match!.id
            let page = try await server.get("/entity/\(id)?\(query)")
            #expect(page.status == 400)
            #expect(page.body.contains("the parameter \(parameter)="))
            let api = try await server.get("/api/entity/\(id)?\(query)")
            #expect(api.status == 400)
        }
    }

    @Test("Putin's page draws his ego network: nodes link to neighbours' pages, edges to their evidence")
    func entityDrawing() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let putin = try await server.json("/api/search?q=Putin", as: API.Search.self).value.match!
            let page = try await server.get("/entity/\(putin.id)")
            #expect(page.status == 200)
            let svg = page.body.svgElement
            #expect(svg.contains("class=\"node\""))
            #expect(svg.contains("class=\"edge\""))
            let netanyahu = try await server.json("/api/search?q=Netanyahu", as: API.Search.self).value.match!
            #expect(svg.contains("href=\"/entity/\(netanyahu.id)\""))
            #expect(svg.hrefs.contains { $0.hasPrefix("/edge/") })
            // Grouped by relation, with counts.
            // One group for a symmetric relation, whichever end Putin is stored at.
            #expect(page.body.components(separatedBy: "<h3>spoke with ").count == 2)
            #expect(page.body.contains("<h3>spoke with <span class=\"count\">6</span></h3>"))
        }
    }

    @Test("the relation filter keeps only that relation, in the list and in the drawing")
    func relationFilter() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let russia = try await server.json("/api/search?q=Russia", as: API.Search.self).value.match!
            let all = try await server.json("/api/entity/\(russia.id)", as: API.EntityPage.self).value
            #expect(Set(all.groups.map(\.relation)) == ["backs", "blamed"])
            let blamed = try await server.json("/api/entity/\(russia.id)?relation=blamed", as: API.EntityPage.self).value
            #expect(blamed.groups.map(\.relation) == ["blamed"])
            #expect(blamed.groups[0].neighbors.map(\.entity.name) == ["United States"])
            let page = try await server.get("/entity/\(russia.id)?relation=blamed")
            #expect(page.body.svgElement.contains(">blamed</text>"))
            #expect(!page.body.svgElement.contains(">backs</text>"))
            #expect(page.body.contains("<option value=\"blamed\" selected>"))
        }
    }

    @Test("depth 2 draws neighbours of neighbours")
    func depthTwo() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let hamas = try await server.json("/api/search?q=Hamas", as: API.Search.self).value.match!
            let one = try await server.get("/entity/\(hamas.id)").body.svgElement
            let two = try await server.get("/entity/\(hamas.id)?depth=2").body.svgElement
            let nodes = { (svg: String) in svg.components(separatedBy: "class=\"node\"").count - 1 }
            #expect(nodes(two) > nodes(one))
        }
    }

    @Test("a period is applied and kept in every link, of the lists and of the drawing")
    func period() async throws {
        try await LiveServer.with(try DatedGraph.store()) { server in
            let france = try await server.json("/api/search?q=France", as: API.Search.self).value.match!
            let page = try await server.get("/entity/\(france.id)?since=2024-01-01&until=2024-12-31")
            #expect(page.status == 200)
            #expect(page.body.contains("value=\"2024-01-01\""))
            #expect(page.body.contains("Only sentences from documents published from 2024-01-01 to 2024-12-31 count"))
            let svg = page.body.svgElement.replacingOccurrences(of: "&#45;", with: "-")
            #expect(svg.contains("/entity/\(france.id)?since=2024-01-01&amp;until=2024-12-31\""))
            #expect(svg.contains("?since=2024-01-01&amp;until=2024-12-31\""))
            let edgeLinks = svg.hrefs.filter { $0.hasPrefix("/edge/") }
            #expect(!edgeLinks.isEmpty)
            #expect(edgeLinks.allSatisfy { $0.hasSuffix("?since=2024-01-01&amp;until=2024-12-31") })
            let api = try await server.json("/api/entity/\(france.id)?since=2024-01-01", as: API.EntityPage.self).value
            #expect(api.period == API.PeriodFilter(since: "2024-01-01", until: nil, applied: true))
        }
    }

    @Test("a period leaves out undated documents: the sample articles carry no date")
    func undated() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let putin = try await server.json("/api/search?q=Putin", as: API.Search.self).value.match!
            let page = try await server.get("/entity/\(putin.id)?since=2023-10-01")
            #expect(page.body.contains("No relations"))
            #expect(page.body.contains("undated documents are left out"))
            let home = try await server.get("/")
            #expect(home.body.contains("no document is dated"))
        }
    }

    @Test("an edge's page lists every sentence with its document and hash, the parties marked")
    func edgePage() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let iran = try await server.json("/api/search?q=Iran", as: API.Search.self).value.match!
            let backs = try await server.json("/api/entity/\(iran.id)?relation=backs", as: API.EntityPage.self).value
            let hamas = try #require(backs.groups[0].neighbors.first { $0.entity.name == "Hamas" })
            let page = try await server.get("/edge/\(hamas.edge)")
            #expect(page.status == 200)
            #expect(page.body.contains(">Iran</a> backs <a href=\"/entity/\(hamas.entity.id)\">Hamas</a></h1>"))
            #expect(page.body.contains("sample-article.txt, sentence"))
            #expect(page.body.contains("<mark class=\"party\">Iran</mark>"))
            #expect(page.body.contains("<mark class=\"other\">Hamas</mark>"))
            let api = try await server.json("/api/edge/\(hamas.edge)", as: API.EdgePage.self).value
            #expect(api.relation == "backs")
            #expect(api.evidence.first?.document == "sample-article.txt")
            #expect(api.evidence.first?.hash.isEmpty == false)
            #expect(page.body.contains(String(api.evidence[0].hash.prefix(12))))
        }
    }

    @Test("a path between two names is listed and drawn with links")
    func path() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let page = try await server.get("/path?from=Netanyahu&to=Palestinian+Authority")
            #expect(page.status == 200)
            #expect(page.body.contains(">Benjamin Netanyahu</a> —spoke with→ <a"))
            #expect(page.body.svgElement.contains("class=\"node\""))
            let api = try await server.json("/api/path?from=Netanyahu&to=Palestinian+Authority", as: API.Path.self).value
            #expect(api.steps?.first?.from.name == "Benjamin Netanyahu")
            #expect(api.steps?.last?.to.name == "Palestinian Authority")
            #expect(api.steps?.count == 3)
            let unknown = try await server.get("/path?from=Netanyahu&to=Nobody+Known")
            #expect(unknown.status == 404)
            let form = try await server.get("/path")
            #expect(form.body.contains("name=\"from\""))
        }
    }

    @Test("a big neighbourhood is capped, with a link that shows more")
    func showMore() async throws {
        try await LiveServer.with(try TestGraphs.hub(neighbors: 130)) { server in
            let page = try await server.get("/search?q=Hub+Center")
            #expect(page.body.components(separatedBy: "<li>").count - 1 == ViewQuery.defaultLimit)
            #expect(page.body.contains("110 not listed"))
            let more = try #require(page.body.hrefs.first { $0.contains("limit=100") })
            let expanded = try await server.get(more)
            #expect(expanded.body.components(separatedBy: "<li>").count - 1 == 100)
            let drawn = expanded.body.svgElement.components(separatedBy: "class=\"node\"").count - 1
            #expect(drawn == 1 + LinkedDrawing.largestDrawing)
            // The best-attested neighbours come first.
            #expect(page.body.contains("<li><a href=\"/entity/2\">Group 001</a>"))
        }
    }

    @Test("hostile names inject no markup into any page or drawing", arguments: TestGraphs.hostileNames.indices)
    func hostileNames(index: Int) async throws {
        try await LiveServer.with(try TestGraphs.hostile()) { server in
            let name = TestGraphs.hostileNames[index]
            let entity = try await server.json("/api/search?q=\(HTML.percentEncoded(name))", as: API.Search.self).value.match!
            #expect(entity.name == name)
            let edge = try await server.json("/api/entity/\(entity.id)", as: API.EntityPage.self).value.groups[0].neighbors[0].edge
            let other = TestGraphs.hostileNames[(index + 1) % TestGraphs.hostileNames.count]
            let pages = [
                "/", "/entity/\(entity.id)", "/entity/\(entity.id)?depth=2", "/edge/\(edge)",
                "/search?q=\(HTML.percentEncoded(name + "x"))",
                "/path?from=\(HTML.percentEncoded(name))&to=\(HTML.percentEncoded(other))",
            ]
            for path in pages {
                let body = try await server.get(path).body
                for markup in ["<script", "<b>", "<img", "<i>", "<u>", "onmouseover='", "\"quoted\""] {
                    #expect(!body.contains(markup), "\(path) holds \(markup)")
                }
            }
            let page = try await server.get("/entity/\(entity.id)").body
            #expect(page.contains("<h1>\(TestGraphs.escapedHostileNames[index])</h1>"))
            let svg = try await server.get("/entity/\(entity.id)").body.svgElement
            #expect(svg.contains("class=\"node\""))
            let parsed = try XMLDocument(xmlString: svg)
            let labels = try parsed.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
            #expect(labels.contains(name.components(separatedBy: "\n")[0]))
        }
    }
}
