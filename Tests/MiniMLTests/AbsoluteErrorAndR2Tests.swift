import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (NumPy 2.4.6, Python 3.11.7).
@Suite("Regression metrics: MAE and R²")
struct AbsoluteErrorAndR2Tests {
    @Test func meanAbsoluteErrorMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: mean_absolute_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) = 0.5
        // By hand: |errors| 0.5 + 0.5 + 0 + 1 = 2, over 4 = 0.5.
        #expect(try meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) == 0.5)
        // scikit-learn 1.9.1: mean_absolute_error([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]) = 0.89
        #expect(isClose(try meanAbsoluteError([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]), 0.89))
        #expect(try meanAbsoluteError([4, 5], [4, 5]) == 0)
    }

    @Test func r2ScoreMatchesScikitLearn() throws {
        // scikit-learn 1.9.1: r2_score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) = 0.9486081370449679
        // By hand: SS_res = 1.5; mean 2.875, SS_tot = 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875;
        // 1 − 1.5 / 29.1875 = 0.94860813….
        #expect(isClose(try r2Score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]), 0.9486081370449679))
        // scikit-learn 1.9.1: r2_score([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]) = 0.9268413556842895
        #expect(isClose(try r2Score([1.5, 2.25, 10, -4, 0.1], [1, 2, 12.5, -3, 0.3]), 0.9268413556842895))
        // scikit-learn 1.9.1: r2_score([1, 2, 3], [3, 2, 1]) = -3.0 (SS_res 8, SS_tot 2);
        // r2_score([1, 2, 3], [2, 2, 2]) = 0.0 (predicting the mean).
        #expect(try r2Score([1, 2, 3], [3, 2, 1]) == -3)
        #expect(try r2Score([1, 2, 3], [2, 2, 2]) == 0)
        #expect(try r2Score([1, 2, 3], [1, 2, 3]) == 1)
    }

    @Test func r2ScoreEdgeCasesFollowScikitLearn() throws {
        // Constant actual values: scikit-learn 1.9.1 r2_score([2, 2, 2], [2, 2, 2]) = 1.0 and
        // r2_score([2, 2, 2], [2, 2, 3]) = 0.0 (force_finite=True).
        #expect(try r2Score([2, 2, 2], [2, 2, 2]) == 1)
        #expect(try r2Score([2, 2, 2], [2, 2, 3]) == 0)
        // One value: scikit-learn 1.9.1 r2_score([5], [4]) = nan, with a warning.
        #expect(try r2Score([5], [4]).isNaN)
        #expect(try r2Score([1, .nan], [1, 2]).isNaN)
    }

    @Test func inputErrors() {
        #expect(throws: MetricError.lengthMismatch(actual: 2, predicted: 1)) { try meanAbsoluteError([1, 2], [1]) }
        #expect(throws: MetricError.empty) { try meanAbsoluteError([], []) }
        #expect(throws: MetricError.lengthMismatch(actual: 1, predicted: 2)) { try r2Score([1], [1, 2]) }
        #expect(throws: MetricError.empty) { try r2Score([], []) }
    }
}
