import Foundation
import RelgraphModel
import Testing

@testable import RelgraphIngest

@Suite("JSON Lines and CSV dumps")
struct RecordReaderTests {
    @Test(
        "the usual field names give text, date, title, link and outlet",
        arguments: [
            #"{"text": "Iran backs Hamas.", "date": "2024-03-01", "title": "T", "url": "https://example.org/a", "source": "Example Wire"}"#,
            #"{"body": "Iran backs Hamas.", "published": "March 1, 2024", "headline": "T", "link": "https://example.org/a", "outlet": "Example Wire"}"#,
            #"{"content": "Iran backs Hamas.", "publish_date": "2024-03-01T10:00:00Z", "Title": "T", "URL": "https://example.org/a", "domain": "Example Wire"}"#,
            #"{"article": "Iran backs Hamas.", "datetime": "Fri, 01 Mar 2024 10:00:00 GMT", "title": "T", "url": "https://example.org/a", "source": {"id": null, "name": "Example Wire"}}"#,
            #"{"content": "Iran backs Hamas.", "publishedAt": "2024-03-01T10:00:00Z", "title": "T", "url": "https://example.org/a", "publisher": "Example Wire"}"#,
        ])
    func jsonFields(_ line: String) throws {
        let records = JSONLinesReader.records(line)
        let article = try #require(records.first).article
        let expected = DocumentMetadata(date: DocumentDate("2024-03-01"), title: "T", url: "https://example.org/a", outlet: "Example Wire")
        #expect(try article.get() == Article(text: "Iran backs Hamas.", metadata: expected))
    }

    @Test("a malformed line, a line that is no object and a record without text are reported by line; the rest are read")
    func jsonBadRecords() throws {
        let text = """
            {"text": "Iran backs Hamas.", "date": "2024-03-01"}
            {"text": "broken
            ["a list"]

            {"title": "no text here", "text": "   "}
            {"text": "Putin called Erdogan.", "date": "sometime last spring"}
            """
        let records = JSONLinesReader.records(text)
        #expect(records.map(\.line) == [1, 2, 3, 5, 6])
        #expect(try records[0].article.get().metadata.date == DocumentDate("2024-03-01"))
        #expect(throws: RecordError.self) { try records[1].article.get() }
        #expect("\(records[1].article)".contains("line 2 is not valid JSON"))
        #expect(records[2].article == .failure(.notAnObject(line: 3)))
        #expect(records[3].article == .failure(.noText(line: 5)))
        let undated = try records[4].article.get()
        #expect(undated.metadata.date == nil)
        #expect(undated.warnings.count == 1 && undated.warnings[0].contains("sometime last spring"))
    }

    @Test("CSV: quoted commas, quotes and line breaks stay in their field, and records are numbered by the line they start on")
    func csvQuoting() throws {
        let text = """
            headline,published,body,link
            "Talks, at last","2024-03-01","Putin called Erdogan.
            They spoke of ""grain"".",https://example.org/a
            Second,2024-03-02,Iran backs Hamas.,https://example.org/b
            """
        let records = CSVRecordsReader.records(text)
        #expect(records.map(\.line) == [2, 4])
        let first = try records[0].article.get()
        #expect(first.text == "Putin called Erdogan.\nThey spoke of \"grain\".")
        #expect(first.metadata.title == "Talks, at last")
        #expect(first.metadata.url == "https://example.org/a")
        #expect(try records[1].article.get().metadata.date == DocumentDate("2024-03-02"))
    }

    @Test("CSV: a row of the wrong width is reported and skipped; a quote that never closes ends the file, reported")
    func csvBadRecords() {
        let text = """
            text,date
            Iran backs Hamas.,2024-03-01
            one,two,three
            ,2024-03-03
            "Putin called Erdogan.,2024-03-04
            Erdogan called Putin.,2024-03-05
            """
        let records = CSVRecordsReader.records(text)
        #expect(records.map(\.line) == [2, 3, 4, 5])
        #expect((try? records[0].article.get()) != nil)
        #expect(records[1].article == .failure(.fieldCount(line: 3, found: 3, expected: 2)))
        #expect(records[2].article == .failure(.noText(line: 4)))
        #expect(records[3].article == .failure(.unterminatedQuote(line: 5)))
    }

    @Test("CSV: a header without a text column is one error that names the columns")
    func csvNoText() {
        let records = CSVRecordsReader.records("title,date\nA,2024-01-01\n")
        #expect(records.count == 1)
        #expect("\(records[0].article)".contains("title, date"))
    }
}
