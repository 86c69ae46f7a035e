import GRDB

extension Store {
    /// A connection of the store to run a diagnostic query on.
    enum Connection {
        /// The single writer connection.
        case writer
        /// A reader connection (the writer itself for an in-memory store).
        case reader
    }

    /// The first column of the first row of `sql`, as an integer (tests and diagnostics).
    func intValue(_ sql: String, on connection: Connection = .writer) throws -> Int? {
        try value(on: connection) { db in try Int.fetchOne(db, sql: sql) }
    }

    /// The first column of the first row of `sql`, as a string (tests and diagnostics).
    func stringValue(_ sql: String, on connection: Connection = .writer) throws -> String? {
        try value(on: connection) { db in try String.fetchOne(db, sql: sql) }
    }

    /// Executes `sql` on the writer, outside any transaction (tests and diagnostics).
    func execute(_ sql: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    private func value<T>(on connection: Connection, _ fetch: (Database) throws -> T) throws -> T {
        switch connection {
        case .writer: try writer.writeWithoutTransaction(fetch)
        case .reader: try writer.read(fetch)
        }
    }
}
