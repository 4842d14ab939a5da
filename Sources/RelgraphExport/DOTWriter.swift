import RelgraphModel

/// Writes a graph in Graphviz's DOT language.
///
/// Every identifier is a quoted, escaped string, so no entity name can break the file.
/// Node shape and colour follow the entity type; edge colour and label follow the relation;
/// symmetric relations are drawn without arrowheads; the pen grows with the edge count.
/// Output order is deterministic, so the same graph always gives the same file.
public struct DOTWriter: Sendable {
    public init() {}

    /// Each entity type's DOT node attributes (shape and colours), shared with every drawing.
    public static let nodeStyle: [EntityType: String] = [
        .person: ##"shape=ellipse, style=filled, fillcolor="#dbe9f6", color="#2b6cb0""##,
        .country: ##"shape=box, style="filled,rounded", fillcolor="#e3f4e1", color="#2f855a""##,
        .organization: ##"shape=hexagon, style=filled, fillcolor="#fdf1dc", color="#c05621""##,
    ]

    /// Each relation's colour in every drawing.
    public static let edgeColor: [RelationType: String] = [
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
        var text = ""
        write(graph, name: name, detail: detail, to: &text)
        return text
    }

    /// Writes the DOT text piece by piece to `output`, so that a graph of a million edges
    /// can go to a file without first becoming one string.
    ///
    /// Each node's quoted ID and each relation's attributes are encoded once, not per edge;
    /// edges are assembled as UTF-8 bytes and handed to `output` in chunks of 64 KiB rather
    /// than in millions of small writes.
    public func write(_ graph: Graph, name: String = "relgraph", detail: Detail = .full, to output: inout some TextOutputStream) {
        let edgeLabels = detail == .full
        var text: [UInt8] = []
        text.reserveCapacity(Self.chunkSize + 4096)
        text += "digraph \(Self.quote(name)) {\n".utf8
        text += "  graph [rankdir=LR, overlap=false, splines=\(edgeLabels ? "true" : "line"), fontname=\"Helvetica\"];\n".utf8
        text += "  node [fontname=\"Helvetica\", fontsize=11];\n".utf8
        text += "  edge [fontname=\"Helvetica\", fontsize=9];\n".utf8
        // Every node's quoted ID, back to back, and where each one lies.
        var nodeIDs: [UInt8] = []
        var nodeIDRanges: [Range<Int>] = []
        nodeIDRanges.reserveCapacity(graph.entities.count)
        for entity in graph.entities {
            var label = entity.name
            if entity.type == .person, let role = entity.role {
                label += "\n" + role + (entity.country.map { " of \($0)" } ?? "")
            }
            let id = Self.quote(Self.nodeID(entity)).utf8
            nodeIDRanges.append(nodeIDs.count..<(nodeIDs.count + id.count))
            nodeIDs += id
            text += "  ".utf8
            text += id
            text += " [label=\(Self.quote(label)), \(Self.nodeStyle[entity.type]!)];\n".utf8
            if text.count >= Self.chunkSize { Self.hand(&text, to: &output) }
        }
        let positions = EntityPositions(graph.entities)
        // Everything in an edge's attribute list but its pen width, which follows the count.
        // (A linear search of seven is quicker than hashing, a million times over.)
        let attributes = RelationType.allCases.map { relation in
            let color = Self.edgeColor[relation]!
            let text = edgeLabels ? "label=\(Self.quote(relation.phrase))" : "tooltip=\(Self.quote(relation.phrase))"
            return (
                relation, head: Array(" [\(text), color=\"\(color)\", fontcolor=\"\(color)\", penwidth=".utf8),
                tail: Array((relation.isSymmetric ? ", dir=none];\n" : "];\n").utf8)
            )
        }
        let penWidths = Self.penWidths.map { Array($0.utf8) }
        nodeIDs.withUnsafeBufferPointer { nodeIDs in
            for relation in graph.relations {
                guard let source = positions[relation.source], let target = positions[relation.target],
                    let (_, head, tail) = attributes.first(where: { $0.0 == relation.relation })
                else { continue }
                text += Self.indent
                text += UnsafeBufferPointer(rebasing: nodeIDs[nodeIDRanges[source]])
                text += Self.arrow
                text += UnsafeBufferPointer(rebasing: nodeIDs[nodeIDRanges[target]])
                text += head
                text += penWidths[min(max(relation.count, 1), 9) - 1]
                text += tail
                if text.count >= Self.chunkSize { Self.hand(&text, to: &output) }
            }
        }
        if detail == .full, !graph.entities.isEmpty {
            for line in legendLines(graph) { text += (line + "\n").utf8 }
        }
        text += "}\n".utf8
        Self.hand(&text, to: &output)
    }

    private static let chunkSize = 1 << 16
    private static let indent = Array("  ".utf8)
    private static let arrow = Array(" -> ".utf8)

    private static func hand(_ text: inout [UInt8], to output: inout some TextOutputStream) {
        output.write(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
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

    /// Pen widths from 1 (one sentence) to 5 (nine or more), as written in the file.
    private static let penWidths = (1...9).map { String(1.0 + Double($0 - 1) * 0.5) }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    public static func quote(_ text: String) -> String {
        // Byte by byte: every character escaped is ASCII, and no byte of a multi-byte
        // character is, so the UTF-8 stays intact.
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): continue
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
