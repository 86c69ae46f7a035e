import Foundation
import Testing
@testable import Store

@Suite("Users")
struct UserTests {
    @Test(arguments: StoreKind.allCases)
    func userIsCreatedOnceThenFound(kind: StoreKind) throws {
        try withStore(kind) { store in
            let ada = try store.user(login: "ada", now: date())
            #expect(ada.id != nil)
            #expect(ada.login == "ada")
            #expect(ada.createdAt == date())

            // Later calls return the same row, creation date included.
            #expect(try store.user(login: "ada", now: date(hour)) == ada)
            #expect(try store.user(login: "ada", now: date(2 * hour)) == ada)
            #expect(try store.rowCount("users") == 1)

            let grace = try store.user(login: "grace", now: date(hour))
            #expect(grace.id != ada.id)
            #expect(grace.createdAt == date(hour))
            #expect(try store.rowCount("users") == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func loginsAreCaseSensitive(kind: StoreKind) throws {
        // Operating-system logins are case-sensitive on Linux.
        try withStore(kind) { store in
            let lower = try store.user(login: "ada", now: date())
            let upper = try store.user(login: "Ada", now: date())
            #expect(lower.id != upper.id)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func datesAreStoredAsSortableUTCText(kind: StoreKind) throws {
        try withStore(kind) { store in
            _ = try store.user(login: "ada", now: date(0.5))
            #expect(try store.stringValue("SELECT created_at FROM users") == "2026-01-01 00:00:00.500")
        }
    }
}
