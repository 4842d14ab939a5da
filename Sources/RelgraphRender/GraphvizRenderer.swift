import CGraphviz
import Foundation
import Synchronization

/// Lays out and renders DOT text with the Graphviz C library, in-process.
///
/// Graphviz keeps global state (its error buffer, plugin registry), so every call is
/// serialized through one lock; the renderer itself is a cheap value.
public struct GraphvizRenderer: Sendable {
    /// Output formats relgraph renders to.
    public enum Format: String, Sendable, CaseIterable {
        case svg, png, pdf
    }

    /// Graphviz layout engines.
    public enum Engine: String, Sendable, CaseIterable {
        /// Layered drawing, best for small graphs whose edges have a direction.
        case dot
        /// Force-directed, for medium graphs.
        case neato
        /// Multiscale force-directed, for large graphs (thousands of nodes).
        case sfdp
    }

    public init() {}

    private static let lock = Mutex(())

    /// The engine that draws a graph of this size well and in reasonable time.
    public static func engine(forNodes nodes: Int, edges: Int) -> Engine {
        if nodes <= 150 && edges <= 400 { return .dot }
        if nodes <= 600 { return .neato }
        return .sfdp
    }

    /// Checks DOT text with Graphviz's own parser.
    ///
    /// - Throws: ``RenderError/invalidDOT(_:)`` with Graphviz's message.
    public func validate(_ dot: String) throws {
        try Self.lock.withLock { _ in
            let graph = try Self.parse(dot)
            agclose(graph)
        }
    }

    /// Lays `dot` out with `engine` and renders it.
    ///
    /// - Returns: the rendered bytes (SVG text, PNG or PDF data).
    public func render(_ dot: String, format: Format, engine: Engine) throws -> Data {
        try Self.lock.withLock { _ in
            guard let context = gvContext() else { throw RenderError.graphvizUnavailable }
            defer { gvFreeContext(context) }
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            guard gvLayout(context, graph, engine.rawValue) == 0 else {
                throw RenderError.layoutFailed(engine: engine.rawValue, message: Self.lastError())
            }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format.rawValue, &buffer, &length) == 0, let buffer else {
                throw RenderError.renderFailed(format: format.rawValue, message: Self.lastError())
            }
            defer { gvFreeRenderData(buffer) }
            return Data(bytes: buffer, count: Int(length))
        }
    }

    private static func parse(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        agseterr(AGMAX)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(lastError())
        }
        return graph
    }

    private static func lastError() -> String {
        guard let message = aglasterr() else { return "no message from Graphviz" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Why a graph could not be drawn.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    case graphvizUnavailable
    case invalidDOT(String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)

    public var description: String {
        switch self {
        case .graphvizUnavailable:
            "Graphviz could not start; install the graphviz package (apt-get install graphviz libgraphviz-dev)"
        case .invalidDOT(let message):
            "Graphviz cannot read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            "Graphviz could not lay the graph out with \(engine): \(message); try another --engine"
        case .renderFailed(let format, let message):
            "Graphviz could not render \(format): \(message); is its plugin installed (the graphviz package)?"
        }
    }
}
