import TerminalUI

extension AppState {
    /// The search box over the body: the query with a cursor, the number of matches, and one row per match.
    func drawSearch(_ search: SearchState, _ frame: inout Frame) {
        let layout = Layout(size: size)
        for row in 1...layout.bodyHeight { frame.put(String(repeating: " ", count: size.columns), row: row, column: 0) }
        frame.bar(row: 0, left: "ailab · search", right: "", style: Theme.bar)
        let column = frame.put("Search: ", row: 1, column: 1, style: Theme.heading)
        let end = frame.put(search.query, row: 1, column: column, maxWidth: size.columns - column - 2)
        frame.put("▏", row: 1, column: end)
        let count: String
        if search.query.isEmpty {
            count = "Type words from a lesson's title or text; every word must occur."
        } else {
            count = search.hits.isEmpty ? "No lesson matches." : "\(search.hits.count) lesson\(search.hits.count == 1 ? "" : "s") match."
        }
        frame.put(count, row: 2, column: 1, style: Theme.secondary, maxWidth: size.columns - 2)
        frame.put(String(repeating: "─", count: size.columns), row: 3, column: 0, style: Theme.secondary)
        for (screenRow, index) in search.scroll.visibleRange.enumerated() {
            let hit = search.hits[index]
            let row = 4 + screenRow
            let isSelected = index == search.scroll.selected
            let style = isSelected ? Theme.selected : .plain
            if isSelected { frame.put(String(repeating: " ", count: size.columns), row: row, column: 0, style: style) }
            let lesson = course.lessons[hit.lessonIndex]
            var column = frame.put(isSelected ? "› " : "  ", row: row, column: 1, style: style)
            var titleStyle = Theme.heading
            titleStyle.reverse = isSelected
            column = frame.put(lesson.title, row: row, column: column, style: titleStyle, maxWidth: size.columns / 2)
            column = frame.put(" · \(course.stageTitle(ofLesson: hit.lessonIndex)) — ", row: row, column: column, style: style)
            frame.put(truncate(hit.snippet, width: max(size.columns - column - 1, 0)), row: row, column: column, style: style)
        }
    }
}
