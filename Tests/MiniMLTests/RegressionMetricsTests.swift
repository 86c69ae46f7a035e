import Foundation
import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 and NumPy 2.4.6 (Python 3.11.7).
@Suite("Regression metrics")
struct RegressionMetricsTests {
    @Test func meanSquaredErrorMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: mean_squared_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) = 0.375
        // By hand: the errors are 0.5, 0.5, 0 and 1, squared 0.25 + 0.25 + 0 + 1 = 1.5, over 4 = 0.375.
        #expect(try meanSquaredError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) == 0.375)
        // scikit-learn 1.9.1: mean_squared_error([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]) = 1.5205
        #expect(isClose(try meanSquaredError([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]), 1.5205))
    }

    @Test func rootMeanSquaredErrorMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: root_mean_squared_error([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3])
        //   = 1.233085560697229
        #expect(isClose(try rootMeanSquaredError([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]), 1.233085560697229))
        // By hand: errors 3 and 4 → squares 9 and 16 → mean 12.5 → sqrt 3.5355...; errors 0 → 0.
        #expect(try rootMeanSquaredError([0, 0], [3, 4]) == 12.5.squareRoot())
        #expect(try rootMeanSquaredError([7], [7]) == 0)
    }

    @Test func meanSquaredErrorSumsWithoutLosingSmallTerms() throws {
        // Squared errors 1e16 and ten 1s. Summed naively, each 1 vanishes (1e16 + 1 rounds
        // back to 1e16, the spacing of doubles there being 2), giving 1e16 / 11; the exact
        // mean is (1e16 + 10) / 11 = 909090909090910, a double.
        // Python 3.11.7: math.fsum(squares) / 11 = 909090909090910.0
        // (NumPy 2.4.6 via scikit-learn 1.9.1 gives 909090909090909.9.)
        let actual = [Double](repeating: 0, count: 11)
        let predicted = [1e8] + [Double](repeating: 1, count: 10)
        #expect(try meanSquaredError(actual, predicted) == 909_090_909_090_910)
    }

    @Test func rmseOfLogsMatchesNumPy() throws {
        // NumPy 2.4.6: np.sqrt(np.mean((np.log(p) - np.log(a)) ** 2)) with
        //   a = [208500, 181500, 223500, 140000, 250000], p = [200000, 190000, 230000, 150000, 240000]
        //   = 0.047064661224475474
        let actual: [Double] = [208_500, 181_500, 223_500, 140_000, 250_000]
        let predicted: [Double] = [200_000, 190_000, 230_000, 150_000, 240_000]
        #expect(isClose(try rmseOfLogs(actual, predicted), 0.047064661224475474))
    }

    @Test func rmseOfLogsIsRelativeAndUsesTheNaturalLog() throws {
        // By hand: log(100/10) = ln 10 and log(100/1000) = -ln 10, so the root of the mean square is ln 10.
        // Python 3.11.7: math.log(10) = 2.302585092994046
        #expect(isClose(try rmseOfLogs([10, 1000], [100, 100]), 2.302585092994046))
        // Scaling both sides changes nothing: only ratios count.
        #expect(isClose(try rmseOfLogs([10_000, 1_000_000], [100_000, 100_000]), 2.302585092994046))
        // log, not log1p: predicting 2 for 1 costs ln 2 = 0.693..., where log1p would give ln 1.5 = 0.405...
        #expect(isClose(try rmseOfLogs([1], [2]), log(2.0)))
    }

    @Test func nanPropagates() throws {
        #expect(try meanSquaredError([1, .nan], [1, 2]).isNaN)
        #expect(try rmseOfLogs([1, 2], [1, .nan]).isNaN)
    }
}
