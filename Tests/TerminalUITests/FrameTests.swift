import Testing
@testable import TerminalUI

// Widths (see CellWidthTests): ASCII 1, CJK ideographs 2, 😀 2, "e" + U+0301 1.

@Test func newFrameIsBlank() {
    let frame = Frame(rows: 2, columns: 3)
    #expect(frame.lines == ["   ", "   "])
    #expect(frame.styles(row: 1) == [.plain, .plain, .plain])
    #expect(Frame(rows: -1, columns: 4).lines == [])
}

@Test func putASCII() {
    var frame = Frame(rows: 2, columns: 5)
    let end = frame.put("hello", row: 0, column: 0)
    #expect(end == 5)
    // "abcdefg" from column 2 of 5: "abc" fits in columns 2–4, the rest is clipped.
    frame.put("abcdefg", row: 1, column: 2)
    #expect(frame.lines == ["hello", "  abc"])
}

@Test func wideCharactersTakeTwoCells() {
    var frame = Frame(rows: 1, columns: 6)
    // 你 in columns 0–1, 好 in 2–3, then 2 blank cells: 4 + 2 = 6 cells.
    #expect(frame.put("你好", row: 0, column: 0) == 4)
    #expect(frame.lines == ["你好  "])
    #expect(frame[0, 0].grapheme == "你")
    #expect(frame[0, 1].isContinuation)
    #expect(frame[0, 2].grapheme == "好")
    #expect(frame[0, 3].isContinuation)
    #expect(cellWidth(of: frame.lines[0]) == 6)
}

@Test func cjkStringClippedAtTheRightEdge() {
    // 5 columns: 你 0–1, 好 2–3, 世 would need 4–5 → straddles → a space in 4.
    var frame = Frame(rows: 3, columns: 5)
    frame.put("你好世界", row: 0, column: 0)
    // From column 1: " " + 你 1–2 + 好 3–4 = 5, exactly full.
    frame.put("你好世界", row: 1, column: 1)
    // From column 2: 你 2–3, 好 would need 4–5 → a space in 4.
    frame.put("你好世界", row: 2, column: 2)
    #expect(frame.lines == ["你好 ", " 你好", "  你 "])
    for line in frame.lines {
        #expect(cellWidth(of: line) == 5)
    }
}

@Test func maxWidthClipsLikeAnEdge() {
    var frame = Frame(rows: 1, columns: 10)
    frame.put("..........", row: 0, column: 0)
    // maxWidth 3: 你 0–1, 好 would need 2–3 → space in 2; columns 3… untouched.
    #expect(frame.put("你好世界", row: 0, column: 0, maxWidth: 3) == 3)
    #expect(frame.lines == ["你 ......."])
    // maxWidth 0 draws nothing.
    frame.put("xyz", row: 0, column: 5, maxWidth: 0)
    #expect(frame.lines == ["你 ......."])
}

@Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var frame = Frame(rows: 1, columns: 6)
    frame.put("你好..", row: 0, column: 0)
    #expect(frame.lines == ["你好.."])
    // "x" on column 1, the right half of 你: its left half (column 0) becomes " ".
    frame.put("x", row: 0, column: 1)
    #expect(frame.lines == [" x好.."])
    // "y" on column 2, the left half of 好: its right half (column 3) becomes " ".
    frame.put("y", row: 0, column: 2)
    #expect(frame.lines == [" xy .."])
    #expect(cellWidth(of: frame.lines[0]) == 6)
}

@Test func wideOverWideAtAnOffset() {
    // "你好.." then 世 on columns 1–2: column 1 was 你's right half → column 0
    // blank; column 2 was 好's left half → column 3 blank. " " 世 " " ".." = 6 cells.
    var frame = Frame(rows: 1, columns: 6)
    frame.put("你好..", row: 0, column: 0)
    frame.put("世", row: 0, column: 1)
    #expect(frame.lines == [" 世 .."])
    #expect(cellWidth(of: frame.lines[0]) == 6)
}

@Test func leftClippingAndRowsOutside() {
    var frame = Frame(rows: 1, columns: 4)
    // From column -1: 你 straddles the left edge → space in 0; 好 in 1–2; 3 blank.
    frame.put("你好", row: 0, column: -1)
    #expect(frame.lines == [" 好 "])
    // Rows outside the frame are ignored.
    frame.put("zzzz", row: 1, column: 0)
    frame.put("zzzz", row: -1, column: 0)
    #expect(frame.lines == [" 好 "])
}

@Test func clustersAndZeroWidth() {
    var frame = Frame(rows: 1, columns: 6)
    // "e" + U+0301 is one 1-cell cluster; ZWSP and "\t" are 0 cells and skipped;
    // 😀 takes 2: "é" "x" 😀 = 4 cells + 2 blank.
    frame.put("e\u{301}\u{200B}x\t😀", row: 0, column: 0)
    #expect(frame[0, 0].grapheme == "e\u{301}")
    #expect(frame.lines == ["e\u{301}x😀  "])
    #expect(cellWidth(of: frame.lines[0]) == 6)
}

@Test func stylesPerCell() {
    let bold = Style(bold: true)
    let red = Style(foreground: .red)
    var frame = Frame(rows: 1, columns: 5)
    frame.put("ab", row: 0, column: 1, style: bold)
    #expect(frame.styles(row: 0) == [.plain, bold, bold, .plain, .plain])
    // A wide character's two cells share its style.
    frame.put("你", row: 0, column: 3, style: red)
    #expect(frame.styles(row: 0) == [.plain, bold, bold, red, red])
    // Overwriting its left half: the blanked right half keeps red.
    frame.put("z", row: 0, column: 3)
    #expect(frame.lines == [" abz "])
    #expect(frame.styles(row: 0) == [.plain, bold, bold, .plain, red])
}

@Test func framesAreValues() {
    var a = Frame(rows: 1, columns: 3)
    var b = Frame(rows: 1, columns: 3)
    a.put("hi", row: 0, column: 0)
    #expect(a != b)
    b.put("hi", row: 0, column: 0)
    #expect(a == b)
    b.put("hi", row: 0, column: 0, style: Style(reverse: true))
    #expect(a != b)
    #expect(a.lines == b.lines)
}
