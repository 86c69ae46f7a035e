import Foundation
import MiniML
import Testing

/// Data and checks shared by the linear-model tests.
///
/// The 30 × 4 dataset is a formula, not random, so the same numbers were fed to scikit-learn
/// (1.9.1, NumPy 2.4.6, Python 3.11.7) to get the reference values. The NumPy of it, for i = 0…29:
///
///     X = column_stack([2 sin(0.7 i), cos(1.3 i) + 0.1 i, ((7 i) % 11) / 5 - 1, ((i i) % 13) / 6.5 - 1])
///     y  = 3 + 1.5 X₀ - 2 X₁ + 0.5 X₂ + 0.3 sin(2.9 i)                      (X₃ plays no part)
///     yb = (X₀ - X₁ + 0.5 X₂ + 0.8 sin(1.9 i) + 1.5 > 0)                     (15 zeros, 15 ones)
///     s  = X₀ + 0.5 X₁ + 0.6 sin(2.3 i);  y3 = 0 if s < -0.5, 1 if s < 1, else 2   (6, 10, 14)
enum LinearFixtures {
    static let x: Matrix = Matrix((0..<30).map { i -> [Double] in
        let t = Double(i)
        return [2 * sin(0.7 * t), cos(1.3 * t) + 0.1 * t, Double((7 * i) % 11) / 5 - 1, Double((i * i) % 13) / 6.5 - 1]
    })

    static let regressionTarget: [Double] = (0..<30).map { i in
        let t = Double(i), row = x.row(i)
        return 3 + 1.5 * row[row.startIndex] - 2 * row[row.startIndex + 1] + 0.5 * row[row.startIndex + 2] + 0.3 * sin(2.9 * t)
    }

    static let binaryTarget: [Double] = (0..<30).map { i in
        let t = Double(i), row = x.row(i)
        let score = row[row.startIndex] - row[row.startIndex + 1] + 0.5 * row[row.startIndex + 2] + 0.8 * sin(1.9 * t) + 1.5
        return score > 0 ? 1 : 0
    }

    static let threeClassTarget: [Double] = (0..<30).map { i in
        let t = Double(i), row = x.row(i)
        let score = row[row.startIndex] + 0.5 * row[row.startIndex + 1] + 0.6 * sin(2.3 * t)
        return score < -0.5 ? 0 : (score < 1 ? 1 : 2)
    }

    /// The first five rows of `x`.
    static var firstRows: Matrix { x.selecting(rows: Array(0..<5)) }

    /// Expects `actual` and `expected` to have the same length and differ by at most `tolerance`
    /// entry by entry.
    static func expectClose(
        _ actual: [Double], _ expected: [Double], within tolerance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
        for (index, (a, e)) in zip(actual, expected).enumerated() {
            #expect(abs(a - e) <= tolerance, "entry \(index): \(a) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    /// The rows of `matrix`, each as an array.
    static func rows(_ matrix: Matrix) -> [[Double]] {
        (0..<matrix.rows).map { Array(matrix.row($0)) }
    }
}
