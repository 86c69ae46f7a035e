import MiniML
import Testing

@Suite("Item k-NN on the baseline")
struct ItemKNNBaselineTests {
    @Test("matches Surprise's KNNBaseline (item-based, pearson_baseline) with its defaults")
    func surpriseDefaults() throws {
        // Surprise 1.1.5: KNNBaseline(k=40, min_k=1, sim_options={name: pearson_baseline, user_based:
        // False, shrinkage: 100}).predict(u, i, clip=False).est, printed by
        // scripts/bench_ratings_reference.py --test-references. Tolerance 1e-12.
        var model = ItemKNNBaseline()
        try model.fit(try smallRatings())
        let expected = [2.551563595376096, 3.1920119108469156, 4.998116622656232, 2.9956133240244442, 2.908887768285658, 2.5532395718723535]
        #expect(allClose(referencePairs.map { model.predict(user: $0, item: $1) }, expected, tolerance: 1e-12))
    }

    @Test("matches Surprise with k = 3, min_k = 2, shrinkage = 10, one pair at a time or in a batch")
    func surpriseSmallK() throws {
        // As above with KNNBaseline(k=3, min_k=2, shrinkage=10).
        var model = ItemKNNBaseline(neighborCount: 3, minimumNeighbors: 2, shrinkage: 10)
        try model.fit(try smallRatings())
        let expected = [2.551563595376096, 3.1920119108469156, 3.020957395373373, 2.9669731034857385, 2.908887768285658, 2.5532395718723535]
        #expect(allClose(referencePairs.map { model.predict(user: $0, item: $1) }, expected, tolerance: 1e-12))
        #expect(allClose(model.predict(users: referencePairs.map(\.0), items: referencePairs.map(\.1)), expected, tolerance: 1e-12))
    }
}
