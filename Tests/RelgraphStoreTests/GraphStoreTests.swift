import Foundation
import GRDB
import RelgraphExtraction
import RelgraphModel
import Testing

@_spi(Benchmarks) @testable import RelgraphStore

/// A fresh database file in a temporary folder, removed afterwards.
final class TemporaryDatabase {
    let folder: URL
    var path: String { folder.appendingPathComponent("graph.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

@Suite("Graph store")
struct GraphStoreTests {
    let first = """
        Russian President Vladimir Putin called Israeli Prime Minister Benjamin Netanyahu on Monday. \
        Iran also backs Hamas financially.
        """
    let second = """
        Putin met Turkish President Recep Tayyip Erdogan in Sochi. Putin also spoke with Netanyahu again.
        """

    func ingest(_ store: GraphStore, _ text: String, as source: String) throws -> GraphStore.IngestResult {
        try store.ingest(text: text, source: source, extraction: Extractor().extract(text))
    }

    @Test("ingesting the same document twice changes nothing")
    func idempotent() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        let added = try ingest(store, first, as: "a.txt")
        let before = try store.snapshot()
        let again = try ingest(store, first, as: "copy-of-a.txt")
        #expect(added.isNew && added.entitiesAdded > 0 && added.relationsAdded == 2)
        #expect(!again.isNew)
        #expect(try store.snapshot() == before)
        #expect(try store.counts().documents == 1)
    }

    @Test("one person across documents is one node, and edge counts add up")
    func mergesAcrossDocuments() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first, as: "a.txt")
        _ = try ingest(store, second, as: "b.txt")
        let graph = try store.snapshot()
        #expect(graph.entities.filter { $0.name.hasSuffix("Putin") }.map(\.name) == ["Vladimir Putin"])
        let (putin, neighbors) = try store.neighbors(of: "putin", relation: .spokeWith)
        #expect(putin.name == "Vladimir Putin")
        #expect(neighbors.map(\.entity.name) == ["Benjamin Netanyahu", "Recep Tayyip Erdogan"])
        #expect(neighbors.first?.count == 2)
    }

    @Test("one person of the who's-who is one node, though stories name them and date them differently", arguments: [false, true])
    func mergesWhosWhoPeople(reversed: Bool) throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        // In 2015 Kerry was Secretary of State; an undated story gets his latest office.
        var stories = [("a.txt", "June 2, 2015 — John Kerry met Sergei Lavrov in Geneva."), ("b.txt", "Kerry spoke with Mohammad Javad Zarif.")]
        if reversed { stories.reverse() }
        for (source, text) in stories { _ = try ingest(store, text, as: source) }
        let people = try store.snapshot().entities.filter { $0.name.hasSuffix("Kerry") }
        #expect(people.map(\.name) == ["John Kerry"])
        #expect(people.first?.country == "United States")
    }

    @Test("names match any alias, in any case and with or without accents", arguments: ["Putin", "VLADIMIR PUTIN", "Pútin"])
    func aliases(_ name: String) throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first, as: "a.txt")
        #expect(try store.entity(named: name).name == "Vladimir Putin")
    }

    @Test("an unknown name is an error that suggests close matches")
    func unknown() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first, as: "a.txt")
        #expect(throws: StoreError.unknownEntity(name: "Netanyau", suggestions: ["Benjamin Netanyahu"])) {
            try store.entity(named: "Netanyau")
        }
    }

    @Test("evidence lists the supporting sentences with their documents, either order for symmetric relations")
    func evidence() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first, as: "a.txt")
        _ = try ingest(store, second, as: "b.txt")
        let evidence = try store.evidence(source: "Netanyahu", relation: .spokeWith, target: "Putin")
        #expect(evidence.map(\.document) == ["a.txt", "b.txt"])
        #expect(evidence.last?.sentence == "Putin also spoke with Netanyahu again.")
        #expect(evidence.last?.position == 1)
    }

    @Test("neighbors can keep only leaders, or one type")
    func filters() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first + " Putin met Reuters editor John Smith.", as: "a.txt")
        let leaders = try store.neighbors(of: "Putin", leadersOnly: true).neighbors.map(\.entity.name)
        #expect(leaders == ["Benjamin Netanyahu"])
        #expect(try store.neighbors(of: "Hamas", type: .country).neighbors.map(\.entity.name) == ["Iran"])
        #expect(try store.neighbors(of: "Hamas").neighbors.first?.direction == .incoming)
    }

    @Test("a file that is not a relgraph database is refused and left untouched")
    func notADatabase() throws {
        let db = try TemporaryDatabase()
        let original = Data("just some notes, not a database\n".utf8)
        try original.write(to: URL(fileURLWithPath: db.path))
        #expect(throws: StoreError.self) { try GraphStore(path: db.path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db.path)) == original)
    }

    @Test("a graph written by an earlier relgraph is brought up to date and keeps its data")
    func migratesOlderSchema() throws {
        let db = try TemporaryDatabase()
        // The first schema, as an earlier release left it, holding "Iran backs Hamas".
        let older = try DatabaseQueue(path: db.path)
        try Schema.migrator.migrate(older, upTo: "v1: documents, entities, aliases, edges, evidence")
        try older.write { db in
            try db.execute(
                sql: """
                    INSERT INTO entity (id, type, name) VALUES (1, 'country', 'Iran'), (2, 'organization', 'Hamas');
                    INSERT INTO alias (entity_id, alias, key) VALUES (1, 'Iran', 'iran'), (2, 'Hamas', 'hamas');
                    INSERT INTO edge (source_id, relation, target_id, count) VALUES (1, 'backs', 2, 1);
                    """)
        }
        try older.close()

        let store = try GraphStore(path: db.path)
        #expect(try store.neighbors(of: "Hamas").neighbors.map(\.entity.name) == ["Iran"])
        #expect(try store.path(from: "Hamas", to: "Iran")?.first?.isForward == false)
        let index = try store.read { db in try db.indexes(on: "edge").first { $0.name == "edge_by_target" }?.columns }
        #expect(index == ["target_id", "source_id"])
    }

    @Test("a snapshot lists entities by type and name, and relations by source name, relation as listed, then target name")
    func snapshotOrder() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        try store.insertSynthetic(
            entities: [(.organization, "Hamas", nil), (.country, "Iran", nil), (.person, "Ali Khamenei", "Supreme Leader"), (.country, "Israel", nil)],
            edges: [
                .init(source: 3, relation: .blamed, target: 1, sentence: "Israel blamed Iran."),
                .init(source: 1, relation: .attacked, target: 3, sentence: "Iran attacked Israel."),
                .init(source: 1, relation: .backs, target: 0, sentence: "Iran backs Hamas."),
                .init(source: 2, relation: .leads, target: 1, sentence: "Khamenei leads Iran."),
            ])
        let graph = try store.snapshot()
        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        #expect(graph.entities.map(\.name) == ["Ali Khamenei", "Iran", "Israel", "Hamas"])
        #expect(
            graph.relations.map { "\(names[$0.source]!) \($0.relation.phrase) \(names[$0.target]!)" } == [
                "Ali Khamenei leads Iran", "Iran backs Hamas", "Iran attacked Israel", "Israel blamed Iran",
            ])
        #expect(try store.snapshot(evidence: false).relations.allSatisfy(\.evidence.isEmpty))
        #expect(graph.relations.allSatisfy { $0.evidence.count == 1 })
    }

    /// A store holding both articles, the first with Netanyahu blaming Hamas.
    func bothArticles(in db: TemporaryDatabase) throws -> GraphStore {
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first + " Netanyahu blamed Hamas for the attack.", as: "a.txt")
        _ = try ingest(store, second, as: "b.txt")
        return store
    }

    @Test("path finds the shortest chain, walking edges against their direction when needed")
    func path() throws {
        let db = try TemporaryDatabase()
        let store = try bothArticles(in: db)
        let steps = try #require(try store.path(from: "Erdogan", to: "Iran"))
        #expect(steps.map(\.to.name) == ["Vladimir Putin", "Benjamin Netanyahu", "Hamas", "Iran"])
        #expect(steps.map(\.relation) == [.spokeWith, .spokeWith, .blamed, .backs])
        #expect(steps.last?.isForward == false, "Iran backs Hamas, so the last step walks the edge backwards")
        #expect(try store.path(from: "Erdogan", to: "Iran", maxDepth: 3) == nil)
        #expect(try store.path(from: "Putin", to: "Vladimir Putin") == [])
    }

    @Test("an ego network keeps only what lies within the depth, and filters compose")
    func egoNetwork() throws {
        let db = try TemporaryDatabase()
        let store = try bothArticles(in: db)
        let names = { (filter: GraphFilter) in Set(try store.snapshot(filter: filter).entities.map(\.name)) }
        #expect(try names(GraphFilter(around: "Netanyahu", depth: 1)) == ["Benjamin Netanyahu", "Vladimir Putin", "Hamas"])
        #expect(try names(GraphFilter(around: "Netanyahu", depth: 2)) == ["Benjamin Netanyahu", "Vladimir Putin", "Hamas", "Recep Tayyip Erdogan", "Iran"])
        #expect(try names(GraphFilter(around: "Netanyahu", depth: 2, relations: [.spokeWith])) == ["Benjamin Netanyahu", "Vladimir Putin", "Recep Tayyip Erdogan"])
        #expect(try names(GraphFilter(minCount: 2)) == ["Benjamin Netanyahu", "Vladimir Putin"])
        let institutions = try store.snapshot(filter: GraphFilter(types: [.country, .organization]))
        #expect(Set(institutions.entities.map(\.type)) == [.country, .organization])
        #expect(institutions.relations.map(\.relation) == [.backs])
        let withEvidence = try store.snapshot(filter: GraphFilter(around: "Putin", relations: [.spokeWith], minCount: 2))
        #expect(withEvidence.relations.first?.evidence.map(\.document) == ["a.txt", "b.txt"])
    }

    @Test("entities rank by degree or name, and statistics count by type")
    func rankingAndStatistics() throws {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try ingest(store, first, as: "a.txt")
        _ = try ingest(store, second, as: "b.txt")
        #expect(try store.entities(limit: 1).first?.entity.name == "Vladimir Putin")
        #expect(try store.entities(limit: 1).first?.degree == 2)
        #expect(try store.entities(type: .country, byDegree: false).map(\.entity.name) == ["Iran", "Israel", "Russia", "Turkey"])
        let stats = try store.statistics(top: 3)
        #expect(stats.documents == 2)
        #expect(stats.entitiesByType[.person] == 3)
        #expect(stats.relationsByType == [.spokeWith: 2, .backs: 1])
        #expect(stats.mostConnected.count == 3)
    }
}
