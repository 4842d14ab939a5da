import ArgumentParser
import Foundation
import RelgraphCorpus

/// `swift run -c release relgraph-bench`: how fast relgraph reads, stores and answers.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph-bench",
        abstract: "Measure relgraph's speed and memory, side by side with spaCy.",
        subcommands: [Run.self, Corpus.self],
        defaultSubcommand: Run.self)
}

extension Bench {
    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a generated news corpus as .txt files.")

        @Option(help: "How many articles.") var documents = 1000
        @Option(help: "The corpus seed: the same seed always gives the same articles.") var seed: UInt64 = 1
        @Option(name: .shortAndLong, help: "The folder to write to.") var output: String

        func run() throws {
            try CorpusFiles.write(CorpusGenerator(seed: seed), documents: documents, to: output)
            print("wrote \(documents) articles to \(output)")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every benchmark and print a table.",
            discussion: """
                Extraction is timed on one core against spaCy's small English model (NER only) on the \
                same texts, when a Python with spaCy is found (--spacy-python, or the venv that \
                ../shared/peer/setup.sh creates). Ingest runs the relgraph executable built beside this one.
                """)

        @Option(help: "Articles for the ingest benchmark (memory is also measured at a tenth of this).")
        var documents = 10_000
        @Option(help: "Corpus seed.") var seed: UInt64 = 1
        @Option(help: "Generated articles timed against spaCy.") var spacyDocuments = 300
        @Option(help: "Entities in the synthetic query graph.") var entities = 100_000
        @Option(help: "Edges in the synthetic query graph.") var edges = 1_000_000
        @Option(help: "A Python with spaCy and en_core_web_sm (default: the ../shared/peer venv if present).")
        var spacyPython: String?
        @Option(help: "Folder of real news documents (.json with a \"text\" field) timed beside the corpus.")
        var realTexts = "../shared/eval/dev"
        @Option(help: "Scratch folder (default: a new temporary folder, removed afterwards).")
        var scratch: String?
        @Option(name: .customLong("only"), help: "Run only this part (repeatable): \(Part.allCases.map(\.rawValue).joined(separator: ", ")).")
        var parts: [Part] = Part.allCases
        @Flag(help: "Also print the table as Markdown, for BENCHMARKS.md.") var markdown = false

        /// The benchmark's three parts, which can be run alone while working on one of them.
        enum Part: String, ExpressibleByArgument, CaseIterable {
            case extraction, ingest, queries, serve
        }

        func run() throws {
            let folder = scratch.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { if scratch == nil { try? FileManager.default.removeItem(at: folder) } }

            var report = Report()
            report.machine()
            let generator = CorpusGenerator(seed: seed)
            if parts.contains(.extraction) {
                try ExtractionBench(generator: generator, documents: spacyDocuments, realTexts: realTexts, spacyPython: spacyPython, folder: folder)
                    .run(into: &report)
            }
            if parts.contains(.ingest) {
                let spaCy = ExtractionBench(generator: generator, documents: spacyDocuments, realTexts: realTexts, spacyPython: spacyPython, folder: folder)
                try IngestBench(generator: generator, documents: documents, folder: folder, spaCy: spaCy).run(into: &report)
            }
            if parts.contains(.queries) {
                try QueryBench(entities: entities, edges: edges, seed: seed, folder: folder).run(into: &report)
            }
            if parts.contains(.serve) {
                try ServeBench(entities: entities, edges: edges, seed: seed, folder: folder).run(into: &report)
            }
            report.print(markdown: markdown)
        }
    }
}
