import Foundation
import RelgraphModel
import Testing

@Suite("Dates as news writes them, and periods")
struct DatesTests {
    @Test(
        "a publication date is read in every usual form",
        arguments: [
            ("2024-03-01", "2024-03-01"),
            ("2024-03-01T09:30:00Z", "2024-03-01"),
            ("2024-03-01T09:30:00+02:00", "2024-03-01"),
            ("2024-03-01 09:30", "2024-03-01"),
            ("2024/03/01", "2024-03-01"),
            ("March 1, 2024", "2024-03-01"),
            ("Mar. 1, 2024", "2024-03-01"),
            ("Sept. 24, 2018", "2018-09-24"),
            ("1 March 2024", "2024-03-01"),
            ("Friday, March 1, 2024", "2024-03-01"),
            ("Fri, 01 Mar 2024 09:30:00 GMT", "2024-03-01"),
            ("  february 29, 2024 ", "2024-02-29"),
            ("1709285400", "2024-03-01"),
            ("1709285400000", "2024-03-01"),
        ])
    func reads(_ written: String, _ iso: String) {
        #expect(DocumentDate(written)?.description == iso)
    }

    @Test(
        "text that is not one whole day is no date",
        arguments: ["yesterday", "2024", "March 2024", "03/01/2024", "2024-02-30", "2023-02-29", "March 32, 2024", "", "2024-3-1x",
                    "the talks of March 1, 2024 in Geneva went on", "In March 1, 2024", "Talks March 1, 2024"])
    func rejects(_ written: String) {
        #expect(DocumentDate(written) == nil)
    }

    @Test("dates order as days do, and round-trip through JSON as ISO text")
    func orderAndCoding() throws {
        let a = try #require(DocumentDate("2023-12-31"))
        let b = try #require(DocumentDate("January 1, 2024"))
        #expect(a < b)
        let metadata = DocumentMetadata(date: b, title: "T", url: "https://example.org/a", outlet: "O")
        let data = try JSONEncoder().encode(metadata)
        #expect(String(decoding: data, as: UTF8.self).contains("\"2024-01-01\""))
        #expect(try JSONDecoder().decode(DocumentMetadata.self, from: data) == metadata)
    }

    @Test(
        "a period's ends take in the whole year, month or day they name",
        arguments: [
            ("2024", "2024", "2024-01-01", "2024-12-31"),
            ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
            ("2024-02-10", "2024-02-10", "2024-02-10", "2024-02-10"),
        ])
    func periodEnds(_ since: String, _ until: String, _ first: String, _ last: String) throws {
        let period = try Period(since: since, until: until)
        #expect(period.contains(DocumentDate(first)))
        #expect(period.contains(DocumentDate(last)))
        let before = try #require(DocumentDate(first)).description == "2024-01-01" ? "2023-12-31" : "2024-01-31"
        #expect(!period.contains(DocumentDate(before)))
        #expect(!period.contains(DocumentDate("2025-01-01")))
        #expect(!period.contains(nil), "an undated document is in no period")
    }

    @Test("an open end leaves that side unbounded")
    func openEnds() throws {
        #expect(try Period(since: "2024-06").contains(DocumentDate("2099-01-01")))
        #expect(try !Period(since: "2024-06").contains(DocumentDate("2024-05-31")))
        #expect(try Period(until: "2014").contains(DocumentDate("1990-05-05")))
    }

    @Test(
        "a bound that is not YYYY, YYYY-MM or YYYY-MM-DD, or a reversed period, is refused with what to write",
        arguments: [("24", nil), ("2024-13", nil), ("2024-02-30", nil), ("March 2024", nil), ("2024-06", "2024-01")] as [(String, String?)])
    func refuses(_ since: String, _ until: String?) {
        #expect {
            try Period(since: since, until: until)
        } throws: { error in
            "\(error)".contains("YYYY-MM") || "\(error)".contains("swap")
        }
    }
}

