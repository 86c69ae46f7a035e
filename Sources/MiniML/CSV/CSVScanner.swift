private let quote = UInt8(ascii: "\"")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// The RFC 4180 state machine behind ``CSVReader``: it cuts records out of a byte
/// buffer that the caller lends it anew for each record, and remembers where it is.
///
/// Each field is scanned once and decoded once from its byte slice; only a quoted
/// field containing `""` is first copied into a reused scratch buffer.
struct CSVScanner {
    private let delimiter: UInt8
    /// The offset of the next unread byte.
    private var position = 0
    /// The 1-based physical line that `position` is on.
    private var line = 1
    /// The offset of the first byte of `line`.
    private var lineStart = 0
    /// Where quoted fields with doubled quotes are unescaped; reused between fields.
    private var scratch: [UInt8] = []
    /// The previous record's width, reserved up front for the next one.
    private var expectedFieldCount = 0

    /// - Precondition: `delimiter` is ASCII and is not `"`, `\n` or `\r`.
    init(delimiter: UInt8) {
        precondition(
            delimiter < 0x80 && delimiter != quote && delimiter != lineFeed && delimiter != carriageReturn,
            "a CSV delimiter must be an ASCII byte other than a quote or a line break"
        )
        self.delimiter = delimiter
    }

    /// Reads the record starting at the current position, skipping blank lines first.
    /// - Parameter bytes: the whole input, the same buffer at every call.
    /// - Returns: the record, or `nil` at the end of the input.
    /// - Complexity: O(m), where m is the length of the record and the blank lines before it.
    mutating func nextRecord(in bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVRecord? {
        if position == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            lineStart = 3
        }
        while position < bytes.count, bytes[position] == lineFeed || bytes[position] == carriageReturn {
            consumeLineEnd(in: bytes)
        }
        guard position < bytes.count else { return nil }

        let recordLine = line
        var fields: [String] = []
        fields.reserveCapacity(expectedFieldCount)
        while true {
            if position < bytes.count, bytes[position] == quote {
                fields.append(try quotedField(in: bytes))
            } else {
                fields.append(try unquotedField(in: bytes))
            }
            // The field ended at a delimiter, a line end or the end of the input.
            guard position < bytes.count else { break }
            if bytes[position] == delimiter {
                position += 1
            } else {
                consumeLineEnd(in: bytes)
                break
            }
        }
        expectedFieldCount = fields.count
        return CSVRecord(line: recordLine, fields: fields)
    }

    /// Steps over the `\n`, `\r\n` or `\r` at `position`.
    private mutating func consumeLineEnd(in bytes: UnsafeBufferPointer<UInt8>) {
        if bytes[position] == carriageReturn, position + 1 < bytes.count, bytes[position + 1] == lineFeed {
            position += 2
        } else {
            position += 1
        }
        line += 1
        lineStart = position
    }

    /// Reads a field that does not start with a quote, up to the next delimiter or line end.
    private mutating func unquotedField(in bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> String {
        let start = position
        var highBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
            highBits |= byte
            position += 1
        }
        let content = UnsafeBufferPointer(rebasing: bytes[start..<position])
        if highBits >= 0x80, let bad = firstInvalidUTF8Offset(in: content) {
            throw error(.invalidUTF8, at: start + bad, in: bytes, line: line, lineStart: lineStart)
        }
        return String(decoding: content, as: UTF8.self)
    }

    /// Reads a field whose first byte, at `position`, is a quote, and the closing quote.
    private mutating func quotedField(in bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> String {
        let openingQuote = position
        let openingLine = line
        let openingLineStart = lineStart
        position += 1
        let start = position
        var highBits: UInt64 = 0
        var hasDoubledQuote = false
        while true {
            // Most of a long quoted field is plain text: skip it eight bytes at a time
            // until a word holds a quote or a line end.
            while position + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                if word.containsByte(quote) || word.containsByte(lineFeed) || word.containsByte(carriageReturn) {
                    break
                }
                highBits |= word
                position += 8
            }
            guard position < bytes.count else {
                throw error(.unterminatedQuote, at: openingQuote, in: bytes, line: openingLine, lineStart: openingLineStart)
            }
            let byte = bytes[position]
            if byte == quote {
                guard position + 1 < bytes.count, bytes[position + 1] == quote else { break }
                hasDoubledQuote = true
                position += 2
                continue
            }
            // A `\r` followed by `\n` is one line end: the `\n` counts it.
            if byte == lineFeed || (byte == carriageReturn && !(position + 1 < bytes.count && bytes[position + 1] == lineFeed)) {
                line += 1
                lineStart = position + 1
            }
            highBits |= UInt64(byte)
            position += 1
        }
        let content = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1  // the closing quote
        // Removing one quote of each `""` leaves a quote in its place, so the escaped
        // bytes are valid UTF-8 exactly when the unescaped ones are.
        if highBits & 0x8080_8080_8080_8080 != 0, let bad = firstInvalidUTF8Offset(in: content) {
            throw error(.invalidUTF8, at: start + bad, in: bytes, line: openingLine, lineStart: openingLineStart)
        }
        if position < bytes.count {
            let next = bytes[position]
            if next != delimiter && next != lineFeed && next != carriageReturn {
                throw error(.characterAfterClosingQuote, at: position, in: bytes, line: line, lineStart: lineStart)
            }
        }
        guard hasDoubledQuote else { return String(decoding: content, as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        var runStart = 0
        var index = 0
        while index < content.count {
            if content[index] == quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: content[runStart...index]))
                index += 2
                runStart = index
            } else {
                index += 1
            }
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: content[runStart...]))
        return String(decoding: scratch, as: UTF8.self)
    }

    /// An error at byte `offset`, which lies on `line` (starting at byte `lineStart`) or after it.
    ///
    /// Finds the line of `offset` by counting line ends from `lineStart`, then its column
    /// by counting the UTF-8 lead bytes before it on that line, which are well-formed:
    /// every field before the error has been validated.
    private func error(
        _ kind: CSVError.Kind, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, line: Int, lineStart: Int
    ) -> CSVError {
        var line = line
        var lineStart = lineStart
        for index in lineStart..<offset {
            let byte = bytes[index]
            if byte == lineFeed || (byte == carriageReturn && bytes[index + 1] != lineFeed) {
                line += 1
                lineStart = index + 1
            }
        }
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return CSVError(kind: kind, line: line, column: column)
    }
}

extension UInt64 {
    /// Whether any of the eight bytes of this word equals `byte` (the "has zero byte"
    /// bit trick applied to the word XOR `byte` repeated eight times).
    fileprivate func containsByte(_ byte: UInt8) -> Bool {
        let difference = self ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
