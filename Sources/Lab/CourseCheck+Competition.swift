import Foundation
import Grader
import MiniML

extension CourseCheck {
    /// Checks one competition: its spec, its public `test.csv` and sample submission, its answer key
    /// against `test.csv`, and that the sample submission validates and scores.
    static func checkCompetition(_ id: String, in root: CourseRoot) -> [CourseProblem] {
        var problems: [CourseProblem] = []
        let grader = root.graderDirectory.appending(path: id, directoryHint: .isDirectory)
        let datasets = root.datasetsDirectory.appending(path: id, directoryHint: .isDirectory)
        let specFile = "grader/\(id)/\(Competition.specFileName)", keyFile = "grader/\(id)/\(Competition.answerKeyFileName)"
        let testFile = "datasets/\(id)/test.csv", sampleFile = "datasets/\(id)/sample_submission.csv"
        let keyURL = grader.appending(path: Competition.answerKeyFileName)
        let sampleURL = datasets.appending(path: "sample_submission.csv")

        let spec = checkSpec(at: grader.appending(path: Competition.specFileName), file: specFile, into: &problems)
        let test = readCSV(at: datasets.appending(path: "test.csv"), file: testFile, into: &problems)
        let sample = readCSV(at: sampleURL, file: sampleFile, into: &problems)
        guard let spec else { return problems }

        let testIDs = test.flatMap { testRowIDs(of: $0, spec: spec, file: testFile, specFile: specFile, into: &problems) }
        let check = AnswerKeyCheck(url: keyURL, file: keyFile, spec: spec, specFile: specFile, testIDs: testIDs, testFile: testFile)
        problems += check.problems
        // A sample checked against a faulty key would only repeat the key's problems.
        if let key = check.usableKey, sample != nil {
            problems += checkSample(at: sampleURL, file: sampleFile, spec: spec, key: key, keyFile: keyFile)
        }
        return problems
    }

    /// Loads the spec as ailab does and flags the keys it would ignore.
    private static func checkSpec(at url: URL, file: String, into problems: inout [CourseProblem]) -> CompetitionSpec? {
        let source = JSONSource(contentsOf: url)
        var spec: CompetitionSpec?
        do { spec = try CompetitionSpec.load(from: url) } catch {
            let message = reason(of: error)
            problems.append(CourseProblem(file: file, line: source?.line(forReason: message), message: message))
        }
        problems += source?.unknownKeys(at: [], allowed: CompetitionSpec.keys, file: file) ?? []
        return spec
    }

    /// Reads a public CSV file of a competition; nil, with the problem recorded, when it is missing or malformed.
    private static func readCSV(at url: URL, file: String, into problems: inout [CourseProblem]) -> CSVTable? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            problems.append(CourseProblem(file: file, line: nil, message: "the file is missing"))
            return nil
        }
        do { return try CSVTable(contentsOf: url.path) } catch let error as CSVError {
            problems.append(CourseProblem(file: file, line: error.line, message: "column \(error.column): \(error.reason)"))
        } catch {
            problems.append(CourseProblem(file: file, line: nil, message: "cannot be read (\(error.localizedDescription))"))
        }
        return nil
    }

    /// The ids of `test.csv` in canonical form with their lines; nil when it has no id column.
    /// Empty and repeated ids are problems of `test.csv`.
    private static func testRowIDs(
        of table: CSVTable, spec: CompetitionSpec, file: String, specFile: String, into problems: inout [CourseProblem]
    ) -> [(id: String, line: Int)]? {
        guard let column = table.columnIndex(spec.idColumn) else {
            problems.append(CourseProblem(file: file, line: 1, message: "has no column '\(spec.idColumn)', the idColumn of \(specFile)"))
            return nil
        }
        var empty = ProblemTally("row with an empty id", "rows with an empty id")
        var repeated = ProblemTally("duplicate id", "duplicate ids")
        var firstLine: [String: Int] = [:]
        var ids: [(id: String, line: Int)] = []
        for record in table.records {
            let id = canonicalID(record[column])
            if id.isEmpty {
                empty.add("line \(record.line)", line: record.line)
            } else if let earlier = firstLine[id] {
                repeated.add("line \(record.line): \(id) (first on line \(earlier))", line: record.line)
            } else {
                firstLine[id] = record.line
                ids.append((id, record.line))
            }
        }
        problems += [empty, repeated].compactMap { $0.problem(in: file) }
        return ids
    }

    /// Validates and scores the sample submission against a sound answer key.
    private static func checkSample(
        at url: URL, file: String, spec: CompetitionSpec, key: AnswerKey, keyFile: String
    ) -> [CourseProblem] {
        let validator = SubmissionValidator(spec: spec, answerKey: key, sampleSubmissionPath: file)
        let submission: ValidatedSubmission
        do { submission = try validator.validate(fileAt: url.path) } catch {
            return error.problems.map { group in
                CourseProblem(file: file, line: group.examples.first.flatMap(leadingLineNumber), message: group.summary)
            }
        }
        let card: ScoreCard
        do { card = try key.score(submission.predictions, metric: spec.metric, keyPath: keyFile) } catch {
            // The metric's own message may quote a true value, so it is not repeated.
            return [CourseProblem(
                file: keyFile, line: nil,
                message: "the sample submission cannot be scored with \(spec.metric.rawValue): the answer key leaves "
                    + "the metric undefined on its public or private part (for roc-auc: both classes are needed in each)")]
        }
        let parts = [("public", card.publicScore), ("private", card.privateScore)].filter { !$0.1.isFinite }.map(\.0)
        guard parts.isEmpty else {
            return [CourseProblem(file: file, line: nil, message: "its \(parts.joined(separator: " and ")) score is not a finite number")]
        }
        return []
    }
}

/// The number in a validator example that starts "line 7: …".
private func leadingLineNumber(_ example: String) -> Int? {
    guard example.hasPrefix("line ") else { return nil }
    return Int(example.dropFirst(5).prefix { $0.isNumber })
}
