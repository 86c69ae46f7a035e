import TerminalUI

/// The navigator's list: each stage as a heading row followed by its lessons. Only lesson rows can be
/// selected; moving skips the headings.
public struct NavigatorState: Equatable, Sendable {
    /// A row of the list.
    public enum Row: Equatable, Sendable {
        /// The heading of stage `index` (into `catalog.stages`).
        case stage(Int)
        /// The lesson at `index` (into `CourseContent.lessons`).
        case lesson(Int)
    }

    /// The rows, in course order.
    public let rows: [Row]
    /// The selection and scroll offset over `rows`.
    public internal(set) var scroll: ScrollState

    /// The list of `course` shown `viewport` rows at a time, with lesson `selectedLesson` selected.
    init(course: CourseContent, viewport: Int, selectedLesson: Int) {
        var rows: [Row] = []
        var lesson = 0
        for (index, stage) in course.catalog.stages.enumerated() {
            rows.append(.stage(index))
            for _ in stage.lessons {
                rows.append(.lesson(lesson))
                lesson += 1
            }
        }
        self.rows = rows
        scroll = ScrollState(count: rows.count, viewport: viewport, selected: rows.firstIndex(of: .lesson(selectedLesson)) ?? 0)
        settle(forward: true)
    }

    /// The selected lesson's index, if the list has lessons.
    public var selectedLesson: Int? {
        guard let selected = scroll.selected, case .lesson(let index) = rows[selected] else { return nil }
        return index
    }

    /// Selects lesson `index`.
    mutating func select(lesson index: Int) {
        if let row = rows.firstIndex(of: .lesson(index)) { scroll.select(row) }
    }

    /// Moves the selection by `rows` (negative is up) and onto a lesson row.
    mutating func move(by delta: Int) {
        guard let selected = scroll.selected else { return }
        if delta == 1 || delta == -1 {
            // One step: the next lesson row in that direction, if any.
            var row = selected + delta
            while rows.indices.contains(row), case .stage = rows[row] { row += delta }
            if rows.indices.contains(row) { scroll.select(row) }
            return
        }
        scroll.select(selected + delta)
        settle(forward: delta > 0)
    }

    /// Selects the first or the last lesson.
    mutating func moveToEnd(last: Bool) {
        scroll.select(last ? rows.count - 1 : 0)
        settle(forward: !last)
    }

    /// Changes the number of visible rows.
    mutating func setViewport(_ viewport: Int) {
        scroll.setViewport(viewport)
    }

    /// Moves a selection that sits on a stage heading onto the nearest lesson, looking `forward` first.
    /// The first stage's heading stays in view when its first lesson is selected.
    private mutating func settle(forward: Bool) {
        guard let selected = scroll.selected, case .stage = rows[selected] else { return }
        let after = rows[selected...].firstIndex { if case .lesson = $0 { true } else { false } }
        let before = rows[...selected].lastIndex { if case .lesson = $0 { true } else { false } }
        if let row = forward ? (after ?? before) : (before ?? after) { scroll.select(row) }
    }
}
