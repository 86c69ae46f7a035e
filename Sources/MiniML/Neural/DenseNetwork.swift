import Foundation

/// A fully connected feed-forward network with its loss and gradient: the model inside ``MLP``.
///
/// Layer l maps a row a of width n_l to f(a·W_l + b_l) of width n_{l+1}; hidden layers share one
/// activation, the output layer has its own, and the output activation decides the loss, as in
/// scikit-learn: identity → half squared error Σ(p − y)² / 2n, logistic → binary log loss,
/// softmax → multinomial log loss. With either output the gradient of the loss with respect to the
/// output layer's pre-activation is (p − y) / n, which back-propagation carries down the layers.
/// The L2 penalty α·Σ‖W_l‖² / 2n (biases not penalised) is added to the loss of a batch of n rows.
///
/// All weights and biases live in one flat array, `parameters`, layer after layer: the weights of layer
/// l (n_l × n_{l+1}, row-major), then its biases. Optimisers and gradient checks work on it directly.
public struct DenseNetwork: Equatable, Sendable {
    /// Widths from the input to the output: [features, hidden…, outputs].
    public let layerSizes: [Int]
    /// The activation of every hidden layer.
    public let hiddenActivation: Activation
    /// The activation of the output layer: identity, logistic or softmax.
    public let outputActivation: Activation
    /// Weights and biases, layer after layer (see the type).
    public var parameters: [Double]

    /// Where each layer's weights start in `parameters`; its biases follow them.
    private let offsets: [Int]

    /// A network with weights and biases drawn as scikit-learn's `_init_coef`: uniform in ±√(6 / (fan_in
    /// + fan_out)), or ±√(2 / (fan_in + fan_out)) when the hidden activation is logistic (Glorot & Bengio 2010).
    /// - Precondition: at least two sizes, all positive; the output activation is identity, logistic or softmax.
    public init(layerSizes: [Int], hiddenActivation: Activation, outputActivation: Activation, generator: inout SeededGenerator) {
        precondition(layerSizes.count >= 2 && layerSizes.allSatisfy { $0 > 0 }, "a network needs an input and an output layer of positive widths")
        precondition([.identity, .logistic, .softmax].contains(outputActivation), "the output activation decides the loss: identity, logistic or softmax")
        self.layerSizes = layerSizes
        self.hiddenActivation = hiddenActivation
        self.outputActivation = outputActivation
        var offsets: [Int] = []
        var parameters: [Double] = []
        for l in 0..<(layerSizes.count - 1) {
            let fanIn = layerSizes[l], fanOut = layerSizes[l + 1]
            let bound = ((hiddenActivation == .logistic ? 2.0 : 6.0) / Double(fanIn + fanOut)).squareRoot()
            offsets.append(parameters.count)
            for _ in 0..<((fanIn + 1) * fanOut) { parameters.append((2 * generator.nextUnit() - 1) * bound) }
        }
        self.offsets = offsets
        self.parameters = parameters
    }

    /// The network's outputs for the rows of `x`: one row per sample, `layerSizes.last` columns.
    /// - Precondition: `x.columns == layerSizes[0]`.
    /// - Complexity: O(rows · Σ n_l·n_{l+1}).
    public func predict(_ x: Matrix) -> Matrix {
        Matrix(rows: x.rows, columns: layerSizes.last!, values: forward(x).last!)
    }

    /// The mean loss of the outputs for `x` against `targets` (one row per sample; for classifiers one
    /// column per output with 1 for the true class), plus the L2 penalty with strength `alpha`.
    /// - Complexity: as `predict`.
    public func loss(_ x: Matrix, _ targets: Matrix, alpha: Double) -> Double {
        dataLoss(forward(x).last!, targets) + penalty(alpha: alpha, rows: x.rows)
    }

    /// The loss, as `loss`, and its gradient with respect to every entry of `parameters`.
    /// - Complexity: about three times `predict`.
    public func lossAndGradient(_ x: Matrix, _ targets: Matrix, alpha: Double) -> (loss: Double, gradient: [Double]) {
        let activations = forward(x)
        let n = x.rows
        var gradient = [Double](repeating: 0, count: parameters.count)
        // Output deltas: ∂loss/∂(pre-activation) = (p − y) / n for every output/loss pairing.
        var deltas = zip(activations.last!, targets.values).map { ($0 - $1) / Double(n) }
        for l in stride(from: layerSizes.count - 2, through: 0, by: -1) {
            let fanIn = layerSizes[l], fanOut = layerSizes[l + 1]
            let weights = offsets[l], biases = weights + fanIn * fanOut
            let input = activations[l]
            gradient.withUnsafeMutableBufferPointer { g in
                input.withUnsafeBufferPointer { a in
                    deltas.withUnsafeBufferPointer { d in
                        // ∂/∂W = aᵀ·deltas, ∂/∂b = column sums of deltas.
                        for i in 0..<n {
                            for p in 0..<fanIn {
                                let value = a[i &* fanIn &+ p]
                                if value == 0 { continue }
                                let row = weights &+ p &* fanOut
                                for j in 0..<fanOut { g[row &+ j] += value * d[i &* fanOut &+ j] }
                            }
                            for j in 0..<fanOut { g[biases &+ j] += d[i &* fanOut &+ j] }
                        }
                    }
                }
                for k in weights..<biases { g[k] += alpha * parameters[k] / Double(n) }
            }
            guard l > 0 else { break }
            // Deltas of the layer below: (deltas · Wᵀ) ⊙ f′.
            var below = [Double](repeating: 0, count: n * fanIn)
            parameters.withUnsafeBufferPointer { w in
                deltas.withUnsafeBufferPointer { d in
                    for i in 0..<n {
                        for p in 0..<fanIn {
                            let row = weights &+ p &* fanOut
                            var sum = 0.0
                            for j in 0..<fanOut { sum += d[i &* fanOut &+ j] * w[row &+ j] }
                            below[i &* fanIn &+ p] = sum
                        }
                    }
                }
            }
            hiddenActivation.multiplyDerivative(&below, activations: input)
            deltas = below
        }
        return (dataLoss(activations.last!, targets) + penalty(alpha: alpha, rows: n), gradient)
    }

    /// The activations of every layer, the input first, each as row-major values.
    private func forward(_ x: Matrix) -> [[Double]] {
        precondition(x.columns == layerSizes[0], "\(x.columns) columns, the network takes \(layerSizes[0])")
        var activations = [x.values]
        for l in 0..<(layerSizes.count - 1) {
            let fanIn = layerSizes[l], fanOut = layerSizes[l + 1]
            let weights = offsets[l], biases = weights + fanIn * fanOut
            var output = [Double](repeating: 0, count: x.rows * fanOut)
            output.withUnsafeMutableBufferPointer { o in
                parameters.withUnsafeBufferPointer { w in
                    activations[l].withUnsafeBufferPointer { a in
                        for i in 0..<x.rows {
                            let out = i &* fanOut
                            for j in 0..<fanOut { o[out &+ j] = w[biases &+ j] }
                            for p in 0..<fanIn {
                                let value = a[i &* fanIn &+ p]
                                if value == 0 { continue }
                                let row = weights &+ p &* fanOut
                                for j in 0..<fanOut { o[out &+ j] += value * w[row &+ j] }
                            }
                        }
                    }
                }
            }
            (l == layerSizes.count - 2 ? outputActivation : hiddenActivation).apply(&output, width: fanOut)
            activations.append(output)
        }
        return activations
    }

    /// The mean loss of `outputs` against `targets` for the output activation (see the type); log
    /// losses clip probabilities to [ε, 1 − ε] with the machine ε, as scikit-learn.
    private func dataLoss(_ outputs: [Double], _ targets: Matrix) -> Double {
        let n = Double(targets.rows)
        let epsilon = Double.ulpOfOne
        switch outputActivation {
        case .logistic:
            return -zip(outputs, targets.values).reduce(0) { sum, pair in
                let p = min(max(pair.0, epsilon), 1 - epsilon)
                return sum + (pair.1 > 0 ? pair.1 * log(p) : 0) + (pair.1 < 1 ? (1 - pair.1) * log(1 - p) : 0)
            } / n
        case .softmax:
            return -zip(outputs, targets.values).reduce(0) { $0 + ($1.1 > 0 ? $1.1 * log(min(max($1.0, epsilon), 1 - epsilon)) : 0) } / n
        default:
            return zip(outputs, targets.values).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / (2 * n)
        }
    }

    /// α·Σ‖W_l‖² / 2n over the weights (not the biases).
    private func penalty(alpha: Double, rows: Int) -> Double {
        guard alpha > 0 else { return 0 }
        var sum = 0.0
        for l in 0..<(layerSizes.count - 1) {
            for k in offsets[l]..<(offsets[l] + layerSizes[l] * layerSizes[l + 1]) { sum += parameters[k] * parameters[k] }
        }
        return alpha * sum / (2 * Double(rows))
    }
}
