import GRDB

extension DerivableRequest<QuizAnswer> {
    /// The answers of the user with this login.
    func filter(login: String) -> Self {
        joining(required: QuizAnswer.user.filter(login: login))
    }

    /// The answers to this lesson's quizzes.
    func filter(lessonID: String) -> Self {
        filter(QuizAnswer.Columns.lessonID == lessonID)
    }

    /// Oldest first; ties broken by id, i.e. insertion order.
    func orderedByAnswerTime() -> Self {
        order(QuizAnswer.Columns.answeredAt, QuizAnswer.Columns.id)
    }
}
