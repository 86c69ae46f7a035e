import Foundation
import MiniML

/// A submission that passed every check, with its predictions lined up with the answer key.
public struct ValidatedSubmission: Equatable, Sendable {
    /// The file name (last path component) as submitted.
    public let fileName: String
    /// One prediction per answer-key row, in the key's order (the file's row order does not matter).
    public let predictions: [Double]
    /// Size of the file in bytes.
    public let byteCount: Int
    /// SHA-256 of the file's bytes, to recognise a file submitted twice.
    public let digest: String
}

/// Checks a submission file against a competition's spec and answer key.
///
/// Accepts the variants spreadsheet and pandas users produce — a UTF-8 byte-order mark, CRLF line
/// ends, quoted numbers, any row order, scientific notation, header names in any case and column
/// order, integer ids written as `42.0` — and reports everything else in one pass.
public struct SubmissionValidator: Sendable {
    /// Largest file accepted: far above any real submission (the biggest here is about 230 kB),
    /// small enough that a wrong file (a dataset, a model dump) is refused before it is read.
    public static let defaultMaxBytes = 25 * 1024 * 1024

    /// The competition's rules.
    public let spec: CompetitionSpec
    /// The hidden truth, used only for its ids here.
    public let answerKey: AnswerKey
    /// Files larger than this are refused unread.
    public let maxBytes: Int
    /// Shown in hints as the model of a valid file, e.g. "datasets/house-prices/sample_submission.csv".
    public let sampleSubmissionPath: String

    /// Creates a validator.
    public init(spec: CompetitionSpec, answerKey: AnswerKey, sampleSubmissionPath: String, maxBytes: Int = defaultMaxBytes) {
        self.spec = spec
        self.answerKey = answerKey
        self.sampleSubmissionPath = sampleSubmissionPath
        self.maxBytes = maxBytes
    }

    /// Reads and checks the file at `path`.
    public func validate(fileAt path: String) throws(SubmissionRejection) -> ValidatedSubmission {
        let bytes = try readFile(at: path)
        return try validate(bytes: bytes, fileName: path)
    }

    /// Checks a submission already in memory; `fileName` is used in messages.
    public func validate(bytes: [UInt8], fileName: String) throws(SubmissionRejection) -> ValidatedSubmission {
        var report = Report(file: fileName)
        guard bytes.count <= maxBytes else {
            report.add(.tooLarge, "the file is \(fileSize(bytes.count)); a submission may be at most \(fileSize(maxBytes))")
            throw report.rejection(hints: hints(for: report))
        }
        let predictions = check(bytes, into: &report)
        guard report.groups.isEmpty, let predictions else { throw report.rejection(hints: hints(for: report)) }
        return ValidatedSubmission(
            fileName: URL(fileURLWithPath: fileName).lastPathComponent, predictions: predictions,
            byteCount: bytes.count, digest: SHA256.hexDigest(of: bytes))
    }

    // MARK: - Reading

    private func readFile(at path: String) throws(SubmissionRejection) -> [UInt8] {
        func refuse(_ kind: ProblemKind, _ message: String) -> SubmissionRejection {
            var report = Report(file: path)
            report.add(kind, message)
            return report.rejection(hints: hints(for: report))
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let relative = path.hasPrefix("/") ? "" : " (the path is read from \(manager.currentDirectoryPath))"
            throw refuse(.unreadable, "no such file" + relative)
        }
        guard !isDirectory.boolValue else { throw refuse(.unreadable, "this is a folder, not a file") }
        guard manager.isReadableFile(atPath: path) else { throw refuse(.unreadable, "you have no permission to read this file") }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw refuse(.tooLarge, "the file is \(fileSize(size)); a submission may be at most \(fileSize(maxBytes))")
        }
        do { return Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw refuse(.unreadable, "cannot be read: \(error.localizedDescription)")
        }
    }

    // MARK: - Checking

    /// Runs every check, recording problems; returns the predictions when the file could be read row by row.
    private func check(_ bytes: [UInt8], into report: inout Report) -> [Double]? {
        if let format = foreignFormat(bytes) {
            report.add(.wrongFormat, format)
            return nil
        }
        var reader = CSVReader(bytes: bytes)
        let header: CSVRecord
        do {
            guard let first = try reader.next() else {
                report.add(.empty, "the file is empty: it needs the header \(expectedHeader) and one row per test id")
                return nil
            }
            header = first
        } catch {
            report.addCSVError(error)
            return nil
        }
        guard let columns = mapColumns(header, into: &report) else { return nil }

        var predictions = [Double](repeating: .nan, count: answerKey.count)
        var firstLine = [Int](repeating: 0, count: answerKey.count)
        let rule = spec.metric.valueRule
        let target = spec.targetColumn
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch {
                report.addCSVError(error)
                return nil
            }
            let line = record.line
            guard record.count == header.count else {
                report.add(.wrongFieldCount, "line \(line): \(record.count) field\(record.count == 1 ? "" : "s"), expected \(header.count)")
                // Its id, when readable, is not also reported as missing.
                if columns.id < record.count, let position = answerKey.index[canonicalID(record[columns.id])], firstLine[position] == 0 {
                    firstLine[position] = line
                }
                continue
            }
            let id = canonicalID(record[columns.id])
            guard let position = answerKey.index[id] else {
                report.add(.unknownID, id.isEmpty ? "line \(line): the id is empty" : "line \(line): \(quoted(id))")
                continue
            }
            guard firstLine[position] == 0 else {
                report.add(.duplicateID, "line \(line): \(id) (first on line \(firstLine[position]))")
                continue
            }
            firstLine[position] = line
            let text = record[columns.target].trimmingCharacters(in: .whitespaces)
            if CSVMissing.isMissing(text) {
                report.add(.missingValue, "line \(line): \(target) is \(text.isEmpty ? "empty" : text)")
            } else if let value = Double(text) {
                if !value.isFinite {
                    report.add(.notFinite, "line \(line): \(target) is \(text)")
                } else if !rule.accepts(value) {
                    report.add(.outOfRange, "line \(line): \(target) \(text) must be \(rule.requirement)")
                } else {
                    predictions[position] = value
                }
            } else {
                report.add(.notANumber, "line \(line): \(target) \(quoted(text))")
            }
        }
        let absent = firstLine.indices.filter { firstLine[$0] == 0 }
        if !absent.isEmpty {
            let examples = absent.prefix(ProblemGroup.exampleLimit).map { answerKey.ids[$0] }.joined(separator: ", ")
            report.add(.missingIDs, "\(absent.count) of \(answerKey.count) test ids have no row, e.g. \(examples)")
        }
        return predictions
    }

    /// Finds the id and target columns, recording header problems; nil when rows cannot be read.
    private func mapColumns(_ header: CSVRecord, into report: inout Report) -> (id: Int, target: Int)? {
        let names = header.fields.map(normalizedName)
        let expected = [spec.idColumn, spec.targetColumn]
        if header.count == 1, let separator = [";", "\t", "|"].first(where: { header[0].contains($0) }) {
            let shown = separator == "\t" ? "tabs" : "'\(separator)'"
            report.add(.wrongDelimiter, "line 1 separates its columns with \(shown); submissions are comma-separated (\(expectedHeader))")
            return nil
        }
        if !names.contains(normalizedName(spec.idColumn)), answerKey.index[canonicalID(header[0])] != nil {
            report.add(.noHeader, "line 1 is a data row (\(header.fields.joined(separator: ","))); the first line must be the header \(expectedHeader)")
            return nil
        }
        let positions = expected.map { names.firstIndex(of: normalizedName($0)) }
        let missing = expected.indices.filter { positions[$0] == nil }.map { expected[$0] }
        let unexpected = header.fields.indices.filter { !positions.contains($0) }
        if !missing.isEmpty, missing.count == unexpected.count {
            for (name, column) in zip(missing, unexpected) {
                report.add(.renamedColumn, "column \(column + 1) is named \(quoted(header[column])); expected \(quoted(name))")
            }
        } else {
            for name in missing { report.add(.missingColumn, "there is no column \(quoted(name)) (the header is \(header.fields.joined(separator: ",")))") }
            for column in unexpected {
                report.add(.unexpectedColumn, "column \(column + 1), \(quoted(header[column])), is not part of a submission")
                if column == 0 { report.unexpectedFirstColumn = names[column] }
            }
        }
        guard let idColumn = positions[0], let targetColumn = positions[1] else { return nil }
        return (idColumn, targetColumn)
    }

    /// Recognises files that are not text at all, so the message can say what they are.
    private func foreignFormat(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "this is a zip archive (an Excel .xlsx workbook is one), not a CSV text file"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "this is UTF-16 text; ailab reads UTF-8"
        }
        return nil
    }

    // MARK: - Hints

    private var expectedHeader: String { "\(spec.idColumn),\(spec.targetColumn)" }

    private func hints(for report: Report) -> [String] {
        let kinds = Set(report.groups.map(\.kind))
        var hints: [String] = []
        if let first = report.unexpectedFirstColumn, first.isEmpty || first.hasPrefix("unnamed") {
            hints.append("the first column looks like a pandas index: write the file with df.to_csv(path, index=False)")
        }
        if !kinds.isDisjoint(with: [.notUTF8, .wrongFormat]) {
            hints.append("save the predictions as UTF-8 CSV (pandas: df.to_csv(path, index=False, encoding=\"utf-8\"))")
        }
        if kinds.contains(.outOfRange) {
            switch spec.metric.valueRule {
            case .positive: hints.append("\(spec.targetColumn) is scored on its logarithm: predict prices, not log-prices, and clip them above 0")
            case .closedRange: hints.append("submit probabilities: clip scores to [0, 1], e.g. np.clip(p, 0, 1), or pass them through a sigmoid")
            case .finite: break
            }
        }
        if !kinds.isDisjoint(with: [.missingIDs, .unknownID, .duplicateID, .empty, .noHeader, .missingColumn, .renamedColumn, .unexpectedColumn, .wrongDelimiter]) {
            hints.append("start from \(sampleSubmissionPath): header \(expectedHeader), one row per id of test.csv, any order")
        }
        return hints
    }
}

/// Collects problems by kind, keeping counts and the first few examples.
private struct Report {
    let file: String
    var groups: [ProblemGroup] = []
    /// The normalized name of column 1 when it is not part of a submission (pandas writes its index there).
    var unexpectedFirstColumn: String?

    init(file: String) { self.file = file }

    mutating func add(_ kind: ProblemKind, _ example: String) {
        if let index = groups.firstIndex(where: { $0.kind == kind }) {
            groups[index].add(example)
        } else {
            groups.append(ProblemGroup(kind: kind, first: example))
        }
    }

    mutating func addCSVError(_ error: any Error) {
        guard let error = error as? CSVError else {
            add(.malformedCSV, "\(error)")
            return
        }
        if case .invalidUTF8 = error.kind {
            add(.notUTF8, "line \(error.line), column \(error.column): the bytes there are not UTF-8 text")
        } else {
            add(.malformedCSV, error.description)
        }
    }

    func rejection(hints: [String]) -> SubmissionRejection {
        SubmissionRejection(file: file, problems: groups.sorted { $0.kind < $1.kind }, hints: hints)
    }
}

/// Header names compare trimmed and case-insensitively: "id" and " Id " both name `Id`.
private func normalizedName(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
}

private func quoted(_ text: String) -> String {
    let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
    return "'\(shown)'"
}

/// "25.0 MB", "230 kB", "512 bytes".
private func fileSize(_ bytes: Int) -> String {
    switch bytes {
    case 1_048_576...: String(format: "%.1f MB", Double(bytes) / 1_048_576)
    case 1024...: "\(bytes / 1024) kB"
    default: "\(bytes) bytes"
    }
}
