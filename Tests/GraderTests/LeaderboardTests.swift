import Foundation
import Testing
@testable import Grader

/// 2027-01-15 08:00:00 UTC plus `seconds`.
private func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_800_000_000 + seconds) }

private func entry(
    _ login: String, _ id: Int64, at seconds: TimeInterval, public publicScore: Double, private privateScore: Double = 0,
    selected: Bool = false
) -> LeaderboardEntry {
    LeaderboardEntry(
        login: login, submissionID: id, submittedAt: time(seconds), publicScore: publicScore, privateScore: privateScore,
        isSelected: selected)
}

/// (login, submission id, score) of each row, in rank order; ranks are checked to be 1, 2, 3, ….
private func summary(_ rows: [LeaderboardRow], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    #expect(rows.map(\.rank) == rows.indices.map { $0 + 1 }, sourceLocation: sourceLocation)
    return rows.map { "\($0.login) #\($0.submissionID) \($0.score)" }
}

@Suite("Leaderboard")
struct LeaderboardTests {
    // Three learners; scores in the comments are public / private.
    static let entries = [
        entry("ada", 1, at: 0, public: 0.20, private: 0.25),
        entry("bob", 2, at: 10, public: 0.17, private: 0.12),
        entry("cy", 3, at: 20, public: 0.30, private: 0.35),
        entry("ada", 4, at: 30, public: 0.15, private: 0.30),
        entry("cy", 5, at: 40, public: 0.25, private: 0.20),
        entry("ada", 6, at: 50, public: 0.18, private: 0.10),
    ]

    @Test("public: each learner's best score, lower is better")
    func publicLower() {
        let rows = Leaderboard.rank(Self.entries, kind: .public, direction: .lowerIsBetter, finalSelections: 2)
        // Best (lowest) public: ada 0.15 (#4), bob 0.17 (#2), cy 0.25 (#5).
        #expect(summary(rows) == ["ada #4 0.15", "bob #2 0.17", "cy #5 0.25"])
        #expect(rows.map(\.scoredAt) == [time(30), time(10), time(40)])
    }

    @Test("public: each learner's best score, higher is better")
    func publicHigher() {
        let rows = Leaderboard.rank(Self.entries, kind: .public, direction: .higherIsBetter, finalSelections: 2)
        // Best (highest) public: cy 0.30 (#3), ada 0.20 (#1), bob 0.17 (#2).
        #expect(summary(rows) == ["cy #3 0.3", "ada #1 0.2", "bob #2 0.17"])
    }

    @Test("entries and lastSubmittedAt count every submission of the learner", arguments: LeaderboardKind.allCases)
    func entriesAndLastSubmission(kind: LeaderboardKind) {
        let rows = Leaderboard.rank(Self.entries, kind: kind, direction: .lowerIsBetter, finalSelections: 1)
        let byLogin = Dictionary(uniqueKeysWithValues: rows.map { ($0.login, $0) })
        // ada: #1, #4, #6 (last at 50 s); bob: #2 (10 s); cy: #3, #5 (last at 40 s).
        #expect(byLogin["ada"]?.entries == 3)
        #expect(byLogin["ada"]?.lastSubmittedAt == time(50))
        #expect(byLogin["bob"]?.entries == 1)
        #expect(byLogin["bob"]?.lastSubmittedAt == time(10))
        #expect(byLogin["cy"]?.entries == 2)
        #expect(byLogin["cy"]?.lastSubmittedAt == time(40))
    }

    @Test("equal scores of two learners: the earlier submission ranks first, whatever the ids")
    func tieBetweenLearnersByTime() {
        let rows = Leaderboard.rank(
            [entry("ada", 1, at: 100, public: 0.5), entry("bob", 2, at: 50, public: 0.5)],
            kind: .public, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["bob #2 0.5", "ada #1 0.5"])
    }

    @Test("equal scores at the same instant: the lower submission id ranks first")
    func tieBetweenLearnersByID() {
        let rows = Leaderboard.rank(
            [entry("ada", 9, at: 50, public: 0.5), entry("bob", 4, at: 50, public: 0.5)],
            kind: .public, direction: .higherIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["bob #4 0.5", "ada #9 0.5"])
    }

    @Test("equal scores of one learner: the earlier submission is the one shown")
    func tieWithinLearner() {
        let rows = Leaderboard.rank(
            [
                entry("ada", 8, at: 5, public: 0.4),
                entry("ada", 2, at: 20, public: 0.3),  // lower id but later
                entry("ada", 5, at: 10, public: 0.3),
            ], kind: .public, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["ada #5 0.3"])
        #expect(rows.first?.scoredAt == time(10))

        let sameInstant = Leaderboard.rank(
            [entry("ada", 6, at: 10, public: 0.3), entry("ada", 3, at: 10, public: 0.3)],
            kind: .public, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(sameInstant) == ["ada #3 0.3"])
    }

    // ada's best private score (0.05, #1) belongs to her worst public submission, so with two final
    // selections it does not count: her two best public ones are #3 (0.10) and #2 (0.20), whose best
    // private score is #2's 0.25. bob has one submission: private 0.20. So bob is first in private
    // though ada is first in public.
    static let selectionCase = [
        entry("ada", 1, at: 0, public: 0.30, private: 0.05),
        entry("ada", 2, at: 10, public: 0.20, private: 0.25),
        entry("ada", 3, at: 20, public: 0.10, private: 0.28),
        entry("bob", 4, at: 30, public: 0.15, private: 0.20),
    ]

    @Test("private: the best private score among the learner's final selections only")
    func privateUsesFinalSelections() {
        let publicRows = Leaderboard.rank(Self.selectionCase, kind: .public, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(publicRows) == ["ada #3 0.1", "bob #4 0.15"])
        let privateRows = Leaderboard.rank(Self.selectionCase, kind: .private, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(privateRows) == ["bob #4 0.2", "ada #2 0.25"])
        #expect(privateRows.last?.scoredAt == time(10))
        #expect(privateRows.last?.entries == 3)
    }

    @Test("private: the number of final selections decides which submissions count", arguments: [
        // 1: only #3 (public 0.10) counts → ada 0.28, behind bob's 0.20.
        (1, ["bob #4 0.2", "ada #3 0.28"]),
        // 3: all of ada's count → #1's 0.05 wins.
        (3, ["ada #1 0.05", "bob #4 0.2"]),
    ])
    func finalSelectionCount(selections: Int, expected: [String]) {
        let rows = Leaderboard.rank(Self.selectionCase, kind: .private, direction: .lowerIsBetter, finalSelections: selections)
        #expect(summary(rows) == expected)
    }

    @Test("private, higher is better: the selections are the best public scores")
    func privateHigher() {
        let rows = Leaderboard.rank(
            [
                entry("ada", 1, at: 0, public: 0.90, private: 0.80),
                entry("ada", 2, at: 10, public: 0.85, private: 0.95),
                entry("ada", 3, at: 20, public: 0.70, private: 0.99),  // third best public: ignored
            ], kind: .private, direction: .higherIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["ada #2 0.95"])
    }

    @Test("private: a public tie at the cut is broken by the earlier submission")
    func privateTieAtCut() {
        // Public order: #3 (0.1), then #1 and #2 tie at 0.2 and #1 is earlier, so #3 and #1 are selected:
        // best private of those is #3's 0.5; #2's 0.1 is left out.
        let rows = Leaderboard.rank(
            [
                entry("ada", 1, at: 0, public: 0.2, private: 0.9),
                entry("ada", 2, at: 10, public: 0.2, private: 0.1),
                entry("ada", 3, at: 5, public: 0.1, private: 0.5),
            ], kind: .private, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["ada #3 0.5"])
    }

    @Test("private: submissions the learner chose count instead of the best public ones")
    func chosenSelectionsCount() {
        // selectionCase with ada's #1 chosen: only #1 counts for her, private 0.05, ahead of bob's 0.20.
        var entries = Self.selectionCase
        entries[0] = entry("ada", 1, at: 0, public: 0.30, private: 0.05, selected: true)
        let rows = Leaderboard.rank(entries, kind: .private, direction: .lowerIsBetter, finalSelections: 2)
        #expect(summary(rows) == ["ada #1 0.05", "bob #4 0.2"])
        // The public leaderboard ignores the choice: ada's best public is still #3.
        #expect(summary(Leaderboard.rank(entries, kind: .public, direction: .lowerIsBetter, finalSelections: 2))
            == ["ada #3 0.1", "bob #4 0.15"])
        #expect(Leaderboard.counted(entries.filter { $0.login == "ada" }, direction: .lowerIsBetter, finalSelections: 2)
            .map(\.submissionID) == [1])
    }

    @Test("private: more chosen than allowed (a smaller limit set later) keeps the lowest ids")
    func tooManyChosenKeepsTheFirst() {
        // #2 (private 0.25) and #3 (0.28) chosen under a limit of 2; with a limit of 1 only #2 counts.
        let entries = [
            entry("ada", 1, at: 0, public: 0.30, private: 0.05),
            entry("ada", 3, at: 20, public: 0.10, private: 0.28, selected: true),
            entry("ada", 2, at: 10, public: 0.20, private: 0.25, selected: true),
        ]
        #expect(Leaderboard.counted(entries, direction: .lowerIsBetter, finalSelections: 1).map(\.submissionID) == [2])
        #expect(summary(Leaderboard.rank(entries, kind: .private, direction: .lowerIsBetter, finalSelections: 1)) == ["ada #2 0.25"])
    }

    @Test("no submissions: no rows", arguments: LeaderboardKind.allCases)
    func empty(kind: LeaderboardKind) {
        #expect(Leaderboard.rank([], kind: kind, direction: .lowerIsBetter, finalSelections: 2).isEmpty)
    }
}
