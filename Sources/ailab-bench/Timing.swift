/// Runs `body` `runs` times and returns the median wall time of one run, in milliseconds.
/// - Precondition: `runs >= 1`.
func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    precondition(runs >= 1, "at least one run is needed for a median")
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let elapsed = try clock.measure(body)
        times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return median(times)
}

/// The middle value of `values`, or the mean of the two middle values when their count is even.
/// - Precondition: `values` is not empty.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}
