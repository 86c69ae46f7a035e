import Testing
import TerminalUI

// Expected strings worked out by hand from eighths of a cell: value/maximum × width × 8, rounded.
@Suite("Block charts")
struct BlockChartsTests {
    @Test("a horizontal bar counts eighths of a cell; a tiny positive value still shows")
    func horizontalBars() {
        #expect(horizontalBar(5, of: 8, width: 2) == "█▎")  // 5/8 × 16 = 10 eighths: one full cell and 2/8
        #expect(horizontalBar(8, of: 8, width: 3) == "███")
        #expect(horizontalBar(20, of: 8, width: 3) == "███")  // capped at the width
        #expect(horizontalBar(1, of: 1000, width: 10) == "▏")  // 0.08 eighths rounds to 0, shown as one
        #expect(horizontalBar(0, of: 8, width: 3) == "")
        #expect(horizontalBar(3, of: 0, width: 3) == "")
    }

    @Test("a sparkline maps the smallest value to ▁ and the largest to █")
    func sparklines() {
        #expect(sparkline([1, 2, 3]) == "▁▅█")  // (2-1)/(3-1) × 8 = 4 → the fifth level
        #expect(sparkline([0.2, 0.2]) == "▄▄")
        #expect(sparkline([1, .nan, 3]) == "▁ █")
        #expect(sparkline([]) == "")
    }

    @Test("a column chart fills the height for the largest count, eighths at the top of each column")
    func columnCharts() {
        // Height 2 = 16 eighths: 4 → 16, 1 → 4, 2 → 8, 0 → nothing.
        #expect(columnChart([4, 1, 2, 0], height: 2) == ["█   ", "█▄█ "])
        #expect(columnChart([1, 1000], height: 1) == ["▁█"])  // a non-zero count shows at least ▁
        #expect(columnChart([3], height: 0) == [])
    }
}
