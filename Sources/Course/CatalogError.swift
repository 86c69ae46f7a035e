/// Problems with the course's lesson folders as a whole, for the course author.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A lesson file is malformed.
    case lesson(LessonError)
    /// A file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// A stage folder has no `README.md`, or it has no heading to give the stage its title.
    case stageWithoutTitle(folder: String)
    /// Two lesson files declare the same `id`.
    case duplicateLessonId(id: String, first: String, second: String)
    /// A lesson lists a prerequisite that is no lesson's id.
    case unknownPrerequisite(id: String, file: String)

    /// A one-line message naming the file at fault.
    public var description: String {
        switch self {
        case .lesson(let error):
            return error.description
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .stageWithoutTitle(let folder):
            return "\(folder)/README.md: a stage needs a README.md whose first heading is the stage's title"
        case .duplicateLessonId(let id, let first, let second):
            return "\(second): lesson id '\(id)' is already used by \(first)"
        case .unknownPrerequisite(let id, let file):
            return "\(file): prerequisite '\(id)' is not the id of any lesson"
        }
    }
}
