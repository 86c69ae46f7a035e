import Foundation
import Testing
@testable import Grader

// Helpers shared by the Grader tests: temporary folders, file writing and tiny fixture competitions
// whose every expected value can be worked out by hand.

/// Runs `body` with a fresh folder under the system's temporary directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appending(path: "ailab-grader-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// Writes `text` as UTF-8 to `url`, creating the folders on the way.
func write(_ text: String, to url: URL) throws {
    try write(Array(text.utf8), to: url)
}

/// Writes `bytes` to `url`, creating the folders on the way.
func write(_ bytes: [UInt8], to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
}

/// Creates the folder `url` and its parents.
func makeDirectory(_ url: URL) throws {
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
}

/// The path of `url` with symbolic links resolved, for comparing folders found by different routes.
func resolvedPath(_ url: URL) -> String {
    url.resolvingSymlinksInPath().standardizedFileURL.path
}

/// The checkout this file belongs to: Tests/GraderTests/<file>.swift, three levels up.
func repositoryRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A minimal valid spec file for a competition with the columns `Id,SalePrice`, scored by RMSE of logs.
/// `changes` replaces the JSON text of a key (a value of nil removes the key).
func specJSON(_ changes: [String: String?] = [:]) -> String {
    var fields: [(String, String)] = [
        ("title", #""Tiny Houses""#),
        ("description", #""Ten houses, three in the public part.""#),
        ("idColumn", #""Id""#),
        ("targetColumn", #""SalePrice""#),
        ("metric", #""rmse-log""#),
    ]
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
        if let index = fields.firstIndex(where: { $0.0 == key }) {
            if let value { fields[index].1 = value } else { fields.remove(at: index) }
        } else if let value {
            fields.append((key, value))
        }
    }
    return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
}

/// A tiny house-price competition: ids 1...10, ids 2, 5 and 9 public, scored by RMSE of logs.
///
/// The targets are odd numbers that appear nowhere else in the tests, so a message that printed one
/// would be caught by the leak checks.
enum TinyHouses {
    static let spec = CompetitionSpec(
        title: "Tiny Houses", description: "Ten houses.", idColumn: "Id", targetColumn: "SalePrice", metric: .rmseOfLogs)
    static let ids = (1...10).map(String.init)
    static let targets: [Double] = [208_517, 181_523, 223_529, 140_531, 250_537, 143_541, 307_547, 200_551, 129_553, 118_559]
    static let publicIDs: Set<String> = ["2", "5", "9"]
    static let key = AnswerKey(ids: ids, targets: targets, isPublic: ids.map(publicIDs.contains))
    static let samplePath = "datasets/tiny-houses/sample_submission.csv"

    /// The prediction the valid fixture files give id `n`: 100,000 + 1,000 n.
    static func prediction(_ n: Int) -> Double { Double(100_000 + 1_000 * n) }
    /// The predictions of a valid file, in the key's order.
    static let expectedPredictions = (1...10).map(prediction)

    /// `Id,SalePrice` and one row per id, in order: row of id n is on line n + 1.
    static func validRows() -> [String] { (1...10).map { "\($0),\(100_000 + 1_000 * $0)" } }

    /// A file of the header and rows, each line ended by `\n`.
    static func file(header: String = "Id,SalePrice", _ rows: [String]) -> [UInt8] {
        Array(([header] + rows).map { $0 + "\n" }.joined().utf8)
    }

    static func validator(maxBytes: Int = SubmissionValidator.defaultMaxBytes) -> SubmissionValidator {
        SubmissionValidator(spec: spec, answerKey: key, sampleSubmissionPath: samplePath, maxBytes: maxBytes)
    }
}

/// A tiny sentiment competition: ids 101...106, scored by ROC AUC, so predictions must lie in [0, 1].
enum TinySentiment {
    static let spec = CompetitionSpec(
        title: "Tiny Sentiment", description: "Six reviews.", idColumn: "id", targetColumn: "sentiment", metric: .rocAUC)
    static let key = AnswerKey(
        ids: ["101", "102", "103", "104", "105", "106"], targets: [1, 0, 1, 0, 1, 0],
        isPublic: [true, false, true, false, false, true])

    static func validator() -> SubmissionValidator {
        SubmissionValidator(spec: spec, answerKey: key, sampleSubmissionPath: "datasets/tiny-sentiment/sample_submission.csv")
    }
}

/// Validates `bytes` and returns the rejection; records an issue when the file is accepted.
func reject(
    _ bytes: [UInt8], by validator: SubmissionValidator = TinyHouses.validator(), fileName: String = "submission.csv",
    sourceLocation: SourceLocation = #_sourceLocation
) -> SubmissionRejection? {
    do {
        let accepted = try validator.validate(bytes: bytes, fileName: fileName)
        Issue.record("the file was accepted with predictions \(accepted.predictions)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Validates the file at `path` and returns the rejection; records an issue when the file is accepted.
func reject(
    fileAt path: String, by validator: SubmissionValidator = TinyHouses.validator(),
    sourceLocation: SourceLocation = #_sourceLocation
) -> SubmissionRejection? {
    do {
        let accepted = try validator.validate(fileAt: path)
        Issue.record("the file was accepted with predictions \(accepted.predictions)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

extension SubmissionRejection {
    /// The group of `kind`, if any.
    func group(_ kind: ProblemKind) -> ProblemGroup? { problems.first { $0.kind == kind } }

    /// Every text a learner sees: the examples, the hints and the full report.
    var allText: [String] { problems.flatMap(\.examples) + problems.map(\.summary) + hints + [description] }
}

/// Checks that a learner-facing text reveals nothing of the answer key beyond its ids:
/// no target value (in the ways Swift or a CSV writer would print it) and no Usage word.
func expectNoLeak(_ texts: [String], key: AnswerKey, sourceLocation: SourceLocation = #_sourceLocation) {
    var secrets = ["Public", "Private", "public", "private"]
    for target in key.targets {
        secrets.append(String(target))  // "208517.0"
        if target == target.rounded() { secrets.append(String(Int(target))) }  // "208517"
    }
    for text in texts {
        for secret in secrets {
            #expect(!text.contains(secret), "'\(text)' reveals '\(secret)' from the answer key", sourceLocation: sourceLocation)
        }
    }
}
