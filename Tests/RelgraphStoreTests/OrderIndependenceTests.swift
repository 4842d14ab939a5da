import Foundation
import RelgraphExtraction
import RelgraphModel
import Testing

@testable import RelgraphStore

/// One set of documents makes one graph, whatever the order they arrive in: the examples a
/// user met, each in every order of its documents.
@Suite("Order independence")
struct OrderIndependenceTests {
    static let security = [
        "The Security Council met on Tuesday to discuss the fighting.",
        "The United Nations Security Council condemned the attack on the convoy.",
    ]
    static let wagner = [
        "Fighters of Wagner attacked a village near the border, officials said.",
        "The Wagner Group denied any role in the raid.",
    ]
    static let uribe = [
        "Colombian Senator Alvaro Uribe criticized the agreement on Monday.",
        "Colombian President Alvaro Uribe spoke with Venezuelan President Hugo Chavez by telephone.",
        "Venezuelan President Hugo Chavez met Colombian President Alvaro Uribe in Caracas.",
    ]
    static let blinken = [
        "Secretary of State Antony J.\nBlinken spoke with Indian Foreign Minister Subrahmanyam Jaishankar on Friday.",
        "Antony Blinken met Jaishankar in New Delhi.",
    ]

    /// The graph of these documents stored one by one in this order.
    func graph(_ texts: [String], dates: [String?]? = nil) throws -> Graph {
        let db = try TemporaryDatabase()
        let store = try GraphStore(path: db.path)
        for (index, text) in texts.enumerated() {
            let record = DocumentRecord(
                text: text, source: "\(text.prefix(24)).txt", extraction: Extractor().extract(text), date: dates?[index] ?? nil)
            _ = try store.ingest(records: [record])
        }
        return try store.snapshot().withoutIDs
    }

    static func orders<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return orders(rest).map { [first] + $0 }
        }
    }

    @Test(
        "an entity goes by the lexicon's name, however the first document wrote it",
        arguments: [(security, "United Nations Security Council", "Security Council"), (wagner, "Wagner Group", "Wagner")])
    func lexiconName(texts: [String], name: String, alias: String) throws {
        for order in Self.orders(texts) {
            let organizations = try graph(order).entities.filter { $0.type == .organization }
            #expect(organizations.map(\.name) == [name], "order: \(order)")
            #expect(organizations.first?.aliases.contains(alias) == true)
        }
    }

    @Test("an entity goes by the fullest name any document gives it, in any order", arguments: [
        (["The Russian Federation vetoed the resolution on Monday.", "Russia vetoed a second draft on Friday."], EntityType.country, "Russian Federation"),
        (["Secretary of State Antony J. Blinken met Turkey's envoy.", "Antony Blinken flew to Ankara."], EntityType.person, "Antony J. Blinken"),
    ])
    func fullestWrittenName(texts: [String], type: EntityType, name: String) throws {
        for order in Self.orders(texts) {
            #expect(try graph(order).entities.filter { $0.type == type }.map(\.name) == [name], "order: \(order)")
        }
    }

    @Test("a person's role is the one most documents give, in any order")
    func roleByMajority() throws {
        let graphs = try Self.orders(Self.uribe).map { try graph($0) }
        let uribe = try #require(graphs[0].entities.first { $0.name == "Alvaro Uribe" })
        #expect(uribe.role == "President")
        #expect(graphs.allSatisfy { $0 == graphs[0] })
    }

    @Test("with dates, a person's role is the one the latest document gives")
    func roleByDate() throws {
        let texts = Array(Self.uribe.prefix(2))
        for (order, dates) in [([0, 1], ["2020-05-01", "2006-03-01"]), ([1, 0], ["2006-03-01", "2020-05-01"])] {
            let graph = try graph(order.map { texts[$0] }, dates: dates)
            #expect(graph.entities.first { $0.name == "Alvaro Uribe" }?.role == "Senator")
        }
    }

    @Test("a symmetric relation reads the same whichever party a document named first")
    func symmetricOrientation() throws {
        let texts = Array(Self.uribe.suffix(2))
        let graphs = try Self.orders(texts).map { try graph($0) }
        let relation = try #require(graphs[0].relations.first { $0.relation == .spokeWith })
        #expect(graphs[0].entity(relation.source)?.name == "Alvaro Uribe")
        #expect(graphs[0].entity(relation.target)?.name == "Hugo Chavez")
        #expect(relation.count == 2)
        #expect(graphs[1] == graphs[0])
    }

    @Test("'Antony J. Blinken' broken across lines and 'Antony Blinken' are one person, never 'Antony J'")
    func middleInitial() throws {
        for order in Self.orders(Self.blinken) {
            let people = try graph(order).entities.filter { $0.type == .person }
            #expect(!people.contains { $0.name == "Antony J" || $0.aliases.contains("Antony J") })
            let blinken = people.filter { $0.name.hasSuffix("Blinken") || $0.aliases.contains { $0.hasSuffix("Blinken") } }
            #expect(blinken.count == 1, "order: \(order)")
            let person = try #require(blinken.first)
            #expect(Set([person.name] + person.aliases).isSuperset(of: ["Antony Blinken", "Antony J. Blinken"]))
        }
    }

    @Test(
        "the fullest name wins: most words, then characters, then bytes, then code-point order",
        arguments: [
            (["Putin", "Vladimir Putin"], "Vladimir Putin"),
            (["Joao Lourenco", "João Lourenço"], "João Lourenço"),
            (["Houthi rebels", "Houthi movement"], "Houthi movement"),
            (["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"], "Abdel Fattah al-Sisi"),
        ])
    func fullest(names: [String], expected: String) {
        #expect(Canonical.fullest(names) == expected)
        #expect(Canonical.fullest(names.reversed()) == expected)
    }

    @Test(
        "names that differ by initials, a suffix or an Arabic article share a key",
        arguments: [
            ("Antony J. Blinken", "Antony Blinken"), ("Lloyd J. Austin III", "Lloyd Austin"),
            ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
        ])
    func looseKey(a: String, b: String) {
        #expect(Canonical.looseKey(ofPerson: a) == Canonical.looseKey(ofPerson: b) ?? NameKey.make(b))
    }
}

extension Graph {
    /// The graph with entities numbered by their place in it, so that two stores compare by content.
    var withoutIDs: Graph {
        var positions: [Int64: Int64] = [:]
        for (index, entity) in entities.enumerated() { positions[entity.id] = Int64(index) }
        return Graph(
            entities: entities.map { var entity = $0; entity.id = positions[$0.id]!; return entity },
            relations: relations.map { var relation = $0; relation.source = positions[$0.source]!; relation.target = positions[$0.target]!; return relation })
    }
}
