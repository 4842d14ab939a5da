import RelgraphModel

/// Writes a graph as GraphML, which yEd, Cytoscape and Gephi open.
///
/// Node attributes: `name`, `type`, `role`, `country`, `aliases` (joined with "; ");
/// edge attributes: `relation`, `count`, `symmetric`, and `first_seen`, `last_seen` (the dates
/// of the earliest and latest dated documents behind the edge, where known). IDs are `n<entity id>` and `e<index>`.
public struct GraphMLWriter: Sendable {
    public init() {}

    public func write(_ graph: Graph) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            #"  <key id="name" for="node" attr.name="name" attr.type="string"/>"#,
            #"  <key id="type" for="node" attr.name="type" attr.type="string"/>"#,
            #"  <key id="role" for="node" attr.name="role" attr.type="string"/>"#,
            #"  <key id="country" for="node" attr.name="country" attr.type="string"/>"#,
            #"  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>"#,
            #"  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>"#,
            #"  <key id="count" for="edge" attr.name="count" attr.type="int"/>"#,
            #"  <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>"#,
            #"  <key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>"#,
            #"  <key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>"#,
            #"  <graph id="relgraph" edgedefault="directed">"#,
        ]
        for entity in graph.entities {
            lines.append("    <node id=\"n\(entity.id)\">")
            lines.append("      <data key=\"name\">\(XMLText.escape(entity.name))</data>")
            lines.append("      <data key=\"type\">\(entity.type.rawValue)</data>")
            if let role = entity.role { lines.append("      <data key=\"role\">\(XMLText.escape(role))</data>") }
            if let country = entity.country { lines.append("      <data key=\"country\">\(XMLText.escape(country))</data>") }
            if !entity.aliases.isEmpty {
                lines.append("      <data key=\"aliases\">\(XMLText.escape(entity.aliases.joined(separator: "; ")))</data>")
            }
            lines.append("    </node>")
        }
        for (index, relation) in graph.relations.enumerated() {
            lines.append("    <edge id=\"e\(index)\" source=\"n\(relation.source)\" target=\"n\(relation.target)\">")
            lines.append("      <data key=\"relation\">\(relation.relation.rawValue)</data>")
            lines.append("      <data key=\"count\">\(relation.count)</data>")
            lines.append("      <data key=\"symmetric\">\(relation.relation.isSymmetric)</data>")
            if let first = relation.firstSeen { lines.append("      <data key=\"first_seen\">\(first)</data>") }
            if let last = relation.lastSeen { lines.append("      <data key=\"last_seen\">\(last)</data>") }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
