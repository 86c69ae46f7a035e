/// A malformed CSV input, with the position where the problem is.
///
/// Positions are meant for people: `line` is the 1-based physical line
/// (newlines inside quoted fields count), and `column` is the 1-based column
/// on that line counted in Unicode scalars, so an accented letter or an emoji
/// before the problem counts as one column. Errors about a whole record
/// (``Kind/fieldCountMismatch(expected:found:)`` and ``Kind/empty``) use column 1.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the input.
    public enum Kind: Equatable, Sendable {
        /// A quoted field is never closed; the position is where its opening quote is.
        case unterminatedQuote
        /// A closing quote is followed by something other than a delimiter,
        /// a line end or the end of the input, as in `"abc"x`; the position is that character.
        case characterAfterClosingQuote
        /// A field's bytes are not UTF-8; the position is the first byte of the
        /// first ill-formed sequence.
        case invalidUTF8
        /// A record has a different number of fields than the header.
        /// Raised by ``CSVTable`` only: ``CSVReader`` accepts records of any width.
        case fieldCountMismatch(expected: Int, found: Int)
        /// There is no header line at all: the input is empty, only a byte order
        /// mark, or only blank lines. Raised by ``CSVTable`` only, at line 1, column 1.
        case empty
    }

    /// What is wrong with the input.
    public let kind: Kind
    /// The 1-based physical line of the problem.
    public let line: Int
    /// The 1-based column of the problem on ``line``, in Unicode scalars; 1 for record-level errors.
    public let column: Int

    /// Creates an error of the given kind at the given position.
    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The position and the problem in one line, such as
    /// `line 3, column 7: quoted field is never closed (the quote opens here)`.
    public var description: String {
        "line \(line), column \(column): \(reason)"
    }

    /// The problem without its position, for callers that report the line themselves.
    public var reason: String {
        switch kind {
        case .unterminatedQuote:
            "quoted field is never closed (the quote opens here)"
        case .characterAfterClosingQuote:
            "unexpected character after a closing quote (expected a delimiter or the end of the line)"
        case .invalidUTF8:
            "field is not valid UTF-8 (first bad byte here)"
        case let .fieldCountMismatch(expected, found):
            "record has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)"
        case .empty:
            "no header line (the input is empty or only blank lines)"
        }
    }
}
