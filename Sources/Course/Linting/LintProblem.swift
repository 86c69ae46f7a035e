/// A problem the lesson linter (or `ailab course check`) found, for the course author: `file:line: message`.
public struct LintProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file, relative to the folder checked: the lessons folder for the linter, the course root for the
    /// course check.
    public let file: String
    /// The 1-based line, when the problem has one.
    public let line: Int?
    /// What is wrong and how to fix it.
    public let message: String

    /// A problem in `file` at `line`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` without a line.
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
