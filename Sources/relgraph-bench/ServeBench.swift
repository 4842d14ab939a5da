import Foundation
import RelgraphCorpus
import RelgraphServer
@_spi(Benchmarks) import RelgraphStore

/// `relgraph serve`'s entity page on the query benchmark's graph (built if an earlier run
/// with the same --scratch did not leave it): the handler alone, from the query to the HTML
/// with its Graphviz drawing, without the HTTP around it.
struct ServeBench {
    let entities: Int
    let edges: Int
    let seed: UInt64
    let folder: URL

    func run(into report: inout Report) throws {
        let path = folder.appendingPathComponent("graph-\(entities)-\(edges)-seed\(seed).sqlite").path
        let section = "serve, \(entities.grouped) entities, \(edges.grouped) edges"
        if !FileManager.default.fileExists(atPath: path) {
            var random = SplitMix(seed: seed)
            let names = QueryBench.names(count: entities, random: &random)
            let store = try GraphStore(path: path)
            let build = try Timer.seconds {
                try store.insertSynthetic(entities: names, edges: QueryBench.edges(count: edges, entities: entities, names: names, seed: seed))
            }
            try store.compact()
            report.add(section, "build (direct inserts)", String(format: "%.1f s", build))
        }
        let store = try GraphStore(path: path, readOnly: true)
        let viewer = GraphViewer(store: store)
        var random = SplitMix(seed: seed ^ 0x5E7E)
        // Entities are numbered in insertion order; the first ones have the most edges.
        var times: [Double] = []
        var bytes: [Int] = []
        for _ in 0..<300 {
            let id = Int64(random.next() % UInt64(entities)) + 1
            var page: Page?
            times.append(try Timer.seconds { page = try viewer.entity(id: id, query: ViewQuery()) })
            bytes.append(page?.body.utf8.count ?? 0)
        }
        report.add(section, "entity page, median", Timer.percentile(times, 0.5).milliseconds, "300 entities at random, HTML with its SVG drawing")
        report.add(
            section, "entity page, p99", Timer.percentile(times, 0.99).milliseconds,
            "median page \(Int(Timer.percentile(bytes.map(Double.init), 0.5)) / 1024) KiB")
        let hubLinks = try store.links(of: 1).count
        for (label, query) in [("entity page of the most connected", ViewQuery()), ("same, depth 2", ViewQuery(depth: 2)),
                               ("same, show more (limit 100)", ViewQuery(limit: 100))] {
            _ = try viewer.entity(id: 1, query: query)
            let samples = try (0..<5).map { _ in try Timer.seconds { _ = try viewer.entity(id: 1, query: query) } }
            report.add(section, label + ", median of 5", Timer.percentile(samples, 0.5).milliseconds, "\(hubLinks) edges, \(query.limit) listed per relation")
        }
        // The part the page reads from the store, against reading every edge.
        let groups = try (0..<5).map { _ in try Timer.seconds { _ = try store.linkGroups(of: 1, limit: ViewQuery.defaultLimit) } }
        report.add(section, "its edge groups read, median of 5", Timer.percentile(groups, 0.5).milliseconds, "GraphStore.linkGroups(of:limit: 20)")
        let all = try (0..<5).map { _ in try Timer.seconds { _ = try store.links(of: 1) } }
        report.add(section, "all its edges read, median of 5", Timer.percentile(all, 0.5).milliseconds, "GraphStore.links(of:), every edge as a value")
    }
}
