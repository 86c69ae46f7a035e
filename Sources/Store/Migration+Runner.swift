import GRDB

extension Migration {
    /// Brings the database up to the newest of `migrations`, all in ONE `BEGIN IMMEDIATE` transaction.
    ///
    /// The current version is read inside that transaction, so two processes opening a fresh file at the same
    /// moment cannot both apply a step: the second waits for the write lock (busy timeout), then finds nothing to do.
    /// If any step throws, everything rolls back, `user_version` included.
    ///
    /// - Parameter migrations: Steps in strictly increasing version order (see ``Migration/all``).
    /// - Throws: ``StoreError/newerSchema(found:known:)`` if the file is newer than the newest step,
    ///   or the error of the failing step.
    static func run(_ migrations: [Migration], on writer: any DatabaseWriter) throws {
        let known = migrations.last?.version ?? 0
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                guard current <= known else {
                    throw StoreError.newerSchema(found: current, known: known)
                }
                for migration in migrations where migration.version > current {
                    try migration.apply(db)
                    try db.execute(sql: "PRAGMA user_version = \(migration.version)")
                }
                return .commit
            }
        }
    }
}
