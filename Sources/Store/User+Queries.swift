import Foundation
import GRDB

extension User {
    /// The id of the user with this login, if there is one.
    static func id(login: String, in db: Database) throws -> Int64? {
        try User
            .all()
            .filter(login: login)
            .select(Columns.id, as: Int64.self)
            .fetchOne(db)
    }

    /// The user with this login, inserted with `createdAt: now` if it does not exist yet.
    ///
    /// Call it inside a write (an IMMEDIATE transaction) so that the look-up and the insert are atomic.
    static func findOrCreate(login: String, now: Date, in db: Database) throws -> User {
        if let user = try User.all().filter(login: login).fetchOne(db) {
            return user
        }
        return try User(login: login, createdAt: now).inserted(db)
    }

    /// The id of the user with this login, inserting the user with `createdAt: now` if it does not exist yet.
    ///
    /// Call it inside a write (an IMMEDIATE transaction) so that the look-up and the insert are atomic.
    static func findOrCreateID(login: String, now: Date, in db: Database) throws -> Int64 {
        if let id = try id(login: login, in: db) {
            return id
        }
        return try createID(login: login, now: now, in: db)
    }

    /// Inserts a user with this login and `createdAt: now`, and returns its id.
    static func createID(login: String, now: Date, in db: Database) throws -> Int64 {
        _ = try User(login: login, createdAt: now).inserted(db)
        return db.lastInsertedRowID
    }
}

extension DerivableRequest<User> {
    /// The user with this login.
    func filter(login: String) -> Self {
        filter(User.Columns.login == login)
    }

    /// By login.
    func orderedByLogin() -> Self {
        order(User.Columns.login)
    }
}
