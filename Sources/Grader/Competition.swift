import Foundation

/// One competition of a course: its spec and where its files are.
public struct Competition: Equatable, Sendable {
    /// File name of the spec inside `grader/<id>/`.
    public static let specFileName = "competition.json"
    /// File name of the answer key inside `grader/<id>/`.
    public static let answerKeyFileName = "solution.csv"

    /// The competition's name, also its folder name: "house-prices".
    public let id: String
    /// Its rules.
    public let spec: CompetitionSpec
    /// `grader/<id>/`, which holds the spec and the hidden answer key.
    public let graderDirectory: URL
    /// `datasets/<id>/`, the public files learners read.
    public let datasetDirectory: URL

    /// Creates a competition value from its parts.
    public init(id: String, spec: CompetitionSpec, graderDirectory: URL, datasetDirectory: URL) {
        self.id = id
        self.spec = spec
        self.graderDirectory = graderDirectory
        self.datasetDirectory = datasetDirectory
    }

    /// The hidden answer key's path.
    public var answerKeyURL: URL { graderDirectory.appending(path: Competition.answerKeyFileName) }
    /// The public sample submission, the model for a valid file.
    public var sampleSubmissionURL: URL { datasetDirectory.appending(path: "sample_submission.csv") }

    /// True once `deadline` has passed at `now`; always false without a deadline.
    public func isClosed(at now: Date) -> Bool {
        spec.deadline.map { now >= $0 } ?? false
    }

    /// Reads and checks the answer key.
    public func loadAnswerKey() throws -> AnswerKey {
        try AnswerKey.load(from: answerKeyURL, idColumn: spec.idColumn, targetColumn: spec.targetColumn)
    }
}
