import Testing
@testable import TerminalUI

// 10 rows, viewport 4, padding 1: the selection may sit on viewport rows 1…2
// (never on rows 0 or 3) except at the ends of the list; the last offset is 10 - 4 = 6.

@Test func startsAtTheTop() {
    let state = ScrollState(count: 10, viewport: 4)
    #expect(state.selected == 0)
    #expect(state.offset == 0)
    #expect(state.visibleRange == 0..<4)
}

@Test func scrollsDownKeepingOneRowBelow() {
    var state = ScrollState(count: 10, viewport: 4)
    state.selectNext()
    state.selectNext()
    // 2 is on viewport row 2 with row 3 below it: no scroll.
    #expect(state.selected == 2)
    #expect(state.offset == 0)
    state.selectNext()
    // 3 would be on the last viewport row: offset 3 + 1 - 3 = 1.
    #expect(state.selected == 3)
    #expect(state.offset == 1)
    state.selectNext()
    #expect(state.offset == 2)
    #expect(state.visibleRange == 2..<6)
}

@Test func endsOfTheList() {
    var state = ScrollState(count: 10, viewport: 4)
    state.selectLast()
    // 9: wanted offset 9 + 1 - 3 = 7, capped at 10 - 4 = 6.
    #expect(state.selected == 9)
    #expect(state.offset == 6)
    #expect(state.visibleRange == 6..<10)
    state.selectNext()
    #expect(state.selected == 9)
    // Up: 8 and 7 stay in 6..<10 with a row above; 6 needs offset 6 - 1 = 5.
    state.selectPrevious()
    state.selectPrevious()
    #expect(state.selected == 7)
    #expect(state.offset == 6)
    state.selectPrevious()
    #expect(state.selected == 6)
    #expect(state.offset == 5)
    state.selectFirst()
    #expect(state.selected == 0)
    #expect(state.offset == 0)
    state.selectPrevious()
    #expect(state.selected == 0)
}

@Test func pages() {
    var state = ScrollState(count: 10, viewport: 4)
    // A page is 4 - 1 = 3 rows.
    state.selectPageDown()
    #expect(state.selected == 3)
    #expect(state.offset == 1)      // 3 + 1 - 3
    state.selectPageDown()
    #expect(state.selected == 6)
    #expect(state.offset == 4)      // 6 + 1 - 3
    state.selectPageDown()
    #expect(state.selected == 9)
    #expect(state.offset == 6)      // capped at the end
    state.selectPageDown()
    #expect(state.selected == 9)
    state.selectPageUp()
    #expect(state.selected == 6)
    #expect(state.offset == 5)      // 6 - 1
    state.selectPageUp()
    #expect(state.selected == 3)
    #expect(state.offset == 2)      // 3 - 1
    state.selectPageUp()
    #expect(state.selected == 0)
    #expect(state.offset == 0)
}

@Test func emptyAndShortLists() {
    var empty = ScrollState(count: 0, viewport: 4)
    #expect(empty.selected == nil)
    empty.selectNext()
    empty.selectLast()
    empty.selectPageDown()
    #expect(empty.selected == nil)
    #expect(empty.offset == 0)
    #expect(empty.visibleRange == 0..<0)
    // 3 rows in a viewport of 10 never scroll.
    var short = ScrollState(count: 3, viewport: 10)
    short.selectLast()
    #expect(short.selected == 2)
    #expect(short.offset == 0)
    #expect(short.visibleRange == 0..<3)
}

@Test func tinyViewportHasNoPadding() {
    // Viewport 1: padding min(1, 0) = 0, the offset follows the selection.
    var state = ScrollState(count: 5, viewport: 1)
    state.selectNext()
    #expect(state.offset == 1)
    state.selectLast()
    #expect(state.offset == 4)
    #expect(state.visibleRange == 4..<5)
}

@Test func resizingAndFiltering() {
    var state = ScrollState(count: 10, viewport: 4, selected: 9)
    #expect(state.offset == 6)
    // 5 rows left: selection clamped to 4; end offset 5 - 4 = 1.
    state.setCount(5)
    #expect(state.selected == 4)
    #expect(state.offset == 1)
    state.setCount(0)
    #expect(state.selected == nil)
    state.setCount(3)
    #expect(state.selected == 0)
    // Taller viewport: everything fits, offset 0.
    var tall = ScrollState(count: 10, viewport: 4, selected: 5)
    #expect(tall.offset == 3)       // 5 + 1 - 3
    tall.setViewport(10)
    #expect(tall.offset == 0)
    // Initial selection is clamped.
    #expect(ScrollState(count: 3, viewport: 2, selected: 99).selected == 2)
}
