import Foundation

/// An error thrown by ``Store``, with a short one-line message meant for the learner.
public enum StoreError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The learner already has `used` scored submissions in the current window, and the limit is `limit`.
    case dailyLimitReached(used: Int, limit: Int)
    /// The database file's schema (`found`) is newer than the newest migration this build knows (`known`).
    case newerSchema(found: Int, known: Int)
    /// These submission ids are not the learner's own on-time submissions to the competition.
    case notSelectable(ids: [Int64])
    /// A class install's database lacks `missing` (file names): an administrator must set it up.
    case sharedDatabaseNotSetUp(path: String, missing: [String])
    /// The database at `path` could not be opened or prepared; `reason` is SQLite's (or the system's) explanation.
    case cannotOpen(path: String, reason: String)

    /// A short, one-line message.
    public var description: String {
        switch self {
        case let .dailyLimitReached(used, limit):
            "daily submission limit reached (\(used) of \(limit) used)"
        case let .newerSchema(found, known):
            "this database was written by a newer ailab (schema \(found); this build knows up to \(known))"
        case let .notSelectable(ids):
            "not your on-time submission\(ids.count == 1 ? "" : "s") to this competition: "
                + ids.map { "#\($0)" }.joined(separator: ", ")
        case let .sharedDatabaseNotSetUp(path, missing):
            "the class database \(path) is not set up (missing: \(missing.joined(separator: ", "))); "
                + "an administrator must run scripts/install-class.sh again"
        case let .cannotOpen(path, reason):
            "cannot open database \(path): \(reason)"
        }
    }

    /// The same message as ``description``, so `localizedDescription` reads well on every platform.
    public var errorDescription: String? { description }
}
