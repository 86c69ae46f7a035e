import Foundation
import Grader
import MiniML

/// An answer key read the way `AnswerKey.load` reads it, but collecting every problem instead of
/// stopping at the first, and compared with the ids of `test.csv`.
///
/// Messages give ids, line numbers and counts, never a target value.
struct AnswerKeyCheck {
    /// Every problem of the key, in a fixed order: the file and its header, the rows (empty ids,
    /// duplicates, targets, Usage), the two parts, the ids against `test.csv`, the public share.
    private(set) var problems: [CourseProblem] = []
    /// The key, when it is sound enough to check the sample submission against: every row valid and
    /// the same ids as `test.csv`.
    private(set) var usableKey: AnswerKey?

    /// Checks the key at `url` (`file` relative to the course root) for the competition `spec`;
    /// `testIDs` are the ids of `test.csv` with their lines, nil when it could not be read.
    init(url: URL, file: String, spec: CompetitionSpec, specFile: String, testIDs: [(id: String, line: Int)]?, testFile: String) {
        func report(_ line: Int?, _ message: String) { problems.append(CourseProblem(file: file, line: line, message: message)) }
        guard FileManager.default.fileExists(atPath: url.path) else {
            report(nil, "the answer key is missing")
            return
        }
        let table: CSVTable
        do { table = try CSVTable(contentsOf: url.path) } catch let error as CSVError {
            report(error.line, "column \(error.column): \(error.reason)")
            return
        } catch {
            report(nil, "cannot be read (\(error.localizedDescription))")
            return
        }
        let usage = AnswerKey.usageColumn
        guard let idIndex = table.columnIndex(spec.idColumn), let targetIndex = table.columnIndex(spec.targetColumn),
            let usageIndex = table.columnIndex(usage)
        else {
            report(1, "the header must name the columns \(spec.idColumn), \(spec.targetColumn) and \(usage) "
                + "(from \(specFile)); it is \(table.header.joined(separator: ","))")
            return
        }

        let target = TargetRule(spec.metric)
        var emptyIDs = ProblemTally("row with an empty \(spec.idColumn)", "rows with an empty \(spec.idColumn)")
        var duplicates = ProblemTally("duplicate id", "duplicate ids")
        var badTargets = ProblemTally(
            "\(spec.targetColumn) that is not \(target.requirement)", "\(spec.targetColumn) values that are not \(target.requirement)")
        var badUsage = ProblemTally(
            "\(usage) value that is neither Public nor Private", "\(usage) values that are neither Public nor Private")
        var ids: [String] = [], targets: [Double] = [], isPublic: [Bool] = []
        var keyLines: [String: Int] = [:], keyRows: [(id: String, line: Int)] = []
        var publicCount = 0, privateCount = 0
        for record in table.records {
            let line = record.line
            let id = canonicalID(record[idIndex])
            if id.isEmpty {
                emptyIDs.add("line \(line)", line: line)
                continue
            }
            if let earlier = keyLines[id] {
                duplicates.add("line \(line): \(id) (first on line \(earlier))", line: line)
                continue
            }
            keyLines[id] = line
            keyRows.append((id, line))
            let value = Double(record[targetIndex].trimmingCharacters(in: .whitespaces)).flatMap { target.accepts($0) ? $0 : nil }
            if value == nil { badTargets.add("line \(line)", line: line) }
            let part: Bool? = switch record[usageIndex].trimmingCharacters(in: .whitespaces) {
            case "Public": true
            case "Private": false
            default: nil
            }
            if let part {
                if part { publicCount += 1 } else { privateCount += 1 }
            } else {
                badUsage.add("line \(line)", line: line)
            }
            if let value, let part {
                ids.append(id)
                targets.append(value)
                isPublic.append(part)
            }
        }
        let rowTallies = [emptyIDs, duplicates, badTargets, badUsage]
        problems += rowTallies.compactMap { $0.problem(in: file) }
        if table.records.isEmpty {
            report(nil, "has no rows: it needs one per id of \(testFile)")
        } else if publicCount == 0 || privateCount == 0 {
            report(nil, "needs both Public and Private rows in its \(usage) column")
        }

        var sameIDs = true
        if let testIDs {
            let testSet = Set(testIDs.map(\.id))
            var extra = ProblemTally("id that is not in \(testFile)", "ids that are not in \(testFile)")
            for (id, line) in keyRows where !testSet.contains(id) {
                extra.add("line \(line): \(id)", line: line)
            }
            var missing = ProblemTally("id of \(testFile) that has no row", "ids of \(testFile) that have no row")
            for (id, line) in testIDs where keyLines[id] == nil {
                missing.add("\(id) (test.csv line \(line))", line: nil)
            }
            let idTallies = [extra, missing].compactMap { $0.problem(in: file) }
            sameIDs = idTallies.isEmpty
            problems += idTallies
        }

        let rows = publicCount + privateCount
        if publicCount > 0, privateCount > 0 {
            let share = Double(publicCount) / Double(rows)
            // The margin keeps a share of exactly 0.32 against 0.3 inside despite rounding.
            if abs(share - spec.publicFraction) > Self.publicShareTolerance + 1e-9 {
                report(nil, "the public part is \(publicCount) of \(rows) rows (\(String(format: "%.1f", share * 100))%); "
                    + "publicFraction in \(specFile) is \(spec.publicFraction), and the two must agree within \(Self.publicShareTolerance)")
            }
        }

        if sameIDs, rowTallies.allSatisfy({ $0.count == 0 }), !ids.isEmpty, publicCount > 0, privateCount > 0 {
            usableKey = AnswerKey(ids: ids, targets: targets, isPublic: isPublic)
        }
    }

    /// How far the public share of the key may be from the spec's `publicFraction`.
    static let publicShareTolerance = 0.02
}

/// What a true value must be for a metric to be defined on it.
private struct TargetRule {
    let accepts: (Double) -> Bool
    /// Completes "… that is not …".
    let requirement: String

    init(_ metric: CompetitionMetric) {
        switch metric {
        case .rmse:
            accepts = { $0.isFinite }
            requirement = "a finite number"
        case .rmseOfLogs:
            accepts = { $0.isFinite && $0 > 0 }
            requirement = "a number above 0 (rmse-log takes logarithms)"
        case .rocAUC:
            accepts = { $0 == 0 || $0 == 1 }
            requirement = "0 or 1 (roc-auc scores a binary target)"
        }
    }
}

/// Occurrences of one kind of problem in one file: counted, with the first few kept as examples, so
/// that 500 missing ids are one problem rather than 500 (as the submission validator reports them).
struct ProblemTally {
    private let singular: String, plural: String
    /// How many times the problem occurred.
    private(set) var count = 0
    /// The line of the first occurrence that has one in the file reported.
    private var line: Int?
    private var examples: [String] = []

    /// A tally named by its noun phrase for one occurrence and for several.
    init(_ singular: String, _ plural: String) {
        self.singular = singular
        self.plural = plural
    }

    /// Counts one occurrence; `example` such as "line 7: 1475", `line` its line in the file reported.
    mutating func add(_ example: String, line: Int?) {
        count += 1
        if self.line == nil { self.line = line }
        if examples.count < ProblemGroup.exampleLimit { examples.append(example) }
    }

    /// The problem, "3 duplicate ids: line 7: 12 (first on line 4); …", or nil when there was none.
    func problem(in file: String) -> CourseProblem? {
        guard count > 0 else { return nil }
        let more = count > examples.count ? "; … and \(count - examples.count) more" : ""
        return CourseProblem(
            file: file, line: line, message: "\(count) \(count == 1 ? singular : plural): \(examples.joined(separator: "; "))\(more)")
    }
}
