import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The relgraph executable built beside this benchmark, run as a child process so that its
/// time is a user's time and its peak memory can be read from the kernel.
enum RelgraphProcess {
    static var executable: String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("relgraph").path
    }

    /// Runs `relgraph arguments…` to completion and returns its resource usage (`ru_maxrss`
    /// in KiB on Linux).
    static func run(_ arguments: [String]) throws -> rusage {
        let command = [executable] + arguments
        var pid: pid_t = 0
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, command[0], nil, nil, argv, environ) == 0 else {
            throw BenchError.relgraphFailed("cannot start \(command[0]); build it with swift build -c release")
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        guard status == 0 else { throw BenchError.relgraphFailed("\(command.joined(separator: " ")) exited with status \(status)") }
        return usage
    }
}
