import Foundation

/// How many features a tree examines at each split (`max_features`), as in scikit-learn.
///
/// Fewer features make trees more different from one another, which is what a random forest wants.
/// When fewer than all are examined, they are drawn at random for each node; if all drawn features are
/// constant in the node, more are drawn until a usable one is found or none are left.
public enum MaxFeatures: Sendable, Equatable {
    /// Every feature (`all`, scikit-learn's `None` or 1.0).
    case all
    /// ⌊√d⌋ of d features (at least 1).
    case sqrt
    /// ⌊log₂ d⌋ of d features (at least 1).
    case log2
    /// ⌊fraction · d⌋ features (at least 1), `fraction` in (0, 1].
    case fraction(Double)

    /// Parses a `max_features` word: all, sqrt, log2, or a fraction such as 0.5.
    public init?(_ text: String) {
        switch text {
        case "all": self = .all
        case "sqrt": self = .sqrt
        case "log2": self = .log2
        default:
            guard let value = Double(text), value > 0, value <= 1 else { return nil }
            self = value == 1 ? .all : .fraction(value)
        }
    }

    /// The words accepted by the command line: all, sqrt, log2 and the fractions 0.1 … 0.9.
    static let words = ["all", "sqrt", "log2"] + (1...9).map { "0.\($0)" }

    /// The number of features examined per split when there are `featureCount` features.
    /// - Complexity: O(1).
    public func count(of featureCount: Int) -> Int {
        let count: Int
        switch self {
        case .all: count = featureCount
        case .sqrt: count = Int(Double(featureCount).squareRoot())
        case .log2: count = Int(Foundation.log2(Double(featureCount)))
        case .fraction(let fraction): count = Int(fraction * Double(featureCount))
        }
        return min(featureCount, max(1, count))
    }

    /// Checks a fraction lies in (0, 1].
    func validate() throws {
        if case .fraction(let fraction) = self, !(fraction > 0 && fraction <= 1) {
            throw MiniMLError.invalidParameter(name: "max_features", reason: "a fraction must be in (0, 1], not \(fraction)")
        }
    }
}
