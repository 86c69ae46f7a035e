import Foundation

/// A layer's activation function, with scikit-learn's names.
public enum Activation: String, Sendable, CaseIterable {
    /// f(z) = z: the output of a regression network.
    case identity
    /// The sigmoid f(z) = 1 / (1 + e^−z): a hidden activation, or the output of a binary classifier.
    case logistic
    /// f(z) = tanh z.
    case tanh
    /// f(z) = max(z, 0), the rectified linear unit.
    case relu
    /// f(z)_k = e^z_k / Σ_j e^z_j over a row: the output of a classifier with three or more classes.
    case softmax

    /// The activations scikit-learn allows in hidden layers (`activation`).
    public static let hidden: [Activation] = [.identity, .logistic, .tanh, .relu]

    /// Applies the function in place to a batch of `width`-wide rows stored one after another.
    /// - Complexity: O(values.count).
    func apply(_ values: inout [Double], width: Int) {
        switch self {
        case .identity:
            break
        case .logistic:
            for i in values.indices { values[i] = 1 / (1 + Foundation.exp(-values[i])) }
        case .tanh:
            for i in values.indices { values[i] = Foundation.tanh(values[i]) }
        case .relu:
            for i in values.indices where values[i] < 0 { values[i] = 0 }
        case .softmax:
            // Shifted by the row maximum so that exp cannot overflow.
            for start in stride(from: 0, to: values.count, by: width) {
                let row = start..<(start + width)
                let largest = values[row].max() ?? 0
                var sum = 0.0
                for i in row {
                    values[i] = Foundation.exp(values[i] - largest)
                    sum += values[i]
                }
                for i in row { values[i] /= sum }
            }
        }
    }

    /// Multiplies `deltas` in place by the derivative f′(z), written in terms of the activation
    /// a = f(z) that the forward pass kept: 1, a(1 − a), 1 − a², or 1 when a > 0 else 0.
    /// - Precondition: not `.softmax`, which is only an output paired with the log loss.
    /// - Complexity: O(deltas.count).
    func multiplyDerivative(_ deltas: inout [Double], activations: [Double]) {
        switch self {
        case .identity:
            break
        case .logistic:
            for i in deltas.indices { deltas[i] *= activations[i] * (1 - activations[i]) }
        case .tanh:
            for i in deltas.indices { deltas[i] *= 1 - activations[i] * activations[i] }
        case .relu:
            for i in deltas.indices where activations[i] <= 0 { deltas[i] = 0 }
        case .softmax:
            preconditionFailure("softmax is an output activation only")
        }
    }
}
