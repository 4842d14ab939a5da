import Foundation
import RelgraphServer
import Testing

/// Headless Chromium, as `bash .ci/setup` installs it (Debian's `chromium` package).
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM of `url` once loaded and laid out: what a user's browser would show.
    static func dumpDOM(_ url: URL) throws -> String {
        try run(["--dump-dom", url.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        // No sandbox: tests and CI often run as root, where Chromium refuses to sandbox.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-chromium-\(UUID().uuidString)")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("relgraph serve in a real browser", .enabled(if: Chromium.path != nil, "chromium is not installed: bash .ci/setup installs it"))
struct BrowserTests {
    @Test("Chromium draws the SVG of Putin's page, and following a node link opens the neighbour's page")
    func putinPage() async throws {
        try await LiveServer.with(try TestGraphs.seed()) { server in
            let putin = try await server.json("/api/search?q=Putin", as: API.Search.self).value.match!
            let dom = try Chromium.dumpDOM(server.base.appendingPathComponent("entity/\(putin.id)"))
            let svg = dom.svgElement
            #expect(svg.contains("class=\"node\""))
            #expect(dom.contains("<h1>Vladimir Putin</h1>"))
            let neighbor = try #require(svg.hrefs.first { $0.hasPrefix("/entity/") && $0 != "/entity/\(putin.id)" })
            let next = try Chromium.dumpDOM(URL(string: server.base.absoluteString + neighbor)!)
            let expected = try await server.json("/api" + neighbor, as: API.EntityPage.self).value.entity.name
            #expect(next.contains("<h1>\(expected)</h1>"))
            #expect(next.svgElement.contains("href=\"/entity/\(putin.id)\""))
        }
    }
}
