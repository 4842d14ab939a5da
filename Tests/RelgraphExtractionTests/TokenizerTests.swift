import Testing

@testable import RelgraphExtraction

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("keeps initialisms, hyphenated names and inner apostrophes whole")
    func wholeWords() {
        let words = Tokenizer().tokenize("U.S. envoys met al-Assad's O'Brien in Cote d'Ivoire.").map(\.text)
        #expect(words == ["U.S.", "envoys", "met", "al-Assad", "O'Brien", "in", "Cote", "d'Ivoire", "."])
    }

    @Test("notes possessives on the word, with straight or curly apostrophes", arguments: [
        "Russia's war", "Russia\u{2019}s war", "Hamas' leaders",
    ])
    func possessive(_ text: String) throws {
        let first = try #require(Tokenizer().tokenize(text).first)
        #expect(first.isPossessive)
        #expect(!first.text.contains("'"))
    }

    @Test("keeps numbers with separators together")
    func numbers() {
        #expect(Tokenizer().tokenize("over 1,300 people and 2.7 billion").map(\.text) == ["over", "1,300", "people", "and", "2.7", "billion"])
    }

    @Test("each token knows its case and hyphen, in any script", arguments: [
        ("Putin", true, false, false), ("NATO", true, true, false), ("U.S.", true, true, false), ("envoys", false, false, false),
        ("Élysée", true, false, false), ("ÖZGÜR", true, true, false), ("al-Sisi", false, false, true), ("Iran-backed", true, false, true),
        ("A", true, false, false),
    ])
    func flags(_ word: String, _ capitalized: Bool, _ allCaps: Bool, _ hyphenated: Bool) throws {
        let token = try #require(Tokenizer().tokenize(word).first)
        #expect(token.text == word)
        #expect(token.lowercased == word.lowercased())
        #expect(token.isCapitalized == capitalized)
        #expect(token.isAllCaps == allCaps)
        #expect(token.isHyphenated == hyphenated)
    }

    @Test("byte offsets point into the UTF-8 text past accents, dashes and curly apostrophes")
    func offsets() throws {
        let text = "Erdoğan — Türkiye\u{2019}s leader — met Lula, 1,300 km away."
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.text) == ["Erdoğan", "—", "Türkiye", "leader", "—", "met", "Lula", ",", "1,300", "km", "away", "."])
        let bytes = Array(text.utf8)
        for token in tokens where !token.isPossessive {
            #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self) == token.text)
        }
        let country = try #require(tokens.first { $0.text == "Türkiye" })
        #expect(country.isPossessive)
        #expect(String(decoding: bytes[country.start..<country.end], as: UTF8.self) == "Türkiye\u{2019}s")
    }

    @Test("a single capital before a period is no initialism at the end of a sentence")
    func planA() {
        #expect(Tokenizer().tokenize("They chose plan A. Then").map(\.text) == ["They", "chose", "plan", "A", ".", "Then"])
    }
}

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer().tokenize(text)
        return SentenceSplitter(abbreviations: Lexicon.standard.words("abbreviation")).split(tokens, in: text).map(\.text)
    }

    @Test("abbreviations and initials do not end sentences")
    func abbreviations() {
        #expect(sentences("Fighting began on Oct. 7 in the south. Mr. Smith left.") == [
            "Fighting began on Oct. 7 in the south.", "Mr. Smith left.",
        ])
    }

    @Test("line breaks end headlines, which carry no period")
    func headlines() {
        #expect(sentences("Leaders meet in Paris\n\nThe talks began on Monday.") == ["Leaders meet in Paris", "The talks began on Monday."])
    }

    @Test("closing quotes stay with their sentence")
    func quotes() {
        #expect(sentences("\u{2018}We will help,\u{2019} he said. \u{201C}Now.\u{201D} She left.") == [
            "\u{2018}We will help,\u{2019} he said.", "\u{201C}Now.\u{201D}", "She left.",
        ])
    }
}
