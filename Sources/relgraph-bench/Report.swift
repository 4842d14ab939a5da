import Foundation
import RelgraphCorpus

/// The benchmark's findings, as rows of (section, measure, value, note).
struct Report {
    struct Row {
        var section: String
        var measure: String
        var value: String
        var note: String
    }

    var rows: [Row] = []

    mutating func add(_ section: String, _ measure: String, _ value: String, _ note: String = "") {
        rows.append(Row(section: section, measure: measure, value: value, note: note))
        // Progress for whoever watches a long run; the table comes at the end.
        FileHandle.standardError.write(Data("  \(section): \(measure) = \(value) \(note)\n".utf8))
    }

    mutating func machine() {
        let memory = ProcessInfo.processInfo.physicalMemory
        add("machine", "cores", String(ProcessInfo.processInfo.activeProcessorCount))
        add("machine", "memory", String(format: "%.1f GB", Double(memory) / 1e9))
        add("machine", "system", ProcessInfo.processInfo.operatingSystemVersionString)
    }

    func print(markdown: Bool) {
        let header = ["section", "measure", "value", "note"]
        let cells = rows.map { [$0.section, $0.measure, $0.value, $0.note] }
        let widths = header.indices.map { i in max(header[i].count, cells.map { $0[i].count }.max() ?? 0) }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        Swift.print(line(header))
        Swift.print(line(widths.map { String(repeating: "-", count: $0) }))
        for row in cells { Swift.print(line(row)) }
        guard markdown else { return }
        Swift.print("")
        Swift.print("| " + header.joined(separator: " | ") + " |")
        Swift.print("|" + header.map { _ in " --- |" }.joined())
        for row in cells { Swift.print("| " + row.joined(separator: " | ") + " |") }
    }
}

/// Wall-clock timing.
enum Timer {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The value at `fraction` (0.5 = median) of sorted samples.
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}

extension Double {
    /// "12,345" style: big rates read better with separators.
    var grouped: String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: self)) ?? String(Int(self))
    }

    var milliseconds: String { String(format: "%.3f ms", self * 1000) }
}

/// Writes a generated corpus to disk, one article a file, without holding it in memory.
enum CorpusFiles {
    static func write(_ generator: CorpusGenerator, documents: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<documents {
            let path = (folder as NSString).appendingPathComponent(String(format: "article-%06d.txt", index))
            try generator.article(index).write(toFile: path, atomically: false, encoding: .utf8)
        }
    }
}

/// Word counts as spaCy's timing script counts them: runs of non-whitespace.
func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
        let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        if !space, !inWord { count += 1 }
        inWord = !space
    }
    return count
}
