import Foundation
import RelgraphModel

/// Writes a graph as Cytoscape.js elements JSON: `{"elements": {"nodes": [{"data": ...}],
/// "edges": [{"data": ...}]}}`, ready for `cytoscape({elements: ...})`.
public struct CytoscapeWriter: Sendable {
    public init() {}

    struct NodeData: Encodable {
        var id: String, label: String, type: String, role: String?, country: String?, aliases: [String]
    }

    struct EdgeData: Encodable {
        var id: String, source: String, target: String, relation: String, label: String, count: Int, symmetric: Bool
    }

    struct Element<T: Encodable>: Encodable { var data: T }

    struct Elements: Encodable {
        var nodes: [Element<NodeData>]
        var edges: [Element<EdgeData>]
    }

    struct Document: Encodable { var elements: Elements }

    public func write(_ graph: Graph) throws -> String {
        let document = Document(
            elements: Elements(
                nodes: graph.entities.map {
                    Element(data: NodeData(id: "n\($0.id)", label: $0.name, type: $0.type.rawValue, role: $0.role, country: $0.country, aliases: $0.aliases))
                },
                edges: graph.relations.enumerated().map { index, relation in
                    Element(
                        data: EdgeData(
                            id: "e\(index)", source: "n\(relation.source)", target: "n\(relation.target)",
                            relation: relation.relation.rawValue, label: relation.relation.phrase, count: relation.count,
                            symmetric: relation.relation.isSymmetric))
                }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
