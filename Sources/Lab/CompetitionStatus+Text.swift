import Foundation

extension [CompetitionStatus] {
    /// What `ailab competitions` prints: one block per competition.
    public var text: String {
        map { status in
            let spec = status.competition.spec
            let standing = status.best.map { best in
                "your best \(score(best)), rank \(status.rank ?? 0) of \(status.rankedCount)"
            } ?? "no submission from you yet (\(status.rankedCount) ranked)"
            let deadline = spec.deadline.map { (status.isClosed ? "closed at " : "closes at ") + utcText($0) } ?? "no deadline"
            let quota = status.isClosed
                ? "closed"
                : "\(status.leftToday) of \(spec.dailyLimit) submissions left today (resets \(utcText(status.resetsAt)))"
            return """
                \(status.competition.id) — \(spec.title)
                  \(spec.description)
                  metric    \(spec.metric.displayName) (\(spec.direction.phrase)): \(spec.metric.formula)
                  deadline  \(deadline)
                  you       \(standing)
                  today     \(quota)
                """
        }.joined(separator: "\n\n") + "\n"
    }
}
