import GRDB
import GRDBSQLite

/// A value the writer binds to a statement's parameter.
enum SQLValue {
    case integer(Int64)
    case text(String)
    case null

    init(_ value: Int64) { self = .integer(value) }
    init(_ value: Int) { self = .integer(Int64(value)) }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }
    init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
}

/// The writer's statements run through SQLite's C API.
///
/// The writer runs tens of statements a document; GRDB's `execute(arguments:)` and `fetchOne`
/// build, check and bind a `StatementArguments` for every call, and read rows through `Row`:
/// that cost a fifth of the writer's time. Nothing else changes: the statements are GRDB's,
/// prepared and cached by it, run inside its transactions, and an error is its `DatabaseError`.
extension Statement {
    /// Executes this statement, which returns no rows, with `values` bound to its parameters.
    /// - Precondition: `values` has one value per parameter.
    func run(_ values: SQLValue...) throws {
        try run(values)
    }

    /// ``run(_:)-(SQLValue...)`` with the values in an array.
    func run(_ values: [SQLValue]) throws {
        bind(values)
        let code = sqlite3_step(sqliteStatement)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// The first column of the first row this query returns with `values` bound to its
    /// parameters, as an integer; nil when it returns no row.
    /// - Precondition: `values` has one value per parameter.
    func firstInteger(_ values: SQLValue...) throws -> Int64? {
        bind(values)
        // Reset once read, so that the statement holds no cursor open.
        defer { sqlite3_reset(sqliteStatement) }
        switch sqlite3_step(sqliteStatement) {
        case SQLITE_ROW: return sqlite3_column_int64(sqliteStatement, 0)
        case SQLITE_DONE: return nil
        case let code: throw failure(code)
        }
    }

    /// The rows this query returns with `values` bound to its parameters, each made by `read`
    /// from the statement while the row is current (see ``integer(_:)`` and ``text(_:)``).
    /// - Precondition: `values` has one value per parameter.
    func rows<Element>(_ values: SQLValue..., read: (Statement) -> Element) throws -> [Element] {
        bind(values)
        defer { sqlite3_reset(sqliteStatement) }
        var rows: [Element] = []
        while true {
            switch sqlite3_step(sqliteStatement) {
            case SQLITE_ROW: rows.append(read(self))
            case SQLITE_DONE: return rows
            case let code: throw failure(code)
            }
        }
    }

    /// Column `index` of the current row as an integer (0 for NULL).
    func integer(_ index: Int32) -> Int64 {
        sqlite3_column_int64(sqliteStatement, index)
    }

    /// Column `index` of the current row as text, nil for NULL: read as GRDB reads a `String`.
    func text(_ index: Int32) -> String? {
        guard sqlite3_column_type(sqliteStatement, index) != SQLITE_NULL, let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        return String(cString: text)
    }

    private func bind(_ values: [SQLValue]) {
        precondition(values.count == Int(sqlite3_bind_parameter_count(sqliteStatement)), "one value per parameter")
        // A statement that failed keeps its error until reset; it was reported then.
        sqlite3_reset(sqliteStatement)
        for (index, value) in zip(Int32(1)..., values) {
            switch value {
            case .integer(let integer): sqlite3_bind_int64(sqliteStatement, index, integer)
            case .text(let text): _ = text.withCString { sqlite3_bind_text(sqliteStatement, index, $0, -1, Self.transient) }
            case .null: sqlite3_bind_null(sqliteStatement, index)
            }
        }
    }

    /// The error of a step that failed, the statement reset for its next use.
    private func failure(_ code: Int32) -> DatabaseError {
        let message = sqlite3_db_handle(sqliteStatement).map { String(cString: sqlite3_errmsg($0)) }
        sqlite3_reset(sqliteStatement)
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// Tells SQLite to copy a bound text, whose Swift storage lives only during the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
