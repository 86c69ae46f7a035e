import MiniML
import Testing

/// Every error kind at its exact position. Columns count Unicode scalars from 1
/// on the physical line where the problem is; the comments count them by hand.
@Suite("CSVError: kinds and positions")
struct CSVErrorTests {
    @Test(arguments: [
        // `1,"open`: 1 is column 1, the comma 2, the quote 3.
        (utf8("a,b\n1,\"open\n2,3\n"), 2, 3),
        // é 1, comma 2, 😀 3 (one scalar, four bytes), comma 4, quote 5.
        (utf8("é,😀,\"x"), 1, 5),
        // The byte order mark is not a column: the quote is column 1.
        ([0xEF, 0xBB, 0xBF] + utf8("\"abc"), 1, 1),
        // Record 1 spans lines 1-2, line 3 is blank, the quote opens line 4.
        (utf8("\"a\nb\",c\n\n\"x,y\n"), 4, 1),
        // `a,"` at the very end: the quote is column 3.
        (utf8("a,\""), 1, 3),
    ])
    func unterminatedQuoteAtTheOpeningQuote(bytes: [UInt8], line: Int, column: Int) {
        #expect(throws: CSVError(kind: .unterminatedQuote, line: line, column: column)) {
            try readRecords(bytes)
        }
    }

    @Test(arguments: [
        // a 1, comma 2, quote 3, a b c 4-6, closing quote 7, x 8.
        (#"a,"abc"x,c"#, 1, 8),
        // The field opens on line 2 and closes on line 3, `cd"x`: c 1, d 2, quote 3, x 4.
        ("h\n\"ab\ncd\"x\n", 3, 4),
        // CRLF inside the quotes ends line 1; line 2 is `b" z`: b 1, quote 2, space 3.
        ("\"a\r\nb\" z", 2, 3),
        // Quote 1, ü 2, quote 3, ü 4.
        ("\"ü\"ü", 1, 4),
        // Quote 1, a 2, doubled quote 3-4, b 5, closing quote 6, c 7.
        (#""a""b"c"#, 1, 7),
    ])
    func characterAfterClosingQuoteAtThatCharacter(text: String, line: Int, column: Int) {
        #expect(throws: CSVError(kind: .characterAfterClosingQuote, line: line, column: column)) {
            try readRecords(text)
        }
    }

    @Test(arguments: [
        // a 1, b 2, comma 3, c 4, 0xFF 5.
        (utf8("ab,c") + [0xFF] + utf8("d\n"), 1, 5),
        // The quoted field opens on line 2; line 3 is `ab` 0xC3 `(`: 0xC3 starts a
        // two-byte sequence that `(` does not continue, at column 3.
        (utf8("x\n\"é\nab") + [0xC3, 0x28] + utf8("\"\n"), 3, 3),
        // A three-byte sequence cut short by the closing quote: quote 1, 0xE2 2.
        (utf8("\"") + [0xE2, 0x82] + utf8("\""), 1, 2),
        // 😀 is column 1, the stray continuation byte column 2.
        (utf8("😀") + [0x80], 1, 2),
        // Quote 1, doubled quote 2-3, 0xFF 4 (positions count the bytes as written).
        (utf8("\"\"\"") + [0xFF] + utf8("\""), 1, 4),
        // Line 2 is `b` 0xFE: column 2.
        (utf8("a\nb") + [0xFE], 2, 2),
        // After the byte order mark, 0xFF is column 1.
        ([0xEF, 0xBB, 0xBF, 0xFF], 1, 1),
    ])
    func invalidUTF8AtTheFirstBadByte(bytes: [UInt8], line: Int, column: Int) {
        #expect(throws: CSVError(kind: .invalidUTF8, line: line, column: column)) {
            try readRecords(bytes)
        }
    }

    /// Ill-formed sequences of every sort after `ok,`: the bad sequence starts at column 4.
    @Test(arguments: [
        [0xC0, 0xAF],               // overlong "/"
        [0xC1, 0xBF],               // overlong, lead byte never valid
        [0xE0, 0x80, 0x80],         // overlong three-byte
        [0xF0, 0x80, 0x80, 0x80],   // overlong four-byte
        [0xED, 0xA0, 0x80],         // surrogate U+D800
        [0xF4, 0x90, 0x80, 0x80],   // above U+10FFFF
        [0xF8, 0x88, 0x80, 0x80, 0x80], // five-byte form
        [0x80],                     // lone continuation byte
        [0xC2],                     // truncated at the end of the input
        [0xF0, 0x9F, 0x98],         // truncated emoji
        [0xE2, 0x28, 0xA1],         // second byte not a continuation
    ] as [[UInt8]])
    func invalidUTF8Sequences(sequence: [UInt8]) {
        #expect(throws: CSVError(kind: .invalidUTF8, line: 1, column: 4)) {
            try readRecords(utf8("ok,") + sequence)
        }
        #expect(throws: CSVError(kind: .invalidUTF8, line: 1, column: 5)) {
            try readRecords(utf8("ok,\"") + sequence + utf8("\""))
        }
    }

    /// The reader's UTF-8 check agrees with the standard library's on every sequence of
    /// one to four bytes drawn from the bytes where UTF-8's rules change.
    @available(macOS 15, *)
    @Test func agreesWithTheStandardLibraryOnUTF8Validity() throws {
        let edges: [UInt8] = [
            0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
            0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var sequences: [[UInt8]] = []
        var longest: [[UInt8]] = [[]]
        for _ in 1...4 {
            longest = longest.flatMap { prefix in edges.map { prefix + [$0] } }
            sequences += longest
        }
        var disagreements: [[UInt8]] = []
        for sequence in sequences {
            let valid = String(validating: sequence, as: UTF8.self) != nil
            do {
                _ = try readRecords(sequence)
                if !valid { disagreements.append(sequence) }
            } catch let error as CSVError where error.kind == .invalidUTF8 && error.line == 1 {
                if valid { disagreements.append(sequence) }
            }
        }
        #expect(sequences.count == 21 + 21 * 21 + 21 * 21 * 21 + 21 * 21 * 21 * 21)
        #expect(disagreements.isEmpty)
    }

    @Test(arguments: [
        (CSVError.Kind.unterminatedQuote, "line 3, column 7: quoted field is never closed (the quote opens here)"),
        (.characterAfterClosingQuote,
         "line 3, column 7: unexpected character after a closing quote (expected a delimiter or the end of the line)"),
        (.invalidUTF8, "line 3, column 7: field is not valid UTF-8 (first bad byte here)"),
        (.fieldCountMismatch(expected: 3, found: 2), "line 3, column 7: record has 2 fields, the header has 3"),
        (.fieldCountMismatch(expected: 2, found: 1), "line 3, column 7: record has 1 field, the header has 2"),
        (.empty, "line 3, column 7: no header line (the input is empty or only blank lines)"),
    ])
    func describesThePositionAndTheProblem(kind: CSVError.Kind, description: String) {
        #expect(CSVError(kind: kind, line: 3, column: 7).description == description)
    }
}
