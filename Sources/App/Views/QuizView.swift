import TerminalUI

extension AppState {
    /// The quiz in a box over the lesson: the question, numbered options with the cursor, and after
    /// answering the verdict, the right options marked, and the explanation.
    func drawQuiz(_ state: QuizState, _ frame: inout Frame) {
        let lesson = course.lessons[state.lessonIndex]
        let quiz = lesson.quizzes[state.quizIndex]
        let layout = Layout(size: size)
        let left = 3, width = size.columns - 6, top = 2, height = layout.bodyHeight - 2
        for row in 1...layout.bodyHeight { frame.put(String(repeating: " ", count: size.columns), row: row, column: 0) }
        frame.box(top: top, left: left, height: height, width: width, title: "Quiz \(state.quizIndex + 1) of \(lesson.quizzes.count) · \(lesson.title)")
        let column = left + 2, inner = width - 4, limit = top + height - 1
        var row = write(quiz.question, into: &frame, row: top + 2, column: column, width: inner, limit: limit, style: Theme.heading)
        if quiz.allowsSeveral, state.result == nil {
            row = write("Several options are right: tick each (number or space), then Enter.", into: &frame, row: row, column: column, width: inner, limit: limit, style: Theme.secondary)
        }
        row += 1
        for (index, option) in quiz.options.enumerated() where row < limit {
            let atCursor = index == state.cursor && state.result == nil
            let tick = quiz.allowsSeveral ? (state.chosen.contains(index) ? "[x] " : "[ ] ") : ""
            var verdict = ""
            if state.result != nil {
                if quiz.correct.contains(index) {
                    verdict = state.chosen.contains(index) ? "  ✓ your answer, right" : "  ✓ right"
                } else if state.chosen.contains(index) {
                    verdict = "  ✗ your answer, wrong"
                }
            }
            row = write(option + verdict, into: &frame, row: row, column: column, width: inner, limit: limit,
                        style: atCursor ? Theme.selected : .plain, hanging: (atCursor ? "› " : "  ") + tick + "\(index + 1). ")
        }
        guard let result = state.result else { return }
        row += 1
        if row < limit {
            frame.put(result ? "✓ Right." : "✗ Not quite.", row: row, column: column, style: result ? Theme.correct : Theme.wrong)
            row += 2
        }
        write(quiz.explanation, into: &frame, row: row, column: column, width: inner, limit: limit)
    }
}
