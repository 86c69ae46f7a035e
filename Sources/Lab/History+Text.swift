import Foundation
import Store

/// What `ailab submissions` prints: the learner's history as a table, oldest first.
public func historyText(_ submissions: [Submission]) -> String {
    guard !submissions.isEmpty else {
        return "No submissions yet. Try: ailab submit house-prices datasets/house-prices/sample_submission.csv\n"
    }
    let rows = submissions.map { submission in
        [String(submission.id ?? 0), utcText(submission.submittedAt), submission.competition, score(submission.publicScore),
         submission.status.rawValue + (submission.selected ? ", final" : ""), submission.fileName, submission.message ?? ""]
    }
    return alignedColumns(
        header: ["#", "submitted", "competition", "public score", "status", "file", "message"], rows: rows, rightAligned: [0, 3]
    ).joined(separator: "\n") + "\n"
}
