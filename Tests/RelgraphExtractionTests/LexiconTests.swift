import Foundation
import Testing

@testable import RelgraphExtraction

@Suite("Lexicons")
struct LexiconTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/RelgraphExtraction/Lexicons")
    static let generated = folder.deletingLastPathComponent().appendingPathComponent("Lexicon/LexiconData.swift")

    /// The Swift source that embeds the lexicon files.
    static func generate() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var lines = [
            "// Generated from the files in Sources/RelgraphExtraction/Lexicons; do not edit by hand.",
            "// After editing a lexicon file, regenerate with:",
            "//     RELGRAPH_REGENERATE_LEXICONS=1 swift test --filter generatedSourceIsCurrent",
            "",
            "/// The text of the built-in lexicon files, compiled into the binary so that relgraph",
            "/// needs no resource files at run time.",
            "enum LexiconData {",
            "    static let files: [(name: String, text: String)] = [",
        ]
        for name in names {
            var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            lines += ["        (\"\(name)\", ##\"\"\"", text, "\"\"\"##),"]
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("the compiled-in lexicon matches the data files")
    func generatedSourceIsCurrent() throws {
        let expected = try Self.generate()
        if ProcessInfo.processInfo.environment["RELGRAPH_REGENERATE_LEXICONS"] == "1" {
            try expected.write(to: Self.generated, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(actual == expected, "run RELGRAPH_REGENERATE_LEXICONS=1 swift test --filter generatedSourceIsCurrent")
    }

    @Test("the built-in lexicon knows countries by name, abbreviation, demonym and seat", arguments: [
        ("U.S.", "United States"), ("Emirati", "United Arab Emirates"), ("Kremlin", "Russia"), ("DPRK", "North Korea"),
        ("Downing Street", "United Kingdom"),
    ])
    func countries(_ form: String, _ country: String) {
        #expect(Lexicon.standard.country(named: form) == country)
    }

    @Test("every word class the rules ask about is a section of words.txt, with words in it")
    func wordClasses() {
        #expect(WordClass.allCases.count <= UInt64.bitWidth, "each class is one bit of a UInt64 mask")
        for wordClass in WordClass.allCases {
            #expect(!Lexicon.standard.words(wordClass.name).isEmpty, "[\(wordClass.name)] is missing from words.txt")
        }
    }

    @Test("a token is asked about its word class through its vocabulary number, any case", arguments: [
        ("Against", WordClass.preposition, true), ("held", .holdVerb, true), ("The", .functionWord, true),
        ("militia", .groupNoun, true), ("Putin", .preposition, false), ("Zanzibarian", .determiner, false),
    ])
    func tokenWordClass(_ word: String, _ wordClass: WordClass, _ expected: Bool) throws {
        let lookedUp = try #require(Tokenizer(lexicon: .standard).tokenize(word).first)
        #expect(Lexicon.standard.isWord(lookedUp, in: wordClass) == expected)
        let plain = try #require(Tokenizer().tokenize(word).first)
        #expect(Lexicon.standard.isWord(plain, in: wordClass) == expected, "a token no lexicon looked up is asked by its text")
    }

    @Test("the vocabulary numbers words in order and finds each by its bytes, however large it grows")
    func vocabulary() {
        var vocabulary = Vocabulary()
        let words = (0..<5_000).map { "w\($0)" } + ["", "é", "al-assad", "u.s."]
        for (n, word) in words.enumerated() { #expect(vocabulary.add(word) == Int32(n)) }
        #expect(vocabulary.add("w17") == 17, "a word added again keeps its number")
        for (n, word) in words.enumerated() where vocabulary.index(of: word) != Int32(n) {
            Issue.record("\(word) should be number \(n), is \(String(describing: vocabulary.index(of: word)))")
        }
        #expect(vocabulary.index(of: "w5000") == nil)
        #expect(vocabulary.words[3] == "w3")
    }

    @Test("a user's lexicon file adds names on top of the built-in ones")
    func userLexicon() throws {
        let lexicon = try Lexicon(files: LexiconData.files + [("organizations-mine.txt", "Northwind Alliance | NWA | militant | Freedonia\n")])
        let document = Extractor(lexicon: lexicon).extract("The NWA said Iran backs it.")
        #expect(document.entity(named: "Northwind Alliance")?.type == .organization)
    }

    @Test("a malformed line names its file and line")
    func malformed() {
        #expect(throws: LexiconError.malformedLine(file: "titles-x.txt", line: 2, text: "Grand Vizier | sultanly")) {
            try Lexicon(files: [("titles-x.txt", "# comment\nGrand Vizier | sultanly\n")])
        }
    }
}
