import Foundation
import GRDB

extension Store {
    /// Records one answer to a quiz question and returns it with its id. Every attempt is kept.
    ///
    /// Creates the user (with `createdAt: now`) on first use.
    public func recordQuizAnswer(
        login: String,
        lessonID: String,
        quizID: String,
        answer: String,
        correct: Bool,
        now: Date = Date()
    ) throws -> QuizAnswer {
        try writer.write { db in
            let userID = try User.findOrCreateID(login: login, now: now, in: db)
            return try QuizAnswer(
                userID: userID, lessonID: lessonID, quizID: quizID, answer: answer, correct: correct, answeredAt: now
            ).inserted(db)
        }
    }

    /// The learner's quiz answers, oldest first (ties by id); all lessons when `lessonID` is nil
    /// (empty for an unknown login).
    public func quizAnswers(login: String, lessonID: String?) throws -> [QuizAnswer] {
        try writer.read { db in
            var request = QuizAnswer.all().filter(login: login)
            if let lessonID {
                request = request.filter(lessonID: lessonID)
            }
            return try request.orderedByAnswerTime().fetchAll(db)
        }
    }
}
