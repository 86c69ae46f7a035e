import GRDB

extension DerivableRequest<LessonProgress> {
    /// The progress of the user with this login.
    func filter(login: String) -> Self {
        joining(required: LessonProgress.user.filter(login: login))
    }

    /// By lesson identifier.
    func orderedByLesson() -> Self {
        order(LessonProgress.Columns.lessonID)
    }
}
