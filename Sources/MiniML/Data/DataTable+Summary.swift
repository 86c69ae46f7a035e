extension DataTable {
    /// How many top values ``summary()`` lists per categorical or text column.
    static let summaryTopValueCount = 5

    /// One summary per column, in column order.
    ///
    /// Numeric columns get their count, mean, sample standard deviation (divisor n − 1, as pandas),
    /// minimum, median and maximum over the non-missing values; categorical and text columns get their
    /// most frequent values. Every column gets its missing and distinct counts.
    /// - Complexity: O(n log n) per numeric column of n rows (the median sorts), O(n) for the others.
    public func summary() -> [ColumnSummary] {
        columnNames.map { name in
            let column = column(name)!
            switch column {
            case .numeric(let values):
                return Self.numericSummary(name: name, values: values)
            case .categorical(let codes, let levels):
                return Self.frequencySummary(
                    name: name, type: .categorical, missing: column.missingCount,
                    values: codes.lazy.filter { $0 >= 0 }.map { levels[Int($0)] })
            case .text(let values):
                return Self.frequencySummary(
                    name: name, type: .text, missing: column.missingCount, values: values.lazy.compactMap { $0 })
            }
        }
    }

    private static func numericSummary(name: String, values: [Double]) -> ColumnSummary {
        let present = values.filter { !$0.isNaN }.sorted()
        let count = present.count
        guard count > 0 else {
            return ColumnSummary(name: name, type: .numeric, count: 0, missing: values.count, distinct: 0)
        }
        let mean = present.reduce(0, +) / Double(count)
        let deviations = present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return ColumnSummary(
            name: name, type: .numeric, count: count, missing: values.count - count, distinct: Set(present).count,
            mean: mean,
            standardDeviation: count > 1 ? (deviations / Double(count - 1)).squareRoot() : nil,
            minimum: present[0],
            median: (present[(count - 1) / 2] + present[count / 2]) / 2,
            maximum: present[count - 1])
    }

    private static func frequencySummary(
        name: String, type: ColumnType, missing: Int, values: some Sequence<String>
    ) -> ColumnSummary {
        var slot: [String: Int] = [:]
        var tally: [ColumnSummary.ValueCount] = []
        for value in values {
            if let index = slot[value] {
                tally[index] = ColumnSummary.ValueCount(value: value, count: tally[index].count + 1)
            } else {
                slot[value] = tally.count
                tally.append(ColumnSummary.ValueCount(value: value, count: 1))
            }
        }
        // Indices break ties: `tally` is in first-appearance order.
        let top = tally.indices
            .sorted { tally[$0].count != tally[$1].count ? tally[$0].count > tally[$1].count : $0 < $1 }
            .prefix(summaryTopValueCount)
            .map { tally[$0] }
        return ColumnSummary(
            name: name, type: type, count: tally.reduce(0) { $0 + $1.count }, missing: missing,
            distinct: tally.count, topValues: top)
    }
}
