import Foundation
import MiniML
import Testing

@Suite("Neural: gradients")
struct DenseNetworkGradientTests {
    /// Every hidden activation with every output activation (and so every loss).
    static let pairings: [(Activation, Activation)] = Activation.hidden.flatMap { hidden in
        [Activation.identity, .logistic, .softmax].map { (hidden, $0) }
    }

    @Test("back-propagation equals central differences (relative error < 1e-6)", arguments: pairings)
    func gradientMatchesFiniteDifferences(hidden: Activation, output: Activation) {
        var generator = SeededGenerator(seed: 11)
        let outputs = output == .softmax ? 3 : 1
        // Two hidden layers, so that deltas pass through the hidden activation twice.
        let network = DenseNetwork(layerSizes: [3, 5, 4, outputs], hiddenActivation: hidden, outputActivation: output, generator: &generator)
        let x = Matrix(rows: 6, columns: 3, values: (0..<18).map { _ in generator.nextGaussian() })
        var targets = Matrix(rows: 6, columns: outputs)
        for row in 0..<6 {
            switch output {
            case .identity: targets[row, 0] = generator.nextGaussian()
            case .logistic: targets[row, 0] = Double(row % 2)
            default: targets[row, row % 3] = 1
            }
        }
        let alpha = 0.3
        let (loss, gradient) = network.lossAndGradient(x, targets, alpha: alpha)
        #expect(abs(loss - network.loss(x, targets, alpha: alpha)) < 1e-15)
        let step = 1e-5
        var worst = 0.0
        for index in network.parameters.indices {
            var plus = network, minus = network
            plus.parameters[index] += step
            minus.parameters[index] -= step
            let numeric = (plus.loss(x, targets, alpha: alpha) - minus.loss(x, targets, alpha: alpha)) / (2 * step)
            // Relative to the larger magnitude, with a floor so that entries near zero are judged absolutely.
            worst = max(worst, abs(numeric - gradient[index]) / max(abs(numeric), abs(gradient[index]), 1e-4))
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
    }

    @Test("losses by hand: half squared error, binary and multinomial log loss, and the L2 term")
    func lossesByHand() {
        var generator = SeededGenerator(seed: 1)
        // No hidden layer: output = f(x·w + b). Set w = 2, b = 0.5 by hand.
        var regression = DenseNetwork(layerSizes: [1, 1], hiddenActivation: .relu, outputActivation: .identity, generator: &generator)
        regression.parameters = [2, 0.5]
        // x = 1, 2 → 2.5, 4.5 against 3, 4: (0.25 + 0.25) / (2·2) = 0.125; penalty 0.1·4 / (2·2) = 0.1.
        #expect(abs(regression.loss(Matrix(column: [1, 2]), Matrix(column: [3, 4]), alpha: 0.1) - 0.225) < 1e-15)
        var binary = DenseNetwork(layerSizes: [1, 1], hiddenActivation: .relu, outputActivation: .logistic, generator: &generator)
        binary.parameters = [1, 0]
        // x = 0 → p = 0.5 against 1: −log 0.5.
        #expect(abs(binary.loss(Matrix(column: [0]), Matrix(column: [1]), alpha: 0) - log(2)) < 1e-15)
        var softmax = DenseNetwork(layerSizes: [1, 3], hiddenActivation: .relu, outputActivation: .softmax, generator: &generator)
        softmax.parameters = [0, 0, 0, 0, 0, 0]
        // Equal scores: p = 1/3 for each of three classes.
        #expect(abs(softmax.loss(Matrix(column: [5]), Matrix([[0, 1, 0]]), alpha: 0) - log(3)) < 1e-15)
    }
}
