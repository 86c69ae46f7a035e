import Foundation
import Grader
import Store

/// What a learner sees after a successful submission. The private score is there only once the deadline
/// has passed, when the private leaderboard is open to everyone.
public struct SubmitReceipt: Equatable, Sendable {
    /// The competition submitted to.
    public let competition: Competition
    /// The stored submission's id.
    public let submissionID: Int64
    /// The file's name.
    public let fileName: String
    /// Rows scored.
    public let rows: Int
    /// The score on the public part.
    public let publicScore: Double
    /// Extra public figures (accuracy at 0.5 for probabilities).
    public let secondary: [SecondaryScore]
    /// The learner's best public score before this submission, if any.
    public let previousBest: Double?
    /// The learner's public rank now, and how many learners are ranked.
    public let rank: Int
    public let rankedCount: Int
    /// Scored submissions used in today's window, including this one, and the limit.
    public let usedToday: Int
    public let dailyLimit: Int
    /// When the daily count resets, and how long until then.
    public let resetsAt: Date
    public let timeUntilReset: String
    /// An earlier submission of the same file (same SHA-256), if there was one.
    public let sameFileAs: Int64?
    /// True when it was made after the deadline: scored, stored, and left out of the leaderboards.
    public let isLate: Bool
    /// The private score, present only after the deadline.
    public let revealedPrivateScore: Double?

    /// True when this submission beats every earlier one of the learner.
    public var isNewBest: Bool {
        previousBest.map { competition.spec.direction.isBetter(publicScore, than: $0) } ?? true
    }

    /// The rank line: "3 of 12", or why a late submission has none.
    public var standingText: String {
        guard isLate else { return "\(rank) of \(rankedCount)" }
        let closed = competition.spec.deadline.map { " at \(utcText($0))" } ?? ""
        return "none: the competition closed\(closed), so late submissions are not ranked"
    }

    /// The last line of the receipt: what the private score means now.
    public var privateScoreNote: String {
        isLate
            ? "Late submissions are scored for your information; the leaderboards leave them out."
            : "The private score stays hidden until the deadline; it decides the final ranking."
    }
}

extension Lab {
    /// Validates, scores and stores a submission, enforcing the deadline and the daily limit.
    ///
    /// After the deadline the competition's `lateSubmissions` decides: refused, or scored and stored as
    /// late (late ones use quota too). An invalid file throws `SubmissionRejection` and uses no quota; a
    /// refused one throws `LabError`. In both cases the store is left as it was.
    public func submit(competitionID: String, filePath: String, message: String?) throws -> SubmitReceipt {
        let competition = try competition(competitionID)
        let spec = competition.spec
        let now = clock()
        let isLate = competition.isClosed(at: now)
        if let deadline = spec.deadline, isLate, spec.lateSubmissions == .refuse {
            throw LabError.deadlinePassed(competition: competition.id, deadline: deadline)
        }
        let window = SubmissionWindow(containing: now)
        func limitReached() -> LabError {
            .dailyLimitReached(competition: competition.id, limit: spec.dailyLimit, resetsAt: window.end, waitText: window.timeUntilReset(from: now))
        }
        // Refuse early so a learner over the limit is not made to wait for scoring; the insert re-checks atomically.
        guard try store.countSubmissions(login: login, competition: competition.id, since: window.start) < spec.dailyLimit else {
            throw limitReached()
        }

        let key = try answerKey(of: competition)
        let validator = SubmissionValidator(
            spec: spec, answerKey: key, sampleSubmissionPath: displayPath(competition.sampleSubmissionURL))
        let validated = try validator.validate(fileAt: filePath)
        let scores = try key.score(validated.predictions, metric: spec.metric, keyPath: competition.answerKeyURL.path)

        let earlier = try store.submissions(login: login, competition: competition.id)
        let previousBest = earlier.filter { $0.status == .scored }.map(\.publicScore)
            .min(by: { spec.direction.isBetter($0, than: $1) })
        let draft = SubmissionDraft(
            login: login, competition: competition.id, submittedAt: now, fileName: validated.fileName,
            digest: validated.digest, rows: key.count, publicScore: scores.publicScore, privateScore: scores.privateScore,
            status: isLate ? .late : .scored, message: message)
        let recorded: (submission: Submission, usedInWindow: Int)
        do {
            recorded = try store.recordSubmission(draft, dailyLimit: spec.dailyLimit, windowStart: window.start)
        } catch StoreError.dailyLimitReached {
            throw limitReached()
        }
        let standing = try publicStanding(competition)
        return SubmitReceipt(
            competition: competition, submissionID: recorded.submission.id ?? 0, fileName: validated.fileName, rows: key.count,
            publicScore: scores.publicScore, secondary: scores.secondary, previousBest: previousBest,
            rank: standing.row?.rank ?? 0, rankedCount: standing.of, usedToday: recorded.usedInWindow,
            dailyLimit: spec.dailyLimit, resetsAt: window.end, timeUntilReset: window.timeUntilReset(from: now),
            sameFileAs: earlier.last(where: { $0.digest == validated.digest })?.id,
            isLate: isLate, revealedPrivateScore: isLate ? scores.privateScore : nil)
    }
}
