import Testing
@testable import TerminalUI

// Widths used below (see CellWidthTests): ASCII 1, CJK ideographs and fullwidth
// punctuation '，' '。' 2, 😀 2, "e" + U+0301 1.

@Test func mixedEnglishChineseAtWidth10() {
    // Segments (break opportunities between them):
    //   "Hello"5 ␠ "世"2 "界，"4 "this"4 ␠ "is"2 ␠ "AI"2 ␠ "模"2 "型。"4
    // ('，' and '。' are glued to the ideograph before them — kinsoku.)
    // "Hello 世" = 8; + "界，" = 12 > 10 → break.  (Without kinsoku "Hello 世界"
    // would fit in 10 and '，' would start the next line.)
    // "界，this" = 8; + " is" = 11 > 10 → break (the space is dropped).
    // "is AI 模" = 8; + "型。" = 12 > 10 → break.
    let text = "Hello 世界，this is AI 模型。"
    #expect(wrap(text, width: 10) == ["Hello 世", "界，this", "is AI 模", "型。"])
}

@Test func mixedEnglishChineseAtWidth11() {
    // "Hello 世" = 8; + "界，" = 12 > 11 → break.
    // "界，this is" = 4 + 4 + 1 + 2 = 11 fits exactly; + " AI" = 14 → break.
    // "AI 模型。" = 2 + 1 + 2 + 4 = 9.
    let text = "Hello 世界，this is AI 模型。"
    #expect(wrap(text, width: 11) == ["Hello 世", "界，this is", "AI 模型。"])
}

@Test func chineseBreaksBetweenAnyTwoCharacters() {
    // 4 ideographs × 2 cells: two per line at width 5 (2+2=4, +2=6 > 5), one at 3.
    #expect(wrap("你好世界", width: 5) == ["你好", "世界"])
    #expect(wrap("你好世界", width: 3) == ["你", "好", "世", "界"])
    // Japanese and Korean too: "ひらがな" 8 cells at width 4.
    #expect(wrap("ひらがな", width: 4) == ["ひら", "がな"])
    #expect(wrap("한국어", width: 4) == ["한국", "어"])
}

@Test func kinsokuMovesThePreviousCharacterDown() {
    // "你好，世界。" at width 4: segments "你"2 "好，"4 "世"2 "界。"4.
    // Naively: "你好" | "，世" | "界。" — '，' would start line 2.
    // With kinsoku "好" goes down with '，': "你" | "好，" | "世" | "界。".
    #expect(wrap("你好，世界。", width: 4) == ["你", "好，", "世", "界。"])
    // Width 6: "你好，" = 6 fits, "世界。" = 6 fits.
    #expect(wrap("你好，世界。", width: 6) == ["你好，", "世界。"])
    // Closing bracket: "「你好」吗" at width 6: "「"2 "你"2 "好」"4 "吗"2 →
    // "「你" (4; + "好」" = 8 > 6) | "好」吗" (6).
    #expect(wrap("「你好」吗", width: 6) == ["「你", "好」吗"])
    // Opening brackets never end a line: "看（括号）" at width 4 is segments
    // "看"2 "（括"4 "号）"4 → "看" | "（括" | "号）".  (Without the rule:
    // "看（" | "括" | "号）".)
    #expect(wrap("看（括号）", width: 4) == ["看", "（括", "号）"])
    // No line starts with a kinsoku character once a wide character and its
    // punctuation (2 + 2 cells) fit on a line.
    let text = "这是一个测试，看看标点符号：逗号、句号。问号？感叹号！（括号）"
    for width in 4...20 {
        for line in wrap(text, width: width) {
            #expect(!(line.first.map { noLineStart.contains($0) } ?? false), "width \(width): \(line)")
            #expect(!(line.last.map { noLineEnd.contains($0) } ?? false), "width \(width): \(line)")
        }
    }
}

@Test func hardBreaksWordsLongerThanTheWidth() {
    // "supercalifragilistic" is 20 letters: 8 + 8 + 4.
    #expect(wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
    // The long word starts a fresh line; "b" joins its last piece: "stic b" = 6.
    #expect(wrap("a supercalifragilistic b", width: 8) == ["a", "supercal", "ifragili", "stic b"])
    // Kinsoku inside a hard break: "abcdefg。" is one 9-cell segment; pieces "abcd",
    // then "efg" + '。' = 5 > 4, so 'g' moves down with '。'.
    #expect(wrap("abcdefg。", width: 4) == ["abcd", "ef", "g。"])
    // An opening bracket starts a segment and glues what follows: "ab「cd" is
    // "ab"2 "「cd"4. "ab「" would fit width 4 but '「' may not end the line:
    // "ab" | "「cd".
    #expect(wrap("ab「cd", width: 4) == ["ab", "「cd"])
}

@Test func neverSplitsGraphemeClusters() {
    // "cafe\u{301}s" = c a f é s: 5 clusters, 5 cells. Width 4: "café" | "s",
    // the combining accent stays with its "e".
    let lines = wrap("cafe\u{301}s", width: 4)
    #expect(lines == ["cafe\u{301}", "s"])
    #expect(lines.first?.unicodeScalars.last == "\u{301}")
    // 3 emoji of 2 cells at width 5: 2 + 1.
    #expect(wrap("😀😀😀", width: 5) == ["😀😀", "😀"])
    // ZWJ family (one 2-cell cluster) and a flag (one 2-cell cluster) at width 3.
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    #expect(wrap(family + "🇯🇵", width: 3) == [family, "🇯🇵"])
}

@Test func wideCharacterInWidthOneGetsItsOwnLine() {
    // '你' (2 cells) cannot fit in 1 cell: it gets a line to itself, the one case
    // where a line is wider than `width`.
    #expect(wrap("a你b", width: 1) == ["a", "你", "b"])
    // Below 4 cells a wide character and its '，' cannot share a line, so the
    // hard break puts '，' at a line start (unavoidable).
    #expect(wrap("你，", width: 3) == ["你", "，"])
    // Width 0 or less is treated as 1.
    #expect(wrap("ab", width: 0) == ["a", "b"])
}

@Test func explicitNewlinesAndSpaces() {
    // "\r\n" is one Character; the empty paragraph gives an empty line.
    #expect(wrap("one\ntwo\r\n\nthree", width: 10) == ["one", "two", "", "three"])
    #expect(wrap("", width: 5) == [""])
    #expect(wrap("a\n", width: 5) == ["a", ""])
    // Spaces inside a line are kept; at a break and at the end they are dropped.
    #expect(wrap("a   b", width: 10) == ["a   b"])
    #expect(wrap("hello world ", width: 5) == ["hello", "world"])
    #expect(wrap("hello     world", width: 8) == ["hello", "world"])
    // Leading indentation is kept: "  hi" = 4; + " there" = 10 > 5.
    #expect(wrap("  hi there", width: 5) == ["  hi", "there"])
}

@Test func noLineIsWiderThanTheWidthAndNothingIsLost() {
    let text = "Gradient descent 梯度下降 updates weights 权重，using the gradient of the loss 损失函数。ニューラルネットワーク 😀 신경망 e\u{301}t\u{E9}"
    for width in 2...30 {
        let lines = wrap(text, width: width)
        for line in lines {
            #expect(cellWidth(of: line) <= width, "width \(width): \(line)")
        }
        // Only spaces are dropped: the non-space characters survive in order.
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }
}

@Test func truncateWithEllipsis() {
    // Fits: unchanged.
    #expect(truncate("hello", width: 5) == "hello")
    // "hello world" is 11 > 8: keep 7 cells + "…" (1) = 8.
    #expect(truncate("hello world", width: 8) == "hello w…")
    // "你好世界" is 8 cells. Width 5: keep 4 cells "你好" + "…" = 5.
    #expect(truncate("你好世界", width: 5) == "你好…")
    // Width 4: 3 cells available, "你好" = 4 does not fit → "你…" = 3 cells.
    #expect(truncate("你好世界", width: 4) == "你…")
    #expect(cellWidth(of: truncate("你好世界", width: 4)) == 3)
    // Custom ellipsis of 3 cells; when it alone is too wide, cut without it.
    #expect(truncate("hello", width: 4, ellipsis: "...") == "h...")
    #expect(truncate("hello", width: 2, ellipsis: "...") == "he")
    #expect(truncate("hello", width: 0) == "")
    // The combining accent stays with its "e": "café noir" 9 cells → "café…" 5.
    #expect(truncate("cafe\u{301} noir", width: 5) == "cafe\u{301}…")
}

@Test func padToCells() {
    // "你好" is 4 cells: 2 spaces to 6.
    #expect(pad("你好", width: 6) == "你好  ")
    // "e" + U+0301 is 1 cell: 2 spaces to 3.
    #expect(pad("e\u{301}", width: 3) == "e\u{301}  ")
    // Already wide enough: unchanged.
    #expect(pad("abc", width: 2) == "abc")
    #expect(pad("", width: 2) == "  ")
}
