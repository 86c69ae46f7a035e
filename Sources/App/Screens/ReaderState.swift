import Course
import Store

/// A lesson open for reading: its lines rendered for the current width, and the top visible line.
public struct ReaderState: Equatable, Sendable {
    /// The lesson's index in `CourseContent.lessons`.
    public let lessonIndex: Int
    /// The lesson rendered at the reader's width, with the learner's quiz outcomes.
    public internal(set) var rendered: RenderedLesson
    /// The index in `rendered.lines` of the top visible line.
    public internal(set) var top: Int
    /// The width, in cells, the lesson was rendered at.
    public internal(set) var width: Int
    /// How many lines are visible.
    public internal(set) var viewport: Int
    /// Whether the end of the lesson has been on screen.
    public internal(set) var reachedEnd = false
    /// Whether the learner took the done mark off by hand; then reaching the end does not set it again.
    var keptOpenByHand = false
    /// Whether the learner was told, at the end, which quizzes are left (told once per opening).
    var toldWhatIsLeft = false
    /// Whether the position changed since it was last saved.
    var positionUnsaved = false

    /// `lesson` rendered for `width`, opened at lesson-file line `position` (the first line at or after it).
    init(lessonIndex: Int, lesson: Lesson, width: Int, viewport: Int, outcomes: [String: QuizOutcome], position: Int) {
        self.lessonIndex = lessonIndex
        rendered = LessonRenderer(width: width, quizOutcomes: outcomes).render(lesson)
        self.width = width
        self.viewport = max(viewport, 1)
        top = 0
        top = clamped(line(atSourceLine: position))
        noteEnd()
    }

    /// The reading position to save: the lesson-file line of the top visible line.
    public var position: Int {
        rendered.lines.indices.contains(top) ? rendered.lines[top].sourceLine : 0
    }

    /// The last possible top line: the end of the lesson at the bottom of the screen.
    var lastTop: Int { max(rendered.lines.count - viewport, 0) }

    /// How far through the lesson the bottom of the screen is, 0…100.
    var percentRead: Int {
        guard !rendered.lines.isEmpty else { return 100 }
        return min(100, (top + viewport) * 100 / rendered.lines.count)
    }

    /// Scrolls to `line` (clamped), noting whether the end came into view.
    mutating func scroll(to line: Int) {
        let new = clamped(line)
        if new != top {
            top = new
            positionUnsaved = true
        }
        noteEnd()
    }

    /// Renders `lesson` again (after a resize or a quiz answer), keeping the same lesson-file line at the top.
    mutating func rerender(_ lesson: Lesson, width: Int, viewport: Int, outcomes: [String: QuizOutcome]) {
        let anchor = position
        let offset = top - line(atSourceLine: anchor)  // lines into the top block, kept when the width is the same
        let sameWidth = width == self.width
        rendered = LessonRenderer(width: width, quizOutcomes: outcomes).render(lesson)
        self.width = width
        self.viewport = max(viewport, 1)
        top = clamped(line(atSourceLine: anchor) + (sameWidth ? offset : 0))
        noteEnd()
    }

    /// The index of the quiz to answer with `a`: the first unanswered quiz with a line on screen, else the
    /// first with a line on screen. A quiz's lines run from its first to the end of the block holding it.
    func quizOnScreen(outcomes: [String: QuizOutcome], quizzes: [Quiz]) -> Int? {
        let screen = top..<(top + viewport)
        let visible = rendered.quizLines.indices.filter { quiz in
            let start = rendered.quizLines[quiz]
            let block = rendered.lines[start].sourceLine
            let end = rendered.lines[start...].firstIndex { $0.sourceLine != block } ?? rendered.lines.count
            return screen.overlaps(start..<end)
        }
        return visible.first { outcomes[quizzes[$0].id] == nil } ?? visible.first
    }

    private func line(atSourceLine sourceLine: Int) -> Int {
        rendered.lines.firstIndex { $0.sourceLine >= sourceLine } ?? rendered.lines.count
    }

    private func clamped(_ line: Int) -> Int {
        min(max(line, 0), lastTop)
    }

    private mutating func noteEnd() {
        if top + viewport >= rendered.lines.count { reachedEnd = true }
    }
}
