import Course
import Foundation
import Grader
import MiniML

/// A competition's public data file.
public enum DatasetFile: String, CaseIterable, Sendable {
    /// `train.csv`: features and the target.
    case train
    /// `test.csv`: features only; the target is what learners predict.
    case test

    /// The file's name in the competition's dataset folder.
    public var fileName: String { rawValue + ".csv" }
}

/// One data file read once and described column by column: what the dataset explorer and
/// `ailab explore` show. Rows are kept in memory, typed, so scrolling never re-reads the file.
public struct DatasetProfile: Sendable {
    /// The competition the file belongs to.
    public let competitionID: String
    /// Which file.
    public let file: DatasetFile
    /// Its rows, typed column by column.
    public let table: DataTable
    /// The competition's target column, when this file has it as numbers (the training file).
    public let targetColumn: String?
    /// One profile per column, in column order.
    public let columns: [ColumnProfile]

    /// The text of a cell as the explorer shows it: numbers without needless decimals, "NA" when
    /// missing, line breaks as spaces.
    public func cellText(row: Int, column: Int) -> String {
        switch table.column(table.columnNames[column])! {
        case .numeric(let values): values[row].isNaN ? "NA" : formatNumber(values[row])
        case .categorical(let codes, let levels): codes[row] < 0 ? "NA" : levels[Int(codes[row])]
        case .text(let values): values[row].map { $0.replacingOccurrences(of: "\n", with: " ") } ?? "NA"
        }
    }

    /// The index of the column named `name`.
    public func columnIndex(_ name: String) -> Int? {
        table.columnNames.firstIndex(of: name)
    }
}

/// What one column holds: the summary of `DataTable.summary()`, plus a chart's data and, where they
/// apply, the correlation with the target and text statistics.
public struct ColumnProfile: Sendable {
    /// Count, missing, distinct; mean, std, min, median and max for numbers; top values otherwise.
    public let summary: ColumnSummary
    /// Numeric columns with values: counts in equal-width bins from the minimum to the maximum.
    public let histogram: Histogram?
    /// Numeric columns of the training file: Pearson's r with the target over rows where both are
    /// present; nil for the target itself, or when either side is constant.
    public let correlationWithTarget: Double?
    /// Text columns: words per value (minimum, median, mean, maximum).
    public let wordCounts: WordCounts?
    /// Text columns: the most frequent words, very common English words left out.
    public let topWords: [ColumnSummary.ValueCount]

    /// The share of rows missing, 0 to 1.
    public var missingFraction: Double {
        let total = summary.count + summary.missing
        return total == 0 ? 0 : Double(summary.missing) / Double(total)
    }
}

/// Counts of values in equal-width bins: bin `i` holds values in [lower + i·w, lower + (i+1)·w),
/// the last bin also its upper edge.
public struct Histogram: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let counts: [Int]

    /// The histogram of `values` (NaN ignored) in `bins` bins; nil when there is no value. All values
    /// equal put everything in the first bin.
    public init?(_ values: [Double], bins: Int) {
        let present = values.filter { !$0.isNaN }
        guard let lower = present.min(), let upper = present.max(), bins > 0 else { return nil }
        var counts = [Int](repeating: 0, count: bins)
        let width = (upper - lower) / Double(bins)
        for value in present {
            let bin = width > 0 ? min(Int((value - lower) / width), bins - 1) : 0
            counts[bin] += 1
        }
        self.lower = lower
        self.upper = upper
        self.counts = counts
    }
}

/// Words per value of a text column.
public struct WordCounts: Equatable, Sendable {
    public let minimum: Int
    public let median: Double
    public let mean: Double
    public let maximum: Int

    /// Word counts from their parts.
    public init(minimum: Int, median: Double, mean: Double, maximum: Int) {
        self.minimum = minimum
        self.median = median
        self.mean = mean
        self.maximum = maximum
    }
}

extension Lab {
    /// Bins in a column's histogram.
    public static let histogramBins = 20
    /// Words listed per text column.
    public static let topWordCount = 10

    /// Reads `file` of `competitionID` and profiles every column.
    /// - Throws: `CourseError` for an unknown competition or a file that cannot be read (naming it and
    ///   the line).
    public func profile(competitionID: String, file: DatasetFile) throws -> DatasetProfile {
        let competition = try competition(competitionID)
        let url = competition.datasetDirectory.appending(path: file.fileName)
        let table: DataTable
        do {
            table = try DataTable(csv: try readDatasetCSV(url))
        } catch let error as MiniMLError {
            throw CourseError.invalidFile(path: url.path, line: nil, reason: "\(error)")
        }
        let targetName = competition.spec.targetColumn
        let target = table.type(of: targetName) == .numeric ? table.numericValues(targetName) : nil
        let summaries = table.summary()
        let columns = try Array(table.columnNames.indices).concurrentMap { index in
            let name = table.columnNames[index]
            return Self.profileColumn(table.column(name)!, summary: summaries[index], target: name == targetName ? nil : target)
        }
        return DatasetProfile(
            competitionID: competition.id, file: file, table: table, targetColumn: target == nil ? nil : targetName, columns: columns)
    }

    static func profileColumn(_ column: Column, summary: ColumnSummary, target: [Double]?) -> ColumnProfile {
        switch column {
        case .numeric(let values):
            return ColumnProfile(
                summary: summary, histogram: Histogram(values, bins: histogramBins),
                correlationWithTarget: target.flatMap { pearson(values, $0) }, wordCounts: nil, topWords: [])
        case .categorical:
            return ColumnProfile(summary: summary, histogram: nil, correlationWithTarget: nil, wordCounts: nil, topWords: [])
        case .text(let values):
            let (counts, words) = textStatistics(values.compactMap { $0 })
            return ColumnProfile(summary: summary, histogram: nil, correlationWithTarget: nil, wordCounts: counts, topWords: words)
        }
    }

    /// Words per text and the most frequent words (ties by first appearance).
    static func textStatistics(_ texts: [String]) -> (WordCounts?, [ColumnSummary.ValueCount]) {
        guard !texts.isEmpty else { return (nil, []) }
        let tokenizer = Tokenizer()
        var lengths: [Int] = []
        lengths.reserveCapacity(texts.count)
        var tally: [String: (count: Int, first: Int)] = [:]
        var seen = 0
        for text in texts {
            var length = 0
            tokenizer.forEachToken(in: text) { word in
                length += 1
                guard !commonEnglishWords.contains(word) else { return }
                if let entry = tally[word] {
                    tally[word] = (entry.count + 1, entry.first)
                } else {
                    tally[word] = (1, seen)
                    seen += 1
                }
            }
            lengths.append(length)
        }
        let sorted = lengths.sorted()
        let counts = WordCounts(
            minimum: sorted[0], median: Double(sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2,
            mean: Double(sorted.reduce(0, +)) / Double(sorted.count), maximum: sorted[sorted.count - 1])
        let top = tally.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            .prefix(topWordCount).map { ColumnSummary.ValueCount(value: $0.key, count: $0.value.count) }
        return (counts, top)
    }

    /// Words too common to say anything about a text column (articles, pronouns, auxiliaries,
    /// prepositions and conjunctions), left out of its most frequent words. Negations stay.
    static let commonEnglishWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "into", "about", "than", "then", "so", "that", "this", "these", "those", "there", "here",
        "it", "its", "it's", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "we", "our",
        "they", "them", "their", "who", "whom", "which", "what", "when", "where", "how", "why",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "should", "all", "some", "just", "also", "out", "up", "one", "br",
    ]
}

/// Pearson's correlation of `x` and `y` over the rows where both are numbers; nil with fewer than two
/// such rows or when either is constant there.
func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    let pairs = zip(x, y).filter { !$0.0.isNaN && !$0.1.isNaN }
    guard pairs.count > 1 else { return nil }
    let n = Double(pairs.count)
    let meanX = pairs.reduce(0) { $0 + $1.0 } / n, meanY = pairs.reduce(0) { $0 + $1.1 } / n
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for (a, b) in pairs {
        sxy += (a - meanX) * (b - meanY)
        sxx += (a - meanX) * (a - meanX)
        syy += (b - meanY) * (b - meanY)
    }
    guard sxx > 0, syy > 0 else { return nil }
    return sxy / (sxx * syy).squareRoot()
}

/// A number as a person writes it: whole numbers without decimals, others with up to 6 significant digits.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(format: "%.0f", value) }
    return String(format: "%.6g", value)
}
