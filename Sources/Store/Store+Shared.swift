import Foundation
import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// The three files of a shared database: the database, its write-ahead log and its shared-memory index.
    public static func sharedFiles(of path: String) -> [String] {
        [path, path + "-wal", path + "-shm"]
    }

    /// Opens the database of a class install, where ailab runs set-group-ID and gives that group up for good
    /// right after start-up.
    ///
    /// It differs from ``init(path:busyTimeout:)`` in three ways, all so that it keeps working after the process
    /// has lost the right to open the files:
    /// - ONE connection (a `DatabaseQueue`), opened now with its write-ahead log and index, and kept for the life
    ///   of the process: no later open ever happens.
    /// - Persistent WAL (`SQLITE_FCNTL_PERSIST_WAL`): the last connection to close leaves `-wal` and `-shm` in
    ///   place, so they are created once, by the administrator, and never by a learner's process (a file a
    ///   learner's process creates belongs to that learner, who could then read it). Temporary data stays in
    ///   memory for the same reason.
    /// - The files must exist: only `mayCreate` (an administrator setting the install up) creates them, with
    ///   mode 0660 so that the group can write them and nobody else can read them.
    ///
    /// - Throws: ``StoreError/sharedDatabaseNotSetUp(path:missing:)`` when a file is missing and `mayCreate`
    ///   is false; ``StoreError/cannotOpen(path:reason:)`` when SQLite cannot open it.
    public static func openShared(path: String, mayCreate: Bool, busyTimeout: TimeInterval = 10) throws -> Store {
        let missing = sharedFiles(of: path).filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty, !mayCreate {
            throw StoreError.sharedDatabaseNotSetUp(path: path, missing: missing.map { ($0 as NSString).lastPathComponent })
        }
        do {
            if !FileManager.default.fileExists(atPath: path) {
                // SQLite gives the -wal and -shm files it creates the database file's mode.
                let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o660)
                guard descriptor >= 0 else { throw SharedOpenFailure(reason: String(cString: strerror(errno))) }
                fchmod(descriptor, 0o660)
                close(descriptor)
            }
            var configuration = configuration(busyTimeout: clamped(busyTimeout))
            configuration.prepareDatabase { db in
                var persist: CInt = 1
                let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
                guard code == SQLITE_OK else { throw SharedOpenFailure(reason: "cannot keep the write-ahead log (code \(code))") }
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
            let store = try Store(path: path, writer: queue, migrations: Migration.all)
            // A read opens the -wal and -shm files now, while the process may still open them.
            _ = try store.schemaVersion
            return store
        } catch let error as StoreError {
            throw error
        } catch let error as SharedOpenFailure {
            throw StoreError.cannotOpen(path: path, reason: error.reason)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// A failure while opening a shared database, before or outside SQLite.
    private struct SharedOpenFailure: Error {
        var reason: String
    }
}
