import Foundation
import GRDB
import RelgraphExtraction
import RelgraphModel
import Testing

@testable import RelgraphStore

@Suite("A graph that remembers when each fact was published")
struct DatedGraphTests {
    /// Three dated stories and one undated one, all about Putin.
    static func store() throws -> (GraphStore, TemporaryDatabase) {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        let stories: [(String, String?, String)] = [
            ("a.txt", "2023-05-01", "Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan. Iran backs Hamas."),
            ("b.txt", "2024-02-10", "Vladimir Putin met Chinese President Xi Jinping in Moscow."),
            ("c.txt", "2024-11-03", "Vladimir Putin spoke with Recep Tayyip Erdogan by phone."),
            ("d.txt", nil, "Vladimir Putin met Indian Prime Minister Narendra Modi."),
        ]
        for (source, date, text) in stories {
            let metadata = DocumentMetadata(
                date: date.flatMap(DocumentDate.init), title: "Story \(source)", url: date.map { "https://example.org/\($0)" })
            _ = try store.ingest(text: text, source: source, extraction: Extractor().extract(text), metadata: metadata)
        }
        return (store, db)
    }

    @Test("neighbors in a period come only from its documents, counted by its sentences")
    func neighbors() throws {
        let (store, db) = try Self.store()
        _ = db
        let all = try store.neighbors(of: "Putin").neighbors.map { "\($0.entity.name) \($0.count)" }
        #expect(Set(all) == ["Recep Tayyip Erdogan 2", "Xi Jinping 1", "Narendra Modi 1"])
        let in2024 = try store.neighbors(of: "Putin", period: Period(since: "2024-01-01")).neighbors.map { "\($0.entity.name) \($0.count)" }
        #expect(Set(in2024) == ["Recep Tayyip Erdogan 1", "Xi Jinping 1"])
        #expect(try store.neighbors(of: "Putin", period: Period(until: "2022")).neighbors.isEmpty)
    }

    @Test("evidence names its document's date, title and link, oldest first, and a period keeps its own")
    func evidence() throws {
        let (store, db) = try Self.store()
        _ = db
        let all = try store.evidence(source: "Erdogan", relation: .spokeWith, target: "Putin")
        #expect(all.map(\.metadata.date?.description) == ["2023-05-01", "2024-11-03"])
        #expect(all.map(\.metadata.title) == ["Story a.txt", "Story c.txt"])
        let in2024 = try store.evidence(source: "Putin", relation: .spokeWith, target: "Erdogan", period: Period(since: "2024"))
        #expect(in2024.map(\.document) == ["c.txt"])
        #expect(in2024.first?.metadata.url == "https://example.org/2024-11-03")
    }

    @Test("paths follow only the period's edges")
    func path() throws {
        let (store, db) = try Self.store()
        _ = db
        #expect(try store.path(from: "Xi Jinping", to: "Erdogan", period: Period(since: "2024"))?.count == 2)
        #expect(try store.path(from: "Xi Jinping", to: "Erdogan", period: Period(until: "2023")) == nil)
        #expect(try store.path(from: "Xi Jinping", to: "Modi", period: Period(since: "2000")) == nil, "the undated story is in no period")
        #expect(try store.path(from: "Xi Jinping", to: "Modi")?.count == 2)
    }

    @Test("entities and statistics in a period count its edges; undated documents are counted apart")
    func statistics() throws {
        let (store, db) = try Self.store()
        _ = db
        let in2023 = try store.entities(byDegree: false, period: Period(since: "2023", until: "2023"))
        #expect(in2023.map(\.entity.name) == ["Hamas", "Iran", "Recep Tayyip Erdogan", "Vladimir Putin"])
        let stats = try store.statistics(period: Period(since: "2024"))
        #expect(stats.documents == 2)
        #expect(stats.undatedDocuments == 1)
        #expect(stats.relationsByType == [.spokeWith: 2])
        #expect(stats.evidence == 2)
        #expect(stats.firstDate == DocumentDate("2023-05-01") && stats.lastDate == DocumentDate("2024-11-03"))
        #expect(stats.entitiesByType == [.person: 3])
        #expect(stats.mostConnected == (try store.entities(period: Period(since: "2024"))))
        #expect(stats.mostConnected.map(\.entity.name) == ["Vladimir Putin", "Recep Tayyip Erdogan", "Xi Jinping"])
        #expect(stats.mostConnected.map(\.degree) == [2, 1, 1])
        #expect(try store.statistics(top: 2, period: Period(since: "2024")).mostConnected.count == 2)
        #expect(try store.statistics().documents == 4)
    }

    @Test("a timeline lists an entity's relations by date, undated last; documents list what the graph holds")
    func timeline() throws {
        let (store, db) = try Self.store()
        _ = db
        let entries = try store.timeline(of: "Putin", relation: .spokeWith)
        #expect(entries.map(\.other.name) == ["Recep Tayyip Erdogan", "Xi Jinping", "Recep Tayyip Erdogan", "Narendra Modi"])
        #expect(entries.map(\.evidence.metadata.date?.description) == ["2023-05-01", "2024-02-10", "2024-11-03", nil])
        #expect(try store.timeline(of: "Putin", period: Period(since: "2024-06")).map(\.other.name) == ["Recep Tayyip Erdogan"])
        #expect(try store.documents().map(\.source) == ["a.txt", "b.txt", "c.txt", "d.txt"])
        #expect(try store.documents(period: Period(since: "2024")).map(\.metadata.title) == ["Story b.txt", "Story c.txt"])
    }

    @Test("a snapshot in a period keeps its edges and their entities, with the days they were first and last seen")
    func snapshot() throws {
        let (store, db) = try Self.store()
        _ = db
        let whole = try store.snapshot(filter: GraphFilter(), evidence: false, dates: true)
        let talks = try #require(whole.relations.first { whole.entity($0.target)?.name == "Recep Tayyip Erdogan" || whole.entity($0.source)?.name == "Recep Tayyip Erdogan" })
        #expect(talks.firstSeen == DocumentDate("2023-05-01") && talks.lastSeen == DocumentDate("2024-11-03"))
        let modi = try #require(whole.relations.first { whole.entity($0.target)?.name == "Narendra Modi" || whole.entity($0.source)?.name == "Narendra Modi" })
        #expect(modi.firstSeen == nil)

        let in2023 = try store.snapshot(filter: GraphFilter(period: Period(until: "2023")))
        #expect(Set(in2023.entities.map(\.name)) == ["Hamas", "Iran", "Recep Tayyip Erdogan", "Vladimir Putin"])
        #expect(in2023.relations.allSatisfy { $0.lastSeen == DocumentDate("2023-05-01") && $0.evidence.count == 1 })

        let around = try store.snapshot(filter: GraphFilter(around: "Putin", period: Period(since: "2024")))
        #expect(Set(around.entities.map(\.name)) == ["Recep Tayyip Erdogan", "Vladimir Putin", "Xi Jinping"])
        #expect(around.relations.map(\.count) == [1, 1])
    }

    @Test("a graph from before documents had dates migrates: its graph intact, the new columns and index there")
    func migratesUndatedSchema() throws {
        let db = try TemporaryDatabase()
        let older = try DatabaseQueue(path: db.path)
        try Schema.migrator.migrate(older, upTo: "v2: edges found by both endpoints")
        try older.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (id, hash, source, byte_count, ingested_at) VALUES (1, 'h1', 'old.txt', 20, '2025-01-01T00:00:00Z');
                    INSERT INTO entity (id, type, name) VALUES (1, 'country', 'Iran'), (2, 'organization', 'Hamas');
                    INSERT INTO alias (entity_id, alias, key) VALUES (1, 'Iran', 'iran'), (2, 'Hamas', 'hamas');
                    INSERT INTO edge (id, source_id, relation, target_id, count) VALUES (1, 1, 'backs', 2, 1);
                    INSERT INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (1, 1, 0, 'Iran backs Hamas.');
                    """)
        }
        try older.close()

        let store = try GraphStore(path: db.path)
        let graph = try store.snapshot()
        #expect(graph.relations.count == 1)
        #expect(graph.relations.first?.evidence == [Graph.Evidence(document: "old.txt", sentence: "Iran backs Hamas.")])
        let columns = try store.read { db in try db.columns(in: "document").map(\.name) }
        #expect(Set(["published", "title", "url", "outlet"]).isSubset(of: Set(columns)))
        let index = try store.read { db in try db.indexes(on: "document").first { $0.name == "document_by_date" }?.columns }
        #expect(index == ["published"])
        #expect(try store.statistics().undatedDocuments == 1)
        // A dated story goes in beside the old, undated one.
        let text = "Iran backs Hamas with money, officials said."
        _ = try store.ingest(text: text, source: "new.txt", extraction: Extractor().extract(text), metadata: DocumentMetadata(date: DocumentDate("2024-01-05")))
        #expect(try store.neighbors(of: "Iran", period: Period(since: "2024")).neighbors.map(\.count) == [1])
        #expect(try store.neighbors(of: "Iran").neighbors.map(\.count) == [2])
    }

    @Test("asking a path where no graph was built is an error that creates nothing")
    func noGraph() throws {
        let db = try TemporaryDatabase()
        #expect(throws: StoreError.noGraph(path: db.path)) { try GraphStore(path: db.path, mustExist: true) }
        #expect(!FileManager.default.fileExists(atPath: db.path))
    }
}
