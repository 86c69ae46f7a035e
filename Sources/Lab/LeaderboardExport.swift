import Foundation
import Grader

/// The formats a leaderboard exports to.
public enum LeaderboardFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading in a terminal; the viewer's row is marked "(you)".
    case table
    /// RFC 4180 CSV with a header line, full-precision scores and ISO 8601 UTC times.
    case csv
    /// One JSON object with the competition, the metric and a `rows` array.
    case json
    /// A GitHub-flavoured markdown table.
    case markdown
}

extension LeaderboardReport {
    /// The report in `format`, ending with a newline.
    public func rendered(as format: LeaderboardFormat) -> String {
        switch format {
        case .table: tableText()
        case .csv: csvText()
        case .json: jsonText()
        case .markdown: markdownText()
        }
    }

    private var scoreTitle: String {
        "\(kind.rawValue) \(competition.spec.metric.displayName)"
    }

    private func tableText() -> String {
        let spec = competition.spec
        var lines = ["\(spec.title) — \(kind.rawValue) leaderboard (\(spec.metric.displayName), \(spec.direction.phrase))"]
        guard !rows.isEmpty else { return lines.joined(separator: "\n") + "\nNo scored submissions yet.\n" }
        let body = rows.map { row in
            [String(row.rank), row.login + (row.login == viewer ? " (you)" : ""), score(row.score),
             String(row.entries), utcText(row.lastSubmittedAt)]
        }
        lines += alignedColumns(header: ["rank", "learner", "score", "entries", "last submission"], rows: body, rightAligned: [0, 2, 3])
        return lines.joined(separator: "\n") + "\n"
    }

    private func csvText() -> String {
        var lines = ["rank,login,score,entries,last_submission_utc,submission_id"]
        for row in rows {
            lines.append([String(row.rank), csvField(row.login), "\(row.score)", String(row.entries), isoText(row.lastSubmittedAt), String(row.submissionID)]
                .joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func jsonText() -> String {
        struct Document: Encodable {
            let competition, title, leaderboard, metric, direction, generatedAt: String
            let rows: [Row]
        }
        struct Row: Encodable {
            let rank: Int
            let login: String
            let score: Double
            let entries: Int
            let lastSubmission: String
            let submissionId: Int64
        }
        let document = Document(
            competition: competition.id, title: competition.spec.title, leaderboard: kind.rawValue,
            metric: competition.spec.metric.rawValue, direction: competition.spec.direction.rawValue,
            generatedAt: isoText(generatedAt),
            rows: rows.map { Row(rank: $0.rank, login: $0.login, score: $0.score, entries: $0.entries, lastSubmission: isoText($0.lastSubmittedAt), submissionId: $0.submissionID) })
        return jsonExport(document)
    }

    private func markdownText() -> String {
        let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = [
            "| Rank | Learner | \(scoreTitle) | Entries | Last submission |",
            "| ---: | --- | ---: | ---: | --- |",
        ]
        lines += rows.map { "| \($0.rank) | \(escape($0.login)) | \(score($0.score)) | \($0.entries) | \(utcText($0.lastSubmittedAt)) |" }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Pads columns to equal width (in characters), two spaces apart, with a rule under the header;
/// the columns in `rightAligned` are padded on the left. Shared by every plain-text table ailab prints.
public func alignedColumns(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    return [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)
}

/// `document` as ailab's JSON exports write it: pretty-printed, sorted snake_case keys, a final newline.
/// (Our export documents hold only strings, numbers and arrays of them, which always encode.)
func jsonExport(_ document: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
}

/// A CSV field, quoted when it holds a comma, quote or line break.
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
