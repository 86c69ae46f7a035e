/// Why a submission file was not accepted: every problem found in one pass, grouped by kind.
///
/// Messages name lines and columns of the learner's file and never reveal anything of the answer
/// key beyond which ids exist (those are public in `test.csv`).
public struct SubmissionRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the learner named it.
    public let file: String
    /// One entry per kind of problem, in the order of `ProblemKind`.
    public let problems: [ProblemGroup]
    /// Suggestions for fixing the file, most specific first.
    public let hints: [String]

    /// Creates a rejection.
    public init(file: String, problems: [ProblemGroup], hints: [String]) {
        self.file = file
        self.problems = problems
        self.hints = hints
    }

    /// Total number of problems, counting every row.
    public var problemCount: Int { problems.reduce(0) { $0 + $1.count } }

    /// Kinds found, for tests and for callers that branch on them.
    public var kinds: [ProblemKind] { problems.map(\.kind) }

    /// A multi-line report: a headline, one line per kind, then the hints.
    public var description: String {
        let headline = problemCount == 1 ? "1 problem" : "\(problemCount) problems"
        var lines = ["\(file) was not accepted (\(headline); nothing was stored and no submission was used up):"]
        lines += problems.map { "  - " + $0.summary }
        lines += hints.map { "hint: " + $0 }
        return lines.joined(separator: "\n")
    }
}

/// All problems of one kind: how many, and the first few as examples.
public struct ProblemGroup: Equatable, Sendable {
    /// How many examples a group keeps.
    public static let exampleLimit = 3

    /// The kind of problem.
    public let kind: ProblemKind
    /// How many times it occurred.
    public private(set) var count: Int
    /// The first occurrences, each a short phrase such as "line 7: id 1475 (first on line 3)".
    public private(set) var examples: [String]

    init(kind: ProblemKind, first example: String) {
        self.kind = kind
        self.count = 1
        self.examples = [example]
    }

    mutating func add(_ example: String) {
        count += 1
        if examples.count < Self.exampleLimit { examples.append(example) }
    }

    /// One line: a file-level problem is its message; row problems are counted, with examples.
    public var summary: String {
        guard let noun = kind.rowNoun else { return examples.joined(separator: "; ") }
        let more = count > examples.count ? "; … and \(count - examples.count) more" : ""
        return "\(count) \(count == 1 ? noun.singular : noun.plural): \(examples.joined(separator: "; "))\(more)"
    }
}

/// The kinds of problem a submission can have, in reporting order.
public enum ProblemKind: String, CaseIterable, Comparable, Sendable {
    case unreadable, tooLarge, empty, wrongFormat, notUTF8, malformedCSV, wrongDelimiter, noHeader
    case missingColumn, unexpectedColumn, renamedColumn
    case wrongFieldCount, unknownID, duplicateID, missingValue, notANumber, notFinite, outOfRange, missingIDs

    /// How a counted row problem is named; nil for file-level problems that are reported as they are.
    var rowNoun: (singular: String, plural: String)? {
        switch self {
        case .wrongFieldCount: ("row with the wrong number of fields", "rows with the wrong number of fields")
        case .unknownID: ("id that is not a test id", "ids that are not test ids")
        case .duplicateID: ("duplicate id", "duplicate ids")
        case .missingValue: ("missing value", "missing values")
        case .notANumber: ("value that is not a number", "values that are not numbers")
        case .notFinite: ("value that is NaN or infinite", "values that are NaN or infinite")
        case .outOfRange: ("value out of range", "values out of range")
        default: nil
        }
    }

    public static func < (lhs: ProblemKind, rhs: ProblemKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
