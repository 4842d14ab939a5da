import Foundation
import RelgraphModel

/// Writes a graph as JSON:
///
/// ```json
/// {"entities": [{"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"],
///                "role": "President", "country": "Russia"}],
///  "relations": [{"source": "Vladimir Putin", "relation": "spoke_with",
///                 "target": "Benjamin Netanyahu", "count": 2,
///                 "evidence": [{"document": "seed.txt", "sentence": "..."}]}]}
/// ```
///
/// The shape is a contract: the shared evaluation scripts read it.
public struct JSONWriter: Sendable {
    public init() {}

    struct Entity: Encodable {
        var name: String
        var type: String
        var aliases: [String]
        var role: String?
        var country: String?
    }

    struct Relation: Encodable {
        var source: String
        var relation: String
        var target: String
        var count: Int
        var evidence: [Evidence]
    }

    struct Evidence: Encodable {
        var document: String
        var sentence: String
        var position: Int
    }

    struct Document: Encodable {
        var entities: [Entity]
        var relations: [Relation]
    }

    public func write(_ graph: Graph) throws -> String {
        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        let document = Document(
            entities: graph.entities.map {
                Entity(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases, role: $0.role, country: $0.country)
            },
            relations: graph.relations.map {
                Relation(
                    source: names[$0.source] ?? "?", relation: $0.relation.rawValue, target: names[$0.target] ?? "?",
                    count: $0.count, evidence: $0.evidence.map { Evidence(document: $0.document, sentence: $0.sentence, position: $0.position) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
