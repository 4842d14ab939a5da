import Foundation
import RelgraphModel
import Testing

@testable import RelgraphIngest

/// The first lines of a plain-text article, cut among bytes where the text allows, are the
/// lines walking its characters cuts.
@Suite("Top lines")
struct TopLinesTests {
    static let paragraph = String(repeating: "Iran backs Hamas, officials said on Monday. ", count: 12)

    static let texts: [String] = [
        "",
        "\n",
        "Headline\n\nMarch 3, 2024\n\n\(paragraph)\n\n\(paragraph)\n",
        "  Headline with spaces  \n \n\tTabbed line\t\nA\nB\nC\nD\nE\nF\nG\nH",
        // No line end within the first 4,000 characters, and one just after.
        String(repeating: "x", count: 5_000),
        String(repeating: "y", count: 3_999) + "\nnext line",
        String(repeating: "z", count: 4_000) + "\nnext line",
        // A combining mark just after the 4,000th character joins it.
        String(repeating: "e", count: 4_000) + "\u{301} and more",
        // Characters of several bytes: the 4,000th character lies past byte 4,000.
        String(repeating: "é", count: 1_500) + "\nline\n" + String(repeating: "ü", count: 2_000) + "\nlast\nline\nafter",
        String(repeating: "e\u{301}", count: 1_000) + "\n\n" + String(repeating: "Zoë — ", count: 300) + "\nmore",
        String(repeating: "é\n", count: 3) + String(repeating: "\n", count: 10) + "x",
        // A carriage return joins the newline after it.
        "Headline\r\n\r\nMarch 3, 2024\r\n\(paragraph)",
        "Headline\r\rBody",
        "Erdoğan visits Kyiv\n\nANKARA, March 3 — \(paragraph)",
        "Headline\n\u{301}Mark after a newline\n\(paragraph)",
    ]

    @Test("cutting among bytes gives the lines walking characters gives", arguments: texts)
    func sameLines(text: String) {
        #expect(PlainTextMetadata.topLines(of: text) == PlainTextMetadata.topLines(of: text, walkingCharacters: true))
    }

    @Test("a line of 60 characters, however many bytes, is read for a date; one of 61 is not", arguments: [" ", "é"])
    func dateLineLength(padding: String) {
        let label = "Published on "
        let sixty = label + "March 3, 2024" + String(repeating: padding, count: 34)
        #expect(sixty.count == 60)
        #expect(PlainTextMetadata.dateOnly(sixty) == DocumentDate(String(sixty.dropFirst(label.count))))
        #expect(PlainTextMetadata.dateOnly("Published on March 3, 2024") != nil)
        #expect(PlainTextMetadata.dateOnly(sixty + padding) == nil)
    }

    @Test("a line with no hyphen or dash bytes is no dateline; one with a dash may be")
    func datelineDash() {
        #expect(!PlainTextMetadata.Dateline.mayHoldDash("WASHINGTON, March 3 (AP) The president said"))
        #expect(PlainTextMetadata.Dateline.mayHoldDash("WASHINGTON, March 3 — The president said"))
        #expect(PlainTextMetadata.Dateline("WASHINGTON, March 3, 2024 — The president said")?.written == "March 3, 2024")
    }

    @Test(
        "a line whose first 61 bytes are single characters is too long for a date; one with a carriage return or a wider character is counted",
        arguments: [
            (String(repeating: "a", count: 61), true), (String(repeating: "a", count: 60), false),
            (String(repeating: "a", count: 59) + "\r\n", false), (String(repeating: "a", count: 60) + "é", false),
            ("é" + String(repeating: "a", count: 70), false),
        ])
    func asciiLength(line: String, tooLong: Bool) {
        #expect(PlainTextMetadata.startsWithASCIICharacters(line, count: 61) == tooLong)
        if tooLong { #expect(line.count > 60) }
    }

    @Test(
        "a dateline needs a comma, a space and a month's first letters before its dash; without them the pattern is not tried",
        arguments: [
            ("MEXICO CITY — Qatari Vice President Boris Enderier held talks", nil),
            ("KYIV, Ukraine, Sept. 24 (AP) — The attack", "Sept. 24"),
            ("WASHINGTON, Dec 3 — The president said", "Dec 3"),
            ("WASHINGTON,March 3 — no space after the comma", nil),
            ("WASHINGTON, march 3 — a lowercase month", nil),
            ("ANKARA, Monday — no month", nil),
        ])
    func datelineMonth(line: String, written: String?) {
        #expect(PlainTextMetadata.Dateline(line)?.written == written)
        if written != nil { #expect(PlainTextMetadata.Dateline.mayHoldMonth(line)) }
    }

    @Test("NUL bytes and carriage returns are found in a text's bytes")
    func bytesFound() throws {
        #expect(DocumentText.contains(0, in: "a\u{0}b"))
        #expect(!DocumentText.contains(0, in: "abc"))
        #expect(DocumentText.contains(UInt8(ascii: "\r"), in: "a\r\nb"))
        #expect(!DocumentText.contains(UInt8(ascii: "\r"), in: ""))
        #expect(throws: InputError.binary) { try DocumentText.decode(Data([0x41, 0x00, 0x42])) }
        #expect(try DocumentText.decode(Data("a\r\nb\rc".utf8)) == "a\nb\nc")
    }
}
