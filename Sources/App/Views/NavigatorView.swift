import TerminalUI

extension AppState {
    /// The title bar, the list of stages and lessons on the left, the selected lesson's details on the right.
    func drawNavigator(_ frame: inout Frame) {
        let layout = Layout(size: size)
        let done = course.lessons.filter { learner.status($0.id) == .done }.count
        frame.bar(row: 0, left: course.title, right: "\(done)/\(course.lessons.count) lessons done", style: Theme.bar)

        let listWidth = layout.listWidth
        let scroll = navigator.scroll
        for (screenRow, index) in scroll.visibleRange.enumerated() {
            let row = 1 + screenRow
            switch navigator.rows[index] {
            case .stage(let stageIndex):
                let stage = course.catalog.stages[stageIndex]
                let stageDone = stage.lessons.filter { learner.status($0.id) == .done }.count
                let count = "\(stageDone)/\(stage.lessons.count) " + meter(stageDone, of: stage.lessons.count, width: 8)
                frame.put(truncate(stage.title, width: listWidth - cellWidth(of: count) - 3), row: row, column: 1, style: Theme.heading)
                frame.put(count, row: row, column: listWidth - cellWidth(of: count) - 1, style: Theme.secondary)
            case .lesson(let lessonIndex):
                let lesson = course.lessons[lessonIndex]
                let status = learner.status(lesson.id)
                let isSelected = index == scroll.selected
                if isSelected { frame.put(String(repeating: " ", count: listWidth), row: row, column: 0, style: Theme.selected) }
                let base = isSelected ? Theme.selected : .plain
                var markStyle = Theme.markStyle(status)
                markStyle.reverse = isSelected
                frame.put(isSelected ? "›" : " ", row: row, column: 1, style: base)
                frame.put(Theme.mark(status), row: row, column: 3, style: markStyle)
                frame.put(truncate(lesson.title, width: listWidth - 9), row: row, column: 7, style: base)
            }
        }
        for row in 1...layout.bodyHeight {
            frame.put("│", row: row, column: listWidth, style: Theme.secondary)
        }
        if let selected = navigator.selectedLesson {
            drawDetails(of: selected, &frame, column: listWidth + 2, width: size.columns - listWidth - 3)
        }
    }

    /// The selected lesson's title, facts, summary, objectives and what Enter will do.
    private func drawDetails(of index: Int, _ frame: inout Frame, column: Int, width: Int) {
        let lesson = course.lessons[index]
        let limit = size.rows - 1
        let status = learner.status(lesson.id)
        var row = write(lesson.title, into: &frame, row: 1, column: column, width: width, limit: limit, style: Theme.heading)
        let facts = [course.stageTitle(ofLesson: index), "\(lesson.minutes) min", Theme.word(status)].joined(separator: " · ")
        row = write(facts, into: &frame, row: row, column: column, width: width, limit: limit, style: Theme.secondary) + 1
        row = write(lesson.summary, into: &frame, row: row, column: column, width: width, limit: limit) + 1
        if !lesson.objectives.isEmpty, row < limit {
            frame.put("You will be able to", row: row, column: column, style: Theme.heading)
            row += 1
            for objective in lesson.objectives {
                row = write(objective, into: &frame, row: row, column: column, width: width, limit: limit, hanging: "• ")
            }
            row += 1
        }
        var notes: [String] = []
        if let lab = lesson.lab { notes.append("Lab: the \(lab) competition") }
        if !lesson.prerequisites.isEmpty {
            let titles = lesson.prerequisites.map { id in course.lessonIndex(id: id).map { course.lessons[$0].title } ?? id }
            notes.append("Before this: " + titles.joined(separator: ", "))
        }
        if !lesson.quizzes.isEmpty {
            let answered = lesson.quizzes.filter { outcomes(of: index)[$0.id] != nil }.count
            notes.append("Quizzes: \(answered) of \(lesson.quizzes.count) answered")
        }
        for note in notes {
            row = write(note, into: &frame, row: row, column: column, width: width, limit: limit)
        }
        let action = (learner.marks[lesson.id]?.position ?? 0) > 0 ? "Enter: continue where you stopped" : "Enter: start reading"
        write(action, into: &frame, row: row + (notes.isEmpty ? 0 : 1), column: column, width: width, limit: limit, style: Theme.secondary)
    }
}
