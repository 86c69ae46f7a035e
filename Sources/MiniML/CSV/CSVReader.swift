import Foundation

/// Streams records one at a time from an in-memory byte buffer (files are memory-mapped, not copied).
///
/// The dialect is RFC 4180 with the habits of pandas' `read_csv`:
/// - a UTF-8 byte order mark at the very start is skipped (columns on line 1 count from after it);
/// - a record ends at `\n`, `\r\n` or a lone `\r`; the last record needs no line end;
/// - a field is quoted only if `"` is its first byte; inside quotes `""` is one quote, and
///   delimiters and line ends are literal; a closing quote must be followed by a delimiter,
///   a line end or the end of the input;
/// - a `"` inside an unquoted field is kept as it is (`ab"c` reads as `ab"c`);
/// - empty lines are skipped wherever they are, but still count for line numbers
///   (a line holding only spaces, or only `""`, is a record, not a blank line);
/// - every field must be UTF-8.
///
/// Records may have any number of fields; ``CSVTable`` checks them against a header.
/// After an error, every later call to ``next()`` throws the same error.
///
/// ```swift
/// var reader = try CSVReader(contentsOf: "datasets/sentiment/train.csv")
/// while let record = try reader.next() {
///     print(record.line, record[0])
/// }
/// ```
public struct CSVReader: Sendable {
    private enum Storage: Sendable {
        case bytes([UInt8])
        case data(Data)
    }

    private let storage: Storage
    private var scanner: CSVScanner
    private var failure: CSVError?

    /// Reads records from `bytes`.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        storage = .bytes(bytes)
        scanner = CSVScanner(delimiter: delimiter)
    }

    /// Reads records from `data`, without copying it.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    public init(data: Data, delimiter: UInt8 = UInt8(ascii: ",")) {
        storage = .data(data)
        scanner = CSVScanner(delimiter: delimiter)
    }

    /// Reads records from the file at `path`, which is memory-mapped rather than read into memory.
    /// - Throws: Foundation's error when the file cannot be opened or mapped.
    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    public init(contentsOf path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        self.init(data: data, delimiter: delimiter)
    }

    /// The next record, or `nil` at the end of the input.
    /// - Throws: ``CSVError`` with the kind ``CSVError/Kind/unterminatedQuote``,
    ///   ``CSVError/Kind/characterAfterClosingQuote`` or ``CSVError/Kind/invalidUTF8``.
    /// - Complexity: O(m), where m is the length in bytes of the record and of the blank lines before it.
    public mutating func next() throws -> CSVRecord? {
        if let failure { throw failure }
        do {
            switch storage {
            case .bytes(let bytes):
                return try bytes.withUnsafeBufferPointer { try scanner.nextRecord(in: $0) }
            case .data(let data):
                return try data.withUnsafeBytes { raw in
                    try raw.withMemoryRebound(to: UInt8.self) { try scanner.nextRecord(in: $0) }
                }
            }
        } catch let error as CSVError {
            failure = error
            throw error
        }
    }
}
