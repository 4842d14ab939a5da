import ArgumentParser
import Foundation
import RelgraphExtraction
import RelgraphStore

extension Relgraph {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and add what they say to the graph.",
            discussion: """
                Each FILE is a UTF-8 text file, a folder (every .txt file inside, recursively) or - \
                for standard input. Each document is stored in its own transaction; a document \
                whose content was ingested before is skipped.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var lexicons: LexiconOptions

        @Flag(name: .shortAndLong, help: "Print only errors.")
        var quiet = false

        @Argument(help: "Text files, folders, or - for standard input.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one file, folder, or - for standard input.") }
        }

        func run() throws {
            let store = try GraphStore(path: database.path)
            let extractor = Extractor(lexicon: try lexicons.lexicon())
            var summary = (documents: 0, skipped: 0, entities: 0, relations: 0, failed: 0)
            for input in DocumentInputs(arguments: files) {
                do {
                    let text = try input.read()
                    let result = try store.ingest(text: text, source: input.name, extraction: extractor.extract(text))
                    if result.isNew {
                        summary.documents += 1
                        summary.entities += result.entitiesAdded
                        summary.relations += result.relationsAdded
                    } else {
                        summary.skipped += 1
                        if !quiet { print("\(input.name): already ingested, skipped") }
                    }
                } catch {
                    summary.failed += 1
                    FileHandle.standardError.write(Data("relgraph: \(input.name): \(error)\n".utf8))
                }
            }
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
