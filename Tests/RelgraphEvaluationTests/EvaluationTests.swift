import Foundation
import RelgraphExtraction
import Testing

@testable import RelgraphEvaluation

@Suite("Evaluation")
struct EvaluationTests {
    static let gold = """
        {"id": "t1", "text": "Iranian President Ebrahim Raisi called Syrian President Bashar al-Assad. Iran also backs Hamas. Reuters reported it.",
         "entities": [
           {"name": "Ebrahim Raisi", "type": "person", "aliases": ["Raisi"], "role": "President", "country": "Iran"},
           {"name": "Bashar al-Assad", "type": "person", "aliases": ["Assad"], "role": "President", "country": "Syria"},
           {"name": "Iran", "type": "country", "aliases": ["Iranian"]},
           {"name": "Syria", "type": "country", "aliases": ["Syrian"], "optional": true},
           {"name": "Hamas", "type": "organization"},
           {"name": "Reuters", "type": "organization"},
           {"name": "Hezbollah", "type": "organization"}
         ],
         "relations": [
           {"source": "Ebrahim Raisi", "relation": "spoke_with", "target": "Bashar al-Assad"},
           {"source": "Iran", "relation": "backs", "target": "Hamas"},
           {"source": "Iran", "relation": "backs", "target": "Hezbollah"}
         ]}
        """

    @Test("counts hits, misses and false alarms per type, ignoring optional items")
    func scores() throws {
        let document = try JSONDecoder().decode(GoldDocument.self, from: Data(Self.gold.utf8))
        var evaluation = Evaluation()
        evaluation.add(document, Extractor().extract(document.text))
        #expect(evaluation.entities[.person] == Counts(truePositives: 2))
        #expect(evaluation.entities[.organization] == Counts(truePositives: 2, falseNegatives: 1))
        #expect(evaluation.relations[.spokeWith] == Counts(truePositives: 1))
        #expect(evaluation.relations[.backs] == Counts(truePositives: 1, falseNegatives: 1))
        #expect(evaluation.attributeAccuracy == 1)
        #expect(evaluation.errors.map(\.message).contains("relation missed: Iran backs Hezbollah"))
        #expect(abs(evaluation.allRelations.f1 - 0.8) < 1e-9)
    }

    @Test("a second, unmerged entity for the same thing is a false alarm")
    func duplicates() throws {
        let document = try JSONDecoder().decode(GoldDocument.self, from: Data(Self.gold.utf8))
        var predicted = Extractor().extract(document.text)
        var copy = try #require(predicted.entities.first { $0.name == "Ebrahim Raisi" })
        copy.name = "Raisi"
        predicted.entities.append(copy)
        var evaluation = Evaluation()
        evaluation.add(document, predicted)
        #expect(evaluation.entities[.person] == Counts(truePositives: 2, falsePositives: 1))
    }

    @Test("names compare without case, accents, 'the', periods or hyphens", arguments: [
        ("The U.S.", "us"), ("al-Sisi", "al sisi"), ("Pútin's", "putin"),
    ])
    func normalization(_ raw: String, _ expected: String) {
        #expect(GoldIndex.norm(raw) == expected)
    }
}
