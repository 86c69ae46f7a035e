import Foundation
import GRDB

/// A learner, identified by their operating-system login name. A row of `users`.
public struct User: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// The row id; nil until the user is inserted.
    public var id: Int64?
    /// The operating-system login name; unique.
    public var login: String
    /// When ailab first saw this login.
    public var createdAt: Date

    /// The table of users.
    public static let databaseTableName = "users"

    /// Creates a user value; `id` stays nil until it is inserted.
    public init(id: Int64? = nil, login: String, createdAt: Date) {
        self.id = id
        self.login = login
        self.createdAt = createdAt
    }

    /// Records the id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case login
        case createdAt = "created_at"
    }

    /// The columns of `users`, for queries.
    public enum Columns {
        /// The `id` column.
        public static let id = Column(CodingKeys.id)
        /// The `login` column.
        public static let login = Column(CodingKeys.login)
        /// The `created_at` column.
        public static let createdAt = Column(CodingKeys.createdAt)
    }
}
