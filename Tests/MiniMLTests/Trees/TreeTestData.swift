import Foundation
import MiniML

/// The fixed data set of the reference tests: x0 uniform in [−3, 3), x1 uniform in [−2, 2), x2 uniform in
/// [0, 1) (pure noise), y = sin(x0) + x1² + 0.3·N(0, 1), drawn row by row from `SeededGenerator(seed:)`.
/// The scikit-learn references were computed on the same rows (seed 7 for training, seed 8 for testing)
/// written to CSV with 17 significant digits.
enum TreeTestData {
    static func formula(rows: Int, seed: UInt64) -> (x: Matrix, y: [Double]) {
        var generator = SeededGenerator(seed: seed)
        var values: [Double] = []
        var y: [Double] = []
        for _ in 0..<rows {
            let x0 = generator.nextUnit() * 6 - 3
            let x1 = generator.nextUnit() * 4 - 2
            let x2 = generator.nextUnit()
            values += [x0, x1, x2]
            y.append(sin(x0) + x1 * x1 + 0.3 * generator.nextGaussian())
        }
        return (Matrix(rows: rows, columns: 3, values: values), y)
    }

    static let training = formula(rows: 300, seed: 7)
    static let test = formula(rows: 300, seed: 8)

    /// Two classes: y > 1.5 (136 of the 300 training rows).
    static func binary(_ y: [Double]) -> [Double] { y.map { $0 > 1.5 ? 1 : 0 } }

    /// Three classes: y < 0.8, 0.8 ≤ y < 2, y ≥ 2 (116, 87 and 97 training rows).
    static func threeClasses(_ y: [Double]) -> [Double] { y.map { $0 < 0.8 ? 0 : $0 < 2 ? 1 : 2 } }

    /// Only feature 1 matters: y is a step in x1 (plus tiny noise); x0 and x2 are noise.
    static func oneInformativeFeature(rows: Int = 200) -> (x: Matrix, y: [Double]) {
        var generator = SeededGenerator(seed: 3)
        var values: [Double] = []
        var y: [Double] = []
        for _ in 0..<rows {
            let informative = generator.nextUnit()
            values += [generator.nextUnit(), informative, generator.nextUnit()]
            y.append((informative > 0.5 ? 10 : 0) + 3 * informative + 0.01 * generator.nextGaussian())
        }
        return (Matrix(rows: rows, columns: 3, values: values), y)
    }

    /// 1 − SSE / SST.
    static func r2(_ actual: [Double], _ predicted: [Double]) -> Double {
        let mean = actual.reduce(0, +) / Double(actual.count)
        let residual = zip(actual, predicted).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let total = actual.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return 1 - residual / total
    }

    /// Mean −ln P(true class); labels are column indices of `probabilities`.
    static func logLoss(_ labels: [Double], _ probabilities: Matrix) -> Double {
        labels.enumerated().reduce(0) { $0 - log(probabilities[$1.offset, Int($1.element)]) } / Double(labels.count)
    }

    /// The share of equal entries.
    static func accuracy(_ labels: [Double], _ predicted: [Double]) -> Double {
        Double(zip(labels, predicted).filter { $0 == $1 }.count) / Double(labels.count)
    }
}
