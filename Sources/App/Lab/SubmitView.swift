import Foundation
import Lab
import TerminalUI

extension AppState {
    /// The file picker, the wait, the score, or every problem found.
    func drawSubmit(_ submit: SubmitState, _ frame: inout Frame) {
        frame.bar(row: 0, left: "Lab · \(submit.competitionID) · submit", right: "", style: Theme.bar)
        let width = size.columns - 4
        let limit = size.rows - 1
        switch submit.phase {
        case .choosing:
            frame.put(truncate("Folder: " + (submit.folder as NSString).standardizingPath, width: width), row: 1, column: 2, style: Theme.heading)
            frame.put("Enter submits a CSV file or opens a folder; Backspace goes up. Only folders and .csv files are listed.",
                      row: 2, column: 2, style: Theme.secondary, maxWidth: width)
            for (screenRow, index) in submit.list.visibleRange.enumerated() {
                let row = 4 + screenRow
                guard row < limit else { break }
                let isSelected = index == submit.list.selected
                let text: String
                switch submit.items[index] {
                case .trained(let path): text = "the predictions just trained: \(path)"
                case .parent: text = "../"
                case .entry(let entry): text = entry.isFolder ? entry.name + "/" : pad(entry.name, width: 40) + " " + byteText(entry.bytes)
                }
                frame.put(pad((isSelected ? "› " : "  ") + text, width: width), row: row, column: 1, style: isSelected ? Theme.selected : .plain, maxWidth: width)
            }
        case .submitting(let path):
            frame.put("Validating and scoring \(path)…", row: 2, column: 2)
        case .scored(let receipt):
            drawReceipt(receipt, &frame, width: width)
        case .refused(let problems):
            var row = 2
            for line in (problems + ["", "Nothing was stored and no submission was used. Fix the file, then Enter picks it again."]).dropFirst(submit.problemOffset) where row < limit {
                row = write(line, into: &frame, row: row, column: 2, width: width, limit: limit, style: row == 2 ? Theme.wrong : .plain)
            }
        }
    }

    /// The score, the change against the learner's best, the rank and what is left today.
    private func drawReceipt(_ receipt: SubmitReceipt, _ frame: inout Frame, width: Int) {
        let limit = size.rows - 1
        let spec = receipt.competition.spec
        let score = { (value: Double) in String(format: "%.5f", value) }
        var row = write("Submission #\(receipt.submissionID) scored\(receipt.isLate ? " late" : ""): \(receipt.fileName), \(receipt.rows) rows.",
                        into: &frame, row: 2, column: 2, width: width, limit: limit, style: Theme.heading) + 1
        let change: String
        if let best = receipt.previousBest {
            let difference = String(format: "%+.5f", receipt.publicScore - best)
            change = receipt.isNewBest ? "✓ new best: \(difference) against \(score(best))" : "\(difference) against your best, \(score(best)), which stays"
        } else {
            change = "✓ your first score here"
        }
        var fields: [(String, String)] = [
            ("public score", "\(score(receipt.publicScore))  \(spec.metric.displayName), \(spec.direction.phrase)"),
            ("change", change),
        ]
        fields += receipt.secondary.map { ($0.name, score($0.value)) }
        if let revealed = receipt.revealedPrivateScore { fields.append(("private score", score(revealed))) }
        fields += [
            ("public rank", receipt.standingText),
            ("left today", "\(receipt.dailyLimit - receipt.usedToday) of \(receipt.dailyLimit); the count resets at \(utcText(receipt.resetsAt)) (in \(receipt.timeUntilReset))"),
        ]
        for (label, value) in fields where row < limit {
            frame.put(label, row: row, column: 2, style: Theme.secondary)
            row = write(value, into: &frame, row: row, column: 16, width: width - 14, limit: limit)
        }
        if let same = receipt.sameFileAs {
            row = write("This file is identical to your submission #\(same); it was scored again and counts toward today's limit.",
                        into: &frame, row: row + 1, column: 2, width: width, limit: limit)
        }
        row = write(receipt.privateScoreNote,
                    into: &frame, row: row + 1, column: 2, width: width, limit: limit, style: Theme.secondary)
        write("b opens the leaderboard; Enter goes back to the files.", into: &frame, row: row + 1, column: 2, width: width, limit: limit, style: Theme.secondary)
    }
}
