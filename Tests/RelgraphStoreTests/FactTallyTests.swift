import GRDB
import Testing

@testable import RelgraphStore

/// The role or country an entity shows, chosen in Swift, is the one SQL's grouping chose.
@Suite("Fact tally")
struct FactTallyTests {
    /// The value SQLite chooses from these facts, as the writer's statement did before.
    static func sqlChoice(_ facts: [(value: String?, date: String?)]) throws -> String? {
        let db = try DatabaseQueue()
        return try db.write { db in
            try db.execute(sql: "CREATE TABLE fact (value TEXT, date TEXT)")
            for fact in facts { try db.execute(sql: "INSERT INTO fact VALUES (?, ?)", arguments: [fact.value, fact.date]) }
            return try String.fetchOne(
                db,
                sql: "SELECT value FROM fact WHERE value IS NOT NULL GROUP BY value ORDER BY max(date) DESC, count(*) DESC, value LIMIT 1")
        }
    }

    static func tally(_ facts: [(value: String?, date: String?)]) -> String? {
        var tally = FactTally()
        for fact in facts { if let value = fact.value { tally.add(value, date: fact.date) } }
        return tally.chosen
    }

    @Test("the latest dated document's value is shown, however many undated ones give another")
    func latestDated() {
        let facts: [(value: String?, date: String?)] = [("Senator", nil), ("Senator", nil), ("President", "2010-05-01"), ("Senator", "2009-01-01")]
        #expect(Self.tally(facts) == "President")
    }

    @Test("among undated documents the value most give is shown, a tie going to the first in byte order")
    func mostGiven() {
        #expect(Self.tally([("Minister", nil), ("Envoy", nil), ("Minister", nil)]) == "Minister")
        #expect(Self.tally([("Minister", nil), ("Envoy", nil)]) == "Envoy")
        #expect(Self.tally([("minister", nil), ("Minister", nil)]) == "Minister")
    }

    @Test("no value given is nil")
    func none() {
        #expect(Self.tally([]) == nil)
        #expect(Self.tally([(nil, "2020-01-01")]) == nil)
    }

    @Test("spellings Swift equates stay two values, as SQLite's bytes tell them apart")
    func bytes() {
        let precomposed = "Pr\u{E9}sident"
        let combining = "Pre\u{301}sident"
        #expect(Self.tally([(combining, nil), (precomposed, nil), (precomposed, nil)])?.utf8.elementsEqual(precomposed.utf8) == true)
        #expect(Self.tally([(precomposed, nil), (combining, nil)])?.utf8.elementsEqual(combining.utf8) == true)
        #expect(FactTally.sameBytes(precomposed, combining) == false)
        #expect(FactTally.sameBytes(nil, nil))
    }

    @Test("on many random sets of facts the choice is SQL's")
    func randomAgainstSQL() throws {
        var generator = SystemRandomNumberGenerator()
        let values: [String?] = [nil, "President", "Prime Minister", "Pr\u{E9}sident", "Pre\u{301}sident", "envoy", "Envoy"]
        let dates: [String?] = [nil, nil, "2020-01-01", "2020-01-02", "2019-12-31", "2021"]
        for _ in 0..<300 {
            let facts = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                (value: values.randomElement(using: &generator)!, date: dates.randomElement(using: &generator)!)
            }
            let expected = try Self.sqlChoice(facts)
            let chosen = Self.tally(facts)
            #expect(FactTally.sameBytes(chosen, expected), "facts: \(facts)")
        }
    }
}
