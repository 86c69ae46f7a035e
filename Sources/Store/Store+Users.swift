import Foundation
import GRDB

extension Store {
    /// Returns the user with this login, creating it on first use (with `createdAt: now`).
    public func user(login: String, now: Date = Date()) throws -> User {
        try writer.write { db in
            try User.findOrCreate(login: login, now: now, in: db)
        }
    }
}
