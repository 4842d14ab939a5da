import RelgraphModel
import Testing

@testable import RelgraphExtraction

@Suite("Trigger words: where a sentence states a relation")
struct TriggerWordsTests {
    /// The text of each range `triggerRanges` finds.
    func triggers(_ relation: RelationType, _ sentence: String) -> [String] {
        Lexicon.standard.triggerRanges(for: relation, in: sentence).map { String(sentence[$0]) }
    }

    @Test("a verb of the relation is found, in any case")
    func verb() {
        #expect(triggers(.backs, "Norway backs the plan.") == ["backs"])
        #expect(triggers(.criticized, "Chile CONDEMNED the vote.") == ["CONDEMNED"])
    }

    @Test("a phrase is found whole, the longest one starting at a word")
    func phrase() {
        #expect(triggers(.spokeWith, "The two ministers held talks in Lima.") == ["held talks"])
        #expect(triggers(.backs, "Aid flowed in support of the farmers.").contains("in support of"))
    }

    @Test("a compound gives the part after its hyphen")
    func compound() {
        #expect(triggers(.backs, "The Oslo-backed council met.") == ["backed"])
    }

    @Test("another relation's words are not found")
    func otherRelation() {
        #expect(triggers(.criticized, "Norway backs the plan.").isEmpty)
        #expect(triggers(.backs, "Nothing happened on Tuesday.").isEmpty)
    }

    @Test("markup around a trigger neither hides it nor becomes part of it")
    func hostile() {
        let sentence = "<b>backs</b> & \"supported\" <script>alert('funds')</script>"
        #expect(triggers(.backs, sentence) == ["backs", "supported", "funds"])
    }

    @Test("ranges follow characters outside ASCII")
    func unicode() {
        #expect(triggers(.sanctioned, "Ælfrida’s café — Zürich sanctioned Łódź.") == ["sanctioned"])
    }
}
