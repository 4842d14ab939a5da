import Testing

@testable import RelgraphExtraction

@Suite("indexes by token position")
struct TokenIndexTests {
    @Test("token lists give each position its items in the order they were listed, and nothing elsewhere")
    func tokenLists() {
        // Two mentions overlap at position 3: "Russian President Putin" and "President Putin".
        let lists = TokenLists(tokenCount: 6, entries: [(3, 1), (1, 0), (2, 0), (3, 0), (2, 1), (5, 2)])
        #expect(Array(lists[2]) == [0, 1])
        #expect(Array(lists[3]) == [1, 0], "entry order, not item order")
        #expect(lists[0].isEmpty && lists[4].isEmpty)
        #expect(Array(lists[5]) == [2])
        #expect(lists[-1].isEmpty && lists[6].isEmpty, "positions outside the document have no list")
    }

    @Test("token sets and maps answer for positions outside the document without trapping")
    func outside() {
        var set = TokenSet(tokenCount: 3)
        set.insert(2)
        #expect(set.contains(2) && !set.contains(1) && !set.contains(3) && !set.contains(-1))
        var map = TokenMap<Int>(tokenCount: 3)
        map[1] = 7
        map[0, default: 0] += 2
        #expect(map[1] == 7 && map[0] == 2 && map[2] == nil && map[3] == nil)
    }
}
