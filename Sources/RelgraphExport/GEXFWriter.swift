import RelgraphModel

/// Writes a graph as GEXF 1.3 for Gephi, with node colours by entity type, edge colours by
/// relation, edge weight by count, and symmetric relations as undirected edges.
///
/// When the graph's edges carry dates, it is a dynamic graph that Gephi's timeline plays: each
/// dated edge lives over a spell from the day it was first seen to the day it was last seen,
/// each entity from its first edge's day to its last. Undated edges, and entities with one,
/// have no spell and are always present.
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
        let spells = Self.spells(graph)
        let isDynamic = graph.relations.contains { $0.firstSeen != nil }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#,
            #"  <meta><creator>relgraph</creator><description>Who did what to whom, read from news text</description></meta>"#,
            !isDynamic
                ? #"  <graph defaultedgetype="directed" mode="static">"#
                : #"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#,
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
            if let spell = spells[entity.id] { lines.append("        " + Self.spell(spell)) }
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
            if let first = relation.firstSeen, let last = relation.lastSeen { lines.append("        " + Self.spell((first, last))) }
            lines.append("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>")
            lines.append("      </edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func spell(_ span: (DocumentDate, DocumentDate)) -> String {
        "<spells><spell start=\"\(span.0)\" end=\"\(span.1)\"/></spells>"
    }

    /// Each entity's span, from its earliest edge's first day to its latest edge's last; none
    /// for an entity with an undated edge.
    static func spells(_ graph: Graph) -> [Int64: (DocumentDate, DocumentDate)] {
        var spans: [Int64: (DocumentDate, DocumentDate)] = [:]
        var undated: Set<Int64> = []
        for relation in graph.relations {
            guard let first = relation.firstSeen, let last = relation.lastSeen else {
                undated.formUnion([relation.source, relation.target])
                continue
            }
            for id in [relation.source, relation.target] {
                let span = spans[id] ?? (first, last)
                spans[id] = (min(span.0, first), max(span.1, last))
            }
        }
        for id in undated { spans[id] = nil }
        return spans
    }
}
