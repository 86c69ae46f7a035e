import Foundation

extension FinalSelection {
    /// What `ailab select` prints: what counts and why, the learner's on-time submissions with the counted
    /// ones marked, and how to change the choice. Private scores appear only once the competition is closed.
    public var text: String {
        let id = competition.id, spec = competition.spec
        guard !submissions.isEmpty else {
            return "You have no on-time submissions to \(id) yet, so there is nothing to select. "
                + "Submit first: ailab submit \(id) <file.csv>\n"
        }
        let list = counted.map { "#\($0)" }.joined(separator: ", ")
        let counts = spec.finalSelections == 1 ? "1 submission counts" : "\(spec.finalSelections) submissions count"
        var lines = [isChosen
            ? "\(id): \(counts) for the private ranking; you chose \(list)."
            : "\(id): \(counts) for the private ranking; you have not chosen, so your best public "
                + (counted.count == 1 ? "score counts: " : "scores count: ") + list + "."]
        if let deadline = spec.deadline {
            lines.append(isClosed ? "Closed at \(utcText(deadline)): this selection is final." : "You can change it until \(utcText(deadline)).")
        }
        lines.append("")
        var header = ["#", "submitted", "public score"]
        if isClosed { header.append("private score") }
        header += ["counts", "file", "message"]
        let rows = submissions.map { submission in
            let submissionID = submission.id ?? 0
            var row = [String(submissionID), utcText(submission.submittedAt), score(submission.publicScore)]
            if isClosed { row.append(score(submission.privateScore)) }
            row += [counted.contains(submissionID) ? "yes" : "", submission.fileName, submission.message ?? ""]
            return row
        }
        lines += alignedColumns(header: header, rows: rows, rightAligned: isClosed ? [0, 2, 3] : [0, 2])
        if !isClosed {
            lines.append("")
            lines.append("Choose: ailab select \(id) <id>…   Back to the best public scores: ailab select \(id) --clear")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
