import Foundation

/// A request the course rules refuse. Each message is one line and says what would make it possible.
public enum LabError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The daily limit is used up; `resetsAt` is 00:00 UTC of the next day.
    case dailyLimitReached(competition: String, limit: Int, resetsAt: Date, waitText: String)
    /// The competition's deadline has passed.
    case deadlinePassed(competition: String, deadline: Date)
    /// The private leaderboard is closed to this user until the deadline.
    case privateLeaderboardClosed(competition: String, deadline: Date?)
    /// The deadline has passed, so the final selection can no longer change.
    case selectionClosed(competition: String, deadline: Date)
    /// More submissions were chosen than count for the private ranking.
    case tooManySelections(competition: String, chosen: Int, limit: Int)
    /// The command is for the course's instructors (`course.json`), and `login` is not one.
    case notAnInstructor(login: String, command: String)

    public var description: String {
        switch self {
        case .dailyLimitReached(let competition, let limit, let resetsAt, let waitText):
            return "you have used all \(limit) submissions to \(competition) for today; "
                + "the count resets at \(utcText(resetsAt)) (in \(waitText)). Nothing was scored or stored."
        case .deadlinePassed(let competition, let deadline):
            return "\(competition) closed at \(utcText(deadline)); it accepts no more submissions."
        case .privateLeaderboardClosed(let competition, let deadline):
            let when = deadline.map { "after the deadline, \(utcText($0))" } ?? "once the instructor sets a deadline"
            return "the private leaderboard of \(competition) opens \(when); before that only instructors may see it."
        case .selectionClosed(let competition, let deadline):
            return "\(competition) closed at \(utcText(deadline)); the final selection can no longer change."
        case .tooManySelections(let competition, let chosen, let limit):
            return "\(competition) counts at most \(limit) final submission\(limit == 1 ? "" : "s") per learner, "
                + "and \(chosen) were given; choose \(limit) or fewer."
        case .notAnInstructor(let login, let command):
            return "\(command) is for the course's instructors, and \(login) is not one of them (course.json lists them)."
        }
    }
}

/// "2026-11-24 00:00 UTC".
public func utcText(_ date: Date) -> String {
    date.formatted(Date.VerbatimFormatStyle(
        format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits) UTC",
        timeZone: TimeZone(identifier: "UTC")!, calendar: Calendar(identifier: .gregorian)))
}

/// "2026-11-24T00:00:00.000Z", for machine-readable exports.
public func isoText(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
}
