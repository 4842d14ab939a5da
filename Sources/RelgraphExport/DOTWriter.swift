import RelgraphModel

/// Writes a graph in Graphviz's DOT language.
///
/// Every identifier is a quoted, escaped string, so no entity name can break the file.
/// Node shape and colour follow the entity type; edge colour and label follow the relation;
/// symmetric relations are drawn without arrowheads; the pen grows with the edge count.
/// Output order is deterministic, so the same graph always gives the same file.
public struct DOTWriter: Sendable {
    public init() {}

    static let nodeStyle: [EntityType: String] = [
        .person: ##"shape=ellipse, style=filled, fillcolor="#dbe9f6", color="#2b6cb0""##,
        .country: ##"shape=box, style="filled,rounded", fillcolor="#e3f4e1", color="#2f855a""##,
        .organization: ##"shape=hexagon, style=filled, fillcolor="#fdf1dc", color="#c05621""##,
    ]

    static let edgeColor: [RelationType: String] = [
        .spokeWith: "#4a5568",
        .backs: "#2f855a",
        .blamed: "#c53030",
        .criticized: "#d69e2e",
        .attacked: "#742a2a",
        .sanctioned: "#6b46c1",
        .leads: "#2b6cb0",
    ]

    public func write(_ graph: Graph, name: String = "relgraph") -> String {
        var lines = [
            "digraph \(Self.quote(name)) {",
            "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];",
            "  node [fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for entity in graph.entities {
            var label = entity.name
            if entity.type == .person, let role = entity.role {
                label += "\n" + role + (entity.country.map { " of \($0)" } ?? "")
            }
            lines.append("  \(Self.quote(Self.nodeID(entity))) [label=\(Self.quote(label)), \(Self.nodeStyle[entity.type]!)];")
        }
        let byID = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0) })
        for relation in graph.relations {
            guard let source = byID[relation.source], let target = byID[relation.target] else { continue }
            var attributes = [
                "label=\(Self.quote(relation.relation.phrase))",
                "color=\"\(Self.edgeColor[relation.relation]!)\"",
                "fontcolor=\"\(Self.edgeColor[relation.relation]!)\"",
                "penwidth=\(Self.penWidth(relation.count))",
            ]
            if relation.relation.isSymmetric { attributes.append("dir=none") }
            lines.append("  \(Self.quote(Self.nodeID(source))) -> \(Self.quote(Self.nodeID(target))) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Node IDs carry the type so that a person and a country of the same name stay apart.
    static func nodeID(_ entity: Graph.Entity) -> String {
        "\(entity.type.rawValue):\(entity.name)"
    }

    static func penWidth(_ count: Int) -> String {
        let width = min(1.0 + Double(max(count - 1, 0)) * 0.5, 5.0)
        return String(width)
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
