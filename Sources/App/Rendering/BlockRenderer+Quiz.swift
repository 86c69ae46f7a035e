import Course
import TerminalUI

extension BlockRenderer {
    /// A quiz in a frame open on the right:
    ///
    /// ```
    /// ┌─ Quiz 1 ──────────────────
    /// │ Which expression creates an empty set?
    /// │
    /// │ 1. {}
    /// │ 2. set()
    /// │
    /// │ Press a to answer
    /// └───────────────────────────
    /// ```
    ///
    /// The options are numbered in the order written and never marked: which one is correct must not show
    /// before the learner answers. The status line follows `quizOutcomes[quiz.id]`; once answered correctly the
    /// explanation follows it (it gives the answer away, so not before).
    func quiz(_ quiz: Quiz, number: Int, width: Int) -> [[Span]] {
        let inner = width - 2
        var body: [[Span]] = wrapStyled([Span(quiz.question, style: Style(bold: true))], width: inner)
        body.append([])
        let markerWidth = "\(quiz.options.count).".count + 1
        for (index, option) in quiz.options.enumerated() {
            let marker = "\(index + 1)."
            let label = String(repeating: " ", count: markerWidth - 1 - marker.count) + marker + " "
            for (lineIndex, line) in wrapStyled([Span(option)], width: inner - markerWidth).enumerated() {
                body.append([Span(lineIndex == 0 ? label : String(repeating: " ", count: markerWidth))] + line)
            }
        }
        body.append([])
        body += wrapStyled(status(of: quiz), width: inner)
        if quizOutcomes[quiz.id] == .correct {
            body.append([])
            body += wrapStyled([Span(quiz.explanation)], width: inner)
        }

        let frame = Theme.secondary
        let title = "Quiz \(number)"
        let top = [
            Span("┌─ ", style: frame), Span(title, style: Style(bold: true)),
            Span(" " + String(repeating: "─", count: max(width - 4 - cellWidth(of: title), 1)), style: frame),
        ]
        let sides = body.map { $0.isEmpty ? [Span("│", style: frame)] : [Span("│ ", style: frame)] + $0 }
        return [top] + sides + [[Span("└" + String(repeating: "─", count: max(width - 1, 1)), style: frame)]]
    }

    /// What the learner can do next, or how they did; ✓ and ✗ carry the result without colour.
    private func status(of quiz: Quiz) -> [Span] {
        switch quizOutcomes[quiz.id] ?? .unanswered {
        case .unanswered:
            let text = interactive ? "Press a to answer" : "Answer it in the navigator: run ailab and open this lesson"
            return [Span(text, style: Theme.secondary)]
        case .correct:
            return [Span("✓ Answered correctly", style: Theme.correct)]
        case .wrong:
            let next = interactive ? "press a to try again" : "try again in the navigator"
            return [Span("✗ Answered, not correct yet — " + next, style: Theme.wrong)]
        }
    }
}
