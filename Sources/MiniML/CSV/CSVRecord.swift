/// One CSV record: its fields, already unquoted and decoded, and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based physical line where the record starts.
    public let line: Int
    /// The record's fields, in order; quotes removed and `""` turned into `"`.
    public let fields: [String]

    /// Creates a record starting at `line` with the given fields.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`.
    /// - Precondition: `0 <= index < count`.
    /// - Complexity: O(1).
    public subscript(index: Int) -> String {
        fields[index]
    }

    /// The number of fields.
    public var count: Int {
        fields.count
    }
}
