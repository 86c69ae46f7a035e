/// Turns categorical columns into numbers by their position in a given order: the encoding for
/// ordered categories (`Po` < `Fa` < `TA` < `Gd` < `Ex`), as scikit-learn's `OrdinalEncoder` with
/// explicit `categories`.
///
/// Each column of `orders` becomes numeric: the 0-based position of its value in the order, `unknown`
/// for a value not in the order, and NaN (missing) for a missing value — impute first, or list a
/// fill word in the order, to give missing values a place.
public struct OrdinalEncoder: TableStep {
    /// For each column to encode, its values from lowest to highest.
    public let orders: [String: [String]]
    /// What a value absent from its column's order becomes.
    public let unknown: Double
    /// The encoded columns, in name order; empty until `fit`.
    public private(set) var encodedColumns: [String] = []
    private var isFitted = false

    /// An encoder of the columns of `orders`, each by the position of its values in its order.
    public init(orders: [String: [String]], unknown: Double = .nan) {
        self.orders = orders
        self.unknown = unknown
    }

    /// Checks that every column of `orders` is in `table`, categorical or text, and that no order
    /// repeats a value. There is nothing to learn: the orders are given.
    /// - Throws: `MiniMLError.invalidInput` for an absent or numeric column;
    ///   `MiniMLError.invalidParameter` for an order that repeats a value.
    public mutating func fit(_ table: DataTable) throws {
        let names = orders.keys.sorted()
        _ = try StepColumns.resolve(names, in: table, types: [.categorical, .text], step: "OrdinalEncoder")
        for name in names where Set(orders[name]!).count != orders[name]!.count {
            throw MiniMLError.invalidParameter(name: "orders", reason: "the order of '\(name)' repeats a value")
        }
        encodedColumns = names
        isFitted = true
    }

    /// `table` with each column of `orders` replaced by its numeric encoding.
    /// - Throws: `MiniMLError.invalidInput` when a column is absent or numeric, or before `fit`.
    /// - Complexity: O(rows + levels) per encoded column.
    public func transform(_ table: DataTable) throws -> DataTable {
        guard isFitted else { throw StepColumns.notFitted("OrdinalEncoder") }
        var result = table
        for name in encodedColumns {
            guard case .categorical(let codes, let levels) = try StepColumns.require(
                name, in: table, as: .categorical, step: "OrdinalEncoder")
            else { preconditionFailure("columns are required as categorical") }
            let position = Dictionary(uniqueKeysWithValues: orders[name]!.enumerated().map { ($1, Double($0)) })
            let value = levels.map { position[$0] ?? unknown }
            result = result.replacing(name, with: .numeric(codes.map { $0 < 0 ? .nan : value[Int($0)] }))
        }
        return result
    }
}
