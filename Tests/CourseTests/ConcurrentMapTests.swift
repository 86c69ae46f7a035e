import Course
import Testing

@Suite struct ConcurrentMapTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test func keepsTheOrder() throws {
        let numbers = Array(0..<1000)
        #expect(try numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
        #expect(try [Int]().concurrentMap { $0 }.isEmpty)
    }

    @Test func rethrowsTheFirstErrorInArrayOrder() {
        // Elements 300, 500 and 700 fail; whichever thread fails first, the error is element 300's.
        #expect(throws: Failure(index: 300)) {
            try Array(0..<1000).concurrentMap { index in
                if index % 200 == 100, index > 200 { throw Failure(index: index) }
                return index
            }
        }
    }
}
