import Foundation

/// The loss gradient boosting minimises, on raw predictions (sums of tree outputs).
///
/// As in scikit-learn: squared error for regression (gradient raw − y, hessian 1), the binomial log loss
/// on log-odds for two classes, and the multinomial log loss on per-class scores (softmax) for more,
/// with one tree per class and iteration. Gradients and hessians are those of scikit-learn's "half"
/// losses; the reported loss is the mean squared error or the mean log loss (natural logarithm).
enum BoostingLoss: Sendable {
    case squaredError
    case binaryLogLoss
    case multinomialLogLoss(classCount: Int)

    /// The loss for `task` with `classCount` classes.
    init(task: Task, classCount: Int) {
        switch task {
        case .regression: self = .squaredError
        case .classification: self = classCount == 2 ? .binaryLogLoss : .multinomialLogLoss(classCount: classCount)
        }
    }

    /// Whether every hessian is 1 (squared error).
    var hasConstantHessian: Bool {
        if case .squaredError = self { return true }
        return false
    }

    /// Raw predictions (and trees) per row and iteration.
    var treesPerIteration: Int {
        if case .multinomialLogLoss(let classCount) = self { return classCount }
        return 1
    }

    /// The best constant raw prediction: the mean, the log-odds of the class-1 share, or the centred
    /// logarithms of the class shares (shares clipped to [ε, 1 − ε]).
    /// - Complexity: O(n).
    func baseline(_ targets: [Double]) -> [Double] {
        let count = Double(targets.count)
        switch self {
        case .squaredError:
            return [targets.reduce(0, +) / count]
        case .binaryLogLoss:
            let share = min(max(targets.reduce(0, +) / count, .ulpOfOne), 1 - .ulpOfOne)
            return [log(share / (1 - share))]
        case .multinomialLogLoss(let classCount):
            var shares = [Double](repeating: 0, count: classCount)
            for target in targets { shares[Int(target)] += 1 / count }
            let logs = shares.map { log(min(max($0, .ulpOfOne), 1 - .ulpOfOne)) }
            let mean = logs.reduce(0, +) / Double(classCount)
            return logs.map { $0 - mean }
        }
    }

    /// Writes each row's gradient and hessian for tree k to `gradients[k][2 · row]` and
    /// `gradients[k][2 · row + 1]`, from `raw` (`treesPerIteration` values per row).
    /// - Complexity: O(n · trees per iteration).
    func computeGradients(targets: [Double], raw: [Double], into gradients: inout [[Double]]) {
        switch self {
        case .squaredError:
            gradients[0].withUnsafeMutableBufferPointer { output in
                for row in targets.indices {
                    output[row &* 2] = raw[row] - targets[row]
                    output[row &* 2 &+ 1] = 1
                }
            }
        case .binaryLogLoss:
            gradients[0].withUnsafeMutableBufferPointer { output in
                for row in targets.indices {
                    let p = Self.sigmoid(raw[row])
                    output[row &* 2] = p - targets[row]
                    output[row &* 2 &+ 1] = p * (1 - p)
                }
            }
        case .multinomialLogLoss(let classCount):
            var shares = [Double](repeating: 0, count: classCount)
            for row in targets.indices {
                let scores = raw[(row &* classCount)..<((row &+ 1) &* classCount)]
                let largest = scores.max()!
                var total = 0.0
                for (k, score) in scores.enumerated() {
                    shares[k] = exp(score - largest)
                    total += shares[k]
                }
                for k in 0..<classCount {
                    let p = shares[k] / total
                    gradients[k][row &* 2] = p - (Int(targets[row]) == k ? 1 : 0)
                    gradients[k][row &* 2 &+ 1] = p * (1 - p)
                }
            }
        }
    }

    /// The mean loss of `raw` (`treesPerIteration` values per row) against `targets`.
    /// - Complexity: O(n · trees per iteration).
    func meanLoss(targets: [Double], raw: [Double]) -> Double {
        let width = treesPerIteration
        var total = 0.0
        for row in targets.indices {
            let target = targets[row]
            switch self {
            case .squaredError:
                total += (raw[row] - target) * (raw[row] - target)
            case .binaryLogLoss:
                // log(1 + e^r) − y·r, computed without overflow.
                let r = raw[row]
                total += max(r, 0) + log1p(exp(-abs(r))) - target * r
            case .multinomialLogLoss:
                let scores = raw[(row * width)..<((row + 1) * width)]
                let largest = scores.max()!
                let logTotal = largest + log(scores.reduce(0) { $0 + exp($1 - largest) })
                total += logTotal - scores[scores.startIndex + Int(target)]
            }
        }
        return total / Double(targets.count)
    }

    /// Class probabilities from raw predictions, one row per sample (classification losses only).
    /// - Complexity: O(n · classes).
    func probabilities(_ raw: [Double], rows: Int) -> Matrix {
        switch self {
        case .squaredError:
            preconditionFailure("squared error has no probabilities")
        case .binaryLogLoss:
            var output = Matrix(rows: rows, columns: 2)
            for row in 0..<rows {
                let p = Self.sigmoid(raw[row])
                output[row, 0] = 1 - p
                output[row, 1] = p
            }
            return output
        case .multinomialLogLoss(let classCount):
            var output = Matrix(rows: rows, columns: classCount, values: raw)
            for row in 0..<rows {
                let scores = raw[(row * classCount)..<((row + 1) * classCount)]
                let largest = scores.max()!
                let total = scores.reduce(0) { $0 + exp($1 - largest) }
                for k in 0..<classCount { output[row, k] = exp(output[row, k] - largest) / total }
            }
            return output
        }
    }

    /// 1 / (1 + e^−r), without overflow.
    @inline(__always)
    private static func sigmoid(_ r: Double) -> Double {
        r >= 0 ? 1 / (1 + exp(-r)) : exp(r) / (1 + exp(r))
    }
}
