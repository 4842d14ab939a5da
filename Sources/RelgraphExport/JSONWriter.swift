import Foundation
import RelgraphModel

/// Writes a graph as JSON:
///
/// ```json
/// {"entities": [{"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"],
///                "role": "President", "country": "Russia"}],
///  "relations": [{"source": "Vladimir Putin", "relation": "spoke_with",
///                 "target": "Benjamin Netanyahu", "count": 2,
///                 "first_seen": "2024-03-01", "last_seen": "2024-03-04",
///                 "evidence": [{"document": "news.jsonl:3", "sentence": "...", "position": 0,
///                               "date": "2024-03-01", "title": "...", "url": "...", "outlet": "..."}]}]}
/// ```
///
/// The shape is a contract: the shared evaluation scripts read it. Dates, titles, links and
/// outlets appear only where known.
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
        var firstSeen: String?
        var lastSeen: String?
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case source, relation, target, count, evidence
            case firstSeen = "first_seen"
            case lastSeen = "last_seen"
        }
    }

    struct Evidence: Encodable {
        var document: String
        var sentence: String
        var position: Int
        var date: String?
        var title: String?
        var url: String?
        var outlet: String?

        init(_ evidence: Graph.Evidence) {
            document = evidence.document
            sentence = evidence.sentence
            position = evidence.position
            date = evidence.metadata.date?.description
            title = evidence.metadata.title
            url = evidence.metadata.url
            outlet = evidence.metadata.outlet
        }
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
                    count: $0.count, firstSeen: $0.firstSeen?.description, lastSeen: $0.lastSeen?.description,
                    evidence: $0.evidence.map(Evidence.init))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
