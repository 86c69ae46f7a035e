import Foundation
import Testing
@testable import Store

/// The database of a class install (see `Store.openShared`): its files are made once and then stay.
@Suite("Shared class database")
struct SharedStoreTests {
    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func missingFilesAreRefusedUnlessCreationIsAllowed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("class.sqlite")
        #expect(throws: StoreError.sharedDatabaseNotSetUp(path: path, missing: ["class.sqlite", "class.sqlite-wal", "class.sqlite-shm"])) {
            try Store.openShared(path: path, mayCreate: false)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func createdFilesAreGroupWritableOnlyAndOutliveTheConnection() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("class.sqlite")
        do {
            let store = try Store.openShared(path: path, mayCreate: true)
            #expect(try store.stringValue("PRAGMA journal_mode") == "wal")
            #expect(try store.intValue("PRAGMA busy_timeout") == 10_000)
            #expect(try store.intValue("PRAGMA temp_store") == 2)  // 2 = MEMORY
            #expect(try store.schemaVersion == Migration.all.count)
            _ = try store.user(login: "ada", now: date())
        }
        // The store is gone; with an ordinary WAL the last close would have deleted -wal and -shm.
        for file in Store.sharedFiles(of: path) {
            #expect(FileManager.default.fileExists(atPath: file), "\(file)")
            #expect(try mode(file) == 0o660, "\(file)")
        }
        let reopened = try Store.openShared(path: path, mayCreate: false)
        #expect(try reopened.rowCount("users") == 1)
    }

    @Test func aMissingLogIsNamed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("class.sqlite")
        _ = try Store.openShared(path: path, mayCreate: true)
        try FileManager.default.removeItem(atPath: path + "-wal")
        #expect(throws: StoreError.sharedDatabaseNotSetUp(path: path, missing: ["class.sqlite-wal"])) {
            try Store.openShared(path: path, mayCreate: false)
        }
    }
}
