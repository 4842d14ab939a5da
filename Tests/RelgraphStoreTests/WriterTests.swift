import Foundation
import GRDB
import RelgraphExtraction
import RelgraphModel
import Testing

@testable import RelgraphStore

/// The writer's shortcuts give what the plain way gives.
@Suite("Writer")
struct WriterTests {
    static let texts = [
        "Russian President Vladimir Putin called Israeli Prime Minister Benjamin Netanyahu on Monday.",
        "Putin met Turkish President Recep Tayyip Erdogan in Sochi. Putin also spoke with Netanyahu again.",
        "Iran backs Hamas. The United States sanctioned Iran over its support for Russia.",
    ]

    static func record(_ text: String) -> DocumentRecord {
        DocumentRecord(text: text, source: "\(text.prefix(16)).txt", extraction: Extractor().extract(text))
    }

    @Test(
        "an ASCII name's key is the one Foundation's folding gives",
        arguments: [
            "U.S.", "al-Sisi", "Al Sisi", "The United Nations", "the  Kremlin's", "Putin's", "'s", "the ", "The",
            "  Vladimir   Putin  ", "Antony J. Blinken", "O'Brien", "NATO-led", "x-", "-", "", ".", "TheRock", "the's",
        ])
    func asciiKey(name: String) {
        #expect(NameKey.asciiKey(name) == NameKey.foldedKey(name))
    }

    @Test(
        "a surname found among an ASCII name's bytes is the last word splitting gives",
        arguments: ["Vladimir Putin", "Putin", "", " ", "  Putin  ", "Antony J. Blinken ", "a b", "Recep Tayyip  Erdogan", "Recep Tayyip Erdoğan"])
    func surname(name: String) {
        let words = name.split(separator: " ")
        #expect(Canonical.surname(of: name) == (words.count > 1 ? words.last.map(String.init) : nil))
    }

    @Test(
        "a name is one word among its bytes when splitting it gives one",
        arguments: ["Putin", " Putin ", "Vladimir Putin", "", " ", "  ", "Erdoğan", "Recep Erdoğan", "Kim\tJong", "a  b", "x"])
    func oneWord(name: String) {
        #expect(Canonical.isOneWord(name) == (name.split(separator: " ").count == 1))
    }

    @Test(
        "a loose key found among an ASCII name's bytes is the one its words give",
        arguments: [
            "Antony J. Blinken", "Antony Blinken", "Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Mohammed bin Salman Al-Saud",
            "George W. Bush", "George H. W. Bush", "Martin Luther King Jr.", "John Smith III", "John Smith iv", "Putin", "", " ",
            "A. B.", "al-Sisi", "El-Baradei Mohamed", "Al-X Y", "J.R.R. Tolkien", "Sr. Smith Jones", "Kim Jong Un", ". Smith",
            "Recep Tayyip Erdoğan", "Jean-Claude Juncker", "Tom  Smith ", "the Smith", "Iii Ab", "John Smith", "John  Smith",
            " John Smith", "John Smith's", "John Smith's ", "  the Smith", "the  Smith", "JR Smith", "Mary-Jane O'Neil", "X.Y. Zed",
            "Kim Jong\rUn", "Ab. Cd.", "al-Assad Bashar", "Bashar al-Assad Jr.", "a.. b", "Jr Jr", "El-Ab Cd", "Ál-Sisi Bob",
        ])
    func looseKey(name: String) {
        #expect(Canonical.looseKey(ofPerson: name) == Canonical.wordsLooseKey(ofPerson: name))
    }

    @Test(
        "a text's fingerprint, read from its bytes in place, is the one stored before",
        arguments: [
            ("Iran backs Hamas.", "484955d59991d257fa2ad553b7ba0aac-17"), ("Erdoğan met Putin.", "dfc61ceafbf40ff924a81e41070aec22-19"),
            ("", "cbf29ce48422232584222325cbf29ce4-0"),
        ])
    func fingerprint(text: String, hash: String) {
        #expect(ContentHash.of(text) == hash)
    }

    @Test("a name with accents takes the folded path")
    func accentedKey() {
        #expect(NameKey.asciiKey("Erdoğan") == nil)
        #expect(NameKey.make("Erdoğan") == "erdogan")
        #expect(NameKey.make("Zelenskyy\u{2019}s") == "zelenskyy")
    }

    @Test("a document that fails in a batch leaves no trace, and the others are stored as if alone")
    func failingDocument() throws {
        var bad = Self.record("Someone spoke.")
        bad.entities = [.init(type: .person, name: "")]
        let records = Self.texts.map(Self.record)
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        let results = try store.ingest(records: [records[0], bad, records[1], records[2]])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true, true])
        let alone = try TemporaryDatabase()
        let reference = try GraphStore(path: alone.path)
        _ = try reference.ingest(records: records)
        #expect(try store.snapshot().withoutIDs == reference.snapshot().withoutIDs)
        #expect(try store.counts().documents == 3)
        // The writer's memory after the failed batch agrees with the file: the next batch, all
        // known, changes nothing.
        #expect(try store.ingest(records: records).allSatisfy { (try? $0.get())?.isNew == false })
        #expect(try store.snapshot().withoutIDs == reference.snapshot().withoutIDs)
    }

    @Test("an entity's names stored all together are known again only for the same names, byte for byte, until the cache starts again")
    func entityNames() {
        let russia = DocumentRecord.Entity(type: .country, name: "Russia", aliases: ["Russian"], lookupNames: ["Russian Federation", "RF"])
        var names = KnownNames()
        #expect(!names.hasAll(7, EntityNames(russia)))
        names.addAll(7, EntityNames(russia))
        #expect(names.hasAll(7, EntityNames(russia)))
        #expect(!names.hasAll(8, EntityNames(russia)))
        var other = russia
        other.aliases = ["Russian", "Moscow"]
        #expect(!names.hasAll(7, EntityNames(other)))
        other = russia
        other.knownAs = "Russia"
        #expect(!names.hasAll(7, EntityNames(other)))
        let precomposed = DocumentRecord.Entity(type: .person, name: "Jos\u{E9} Ruiz")
        let combining = DocumentRecord.Entity(type: .person, name: "Jose\u{301} Ruiz")
        names.addAll(9, EntityNames(precomposed))
        #expect(!names.hasAll(9, EntityNames(combining)))
        // Past its limit the cache starts again: what it vouched for goes with the names.
        for id in 0..<Int64(KnownNames.limit) { names.add(1_000 + id, "key", nil) }
        #expect(!names.hasAll(7, EntityNames(russia)))
    }

    @Test("documents repeating an entity's names store the graph that a writer knowing nothing stores")
    func repeatedNames() throws {
        let texts = [
            "Russia criticized the United States on Monday. The Russian Federation backs Iran.",
            "Russia criticized the United States again. Iran backs Hamas.",
            "The Russian Federation and Russia's allies criticized the United States.",
        ]
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try store.ingest(records: texts.map(Self.record))
        // A new store for every document: a writer with an empty memory, which looks every name up.
        let fresh = try TemporaryDatabase()
        for text in texts { _ = try GraphStore(path: fresh.path).ingest(records: [Self.record(text)]) }
        #expect(try store.snapshot().withoutIDs == GraphStore(path: fresh.path).snapshot().withoutIDs)
    }

    @Test("edges a writer does not remember are found, not made twice, and new ones take the ids they would alone")
    func forgottenEdges() throws {
        let texts = [
            "Iran backs Hamas. Russia criticized the United States.",
            "Iran backs Hamas again. Putin met Erdogan. Turkey criticized Israel. Russia criticized the United States.",
        ]
        // One writer remembers the first document's edges; a second store's writer knows none of
        // them, so its inserts of all the document's edges together fail and are made one by one.
        let db = try TemporaryDatabase()
        _ = try GraphStore(path: db.path).ingest(records: [Self.record(texts[0])])
        let second = try GraphStore(path: db.path)
        _ = try second.ingest(records: [Self.record(texts[1])])
        let together = try TemporaryDatabase()
        let reference = try GraphStore(path: together.path)
        _ = try reference.ingest(records: texts.map(Self.record))
        #expect(try second.snapshot() == reference.snapshot())
        #expect(try second.snapshot().relations.contains { $0.count == 2 })
    }

    @Test("a batch stored without checking foreign keys leaves no row pointing nowhere, and the checks on again")
    func foreignKeys() throws {
        var bad = Self.record("Someone spoke.")
        bad.entities = [.init(type: .person, name: "")]
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try store.ingest(records: [Self.record(Self.texts[0]), bad, Self.record(Self.texts[1])])
        _ = try store.ingest(records: Self.texts.map(Self.record))
        let (dangling, checked) = try store.queue.inDatabase { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(dangling == 0)
        #expect(checked == 1)
        #expect(try store.counts().relations > 0)
        let refused = try store.queue.write { db in
            (try? db.execute(sql: "INSERT INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (999, 999, 0, 'x')")) == nil
        }
        #expect(refused)
    }
}

/// Migration v6 makes the entity and edge tables again: their rows, ids, indexes and checks stay.
@Suite("Schema v6")
struct SchemaV6Tests {
    @Test("a v5 graph keeps its entities, edges and evidence, and the checks still refuse bad rows")
    func migratesV5() throws {
        let db = try TemporaryDatabase()
        let older = try DatabaseQueue(path: db.path)
        try Schema.migrator.migrate(older, upTo: "v5: each entity's fullest document name")
        try older.close()
        let queue = try DatabaseQueue(path: db.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (id, hash, source, byte_count, ingested_at) VALUES (7, 'h', 'a.txt', 10, '2025-01-01T00:00:00Z');
                    INSERT INTO entity (id, type, name, document_name) VALUES (3, 'country', 'Iran', 'Iran'), (5, 'organization', 'Hamas', NULL);
                    INSERT INTO alias (entity_id, alias, key) VALUES (3, 'Iran', 'iran'), (5, 'Hamas', 'hamas');
                    INSERT INTO edge (id, source_id, relation, target_id, count) VALUES (11, 3, 'backs', 5, 1);
                    INSERT INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (11, 7, 0, 'Iran backs Hamas.');
                    """)
        }
        try queue.close()
        let store = try GraphStore(path: db.path)
        let graph = try store.snapshot()
        #expect(graph.entities.map(\.id) == [3, 5])
        #expect(graph.relations.map(\.count) == [1])
        #expect(graph.relations.first?.evidence.map(\.sentence) == ["Iran backs Hamas."])
        let (index, documentName, parents) = try store.read { db in
            (
                try db.indexes(on: "edge").first { $0.name == "edge_by_target" }?.columns,
                try String.fetchOne(db, sql: "SELECT document_name FROM entity WHERE id = 3"),
                try db.foreignKeys(on: "evidence").map(\.destinationTable).sorted()
            )
        }
        #expect(index == ["target_id", "source_id"])
        #expect(documentName == "Iran")
        #expect(parents == ["document", "edge"])
        let refused = try store.queue.write { db in
            ["INSERT INTO edge (source_id, relation, target_id) VALUES (3, 'likes', 5)", "INSERT INTO entity (type, name) VALUES ('planet', 'Mars')"]
                .map { sql in (try? db.execute(sql: sql)) == nil }
        }
        #expect(refused == [true, true])
        try store.queue.write { db in try db.execute(sql: "INSERT INTO edge (source_id, relation, target_id) VALUES (5, 'leads', 3)") }
    }
}
