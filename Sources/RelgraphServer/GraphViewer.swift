import Foundation
import RelgraphExtraction
import RelgraphModel
import RelgraphRender
import RelgraphStore

/// One answer of the viewer: a status, a content type and the body, or a redirect.
public struct Page: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: String
    /// Where a redirect (303) points.
    public var location: String?

    static func html(_ body: String, status: Int = 200) -> Page {
        Page(status: status, contentType: "text/html; charset=utf-8", body: body)
    }

    static func json(_ value: some Encodable, status: Int = 200) -> Page {
        Page(status: status, contentType: "application/json; charset=utf-8", body: API.encode(value))
    }

    static func redirect(_ location: String) -> Page {
        Page(status: 303, contentType: "text/plain; charset=utf-8", body: "See \(location)\n", location: location)
    }
}

/// The pages and JSON of `relgraph serve`, independent of HTTP: each function takes what
/// a request asks (ids, names, ``ViewQuery``) and answers a ``Page``.
///
/// Every name, role, alias and sentence is escaped on its way into HTML, and reaches a
/// drawing only as an escaped DOT string.
public struct GraphViewer: Sendable {
    let reader: GraphReader
    let renderer = GraphvizRenderer()

    public init(store: GraphStore) {
        reader = GraphReader(store: store)
    }

    // MARK: - Home and search

    /// Search box, most connected entities, counts by type and relation, the documents' span:
    /// their publication dates, or when they were ingested if none is dated.
    public func home() throws -> Page {
        let stats = try reader.statistics(top: 15)
        let span = stats.firstDate == nil ? try reader.ingestSpan() : nil
        var body = "<h1>Relationship graph</h1>\n"
        body += """
            <form action="/search" method="get"><input type="search" name="q" placeholder="Putin, Hamas, U.N." aria-label="Name" autofocus> \
            <button>Find</button></form>

            """
        body += "<p class=\"meta\">\(stats.documents) documents, \(stats.entitiesByType.values.reduce(0, +)) entities, "
        body += "\(stats.relationsByType.values.reduce(0, +)) edges, \(stats.evidence) sentences of evidence."
        if let first = stats.firstDate, let last = stats.lastDate {
            body += " Published \(first) to \(last)"
            body += stats.undatedDocuments > 0 ? " (\(stats.undatedDocuments) undated, outside any period)." : "."
        } else if let span {
            body += " Ingested \(HTML.escape(Self.day(span.first))) to \(HTML.escape(Self.day(span.last))); no document is dated."
        }
        body += "</p>\n<div class=\"groups\">\n<div class=\"group\"><h3>Most connected</h3><ol>\n"
        for ranked in stats.mostConnected {
            body += "<li>\(link(ranked.entity)) <span class=\"count\">\(ranked.degree) edge\(ranked.degree == 1 ? "" : "s")</span></li>\n"
        }
        body += "</ol></div>\n<div class=\"group\"><h3>Entities by type</h3><table>\n"
        for type in EntityType.allCases {
            body += "<tr><td>\(type.rawValue)</td><td>\(stats.entitiesByType[type] ?? 0)</td></tr>\n"
        }
        body += "</table><h3>Edges by relation</h3><table>\n"
        for relation in RelationType.allCases {
            body += "<tr><td>\(relation.phrase)</td><td>\(stats.relationsByType[relation] ?? 0)</td></tr>\n"
        }
        body += "</table></div>\n</div>\n"
        return .html(HTML.page(title: "Home", body: body))
    }

    public func homeAPI() throws -> Page {
        let stats = try reader.statistics(top: 15)
        let span = try reader.ingestSpan()
        return .json(
            API.Statistics(
                documents: stats.documents,
                entitiesByType: Dictionary(uniqueKeysWithValues: stats.entitiesByType.map { ($0.rawValue, $1) }),
                relationsByType: Dictionary(uniqueKeysWithValues: stats.relationsByType.map { ($0.rawValue, $1) }),
                evidence: stats.evidence, mostConnected: stats.mostConnected.map { API.RankedEntity(entity: API.Entity($0.entity), degree: $0.degree) },
                firstIngested: span?.first, lastIngested: span?.last, firstPublished: stats.firstDate?.description,
                lastPublished: stats.lastDate?.description, undatedDocuments: stats.undatedDocuments))
    }

    /// The entity a name or alias refers to (any case, any accents): a redirect to its page,
    /// or a 404 page with close names.
    public func search(_ query: String) throws -> Page {
        let name = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return .redirect("/") }
        do {
            return .redirect("/entity/\(try reader.entity(named: name).id)")
        } catch StoreError.unknownEntity(_, let suggestions) {
            var body = "<h1>No entity is named “\(HTML.escape(name))”</h1>\n"
            if suggestions.isEmpty {
                body += "<p>Nothing close either; try another spelling or a surname.</p>\n"
            } else {
                body += "<p>Did you mean:</p>\n<ul class=\"suggestions\">\n"
                for suggestion in suggestions {
                    body += "<li><a href=\"/search\(HTML.escape(HTML.query([("q", suggestion)])))\">\(HTML.escape(suggestion))</a></li>\n"
                }
                body += "</ul>\n"
            }
            return .html(HTML.page(title: "Not found", body: body), status: 404)
        }
    }

    public func searchAPI(_ query: String) throws -> Page {
        do {
            return .json(API.Search(query: query, match: API.Entity(try reader.entity(named: query)), suggestions: []))
        } catch StoreError.unknownEntity(_, let suggestions) {
            return .json(API.Search(query: query, match: nil, suggestions: suggestions), status: 404)
        }
    }

    // MARK: - Entity

    /// An entity's page: who it is, its ego network drawn, its neighbours by relation, filters.
    public func entity(id: Int64, query: ViewQuery) throws -> Page {
        guard let entity = try reader.entity(id: id) else { return notFound("No entity has the id \(id)") }
        let groups = try reader.linkGroups(of: id, relation: query.relation, period: query.period, limit: query.limit)
        let listed = groups.flatMap(\.links)
        let drawing = try LinkedDrawing.ego(of: entity, links: listed, query: query, reader: reader)
        let total = groups.map(\.total).reduce(0, +)
        let more = min(max(query.limit * 5, 100), ViewQuery.largestLimit)
        let showMore = "<a href=\"/entity/\(id)\(HTML.escape(query.queryString(limit: more)))\">show more</a>"
        var body = "<h1>\(HTML.escape(entity.name))</h1>\n<p class=\"meta\">\(entity.type.rawValue)"
        if let role = entity.role { body += " · \(HTML.escape(role))" }
        if let country = entity.country { body += " of \(HTML.escape(country))" }
        if !entity.aliases.isEmpty { body += " · also “\(entity.aliases.map(HTML.escape).joined(separator: "”, “"))”" }
        body += "</p>\n"
        body += filterForm(query)
        body += periodNotice(query.period)
        if groups.isEmpty {
            body += "<p>No relations\(query.relation.map { " of the kind “\($0.phrase)”" } ?? "").</p>\n"
        } else {
            body += "<div class=\"drawing\">\(try drawing.svg(renderer: renderer))</div>\n"
            let drawnEdges = drawing.edges.filter { $0.source == id || $0.target == id }.count
            if drawnEdges < total {
                body += "<p class=\"more\">The drawing shows \(drawnEdges) of the \(total) edges, the best attested"
                body += groups.contains(where: { $0.total > query.limit }) && query.limit < more ? "; \(showMore).</p>\n" : ".</p>\n"
            }
        }
        body += "<div class=\"groups\">\n"
        for group in groups {
            body += "<div class=\"group\"><h3>\(Self.heading(group.relation, group.direction)) <span class=\"count\">\(group.total)</span></h3><ul>\n"
            for item in group.links {
                body += "<li>\(link(item.neighbor.entity, query: query.periodQuery)) "
                body += "<a class=\"count\" href=\"/edge/\(item.edgeID)\(HTML.escape(query.periodQuery))\">\(Self.sentences(item.neighbor.count))</a></li>\n"
            }
            body += "</ul>"
            if group.total > group.links.count {
                body += "<p class=\"more\">\(query.limit < more ? showMore + " " : "")(\(group.total - group.links.count) not listed)</p>"
            }
            body += "</div>\n"
        }
        body += "</div>\n<p><a href=\"/api/entity/\(id)\(HTML.escape(query.queryString()))\">This page as JSON</a></p>\n"
        return .html(HTML.page(title: entity.name, body: body))
    }

    public func entityAPI(id: Int64, query: ViewQuery) throws -> Page {
        guard let entity = try reader.entity(id: id) else { return .json(API.Failure(error: "no entity has the id \(id)"), status: 404) }
        let groups = try reader.linkGroups(of: id, relation: query.relation, period: query.period, limit: query.limit).map { group in
            API.NeighborGroup(
                relation: group.relation.rawValue, direction: group.direction.rawValue, total: group.total,
                neighbors: group.links.map { API.Neighbor(entity: API.Entity($0.neighbor.entity), edge: $0.edgeID, count: $0.neighbor.count) })
        }
        return .json(API.EntityPage(entity: API.Entity(entity), groups: groups, period: periodFilter(query.period)))
    }

    /// The depth, relation and period controls: a plain GET form, no script.
    private func filterForm(_ query: ViewQuery) -> String {
        var form = "<form class=\"filters\" method=\"get\">"
        form += "<label>Depth<select name=\"depth\">"
        for depth in 1...2 { form += "<option value=\"\(depth)\"\(depth == query.depth ? " selected" : "")>\(depth)</option>" }
        form += "</select></label><label>Relation<select name=\"relation\"><option value=\"\">all</option>"
        for relation in RelationType.allCases {
            form += "<option value=\"\(relation.rawValue)\"\(relation == query.relation ? " selected" : "")>\(relation.phrase)</option>"
        }
        form += "</select></label>"
        form += "<label>Since<input type=\"date\" name=\"since\" value=\"\(HTML.escape(query.period.since ?? ""))\"></label>"
        form += "<label>Until<input type=\"date\" name=\"until\" value=\"\(HTML.escape(query.period.until ?? ""))\"></label>"
        if query.limit != ViewQuery.defaultLimit { form += "<input type=\"hidden\" name=\"limit\" value=\"\(query.limit)\">" }
        form += "<button>Apply</button></form>\n"
        return form
    }

    /// What a period keeps, said once on each page that has one.
    private func periodNotice(_ period: PagePeriod) -> String {
        guard let period = period.storePeriod else { return "" }
        return "<p class=\"notice\">Only sentences from documents published \(HTML.escape(period.description)) count; undated documents are left out.</p>\n"
    }

    private func periodFilter(_ period: PagePeriod) -> API.PeriodFilter? {
        period.isEmpty ? nil : API.PeriodFilter(since: period.since, until: period.until, applied: reader.appliesPeriods)
    }

    /// "backs →", "← backs" (backed by the neighbours), "spoke with".
    static func heading(_ relation: RelationType, _ direction: GraphStore.Neighbor.Direction) -> String {
        switch direction {
        case .outgoing: "\(relation.phrase) →"
        case .incoming: "← \(relation.phrase) (by)"
        case .mutual: relation.phrase
        }
    }

    // MARK: - Edge

    /// Every sentence behind an edge (only those of the period's documents, with one), each
    /// with its document's date, title and link, the two parties and the relation's words marked.
    public func edge(id: Int64, period: PagePeriod) throws -> Page {
        guard let edge = try reader.edge(id: id) else { return notFound("No edge has the id \(id)") }
        let evidence = try reader.evidence(edgeID: id, period: period)
        let periodQuery = HTML.query([("since", period.since), ("until", period.until)])
        let documents = Set(evidence.map(\.document)).count
        var body = "<h1>\(link(edge.source, query: periodQuery)) \(edge.relation.phrase) \(link(edge.target, query: periodQuery))</h1>\n"
        body += "<p class=\"meta\">\(period.isEmpty ? Self.sentences(edge.count) : "\(evidence.count) of \(Self.sentences(edge.count))")"
        body += " in \(documents) document\(documents == 1 ? "" : "s")</p>\n"
        body += periodNotice(period)
        for item in evidence {
            body += "<blockquote>\(Self.marked(item.sentence, parties: [edge.source, edge.target], relation: edge.relation))"
            body += "<div class=\"source\">\(Self.documentLine(item))</div></blockquote>\n"
        }
        body += "<p><a href=\"/api/edge/\(id)\(HTML.escape(periodQuery))\">This page as JSON</a></p>\n"
        return .html(HTML.page(title: "\(edge.source.name) \(edge.relation.phrase) \(edge.target.name)", body: body))
    }

    public func edgeAPI(id: Int64, period: PagePeriod) throws -> Page {
        guard let edge = try reader.edge(id: id) else { return .json(API.Failure(error: "no edge has the id \(id)"), status: 404) }
        let evidence = try reader.evidence(edgeID: id, period: period).map {
            API.Evidence(
                sentence: $0.sentence, position: $0.position, document: $0.document.source, hash: $0.document.hash,
                date: $0.metadata.date?.description, title: $0.metadata.title, url: $0.metadata.url, outlet: $0.metadata.outlet,
                triggers: Self.triggerOffsets(in: $0.sentence, relation: edge.relation))
        }
        return .json(
            API.EdgePage(
                id: id, source: API.Entity(edge.source), relation: edge.relation.rawValue, target: API.Entity(edge.target), count: edge.count,
                evidence: evidence))
    }

    /// The line under a sentence: its document's date, title (a link to it, when the link is
    /// http or https) and outlet, then where it was read, the sentence's number and the hash.
    static func documentLine(_ item: GraphStore.SourcedEvidence) -> String {
        var line = ""
        if let date = item.metadata.date { line += "<time datetime=\"\(date)\">\(date)</time> · " }
        if let title = item.metadata.title, !title.isEmpty {
            if let url = item.metadata.url, let scheme = url.split(separator: ":").first?.lowercased(), scheme == "http" || scheme == "https" {
                line += "<a class=\"document\" href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer nofollow\">\(HTML.escape(title))</a>"
            } else {
                line += "<cite>\(HTML.escape(title))</cite>"
            }
            if let outlet = item.metadata.outlet, !outlet.isEmpty { line += " (\(HTML.escape(outlet)))" }
            line += " · "
        }
        line += "\(HTML.escape(item.document.source)), sentence \(item.position + 1) · "
        line += "<code title=\"content hash\">\(HTML.escape(String(item.document.hash.prefix(12))))</code>"
        return line
    }

    /// Where the relation's trigger words lie in `sentence`, as character offsets.
    static func triggerOffsets(in sentence: String, relation: RelationType) -> [API.TriggerSpan] {
        Lexicon.standard.triggerRanges(for: relation, in: sentence).map {
            API.TriggerSpan(start: sentence.distance(from: sentence.startIndex, to: $0.lowerBound), end: sentence.distance(from: sentence.startIndex, to: $0.upperBound))
        }
    }

    /// `sentence` with each party's names (name, aliases, a person's surname) in `<mark>`, the
    /// source's as `party`, the target's as `other`, and the words that state `relation` (the
    /// lexicon's triggers) as `relation`. Only the pieces of the sentence are escaped, never
    /// the markup around them; a party's name wins where it overlaps a trigger.
    static func marked(_ sentence: String, parties: [Graph.Entity], relation: RelationType? = nil) -> String {
        var spans: [(range: Range<String.Index>, party: Int)] = []
        for (index, party) in parties.enumerated() {
            var names = [party.name] + party.aliases
            if party.type == .person, let surname = party.name.split(separator: " ").last, surname.count > 2 { names.append(String(surname)) }
            for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
                var start = sentence.startIndex
                while let found = sentence.range(of: name, options: [.caseInsensitive, .diacriticInsensitive], range: start..<sentence.endIndex) {
                    if !spans.contains(where: { $0.range.overlaps(found) }) { spans.append((found, index)) }
                    start = found.upperBound
                }
            }
        }
        if let relation {
            for range in Lexicon.standard.triggerRanges(for: relation, in: sentence) where !spans.contains(where: { $0.range.overlaps(range) }) {
                spans.append((range, -1))
            }
        }
        let classes = [-1: "relation", 0: "party"]
        var result = ""
        var position = sentence.startIndex
        for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += HTML.escape(String(sentence[position..<span.range.lowerBound]))
            result += "<mark class=\"\(classes[span.party] ?? "other")\">\(HTML.escape(String(sentence[span.range])))</mark>"
            position = span.range.upperBound
        }
        return result + HTML.escape(String(sentence[position...]))
    }

    // MARK: - Path

    /// The shortest chain between two names, drawn like an ego network; a form when either is missing.
    public func path(from: String?, to: String?, period: PagePeriod) throws -> Page {
        let from = from?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let to = to?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var body = "<h1>Path</h1>\n<form class=\"filters\" action=\"/path\" method=\"get\">"
        body += "<label>From<input name=\"from\" value=\"\(HTML.escape(from))\"></label>"
        body += "<label>To<input name=\"to\" value=\"\(HTML.escape(to))\"></label><button>Find the chain</button></form>\n"
        guard !from.isEmpty, !to.isEmpty else { return .html(HTML.page(title: "Path", body: body)) }
        body += periodNotice(period)
        let steps: [GraphStore.PathStep]?
        do {
            steps = try reader.path(from: from, to: to, period: period)
        } catch StoreError.unknownEntity(let name, let suggestions) {
            body += "<p>No entity is named “\(HTML.escape(name))”"
            body += suggestions.isEmpty ? ".</p>\n" : "; did you mean \(suggestions.map { "“\(HTML.escape($0))”" }.joined(separator: ", "))?</p>\n"
            return .html(HTML.page(title: "Path", body: body), status: 404)
        }
        guard let steps else {
            body += "<p>No chain of at most four relations links “\(HTML.escape(from))” and “\(HTML.escape(to))”.</p>\n"
            return .html(HTML.page(title: "Path", body: body))
        }
        let periodQuery = HTML.query([("since", period.since), ("until", period.until)])
        var drawing = LinkedDrawing(nodeQuery: periodQuery, edgeQuery: periodQuery)
        var chain = ""
        for (index, step) in steps.enumerated() {
            drawing.add(step.from)
            drawing.add(step.to)
            if index == 0 { chain += link(step.from) }
            chain += step.isForward || step.relation.isSymmetric ? " —\(step.relation.phrase)→ " : " ←\(step.relation.phrase)— "
            chain += link(step.to)
            let links = try reader.links(of: step.from.id, relation: step.relation, period: period)
            if let edge = links.first(where: { $0.neighbor.entity.id == step.to.id }) {
                drawing.add(LinkedDrawing.edge(edge, from: step.from.id))
            }
        }
        body += "<p>\(chain)</p>\n"
        if !drawing.edges.isEmpty { body += "<div class=\"drawing\">\(try drawing.svg(renderer: renderer))</div>\n" }
        body += "<p><a href=\"/api/path\(HTML.escape(HTML.query([("from", from), ("to", to), ("since", period.since), ("until", period.until)])))\">This path as JSON</a></p>\n"
        return .html(HTML.page(title: "Path", body: body))
    }

    public func pathAPI(from: String, to: String, period: PagePeriod) throws -> Page {
        do {
            let steps = try reader.path(from: from, to: to, period: period)
            return .json(
                API.Path(
                    from: from, to: to,
                    steps: steps?.map {
                        API.PathStep(from: API.Entity($0.from), relation: $0.relation.rawValue, to: API.Entity($0.to), forward: $0.isForward, count: $0.count)
                    }))
        } catch let error as StoreError {
            guard case .unknownEntity(_, let suggestions) = error else { throw error }
            return .json(API.Failure(error: error.description, suggestions: suggestions), status: 404)
        }
    }

    // MARK: - API index and errors

    /// The API's endpoints, documented.
    public func apiIndex() -> Page {
        let rows = [
            ("/api/stats", "counts by type and relation, the most connected entities, the documents' publication dates"),
            ("/api/search?q=NAME", "the entity a name or alias refers to (404 with suggestions when none)"),
            ("/api/entity/ID?depth=&relation=&since=&until=&limit=", "an entity and its neighbours grouped by relation and direction"),
            ("/api/edge/ID?since=&until=", "an edge and every sentence behind it, with its document (date, title, link, content hash) and the relation's words"),
            ("/api/path?from=NAME&to=NAME&since=&until=", "the shortest chain of at most four relations"),
        ]
        var body = "<h1>JSON API</h1>\n<p>Every page has a JSON twin; ids are those of the page URLs.</p>\n<table>\n"
        for (path, what) in rows { body += "<tr><td><code>\(HTML.escape(path))</code></td><td>\(HTML.escape(what))</td></tr>\n" }
        body += "</table>\n"
        return .html(HTML.page(title: "API", body: body))
    }

    /// A page for an error a request caused (bad parameter, unknown id).
    public static func failure(_ error: ViewerError, json: Bool) -> Page {
        json
            ? .json(API.Failure(error: error.description), status: error.status)
            : .html(HTML.page(title: "Error", body: "<h1>\(error.status == 404 ? "Not found" : "Bad request")</h1>\n<p>\(HTML.escape(error.description))</p>\n"), status: error.status)
    }

    private func notFound(_ message: String) -> Page {
        .html(HTML.page(title: "Not found", body: "<h1>Not found</h1>\n<p>\(HTML.escape(message)); search for a name instead.</p>\n"), status: 404)
    }

    // MARK: - Pieces

    /// A link to an entity's page, its name escaped.
    private func link(_ entity: Graph.Entity, query: String = "") -> String {
        "<a href=\"/entity/\(entity.id)\(HTML.escape(query))\">\(HTML.escape(entity.name))</a>"
    }

    static func sentences(_ count: Int) -> String {
        "\(count) sentence\(count == 1 ? "" : "s")"
    }

    /// The date part of an ISO 8601 timestamp.
    static func day(_ timestamp: String) -> String {
        String(timestamp.prefix(10))
    }
}
