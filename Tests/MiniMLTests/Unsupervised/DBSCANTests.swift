import MiniML
import Testing

@Suite("Unsupervised: DBSCAN")
struct DBSCANTests {
    // A chain of points 0.5 apart whose ends are border points, a square with a tail, and three
    // loners. Expected labels and core samples from scikit-learn 1.9.1: DBSCAN(eps=, min_samples=).fit(X).
    let x = Matrix([
        [0, 0], [0.5, 0], [1.0, 0], [1.5, 0], [2.0, 0], [2.5, 0.3],
        [5, 5], [5.4, 5], [5, 5.4], [5.4, 5.4], [5.9, 5.4], [6.5, 5.4],
        [3.5, 2.5], [0.0, 3.0], [9, 9],
    ])

    @Test("labels and core samples equal scikit-learn's", arguments: [
        (0.6, 3, [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, -1, -1, -1], [1, 2, 3, 4, 6, 7, 8, 9, 10]),
        (0.6, 4, [-1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, -1, -1, -1, -1], [6, 7, 8, 9]),
        (0.45, 2, [-1, -1, -1, -1, -1, -1, 0, 0, 0, 0, -1, -1, -1, -1, -1], [6, 7, 8, 9]),
    ])
    func matchesScikitLearn(eps: Double, minSamples: Int, labels: [Int], core: [Int]) throws {
        var model = DBSCAN(eps: eps, minSamples: minSamples)
        try model.fit(x)
        #expect(model.labels == labels)
        #expect(model.coreSampleIndices == core)
        #expect(model.clusterCount == (labels.max() ?? -1) + 1)
    }

    @Test("a point exactly eps away is a neighbour (distance ≤ eps)")
    func inclusiveRadius() throws {
        var model = DBSCAN(eps: 1, minSamples: 2)
        try model.fit(Matrix([[0, 0], [0, 1], [5, 5]]))
        #expect(model.labels == [0, 0, -1])
    }

    @Test("bad parameters are refused")
    func errors() {
        #expect(throws: MiniMLError.invalidParameter(name: "eps", reason: "must be a finite number > 0, not 0.0")) {
            var model = DBSCAN(eps: 0)
            try model.fit(x)
        }
        #expect(throws: MiniMLError.invalidParameter(name: "min_samples", reason: "must be at least 1, not 0")) {
            var model = DBSCAN(minSamples: 0)
            try model.fit(x)
        }
    }
}
