// Charts drawn with Unicode block characters, as plain strings: the same in a frame and in piped output.

/// The eighth-block characters, from one eighth to a full cell, for bars that grow left to right.
private let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
/// The eighth-block characters, from one eighth to a full cell, for bars that grow bottom to top.
private let verticalEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

/// A horizontal bar `value / maximum` of `width` cells, in eighths of a cell: 5 of 8 at width 2 is `█▎`.
/// A positive value too small to show still gets `▏`, so a non-zero count is never drawn as nothing.
/// The result is at most `width` cells and has no padding.
public func horizontalBar(_ value: Double, of maximum: Double, width: Int) -> String {
    guard width > 0, maximum > 0, value > 0, value.isFinite else { return "" }
    let eighths = max(Int((min(value / maximum, 1) * Double(width * 8)).rounded()), 1)
    let full = eighths / 8, rest = eighths % 8
    return String(repeating: "█", count: full) + (rest > 0 ? String(horizontalEighths[rest - 1]) : "")
}

/// One character per value, `▁` for the smallest to `█` for the largest (all `▄` when they are equal):
/// a score history in a line. NaN values are drawn as spaces.
public func sparkline(_ values: [Double]) -> String {
    let present = values.filter { !$0.isNaN }
    guard let low = present.min(), let high = present.max() else { return String(repeating: " ", count: values.count) }
    return String(values.map { value -> Character in
        if value.isNaN { return " " }
        if high == low { return "▄" }
        return verticalEighths[min(Int((value - low) / (high - low) * 8), 7)]
    })
}

/// A column chart of `counts`, one column of cells per count, `height` rows tall, as rows from top
/// to bottom; the largest count fills the height, and any non-zero count shows at least `▁`.
public func columnChart(_ counts: [Int], height: Int) -> [String] {
    guard height > 0 else { return [] }
    let largest = counts.max() ?? 0
    let levels = counts.map { count -> Int in
        guard count > 0, largest > 0 else { return 0 }
        return max(Int((Double(count) / Double(largest) * Double(height * 8)).rounded()), 1)
    }
    return (0..<height).map { row in
        let floor = (height - 1 - row) * 8  // eighths below this row
        return String(levels.map { level -> Character in
            let inRow = level - floor
            if inRow <= 0 { return " " }
            return verticalEighths[min(inRow, 8) - 1]
        })
    }
}
