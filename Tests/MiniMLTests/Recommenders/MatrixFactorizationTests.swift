import MiniML
import Testing

@Suite("Matrix factorisation (SGD)")
struct MatrixFactorizationTests {
    @Test("matches a step-by-step Python mirror of the same draws, order and updates")
    func mirror() throws {
        // scripts/bench_ratings_reference.py --test-references: mirror_svd(k=5, epochs=30, lr=0.02,
        // reg=0.05, std=0.1, seed=7) reimplements SeededGenerator, the shuffle and the SGD loop in
        // plain Python floats, in the same operation order. Tolerance 1e-12.
        var model = MatrixFactorization(factorCount: 5, epochs: 30, learningRate: 0.02, regularization: 0.05, seed: 7)
        try model.fit(try smallRatings())
        let expected = [1.95764124918437, 4.7108194977024915, 3.670698448541318, 3.4913637890409372, 3.333503791370621, 2.1684843265983202]
        #expect(allClose(referencePairs.map { model.predict(user: $0, item: $1) }, expected, tolerance: 1e-12))
        #expect(model.learningCurve.roundName == "epoch" && model.learningCurve.training.count == 30)
        #expect(abs(model.learningCurve.training[0] - 1.6026759261594976) < 1e-12)
        #expect(abs(model.learningCurve.training[29] - 0.611695427649689) < 1e-12)
    }

    @Test("the training error falls epoch after epoch; the same seed refits identically, another differs")
    func curveAndSeed() throws {
        let data = try smallRatings()
        var model = MatrixFactorization(factorCount: 5, epochs: 30, learningRate: 0.02, regularization: 0.05, seed: 7)
        try model.fit(data)
        let curve = model.learningCurve.training
        #expect(zip(curve, curve.dropFirst()).allSatisfy { $1 < $0 })
        var again = model
        try again.fit(data)
        #expect(again.userFactors == model.userFactors && again.itemBiases == model.itemBiases)
        var other = MatrixFactorization(factorCount: 5, epochs: 30, learningRate: 0.02, regularization: 0.05, seed: 8)
        try other.fit(data)
        #expect(other.userFactors != model.userFactors)
    }

    @Test("a divergent learning rate and bad hyperparameters give errors, not NaN predictions")
    func badParameters() throws {
        var model = MatrixFactorization(factorCount: 5, epochs: 50, learningRate: 0.9, initialStandardDeviation: 3)
        #expect(throws: MiniMLError.self) { try model.fit(try smallRatings()) }
        #expect(model.trainingData == nil)
        model = MatrixFactorization(factorCount: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "n_factors", reason: "must be at least 1, not 0")) {
            try model.fit(try smallRatings())
        }
    }
}
