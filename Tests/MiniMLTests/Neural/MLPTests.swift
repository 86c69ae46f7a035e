import Foundation
import MiniML
import Testing

@Suite("Neural: multi-layer perceptron")
struct MLPTests {
    /// y = 2·x0 − 3·x1 + 1 on a 7 × 7 grid of points in [−1, 1]².
    static let linear: (x: Matrix, y: [Double]) = {
        let grid: [[Double]] = (0..<49).map { (index: Int) -> [Double] in
            let first = Double(index % 7) / 3 - 1
            let second = Double(index / 7) / 3 - 1
            return [first, second]
        }
        let y: [Double] = grid.map { (row: [Double]) -> Double in 2 * row[0] - 3 * row[1] + 1 }
        return (Matrix(grid), y)
    }()

    @Test("XOR is learned: a hidden layer separates what no line can")
    func xor() throws {
        let x = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
        let y: [Double] = [0, 1, 1, 0]
        var model = MLP(task: .classification, hiddenLayerSizes: [8], activation: .tanh, learningRateInit: 0.05, maxIterations: 2000, tolerance: 0, seed: 2)
        try model.fit(x, y)
        #expect(model.predict(x) == y)
        let probabilities = model.predictProbabilities(x)
        #expect(model.classes == [0, 1])
        for row in 0..<4 {
            #expect(abs(probabilities[row, 0] + probabilities[row, 1] - 1) < 1e-12)
            #expect(probabilities[row, Int(y[row])] > 0.9)
        }
    }

    @Test("a linear target is learned to near-zero loss, with adam and with sgd")
    func linearTarget() throws {
        let (x, y) = Self.linear
        for solver in MLP.Solver.allCases {
            var model = MLP(task: .regression, hiddenLayerSizes: [4], activation: .identity, solver: solver, alpha: 0,
                            batchSize: 7, learningRateInit: 0.01, maxIterations: 500, tolerance: 0)
            try model.fit(x, y)
            let mse = zip(model.predict(x), y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(y.count)
            #expect(mse < 1e-8, "\(solver): mean squared error \(mse)")
            #expect(model.learningCurve.training.last! < 1e-8)
        }
    }

    @Test("the loss curve: one value per epoch, starting high and ending far lower, mostly falling")
    func lossCurveShape() throws {
        let (x, y) = Self.linear
        var model = MLP(task: .regression, hiddenLayerSizes: [16], learningRateInit: 0.01, maxIterations: 150, seed: 4)
        try model.fit(x, y)
        let curve = model.learningCurve
        #expect(curve.roundName == "epoch" && curve.validation.isEmpty)
        #expect(curve.training.count == model.epochs && model.epochs > 20)
        #expect(curve.training.last! < curve.training.first! / 20)
        let falls = zip(curve.training, curve.training.dropFirst()).filter { $1 < $0 }.count
        #expect(Double(falls) >= 0.75 * Double(curve.training.count - 1))
    }

    @Test("a regression target far from 0 is standardised inside the model: as easy as the same target near 0")
    func targetScaling() throws {
        let (x, y) = Self.linear
        var near = MLP(task: .regression, hiddenLayerSizes: [16], learningRateInit: 0.01, maxIterations: 60, seed: 4)
        var far = near
        try near.fit(x, y)
        try far.fit(x, y.map { $0 + 1000 })
        // The mean and population standard deviation of the shifted target, by hand: shifted mean, same spread.
        let mean = y.reduce(0, +) / Double(y.count)
        let spread = (y.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(y.count)).squareRoot()
        #expect(abs(far.targetScaling.mean - (mean + 1000)) < 1e-9 && abs(far.targetScaling.scale - spread) < 1e-9)
        // Both learn the same standardised problem, so their predictions differ by exactly the shift.
        for (a, b) in zip(near.predict(x), far.predict(x)) { #expect(abs(b - a - 1000) < 1e-6) }
    }

    @Test("training stops once n_iter_no_change epochs fail to improve by tol")
    func stopsOnTolerance() throws {
        let (x, y) = Self.linear
        var model = MLP(task: .regression, hiddenLayerSizes: [8], learningRateInit: 0.01, maxIterations: 1000, tolerance: 0.05, iterationsWithoutChange: 3)
        try model.fit(x, y)
        let curve = model.learningCurve.training
        #expect(curve.count < 1000)
        // The last 4 epochs each failed to beat the best loss before them by tol.
        for epoch in (curve.count - 4)..<curve.count {
            let best = curve[..<epoch].min()!
            #expect(curve[epoch] > best - 0.05)
        }
    }

    @Test("early stopping: watches a held-out validation loss, stops, and keeps its best epoch's weights")
    func earlyStopping() throws {
        // A noisy target and a wide network, so that the validation loss stops improving.
        var generator = SeededGenerator(seed: 9)
        let x = Matrix(rows: 120, columns: 3, values: (0..<360).map { _ in generator.nextGaussian() })
        let y = (0..<120).map { x[$0, 0] + generator.nextGaussian() }
        var model = MLP(task: .regression, hiddenLayerSizes: [64], learningRateInit: 0.01, maxIterations: 500,
                        earlyStopping: true, validationFraction: 0.25, iterationsWithoutChange: 5, seed: 3)
        try model.fit(x, y)
        let curve = model.learningCurve
        #expect(curve.training.count < 500)
        #expect(curve.validation.count == curve.training.count)
        // The same split as the model's: the kept weights give the best validation loss of the curve.
        let held = trainValidationSplit(count: 120, validationFraction: 0.25, seed: 3).validation
        let network = try #require(model.network)
        // The curve is in standardised units: the target as the model scaled it.
        let scaling = model.targetScaling
        let loss = network.loss(x.selecting(rows: held), Matrix(column: held.map { (y[$0] - scaling.mean) / scaling.scale }), alpha: 0)
        #expect(abs(loss - curve.validation.min()!) < 1e-12)
    }

    @Test("the same seed gives the same network; another seed another")
    func determinism() throws {
        let (x, y) = Self.linear
        func fitted(_ seed: UInt64) throws -> MLP {
            var model = MLP(task: .regression, hiddenLayerSizes: [6, 3], maxIterations: 20, seed: seed)
            try model.fit(x, y)
            return model
        }
        #expect(try fitted(5).network == fitted(5).network)
        #expect(try fitted(5).learningCurve == fitted(5).learningCurve)
        #expect(try fitted(5).network != fitted(6).network)
    }

    @Test("three classes through a softmax output; probabilities sum to 1")
    func multiclass() throws {
        let x = Matrix([[0, 0], [0.2, 0.1], [5, 5], [5.1, 4.8], [0, 5], [0.3, 5.2]])
        let y: [Double] = [0, 0, 1, 1, 2, 2]
        var model = MLP(task: .classification, hiddenLayerSizes: [10], learningRateInit: 0.05, maxIterations: 500, tolerance: 0, seed: 1)
        try model.fit(x, y)
        #expect(model.predict(x) == y)
        #expect(model.network?.outputActivation == .softmax)
        let probabilities = model.predictProbabilities(x)
        #expect(probabilities.columns == 3)
        for row in 0..<6 { #expect(abs(probabilities.row(row).reduce(0, +) - 1) < 1e-12) }
    }

    @Test("the catalogue entry: mlp after the trees, layer shapes parsed, bad values refused")
    func catalogue() throws {
        let spec = try ModelCatalog.model(named: "mlp")
        #expect(ModelCatalog.all.map(\.name).suffix(2) == ["gbdt", "mlp"])
        #expect(spec.tasks == [.regression, .classification])
        let model = spec.make(try spec.resolve(["hidden_layer_sizes=64,32", "solver=sgd", "batch_size=16"]), .regression)
        let mlp = try #require(model as? MLP)
        #expect(mlp.hiddenLayerSizes == [64, 32] && mlp.solver == .sgd && mlp.batchSize == 16)
        let defaults = try #require(spec.make(try spec.resolve([]), .classification) as? MLP)
        #expect(defaults.hiddenLayerSizes == [100] && defaults.activation == .relu && defaults.solver == .adam)
        #expect(defaults.alpha == 1e-4 && defaults.batchSize == nil && defaults.learningRateInit == 1e-3 && defaults.maxIterations == 200)
        #expect(throws: ParameterError.self) { try spec.resolve(["hidden_layer_sizes=7,7"]) }
        #expect(throws: ParameterError.self) { try spec.resolve(["activation=softmax"]) }
    }

    @Test("bad hyperparameters and inputs are refused with clear errors")
    func errors() {
        let (x, y) = Self.linear
        #expect(throws: MiniMLError.invalidParameter(name: "hidden_layer_sizes", reason: "every layer needs at least 1 unit, not [4, 0]")) {
            var model = MLP(task: .regression, hiddenLayerSizes: [4, 0])
            try model.fit(x, y)
        }
        #expect(throws: MiniMLError.invalidParameter(name: "activation", reason: "must be one of [\"identity\", \"logistic\", \"tanh\", \"relu\"], not softmax")) {
            var model = MLP(task: .regression, activation: .softmax)
            try model.fit(x, y)
        }
        #expect(throws: MiniMLError.invalidInput("only one class (1.0) in the targets")) {
            var model = MLP(task: .classification)
            try model.fit(Matrix([[0], [1]]), [1, 1])
        }
        #expect(throws: MiniMLError.shapeMismatch("49 rows but 2 targets")) {
            var model = MLP(task: .regression)
            try model.fit(x, [1, 2])
        }
    }
}
