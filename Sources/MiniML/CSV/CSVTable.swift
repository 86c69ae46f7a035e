import Foundation

/// A whole CSV input read into memory: a header record and data records of the same width.
///
/// The dialect is ``CSVReader``'s. The first record (after any blank lines) is the header.
public struct CSVTable: Sendable {
    /// The header's fields: the column names.
    public let header: [String]
    /// The data records, header excluded, each with `header.count` fields.
    public let records: [CSVRecord]

    /// Reads a table from `bytes`.
    /// - Throws: ``CSVError``: ``CSVError/Kind/empty`` when there is no header,
    ///   ``CSVError/Kind/fieldCountMismatch(expected:found:)`` at the first record whose width
    ///   differs from the header's, or any error of ``CSVReader/next()``.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    /// - Complexity: O(n), where n is `bytes.count`.
    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws {
        var reader = CSVReader(bytes: bytes, delimiter: delimiter)
        try self.init(reading: &reader)
    }

    /// Reads a table from `data`, without copying it.
    /// - Throws: as ``init(bytes:delimiter:)``.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    /// - Complexity: O(n), where n is `data.count`.
    public init(data: Data, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        var reader = CSVReader(data: data, delimiter: delimiter)
        try self.init(reading: &reader)
    }

    /// Reads a table from the file at `path`, memory-mapped while it is parsed.
    /// - Throws: Foundation's error when the file cannot be opened, else as ``init(bytes:delimiter:)``.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    /// - Complexity: O(n), where n is the file's size.
    public init(contentsOf path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        var reader = try CSVReader(contentsOf: path, delimiter: delimiter)
        try self.init(reading: &reader)
    }

    private init(reading reader: inout CSVReader) throws {
        guard let headerRecord = try reader.next() else {
            throw CSVError(kind: .empty, line: 1, column: 1)
        }
        var records: [CSVRecord] = []
        while let record = try reader.next() {
            guard record.count == headerRecord.count else {
                throw CSVError(
                    kind: .fieldCountMismatch(expected: headerRecord.count, found: record.count),
                    line: record.line,
                    column: 1
                )
            }
            records.append(record)
        }
        header = headerRecord.fields
        self.records = records
    }

    /// The index of the first column named exactly `name`, or `nil` when there is none.
    /// - Complexity: O(c), where c is the number of columns.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
