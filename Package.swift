// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelgraphExtraction", targets: ["RelgraphExtraction"]),
        .library(name: "RelgraphStore", targets: ["RelgraphStore"]),
        .library(name: "RelgraphIngest", targets: ["RelgraphIngest"]),
        .library(name: "RelgraphExport", targets: ["RelgraphExport"]),
        .library(name: "RelgraphEvaluation", targets: ["RelgraphEvaluation"]),
        .library(name: "RelgraphRender", targets: ["RelgraphRender"]),
        .library(name: "RelgraphServer", targets: ["RelgraphServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Vocabulary shared by every stage: entity kinds, relation kinds, the graph value.
        .target(name: "RelgraphModel"),
        // Text in, entities and relations with evidence out. Pure Swift, no I/O.
        .target(
            name: "RelgraphExtraction",
            dependencies: ["RelgraphModel"],
            exclude: ["Lexicons"]
        ),
        // The adjacency list in SQLite: ingest, merge, query.
        .target(
            name: "RelgraphStore",
            dependencies: [
                "RelgraphModel",
                "RelgraphExtraction",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the writer's inserts (see Statement+Run.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Files in, graph stored: decoding, parallel extraction, batched writes.
        .target(name: "RelgraphIngest", dependencies: ["RelgraphExtraction", "RelgraphStore"]),
        // Graph snapshots to DOT and JSON.
        .target(name: "RelgraphExport", dependencies: ["RelgraphModel"]),
        // The Graphviz C library (libgvc), from Debian's libgraphviz-dev.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // Lays out and renders DOT in-process.
        .target(name: "RelgraphRender", dependencies: ["CGraphviz"]),
        // `relgraph serve`: the graph in a browser, as HTML pages with Graphviz drawings and JSON.
        .target(
            name: "RelgraphServer",
            dependencies: [
                "RelgraphModel", "RelgraphStore", "RelgraphExport", "RelgraphRender", "RelgraphExtraction",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Scores extraction against gold documents in the annotation guidelines' format.
        .target(name: "RelgraphEvaluation", dependencies: ["RelgraphExtraction"]),
        // Deterministic news-like articles of any number, for benchmarks.
        .target(name: "RelgraphCorpus"),
        // `swift run -c release relgraph-bench`: speed and memory, side by side with spaCy.
        .executableTarget(
            name: "relgraph-bench",
            dependencies: [
                "RelgraphCorpus", "RelgraphExtraction", "RelgraphStore", "RelgraphExport", "RelgraphServer",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The thin command-line layer.
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelgraphExtraction", "RelgraphStore", "RelgraphIngest", "RelgraphExport", "RelgraphEvaluation", "RelgraphRender", "RelgraphServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RelgraphExtractionTests", dependencies: ["RelgraphExtraction", "RelgraphCorpus"]),
        .testTarget(name: "RelgraphStoreTests", dependencies: ["RelgraphStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RelgraphExportTests", dependencies: ["RelgraphExport", "RelgraphRender", "RelgraphStore", "RelgraphCorpus"]),
        .testTarget(
            name: "RelgraphServerTests",
            dependencies: [
                "RelgraphServer", "RelgraphStore", "RelgraphIngest", "RelgraphExtraction",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .testTarget(name: "RelgraphEvaluationTests", dependencies: ["RelgraphEvaluation"]),
        .testTarget(name: "RelgraphIngestTests", dependencies: ["RelgraphIngest"]),
        .testTarget(
            name: "RelgraphCLITests",
            dependencies: ["relgraph", "RelgraphCorpus", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures", "DatedNews"]),
    ]
)
