import Foundation
import Grader
import Store

/// What a learner sees after a successful submission. The private score is deliberately absent.
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

    /// True when this submission beats every earlier one of the learner.
    public var isNewBest: Bool {
        previousBest.map { competition.spec.direction.isBetter(publicScore, than: $0) } ?? true
    }
}

extension Lab {
    /// Validates, scores and stores a submission, enforcing the deadline and the daily limit.
    ///
    /// An invalid file throws `SubmissionRejection` and uses no quota; a refused one throws
    /// `LabError`. In both cases the store is left as it was.
    public func submit(competitionID: String, filePath: String, message: String?) throws -> SubmitReceipt {
        let competition = try competition(competitionID)
        let spec = competition.spec
        let now = clock()
        if let deadline = spec.deadline, competition.isClosed(at: now) {
            throw LabError.deadlinePassed(competition: competition.id, deadline: deadline)
        }
        let window = SubmissionWindow(containing: now)
        func limitReached() -> LabError {
            .dailyLimitReached(competition: competition.id, limit: spec.dailyLimit, resetsAt: window.end, waitText: window.timeUntilReset(from: now))
        }
        // Refuse early so a learner over the limit is not made to wait for scoring; the insert re-checks atomically.
        guard try store.countScoredSubmissions(login: login, competition: competition.id, since: window.start) < spec.dailyLimit else {
            throw limitReached()
        }

        let key = try competition.loadAnswerKey()
        let validator = SubmissionValidator(
            spec: spec, answerKey: key, sampleSubmissionPath: displayPath(competition.sampleSubmissionURL))
        let validated = try validator.validate(fileAt: filePath)
        let scores = try key.score(validated.predictions, metric: spec.metric, keyPath: competition.answerKeyURL.path)

        let earlier = try store.submissions(login: login, competition: competition.id).filter { $0.status == .scored }
        let previousBest = earlier.map(\.publicScore).min(by: { spec.direction.isBetter($0, than: $1) })
        let draft = SubmissionDraft(
            login: login, competition: competition.id, submittedAt: now, fileName: validated.fileName,
            digest: validated.digest, rows: key.count, publicScore: scores.publicScore, privateScore: scores.privateScore,
            status: .scored, message: message)
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
            sameFileAs: earlier.last(where: { $0.digest == validated.digest })?.id)
    }
}
