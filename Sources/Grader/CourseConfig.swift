import Foundation

/// Settings of the whole course, read from `course.json` in the course root (optional file).
public struct CourseConfig: Equatable, Sendable {
    /// The course's name, shown in headers.
    public var title: String
    /// Login names allowed instructor-only views, such as the private leaderboard before the deadline.
    public var instructors: [String]

    /// The configuration used when the course root has no `course.json`.
    public static let standard = CourseConfig(title: "ailab", instructors: [])

    /// Creates a configuration in code.
    public init(title: String, instructors: [String]) {
        self.title = title
        self.instructors = instructors
    }

    /// True when `login` is named as an instructor.
    public func isInstructor(_ login: String) -> Bool { instructors.contains(login) }

    /// Reads `course.json`; a missing file gives `standard`, a malformed one a `CourseError` naming it.
    public static func load(from url: URL) throws -> CourseConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return .standard }
        struct File: Decodable { var title: String?; var instructors: [String]? }
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
            return CourseConfig(title: file.title ?? standard.title, instructors: file.instructors ?? [])
        } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: describeDecodingError(error))
        }
    }
}
