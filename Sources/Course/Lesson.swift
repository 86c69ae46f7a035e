/// One lesson: its front matter and its text, parsed.
public struct Lesson: Equatable, Sendable {
    /// The lesson's identifier, unique in the course.
    public var id: String
    /// The lesson's title.
    public var title: String
    /// One sentence on what the lesson covers.
    public var summary: String
    /// The expected study time, in minutes.
    public var minutes: Int
    /// What the learner will be able to do afterwards.
    public var objectives: [String]
    /// The competition that serves as the lesson's lab, if any.
    public var lab: String?
    /// The ids of lessons to study first.
    public var prerequisites: [String]
    /// The lesson's text after the front matter.
    public var document: Document
    /// The lesson's quizzes, in reading order (also found in `document`).
    public var quizzes: [Quiz]
    /// The lesson file, as named when it was parsed (relative to the lessons folder in a catalog).
    public var file: String

    /// A lesson from its parts; `quizzes` are the document's.
    public init(frontMatter: FrontMatter, document: Document, file: String) {
        id = frontMatter.id
        title = frontMatter.title
        summary = frontMatter.summary
        minutes = frontMatter.minutes
        objectives = frontMatter.objectives
        lab = frontMatter.lab
        prerequisites = frontMatter.prerequisites
        self.document = document
        quizzes = document.quizzes
        self.file = file
    }

    /// Parses a lesson file's `text`; `file` names it in errors.
    /// Throws `LessonError` with the file's line of the problem.
    public static func parse(_ text: String, file: String) throws -> Lesson {
        let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let text = unmarked.replacingCRLF()
        let (lines, bodyStart) = frontMatterLines(of: text)
        do {
            let (frontMatter, lineCount) = try FrontMatter.parse(lines: lines)
            let body = String(text[bodyStart...])
            let document = try MarkdownParser.parse(body, lineOffset: lineCount)
            return Lesson(frontMatter: frontMatter, document: document, file: file)
        } catch let error as SourceError {
            throw LessonError(file: file, line: error.line, message: error.message)
        }
    }
}

/// The lines of `text` up to and including the second line that reads `---` (all lines when there is none),
/// and where the text after them starts. Only the front matter is split into lines; cmark reads the rest.
private func frontMatterLines(of text: String) -> (lines: [Substring], bodyStart: String.Index) {
    var lines: [Substring] = []
    var start = text.startIndex
    while start < text.endIndex {
        let end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
        let line = text[start..<end]
        lines.append(line)
        start = end < text.endIndex ? text.utf8.index(after: end) : end
        if lines.count > 1, line.trimmingSpaces() == "---" { break }
    }
    return (lines.isEmpty ? [""] : lines, start)
}

/// A problem in a lesson file, for the course author: `file:line: message`.
public struct LessonError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The lesson file, as given to `Lesson.parse`.
    public var file: String
    /// The 1-based line of the file where the problem is.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// An error in `file` at `line` saying `message`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
