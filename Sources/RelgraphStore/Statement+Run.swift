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

extension Statement {
    /// Executes this statement, which returns no rows, with `values` bound to its parameters
    /// through SQLite's C API.
    ///
    /// The writer's inserts, tens a document, go through here rather than through GRDB's
    /// `execute(arguments:)`, which builds, checks and binds a `StatementArguments` for every
    /// call: that cost a fifth of the writer's time. Nothing else changes: the statement is
    /// GRDB's, run inside GRDB's transaction, and an error is GRDB's `DatabaseError`.
    /// - Precondition: `values` has one value per parameter.
    func run(_ values: SQLValue...) throws {
        try run(values)
    }

    /// ``run(_:)-(SQLValue...)`` with the values in an array.
    func run(_ values: [SQLValue]) throws {
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
        let code = sqlite3_step(sqliteStatement)
        guard code == SQLITE_DONE else {
            let connection = sqlite3_db_handle(sqliteStatement)
            let message = connection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    /// Tells SQLite to copy a bound text, whose Swift storage lives only during the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
