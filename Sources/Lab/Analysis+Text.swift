import Foundation
import MiniML

extension ClusterReport {
    /// The clusters as a table: size with a bar, then the centre in each distinguishing column, and a
    /// last row with every column's mean over all rows.
    public var text: String {
        var lines = [
            "\(method) on \(competitionID): \(rowCount) rows, \(columns.count) numeric columns (missing values "
                + "filled with the median, each column scaled to mean 0 and standard deviation 1).",
        ]
        if let inertia {
            lines.append("Inertia \(String(format: "%.1f", inertia)): squared distance of the rows to their centres, in standard deviations.")
        }
        if noiseCount > 0 { lines.append("\(noiseCount) rows are noise: too far from any dense group to join a cluster.") }
        lines.append("Centres in the columns that differ most between clusters (original units):")
        lines.append("")
        let widths = distinguishingColumns.map { max($0.count, 10) }
        let largest = clusters.map(\.size).max() ?? 1
        func row(_ label: String, _ size: Int, bar: String, _ values: [Double]) -> String {
            let cells = zip(values, widths).map { pad(formatted($0), $1) }
            return ([label.padding(toLength: 8, withPad: " ", startingAt: 0) + pad(String(size), 6) + "  " + bar] + cells)
                .joined(separator: "  ")
        }
        lines.append((["cluster".padding(toLength: 8, withPad: " ", startingAt: 0) + pad("rows", 6) + "  " + String(repeating: " ", count: 12)]
            + zip(distinguishingColumns, widths).map { pad($0, $1) }).joined(separator: "  "))
        for (index, cluster) in clusters.enumerated() {
            lines.append(row(String(index), cluster.size, bar: bar(Double(cluster.size) / Double(max(largest, 1)), width: 12), cluster.centre.map(\.value)))
        }
        lines.append(row("all", rowCount, bar: String(repeating: " ", count: 12), clusters.first?.centre.map(\.overallMean) ?? []))
        return lines.joined(separator: "\n") + "\n"
    }
}

extension PCAReport {
    /// One line per component: its share of the variance with a bar, the running total, and the
    /// columns that weigh most in it, with their signed weights.
    public var text: String {
        var lines = [
            "Principal components of \(competitionID): \(rowCount) rows, \(columns.count) numeric columns (missing values "
                + "filled with the median, each column scaled to mean 0 and standard deviation 1).",
            "",
            "component  variance  cumulative  " + String(repeating: " ", count: 20) + "  top loadings",
        ]
        let largest = components.map(\.varianceRatio).max() ?? 1
        for (index, component) in components.enumerated() {
            let loadings = component.topLoadings.map { "\($0.column) " + String(format: "%+.2f", $0.weight) }.joined(separator: ", ")
            lines.append(
                "PC\(index + 1)".padding(toLength: 9, withPad: " ", startingAt: 0) + "  "
                    + pad(percent(component.varianceRatio), 8) + "  " + pad(percent(component.cumulativeRatio), 10) + "  "
                    + bar(component.varianceRatio / max(largest, .leastNormalMagnitude), width: 20) + "  " + loadings)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Array where Element == AssociationRule {
    /// One line per rule, "antecedent ⇒ consequent" last so that long names need no truncating.
    public var text: String {
        guard !isEmpty else { return "No rule reaches the minimum support and confidence; try lower ones.\n" }
        var lines = ["support  confidence   lift  rule"]
        for rule in self {
            lines.append(
                pad(percent(rule.support), 7) + "  " + pad(percent(rule.confidence), 10) + "  " + pad(String(format: "%.2f", rule.lift), 5)
                    + "  " + rule.antecedent.joined(separator: " + ") + " ⇒ " + rule.consequent.joined(separator: " + "))
        }
        lines.append("")
        lines.append("support: share of learners who liked every movie of the rule; confidence: share of those liking the left side")
        lines.append("who also liked the right; lift: confidence over the right side's own support (above 1: more than chance).")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `text` right-aligned in `width` columns (never cut).
private func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: Swift.max(0, width - text.count)) + text
}

/// "12.3%".
private func percent(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
}

/// A number in few characters: no decimals from 1000 up, two below (and never "-0.00").
private func formatted(_ value: Double) -> String {
    String(format: abs(value) >= 1000 ? "%.0f" : "%.2f", abs(value) < 0.005 ? 0 : value)
}

/// A bar of `fraction` (0…1) of `width` cells in Unicode eighth blocks, padded to `width`.
private func bar(_ fraction: Double, width: Int) -> String {
    let eighths = Int((Swift.min(Swift.max(fraction, 0), 1) * Double(width * 8)).rounded())
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    let text = String(repeating: "█", count: eighths / 8) + partial
    return text + String(repeating: " ", count: width - text.count)
}
