import GRDB

/// One numbered step of the schema's history.
///
/// Versions start at 1 and increase by one; the file's `PRAGMA user_version` is the version of the last step applied.
/// Names read like a changelog entry ("v1-submissions-progress-quizzes").
struct Migration: Sendable {
    /// The schema version this step brings the database to.
    let version: Int
    /// A short changelog-style name.
    let name: String
    /// Applies the step. Runs inside the runner's single IMMEDIATE transaction: never commit or roll back here.
    let apply: @Sendable (Database) throws -> Void

    /// A migration written in Swift.
    init(version: Int, name: String, apply: @escaping @Sendable (Database) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration written as SQL statements.
    init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name) { db in try db.execute(sql: sql) }
    }
}
