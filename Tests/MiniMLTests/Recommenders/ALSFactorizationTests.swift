import MiniML
import Testing

@Suite("Matrix factorisation (ALS)")
struct ALSFactorizationTests {
    @Test("matches a numpy mirror with the same initial draws")
    func mirror() throws {
        // scripts/bench_ratings_reference.py --test-references: mirror_als(k=3, reg=0.1, epochs=10,
        // seed=7) solves each user's and item's ridge system with numpy.linalg.solve (LU) where we use
        // Cholesky, so the tolerance is 1e-9.
        var model = ALSFactorization(factorCount: 3, regularization: 0.1, epochs: 10, seed: 7)
        try model.fit(try smallRatings())
        let expected = [2.54674137677884, 4.757615100270507, 4.136699813224245, 2.9483785022063094, 2.846120545039753, 2.3686727795488673]
        #expect(allClose(referencePairs.map { model.predict(user: $0, item: $1) }, expected, tolerance: 1e-9))
        #expect(model.learningCurve.training.count == 10)
        #expect(abs(model.learningCurve.training[0] - 0.4569599377491585) < 1e-9)
        #expect(abs(model.learningCurve.training[9] - 0.14753121680510556) < 1e-9)
    }

    @Test("a regularisation of 0 is refused")
    func badParameters() throws {
        var model = ALSFactorization(regularization: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "reg", reason: "must be a finite number > 0, not 0.0")) {
            try model.fit(try smallRatings())
        }
    }
}
