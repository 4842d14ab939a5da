import ArgumentParser
import Foundation
import RelgraphEvaluation
import RelgraphExtraction
import RelgraphModel

extension Relgraph {
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against gold documents.",
            discussion: """
                Each GOLD file is a JSON document in the annotation guidelines' format: its "text", \
                the "entities" and "relations" a careful reader finds, optional items marked \
                "optional": true. Prints precision, recall and F1 per entity type and relation type, \
                and the accuracy of people's roles and countries. Nothing is written to a database.
                """)

        @Argument(help: "Gold JSON files.")
        var gold: [String]

        @OptionGroup var lexicons: LexiconOptions

        @Flag(name: .shortAndLong, help: "List each document's misses and false alarms.")
        var verbose = false

        func run() throws {
            let extractor = Extractor(lexicon: try lexicons.lexicon())
            var evaluation = Evaluation()
            for path in gold {
                let document: GoldDocument
                do {
                    document = try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                } catch {
                    throw ValidationError("\(path) is not a gold document: \(error.localizedDescription)")
                }
                evaluation.add(document, extractor.extract(document.text))
            }
            if verbose {
                var last = ""
                for (document, message) in evaluation.errors {
                    if document != last { print("== \(document)") }
                    last = document
                    print("   \(message)")
                }
            }
            func line(_ label: String, _ c: Counts) -> [String] {
                [label, String(format: "%.3f", c.precision), String(format: "%.3f", c.recall), String(format: "%.3f", c.f1),
                 "\(c.truePositives)", "\(c.falsePositives)", "\(c.falseNegatives)"]
            }
            var rows: [[String]] = []
            for type in EntityType.allCases { rows.append(line("entity \(type.rawValue)", evaluation.entities[type] ?? Counts())) }
            rows.append(line("entities, all", evaluation.allEntities))
            for relation in [RelationType.spokeWith, .backs, .blamed] {
                rows.append(line("relation \(relation.rawValue)", evaluation.relations[relation] ?? Counts()))
            }
            rows.append(line("relations, all", evaluation.allRelations))
            print(Output.table(header: ["", "P", "R", "F1", "tp", "fp", "fn"], rows: rows))
            print(String(format: "role/country accuracy %.3f (%d/%d), %d documents",
                         evaluation.attributeAccuracy, evaluation.attributes.correct, evaluation.attributes.total, evaluation.documents))
        }
    }
}

/// `--lexicon FILE`: the user's own lexicon files, added to the built-in ones.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "A lexicon file to add to the built-in ones (repeatable).",
            discussion: "Name it after the kind it adds to: countries*.txt, organizations*.txt, people*.txt, titles*.txt, words*.txt or relations*.txt."))
    var files: [String] = []

    func lexicon() throws -> Lexicon {
        let contents = try files.map { path -> (name: String, text: String) in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("cannot read the lexicon file \(path)")
            }
            return ((path as NSString).lastPathComponent, text)
        }
        do {
            return try Lexicon.standard(adding: contents)
        } catch let error as LexiconError {
            throw ValidationError(error.description)
        }
    }
}
