/// The nodes waiting to be split during leaf-wise growth, highest gain first (a binary max-heap).
///
/// Among equal gains the node queued first comes first, so growth never depends on heap internals.
struct SplitQueue<Payload> {
    private var entries: [(gain: Double, order: Int, payload: Payload)] = []
    private var queued = 0

    /// Queues `payload` with priority `gain`.
    /// - Complexity: O(log count).
    mutating func push(_ payload: Payload, gain: Double) {
        entries.append((gain, queued, payload))
        queued += 1
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the node of highest gain, or nil when empty.
    /// - Complexity: O(log count).
    mutating func pop() -> Payload? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let top = entries.removeLast().payload
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < entries.count && precedes(left, first) { first = left }
            if right < entries.count && precedes(right, first) { first = right }
            if first == parent { return top }
            entries.swapAt(parent, first)
            parent = first
        }
    }

    /// Removes every node, in no particular order.
    mutating func removeAll() -> [Payload] {
        defer { entries.removeAll(keepingCapacity: true) }
        return entries.map(\.payload)
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        entries[a].gain > entries[b].gain || (entries[a].gain == entries[b].gain && entries[a].order < entries[b].order)
    }
}
