import Foundation
import Grader
import Store

/// Which of a learner's submissions count for a competition's private ranking, and why.
public struct FinalSelection: Equatable, Sendable {
    /// The competition.
    public let competition: Competition
    /// The learner's on-time submissions, oldest first (late ones can never count).
    public let submissions: [Submission]
    /// The ids that count now, in id order.
    public let counted: [Int64]
    /// True when the learner chose them; false when their best public scores count by default.
    public let isChosen: Bool
    /// True once the deadline has passed: the selection can no longer change.
    public let isClosed: Bool
}

/// Submission ids that cannot be selected: not the learner's, not to this competition, or late.
public struct SelectionRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// The competition.
    public let competition: String
    /// The ids refused, in order.
    public let ids: [Int64]

    /// A rejection of `ids` for `competition`.
    public init(competition: String, ids: [Int64]) {
        self.competition = competition
        self.ids = ids
    }

    public var description: String {
        let list = ids.map { "#\($0)" }.joined(separator: ", ")
        let verb = ids.count == 1 ? "is not one of" : "are not among"
        return "\(list) \(verb) your on-time submissions to \(competition); nothing was changed. "
            + "`ailab select \(competition)` lists the ones you can choose."
    }
}

extension Lab {
    /// The learner's final selection for a competition: the submissions they chose, or by default their
    /// `finalSelections` best public scores (see `Leaderboard.counted`).
    public func finalSelection(competitionID: String) throws -> FinalSelection {
        let competition = try competition(competitionID)
        let onTime = try store.submissions(login: login, competition: competition.id).filter { $0.status == .scored }
        let counted = Leaderboard.counted(onTime.map { LeaderboardEntry($0, login: login) }, direction: competition.spec.direction, finalSelections: competition.spec.finalSelections)
        return FinalSelection(
            competition: competition, submissions: onTime, counted: counted.map(\.submissionID).sorted(),
            isChosen: onTime.contains(where: \.selected), isClosed: competition.isClosed(at: clock()))
    }

    /// Chooses the submissions that count for the private ranking, replacing an earlier choice; an empty
    /// list clears it, so the best public scores count again.
    /// - Throws: `LabError.selectionClosed` after the deadline, `LabError.tooManySelections` for more than the
    ///   competition's `finalSelections`, `SelectionRejection` for ids that are not the learner's on-time
    ///   submissions to it. Nothing changes in any of these cases.
    public func select(competitionID: String, submissionIDs: [Int64]) throws -> FinalSelection {
        let competition = try competition(competitionID)
        if let deadline = competition.spec.deadline, competition.isClosed(at: clock()) {
            throw LabError.selectionClosed(competition: competition.id, deadline: deadline)
        }
        let chosen = Set(submissionIDs)
        guard chosen.count <= competition.spec.finalSelections else {
            throw LabError.tooManySelections(competition: competition.id, chosen: chosen.count, limit: competition.spec.finalSelections)
        }
        do {
            try store.selectFinal(login: login, competition: competition.id, submissionIDs: chosen)
        } catch StoreError.notSelectable(let ids) {
            throw SelectionRejection(competition: competition.id, ids: ids)
        }
        return try finalSelection(competitionID: competition.id)
    }
}
