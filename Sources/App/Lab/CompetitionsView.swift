import Foundation
import Lab
import TerminalUI

extension AppState {
    /// The lab screen on top: the list of competitions, or the page open over it.
    func drawLab(_ lab: LabState, _ frame: inout Frame) {
        clearBody(&frame)
        switch lab.page {
        case .explorer(let explorer): drawExplorer(explorer, &frame)
        case .train(let train): drawTrain(train, &frame)
        case .submit(let submit): drawSubmit(submit, &frame)
        case .leaderboard(let board): drawLeaderboard(board, &frame)
        case .final(let final): drawFinal(final, &frame)
        case nil: drawCompetitions(lab, &frame)
        }
    }

    /// Blanks everything between the title bar and the status bar.
    func clearBody(_ frame: inout Frame) {
        for row in 0..<(size.rows - 1) { frame.fill(row: row, style: .plain) }
    }

    /// The competitions on the left; the selected one's rules, files, standing and keys on the right.
    private func drawCompetitions(_ lab: LabState, _ frame: inout Frame) {
        let layout = Layout(size: size)
        frame.bar(row: 0, left: "Lab · competitions", right: "\(lab.competitions.count) competitions", style: Theme.bar)
        if lab.isLoading {
            frame.put("Loading the competitions…", row: 2, column: 2, style: Theme.secondary)
            return
        }
        if lab.competitions.isEmpty {
            frame.put("This course has no competitions: grader/ has none.", row: 2, column: 2)
            return
        }
        let listWidth = 28
        for (screenRow, index) in lab.list.visibleRange.enumerated() {
            let row = 1 + screenRow
            let entry = lab.competitions[index]
            let isSelected = index == lab.list.selected
            let style = isSelected ? Theme.selected : .plain
            if isSelected { frame.put(String(repeating: " ", count: listWidth), row: row, column: 0, style: style) }
            frame.put((isSelected ? "› " : "  ") + truncate(entry.id, width: listWidth - 4), row: row, column: 1, style: style)
        }
        for row in 1...layout.bodyHeight { frame.put("│", row: row, column: listWidth, style: Theme.secondary) }
        if let entry = lab.selected {
            drawCompetitionDetails(entry, &frame, column: listWidth + 2, width: size.columns - listWidth - 3)
        }
    }

    private func drawCompetitionDetails(_ entry: CompetitionEntry, _ frame: inout Frame, column: Int, width: Int) {
        let status = entry.status
        let spec = status.competition.spec
        let limit = size.rows - 1
        var row = write(spec.title, into: &frame, row: 1, column: column, width: width, limit: limit, style: Theme.heading)
        row = write(spec.description, into: &frame, row: row, column: column, width: width, limit: limit) + 1
        let standing = status.best.map { "best public score \(String(format: "%.5f", $0)), rank \(status.rank ?? 0) of \(status.rankedCount)" }
            ?? "no submission yet (\(status.rankedCount) ranked)"
        let facts: [(String, String)] = [
            ("Metric", "\(spec.metric.displayName), \(spec.direction.phrase)"),
            ("", spec.metric.formula),
            ("Data", entry.files.map { "\($0.name) \(byteText($0.bytes))" }.joined(separator: ", ")),
            ("Deadline", status.deadlineText),
            ("Final", status.finalSelectionText),
            ("You", standing),
            ("Today", status.quotaText),
            ("Models", entry.models.map(\.name).joined(separator: ", ") + " (the first is the default)"),
        ]
        for (label, value) in facts where row < limit {
            frame.put(label, row: row, column: column, style: Theme.secondary)
            row = write(value, into: &frame, row: row, column: column + 10, width: width - 10, limit: limit)
        }
        write("e explore the data · t train a model · s submit a file · b leaderboard · f final submissions", into: &frame, row: row + 1,
              column: column, width: width, limit: limit, style: Theme.secondary)
    }
}
