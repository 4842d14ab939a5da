import Foundation
import Hummingbird
import Logging
import NIOCore
import RelgraphStore

/// `relgraph serve`: the ``GraphViewer``'s pages and JSON over HTTP, with Hummingbird.
///
/// Routes: `/`, `/search?q=`, `/entity/ID`, `/edge/ID`, `/path?from=&to=`, `/api` (the JSON
/// endpoints' list) and `/api/stats`, `/api/search`, `/api/entity/ID`, `/api/edge/ID`,
/// `/api/path`. Every response forbids scripts and outside resources through its
/// Content-Security-Policy, a second wall behind the escaping.
public struct GraphServer: Sendable {
    public let viewer: GraphViewer
    public var host: String
    public var port: Int
    /// How much the server logs to standard error: warnings by default.
    public var logLevel: Logger.Level = .warning

    /// - Parameters:
    ///   - store: the graph, best opened read-only.
    ///   - port: 0 picks a free port (see `onRunning`).
    public init(store: GraphStore, host: String = "127.0.0.1", port: Int = 8080) {
        viewer = GraphViewer(store: store)
        self.host = host
        self.port = port
    }

    /// Serves until the task is cancelled (or, with `gracefulShutdownSignals`, until SIGINT/SIGTERM).
    ///
    /// - Parameter onRunning: called with the port the server listens on, once it does.
    public func run(gracefulShutdownSignals: Bool = false, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "relgraph.serve")
        logger.logLevel = logLevel
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "relgraph"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        // Cancelling the task shuts the server down gracefully too.
        try await app.runService(gracefulShutdownSignals: gracefulShutdownSignals ? [.sigterm, .sigint] : [])
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        let viewer = viewer
        router.get("/") { _, _ in try Self.respond { try viewer.home() } }
        router.get("/search") { request, _ in try Self.respond { try viewer.search(Self.query(request)["q"] ?? "") } }
        router.get("/entity/:id") { request, context in
            try Self.respond { try viewer.entity(id: try Self.id(context), query: try ViewQuery(query: Self.query(request))) }
        }
        router.get("/edge/:id") { request, context in
            try Self.respond { try viewer.edge(id: try Self.id(context), period: try PagePeriod(query: Self.query(request))) }
        }
        router.get("/path") { request, _ in
            let query = Self.query(request)
            return try Self.respond { try viewer.path(from: query["from"], to: query["to"], period: try PagePeriod(query: query)) }
        }
        router.get("/api") { _, _ in try Self.respond { viewer.apiIndex() } }
        router.get("/api/stats") { _, _ in try Self.respond(json: true) { try viewer.homeAPI() } }
        router.get("/api/search") { request, _ in try Self.respond(json: true) { try viewer.searchAPI(Self.query(request)["q"] ?? "") } }
        router.get("/api/entity/:id") { request, context in
            try Self.respond(json: true) { try viewer.entityAPI(id: try Self.id(context), query: try ViewQuery(query: Self.query(request))) }
        }
        router.get("/api/edge/:id") { request, context in
            try Self.respond(json: true) { try viewer.edgeAPI(id: try Self.id(context), period: try PagePeriod(query: Self.query(request))) }
        }
        router.get("/api/path") { request, _ in
            let query = Self.query(request)
            return try Self.respond(json: true) {
                try viewer.pathAPI(from: query["from"] ?? "", to: query["to"] ?? "", period: try PagePeriod(query: query))
            }
        }
        return router
    }

    /// A page as a response; a bad parameter becomes a 400 page, an unknown id a 404.
    static func respond(json: Bool = false, _ make: () throws -> Page) throws -> Response {
        let page: Page
        do {
            page = try make()
        } catch let error as ViewerError {
            page = GraphViewer.failure(error, json: json)
        }
        var headers: HTTPFields = [
            .contentType: page.contentType,
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if let location = page.location { headers[.location] = location }
        return Response(status: .init(code: page.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.body)))
    }

    static func id(_ context: BasicRequestContext) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw ViewerError.notFound(what: "the id \"\(text)\"") }
        return id
    }

    static func query(_ request: Request) -> [String: String] {
        QueryString.parse(request.uri.query ?? "")
    }
}

/// A URL query as a form sends it: `+` for spaces, percent-encoded bytes; the first of
/// repeated names wins.
enum QueryString {
    static func parse(_ query: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            if result[name] == nil { result[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }
}
