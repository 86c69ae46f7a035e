import Foundation

/// One scored submission, as leaderboard ranking needs it.
public struct LeaderboardEntry: Equatable, Sendable {
    /// Who submitted.
    public let login: String
    /// The submission's id in the store.
    public let submissionID: Int64
    /// When it was submitted.
    public let submittedAt: Date
    /// Its public score.
    public let publicScore: Double
    /// Its private score.
    public let privateScore: Double
    /// Whether the learner chose it as a final submission.
    public let isSelected: Bool

    /// Creates an entry.
    public init(
        login: String, submissionID: Int64, submittedAt: Date, publicScore: Double, privateScore: Double,
        isSelected: Bool = false
    ) {
        self.login = login
        self.submissionID = submissionID
        self.submittedAt = submittedAt
        self.publicScore = publicScore
        self.privateScore = privateScore
        self.isSelected = isSelected
    }
}

/// One learner's line on a leaderboard.
public struct LeaderboardRow: Equatable, Sendable {
    /// 1 for the best; every row has its own rank (ties are broken, as on Kaggle).
    public let rank: Int
    /// The learner.
    public let login: String
    /// The score this row is ranked by.
    public let score: Double
    /// The submission that earned `score`.
    public let submissionID: Int64
    /// When that submission was made (the tie-breaker: earlier ranks higher).
    public let scoredAt: Date
    /// How many scored submissions the learner has made.
    public let entries: Int
    /// The learner's latest submission.
    public let lastSubmittedAt: Date
}

/// Which leaderboard: public scores, or private scores of the submissions that count.
public enum LeaderboardKind: String, Sendable, CaseIterable {
    case `public`, `private`
}

/// Kaggle's ranking rules as a pure function of the scored submissions.
public enum Leaderboard {
    /// Ranks learners.
    ///
    /// - Public: each learner's best public score; equal scores rank by the earlier submission.
    /// - Private: of the submissions that count for each learner, the best private score; equal scores again
    ///   rank by the earlier submission. What counts (see `counted`): the ones the learner selected, else their
    ///   `finalSelections` best public submissions.
    /// - Complexity: O(n log n) in the number of entries.
    public static func rank(
        _ entries: [LeaderboardEntry], kind: LeaderboardKind, direction: ScoreDirection, finalSelections: Int
    ) -> [LeaderboardRow] {
        let byLogin = Dictionary(grouping: entries, by: \.login)
        var rows: [LeaderboardRow] = []
        for (login, submissions) in byLogin {
            let counted: [LeaderboardEntry]
            let score: (LeaderboardEntry) -> Double
            switch kind {
            case .public:
                counted = submissions
                score = \.publicScore
            case .private:
                counted = Self.counted(submissions, direction: direction, finalSelections: finalSelections)
                score = \.privateScore
            }
            guard let best = counted.min(by: ordered(direction, by: score)) else { continue }
            rows.append(LeaderboardRow(
                rank: 0, login: login, score: score(best), submissionID: best.submissionID, scoredAt: best.submittedAt,
                entries: submissions.count, lastSubmittedAt: submissions.map(\.submittedAt).max()!))
        }
        rows.sort { a, b in
            if a.score != b.score { return direction.isBetter(a.score, than: b.score) }
            if a.scoredAt != b.scoredAt { return a.scoredAt < b.scoredAt }
            return a.submissionID < b.submissionID
        }
        return rows.enumerated().map { offset, row in
            LeaderboardRow(
                rank: offset + 1, login: row.login, score: row.score, submissionID: row.submissionID,
                scoredAt: row.scoredAt, entries: row.entries, lastSubmittedAt: row.lastSubmittedAt)
        }
    }

    /// The submissions of one learner that count for the private ranking, as on Kaggle: the ones they selected
    /// (at most `finalSelections`, the first ones by id if more are marked), or without a selection their
    /// `finalSelections` best public scores (earlier first on ties).
    public static func counted(
        _ submissions: [LeaderboardEntry], direction: ScoreDirection, finalSelections: Int
    ) -> [LeaderboardEntry] {
        let selected = submissions.filter(\.isSelected).sorted { $0.submissionID < $1.submissionID }
        if !selected.isEmpty { return Array(selected.prefix(finalSelections)) }
        return Array(submissions.sorted(by: ordered(direction, by: \.publicScore)).prefix(finalSelections))
    }

    /// "a comes first": better score, then earlier submission, then lower id.
    private static func ordered(
        _ direction: ScoreDirection, by score: @escaping (LeaderboardEntry) -> Double
    ) -> (LeaderboardEntry, LeaderboardEntry) -> Bool {
        { a, b in
            if score(a) != score(b) { return direction.isBetter(score(a), than: score(b)) }
            if a.submittedAt != b.submittedAt { return a.submittedAt < b.submittedAt }
            return a.submissionID < b.submissionID
        }
    }
}
