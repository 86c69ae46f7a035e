import TerminalUI

extension AppState {
    /// The whole frame: the screens from the bottom of the stack up, then the title and status bars.
    func draw() -> Frame {
        var frame = Frame(rows: size.rows, columns: size.columns)
        let screen = activeScreen
        if screen == .tooSmall {
            drawTooSmall(&frame)
            return frame
        }
        if let reader {
            drawReader(reader, &frame)
        } else {
            drawNavigator(&frame)
        }
        if let quiz { drawQuiz(quiz, &frame) }
        if let lab { drawLab(lab, &frame) }
        if let search { drawSearch(search, &frame) }
        if showsHelp { drawHelp(&frame) }
        frame.bar(row: size.rows - 1, left: message ?? KeyHelp.hint(for: screen, quizAnswered: quiz?.result != nil), right: statusRight, style: Theme.bar)
        return frame
    }

    /// The right end of the status bar: how far through the open lesson the screen is.
    private var statusRight: String {
        guard let reader, quiz == nil, search == nil, lab == nil else { return "" }
        return "\(reader.percentRead)%"
    }

    /// Lines of `text` wrapped to `width`, written from `row` at `column`; returns the row after the last,
    /// stopping before `limit`.
    @discardableResult
    func write(_ text: String, into frame: inout Frame, row: Int, column: Int, width: Int, limit: Int, style: Style = .plain, hanging: String = "") -> Int {
        var row = row
        for (index, line) in wrap(text, width: max(width - (hanging.isEmpty ? 0 : cellWidth(of: hanging)), 1)).enumerated() where row < limit {
            let prefix = hanging.isEmpty ? "" : (index == 0 ? hanging : String(repeating: " ", count: cellWidth(of: hanging)))
            frame.put(prefix + line, row: row, column: column, style: style, maxWidth: width)
            row += 1
        }
        return row
    }

    private func drawTooSmall(_ frame: inout Frame) {
        let minimum = Layout.minimumSize
        let text = "This window is \(size.columns)×\(size.rows). ailab needs at least \(minimum.columns)×\(minimum.rows): "
            + "make the window larger, or press q to quit."
        let lines = wrap(text, width: max(size.columns - 2, 1))
        let top = max((size.rows - lines.count) / 2, 0)
        for (index, line) in lines.enumerated() {
            frame.put(line, row: top + index, column: max((size.columns - cellWidth(of: line)) / 2, 0), style: Theme.heading)
        }
    }
}
