/// The values an entity's documents give for one fact (its role, or its country), and the one
/// it shows: given by the latest dated document; among values whose latest documents share a
/// date (or are all undated), the one most documents give; then the first in byte order.
///
/// The same choice as SQL's `GROUP BY value ORDER BY max(date) DESC, count(*) DESC, value
/// LIMIT 1` over the fact rows, made without the temporary tables SQLite sorts them in: values
/// and dates are told apart and ordered by their bytes, as SQLite's binary collation does, not
/// by Swift's `==` and `<`, which equate canonically equivalent spellings.
struct FactTally {
    private struct Value {
        var text: String
        /// The latest date a document gave with it; nil while none was dated.
        var latest: String?
        var count: Int
    }

    /// Each distinct value, in the order first given (an entity has few).
    private var values: [Value] = []

    /// Counts one document's value, given on `date`.
    mutating func add(_ text: String, date: String?) {
        if let index = values.firstIndex(where: { Self.sameBytes($0.text, text) }) {
            values[index].count += 1
            if let date, Self.precedes(values[index].latest, date) { values[index].latest = date }
        } else {
            values.append(Value(text: text, latest: date, count: 1))
        }
    }

    /// The value shown, nil when no document gave one.
    var chosen: String? {
        values.min { a, b in
            if !Self.sameBytes(a.latest, b.latest) { return Self.precedes(b.latest, a.latest) }
            if a.count != b.count { return a.count > b.count }
            return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
        }?.text
    }

    /// Whether two optional texts are the same bytes (nil only equal to nil).
    static func sameBytes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.utf8.elementsEqual(b.utf8)
        default: false
        }
    }

    /// Whether `a` sorts before `b` as SQLite sorts text: NULL first, then by bytes.
    private static func precedes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): false
        case (nil, _?): true
        case (_?, nil): false
        case (let a?, let b?): a.utf8.lexicographicallyPrecedes(b.utf8)
        }
    }
}
