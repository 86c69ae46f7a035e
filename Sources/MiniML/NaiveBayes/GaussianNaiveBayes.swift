import Foundation

/// Gaussian naive Bayes classification, after scikit-learn's `GaussianNB`.
///
/// Each class c gets a prior π_c = (its rows) / (all rows) and, per feature j, a normal distribution
/// with the class's mean μ_cj and variance σ²_cj (population variance, divided by the class count)
/// plus ε = `var_smoothing` × the largest variance of any feature over all rows. Features are assumed
/// independent given the class, so the joint log-likelihood of a row x is
///
///     log P(c, x) = ln π_c − ½ Σ_j ln(2π σ²_cj) − ½ Σ_j (x_j − μ_cj)² / σ²_cj
///
/// and P(c | x) = exp(log P(c, x) − logsumexp_c' log P(c', x)), computed in log space so that rows far
/// from every class still get probabilities. The prediction is the most probable class (the lowest
/// one on a tie). Hyperparameter (scikit-learn's name and default):
/// - `var_smoothing` (1e-9): the share of the largest feature variance added to every variance, for
///   stability; must be ≥ 0.
/// - Complexity: fitting O(n·d); predicting m rows with c classes O(m·c·d).
public struct GaussianNaiveBayes: ProbabilisticClassifier {
    /// Always classification.
    public var task: Task { .classification }
    /// The share of the largest feature variance added to every variance (`var_smoothing`).
    public let varianceSmoothing: Double
    /// The class labels seen in training, ascending.
    public private(set) var classes: [Double] = []
    /// Each class's share of the training rows, in `classes` order (scikit-learn's `class_prior_`).
    public private(set) var classPriors: [Double] = []
    /// Per-class feature means, one row per class in `classes` order (scikit-learn's `theta_`).
    public private(set) var means = Matrix(rows: 0, columns: 0)
    /// Per-class feature variances, smoothing included, laid out like `means` (scikit-learn's `var_`).
    public private(set) var variances = Matrix(rows: 0, columns: 0)

    /// Per class: ln π_c − ½ Σ_j ln(2π σ²_cj), the part of the log-likelihood that does not depend on x.
    private var logNormalizers: [Double] = []

    /// An unfitted model.
    /// - Parameter varianceSmoothing: `var_smoothing` (default 1e-9); checked by `fit`.
    public init(varianceSmoothing: Double = 1e-9) {
        self.varianceSmoothing = varianceSmoothing
    }

    /// Learns the class priors, means and variances.
    /// - Throws: `MiniMLError.invalidParameter` for a negative or non-finite `var_smoothing`;
    ///   what `validateTrainingData` and `classLabels` throw; `MiniMLError.numerical` when a variance
    ///   is still 0 after smoothing (every feature constant, or `var_smoothing` 0 with a feature constant
    ///   within a class), which would divide by zero.
    /// - Complexity: O(n·d).
    public mutating func fit(_ x: Matrix, _ y: [Double]) throws {
        guard varianceSmoothing >= 0, varianceSmoothing.isFinite else {
            throw MiniMLError.invalidParameter(name: "var_smoothing", reason: "must be a finite number ≥ 0, not \(varianceSmoothing)")
        }
        try validateTrainingData(x, y)
        let classes = try classLabels(y)
        let position = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        // `classLabels` returned every label of `y`, so each has a position.
        let rowClasses = y.map { position[$0]! }
        let features = x.columns

        var counts = [Int](repeating: 0, count: classes.count)
        for c in rowClasses { counts[c] += 1 }
        var means = Matrix(rows: classes.count, columns: features)
        var variances = Matrix(rows: classes.count, columns: features)
        var overallMeans = [Double](repeating: 0, count: features)
        var overallVariances = [Double](repeating: 0, count: features)
        x.values.withUnsafeBufferPointer { values in
            means.values.withUnsafeMutableBufferPointer { means in
                variances.values.withUnsafeMutableBufferPointer { variances in
                    // Two passes, means then squared deviations, per class and over all rows.
                    for (row, c) in rowClasses.enumerated() {
                        for j in 0..<features {
                            means[c &* features &+ j] += values[row &* features &+ j]
                            overallMeans[j] += values[row &* features &+ j]
                        }
                    }
                    for c in 0..<classes.count {
                        for j in 0..<features { means[c &* features &+ j] /= Double(counts[c]) }
                    }
                    for j in 0..<features { overallMeans[j] /= Double(x.rows) }
                    for (row, c) in rowClasses.enumerated() {
                        for j in 0..<features {
                            let value = values[row &* features &+ j]
                            let deviation = value - means[c &* features &+ j]
                            variances[c &* features &+ j] += deviation * deviation
                            let overallDeviation = value - overallMeans[j]
                            overallVariances[j] += overallDeviation * overallDeviation
                        }
                    }
                }
            }
        }
        let epsilon = varianceSmoothing * (overallVariances.max()! / Double(x.rows))
        for c in 0..<classes.count {
            for j in 0..<features {
                variances[c, j] = variances[c, j] / Double(counts[c]) + epsilon
                guard variances[c, j] > 0 else {
                    throw MiniMLError.numerical(
                        "feature \(j) has variance 0 in class \(classes[c]) even after smoothing; raise var_smoothing or drop the feature"
                    )
                }
            }
        }

        self.classes = classes
        classPriors = counts.map { Double($0) / Double(x.rows) }
        self.means = means
        self.variances = variances
        logNormalizers = (0..<classes.count).map { c in
            log(classPriors[c]) - 0.5 * variances.row(c).reduce(0) { $0 + log(2 * .pi * $1) }
        }
    }

    /// The most probable class of each row (the lowest class on a tie).
    /// - Complexity: O(m·c·d) for m rows.
    public func predict(_ x: Matrix) -> [Double] {
        let logLikelihoods = jointLogLikelihoods(x)
        return (0..<x.rows).map { row in
            var best = 0
            for c in 1..<classes.count where logLikelihoods[row, c] > logLikelihoods[row, best] { best = c }
            return classes[best]
        }
    }

    /// P(class | row) for each row, columns in `classes` order: the joint log-likelihoods normalised
    /// with log-sum-exp (the largest is subtracted before exponentiating).
    /// - Complexity: O(m·c·d) for m rows.
    public func predictProbabilities(_ x: Matrix) -> Matrix {
        var probabilities = jointLogLikelihoods(x)
        for row in 0..<x.rows {
            let largest = probabilities.row(row).max()!
            var sum = 0.0
            for c in 0..<classes.count { sum += exp(probabilities[row, c] - largest) }
            let logSum = largest + log(sum)
            for c in 0..<classes.count { probabilities[row, c] = exp(probabilities[row, c] - logSum) }
        }
        return probabilities
    }

    /// log P(c, x) for every row and class: one row per row of `x`, one column per class.
    private func jointLogLikelihoods(_ x: Matrix) -> Matrix {
        precondition(!classes.isEmpty, "predict called before fit")
        precondition(x.columns == means.columns, "\(x.columns) features but the model was fitted on \(means.columns)")
        let features = x.columns
        var result = Matrix(rows: x.rows, columns: classes.count)
        x.values.withUnsafeBufferPointer { values in
            means.values.withUnsafeBufferPointer { means in
                variances.values.withUnsafeBufferPointer { variances in
                    result.values.withUnsafeMutableBufferPointer { result in
                        for row in 0..<x.rows {
                            for c in 0..<classes.count {
                                var squaredDistance = 0.0
                                for j in 0..<features {
                                    let deviation = values[row &* features &+ j] - means[c &* features &+ j]
                                    squaredDistance += deviation * deviation / variances[c &* features &+ j]
                                }
                                result[row &* classes.count &+ c] = logNormalizers[c] - 0.5 * squaredDistance
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
