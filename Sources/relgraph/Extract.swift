import ArgumentParser
import Foundation
import RelgraphExtraction
import RelgraphIngest

extension Relgraph {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and print what each says as one JSON line, without a database.",
            discussion: """
                The map step of a distributed ingest: run it anywhere (GNU parallel, Spark's RDD.pipe, \
                a cluster's jobs), gather the lines, and store them with `relgraph ingest --extracted`. \
                FILE is what `ingest` reads: text files, folders, or - for standard input. Standard \
                input whose first line starts with { is read as JSON Lines, one article per line in a \
                "text" field; its "id" (else "url") names the document, its "date" dates it, and every \
                other field is passed through in the line's "document" object. Lines come out in input \
                order, as each batch is read.
                """)

        @OptionGroup var lexicons: LexiconOptions

        @Option(help: "Extraction threads (default: one per core).")
        var jobs = ProcessInfo.processInfo.activeProcessorCount

        @Argument(help: "Text files, folders, or - for standard input (text, or JSON Lines).")
        var files: [String] = ["-"]

        func validate() throws {
            guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256.") }
        }

        func run() throws {
            let map = MapStep(extractor: Extractor(lexicon: try lexicons.lexicon()), jobs: jobs)
            var output = BufferedOutput()
            let totals = map.run(
                items(),
                write: { output.write($0) },
                failed: { item, error in
                    output.flush()
                    FileHandle.standardError.write(Data("relgraph: \(item.name): \(error)\n".utf8))
                })
            output.flush()
            if totals.failed > 0 { throw ExitCode(1) }
        }

        /// Documents in argument order; standard input as JSON Lines when it looks like them.
        private func items() -> AnySequence<MapItem> {
            AnySequence(
                files.lazy.flatMap { file -> AnySequence<MapItem> in
                    guard file == "-" else { return AnySequence(DocumentInputs(arguments: [file]).lazy.map(MapItem.init)) }
                    guard var lines = try? LineReader(path: "-"), let first = lines.next() else { return AnySequence([]) }
                    if first.drop(while: \.isWhitespace).hasPrefix("{") {
                        var pending: String? = first
                        var number = 0
                        return AnySequence(
                            AnyIterator {
                                while let line = pending ?? lines.next() {
                                    pending = nil
                                    number += 1
                                    if !line.allSatisfy(\.isWhitespace) { return MapItem.jsonLine(line, number: number, in: "<stdin>") }
                                }
                                return nil
                            })
                    }
                    var text = first + "\n"
                    while let line = lines.next() { text += line + "\n" }
                    let whole = text
                    return AnySequence([
                        MapItem(DocumentInput(name: "<stdin>") { try DocumentText.decode(Data(whole.utf8)) })
                    ])
                })
        }
    }
}

/// Standard output in large writes: a line per document would cost a system call each.
struct BufferedOutput {
    private var buffer = Data()

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
