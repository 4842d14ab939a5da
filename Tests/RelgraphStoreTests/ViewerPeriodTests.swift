import Foundation
import RelgraphModel
import Testing

@testable import RelgraphStore

@Suite("The viewer's questions by id, limited to a period")
struct ViewerPeriodTests {
    @Test("links and link groups keep the period's edges, each counted by the period's sentences")
    func links() throws {
        let (store, db) = try DatedGraphTests.store()
        _ = db
        let putin = try store.entity(named: "Putin").id
        let all = try store.links(of: putin).map { "\($0.neighbor.entity.name) \($0.neighbor.count)" }
        #expect(Set(all) == ["Recep Tayyip Erdogan 2", "Xi Jinping 1", "Narendra Modi 1"])
        let in2024 = try Period(since: "2024")
        let links = try store.links(of: putin, period: in2024).map { "\($0.neighbor.entity.name) \($0.neighbor.count)" }
        #expect(Set(links) == ["Recep Tayyip Erdogan 1", "Xi Jinping 1"])
        #expect(try store.links(of: putin, limit: 1, period: in2024).count == 1)
        let groups = try store.linkGroups(of: putin, limit: 10, period: in2024)
        #expect(groups.map(\.total).reduce(0, +) == 2)
        #expect(Set(groups.flatMap(\.links).map { "\($0.neighbor.entity.name) \($0.neighbor.count)" }) == Set(links))
        #expect(try store.linkGroups(of: putin, limit: 10, period: Period(until: "2022")).isEmpty)
    }

    @Test("sourced evidence keeps the period's sentences, each with its document's date, title and link")
    func evidence() throws {
        let (store, db) = try DatedGraphTests.store()
        _ = db
        let putin = try store.entity(named: "Putin").id
        let erdogan = try #require(try store.links(of: putin).first { $0.neighbor.entity.name == "Recep Tayyip Erdogan" })
        let all = try store.sourcedEvidence(edgeID: erdogan.edgeID)
        #expect(all.map(\.metadata.date?.description) == ["2023-05-01", "2024-11-03"])
        let in2024 = try store.sourcedEvidence(edgeID: erdogan.edgeID, period: Period(since: "2024"))
        #expect(in2024.map(\.document.source) == ["c.txt"])
        #expect(in2024.first?.metadata.title == "Story c.txt")
        #expect(in2024.first?.metadata.url == "https://example.org/2024-11-03")
    }
}
