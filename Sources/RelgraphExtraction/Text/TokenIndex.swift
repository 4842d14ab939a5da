/// A set of token positions of one document, held as one flag per token.
///
/// The readers ask "is this token part of a name?" many times per token; an array read
/// answers it without hashing. Positions outside the document are never members.
struct TokenSet {
    private var flags: [Bool]

    init(tokenCount: Int) {
        flags = Array(repeating: false, count: tokenCount)
    }

    func contains(_ position: Int) -> Bool {
        flags.indices.contains(position) && flags[position]
    }

    mutating func insert(_ position: Int) {
        flags[position] = true
    }

    mutating func formUnion(_ positions: Range<Int>) {
        for position in positions { flags[position] = true }
    }
}

/// A value for some token positions of one document, held as one optional per token.
///
/// Reads like a dictionary keyed by position; positions outside the document have no value.
struct TokenMap<Value> {
    private var values: [Value?]

    init(tokenCount: Int) {
        values = Array(repeating: nil, count: tokenCount)
    }

    subscript(position: Int) -> Value? {
        get { values.indices.contains(position) ? values[position] : nil }
        set { values[position] = newValue }
    }

    subscript(position: Int, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[position] ?? defaultValue() }
        _modify {
            if values[position] == nil { values[position] = defaultValue() }
            yield &values[position]!
        }
    }
}

/// Lists of numbers by token position, built once: one flat array and where each position's
/// list starts, instead of an array per position.
struct TokenLists {
    /// `items[starts[k]..<starts[k + 1]]` is the list of position `k`.
    private var starts: [Int]
    private var items: [Int]

    /// Lists from (position, item) entries; each position lists its items in entry order.
    init(tokenCount: Int, entries: [(position: Int, item: Int)]) {
        var counts = [Int](repeating: 0, count: tokenCount + 1)
        for entry in entries { counts[entry.position + 1] += 1 }
        for k in 0..<tokenCount { counts[k + 1] += counts[k] }
        starts = counts
        var next = counts
        items = [Int](repeating: 0, count: entries.count)
        for entry in entries {
            items[next[entry.position]] = entry.item
            next[entry.position] += 1
        }
    }

    /// The list of a position; empty outside the document.
    subscript(position: Int) -> ArraySlice<Int> {
        guard position >= 0, position + 1 < starts.count else { return [] }
        return items[starts[position]..<starts[position + 1]]
    }
}
