import Foundation
import Testing
@testable import Store

@Suite("Migrations")
struct MigrationTests {
    struct Boom: Error {}

    /// A store with no schema at all (user_version 0), of the given kind.
    private func withEmptyStore(_ kind: StoreKind, _ body: (Store) throws -> Void) throws {
        switch kind {
        case .inMemory:
            try body(Store.inMemory(migrations: []))
        case .onDisk:
            let directory = try TemporaryDirectory()
            try withExtendedLifetime(directory) {
                try body(Store(path: directory.appending("ailab.sqlite"), busyTimeout: 10, migrations: []))
            }
        }
    }

    private func tableNames(_ store: Store) throws -> [String] {
        let list = try store.stringValue("""
            SELECT group_concat(name, ',') FROM (
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)
            """)
        return list?.split(separator: ",").map(String.init) ?? []
    }

    /// Steps that log each application into a `log` table, so double application would show.
    private let logged: [Migration] = [
        Migration(version: 1, name: "v1-log", sql: "CREATE TABLE log(version INTEGER); INSERT INTO log VALUES (1)"),
        Migration(version: 2, name: "v2-log", sql: "INSERT INTO log VALUES (2)"),
        Migration(version: 3, name: "v3-log", sql: "INSERT INTO log VALUES (3)"),
    ]

    @Test func shippedListIsNumberedFromOneLikeAChangelog() {
        #expect(Migration.all.map(\.version) == Array(1...Migration.all.count))
        #expect(Set(Migration.all.map(\.name)).count == Migration.all.count)
        for migration in Migration.all {
            #expect(migration.name.hasPrefix("v\(migration.version)-"), "\(migration.name)")
        }
        #expect(Migration.all.first?.name == "v1-submissions-progress-quizzes")
    }

    @Test(arguments: StoreKind.allCases)
    func failingStepRollsBackEveryStep(kind: StoreKind) throws {
        try withEmptyStore(kind) { store throws in
            let failing = [
                Migration(version: 1, name: "v1-a", sql: "CREATE TABLE a(x)"),
                Migration(version: 2, name: "v2-b", sql: "CREATE TABLE b(x)"),
                Migration(version: 3, name: "v3-boom") { _ in throw Boom() },
            ]
            #expect(throws: Boom.self) { try Migration.run(failing, on: store.writer) }
            #expect(try store.schemaVersion == 0)
            #expect(try tableNames(store) == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func failingSQLRollsBackEveryStep(kind: StoreKind) throws {
        try withEmptyStore(kind) { store throws in
            var failing = Migration.all
            failing.append(Migration(version: failing.count + 1, name: "v-bad", sql: "INSERT INTO nowhere VALUES (1)"))
            #expect(throws: (any Error).self) { try Migration.run(failing, on: store.writer) }
            #expect(try store.schemaVersion == 0)
            #expect(try tableNames(store) == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func pendingStepsOnlyAreApplied(kind: StoreKind) throws {
        try withEmptyStore(kind) { store throws in
            try Migration.run(Array(logged.prefix(1)), on: store.writer)
            #expect(try store.schemaVersion == 1)

            try Migration.run(logged, on: store.writer)
            try Migration.run(logged, on: store.writer)
            #expect(try store.schemaVersion == 3)
            #expect(try store.stringValue("SELECT group_concat(version, ',') FROM log") == "1,2,3")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func newerSchemaIsRefusedAndLeftAlone(kind: StoreKind) throws {
        try withEmptyStore(kind) { store throws in
            try Migration.run(logged, on: store.writer)
            #expect(throws: StoreError.newerSchema(found: 3, known: 1)) {
                try Migration.run(Array(logged.prefix(1)), on: store.writer)
            }
            #expect(try store.schemaVersion == 3)
            #expect(try store.rowCount("log") == 3)
        }
    }

    @Test func fileMigrationFailureIsCannotOpenAndLeavesTheFileEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let failing = [
            Migration(version: 1, name: "v1-a", sql: "CREATE TABLE a(x)"),
            Migration(version: 2, name: "v2-bad", sql: "INSERT INTO nowhere VALUES (1)"),
        ]
        #expect(throws: StoreError.cannotOpen(path: path, reason: "no such table: nowhere")) {
            try Store(path: path, busyTimeout: 10, migrations: failing)
        }
        let reopened = try Store(path: path, busyTimeout: 10, migrations: [])
        #expect(try reopened.schemaVersion == 0)
        #expect(try tableNames(reopened) == [])
    }
}
