import Foundation
import RelgraphModel
import Testing

@testable import RelgraphIngest

@Suite("HTML pages and plain texts: the date, title and link they carry")
struct ArticleReaderTests {
    func article(_ text: String) throws -> Article {
        try DocumentText.article(Data(text.utf8))
    }

    @Test("an HTML page's head gives og:title, article:published_time, the canonical link and og:site_name")
    func htmlHead() throws {
        let page = """
            <!DOCTYPE html><html><head>
            <title>Talks in Ankara | Example Wire</title>
            <meta property="og:title" content="Erdogan and Putin talk grain &amp; Gaza">
            <meta property="article:published_time" content="2024-03-01T08:00:00Z"/>
            <meta property='og:site_name' content='Example Wire'>
            <link rel="canonical" href="https://example.org/2024/03/talks">
            </head><body>
            <nav><a href="/">Home</a> <a>Facebook</a> <a>Twitter</a></nav>
            <article><p>Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin on Friday.</p></article>
            <button>Share on Facebook</button>
            </body></html>
            """
        let read = try article(page)
        #expect(read.metadata == DocumentMetadata(
            date: DocumentDate("2024-03-01"), title: "Erdogan and Putin talk grain & Gaza", url: "https://example.org/2024/03/talks",
            outlet: "Example Wire"))
        #expect(read.text.contains("Erdogan spoke with Vladimir Putin"))
        #expect(!read.text.contains("Facebook"), "menus and share buttons are page chrome, not the story")
        #expect(read.warnings.isEmpty)
    }

    @Test("without meta tags, <title>, a JSON-LD datePublished or the first <time datetime> will do")
    func htmlFallbacks() throws {
        let jsonLD = try article("""
            <html><head><title> Iran  and Hamas </title>
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-10-09T12:00:00Z"}</script>
            </head><body><p>Iran backs Hamas.</p></body></html>
            """)
        #expect(jsonLD.metadata.title == "Iran and Hamas")
        #expect(jsonLD.metadata.date == DocumentDate("2023-10-09"))
        let time = try article("""
            <html><body><time datetime="2022-02-07">Feb 7</time><p>Macron met Putin in Moscow.</p></body></html>
            """)
        #expect(time.metadata.date == DocumentDate("2022-02-07"))
    }

    @Test("an HTML date that cannot be read is a warning, and the page is still read")
    func htmlBadDate() throws {
        let read = try article(#"<html><head><meta name="date" content="last Tuesday"></head><body><p>Iran backs Hamas.</p></body></html>"#)
        #expect(read.metadata.date == nil)
        #expect(read.warnings.first?.contains("last Tuesday") == true)
        #expect(read.text.contains("Iran backs Hamas."))
    }

    @Test(
        "a plain text's date line or dateline near the top dates it",
        arguments: [
            ("September 24, 2018\n\nPutin called Erdogan.", "2018-09-24"),
            ("2023-06-01\nPutin called Erdogan.", "2023-06-01"),
            ("Grain talks\n\nPublished: March 3, 2024\n\nPutin called Erdogan.", "2024-03-03"),
            ("By a staff writer\nUpdated 2024-03-03 10:00\n\nWASHINGTON, March 3 — Biden called Zelensky.", "2024-03-03"),
            ("WASHINGTON, March 3, 2024 — Biden called Zelensky.", "2024-03-03"),
            ("KYIV, Ukraine, Sept. 24, 2018 (AP) — Poroshenko met Stoltenberg.", "2018-09-24"),
            ("Last updated on Tuesday, March 5, 2024\n\nPutin called Erdogan.", "2024-03-05"),
        ])
    func plainTextDates(_ text: String, _ iso: String) throws {
        let read = try article(text)
        #expect(read.metadata.date?.description == iso)
        #expect(read.warnings.isEmpty)
        #expect(read.text == text, "the text itself is left as it is")
    }

    @Test("a dateline without a year is a warning naming it; the story goes in undated")
    func datelineWithoutYear() throws {
        let read = try article("WASHINGTON, March 3 — Biden called Zelensky on Monday.")
        #expect(read.metadata.date == nil)
        #expect(read.warnings == ["its dateline \"March 3\" gives no year; ingested undated (pass --date to set one)"])
    }

    @Test("a date deep in the story, or one inside a sentence, is not the story's own")
    func noDateInBody() throws {
        let read = try article("Putin called Erdogan on Monday.\n\nThey recalled the accord of March 3, 2014.\n\nMore talks follow.")
        #expect(read.metadata.date == nil)
        #expect(read.warnings.isEmpty)
    }

    @Test("a short first line set apart from the story is its headline; a first sentence is not")
    func headline() throws {
        #expect(try article("Putin and Erdogan talk grain\n\nMarch 3, 2024\n\nPutin called Erdogan.").metadata.title == "Putin and Erdogan talk grain")
        #expect(try article("Putin called Erdogan on Monday.\n\nThey spoke of grain.").metadata.title == nil)
        #expect(try article("Putin called Erdogan on Monday and they spoke of grain").metadata.title == nil)
        #expect(try article("By a staff writer\n\nPutin called Erdogan on Monday.").metadata.title == nil)
    }

    @Test("overriding sets --date, --title and --url and silences a date warning")
    func overriding() throws {
        let input = DocumentInput(name: "x.txt", article: { Article(text: "Biden called Zelensky.", warnings: ["its dateline \"March 3\" gives no year"]) })
        let read = try input.overriding(DocumentMetadata(date: DocumentDate("2024-03-03"), title: "Call")).article()
        #expect(read.metadata == DocumentMetadata(date: DocumentDate("2024-03-03"), title: "Call"))
        #expect(read.warnings.isEmpty)
    }
}

@Suite("Folders and record files become documents")
struct DocumentInputsTests {
    @Test("a folder is walked for .txt, .html, .htm, .jsonl and .csv files; each record is a document named file:line")
    func walk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-inputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        let files = [
            "a.txt": "Iran backs Hamas.", "pages/b.html": "<html><body><p>Putin met Xi.</p></body></html>",
            "pages/c.HTM": "<html><body><p>Xi met Modi.</p></body></html>", "notes.md": "# not news",
            "d.jsonl": "{\"text\": \"Putin called Erdogan.\"}\n{\"text\": \"Erdogan called Putin.\"}\n",
            "e.csv": "text,date\nModi met Putin.,2024-07-09\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let expansion = DocumentInputs(arguments: [folder.path]).expanded()
        let names = expansion.inputs.map { String($0.name.dropFirst(folder.path.count + 1)) }
        #expect(names == ["a.txt", "d.jsonl:1", "d.jsonl:2", "e.csv:2", "pages/b.html", "pages/c.HTM"])
        #expect(try expansion.inputs.map { try $0.read() }.contains { $0.contains("Putin met Xi.") })
        #expect(try expansion.inputs[3].article().metadata.date == DocumentDate("2024-07-09"))
        #expect(expansion.emptyFolders.isEmpty)
    }

    @Test("a folder without any document is reported")
    func emptyFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# notes".write(to: folder.appendingPathComponent("readme.md"), atomically: true, encoding: .utf8)
        let expansion = DocumentInputs(arguments: [folder.path]).expanded()
        #expect(expansion.inputs.isEmpty)
        #expect(expansion.emptyFolders == [folder.path])
    }
}
