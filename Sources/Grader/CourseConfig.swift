import Foundation

/// Settings of the whole course, read from `course.json` in the course root (optional file).
public struct CourseConfig: Equatable, Sendable {
    /// The course's name, shown in headers.
    public var title: String
    /// Login names allowed instructor-only views and tools: the private leaderboard before the
    /// deadline, the roster.
    public var instructors: [String]
    /// The class's settings per competition, by competition name; they replace the spec's own.
    public var competitions: [String: CompetitionRules]
    /// The shared database of a class install (an absolute path); nil on a learner's own machine.
    public var database: String?

    /// The configuration used when the course root has no `course.json`.
    public static let standard = CourseConfig(title: "ailab", instructors: [])

    /// The keys `course.json` may hold at its top level.
    public static let keys = ["title", "instructors", "competitions", "database"]

    /// Creates a configuration in code.
    public init(title: String, instructors: [String], competitions: [String: CompetitionRules] = [:], database: String? = nil) {
        self.title = title
        self.instructors = instructors
        self.competitions = competitions
        self.database = database
    }

    /// True when `login` is named as an instructor.
    public func isInstructor(_ login: String) -> Bool { instructors.contains(login) }

    /// Reads `course.json`; a missing file gives `standard`, a malformed one a `CourseError` naming it.
    /// Unknown keys are ignored here (`ailab course check` reports them).
    public static func load(from url: URL) throws -> CourseConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return .standard }
        struct RulesFile: Decodable {
            var deadline: String?
            var dailyLimit: Int?
            var finalSelections: Int?
            var lateSubmissions: String?
        }
        struct File: Decodable {
            var title: String?
            var instructors: [String]?
            var competitions: [String: RulesFile]?
            var database: String?
        }
        func invalid(_ reason: String) -> CourseError { .invalidFile(path: url.path, line: nil, reason: reason) }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        } catch {
            throw invalid(describeDecodingError(error))
        }
        if let database = file.database, !database.hasPrefix("/") {
            throw invalid("database '\(database)' must be an absolute path")
        }
        var competitions: [String: CompetitionRules] = [:]
        for (name, rules) in file.competitions ?? [:] {
            competitions[name] = try CompetitionRules.checked(
                deadline: rules.deadline, dailyLimit: rules.dailyLimit, finalSelections: rules.finalSelections,
                lateSubmissions: rules.lateSubmissions, invalid: { invalid("competitions.\(name): " + $0) })
        }
        return CourseConfig(
            title: file.title ?? standard.title, instructors: file.instructors ?? [], competitions: competitions,
            database: file.database)
    }
}
