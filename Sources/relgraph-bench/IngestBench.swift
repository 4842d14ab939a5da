import Foundation
import RelgraphCorpus

#if canImport(Glibc)
    import Glibc
#endif

/// End-to-end `relgraph ingest` of generated articles into a new database, run as a child
/// process so that its peak memory can be read from the kernel.
struct IngestBench {
    let generator: CorpusGenerator
    let documents: Int
    let folder: URL
    /// Times spaCy on the same articles, for the whole-process ratio; nil skips it.
    var spaCy: ExtractionBench?
    /// Articles of the corpus spaCy reads (its rate, not its total, is compared).
    var spacyDocuments = 1_000

    func run(into report: inout Report) throws {
        let small = max(documents / 10, 1)
        let smallCorpus = folder.appendingPathComponent("corpus-\(small)").path
        let fullCorpus = folder.appendingPathComponent("corpus-\(documents)").path
        try CorpusFiles.write(generator, documents: small, to: smallCorpus)
        try CorpusFiles.write(generator, documents: documents, to: fullCorpus)

        let smallRun = try ingest(smallCorpus, jobs: 1)
        let oneCore = try ingest(fullCorpus, jobs: 1)
        let twoCores = try ingest(fullCorpus, jobs: 2)
        let section = "ingest, new database"
        report.add(section, "\(documents) articles, 1 core", "\((Double(documents) / oneCore.seconds).grouped) docs/s", String(format: "%.1f s", oneCore.seconds))
        report.add(section, "\(documents) articles, 2 cores", "\((Double(documents) / twoCores.seconds).grouped) docs/s", String(format: "%.1f s", twoCores.seconds))
        report.add(section, "speed-up, 1 → 2 cores", String(format: "%.2f×", oneCore.seconds / twoCores.seconds), "parallel extraction, one SQLite writer")
        let words = (0..<documents).reduce(0) { $0 + wordCount(generator.article($1)) }
        let wholeSection = "whole-process ingest against spaCy"
        let oneCoreRate = Double(words) / oneCore.seconds
        report.add(wholeSection, "relgraph ingest, 1 core", "\(oneCoreRate.grouped) words/s", "\(documents) articles, \(words) words, process start to commit")
        report.add(wholeSection, "relgraph ingest, 2 cores", "\((Double(words) / twoCores.seconds).grouped) words/s", "same articles")
        if let spaCy, let python = spaCy.spacyPython ?? spaCy.defaultPython() {
            let sample = (0..<min(spacyDocuments, documents)).map(generator.article)
            let sampleWords = sample.reduce(0) { $0 + wordCount($1) }
            let spacyRate = Double(sampleWords) / (try spaCy.timeSpaCy(python: python, texts: sample, label: "ingest-sample"))
            report.add(wholeSection, "spaCy sm NER only, 1 core", "\(spacyRate.grouped) words/s", "the first \(sample.count) of the same articles, model load excluded")
            report.add(wholeSection, "relgraph ingest ÷ spaCy NER, 1 core", String(format: "%.0f×", oneCoreRate / spacyRate), "same run")
            report.add(
                wholeSection, "relgraph ingest on 2 cores ÷ spaCy NER on 1", String(format: "%.0f×", Double(words) / twoCores.seconds / spacyRate),
                "same run")
        } else {
            report.add(wholeSection, "spaCy", "skipped", "no spaCy found: run ../shared/peer/setup.sh or pass --spacy-python")
        }
        report.add(section, "peak memory, \(small) articles", "\(smallRun.peakMegabytes) MB", "1 core")
        report.add(section, "peak memory, \(documents) articles", "\(oneCore.peakMegabytes) MB", "1 core; \(twoCores.peakMegabytes) MB with 2")
        report.add(section, "database size", String(format: "%.1f MB", Double(oneCore.databaseBytes) / 1e6), "\(documents) articles")
    }

    struct Outcome {
        var seconds: Double
        var peakMegabytes: Int
        var databaseBytes: Int
    }

    private func ingest(_ corpus: String, jobs: Int) throws -> Outcome {
        let database = folder.appendingPathComponent("ingest-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        let arguments = ["ingest", "--quiet", "--jobs", String(jobs), "--db", database, corpus]
        var usage = rusage()
        let seconds = try Timer.seconds { usage = try RelgraphProcess.run(arguments) }
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        return Outcome(seconds: seconds, peakMegabytes: Int(usage.ru_maxrss) / 1024, databaseBytes: size)
    }
}
