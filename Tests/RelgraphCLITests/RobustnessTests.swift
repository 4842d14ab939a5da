import Foundation
import GRDB
import RelgraphCorpus
import Testing

/// Hostile files, broken databases, killed processes and concurrent users: the graph survives.
@Suite("robustness of the command line", .serialized)
struct RobustnessTests {
    static let article = "Iran backs Hamas, officials said.\n"

    /// A file among good ones: its one-line error, or nil when it is ingested as text.
    static let badFiles: [(String, [UInt8]?, String)] = [
        ("missing.txt", nil, "missing.txt: no such file"),
        ("empty.txt", [], "empty.txt: is empty"),
        ("blank.txt", Array(" \n\t\n  ".utf8), "blank.txt: is empty"),
        ("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02], "binary.txt: holds binary data"),
        ("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0x41], "latin1.txt: is not UTF-8"),
    ]

    @Test("each bad input is reported on one line by name, and the good file still goes in", arguments: badFiles)
    func badInput(_ name: String, _ bytes: [UInt8]?, _ message: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let bad = cli.folder.appendingPathComponent(name)
        if let bytes { try Data(bytes).write(to: bad) }
        let good = cli.folder.appendingPathComponent("good.txt")
        try Self.article.write(to: good, atomically: true, encoding: .utf8)
        let result = try cli.run(["ingest", "--db", cli.db, bad.path, good.path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(message), "\(result.errors)")
        #expect(result.output.contains("ingested 1 document"))
    }

    static let utf16: [UInt8] = [0xFF, 0xFE] + "Iran backs Hamas, officials said.\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let disguisedTexts: [(String, [UInt8])] = [
        ("UTF-16 with a byte-order mark", utf16),
        ("Windows line endings", Array("Iran backs Hamas,\r\nofficials said.\r\n".utf8)),
        ("an HTML page", Array(#"<!DOCTYPE html><html><head><title>x</title><script>var a = '<p>';</script></head><body><p>Iran backs Hamas, officials&nbsp;said.</p></body></html>"#.utf8)),
        ("a UTF-8 byte-order mark", [0xEF, 0xBB, 0xBF] + Array("Iran backs Hamas.".utf8)),
    ]

    @Test("text in other clothes is read as text", arguments: disguisedTexts)
    func otherEncodings(_ label: String, _ bytes: [UInt8]) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("article.txt")
        try Data(bytes).write(to: file)
        let result = try cli.run(["ingest", "--db", cli.db, file.path])
        #expect(result.status == 0, "\(result.errors)")
        let evidence = try cli.run(["evidence", "--db", cli.db, "Iran", "backs", "Hamas"])
        #expect(evidence.output.contains("Iran backs Hamas"), "\(evidence.errors)")
        #expect(!evidence.output.contains("<") && !evidence.output.contains("\r"))
    }

    @Test("a folder with a symbolic-link loop is walked once")
    func symlinkLoop() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.article.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let result = try cli.run(["ingest", "--db", cli.db, folder.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("ingested 1 document"))
    }

    @Test("a damaged or foreign database is refused and never modified", arguments: ["not SQLite", "corrupted", "newer schema"])
    func damagedDatabase(_ kind: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        switch kind {
        case "not SQLite":
            try Data("name,country\nPutin,Russia\n".utf8).write(to: URL(fileURLWithPath: cli.db))
        case "corrupted":
            try cli.run(["ingest", "--db", cli.db, "-"], input: Self.article)
            try cli.run(["stats", "--db", cli.db])  // checkpoints the log into the file
            var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.db))
            for i in stride(from: 100, to: bytes.count, by: 7) { bytes[i] = 0xA5 }  // keep the header, wreck the pages
            try bytes.write(to: URL(fileURLWithPath: cli.db))
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cli.db + suffix) }
        default:
            try cli.run(["ingest", "--db", cli.db, "-"], input: Self.article)
            let queue = try DatabaseQueue(path: cli.db)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.db))
        let result = try cli.run(["ingest", "--db", cli.db, "-"], input: "Russia blamed Ukraine.\n")
        #expect(result.status != 0)
        #expect(result.errors.contains(kind == "newer schema" ? "newer" : "not a relgraph database"), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)) == before)
    }

    /// Makes a file or folder read-only: by permissions, and for root, whom permissions do not
    /// stop, by the immutable attribute. Returns whether writing is now refused.
    static func makeReadOnly(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        chmod(path, isFolder.boolValue ? 0o555 : 0o444)
        if geteuid() == 0 { setImmutable(path, true) }
        let probe = isFolder.boolValue ? path + "/probe" : path
        let descriptor = open(probe, O_WRONLY | O_APPEND | (isFolder.boolValue ? O_CREAT : 0), 0o644)
        guard descriptor >= 0 else { return true }
        close(descriptor)
        if isFolder.boolValue { unlink(probe) }
        return false
    }

    static func setImmutable(_ path: String, _ on: Bool) {
        let chattr = Process()
        chattr.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        chattr.arguments = ["chattr", on ? "+i" : "-i", path]
        chattr.standardError = FileHandle.nullDevice
        try? chattr.run()
        chattr.waitUntilExit()
    }

    static func makeWritable(_ path: String) {
        if geteuid() == 0 { setImmutable(path, false) }
        chmod(path, 0o755)
    }

    @Test("a read-only database or folder is refused with a clear error, left as it was, and still answers queries",
        arguments: ["file", "folder"])
    func readOnly(_ what: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--db", cli.db, "-"], input: Self.article)
        try cli.run(["stats", "--db", cli.db])  // checkpoints the log into the file
        let target = what == "file" ? cli.db : cli.folder.path
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.db))
        guard Self.makeReadOnly(target) else {
            Self.makeWritable(target)
            withKnownIssue("this machine cannot make a \(what) read-only") { Issue.record("not checked") }
            return
        }
        defer { Self.makeWritable(target) }
        let result = try cli.run(["ingest", "--db", cli.db, "-"], input: "Russia blamed Ukraine.\n")
        #expect(result.status != 0)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 1 && (lines[0].contains("read-only") || lines[0].contains("writable")), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)) == before)
        if what == "file" {
            let neighbors = try cli.run(["neighbors", "--db", cli.db, "Iran"])
            #expect(neighbors.status == 0 && neighbors.output.contains("Hamas"), "\(neighbors.errors)")
        }
    }

    /// A corpus of generated articles in a folder.
    func corpus(_ cli: CLI, documents: Int, name: String = "corpus", from first: Int = 0) throws -> String {
        let folder = cli.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let generator = CorpusGenerator(seed: 11)
        for index in first..<(first + documents) {
            try generator.article(index).write(to: folder.appendingPathComponent(String(format: "%05d.txt", index)), atomically: false, encoding: .utf8)
        }
        return folder.path
    }

    func integrity(_ path: String) throws -> String {
        try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    @Test("kill -9 in the middle of an ingest, ingest again: the same graph as an uninterrupted run")
    func crashSafety() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let articles = try corpus(cli, documents: 1500)
        let reference = cli.folder.appendingPathComponent("reference.sqlite").path
        try cli.run(["ingest", "--quiet", "--db", reference, articles])

        var random = SplitMix(seed: 99)
        for attempt in 0..<3 {
            let victim = cli.folder.appendingPathComponent("killed-\(attempt).sqlite").path
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["ingest", "--quiet", "--db", victim, articles]
            try process.run()
            usleep(useconds_t(100_000 + random.next() % 900_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try integrity(victim) == "ok")
            let again = try cli.run(["ingest", "--quiet", "--db", victim, articles])
            #expect(again.status == 0, "\(again.errors)")
            let expected = try cli.run(["export", "--db", reference, "--format", "json"]).output
            let recovered = try cli.run(["export", "--db", victim, "--format", "json"]).output
            #expect(recovered == expected, "attempt \(attempt): the recovered graph differs")
        }
    }

    @Test("queries and a second ingest run while an ingest writes")
    func concurrentUse() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let first = try corpus(cli, documents: 600, name: "first")
        let second = try corpus(cli, documents: 600, name: "second", from: 600)
        try cli.run(["ingest", "--db", cli.db, "-"], input: Self.article)
        let writers = [first, second].map { folder in
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["ingest", "--quiet", "--db", cli.db, folder]
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for writer in writers { try writer.run() }
        var reads = 0
        while writers.contains(where: \.isRunning) {
            #expect(try cli.run(["neighbors", "--db", cli.db, "Iran"]).status == 0)
            #expect(try cli.run(["export", "--db", cli.db, "--format", "dot"]).status == 0)
            reads += 1
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        #expect(reads > 0)
        #expect(try integrity(cli.db) == "ok")
        struct Summary: Decodable { var documents: Int }
        let stats = try JSONDecoder().decode(Summary.self, from: Data(try cli.run(["stats", "--db", cli.db, "--format", "json"]).output.utf8))
        #expect(stats.documents == 1201)
    }

    @Test(
        "a 100 MB single-line file is ingested (RELGRAPH_LONG_TESTS=1)",
        .enabled(if: ProcessInfo.processInfo.environment["RELGRAPH_LONG_TESTS"] == "1"))
    func hugeLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("huge.txt")
        let unit = "Iran backs Hamas and Putin spoke with Erdogan while the talks went on "
        try String(repeating: unit, count: 100_000_000 / unit.utf8.count).write(to: file, atomically: false, encoding: .utf8)
        let result = try cli.run(["ingest", "--db", cli.db, file.path])
        #expect(result.status == 0, "\(result.errors)")
    }
}
