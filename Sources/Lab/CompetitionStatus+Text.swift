import Foundation

extension CompetitionStatus {
    /// "closes at 2027-05-31 23:59 UTC; late ones are refused", "closed at …; late ones are scored but not
    /// ranked", or "no deadline".
    public var deadlineText: String {
        let spec = competition.spec
        guard let deadline = spec.deadline else { return "no deadline" }
        let late = spec.lateSubmissions == .score ? "late ones are scored but not ranked" : "late ones are refused"
        return (isClosed ? "closed at " : "closes at ") + utcText(deadline) + "; " + late
    }

    /// "3 of 5 submissions left today (resets 2026-11-24 00:00 UTC)", with ", late" after the deadline when late
    /// submissions are scored, or "closed".
    public var quotaText: String {
        let spec = competition.spec
        let left = "\(leftToday) of \(spec.dailyLimit) submissions left today (resets \(utcText(resetsAt)))"
        guard isClosed else { return left }
        return spec.lateSubmissions == .score ? left + ", late" : "closed"
    }

    /// How many submissions count for the private ranking, and which.
    public var finalSelectionText: String {
        let count = competition.spec.finalSelections
        return (count == 1 ? "1 submission counts" : "\(count) submissions count")
            + " for the private ranking: your choice (ailab select) or your best public"
    }
}

extension [CompetitionStatus] {
    /// What `ailab competitions` prints: one block per competition.
    public var text: String {
        map { status in
            let spec = status.competition.spec
            let standing = status.best.map { best in
                "your best \(score(best)), rank \(status.rank ?? 0) of \(status.rankedCount)"
            } ?? "no submission from you yet (\(status.rankedCount) ranked)"
            return """
                \(status.competition.id) — \(spec.title)
                  \(spec.description)
                  metric    \(spec.metric.displayName) (\(spec.direction.phrase)): \(spec.metric.formula)
                  deadline  \(status.deadlineText)
                  final     \(status.finalSelectionText)
                  you       \(standing)
                  today     \(status.quotaText)
                """
        }.joined(separator: "\n\n") + "\n"
    }
}
