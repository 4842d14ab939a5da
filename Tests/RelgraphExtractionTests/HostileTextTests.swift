import Foundation
import RelgraphCorpus
import Testing

@testable import RelgraphExtraction

/// Text from the wild: random bytes, mangled articles, endless sentences, walls of names.
/// Extraction must neither crash nor hang, and must always return a well-formed result.
@Suite("Extraction on hostile text")
struct HostileTextTests {
    /// Iterations of the fuzz loop; `RELGRAPH_FUZZ_ITERATIONS=100000 swift test --filter fuzz`
    /// runs the long version.
    static let fuzzIterations = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300

    /// Every index in range, no self-relations, every relation with evidence, no empty names,
    /// every evidence sentence a piece of the text.
    func expectWellFormed(_ result: ExtractedDocument, of text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for entity in result.entities {
            #expect(!entity.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, sourceLocation: sourceLocation)
        }
        for relation in result.relations {
            #expect(result.entities.indices.contains(relation.source) && result.entities.indices.contains(relation.target), sourceLocation: sourceLocation)
            #expect(relation.source != relation.target, sourceLocation: sourceLocation)
            #expect(!relation.evidence.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test("random and mutated text never crashes and always gives a well-formed result")
    func fuzz() {
        var random = SplitMix(seed: 2026)
        let extractor = Extractor()
        let articles = CorpusGenerator(seed: 7)
        let alphabet = Array("aAzZ .,;:'\"’-—()[]\n\n\t0123456789ÄéñşİЖ中🙂\u{0}\u{200B}\u{FEFF}\u{301}".unicodeScalars)
        for iteration in 0..<Self.fuzzIterations {
            var scalars = Array(articles.article(iteration).unicodeScalars)
            switch iteration % 3 {
            case 0:  // random scalars
                scalars = (0..<Int(random.next() % 400)).map { _ in random.pick(alphabet) }
            case 1:  // an article with characters swapped, dropped and inserted
                for _ in 0..<Int(random.next() % 40) where !scalars.isEmpty {
                    let at = Int(random.next() % UInt64(scalars.count))
                    switch random.next() % 3 {
                    case 0: scalars[at] = random.pick(alphabet)
                    case 1: scalars.remove(at: at)
                    default: scalars.insert(random.pick(alphabet), at: at)
                    }
                }
            default:  // an article cut at a random place and glued to a shuffled copy of itself
                let cut = Int(random.next() % UInt64(max(scalars.count, 1)))
                scalars = Array(scalars[cut...]) + scalars.shuffled(using: &random)[..<cut]
            }
            let text = String(String.UnicodeScalarView(scalars))
            expectWellFormed(extractor.extract(text), of: text)
        }
    }

    @Test("a text may stop anywhere: after a speech verb, a conjunction or a comma", arguments: [
        "Iran backs Hamas, officials said",
        "Iran backs Hamas and",
        "Iran backs Hamas, which",
        "Iran backs Hamas (",
    ])
    func unfinished(_ text: String) {
        let result = Extractor().extract(text)
        expectWellFormed(result, of: text)
        #expect(result.triples.contains { $0 == ("Iran", .backs, "Hamas") })
    }

    @Test("a text longer than a part is read in parts that lose nothing")
    func longTextInParts() {
        let line = "Iran backs Hamas, and Russian President Vladimir Putin spoke with Erdogan.\n"
        let copies = Extractor.partLength / line.utf8.count * 3
        let result = Extractor().extract(String(repeating: line, count: copies))
        #expect(Set(result.entities.map(\.name)) == ["Iran", "Hamas", "Russia", "Vladimir Putin", "Erdogan"])
        #expect(result.entity(named: "Vladimir Putin")?.role == "President")
        let backs = result.relations.first { $0.relation == .backs }
        #expect(backs?.evidence.count == copies)
        #expect(backs.map { zip($0.evidence, $0.evidence.dropFirst()).allSatisfy { $0.index < $1.index } } == true)
    }

    @Test("parts are cut between characters, even in a text without spaces or line breaks")
    func partsKeepCharacters() {
        let text = String(repeating: "é中🙂", count: Extractor.partLength / 3)
        let parts = Extractor.parts(of: text)
        #expect(parts.count > 1)
        #expect(parts.joined() == text)
    }

    /// Text shapes that break naive extractors; each is built on demand, so that test reports
    /// show the name rather than megabytes of text.
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case runOnSentence = "a one-megabyte sentence with no punctuation"
        case tenThousandNames = "ten thousand names in one list"
        case capitalizedWall = "a wall of capitalized words"
        case onlyPunctuation = "only punctuation"
        case deepQuotes = "deep quotes"

        var testDescription: String { rawValue }

        var text: String {
            switch self {
            case .runOnSentence: String(repeating: "the talks went on and Putin said ", count: 32_000)
            case .tenThousandNames: "Officials met " + (0..<10_000).map { "President Name\($0 % 97)son Ortiz\($0)" }.joined(separator: ", ") + "."
            case .capitalizedWall: String(repeating: "Alpha Beta Gamma Delta ", count: 20_000)
            case .onlyPunctuation: String(repeating: ".,;:!?\"'()-", count: 50_000)
            case .deepQuotes: String(repeating: "\"", count: 100_000) + "Iran backs Hamas."
            }
        }
    }

    @Test("pathological shapes finish and stay well-formed", arguments: Shape.allCases)
    func pathological(_ shape: Shape) {
        let text = shape.text
        expectWellFormed(Extractor().extract(text), of: text)
    }

    /// Units of text that are repeated to test how extraction time grows.
    enum Unit: String, CaseIterable, CustomTestStringConvertible {
        case endlessSentence = "one endless sentence"
        case articles = "many ordinary articles"

        var testDescription: String { rawValue }

        var text: String {
            switch self {
            case .endlessSentence: String(repeating: "Iran backs Hamas and Russian President Vladimir Putin spoke with Erdogan ", count: 400)
            case .articles: (0..<40).map { CorpusGenerator(seed: 3).article($0) }.joined(separator: "\n\n")
            }
        }
    }

    @Test("extraction time grows linearly: eight times the text takes far less than 64 times as long", arguments: Unit.allCases)
    func linear(_ unit: Unit) {
        // Not a timing target: a ratio on the same machine in the same run, with slack for noise.
        let extractor = Extractor()
        let piece = unit.text + "\n"
        func seconds(_ copies: Int) -> Double {
            let text = String(repeating: piece, count: copies)
            let start = ContinuousClock.now
            _ = extractor.extract(text)
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        }
        _ = seconds(1)
        let small = seconds(1)
        let large = seconds(8)
        #expect(large < small * 30, "1× took \(small) s, 8× took \(large) s")
    }
}
