import Foundation
import GRDB

/// How many submissions one user made to one competition, and when the latest was: one row of a
/// `GROUP BY user_id, competition` over `submissions`, every status counted.
struct SubmissionTally: Decodable, FetchableRecord, Equatable, Sendable {
    /// The id of the user.
    var userID: Int64
    /// The competition's identifier.
    var competition: String
    /// Submissions, scored and late.
    var count: Int
    /// When the latest of them was made.
    var latest: Date

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case competition
        case count
        case latest
    }

    /// One tally per (user, competition) pair that has submissions, in one query.
    static func fetchAll(_ db: Database) throws -> [SubmissionTally] {
        try Submission
            .select(
                Submission.Columns.userID,
                Submission.Columns.competition,
                GRDB.count(Submission.Columns.id).forKey(CodingKeys.count.rawValue),
                max(Submission.Columns.submittedAt).forKey(CodingKeys.latest.rawValue))
            .group(Submission.Columns.userID, Submission.Columns.competition)
            .asRequest(of: SubmissionTally.self)
            .fetchAll(db)
    }
}
