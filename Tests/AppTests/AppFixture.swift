@testable import App
import Course
import Foundation
import Store
import TerminalUI

/// A small course built in memory: two stages, three lessons.
///
/// - `first-steps` (Basics): 40 numbered paragraphs, then a single-answer quiz `q1` (option 2 is right).
/// - `second` (Basics): one paragraph, no quiz.
/// - `multi` (More): a quiz `pick` whose options 1 and 3 are right; a lab and a prerequisite.
enum AppFixture {
    static let firstSteps = """
        ---
        id: first-steps
        title: First steps
        summary: How the course works.
        minutes: 10
        objectives:
          - Open a lesson
          - Answer a quiz
        ---
        # First steps

        \((1...40).map { "Paragraph \($0) about arrays." }.joined(separator: "\n\n"))

        ```quiz
        id: q1
        question: Which letter comes second?
        - [ ] Alpha
        - [x] Beta
        explanation: B follows A.
        ```
        """

    static let second = """
        ---
        id: second
        title: Second lesson
        summary: A short one.
        minutes: 5
        objectives:
          - Read it
        ---
        Just one paragraph on broadcasting.
        """

    static let multi = """
        ---
        id: multi
        title: Several answers
        summary: A quiz with two right options.
        minutes: 15
        objectives:
          - Tick more than one
        lab: house-prices
        prerequisites:
          - first-steps
        ---
        Broadcasting 中文 text.

        ```quiz
        id: pick
        question: Which are even?
        - [x] 2
        - [ ] 3
        - [x] 4
        explanation: 2 and 4 divide by two.
        ```
        """

    static func catalog() throws -> Catalog {
        Catalog(stages: [
            Stage(folder: "00-basics", title: "Basics", lessons: [
                try Lesson.parse(firstSteps, file: "00-basics/01-first-steps.md"),
                try Lesson.parse(second, file: "00-basics/02-second.md"),
            ]),
            Stage(folder: "01-more", title: "More", lessons: [try Lesson.parse(multi, file: "01-more/01-multi.md")]),
        ])
    }

    static let size = TerminalSize(rows: 24, columns: 80)

    /// The navigator at start-up with `learner`'s progress.
    static func state(learner: LearnerProgress = LearnerProgress(), size: TerminalSize = size) throws -> AppState {
        AppState(course: CourseContent(title: "Test course", catalog: try catalog()), learner: learner, size: size)
    }
}

extension AppState {
    /// The state after each of `events`, with every effect in order.
    func after(_ events: [InputEvent]) -> (AppState, [Effect]) {
        var state = self
        var effects: [Effect] = []
        for event in events {
            let (next, more) = CourseApp.update(state, event)
            state = next
            effects += more
        }
        return (state, effects)
    }

    /// The state after pressing each character of `keys` in turn.
    func typing(_ keys: String) -> (AppState, [Effect]) {
        after(keys.map { .key(.character($0)) })
    }

    /// The rendered frame's rows.
    var screenLines: [String] { CourseApp.view(self).lines }
}

/// A progress mark at a fixed instant.
func mark(_ status: LessonStatus, position: Int = 0, at seconds: TimeInterval = 0) -> LearnerProgress.Mark {
    LearnerProgress.Mark(status: status, position: position, updatedAt: Date(timeIntervalSince1970: seconds))
}
