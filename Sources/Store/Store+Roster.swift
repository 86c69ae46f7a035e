import Foundation
import GRDB

/// Everything the store knows about one learner's activity, for the instructors' roster.
public struct LearnerActivity: Equatable, Sendable {
    /// The learner.
    public var user: User
    /// Their progress in every lesson they have opened, ordered by lesson identifier.
    public var progress: [LessonProgress]
    /// Every quiz answer they gave, oldest first (ties by id).
    public var answers: [QuizAnswer]
    /// Their number of submissions (scored and late) by competition; competitions never submitted to are absent.
    public var submissions: [String: Int]
    /// The latest of their progress saves, quiz answers and submissions; nil when there is none.
    public var lastActivity: Date?

    /// Creates an activity value.
    public init(
        user: User, progress: [LessonProgress], answers: [QuizAnswer], submissions: [String: Int], lastActivity: Date?
    ) {
        self.user = user
        self.progress = progress
        self.answers = answers
        self.submissions = submissions
        self.lastActivity = lastActivity
    }
}

extension Store {
    /// The activity of every user, ordered by login, read in ONE read transaction (a consistent snapshot) with four
    /// queries whatever the number of users: users, lesson progress, quiz answers, and submission counts with their
    /// latest time per user and competition.
    public func rosterActivity() throws -> [LearnerActivity] {
        try writer.read { db in
            let users = try User.all().orderedByLogin().fetchAll(db)
            let progress = Dictionary(grouping: try LessonProgress.all().orderedByLesson().fetchAll(db), by: \.userID)
            let answers = Dictionary(grouping: try QuizAnswer.all().orderedByAnswerTime().fetchAll(db), by: \.userID)
            let tallies = Dictionary(grouping: try SubmissionTally.fetchAll(db), by: \.userID)
            return users.map { user in
                let id = user.id ?? 0
                let progress = progress[id] ?? [], answers = answers[id] ?? [], tallies = tallies[id] ?? []
                let times = progress.map(\.updatedAt) + answers.map(\.answeredAt) + tallies.map(\.latest)
                return LearnerActivity(
                    user: user, progress: progress, answers: answers,
                    submissions: Dictionary(uniqueKeysWithValues: tallies.map { ($0.competition, $0.count) }),
                    lastActivity: times.max())
            }
        }
    }
}
