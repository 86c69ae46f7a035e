import Foundation
import Lab
import TerminalUI

extension DatasetProfile {
    /// What `ailab explore` prints without `--column`: the file's size, then one line per column with
    /// its type, missing share, distinct values, a short summary and the correlation with the target.
    public var overviewText: String {
        var lines = [heading, ""]
        let nameWidth = min(max(table.columnNames.map { cellWidth(of: $0) }.max() ?? 0, 6), 24)
        let header = pad("column", width: nameWidth) + "  " + pad("type", width: 11) + "  missing  distinct  "
            + (targetColumn == nil ? "summary" : pad("r(target)", width: 9) + "  summary")
        lines.append(header)
        for (index, name) in table.columnNames.enumerated() {
            let profile = columns[index]
            let summary = profile.summary
            let brief: String
            if let mean = summary.mean, let median = summary.median {
                brief = "mean \(formatStatistic(mean)), median \(formatNumber(median))"
            } else if let words = profile.wordCounts {
                brief = "\(formatNumber(words.median)) words (median)"
            } else {
                brief = summary.topValues.prefix(3).map { "\($0.value) \(percent($0.count, of: summary.count + summary.missing))" }
                    .joined(separator: ", ")
            }
            var line = pad(truncate(name, width: nameWidth), width: nameWidth) + "  " + pad(summary.type.rawValue, width: 11) + "  "
                + leftPad(percent(summary.missing, of: summary.count + summary.missing), width: 7) + "  " + leftPad(String(summary.distinct), width: 8) + "  "
            if targetColumn != nil {
                line += pad(profile.correlationWithTarget.map { String(format: "%+.3f", $0) } ?? "", width: 9) + "  "
            }
            lines.append(line + brief)
        }
        lines.append("")
        lines.append("One column in detail, with its chart: ailab explore \(competitionID) --file \(file.rawValue) --column NAME")
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
    }

    /// What `ailab explore --column` prints: the column's statistics, then its chart with bars
    /// `barWidth` cells long at most.
    public func columnText(_ index: Int, barWidth: Int = 40) -> String {
        let profile = columns[index]
        var lines = [heading, "", "\(table.columnNames[index])"]
        lines += profile.statisticLines(target: targetColumn).map { "  " + $0 }
        let chart = profile.chartLines(barWidth: barWidth)
        if !chart.isEmpty {
            lines += ["", profile.chartTitle + ":"] + chart.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "house-prices train.csv: 1460 rows, 81 columns; target SalePrice".
    var heading: String {
        "\(competitionID) \(file.fileName): \(table.rowCount) rows, \(table.columnNames.count) columns"
            + (targetColumn.map { "; target \($0)" } ?? "")
    }
}
