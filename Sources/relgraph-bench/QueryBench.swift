import Foundation
import RelgraphCorpus
import RelgraphExport
import RelgraphModel
@_spi(Benchmarks) import RelgraphStore

/// Questions and exports on a graph the size a newsroom builds in months: `entities` nodes
/// and `edges` edges, each edge with an evidence sentence.
struct QueryBench {
    let entities: Int
    let edges: Int
    let seed: UInt64
    let folder: URL

    func run(into report: inout Report) throws {
        // Named by what it holds, so that a run with --scratch can reuse the graph of an earlier one.
        let path = folder.appendingPathComponent("graph-\(entities)-\(edges)-seed\(seed)-dated.sqlite").path
        let section = "queries, \(entities.grouped) entities, \(edges.grouped) edges"
        var random = SplitMix(seed: seed)
        let names = Self.names(count: entities, random: &random)
        let reused = FileManager.default.fileExists(atPath: path)
        let store = try GraphStore(path: path)
        var build: Double?
        if !reused {
            build = try Timer.seconds {
                try store.insertSynthetic(entities: names, edges: Self.edges(count: edges, entities: entities, names: names, seed: seed))
            }
            try store.compact()
        }
        let stored = try store.counts()
        report.add(
            section, reused ? "build" : "build (direct inserts)", build.map { String(format: "%.1f s", $0) } ?? "reused",
            "\(stored.entities) entities, \(stored.relations) distinct edges" + (reused ? ", from \(path)" : ""))
        let bytes = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        report.add(section, "database size", String(format: "%.0f MB", Double(bytes) / 1e6), "\(bytes / max(stored.relations, 1)) bytes per edge, evidence included")

        var neighborTimes: [Double] = []
        var sizes: [Int] = []
        for _ in 0..<2_000 {
            let name = names[Int(random.next() % UInt64(names.count))].name
            var found = 0
            neighborTimes.append(try Timer.seconds { found = try store.neighbors(of: name).neighbors.count })
            sizes.append(found)
        }
        report.add(section, "neighbors, median", Timer.percentile(neighborTimes, 0.5).milliseconds, "2,000 names chosen at random")
        report.add(section, "neighbors, p99", Timer.percentile(neighborTimes, 0.99).milliseconds, "median \(Int(Timer.percentile(sizes.map(Double.init), 0.5))) neighbors, max \(sizes.max() ?? 0)")
        let hub = names[0].name
        report.add(section, "neighbors of the most connected", (try Timer.seconds { _ = try store.neighbors(of: hub) }).milliseconds, "\(try store.neighbors(of: hub).neighbors.count) neighbors")

        var pathTimes: [Double] = []
        var lengths: [Int] = []
        for _ in 0..<200 {
            let a = names[Int(random.next() % UInt64(names.count))].name
            let b = names[Int(random.next() % UInt64(names.count))].name
            var steps: [GraphStore.PathStep]?
            pathTimes.append(try Timer.seconds { steps = try store.path(from: a, to: b, maxDepth: 4) })
            lengths.append(steps?.count ?? -1)
        }
        report.add(section, "path, median", Timer.percentile(pathTimes, 0.5).milliseconds, "200 random pairs, --max-depth 4")
        report.add(section, "path, p99", Timer.percentile(pathTimes, 0.99).milliseconds, "\(lengths.filter { $0 >= 0 }.count) of 200 pairs linked")

        // The same questions limited to one year of five (documents are dated 2020 to 2024).
        let year = try Period(since: "2024", until: "2024")
        var periodTimes: [Double] = []
        var periodSizes: [Int] = []
        for _ in 0..<2_000 {
            let name = names[Int(random.next() % UInt64(names.count))].name
            var found = 0
            periodTimes.append(try Timer.seconds { found = try store.neighbors(of: name, period: year).neighbors.count })
            periodSizes.append(found)
        }
        report.add(section, "neighbors --since 2024 --until 2024, median", Timer.percentile(periodTimes, 0.5).milliseconds, "2,000 names chosen at random")
        report.add(
            section, "neighbors --since 2024 --until 2024, p99", Timer.percentile(periodTimes, 0.99).milliseconds,
            "median \(Int(Timer.percentile(periodSizes.map(Double.init), 0.5))) neighbors, max \(periodSizes.max() ?? 0)")
        report.add(
            section, "neighbors of the most connected, one year", (try Timer.seconds { _ = try store.neighbors(of: hub, period: year) }).milliseconds,
            "\(try store.neighbors(of: hub, period: year).neighbors.count) neighbors")
        var periodPathTimes: [Double] = []
        var periodLinked = 0
        for _ in 0..<200 {
            let a = names[Int(random.next() % UInt64(names.count))].name
            let b = names[Int(random.next() % UInt64(names.count))].name
            var steps: [GraphStore.PathStep]?
            periodPathTimes.append(try Timer.seconds { steps = try store.path(from: a, to: b, maxDepth: 4, period: year) })
            if steps != nil { periodLinked += 1 }
        }
        report.add(section, "path --since 2024 --until 2024, median", Timer.percentile(periodPathTimes, 0.5).milliseconds, "200 random pairs, --max-depth 4")
        report.add(section, "path --since 2024 --until 2024, p99", Timer.percentile(periodPathTimes, 0.99).milliseconds, "\(periodLinked) of 200 pairs linked")
        report.add(
            section, "stats --since 2024 --until 2024", (try Timer.seconds { _ = try store.statistics(period: year) }).milliseconds,
            "a fifth of the evidence, by the date index")

        // What a user runs: the relgraph executable, from opening the database to the file in place.
        let dot = folder.appendingPathComponent("graph.dot").path
        var exportTimes: [Double] = []
        var peak = 0
        for _ in 0..<3 {
            exportTimes.append(try Timer.seconds {
                peak = max(peak, Int(try RelgraphProcess.run(["export", "--db", path, "--format", "dot", "--output", dot]).ru_maxrss) / 1024)
            })
        }
        let dotBytes = (try? FileManager.default.attributesOfItem(atPath: dot)[.size] as? Int) ?? 0
        report.add(
            section, "DOT export, median of 3", String(format: "%.2f s", Timer.percentile(exportTimes, 0.5)),
            String(format: "relgraph export --format dot: %.0f MB of DOT, peak memory %d MB", Double(dotBytes) / 1e6, peak))
    }

    /// Entity names: people first (with titles), then organizations, countries last; the
    /// earlier an entity, the more edges it gets.
    static func names(count: Int, random: inout SplitMix) -> [(type: EntityType, name: String, role: String?)] {
        var seen = Set<String>()
        var result: [(type: EntityType, name: String, role: String?)] = []
        result.reserveCapacity(count)
        let letters = Array("ABCDEFGHIJKLMNOPRSTVWZ")
        while result.count < count {
            let i = result.count
            // Real graphs: mostly people, some organizations, a couple of hundred countries.
            let type: EntityType = i % 500 == 0 ? .country : (i % 5 == 0 ? .organization : .person)
            let stem = random.pick(Pools.surnameStarts) + random.pick(Pools.surnameEnds)
            let name: String
            switch type {
            case .person: name = "\(random.pick(Pools.firstNames)) \(random.pick(letters)). \(stem)"
            case .organization:
                let second = random.pick(Pools.surnameStarts) + random.pick(Pools.surnameEnds).lowercased()
                name = "\(stem)-\(second) \(random.pick(["Front", "Party", "Institute", "Council", "Brigades", "Group"]))"
            case .country: name = "Republic of \(stem)\(random.pick(["ia", "stan", "land", "a"]))"
            }
            guard seen.insert(name).inserted else { continue }
            result.append((type, name, type == .person ? random.pick(Pools.titles) : nil))
        }
        return result
    }

    static func edges(count: Int, entities: Int, names: [(type: EntityType, name: String, role: String?)], seed: UInt64) -> some Sequence<GraphStore.SyntheticEdge> {
        var random = SplitMix(seed: seed ^ 0xED6E)
        return (0..<count).lazy.map { _ in
            let source = random.skewed(entities, power: 2)
            let target = random.skewed(entities, power: 2)
            let relation = RelationType.allCases[Int(random.next() % UInt64(RelationType.allCases.count))]
            return GraphStore.SyntheticEdge(
                source: source, relation: relation, target: target,
                sentence: "\(names[source].name) \(relation.phrase) \(names[target].name) on \(random.pick(Pools.days)), officials said.")
        }
    }
}

extension Int {
    var grouped: String { Double(self).grouped }
}
