import ArgumentParser
import Foundation
import RelgraphExtraction
import RelgraphIngest
import RelgraphModel
import RelgraphStore

extension Relgraph {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and add what they say to the graph.",
            discussion: """
                Each FILE is a text file (UTF-8, or UTF-16 with a byte-order mark), an HTML page (.html, \
                .htm; reduced to its text), a JSON Lines (.jsonl) or CSV (.csv) dump of one article a \
                record, a folder (every such file inside, recursively) or - for standard input. Dates, \
                titles, links and outlets come from the records' fields (text/body/content/article, \
                date/published/publish_date/datetime, title/headline, url/link, source/outlet/domain), \
                from a page's head, or from a text's date line or dateline; --date, --title and --url \
                set them for a single document. Documents are stored in batches, each document all or \
                nothing; a document whose content was ingested before is skipped. A file or record that \
                cannot be read is reported (with its line number) and the others still go in; the exit \
                status is then 1. A date that cannot be read is a warning; the document goes in undated.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var lexicons: LexiconOptions

        @Flag(name: .shortAndLong, help: "Print only errors: no progress line, no summary.")
        var quiet = false

        @Option(help: "Extraction threads (default: one per core).")
        var jobs = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "The publication date of the one document (YYYY-MM-DD, or as news writes it: \"March 3, 2024\").")
        var date: String?

        @Option(help: "The headline of the one document.")
        var title: String?

        @Option(help: "The address of the one document.")
        var url: String?

        @Option(help: "The outlet that published the one document.")
        var outlet: String?

        @Flag(help: "Read lines written by `relgraph extract` (files, or - for standard input) instead of articles.")
        var extracted = false

        @Argument(help: "Text, HTML, JSON Lines or CSV files, folders, or - for standard input.")
        var files: [String]

        /// What --date, --title, --url and --outlet say.
        var metadata: DocumentMetadata {
            DocumentMetadata(date: date.flatMap(DocumentDate.init), title: title, url: url, outlet: outlet)
        }

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one file, folder, or - for standard input.") }
            guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256.") }
            if let date, DocumentDate(date) == nil {
                throw ValidationError("--date \"\(date)\" is not a date; write it as 2024-03-01 or March 1, 2024.")
            }
            if !metadata.isEmpty {
                var isFolder: ObjCBool = false
                let one = files.count == 1 && InputFormat(path: files[0]) == .article
                    && !(FileManager.default.fileExists(atPath: files[0], isDirectory: &isFolder) && isFolder.boolValue)
                if !one {
                    throw ValidationError("--date, --title, --url and --outlet describe one document: name a single text or HTML file, or -.")
                }
            }
        }

        func run() throws {
            let lexicon = try lexicons.lexicon()
            let store = try GraphStore(path: database.path, memoryMapped: false, lexicon: lexicon)
            try store.requireWritable()
            if extracted { return try reduce(store) }
            let ingestor = Ingestor(store: store, extractor: Extractor(lexicon: lexicon), jobs: jobs)
            let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let quiet = quiet
            let expansion = DocumentInputs(arguments: files).expanded()
            for folder in expansion.emptyFolders {
                progress.print(
                    "relgraph: \(folder): no documents in this folder (relgraph reads .txt, .html, .htm, .jsonl and .csv files)",
                    toErrors: true)
            }
            let metadata = metadata
            let summary = ingestor.run(
                expansion.inputs.map { $0.overriding(metadata) },
                each: { input, outcome in
                    switch outcome {
                    case .added: break
                    case .alreadyPresent:
                        if !quiet { progress.print("\(input.name): already ingested, skipped") }
                    case .failed(let error):
                        progress.print("relgraph: \(input.name): \(error)", toErrors: true)
                    }
                },
                progress: progress.update,
                warn: { input, warning in progress.print("relgraph: warning: \(input.name): \(warning)", toErrors: true) })
            progress.finish()
            try report(summary)
        }

        /// `--extracted`: the reduce step.
        private func reduce(_ store: GraphStore) throws {
            let summary = ReduceStep(store: store).run(files: files) { location, error in
                FileHandle.standardError.write(Data("relgraph: \(location): \(error)\n".utf8))
            }
            try report(summary)
        }

        private func report(_ summary: Ingestor.Summary) throws {
            if !quiet {
                print(
                    "ingested \(summary.documents) document\(summary.documents == 1 ? "" : "s")"
                        + (summary.skipped > 0 ? " (\(summary.skipped) already present)" : "")
                        + ": \(summary.entities) new entities, \(summary.relations) new relations"
                        + (summary.failed > 0 ? "; \(summary.failed) failed" : ""))
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// "1,200/10,000 documents  310 docs/s  ETA 28 s" on standard error, redrawn in place, only
/// when standard error is a terminal.
struct ProgressLine: Sendable {
    let enabled: Bool

    func update(_ summary: Ingestor.Summary) {
        guard enabled, summary.seconds > 0 else { return }
        let rate = Double(summary.processed) / summary.seconds
        let remaining = rate > 0 ? Double(summary.total - summary.processed) / rate : 0
        let line = "\(summary.processed)/\(summary.total) documents  \(Int(rate)) docs/s  ETA \(Int(remaining.rounded())) s"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// A message on its own line, without tearing the progress line.
    func print(_ message: String, toErrors: Bool = false) {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        (toErrors ? FileHandle.standardError : FileHandle.standardOutput).write(Data((message + "\n").utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
