/// The kind of values a ``Column`` holds.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    /// Numbers, stored as `Double`; NaN marks a missing value.
    case numeric
    /// A small set of labels ("RL", "Pave"), stored as integer codes into a list of levels.
    case categorical
    /// Free text (a review), one string per row.
    case text
}
