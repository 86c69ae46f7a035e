import Foundation
import Testing
@testable import Store

/// Where a test's store lives: each behaviour runs against both.
enum StoreKind: String, CaseIterable, Sendable {
    case inMemory
    case onDisk
}

/// A fresh directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("ailab-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func appending(_ component: String) -> String {
        (path as NSString).appendingPathComponent(component)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Runs `body` with a fresh, migrated store of the given kind.
func withStore(_ kind: StoreKind, _ body: (Store) throws -> Void) throws {
    switch kind {
    case .inMemory:
        try body(Store.inMemory())
    case .onDisk:
        let directory = try TemporaryDirectory()
        try withExtendedLifetime(directory) {
            try body(Store(path: directory.appending("ailab.sqlite")))
        }
    }
}

/// 2026-01-01 00:00:00 UTC, plus `seconds`. Whole and half seconds survive GRDB's millisecond storage exactly.
func date(_ seconds: TimeInterval = 0) -> Date {
    Date(timeIntervalSince1970: 1_767_225_600 + seconds)
}

let hour: TimeInterval = 3600

/// A submission draft with plausible defaults.
func draft(
    _ login: String = "ada",
    _ competition: String = "titanic",
    at submittedAt: Date,
    status: SubmissionStatus = .scored,
    score: Double = 0.75,
    message: String? = nil
) -> SubmissionDraft {
    SubmissionDraft(
        login: login,
        competition: competition,
        submittedAt: submittedAt,
        fileName: "predictions.csv",
        digest: String(repeating: "ab", count: 32),
        rows: 418,
        publicScore: score,
        privateScore: score - 0.01,
        status: status,
        message: message)
}

extension Store {
    /// The number of rows of `table`.
    func rowCount(_ table: String) throws -> Int {
        try intValue("SELECT COUNT(*) FROM \(table)") ?? -1
    }
}

/// Runs `body(0..<count)` on `count` threads of their own, released together, and waits for all of them.
func onSeparateThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let start = DispatchSemaphore(value: 0)
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            start.wait()
            body(index)
            group.leave()
        }.start()
    }
    for _ in 0..<count { start.signal() }
    group.wait()
}

/// A lock-protected list that threads append to.
final class Collected<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ element: Element) {
        lock.withLock { storage.append(element) }
    }

    var elements: [Element] {
        lock.withLock { storage }
    }
}
