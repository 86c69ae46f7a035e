/// A multiple-choice question written in a ```` ```quiz ```` fence:
///
/// ````
/// ```quiz
/// id: broadcasting-shape
/// question: What is the shape of np.ones((3, 1)) + np.ones(4)?
/// - [ ] (3, 1)
/// - [x] (3, 4)
/// - [ ] an error
/// explanation: Broadcasting stretches the size-1 axis of each operand.
/// ```
/// ````
///
/// A line that is not a key (`id:`, `question:`, `explanation:`) or an option (`- [ ]`, `- [x]`)
/// continues the field above it; blank lines are ignored. `lessons/README.md` describes the format.
public struct Quiz: Equatable, Sendable {
    /// The quiz's identifier, unique within its lesson (answers are stored under it).
    public var id: String
    /// The question.
    public var question: String
    /// The options, in the order written.
    public var options: [String]
    /// The indices into `options` of the correct options (at least one).
    public var correct: Set<Int>
    /// Why the correct options are correct, shown after answering.
    public var explanation: String

    /// A quiz from its parts.
    public init(id: String, question: String, options: [String], correct: Set<Int>, explanation: String) {
        self.id = id
        self.question = question
        self.options = options
        self.correct = correct
        self.explanation = explanation
    }

    /// Parses the body of a quiz fence whose first body line is line `firstLine` of the lesson.
    /// Throws `SourceError` naming the lesson line of the problem.
    public static func parse(_ body: String, firstLine: Int) throws -> Quiz {
        enum Field { case id, question, option, explanation }
        var id: String?, question: String?, explanation: String?
        var options: [String] = []
        var correct: Set<Int> = []
        var last: Field?
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var endLine = firstLine  // the last non-blank line, where "missing" errors point

        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingSpaces()
            let number = firstLine + offset
            if line.isEmpty { continue }
            endLine = number

            func set(_ field: Field, _ value: inout String?, _ key: String) throws {
                if value != nil { throw SourceError(line: number, message: "quiz has a second '\(key):'") }
                let text = String(line.dropFirst(key.count + 1)).trimmingSpaces()
                if text.isEmpty { throw SourceError(line: number, message: "quiz '\(key):' is empty") }
                value = text
                last = field
            }

            if line.hasPrefix("id:") {
                try set(.id, &id, "id")
            } else if line.hasPrefix("question:") {
                try set(.question, &question, "question")
            } else if line.hasPrefix("explanation:") {
                try set(.explanation, &explanation, "explanation")
            } else if let (isCorrect, text) = option(line) {
                if explanation != nil {
                    throw SourceError(line: number, message: "quiz option after the explanation; put options before 'explanation:'")
                }
                if text.isEmpty { throw SourceError(line: number, message: "quiz option is empty") }
                if isCorrect { correct.insert(options.count) }
                options.append(text)
                last = .option
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                throw SourceError(line: number, message: "quiz option must start with '- [ ]' (wrong) or '- [x]' (correct)")
            } else {
                switch last {
                case .id: throw SourceError(line: number, message: "quiz id must be a single word on one line")
                case .question: question! += " " + line
                case .option: options[options.count - 1] += " " + line
                case .explanation: explanation! += " " + line
                case nil:
                    throw SourceError(line: number, message: "unexpected quiz line '\(line)'; expected 'id:', 'question:', an option or 'explanation:'")
                }
            }
        }

        guard let id else { throw SourceError(line: firstLine, message: "quiz has no 'id:'") }
        if id.contains(where: { $0 == " " || $0 == "\t" }) {
            throw SourceError(line: firstLine, message: "quiz id '\(id)' must not contain spaces")
        }
        guard let question else { throw SourceError(line: firstLine, message: "quiz '\(id)' has no 'question:'") }
        if options.isEmpty { throw SourceError(line: endLine, message: "quiz '\(id)' has no options ('- [ ] wrong', '- [x] right')") }
        if options.count < 2 { throw SourceError(line: endLine, message: "quiz '\(id)' needs at least two options") }
        if correct.isEmpty { throw SourceError(line: endLine, message: "quiz '\(id)' has no correct option (mark one with '- [x]')") }
        guard let explanation else { throw SourceError(line: endLine, message: "quiz '\(id)' has no 'explanation:'") }
        return Quiz(id: id, question: question, options: options, correct: correct, explanation: explanation)
    }

    /// `(isCorrect, text)` for a line `- [ ] text`, `- [x] text` or `- [X] text`; nil otherwise.
    private static func option(_ line: String) -> (Bool, String)? {
        for (marker, isCorrect) in [("- [ ]", false), ("- [x]", true), ("- [X]", true)] where line.hasPrefix(marker) {
            return (isCorrect, String(line.dropFirst(marker.count)).trimmingSpaces())
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
