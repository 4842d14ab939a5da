import RelgraphModel

/// Writes a graph as GEXF 1.3 for Gephi, with node colours by entity type, edge colours by
/// relation, edge weight by count, and symmetric relations as undirected edges.
public struct GEXFWriter: Sendable {
    public init() {}

    static let nodeColor: [EntityType: (Int, Int, Int)] = [
        .person: (43, 108, 176), .country: (47, 133, 90), .organization: (192, 86, 33),
    ]

    static func edgeColor(_ relation: RelationType) -> (Int, Int, Int) {
        let hex = DOTWriter.edgeColor[relation] ?? "#4a5568"
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }

    public func write(_ graph: Graph) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#,
            #"  <meta><creator>relgraph</creator><description>Who did what to whom, read from news text</description></meta>"#,
            #"  <graph defaultedgetype="directed" mode="static">"#,
            #"    <attributes class="node">"#,
            #"      <attribute id="type" title="type" type="string"/>"#,
            #"      <attribute id="role" title="role" type="string"/>"#,
            #"      <attribute id="country" title="country" type="string"/>"#,
            #"    </attributes>"#,
            #"    <attributes class="edge">"#,
            #"      <attribute id="relation" title="relation" type="string"/>"#,
            #"    </attributes>"#,
            #"    <nodes>"#,
        ]
        for entity in graph.entities {
            let (r, g, b) = Self.nodeColor[entity.type]!
            lines.append("      <node id=\"n\(entity.id)\" label=\"\(XMLText.escape(entity.name))\">")
            lines.append("        <attvalues>")
            lines.append("          <attvalue for=\"type\" value=\"\(entity.type.rawValue)\"/>")
            if let role = entity.role { lines.append("          <attvalue for=\"role\" value=\"\(XMLText.escape(role))\"/>") }
            if let country = entity.country { lines.append("          <attvalue for=\"country\" value=\"\(XMLText.escape(country))\"/>") }
            lines.append("        </attvalues>")
            lines.append("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>")
            lines.append("      </node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (index, relation) in graph.relations.enumerated() {
            let (r, g, b) = Self.edgeColor(relation.relation)
            let kind = relation.relation.isSymmetric ? "undirected" : "directed"
            lines.append(
                "      <edge id=\"e\(index)\" source=\"n\(relation.source)\" target=\"n\(relation.target)\" type=\"\(kind)\" label=\"\(relation.relation.rawValue)\" weight=\"\(relation.count)\">")
            lines.append("        <attvalues><attvalue for=\"relation\" value=\"\(relation.relation.rawValue)\"/></attvalues>")
            lines.append("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>")
            lines.append("      </edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
