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
