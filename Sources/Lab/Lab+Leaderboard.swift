import Foundation
import Grader

/// A ranked leaderboard, ready to show or export.
public struct LeaderboardReport: Equatable, Sendable {
    /// The competition ranked.
    public let competition: Competition
    /// Public or private scores.
    public let kind: LeaderboardKind
    /// The rows, best first.
    public let rows: [LeaderboardRow]
    /// When the report was made.
    public let generatedAt: Date
    /// Who asked (their row is marked in the table format).
    public let viewer: String
}

extension Lab {
    /// Whether this learner may see private scores of `competition` now: instructors always,
    /// everyone once the deadline has passed.
    public func maySeePrivateScores(of competition: Competition) -> Bool {
        config.isInstructor(login) || competition.isClosed(at: clock())
    }

    /// Ranks a competition's learners (Kaggle rules: see `Leaderboard.rank`).
    /// - Throws: `LabError.privateLeaderboardClosed` for `.private` when `maySeePrivateScores` is false.
    public func leaderboard(competitionID: String, kind: LeaderboardKind) throws -> LeaderboardReport {
        let competition = try competition(competitionID)
        if kind == .private, !maySeePrivateScores(of: competition) {
            throw LabError.privateLeaderboardClosed(competition: competition.id, deadline: competition.spec.deadline)
        }
        let rows = Leaderboard.rank(
            try rankedEntries(competition), kind: kind, direction: competition.spec.direction,
            finalSelections: competition.spec.finalSelections)
        return LeaderboardReport(competition: competition, kind: kind, rows: rows, generatedAt: clock(), viewer: login)
    }
}
