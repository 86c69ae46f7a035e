import Foundation
import MiniML
import Testing

@Suite("Unsupervised: k-means")
struct KMeansTests {
    // Three groups of four points; reference values from scikit-learn 1.9.1:
    //   KMeans(n_clusters=3, init=X[[0, 1, 2]], n_init=1).fit(X)
    let x = Matrix([
        [1.4, -0.4], [0.0, 0.3], [-0.6, 0.0], [-0.0, -1.4], [5.8, 1.5], [4.5, 0.9],
        [5.4, 0.8], [4.8, -0.2], [2.4, 6.1], [2.2, 4.8], [3.3, 6.1], [1.7, 7.6],
    ])

    @Test("from given centres it reaches scikit-learn's centres, labels and inertia")
    func givenInitialization() throws {
        var model = KMeans(clusterCount: 3, initialization: .given(x.selecting(rows: [0, 1, 2])))
        try model.fit(x)
        let expected: [[Double]] = [[5.125, 0.75], [2.4, 6.1499999999999995], [0.20000000000000018, -0.37499999999999956]]
        #expect(zip(model.centers.values, expected.flatMap { $0 }).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(model.labels == [2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1])
        #expect(abs(model.inertia - 11.594999999999997) < 1e-12)
        #expect(model.iterations == 3)
        #expect(model.predict(Matrix([[0, 0], [5, 1], [2, 6]])) == [2, 0, 1])
    }

    // Four well-separated blobs of ten points (numpy normal draws around (0, 0), (10, 0), (0, 10),
    // (10, 10) with σ 0.5, rounded to 2 decimals). The best inertia of scikit-learn's
    // KMeans(n_clusters=4, n_init=1, random_state=s) over s = 0…19 is 20.462280000000003.
    static let blobs = Matrix([
        [-0.02, -0.73], [-0.2, -1.14], [0.52, -0.21], [-0.37, 0.54], [-0.83, 0.27], [-1.03, -0.33], [-0.6, 0.73],
        [0.88, -0.16], [0.42, -0.09], [0.28, -0.38], [9.15, -0.9], [10.19, 1.12], [10.13, -0.26], [10.96, 0.12],
        [10.05, 0.13], [9.93, -0.15], [9.28, 0.25], [9.95, 0.6], [9.82, -0.95], [9.95, 0.85], [-0.19, 9.56],
        [-0.6, 9.47], [-0.15, 9.41], [0.75, 9.86], [0.05, 10.72], [0.75, 9.89], [0.17, 10.37], [-0.1, 9.11],
        [0.33, 10.45], [0.21, 9.54], [9.9, 9.7], [9.85, 10.65], [10.76, 10.33], [10.27, 10.34], [9.99, 9.96],
        [9.66, 9.97], [11.13, 10.43], [9.83, 9.76], [9.57, 10.19], [10.2, 9.28],
    ])

    @Test("k-means++ finds the four blobs from every seed, no worse than scikit-learn's best", arguments: 0..<6)
    func plusPlusOnBlobs(seed: UInt64) throws {
        var model = KMeans(clusterCount: 4, seed: seed)
        try model.fit(Self.blobs)
        #expect(model.inertia <= 20.462280000000003 * (1 + 1e-12))
        // Each blob of ten consecutive rows is one cluster.
        for blob in 0..<4 {
            #expect(Set(model.labels[(blob * 10)..<(blob * 10 + 10)]).count == 1)
        }
        #expect(Set(model.labels).count == 4)
        // The inertia is the sum of squared distances to the reported centres.
        let recomputed = (0..<Self.blobs.rows).reduce(0.0) { sum, row in
            sum + (0..<2).reduce(0.0) { $0 + pow(Self.blobs[row, $1] - model.centers[model.labels[row], $1], 2) }
        }
        #expect(abs(recomputed - model.inertia) < 1e-9)
    }

    @Test("the same seed gives the same clustering; more runs never raise the inertia")
    func seedsAndRuns() throws {
        var first = KMeans(clusterCount: 5, seed: 3), second = KMeans(clusterCount: 5, seed: 3)
        try first.fit(Self.blobs)
        try second.fit(Self.blobs)
        #expect(first.centers == second.centers && first.labels == second.labels)
        var many = KMeans(clusterCount: 5, initCount: 8, seed: 3)
        try many.fit(Self.blobs)
        #expect(many.inertia <= first.inertia)
    }

    @Test("bad parameters and inputs are refused with the parameter named")
    func errors() {
        #expect(throws: MiniMLError.invalidParameter(name: "n_clusters", reason: "must be from 1 to the number of rows (12), not 13")) {
            var model = KMeans(clusterCount: 13)
            try model.fit(x)
        }
        #expect(throws: MiniMLError.self) {
            var model = KMeans(clusterCount: 2, initialization: .given(Matrix([[0, 0]])))
            try model.fit(x)
        }
        #expect(throws: MiniMLError.emptyInput) {
            var model = KMeans(clusterCount: 1)
            try model.fit(Matrix(rows: 0, columns: 2))
        }
        #expect(throws: MiniMLError.self) {
            var model = KMeans(clusterCount: 1)
            try model.fit(Matrix([[1, .nan]]))
        }
    }
}
