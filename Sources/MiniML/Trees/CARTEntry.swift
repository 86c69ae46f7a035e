/// One sample's value of the feature being searched, sorted together with the sample during CART's
/// split search.
struct CARTEntry {
    var value: Double
    var sample: Int32
}

extension UnsafeMutableBufferPointer where Element == CARTEntry {
    /// Sorts the entries by value, not stably, in place and without allocating: introsort as in
    /// scikit-learn's splitter, with median-of-three pivots and three-way partitioning, so repeated
    /// values (a one-hot column is all 0s and 1s) cost one pass; heapsort beyond 2 log₂ n levels, and
    /// insertion sort below 16 entries.
    /// - Complexity: O(n log n) worst case; O(n) for a column of a few distinct values.
    func sortByValue() {
        guard count > 1, let base = baseAddress else { return }
        var depth = 0
        var size = count
        while size > 1 {
            depth += 2
            size >>= 1
        }
        Self.introsort(base, count, depthLimit: depth)
    }

    private static func introsort(_ start: UnsafeMutablePointer<CARTEntry>, _ count: Int, depthLimit: Int) {
        var start = start, count = count, depthLimit = depthLimit
        while count > 1 {
            if count <= 16 {
                insertionSort(start, count)
                return
            }
            if depthLimit == 0 {
                heapsort(start, count)
                return
            }
            depthLimit -= 1
            let pivot = medianOfThree(start[0].value, start[count / 2].value, start[count - 1].value)
            // Three-way partition: [0, less) < pivot, [less, greater) == pivot, [greater, count) > pivot.
            var less = 0, index = 0, greater = count
            while index < greater {
                let value = start[index].value
                if value < pivot {
                    swap(start, index, less)
                    less &+= 1
                    index &+= 1
                } else if value > pivot {
                    greater &-= 1
                    swap(start, index, greater)
                } else {
                    index &+= 1
                }
            }
            introsort(start, less, depthLimit: depthLimit)
            start += greater
            count -= greater
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        if a < b {
            return b < c ? b : (a < c ? c : a)
        }
        return a < c ? a : (b < c ? c : b)
    }

    private static func insertionSort(_ start: UnsafeMutablePointer<CARTEntry>, _ count: Int) {
        for index in 1..<count {
            let entry = start[index]
            var position = index
            while position > 0 && start[position &- 1].value > entry.value {
                start[position] = start[position &- 1]
                position &-= 1
            }
            start[position] = entry
        }
    }

    private static func heapsort(_ start: UnsafeMutablePointer<CARTEntry>, _ count: Int) {
        var root = count / 2 - 1
        while root >= 0 {
            siftDown(start, root, count)
            root -= 1
        }
        var end = count - 1
        while end > 0 {
            swap(start, 0, end)
            siftDown(start, 0, end)
            end -= 1
        }
    }

    private static func siftDown(_ start: UnsafeMutablePointer<CARTEntry>, _ root: Int, _ end: Int) {
        var root = root
        while true {
            var largest = root
            let left = 2 &* root &+ 1, right = left &+ 1
            if left < end && start[left].value > start[largest].value { largest = left }
            if right < end && start[right].value > start[largest].value { largest = right }
            if largest == root { return }
            swap(start, root, largest)
            root = largest
        }
    }

    @inline(__always)
    private static func swap(_ start: UnsafeMutablePointer<CARTEntry>, _ a: Int, _ b: Int) {
        let entry = start[a]
        start[a] = start[b]
        start[b] = entry
    }
}
