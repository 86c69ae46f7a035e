@testable import MiniML
import Testing

@Suite("Trees: split-search sort")
struct CARTEntrySortTests {
    @Test(arguments: [0, 1, 2, 15, 16, 17, 100, 1000])
    func sortsValuesAndKeepsEachSampleWithItsValue(count: Int) {
        // Values drawn from 7 levels, so every size above 7 has repeats (the three-way partition).
        var generator = SeededGenerator(seed: UInt64(count))
        var entries = (0..<count).map { CARTEntry(value: Double(generator.drawIndex(below: 7)) / 2, sample: Int32($0)) }
        let original = entries
        entries.withUnsafeMutableBufferPointer { $0.sortByValue() }
        #expect(entries.map(\.value) == original.map(\.value).sorted())
        #expect(entries.allSatisfy { original[Int($0.sample)].value == $0.value })
        #expect(Set(entries.map(\.sample)).count == count)
    }

    @Test func sortsDistinctDescendingValues() {
        var entries = (0..<500).map { CARTEntry(value: Double(500 - $0), sample: Int32($0)) }
        entries.withUnsafeMutableBufferPointer { $0.sortByValue() }
        #expect(entries.map(\.value) == (1...500).map(Double.init))
    }
}
