import Foundation
import MiniML

/// The hidden truth for a competition's test rows, each marked Public or Private.
///
/// Read from `grader/<id>/solution.csv` with the columns `<id>,<target>,Usage`. Nothing derived from
/// it other than the scores ever reaches a learner.
public struct AnswerKey: Equatable, Sendable {
    /// Test ids in file order, in canonical form (see `canonicalID`).
    public let ids: [String]
    /// The true value for each id, same order.
    public let targets: [Double]
    /// Whether each id belongs to the public part, same order.
    public let isPublic: [Bool]
    /// Position of each id in `ids`.
    public let index: [String: Int]

    /// Creates a key from parallel arrays; ids must be canonical and unique.
    public init(ids: [String], targets: [Double], isPublic: [Bool]) {
        precondition(ids.count == targets.count && ids.count == isPublic.count, "answer key columns differ in length")
        self.ids = ids
        self.targets = targets
        self.isPublic = isPublic
        self.index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    }

    /// Number of test rows.
    public var count: Int { ids.count }
    /// Number of rows in the public part.
    public var publicCount: Int { isPublic.lazy.filter { $0 }.count }

    /// The name of the usage column and its two values.
    public static let usageColumn = "Usage"

    /// Reads a key; every problem is a `CourseError.invalidFile` with the line.
    public static func load(from url: URL, idColumn: String, targetColumn: String) throws -> AnswerKey {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: "cannot be read (\(error.localizedDescription))")
        }
        return try load(data: data, path: url.path, idColumn: idColumn, targetColumn: targetColumn)
    }

    /// Parses a key already read into memory (a class install reads keys before it gives up the right to);
    /// `path` names the file in messages.
    public static func load(data: Data, path: String, idColumn: String, targetColumn: String) throws -> AnswerKey {
        func invalid(_ line: Int?, _ reason: String) -> CourseError { .invalidFile(path: path, line: line, reason: reason) }
        let table: CSVTable
        do { table = try CSVTable(data: data) } catch let error as CSVError {
            throw invalid(error.line, "column \(error.column): \(error.reason)")
        } catch {
            throw invalid(nil, "cannot be read (\(error.localizedDescription))")
        }
        guard let idIndex = table.columnIndex(idColumn), let targetIndex = table.columnIndex(targetColumn),
            let usageIndex = table.columnIndex(usageColumn)
        else {
            throw invalid(1, "the header must name the columns \(idColumn), \(targetColumn) and \(usageColumn); it is \(table.header.joined(separator: ","))")
        }
        var ids: [String] = [], targets: [Double] = [], isPublic: [Bool] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            let id = canonicalID(record[idIndex])
            guard !id.isEmpty else { throw invalid(record.line, "\(idColumn) is empty") }
            if let earlier = firstLine[id] { throw invalid(record.line, "id \(id) appears again (first on line \(earlier))") }
            firstLine[id] = record.line
            guard let target = Double(record[targetIndex].trimmingCharacters(in: .whitespaces)), target.isFinite else {
                throw invalid(record.line, "\(targetColumn) '\(record[targetIndex])' is not a finite number")
            }
            switch record[usageIndex].trimmingCharacters(in: .whitespaces) {
            case "Public": isPublic.append(true)
            case "Private": isPublic.append(false)
            case let other: throw invalid(record.line, "\(usageColumn) must be Public or Private, not '\(other)'")
            }
            ids.append(id)
            targets.append(target)
        }
        guard !ids.isEmpty else { throw invalid(nil, "has no rows") }
        guard isPublic.contains(true), isPublic.contains(false) else { throw invalid(nil, "needs both Public and Private rows") }
        return AnswerKey(ids: ids, targets: targets, isPublic: isPublic)
    }
}

/// The canonical form of an id: trimmed, and integers written plainly, so that "0042", " 42" and
/// "42.0" (pandas writes float ids when a column once held NaN) all name test row 42.
public func canonicalID(_ raw: String) -> String {
    let trimmed = raw.trimmingCharacters(in: .whitespaces)
    if let integer = Int(trimmed) { return String(integer) }
    if let number = Double(trimmed), number.isFinite, number == number.rounded(), abs(number) < 9e15 {
        return String(Int(number))
    }
    return trimmed
}
