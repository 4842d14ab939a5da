import Foundation
import RelgraphExtraction
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
}
