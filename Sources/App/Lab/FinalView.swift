import Foundation
import Lab
import TerminalUI

extension AppState {
    /// What counts now and why, then the learner's on-time submissions with ticks (the choice being edited)
    /// and the ones counting now marked in words.
    func drawFinal(_ final: FinalState, _ frame: inout Frame) {
        frame.bar(row: 0, left: "Lab · \(final.competitionID) · final submissions", right: final.isEdited ? "not saved" : "", style: Theme.bar)
        guard let selection = final.selection else {
            frame.put(final.failed ? "Your submissions could not be loaded; the status bar says why." : "Loading your submissions…",
                      row: 2, column: 2, style: Theme.secondary)
            return
        }
        let summary = selection.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(2)
        var row = 1
        for line in summary where !line.isEmpty {
            row = write(String(line), into: &frame, row: row, column: 2, width: size.columns - 4, limit: 3)
        }
        guard !selection.submissions.isEmpty else { return }
        let showsPrivate = selection.isClosed
        let header = "      " + leftPad("#", width: 5) + "  " + pad("submitted (UTC)", width: 20) + "  " + leftPad("public", width: 9)
            + (showsPrivate ? "  " + leftPad("private", width: 9) : "") + "  counts now  file"
        frame.put(header, row: 3, column: 0, style: Theme.minorHeading, maxWidth: size.columns)
        for (screenRow, index) in final.scroll.visibleRange.enumerated() {
            let submission = selection.submissions[index]
            let id = submission.id ?? 0
            let isSelected = index == final.scroll.selected
            let privateText = showsPrivate ? "  " + leftPad(String(format: "%.5f", submission.privateScore), width: 9) : ""
            let line = (isSelected ? "› " : "  ") + (final.ticked.contains(id) ? "[x] " : "[ ] ") + leftPad("#\(id)", width: 5)
                + "  " + pad(utcText(submission.submittedAt), width: 20) + "  " + leftPad(String(format: "%.5f", submission.publicScore), width: 9)
                + privateText + "  " + pad(selection.counted.contains(id) ? "yes" : "", width: 10) + "  " + submission.fileName
            var style: Style = isSelected ? Theme.selected : .plain
            style.bold = selection.counted.contains(id)
            frame.put(pad(line, width: size.columns), row: 4 + screenRow, column: 0, style: style, maxWidth: size.columns)
        }
        let hint = selection.isClosed
            ? "The competition is closed: this selection is final."
            : "Tick up to \(selection.competition.spec.finalSelections) with space and save with Enter; with none ticked, your best public scores count."
        frame.put(truncate(hint, width: size.columns - 4), row: size.rows - 2, column: 2, style: Theme.secondary)
    }
}
