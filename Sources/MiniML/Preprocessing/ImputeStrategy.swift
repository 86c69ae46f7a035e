/// What an ``Imputer`` fills missing values with.
public enum ImputeStrategy: Sendable, Equatable {
    /// The mean of the column's training values (numeric columns only).
    case mean
    /// The median of the column's training values (numeric only); for an even count, the mean of the
    /// two middle values.
    case median
    /// The most frequent training value; ties go to the smallest value (numbers by value, words by
    /// `String` order), as scikit-learn's `SimpleImputer(strategy="most_frequent")`.
    case mostFrequent
    /// A fixed value: a number such as "0" for numeric columns, any word for categorical and text ones.
    case constant(String)
}
