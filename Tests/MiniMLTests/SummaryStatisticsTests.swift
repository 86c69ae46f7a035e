import MiniML
import Testing

/// Reference values computed once with NumPy 2.4.6 (Python 3.11.7).
@Suite("Mean and standard deviation")
struct SummaryStatisticsTests {
    @Test func matchNumPy() throws {
        // NumPy 2.4.6: np.mean([0.81, 0.79, 0.85, 0.8, 0.83]) = 0.8160000000000001,
        //   np.std([0.81, 0.79, 0.85, 0.8, 0.83]) = 0.021540659228537987 (ddof=0)
        let scores = [0.81, 0.79, 0.85, 0.8, 0.83]
        #expect(isClose(try mean(scores), 0.8160000000000001))
        #expect(isClose(try standardDeviation(scores), 0.021540659228537987))
    }

    @Test func byHand() throws {
        // Mean of 2, 4, 4, 4, 5, 5, 7, 9 is 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32,
        // over 8 = 4, so the population standard deviation is exactly 2.
        #expect(try mean([2, 4, 4, 4, 5, 5, 7, 9]) == 5)
        #expect(try standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) == 2)
        #expect(try standardDeviation([3]) == 0)
        // A large common offset costs nothing: the same spread around 1e9.
        #expect(try standardDeviation([2, 4, 4, 4, 5, 5, 7, 9].map { $0 + 1e9 }) == 2)
    }

    @Test func emptyInput() {
        #expect(throws: MetricError.empty) { try mean([]) }
        #expect(throws: MetricError.empty) { try standardDeviation([]) }
    }
}
