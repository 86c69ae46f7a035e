import Course

/// A quiz open over the reader: the option under the cursor, the options chosen, and the result once answered.
public struct QuizState: Equatable, Sendable {
    /// The lesson's index in `CourseContent.lessons`.
    public let lessonIndex: Int
    /// The quiz's index among the lesson's quizzes.
    public let quizIndex: Int
    /// The option under the cursor.
    public internal(set) var cursor = 0
    /// The options chosen (one for a single-answer quiz; any number when several are right).
    public internal(set) var chosen: Set<Int> = []
    /// Whether the answer was right; nil until answered.
    public internal(set) var result: Bool?

    /// Quiz `quizIndex` of lesson `lessonIndex`, not yet answered.
    init(lessonIndex: Int, quizIndex: Int) {
        self.lessonIndex = lessonIndex
        self.quizIndex = quizIndex
    }
}

extension Quiz {
    /// Whether more than one option is right, so the learner ticks options and then confirms.
    var allowsSeveral: Bool { correct.count > 1 }
}
