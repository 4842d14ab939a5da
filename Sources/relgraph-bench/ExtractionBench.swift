import Foundation
import RelgraphCorpus
import RelgraphExtraction

/// Extraction throughput on one core, relgraph against spaCy's small model with only its
/// named-entity recognizer, on the same texts in the same run.
struct ExtractionBench {
    let generator: CorpusGenerator
    let documents: Int
    let realTexts: String
    let spacyPython: String?
    let folder: URL

    static let peerScript = "../shared/peer/spacy_ner.py"

    func run(into report: inout Report) throws {
        let sets = [("generated", (0..<documents).map(generator.article)), ("real news", try readRealTexts())]
        let python = spacyPython ?? defaultPython()
        if python == nil {
            report.add("extraction", "spaCy", "skipped", "no spaCy found: run ../shared/peer/setup.sh or pass --spacy-python")
        }
        for (label, texts) in sets where !texts.isEmpty {
            let words = texts.reduce(0) { $0 + wordCount($1) }
            let extractor = Extractor()
            _ = extractor.extract(texts[0])
            // A small set is read several times over, so that the clock measures more than noise;
            // best of three: the least disturbed run is the closest to the code's own cost.
            let rounds = max(1, 50_000 / max(words, 1))
            let seconds = (0..<3).map { _ in
                Timer.seconds { for _ in 0..<rounds { for text in texts { _ = extractor.extract(text) } } }
            }.min()! / Double(rounds)
            let rate = Double(words) / seconds
            report.add(
                "extraction, 1 core", "relgraph, \(label)", "\(rate.grouped) words/s",
                "\(texts.count) docs, \(words) words, \(String(format: "%.4f", seconds)) s" + (rounds > 1 ? " (mean of \(rounds) readings)" : ""))
            guard let python else { continue }
            let spacySeconds = try timeSpaCy(python: python, texts: texts, label: label)
            let spacyRate = Double(words) / spacySeconds
            report.add("extraction, 1 core", "spaCy sm NER only, \(label)", "\(spacyRate.grouped) words/s", String(format: "%.3f s", spacySeconds))
            report.add("extraction, 1 core", "relgraph ÷ spaCy, \(label)", String(format: "%.0f×", spacySeconds / seconds), "same texts, same run")
        }
    }

    private func readRealTexts() throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: realTexts) else { return [] }
        return try names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: realTexts).appendingPathComponent(name))
            return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["text"] as? String
        }
    }

    func defaultPython() -> String? {
        let venv = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/relgraph-peer-venv/bin/python"
        return FileManager.default.isExecutableFile(atPath: venv) && FileManager.default.fileExists(atPath: Self.peerScript) ? venv : nil
    }

    /// spaCy's own timing of `nlp.pipe` over the texts (model loading excluded), on one thread.
    func timeSpaCy(python: String, texts: [String], label: String) throws -> Double {
        let textFolder = folder.appendingPathComponent("spacy-\(label.replacingOccurrences(of: " ", with: "-"))")
        try FileManager.default.createDirectory(at: textFolder, withIntermediateDirectories: true)
        let files = try texts.enumerated().map { index, text in
            let file = textFolder.appendingPathComponent(String(format: "%05d.txt", index))
            try text.write(to: file, atomically: false, encoding: .utf8)
            return file.path
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.peerScript, "--only-ner", "--time", "--quiet"] + files
        var environment = ProcessInfo.processInfo.environment
        for variable in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"] { environment[variable] = "1" }
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "spacy MODEL ner-only: N docs, W words, 1.234 s, R words/s"
        guard process.terminationStatus == 0,
            let match = output.firstMatch(of: /words, ([0-9.]+) s,/), let seconds = Double(match.1)
        else {
            throw BenchError.peerFailed(output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return seconds
    }
}

enum BenchError: Error, CustomStringConvertible {
    case peerFailed(String)
    case relgraphFailed(String)

    var description: String {
        switch self {
        case .peerFailed(let output): "spaCy's timing script failed; check ../shared/peer/setup.sh: \(output)"
        case .relgraphFailed(let output): "relgraph failed during the benchmark: \(output)"
        }
    }
}
