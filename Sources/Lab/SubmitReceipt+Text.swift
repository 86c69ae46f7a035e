import Foundation

extension SubmitReceipt {
    /// What `ailab submit` prints on success.
    public var text: String {
        let spec = competition.spec
        let comparison: String
        if let previousBest {
            comparison = isNewBest
                ? "new best (was \(score(previousBest)))"
                : "your best is still \(score(previousBest))"
        } else {
            comparison = "your first score here"
        }
        var fields: [(String, String)] = [
            ("public score", "\(score(publicScore))  \(spec.metric.displayName), \(spec.direction.phrase); \(comparison)"),
        ]
        fields += secondary.map { ($0.name, score($0.value)) }
        if let revealedPrivateScore { fields.append(("private score", score(revealedPrivateScore))) }
        fields.append(("public rank", standingText))
        let left = dailyLimit - usedToday
        fields.append(("left today", "\(left) of \(dailyLimit) submissions; the count resets at \(utcText(resetsAt)) (in \(timeUntilReset))"))
        let width = fields.map(\.0.count).max() ?? 0
        var lines = ["Submission #\(submissionID) to \(competition.id) scored\(isLate ? " late" : "") (\(fileName), \(rows) rows)."]
        lines += fields.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        if let sameFileAs {
            lines.append("note: this file is identical to your submission #\(sameFileAs); it was scored again and counts toward today's limit.")
        }
        lines.append(privateScoreNote)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Scores print with five decimals, as on Kaggle.
func score(_ value: Double) -> String { String(format: "%.5f", value) }
