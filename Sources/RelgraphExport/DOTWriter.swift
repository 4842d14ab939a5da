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

    /// How much a drawing shows.
    public enum Detail: String, Sendable, CaseIterable {
        /// Edge labels, a legend and curved edges routed around nodes: for graphs a reader
        /// takes in at once.
        case full
        /// Colours only and straight edges: thousands of nodes stay readable, and Graphviz
        /// lays them out in seconds rather than routing every edge around every node.
        case overview

        /// The detail that suits a graph of this size.
        public static func forGraph(nodes: Int, edges: Int) -> Detail {
            nodes <= 150 && edges <= 400 ? .full : .overview
        }
    }

    /// - Parameter detail: ``Detail/full`` by default; ``Detail/overview`` for large graphs.
    public func write(_ graph: Graph, name: String = "relgraph", detail: Detail = .full) -> String {
        let edgeLabels = detail == .full
        var lines = [
            "digraph \(Self.quote(name)) {",
            "  graph [rankdir=LR, overlap=false, splines=\(edgeLabels ? "true" : "line"), fontname=\"Helvetica\"];",
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
                edgeLabels ? "label=\(Self.quote(relation.relation.phrase))" : "tooltip=\(Self.quote(relation.relation.phrase))",
                "color=\"\(Self.edgeColor[relation.relation]!)\"",
                "fontcolor=\"\(Self.edgeColor[relation.relation]!)\"",
                "penwidth=\(Self.penWidth(relation.count))",
            ]
            if relation.relation.isSymmetric { attributes.append("dir=none") }
            lines.append("  \(Self.quote(Self.nodeID(source))) -> \(Self.quote(Self.nodeID(target))) [\(attributes.joined(separator: ", "))];")
        }
        if detail == .full, !graph.entities.isEmpty { lines += legendLines(graph) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cluster that shows each entity type's shape and each relation's colour in use.
    private func legendLines(_ graph: Graph) -> [String] {
        var lines = [
            "  subgraph \"cluster_legend\" {",
            "    label=\"Legend\"; fontsize=10; color=\"#a0aec0\"; style=dashed;",
        ]
        let types = EntityType.allCases.filter { type in graph.entities.contains { $0.type == type } }
        for type in types {
            lines.append("    \(Self.quote("legend:" + type.rawValue)) [label=\(Self.quote(type.rawValue)), \(Self.nodeStyle[type]!), fontsize=9];")
        }
        let relations = RelationType.allCases.filter { kind in graph.relations.contains { $0.relation == kind } }
        for (index, relation) in relations.enumerated() {
            let from = Self.quote("legend:from:\(index)")
            let to = Self.quote("legend:to:\(index)")
            lines.append("    \(from) [label=\"\", shape=point, width=0.05]; \(to) [label=\"\", shape=point, width=0.05];")
            var attributes = "label=\(Self.quote(relation.phrase)), color=\"\(Self.edgeColor[relation]!)\", fontcolor=\"\(Self.edgeColor[relation]!)\""
            if relation.isSymmetric { attributes += ", dir=none" }
            lines.append("    \(from) -> \(to) [\(attributes)];")
        }
        lines.append("  }")
        return lines
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
