import Foundation
import RelgraphExport
import RelgraphModel
import RelgraphRender
import RelgraphStore

/// A small drawing of entities and edges whose nodes and edges are links: a node opens its
/// entity's page, an edge the page of its evidence.
///
/// Node IDs are `n` and the entity id, so no name ever becomes a DOT identifier or an SVG
/// comment; names reach the DOT text only as quoted, escaped labels and tooltips, and
/// Graphviz writes them into the SVG as escaped XML text.
struct LinkedDrawing {
    struct Edge: Equatable {
        var id: Int64
        var source: Int64
        var relation: RelationType
        var target: Int64
        var count: Int
    }

    var entities: [Graph.Entity] = []
    var edges: [Edge] = []
    /// The entity drawn with a heavier outline.
    var center: Int64?
    /// Appended to every node's link, to keep the page's filters (`?since=…`).
    var nodeQuery = ""
    /// Appended to every edge's link, to keep the page's period.
    var edgeQuery = ""

    mutating func add(_ entity: Graph.Entity) {
        if !entities.contains(where: { $0.id == entity.id }) { entities.append(entity) }
    }

    mutating func add(_ edge: Edge) {
        if !edges.contains(where: { $0.id == edge.id }) { edges.append(edge) }
    }

    /// The drawing in DOT.
    var dot: String {
        var lines = [
            "digraph \"relgraph\" {",
            "  graph [rankdir=LR, overlap=false, splines=true, bgcolor=\"transparent\", fontname=\"Helvetica\"];",
            "  node [fontname=\"Helvetica\", fontsize=11, target=\"_top\"];",
            "  edge [fontname=\"Helvetica\", fontsize=9, target=\"_top\"];",
        ]
        let names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for entity in entities {
            var label = entity.name
            if entity.type == .person, let role = entity.role { label += "\n" + role + (entity.country.map { " of \($0)" } ?? "") }
            let width = entity.id == center ? ", penwidth=3" : ""
            // Graphviz copies a URL's `&` into the SVG as it is, which XML forbids; an entity it keeps.
            let url = "/entity/\(entity.id)\(nodeQuery)".replacingOccurrences(of: "&", with: "&amp;")
            lines.append(
                "  n\(entity.id) [label=\(DOTWriter.quote(label)), tooltip=\(DOTWriter.quote(entity.name)), "
                    + "URL=\(DOTWriter.quote(url)), \(DOTWriter.nodeStyle[entity.type]!)\(width)];")
        }
        for edge in edges {
            guard let source = names[edge.source], let target = names[edge.target] else { continue }
            let color = DOTWriter.edgeColor[edge.relation]!
            let tooltip = "\(source) \(edge.relation.phrase) \(target): \(edge.count) sentence\(edge.count == 1 ? "" : "s")"
            lines.append(
                "  n\(edge.source) -> n\(edge.target) [label=\(DOTWriter.quote(edge.relation.phrase)), URL=\"/edge/\(edge.id)\(edgeQuery.replacingOccurrences(of: "&", with: "&amp;"))\", "
                    + "tooltip=\(DOTWriter.quote(tooltip)), color=\"\(color)\", fontcolor=\"\(color)\", "
                    + "penwidth=\(1.0 + Double(min(max(edge.count, 1), 9) - 1) * 0.5)\(edge.relation.isSymmetric ? ", dir=none" : "")];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The drawing as an `<svg>` element to put inside a page (Graphviz's XML prologue,
    /// doctype and comments left out).
    func svg(renderer: GraphvizRenderer) throws -> String {
        let engine = GraphvizRenderer.engine(forNodes: entities.count, edges: edges.count)
        let data = try renderer.render(dot, format: .svg, engine: engine)
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return Self.withoutComments(String(text[start.lowerBound...]))
    }

    /// Graphviz writes each node's and edge's ID in a comment; they hold no names, but a
    /// comment has no business in a page, so all go.
    static func withoutComments(_ svg: String) -> String {
        var result = ""
        var rest = Substring(svg)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

extension LinkedDrawing {
    /// The most neighbours a drawing shows, whatever the page lists: beyond that Graphviz
    /// takes seconds and the drawing is a blur.
    static let largestDrawing = 60

    /// An entity's ego network: the entity, its best-attested neighbours (at most the query's
    /// limit, and ``largestDrawing``), and at depth 2 a few of theirs.
    ///
    /// - Parameter links: the center's edges to draw from (the best attested of each relation).
    static func ego(
        of center: Graph.Entity, links: [GraphStore.Link], query: ViewQuery, reader: GraphReader
    ) throws -> LinkedDrawing {
        var drawing = LinkedDrawing(center: center.id, nodeQuery: query.queryString(limit: ViewQuery.defaultLimit), edgeQuery: query.periodQuery)
        drawing.add(center)
        let ranked = rankedNeighbors(links)
        let shown = Array(ranked.prefix(min(query.limit, largestDrawing)))
        let shownIDs = Set(shown.map(\.id))
        for neighbor in shown { drawing.add(neighbor) }
        for link in links where shownIDs.contains(link.neighbor.entity.id) {
            drawing.add(edge(link, from: center.id))
        }
        if query.depth >= 2 {
            // A few neighbours of the closest few, so that a hub's drawing stays readable.
            for neighbor in shown.prefix(8) {
                // Their best-attested edges only: a hub's neighbours are often hubs too.
                let theirs = try reader.links(of: neighbor.id, relation: query.relation, period: query.period, limit: 40)
                var added = 0
                for next in rankedNeighbors(theirs) where next.id != center.id && added < 4 {
                    if !drawing.entities.contains(where: { $0.id == next.id }) {
                        drawing.add(next)
                        added += 1
                    }
                }
                let drawn = Set(drawing.entities.map(\.id))
                for link in theirs where drawn.contains(link.neighbor.entity.id) && link.neighbor.entity.id != center.id {
                    drawing.add(edge(link, from: neighbor.id))
                }
            }
        }
        return drawing
    }

    /// Distinct neighbours, most sentences first (over all their edges), then by name.
    static func rankedNeighbors(_ links: [GraphStore.Link]) -> [Graph.Entity] {
        var totals: [Int64: (entity: Graph.Entity, count: Int)] = [:]
        for link in links {
            totals[link.neighbor.entity.id, default: (link.neighbor.entity, 0)].count += link.neighbor.count
        }
        return totals.values.sorted { ($1.count, $0.entity.name, $0.entity.id) < ($0.count, $1.entity.name, $1.entity.id) }.map(\.entity)
    }

    static func edge(_ link: GraphStore.Link, from id: Int64) -> Edge {
        let other = link.neighbor.entity.id
        let forward = link.neighbor.direction != .incoming
        return Edge(
            id: link.edgeID, source: forward ? id : other, relation: link.neighbor.relation, target: forward ? other : id,
            count: link.neighbor.count)
    }
}
