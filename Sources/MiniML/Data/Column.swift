/// One column of a ``DataTable``: its values in a contiguous array, with missing values marked.
///
/// Two columns are equal when they have the same case and the same values; missing values equal
/// each other (so a numeric NaN equals a NaN, unlike `Double`'s `==`). Categorical columns compare
/// codes and levels, so the same labels in a different level order are different columns.
public enum Column: Sendable, Equatable {
    /// Numbers; NaN is missing.
    case numeric([Double])
    /// Codes into `levels`; -1 is missing. Levels are distinct; a column read from CSV lists them in
    /// the order they were first seen, and steps that add a level (``Imputer``) append it.
    case categorical(codes: [Int32], levels: [String])
    /// Strings; `nil` is missing.
    case text([String?])

    /// The number of rows.
    /// - Complexity: O(1).
    public var count: Int {
        switch self {
        case .numeric(let values): values.count
        case .categorical(let codes, _): codes.count
        case .text(let values): values.count
        }
    }

    /// The kind of column.
    public var type: ColumnType {
        switch self {
        case .numeric: .numeric
        case .categorical: .categorical
        case .text: .text
        }
    }

    /// The number of missing values.
    /// - Complexity: O(count).
    public var missingCount: Int {
        switch self {
        case .numeric(let values): values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        case .categorical(let codes, _): codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        case .text(let values): values.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        }
    }

    /// The rows at `rows`, in that order (repeats allowed); categorical levels are kept as they are.
    /// - Complexity: O(rows.count).
    public func selecting(rows: [Int]) -> Column {
        switch self {
        case .numeric(let values): .numeric(rows.map { values[$0] })
        case .categorical(let codes, let levels): .categorical(codes: rows.map { codes[$0] }, levels: levels)
        case .text(let values): .text(rows.map { values[$0] })
        }
    }

    /// Same case and same values, missing equal to missing.
    /// - Complexity: O(count).
    public static func == (lhs: Column, rhs: Column) -> Bool {
        switch (lhs, rhs) {
        case (.numeric(let a), .numeric(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        case (.categorical(let codesA, let levelsA), .categorical(let codesB, let levelsB)):
            codesA == codesB && levelsA == levelsB
        case (.text(let a), .text(let b)):
            a == b
        default:
            false
        }
    }
}
