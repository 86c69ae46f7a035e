import Foundation

extension [CompetitionStatus] {
    /// What `ailab competitions` prints: one block per competition.
    public var text: String {
        map { status in
            let spec = status.competition.spec
            let standing = status.best.map { best in
                "your best \(score(best)), rank \(status.rank ?? 0) of \(status.rankedCount)"
            } ?? "no submission from you yet (\(status.rankedCount) ranked)"
            let late = spec.lateSubmissions == .score ? "late ones are scored but not ranked" : "late ones are refused"
            let deadline = spec.deadline.map { (status.isClosed ? "closed at " : "closes at ") + utcText($0) + "; " + late } ?? "no deadline"
            let left = "\(status.leftToday) of \(spec.dailyLimit) submissions left today (resets \(utcText(status.resetsAt)))"
            let quota = !status.isClosed ? left : spec.lateSubmissions == .score ? left + ", late" : "closed"
            let final = spec.finalSelections == 1 ? "1 submission counts" : "\(spec.finalSelections) submissions count"
            return """
                \(status.competition.id) — \(spec.title)
                  \(spec.description)
                  metric    \(spec.metric.displayName) (\(spec.direction.phrase)): \(spec.metric.formula)
                  deadline  \(deadline)
                  final     \(final) for the private ranking: your choice (ailab select) or your best public
                  you       \(standing)
                  today     \(quota)
                """
        }.joined(separator: "\n\n") + "\n"
    }
}
