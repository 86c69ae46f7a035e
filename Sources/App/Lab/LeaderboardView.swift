import Foundation
import Lab
import TerminalUI

extension AppState {
    /// The ranking table, then the learner's public scores over time.
    func drawLeaderboard(_ board: LeaderboardState, _ frame: inout Frame) {
        frame.bar(row: 0, left: "Lab · \(board.competitionID) · public leaderboard", right: board.data.map { "\($0.publicReport.rows.count) ranked" } ?? "", style: Theme.bar)
        guard let data = board.data else {
            frame.put(board.failed ? "The leaderboard could not be loaded; the status bar says why." : "Loading the leaderboard…",
                      row: 2, column: 2, style: Theme.secondary)
            return
        }
        let report = data.publicReport
        let spec = report.competition.spec
        let showsPrivate = data.privateScores != nil
        let header = "  " + leftPad("rank", width: 5) + "  " + pad("learner", width: 20) + "  " + leftPad("public", width: 9)
            + (showsPrivate ? "  " + leftPad("private", width: 9) : "") + "  " + leftPad("entries", width: 7) + "  last submission (UTC)"
        frame.put(header, row: 1, column: 0, style: Theme.minorHeading, maxWidth: size.columns)
        if report.rows.isEmpty {
            frame.put("No scored submission yet: be the first (s on the competitions screen).", row: 3, column: 2)
        }
        for (screenRow, index) in board.scroll.visibleRange.enumerated() {
            let row = 2 + screenRow
            let entry = report.rows[index]
            let isMine = entry.login == report.viewer
            let isSelected = index == board.scroll.selected
            let privateText = showsPrivate ? "  " + leftPad(data.privateScores?[entry.login].map { String(format: "%.5f", $0) } ?? "–", width: 9) : ""
            let line = (isSelected ? "› " : "  ") + leftPad(String(entry.rank), width: 5) + "  " + pad(truncate(entry.login + (isMine ? " (you)" : ""), width: 20), width: 20)
                + "  " + leftPad(String(format: "%.5f", entry.score), width: 9) + privateText + "  " + leftPad(String(entry.entries), width: 7)
                + "  " + utcText(entry.lastSubmittedAt)
            var style: Style = isSelected ? Theme.selected : .plain
            style.bold = isMine
            frame.put(pad(line, width: size.columns), row: row, column: 0, style: style, maxWidth: size.columns)
        }
        let scores = data.history.map(\.publicScore)
        let bottom = size.rows - 5
        frame.put(String(repeating: "─", count: size.columns), row: bottom, column: 0, style: Theme.secondary)
        if scores.isEmpty {
            frame.put("Your public scores will show here as you submit.", row: bottom + 1, column: 2, style: Theme.secondary)
        } else {
            let best = scores.min { spec.direction.isBetter($0, than: $1) }!
            frame.put("Your public scores (\(scores.count), \(spec.direction.phrase)): " + sparkline(Array(scores.suffix(size.columns - 50))),
                      row: bottom + 1, column: 2, maxWidth: size.columns - 3)
            frame.put(String(format: "first %.5f · best %.5f · last %.5f", scores.first!, best, scores.last!), row: bottom + 2, column: 2, style: Theme.secondary)
        }
        if !showsPrivate {
            frame.put(truncate("Private scores stay hidden until the deadline, when they decide the ranking.", width: size.columns - 4),
                      row: bottom + 3, column: 2, style: Theme.secondary)
        }
    }
}
