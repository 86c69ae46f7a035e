import Foundation
import Grader
import Store

/// A competition as one learner sees it: rules, their best, rank and what is left today.
public struct CompetitionStatus: Equatable, Sendable {
    /// The competition.
    public let competition: Competition
    /// The learner's best public score and rank, if they have submitted.
    public let best: Double?
    public let rank: Int?
    /// Learners on the public leaderboard.
    public let rankedCount: Int
    /// Submissions left in today's window, and when it resets.
    public let leftToday: Int
    public let resetsAt: Date
    /// True once the deadline has passed.
    public let isClosed: Bool
}

extension Lab {
    /// Every competition of the course with the learner's standing.
    public func competitionStatuses() throws -> [CompetitionStatus] {
        let now = clock()
        let window = SubmissionWindow(containing: now)
        return try root.competitions().map { competition in
            let standing = try publicStanding(competition)
            let used = try store.countSubmissions(login: login, competition: competition.id, since: window.start)
            return CompetitionStatus(
                competition: competition, best: standing.row?.score, rank: standing.row?.rank, rankedCount: standing.of,
                leftToday: max(0, competition.spec.dailyLimit - used), resetsAt: window.end,
                isClosed: competition.isClosed(at: now))
        }
    }

    /// The learner's submissions, oldest first; to one competition when `competitionID` is given.
    public func history(competitionID: String?) throws -> [Submission] {
        if let competitionID { _ = try competition(competitionID) }
        return try store.submissions(login: login, competition: competitionID)
    }
}
