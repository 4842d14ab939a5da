import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("relgraph serve, the command")
struct ServeCommandTests {
    @Test("serve on a database that does not exist says how to build one and creates nothing")
    func missingDatabase() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["serve", "--db", cli.db, "--port", "0"])
        #expect(result.status != 0)
        #expect(result.errors.contains("does not exist"))
        #expect(result.errors.contains("relgraph ingest"))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test("serve prints its address, answers over HTTP, stops on SIGTERM and leaves the database as it was")
    func servesReadOnly() async throws {
        let cli = try CLI()
        defer { cli.remove() }
        try cli.run(["ingest", "--quiet", "--db", cli.db, cli.fixture("sample-article.txt"), cli.fixture("second-article.txt")])
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.db))
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--db", cli.db, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line names the address.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let address = try #require(text.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let (data, response) = try await URLSession.shared.data(from: URL(string: address + "api/search?q=Putin")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let match = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["match"] as? [String: Any]
        #expect(match?["name"] as? String == "Vladimir Putin")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)) == before)
    }
}
