import Foundation
import RelgraphExtraction
import Testing

@testable import RelgraphStore

/// The filter of keys no alias holds never calls a stored key absent.
@Suite("Absent keys")
struct AbsentKeysTests {
    @Test("a filter begun on an empty table lacks the keys it never took, and never one it took")
    func lacks() {
        var keys = AbsentKeys()
        keys.startForEmptyTable()
        let stored = (0..<5_000).map { "person \($0)" } + ["putin", "vladimir putin", "russia", "", "erdoğan"]
        for key in stored { keys.add(key) }
        #expect(!stored.contains { keys.lacks($0) })
        let absent = (0..<5_000).map { "someone \($0)" }
        // A few may share all their bits with stored keys; nearly all are told absent.
        #expect(absent.filter { keys.lacks($0) }.count > 4_990)
    }

    @Test("a filter not begun on an empty table lacks nothing, and takes nothing")
    func incomplete() {
        var keys = AbsentKeys()
        keys.add("putin")
        #expect(!keys.isComplete)
        #expect(!keys.lacks("anyone"))
    }

    @Test("a new database's ingest, its look-ups answered by the filter, stores the graph that look-ups asked of SQLite store")
    func sameGraph() throws {
        let texts = [
            "Russian President Vladimir Putin called Israeli Prime Minister Benjamin Netanyahu on Monday.",
            "Putin met Turkish President Recep Tayyip Erdogan in Sochi. Putin also spoke with Netanyahu again.",
            "Vladimir Putin and Erdogan criticized the United States. Iran backs Hamas.",
            "Secretary of State Antony J. Blinken spoke with Indian Foreign Minister Subrahmanyam Jaishankar.",
            "Antony Blinken met Jaishankar in New Delhi.",
        ]
        let records = texts.map { DocumentRecord(text: $0, source: "\($0.prefix(16)).txt", extraction: Extractor().extract($0)) }
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        _ = try store.ingest(records: records)
        // A new store for every document after the first: its graph has names, so its filter
        // tells nothing and every look-up is asked of SQLite.
        let asked = try TemporaryDatabase()
        for record in records { _ = try GraphStore(path: asked.path).ingest(records: [record]) }
        #expect(try store.snapshot().withoutIDs == GraphStore(path: asked.path).snapshot().withoutIDs)
    }
}
