import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ailab SQLite store: learners, their competition submissions, lesson progress and quiz answers.
///
/// A file store is a GRDB `DatabasePool` in WAL mode with a busy timeout, so several ailab processes can share one
/// file; every write runs in a `BEGIN IMMEDIATE` transaction, so a check-then-insert inside one write is atomic
/// across processes. Opening a store applies pending migrations (see ``schemaVersion``).
public final class Store: Sendable {
    /// The database file path, or nil for an in-memory store.
    public let path: String?

    /// The connection(s): a `DatabasePool` for a file, a `DatabaseQueue` in memory.
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file, enables WAL and the busy timeout, applies pending migrations.
    ///
    /// A missing parent directory is created (mode 0700).
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - busyTimeout: How long, in seconds, to wait for another process's lock before failing.
    ///     Applies to every connection; negative values count as 0.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` if the file cannot be opened or prepared,
    ///   ``StoreError/newerSchema(found:known:)`` if it was written by a newer ailab.
    public convenience init(path: String, busyTimeout: TimeInterval = 10) throws {
        try self.init(path: path, busyTimeout: busyTimeout, migrations: Migration.all)
    }

    /// Opens a file store migrated with `migrations` instead of ``Migration/all`` (for tests of the runner).
    convenience init(path: String, busyTimeout: TimeInterval, migrations: [Migration]) throws {
        do {
            guard !path.isEmpty else { throw OpenFailure(reason: "empty path") }
            try Self.createParentDirectory(of: path)
            let pool = try Self.openPool(path: path, busyTimeout: Self.clamped(busyTimeout))
            try self.init(path: path, writer: pool, migrations: migrations)
        } catch let error as StoreError {
            throw error
        } catch let error as OpenFailure {
            throw StoreError.cannotOpen(path: path, reason: error.reason)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A private in-memory database, migrated; for tests and previews.
    public static func inMemory() throws -> Store {
        try inMemory(migrations: Migration.all)
    }

    /// A private in-memory database migrated with `migrations` (for tests of the runner).
    static func inMemory(migrations: [Migration]) throws -> Store {
        let queue = try DatabaseQueue(configuration: configuration(busyTimeout: clamped(10)))
        return try Store(path: nil, writer: queue, migrations: migrations)
    }

    init(path: String?, writer: any DatabaseWriter, migrations: [Migration]) throws {
        try Migration.run(migrations, on: writer)
        self.path = path
        self.writer = writer
    }

    /// The schema version of the database (`PRAGMA user_version`): the number of the last migration applied.
    public var schemaVersion: Int {
        get throws {
            try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        }
    }
}

// MARK: - Opening

extension Store {
    /// A failure while preparing to open the file, before SQLite is involved.
    private struct OpenFailure: Error {
        var reason: String
    }

    /// Opens the pool, retrying for up to `busyTimeout` seconds while SQLite reports SQLITE_BUSY.
    ///
    /// Opening a pool switches the file to WAL (`PRAGMA journal_mode = WAL`), which needs an exclusive lock, and
    /// SQLite does not run the busy handler for that switch: two processes opening a fresh file at the same moment
    /// would otherwise see "database is locked". Retrying gives that step the same patience as every other one.
    private static func openPool(path: String, busyTimeout: TimeInterval) throws -> DatabasePool {
        let configuration = configuration(busyTimeout: busyTimeout)
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(busyTimeout)
        var delay: TimeInterval = 0.002
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_BUSY && clock.now + .seconds(delay) < deadline
            {
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 0.1)
            }
        }
    }

    /// `busyTimeout` in the range GRDB and SQLite accept (a CInt of milliseconds); negatives and NaN become 0.
    static func clamped(_ busyTimeout: TimeInterval) -> TimeInterval {
        busyTimeout.isNaN ? 0 : min(max(busyTimeout, 0), TimeInterval(CInt.max / 1000))
    }

    /// The GRDB configuration of every store: `busyTimeout` (already clamped) on all connections, foreign keys on.
    static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var config = Configuration()
        config.label = "ailab.Store"
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        // GRDB gives pool readers a fixed 10 s timeout (its `readonlyBusyMode` is not public): give them ours.
        let milliseconds = Int(busyTimeout * 1000)
        config.prepareDatabase { db in
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)")
            }
        }
        return config
    }

    /// Creates the directory that will hold `path`, and its missing ancestors, with mode 0700.
    private static func createParentDirectory(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            try createDirectory(parent)
        }
    }

    /// Creates `directory` (mode 0700) after its missing ancestors; an existing directory is left as it is.
    private static func createDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OpenFailure(reason: "\(directory) is not a directory") }
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory {
            try createDirectory(parent)
        }
        // EEXIST: another process created it in the meantime, which is fine.
        if mkdir(directory, 0o700) != 0 {
            let code = errno
            guard code != EEXIST else { return }
            throw OpenFailure(reason: "cannot create directory \(directory): \(String(cString: strerror(code)))")
        }
    }
}
