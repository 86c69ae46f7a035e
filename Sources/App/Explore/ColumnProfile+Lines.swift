import Foundation
import Lab
import MiniML
import TerminalUI

extension ColumnProfile {
    /// The column's statistics in short lines, shared by the explorer's column panel and `ailab explore`:
    /// type, missing and distinct; then the numbers, the top categories or the words per value; then the
    /// correlation with the target.
    public func statisticLines(target: String?) -> [String] {
        let total = summary.count + summary.missing
        var lines = ["\(summary.type.rawValue) · \(percent(summary.missing, of: total)) missing · \(summary.distinct) distinct"]
        if let mean = summary.mean, let minimum = summary.minimum, let median = summary.median, let maximum = summary.maximum {
            lines.append("mean \(formatStatistic(mean))  std \(summary.standardDeviation.map(formatStatistic) ?? "–")")
            lines.append("min \(formatNumber(minimum))  median \(formatNumber(median))  max \(formatNumber(maximum))")
        }
        if let words = wordCounts {
            lines.append("words per value: min \(words.minimum), median \(formatNumber(words.median)), "
                + "mean \(formatStatistic(words.mean)), max \(words.maximum)")
        }
        if let target {
            if let r = correlationWithTarget {
                lines.append("correlation with \(target): r = " + String(format: "%+.3f", r))
            } else if summary.name == target {
                lines.append("this is the target")
            }
        }
        return lines
    }

    /// The column's values as labelled bars, one line each, `barWidth` cells at most: the histogram's
    /// bins for numbers, the most frequent values for categories, the most frequent words for text.
    public func chartLines(barWidth: Int) -> [String] {
        let items: [(label: String, count: Int)]
        if let histogram {
            let width = (histogram.upper - histogram.lower) / Double(histogram.counts.count)
            items = histogram.counts.indices.map { bin in
                let low = histogram.lower + Double(bin) * width
                return (formatNumber(roundedForLabel(low)) + " – " + formatNumber(roundedForLabel(low + width)), histogram.counts[bin])
            }
        } else if !topWords.isEmpty {
            items = topWords.map { ($0.value, $0.count) }
        } else {
            items = summary.topValues.map { ($0.value, $0.count) }
        }
        guard let largest = items.map(\.count).max(), largest > 0 else { return [] }
        let labelWidth = min(items.map { cellWidth(of: $0.label) }.max() ?? 0, 24)
        let countWidth = String(largest).count
        return items.map { item in
            let label = truncate(item.label, width: labelWidth)
            let padded = label + String(repeating: " ", count: labelWidth - cellWidth(of: label))
            let count = String(repeating: " ", count: countWidth - String(item.count).count) + String(item.count)
            return "\(padded) \(count) " + horizontalBar(Double(item.count), of: Double(largest), width: barWidth)
        }
    }

    /// What `chartLines` shows, as a heading.
    public var chartTitle: String {
        if let histogram {
            return "Histogram, \(histogram.counts.count) bins of equal width"
        }
        return topWords.isEmpty ? "Most frequent values" : "Most frequent words (common English words left out)"
    }
}

/// "12.3%" of a count, "0%" for an empty whole.
func percent(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "0%" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
}

/// Means and spreads with four significant digits at most beyond the integer part.
func formatStatistic(_ value: Double) -> String {
    abs(value) >= 1000 ? String(format: "%.1f", value) : String(format: "%.4g", value)
}

/// A bin edge rounded to 4 significant digits, so labels stay short.
private func roundedForLabel(_ value: Double) -> Double {
    guard value != 0, value.isFinite else { return value }
    let magnitude = pow(10, floor(log10(abs(value))) - 3)
    return (value / magnitude).rounded() * magnitude
}
