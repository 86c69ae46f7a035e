import Foundation
import Lab
import Testing

@Suite("Windows, paths and identity")
struct SmallPartsTests {
    @Test("the submission window is the UTC day", arguments: [
        // (instant, expected start, expected end), all hand-converted Unix times.
        (1_773_153_000.0, 1_773_100_800.0, 1_773_187_200.0),  // 2026-03-10 14:30 → 03-10 00:00 … 03-11 00:00
        (1_773_100_800.0, 1_773_100_800.0, 1_773_187_200.0),  // exactly midnight belongs to the new day
        (1_773_187_199.0, 1_773_100_800.0, 1_773_187_200.0),  // 23:59:59
    ])
    func window(instant: Double, start: Double, end: Double) {
        let window = SubmissionWindow(containing: Date(timeIntervalSince1970: instant))
        #expect(window.start == Date(timeIntervalSince1970: start))
        #expect(window.end == Date(timeIntervalSince1970: end))
    }

    @Test("time until reset reads naturally")
    func resetText() {
        let window = SubmissionWindow(containing: Date(timeIntervalSince1970: 1_773_153_000))
        #expect(window.timeUntilReset(from: Date(timeIntervalSince1970: 1_773_153_000)) == "9 h 30 min")
        #expect(window.timeUntilReset(from: Date(timeIntervalSince1970: 1_773_187_200 - 45 * 60)) == "45 min")
        #expect(window.timeUntilReset(from: Date(timeIntervalSince1970: 1_773_187_200 - 20)) == "less than a minute")
    }

    @Test("database path: --db, then AILAB_DB, then course.json's database, then XDG_DATA_HOME, then ~/.local/share")
    func databaseLocation() {
        #expect(DatabaseLocation.resolve(flag: "/a.db", environment: ["AILAB_DB": "/b.db"], configured: "/c.db", home: "/h") == "/a.db")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["AILAB_DB": "/b.db", "XDG_DATA_HOME": "/x"], configured: "/c.db", home: "/h") == "/b.db")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x"], configured: "/c.db", home: "/h") == "/c.db")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x"], configured: nil, home: "/h") == "/x/ailab/ailab.sqlite")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "rel"], configured: nil, home: "/h") == "/h/.local/share/ailab/ailab.sqlite")
        #expect(DatabaseLocation.resolve(flag: "", environment: [:], configured: nil, home: "/h") == "/h/.local/share/ailab/ailab.sqlite")
    }

    @Test("the login comes from the real user id, not from $USER")
    func login() {
        let fromSystem = Identity.currentLogin(environment: [:])
        #expect(Identity.currentLogin(environment: ["USER": "somebody-else"]) == fromSystem)
        #expect(!fromSystem.isEmpty)
    }
}
