import Foundation
import Testing
@testable import Store

/// Several `Store` instances on one file stand in for several ailab processes: each has its own connections.
@Suite("Concurrent writers on one file")
struct ConcurrencyTests {
    private let writers = 4
    private let attemptsPerWriter = 25

    @Test func racingWritersWithoutLimitStoreEverything() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let stores = try (0..<writers).map { _ in try Store(path: path) }
        let ids = Collected<Int64>()
        let failures = Collected<String>()

        onSeparateThreads(writers) { [attemptsPerWriter] writer in
            for attempt in 0..<attemptsPerWriter {
                do {
                    let recorded = try stores[writer].recordSubmission(
                        draft("learner\(writer)", at: date(Double(attempt))), dailyLimit: nil, windowStart: date())
                    ids.append(recorded.submission.id ?? -1)
                } catch {
                    failures.append("\(error)")
                }
            }
        }

        #expect(failures.elements == [])
        #expect(ids.elements.count == 100)
        #expect(Set(ids.elements) == Set(1...100))
        #expect(try stores[0].rowCount("submissions") == 100)
        #expect(try stores[0].rowCount("users") == 4)
        for writer in 0..<writers {
            #expect(try stores[0].submissions(login: "learner\(writer)", competition: "titanic").count == 25)
        }
    }

    @Test func racingWritersRespectOneUsersLimit() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("ailab.sqlite")
        let stores = try (0..<writers).map { _ in try Store(path: path) }
        let used = Collected<Int>()
        let refusals = Collected<StoreError>()
        let failures = Collected<String>()

        onSeparateThreads(writers) { [attemptsPerWriter] writer in
            for attempt in 0..<attemptsPerWriter {
                do {
                    let recorded = try stores[writer].recordSubmission(
                        draft("ada", at: date(Double(attempt))), dailyLimit: 10, windowStart: date())
                    used.append(recorded.usedInWindow)
                } catch let error as StoreError {
                    refusals.append(error)
                } catch {
                    failures.append("\(error)")
                }
            }
        }

        #expect(failures.elements == [])
        // Each success saw a different count: the check and the insert never interleaved.
        #expect(used.elements.sorted() == Array(1...10))
        #expect(refusals.elements.count == 90)
        #expect(refusals.elements.allSatisfy { $0 == .dailyLimitReached(used: 10, limit: 10) })
        #expect(try stores[0].rowCount("submissions") == 10)
        #expect(try stores[0].rowCount("users") == 1)
    }

    @Test func racingOpenersOfAFreshFileMigrateItOnce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.appending("nested/ailab.sqlite")
        let versions = Collected<Int>()
        let failures = Collected<String>()

        onSeparateThreads(2 * writers) { _ in
            do {
                let store = try Store(path: path)
                versions.append(try store.schemaVersion)
                _ = try store.user(login: "ada")
            } catch {
                failures.append("\(error)")
            }
        }

        #expect(failures.elements == [])
        #expect(versions.elements == Array(repeating: Migration.all.count, count: 2 * writers))
        let store = try Store(path: path)
        #expect(try store.rowCount("users") == 1)
        #expect(try store.stringValue("PRAGMA journal_mode") == "wal")
    }
}
