import Foundation

/// How a decision tree measures the impurity of a node, and so which split it prefers (`criterion`).
///
/// A split is chosen to maximise the weighted impurity decrease
/// w·I(node) − w_left·I(left) − w_right·I(right), where w counts (weighted) training samples.
public enum SplitCriterion: String, Sendable, CaseIterable {
    /// Regression: the variance of the targets, mean((y − ȳ)²); leaves predict the mean.
    case squaredError = "squared_error"
    /// Classification: Gini impurity 1 − Σₖ pₖ², the chance that two draws differ in class.
    case gini
    /// Classification: Shannon entropy −Σₖ pₖ log₂ pₖ, in bits.
    case entropy

    /// The task this criterion serves.
    public var task: Task {
        self == .squaredError ? .regression : .classification
    }

    /// The criterion scikit-learn uses by default for `task`: squared error or Gini.
    public static func defaultCriterion(for task: Task) -> SplitCriterion {
        task == .regression ? .squaredError : .gini
    }

    /// The impurity of a node with the weighted class counts `counts` (total `weight` > 0).
    /// - Complexity: O(counts.count).
    func classImpurity(_ counts: UnsafePointer<Double>, classCount: Int, weight: Double) -> Double {
        var impurity = self == .gini ? 1.0 : 0.0
        for k in 0..<classCount where counts[k] > 0 {
            let share = counts[k] / weight
            impurity -= self == .gini ? share * share : share * log2(share)
        }
        return impurity
    }
}
