import ArgumentParser
import Dispatch
import Foundation
import RelgraphServer
import RelgraphStore

extension Relgraph {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explore the graph in a browser: search, entity pages with drawings, evidence, paths, JSON.",
            discussion: """
                Opens the database read-only and serves it on the loopback interface by default. \
                Pages: / (search, most connected), /entity/ID, /edge/ID, /path; JSON under /api. \
                Example: relgraph serve --db demo.sqlite, then open http://127.0.0.1:8080/
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
        @Option(help: "The address to listen on; anything but loopback shows the graph to the network.") var host = "127.0.0.1"

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        }

        func run() throws {
            guard FileManager.default.fileExists(atPath: database.path) else {
                throw ValidationError("\(database.path) does not exist; build a graph first with `relgraph ingest --db \(database.path) FILES`.")
            }
            let server = GraphServer(store: try GraphStore(path: database.path, readOnly: true), host: host, port: port)
            let host = host
            let path = database.path
            let outcome = ServeOutcome()
            Task {
                do {
                    try await server.run(gracefulShutdownSignals: true) { port in
                        // Unbuffered, so that a script reading the output sees the address at once.
                        FileHandle.standardOutput.write(Data("relgraph: serving \(path) at http://\(host):\(port)/ (Ctrl-C stops)\n".utf8))
                    }
                } catch {
                    outcome.failure = error
                }
                outcome.done.signal()
            }
            // The server runs on Swift's task pool; this thread only waits for it to stop.
            outcome.done.wait()
            if let failure = outcome.failure { throw failure }
        }
    }
}

/// How the server task ended, handed back to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    /// Written by the server task before `done` is signalled, read after.
    var failure: (any Error)?
}
