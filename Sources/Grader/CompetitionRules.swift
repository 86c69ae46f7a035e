import Foundation

/// What happens to a submission made after a competition's deadline.
public enum LatePolicy: String, Equatable, Sendable, CaseIterable {
    /// Refused with a message; nothing is scored or stored (the default).
    case refuse
    /// Scored and stored as late: the learner sees the score, the leaderboards leave it out.
    case score
}

/// A course's settings for one competition (`course.json`, `competitions.<id>`): each one present
/// replaces the value of the competition's own spec, so one class can run the same competition
/// with its own deadline and limits.
public struct CompetitionRules: Equatable, Sendable {
    /// After this instant the competition is closed.
    public var deadline: Date?
    /// Submissions per learner per UTC day.
    public var dailyLimit: Int?
    /// How many submissions count for the private ranking.
    public var finalSelections: Int?
    /// Refuse, or score as late, after the deadline.
    public var lateSubmissions: LatePolicy?

    /// The keys a rules object may hold, as written in JSON.
    public static let keys = ["deadline", "dailyLimit", "finalSelections", "lateSubmissions"]

    /// Creates rules in code; nil leaves the spec's value.
    public init(deadline: Date? = nil, dailyLimit: Int? = nil, finalSelections: Int? = nil, lateSubmissions: LatePolicy? = nil) {
        self.deadline = deadline
        self.dailyLimit = dailyLimit
        self.finalSelections = finalSelections
        self.lateSubmissions = lateSubmissions
    }

    /// Rules from their JSON values, each checked; `invalid` makes the error for a bad one.
    static func checked(
        deadline: String?, dailyLimit: Int?, finalSelections: Int?, lateSubmissions: String?,
        invalid: (String) -> CourseError
    ) throws -> CompetitionRules {
        var rules = CompetitionRules(dailyLimit: dailyLimit, finalSelections: finalSelections)
        if let deadline {
            guard let date = parseUTCTimestamp(deadline) else {
                throw invalid("deadline '\(deadline)' is not an ISO 8601 time with a zone, e.g. 2027-06-30T23:59:59Z")
            }
            rules.deadline = date
        }
        if let dailyLimit, dailyLimit < 1 { throw invalid("dailyLimit must be at least 1, not \(dailyLimit)") }
        if let finalSelections, finalSelections < 1 { throw invalid("finalSelections must be at least 1, not \(finalSelections)") }
        if let lateSubmissions {
            guard let policy = LatePolicy(rawValue: lateSubmissions) else {
                throw invalid("lateSubmissions '\(lateSubmissions)' is not one of: "
                    + LatePolicy.allCases.map(\.rawValue).joined(separator: ", "))
            }
            rules.lateSubmissions = policy
        }
        return rules
    }
}
