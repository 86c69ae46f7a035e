import MiniML
import Testing

@Suite("Baseline predictor")
struct BaselinePredictorTests {
    @Test("two ALS epochs on three users, by hand")
    func byHand() throws {
        // u1: a 4, b 2; u2: a 5; u3: b 1, c 3. μ = 3; reg_u = reg_i = 1.
        // Epoch 1 (items, then users): b_a = (1 + 2)/3 = 1, b_b = (−1 − 2)/3 = −1, b_c = 0/2 = 0;
        //   b_u1 = (0 + 0)/3 = 0, b_u2 = 1/2, b_u3 = (−1 + 0)/3 = −1/3.
        // Epoch 2: b_a = (1 + 1.5)/3 = 5/6, b_b = (−1 − 5/3)/3 = −8/9, b_c = (1/3)/2 = 1/6;
        //   b_u1 = ((1 − 5/6) + (−1 + 8/9))/3 = 1/54, b_u2 = (2 − 5/6)/2 = 7/12,
        //   b_u3 = ((−2 + 8/9) + (0 − 1/6))/3 = −23/54.
        var model = BaselinePredictor(userRegularization: 1, itemRegularization: 1, epochs: 2)
        try model.fit(try ratings([("u1", "a", 4), ("u1", "b", 2), ("u2", "a", 5), ("u3", "b", 1), ("u3", "c", 3)]))
        #expect(model.globalMean == 3)
        #expect(allClose(model.itemBiases, [5.0 / 6, -8.0 / 9, 1.0 / 6], tolerance: 1e-15))
        #expect(allClose(model.userBiases, [1.0 / 54, 7.0 / 12, -23.0 / 54], tolerance: 1e-15))
        #expect(abs(model.predict(user: "u2", item: "b") - (3 + 7.0 / 12 - 8.0 / 9)) < 1e-15)
        #expect(abs(model.predict(user: "u3", item: "a") - (3 - 23.0 / 54 + 5.0 / 6)) < 1e-15)
    }

    @Test("matches Surprise's BaselineOnly (als, defaults) on the small data set")
    func surprise() throws {
        // Surprise 1.1.5: BaselineOnly().fit(full trainset).predict(u, i, clip=False).est, printed by
        // scripts/bench_ratings_reference.py --test-references. Tolerance 1e-12 (same sums, same order).
        let expected = [2.551563595376096, 3.1920119108469156, 3.020957395373373, 2.908629353676992, 2.908887768285658, 2.5532395718723535]
        var model = BaselinePredictor()
        try model.fit(try smallRatings())
        #expect(allClose(referencePairs.map { model.predict(user: $0, item: $1) }, expected, tolerance: 1e-12))
    }

    @Test("bad hyperparameters are refused by name")
    func badParameters() throws {
        var model = BaselinePredictor(userRegularization: -1)
        #expect(throws: MiniMLError.invalidParameter(name: "reg_u", reason: "must be a finite number ≥ 0, not -1.0")) {
            try model.fit(try smallRatings())
        }
        model = BaselinePredictor(epochs: 0)
        #expect(throws: MiniMLError.invalidParameter(name: "n_epochs", reason: "must be at least 1, not 0")) {
            try model.fit(try smallRatings())
        }
    }
}
