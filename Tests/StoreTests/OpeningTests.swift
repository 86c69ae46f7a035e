import Foundation
import Testing
@testable import Store

@Suite("Opening a store")
struct OpeningTests {
    @Test func freshFileUsesWALBusyTimeoutAndLatestSchema() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let store = try Store(path: path)

        #expect(store.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.stringValue("PRAGMA journal_mode") == "wal")
        #expect(try store.stringValue("PRAGMA journal_mode", on: .reader) == "wal")
        #expect(try store.intValue("PRAGMA busy_timeout") == 10_000)
        #expect(try store.intValue("PRAGMA busy_timeout", on: .reader) == 10_000)
        #expect(try store.intValue("PRAGMA foreign_keys") == 1)
        #expect(try store.schemaVersion == 2)
        #expect(try store.schemaVersion == Migration.all.last?.version)
        for table in ["users", "submissions", "lesson_progress", "quiz_answers"] {
            #expect(try store.rowCount(table) == 0, "table \(table)")
        }
    }

    @Test func busyTimeoutIsConfigurableOnEveryConnection() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(path: directory.appending("ailab.sqlite"), busyTimeout: 2.5)
        #expect(try store.intValue("PRAGMA busy_timeout") == 2_500)
        #expect(try store.intValue("PRAGMA busy_timeout", on: .reader) == 2_500)
    }

    @Test func outOfRangeBusyTimeoutsAreClampedNotFatal() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        #expect(try Store(path: path, busyTimeout: -1).intValue("PRAGMA busy_timeout") == 0)
        #expect(try Store(path: path, busyTimeout: .nan).intValue("PRAGMA busy_timeout") == 0)
        // CInt.max / 1000 whole seconds, in milliseconds.
        #expect(try Store(path: path, busyTimeout: 1e12).intValue("PRAGMA busy_timeout") == 2_147_483_000)
    }

    @Test func inMemoryStoreIsMigratedAndHasNoPath() throws {
        let store = try Store.inMemory()
        #expect(store.path == nil)
        #expect(try store.schemaVersion == 2)
        #expect(try store.rowCount("submissions") == 0)
    }

    @Test func reopeningKeepsDataAndAppliesNothingTwice() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let first = try Store(path: path).user(login: "ada", now: date())

        // Migration 1 is CREATE TABLE statements: running it again would fail.
        let reopened = try Store(path: path)
        #expect(try reopened.schemaVersion == 2)
        #expect(try reopened.user(login: "ada", now: date(hour)) == first)
        #expect(try reopened.rowCount("users") == 1)
    }

    @Test func fileFromNewerAilabIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        try Store(path: path).execute("PRAGMA user_version = 5")

        #expect(throws: StoreError.newerSchema(found: 5, known: 2)) {
            try Store(path: path)
        }
        #expect(
            StoreError.newerSchema(found: 5, known: 3).description
                == "this database was written by a newer ailab (schema 5; this build knows up to 3)")
    }

    @Test func fileThatIsNotADatabaseIsCannotOpen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try junk.write(to: URL(fileURLWithPath: path))

        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        guard case let .cannotOpen(errorPath, reason) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(errorPath == path)
        #expect(reason == "file is not a database")
        #expect(error.description == "cannot open database \(path): file is not a database")
        // The junk is left as it was.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func missingParentDirectoriesAreCreatedPrivate() throws {
        let directory = try TemporaryDirectory()
        let outer = directory.appending("home")
        let inner = (outer as NSString).appendingPathComponent("ailab")
        let path = (inner as NSString).appendingPathComponent("ailab.sqlite")

        let store = try Store(path: path)
        #expect(try store.schemaVersion == 2)
        for created in [outer, inner] {
            let attributes = try FileManager.default.attributesOfItem(atPath: created)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700, "\(created)")
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func existingParentDirectoryKeepsItsPermissions() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        _ = try Store(path: directory.appending("ailab.sqlite"))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o755)
    }

    @Test func parentThatIsAFileIsCannotOpen() throws {
        let directory = try TemporaryDirectory()
        let file = directory.appending("notes.txt")
        try Data("hello".utf8).write(to: URL(fileURLWithPath: file))
        let path = (file as NSString).appendingPathComponent("sub/ailab.sqlite")

        #expect(throws: StoreError.cannotOpen(path: path, reason: "\(file) is not a directory")) {
            try Store(path: path)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root ignores directory permissions"))
    func directoryThatCannotBeCreatedIsCannotOpen() throws {
        let directory = try TemporaryDirectory()
        let locked = directory.appending("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o500])
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked) }
        let sub = (locked as NSString).appendingPathComponent("sub")
        let path = (sub as NSString).appendingPathComponent("ailab.sqlite")

        #expect(throws: StoreError.cannotOpen(
            path: path, reason: "cannot create directory \(sub): Permission denied")) {
            try Store(path: path)
        }
    }

    @Test func emptyPathIsCannotOpen() {
        #expect(throws: StoreError.cannotOpen(path: "", reason: "empty path")) {
            try Store(path: "")
        }
    }
}
