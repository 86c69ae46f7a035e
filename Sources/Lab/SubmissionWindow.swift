import Foundation

/// The daily submission window: a UTC calendar day, reset at 00:00 UTC as on Kaggle.
public struct SubmissionWindow: Equatable, Sendable {
    /// 00:00 UTC of the day containing the instant.
    public let start: Date
    /// 00:00 UTC of the next day, when the count resets.
    public let end: Date

    /// The window that contains `instant`.
    public init(containing instant: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        start = calendar.startOfDay(for: instant)
        end = calendar.date(byAdding: .day, value: 1, to: start)!
    }

    /// "7 h 12 min", "45 min", "less than a minute": time left until the reset, from `now`.
    public func timeUntilReset(from now: Date) -> String {
        let minutes = Int(end.timeIntervalSince(now) / 60)
        switch minutes {
        case ..<1: return "less than a minute"
        case ..<60: return "\(minutes) min"
        default: return "\(minutes / 60) h \(minutes % 60) min"
        }
    }
}
