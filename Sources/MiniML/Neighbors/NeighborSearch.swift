/// Brute-force search for the training rows nearest a query, with a partial selection instead of a sort.
///
/// Every training row's distance to the query is computed and offered to a bounded max-heap of the
/// `count` nearest so far, keyed by (distance, row): a row replaces the farthest kept one only when it
/// is strictly nearer, and rows are offered in ascending order, so among equal distances the lower
/// training row wins. The kept rows are then heap-sorted in place, nearest first.
struct NeighborSearch: Sendable {
    /// The rows searched.
    let training: Matrix
    /// How many neighbours to find, 1 … training.rows.
    let count: Int
    /// How distance is measured.
    let metric: KNearestNeighbors.DistanceMetric

    /// Finds the `count` training rows nearest `query`, nearest first, equal distances by ascending row.
    /// - Parameters:
    ///   - query: `training.columns` features.
    ///   - rows: `count` slots, filled with training row indices.
    ///   - distances: `count` slots, filled with the distances to those rows.
    /// - Complexity: O(training.rows × (training.columns + log count)).
    func nearest(to query: UnsafePointer<Double>, rows: inout [Int], distances: inout [Double]) {
        let columns = training.columns
        let metric = metric
        training.values.withUnsafeBufferPointer { points in
            rows.withUnsafeMutableBufferPointer { heapRows in
                distances.withUnsafeMutableBufferPointer { heapDistances in
                    var heap = NeighborHeap(rows: heapRows, distances: heapDistances)
                    var row = 0
                    var base = 0
                    while row < training.rows {
                        var sum = 0.0
                        var column = 0
                        switch metric {
                        case .euclidean:
                            while column < columns {
                                let difference = points[base &+ column] - query[column]
                                sum += difference * difference
                                column = column &+ 1
                            }
                        case .manhattan:
                            while column < columns {
                                sum += abs(points[base &+ column] - query[column])
                                column = column &+ 1
                            }
                        }
                        heap.offer(row: row, distance: sum)
                        row = row &+ 1
                        base = base &+ columns
                    }
                    heap.sortAscending()
                }
            }
        }
        if metric == .euclidean {
            for index in 0..<count { distances[index] = distances[index].squareRoot() }
        }
    }
}

/// A max-heap of (distance, row) pairs over caller-owned buffers of fixed capacity; the root is the
/// farthest pair kept, and among equal distances the highest row.
private struct NeighborHeap {
    private typealias Pair = (distance: Double, row: Int)

    private let rows: UnsafeMutableBufferPointer<Int>
    private let distances: UnsafeMutableBufferPointer<Double>
    private var size = 0

    /// An empty heap over two buffers of equal capacity.
    init(rows: UnsafeMutableBufferPointer<Int>, distances: UnsafeMutableBufferPointer<Double>) {
        self.rows = rows
        self.distances = distances
    }

    /// Keeps (`distance`, `row`) if the heap has room or it is nearer than the farthest kept pair,
    /// which it then replaces. Rows must be offered in ascending order.
    /// - Complexity: O(log capacity).
    mutating func offer(row: Int, distance: Double) {
        if size < rows.count {
            var child = size
            size = size &+ 1
            while child > 0 {
                let parent = (child &- 1) / 2
                guard Self.isFarther((distance, row), than: pair(at: parent)) else { break }
                move(from: parent, to: child)
                child = parent
            }
            rows[child] = row
            distances[child] = distance
        } else if distance < distances[0] {
            siftDown((distance, row), within: size)
        }
    }

    /// Orders the kept pairs nearest first (ties by row) by heap sort, emptying the heap.
    /// - Complexity: O(capacity × log capacity).
    mutating func sortAscending() {
        var end = size
        while end > 1 {
            end = end &- 1
            let last = pair(at: end)
            move(from: 0, to: end)
            siftDown(last, within: end)
        }
        size = 0
    }

    /// Puts `pair` at the root of the heap made of the first `count` slots and sifts it down.
    private func siftDown(_ pair: Pair, within count: Int) {
        var parent = 0
        while true {
            var child = 2 &* parent &+ 1
            guard child < count else { break }
            if child &+ 1 < count, Self.isFarther(self.pair(at: child &+ 1), than: self.pair(at: child)) {
                child = child &+ 1
            }
            guard Self.isFarther(self.pair(at: child), than: pair) else { break }
            move(from: child, to: parent)
            parent = child
        }
        rows[parent] = pair.row
        distances[parent] = pair.distance
    }

    private func pair(at slot: Int) -> Pair {
        (distances[slot], rows[slot])
    }

    private func move(from source: Int, to destination: Int) {
        rows[destination] = rows[source]
        distances[destination] = distances[source]
    }

    /// Whether `a` comes after `b`: farther, or as far with a higher row.
    private static func isFarther(_ a: Pair, than b: Pair) -> Bool {
        a.distance > b.distance || (a.distance == b.distance && a.row > b.row)
    }
}
