import MiniML
import Testing

/// Reference values computed once with scikit-learn 1.9.1 (Python 3.11.7): `roc_curve(y, s)`, whose
/// default is `drop_intermediate=True`.
@Suite("ROC curve")
struct ROCCurveTests {
    @Test(arguments: [
        // Distinct scores: nothing is dropped.
        // roc_curve([0,0,1,1], [0.1,0.4,0.35,0.8])
        (
            [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8],
            [0, 0, 0.5, 0.5, 1], [0, 0.5, 0.5, 1, 1], [.infinity, 0.8, 0.4, 0.35, 0.1]
        ),
        // Ties across classes at 0.3 and 0.7 become one point each.
        // roc_curve([0,1,0,1,1,0,1,0], [0.3,0.3,0.3,0.7,0.7,0.1,0.9,0.7])
        (
            [0, 1, 0, 1, 1, 0, 1, 0], [0.3, 0.3, 0.3, 0.7, 0.7, 0.1, 0.9, 0.7],
            [0, 0, 0.25, 0.75, 1], [0, 0.25, 0.75, 1, 1], [.infinity, 0.9, 0.7, 0.3, 0.1]
        ),
        // Many ties; 0.5 is dropped, but 0.4 and 0.2 are kept although collinear (unequal steps).
        // roc_curve of ClassificationMetricsTests' twenty labels and one-decimal scores
        (
            [1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
            [0.6, 0.6, 0.1, 0.6, 0.0, 0.2, 0.6, 0.1, 0.4, 0.5, 0.6, 0.6, 0.7, 0.1, 0.6, 0.2, 0.1, 0.7, 0.6, 0.6],
            [0, 0.07142857142857142, 0.5, 0.6428571428571429, 0.7857142857142857, 0.9285714285714286, 1],
            [0, 0.16666666666666666, 0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 1, 1],
            [.infinity, 0.7, 0.6, 0.4, 0.2, 0.1, 0]
        ),
        // Perfect ranking: 0.5 and 0.3, 0.2 are on straight stretches and dropped.
        // roc_curve([0,0,0,1,1,1], [0.1,0.2,0.3,0.4,0.5,0.6])
        (
            [0, 0, 0, 1, 1, 1], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
            [0, 0, 0, 1], [0, 1.0 / 3, 1, 1], [.infinity, 0.6, 0.4, 0.1]
        ),
        // roc_curve([1,1,0,0,0,0,1,1], [8,7,6,5,4,3,2,1]): 6, 5, 4 and 2 dropped.
        (
            [1, 1, 0, 0, 0, 0, 1, 1], [8, 7, 6, 5, 4, 3, 2, 1],
            [0, 0, 0, 1, 1], [0, 0.25, 0.5, 0.5, 1], [.infinity, 8, 7, 3, 1]
        ),
        // One threshold: roc_curve([1, 0], [0.5, 0.5])
        ([1, 0], [0.5, 0.5], [0, 1], [0, 1], [.infinity, 0.5]),
        // Two thresholds, never dropped: roc_curve([1, 0, 1], [0.2, 0.2, 0.9])
        ([1, 0, 1], [0.2, 0.2, 0.9], [0, 0, 1], [0, 0.5, 1], [.infinity, 0.9, 0.2]),
    ] as [([Double], [Double], [Double], [Double], [Double])])
    func matchesScikitLearn(labels: [Double], scores: [Double], fpr: [Double], tpr: [Double], thresholds: [Double]) throws {
        let curve = try rocCurve(labels: labels, scores: scores)
        // Rates are count / total, one division each, as in scikit-learn: equal to the bit.
        #expect(curve.falsePositiveRate == fpr)
        #expect(curve.truePositiveRate == tpr)
        #expect(curve.thresholds == thresholds)
    }

    @Test func doesNotDependOnTheOrderOfTheInput() throws {
        let labels: [Double] = [1, 0, 1, 0, 0, 1, 1, 0]
        let scores: [Double] = [0.9, 0.3, 0.3, 0.8, 0.1, 0.8, 0.5, 0.5]
        let curve = try rocCurve(labels: labels, scores: scores)
        let permutation = [3, 7, 0, 5, 1, 6, 2, 4]
        let permuted = try rocCurve(labels: permutation.map { labels[$0] }, scores: permutation.map { scores[$0] })
        #expect(permuted.falsePositiveRate == curve.falsePositiveRate)
        #expect(permuted.truePositiveRate == curve.truePositiveRate)
        #expect(permuted.thresholds == curve.thresholds)
    }

    @Test func inputErrors() {
        #expect(throws: MetricError.lengthMismatch(actual: 2, predicted: 1)) { try rocCurve(labels: [0, 1], scores: [0.5]) }
        #expect(throws: MetricError.empty) { try rocCurve(labels: [], scores: []) }
        #expect(throws: MetricError.notBinary(index: 1, value: 3)) { try rocCurve(labels: [0, 3], scores: [0.5, 0.6]) }
        #expect(throws: MetricError.singleClass) { try rocCurve(labels: [1, 1], scores: [0.5, 0.6]) }
        #expect(throws: MetricError.singleClass) { try rocCurve(labels: [0, 0], scores: [0.5, 0.6]) }
        #expect(throws: MetricError.nanScore(index: 2)) { try rocCurve(labels: [0, 1, 1], scores: [0.5, 0.6, .nan]) }
    }
}
