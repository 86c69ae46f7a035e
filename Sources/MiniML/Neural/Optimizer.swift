import Foundation

/// The update rules of ``MLP``, as scikit-learn's `SGDOptimizer` (constant learning rate) and
/// `AdamOptimizer`, over a flat parameter array.
struct Optimizer {
    private let solver: MLP.Solver
    private let learningRate: Double
    private let momentum: Double
    private let nesterov: Bool
    private let beta1: Double
    private let beta2: Double
    private let epsilon: Double
    /// Velocities (sgd) or first moments (adam).
    private var first: [Double]
    /// Second moments (adam).
    private var second: [Double]
    /// Updates taken (adam's bias correction).
    private var steps = 0

    /// An optimiser for `count` parameters with `model`'s settings.
    init(for model: MLP, count: Int) {
        solver = model.solver
        learningRate = model.learningRateInit
        momentum = model.momentum
        nesterov = model.nesterovsMomentum
        beta1 = model.beta1
        beta2 = model.beta2
        epsilon = model.epsilon
        first = [Double](repeating: 0, count: count)
        second = solver == .adam ? [Double](repeating: 0, count: count) : []
    }

    /// Moves `parameters` against `gradient`.
    /// - sgd: v ← μ·v − η·g; θ ← θ + v, or with Nesterov momentum θ ← θ + μ·v − η·g.
    /// - adam (Kingma & Ba 2015): m ← β₁m + (1 − β₁)g, s ← β₂s + (1 − β₂)g²,
    ///   θ ← θ − η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√s + ε).
    mutating func step(_ parameters: inout [Double], gradient: [Double]) {
        switch solver {
        case .sgd:
            for i in parameters.indices {
                first[i] = momentum * first[i] - learningRate * gradient[i]
                parameters[i] += nesterov ? momentum * first[i] - learningRate * gradient[i] : first[i]
            }
        case .adam:
            steps += 1
            let rate = learningRate * (1 - pow(beta2, Double(steps))).squareRoot() / (1 - pow(beta1, Double(steps)))
            for i in parameters.indices {
                first[i] = beta1 * first[i] + (1 - beta1) * gradient[i]
                second[i] = beta2 * second[i] + (1 - beta2) * gradient[i] * gradient[i]
                parameters[i] -= rate * first[i] / (second[i].squareRoot() + epsilon)
            }
        }
    }
}
