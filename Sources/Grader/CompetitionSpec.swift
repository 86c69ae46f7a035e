import Foundation

/// A competition's rules, read from `grader/<id>/competition.json` (format documented in grader/README.md).
public struct CompetitionSpec: Equatable, Sendable {
    /// Display title, e.g. "House Prices".
    public var title: String
    /// One or two sentences on the task.
    public var description: String
    /// Name of the id column in test.csv, the sample submission and the answer key.
    public var idColumn: String
    /// Name of the predicted column.
    public var targetColumn: String
    /// How submissions are scored.
    public var metric: CompetitionMetric
    /// Scored submissions allowed per learner per UTC day (default 5).
    public var dailyLimit: Int
    /// After this instant no submission is accepted and the private leaderboard is open to everyone.
    public var deadline: Date?
    /// The share of test rows in the public part, as cut in the answer key (default 0.3).
    public var publicFraction: Double
    /// How many of a learner's submissions count for the private ranking (default 2, as on Kaggle).
    public var finalSelections: Int
    /// What happens to a submission after the deadline (default: refused).
    public var lateSubmissions: LatePolicy

    /// Whether smaller or larger scores win: always the metric's own direction.
    public var direction: ScoreDirection { metric.direction }

    /// The defaults used where a spec leaves a setting out.
    public static let defaultDailyLimit = 5
    public static let defaultPublicFraction = 0.3
    public static let defaultFinalSelections = 2

    /// The keys a spec file may hold (unknown ones are ignored when it loads; `ailab course check` reports them).
    public static let keys = [
        "title", "description", "idColumn", "targetColumn", "metric", "direction", "dailyLimit", "deadline",
        "publicFraction", "finalSelections", "lateSubmissions",
    ]

    /// Creates a spec in code (tests, generated courses).
    public init(
        title: String, description: String, idColumn: String, targetColumn: String, metric: CompetitionMetric,
        dailyLimit: Int = defaultDailyLimit, deadline: Date? = nil, publicFraction: Double = defaultPublicFraction,
        finalSelections: Int = defaultFinalSelections, lateSubmissions: LatePolicy = .refuse
    ) {
        self.title = title
        self.description = description
        self.idColumn = idColumn
        self.targetColumn = targetColumn
        self.metric = metric
        self.dailyLimit = dailyLimit
        self.deadline = deadline
        self.publicFraction = publicFraction
        self.finalSelections = finalSelections
        self.lateSubmissions = lateSubmissions
    }

    /// This spec with the course's settings for it (from `course.json`) in place of its own.
    public func applying(_ rules: CompetitionRules) -> CompetitionSpec {
        var spec = self
        if let deadline = rules.deadline { spec.deadline = deadline }
        if let dailyLimit = rules.dailyLimit { spec.dailyLimit = dailyLimit }
        if let finalSelections = rules.finalSelections { spec.finalSelections = finalSelections }
        if let lateSubmissions = rules.lateSubmissions { spec.lateSubmissions = lateSubmissions }
        return spec
    }

    /// Reads and checks a spec file; every problem is a `CourseError.invalidFile` naming the file.
    public static func load(from url: URL) throws -> CompetitionSpec {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: "cannot be read (\(error.localizedDescription))")
        }
        let file: SpecFile
        do { file = try JSONDecoder().decode(SpecFile.self, from: data) } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: describeDecodingError(error))
        }
        return try file.validated(path: url.path)
    }
}

/// The JSON shape of a spec file; optional keys take the documented defaults.
private struct SpecFile: Decodable {
    var title: String
    var description: String
    var idColumn: String
    var targetColumn: String
    var metric: String
    var direction: String?
    var dailyLimit: Int?
    var deadline: String?
    var publicFraction: Double?
    var finalSelections: Int?
    var lateSubmissions: String?

    func validated(path: String) throws -> CompetitionSpec {
        func invalid(_ reason: String) -> CourseError { .invalidFile(path: path, line: nil, reason: reason) }
        guard let metric = CompetitionMetric(rawValue: metric) else {
            let known = CompetitionMetric.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid("metric '\(self.metric)' is not one of: \(known)")
        }
        if let direction, direction != metric.direction.rawValue {
            throw invalid("direction '\(direction)' contradicts metric \(metric.rawValue), for which \(metric.direction.phrase)")
        }
        for (key, value) in [("title", title), ("description", description), ("idColumn", idColumn), ("targetColumn", targetColumn)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw invalid("\(key) is empty")
        }
        guard idColumn != targetColumn else { throw invalid("idColumn and targetColumn are both '\(idColumn)'") }
        let publicFraction = publicFraction ?? CompetitionSpec.defaultPublicFraction
        guard publicFraction > 0, publicFraction < 1 else { throw invalid("publicFraction must lie strictly between 0 and 1") }
        let rules = try CompetitionRules.checked(
            deadline: deadline, dailyLimit: dailyLimit, finalSelections: finalSelections, lateSubmissions: lateSubmissions,
            invalid: invalid)
        let spec = CompetitionSpec(
            title: title, description: description, idColumn: idColumn, targetColumn: targetColumn, metric: metric,
            publicFraction: publicFraction)
        return spec.applying(rules)
    }
}

/// Parses "2027-06-30T23:59:59Z" or "2027-06-30T23:59:59+02:00".
func parseUTCTimestamp(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
}

/// A one-line account of a JSON decoding error for a course file: which key, and what was wrong.
public func describeDecodingError(_ error: any Error) -> String {
    guard let decoding = error as? DecodingError else { return "\(error)" }
    func pathText(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch decoding {
    case .keyNotFound(let key, let context):
        return "missing key '\(key.stringValue)'" + (context.codingPath.isEmpty ? "" : " in \(pathText(context.codingPath))")
    case .typeMismatch(let type, let context):
        return "\(pathText(context.codingPath)) should be \(jsonTypeName(type))"
    case .valueNotFound(let type, let context):
        return "\(pathText(context.codingPath)) is null; it should be \(jsonTypeName(type))"
    case .dataCorrupted(let context):
        guard context.codingPath.isEmpty else {
            // A well-formed file with a bad value, e.g. an unknown word for an enumeration.
            return "\(pathText(context.codingPath)): \(context.debugDescription)"
        }
        let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return "not valid JSON: " + (underlying ?? context.debugDescription)
    @unknown default:
        return "\(error)"
    }
}

private func jsonTypeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Double.Type: "a number"
    case is [String].Type, is [Any].Type: "a list"
    case is [String: Any].Type: "an object"
    default: "\(type)"
    }
}
