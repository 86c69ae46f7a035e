/// What a column holds, at a glance: the row of `pandas.DataFrame.describe()` for one column.
public struct ColumnSummary: Sendable, Equatable {
    /// A value and how many rows hold it.
    public struct ValueCount: Sendable, Equatable {
        /// The value.
        public let value: String
        /// The number of rows holding it.
        public let count: Int

        /// Creates a value count.
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The column's name.
    public let name: String
    /// The column's type.
    public let type: ColumnType
    /// The number of non-missing values.
    public let count: Int
    /// The number of missing values.
    public let missing: Int
    /// The number of distinct non-missing values.
    public let distinct: Int
    /// Numeric columns with a value: the mean of the non-missing values.
    public let mean: Double?
    /// Numeric columns with two values or more: the *sample* standard deviation (divisor count − 1),
    /// as pandas' `describe()` gives it.
    public let standardDeviation: Double?
    /// Numeric columns with a value: the smallest value.
    public let minimum: Double?
    /// Numeric columns with a value: the median (the mean of the two middle values for an even count).
    public let median: Double?
    /// Numeric columns with a value: the largest value.
    public let maximum: Double?
    /// Categorical and text columns: up to 5 most frequent values, most frequent first; values
    /// equally frequent come in the order of their first row. Empty for numeric columns.
    public let topValues: [ValueCount]

    /// Creates a summary.
    public init(
        name: String, type: ColumnType, count: Int, missing: Int, distinct: Int,
        mean: Double? = nil, standardDeviation: Double? = nil, minimum: Double? = nil,
        median: Double? = nil, maximum: Double? = nil, topValues: [ValueCount] = []
    ) {
        self.name = name
        self.type = type
        self.count = count
        self.missing = missing
        self.distinct = distinct
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.minimum = minimum
        self.median = median
        self.maximum = maximum
        self.topValues = topValues
    }
}
