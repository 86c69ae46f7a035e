/// A problem at a line of a markdown text, before we know which file it came from.
public struct SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the text where the problem is.
    public var line: Int
    /// What is wrong, for the course author.
    public var message: String

    /// An error at `line` saying `message`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
