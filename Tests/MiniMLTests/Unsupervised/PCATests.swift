import MiniML
import Testing

@Suite("Unsupervised: PCA")
struct PCATests {
    // Ten rows of correlated columns (numpy normal draws times a mixing matrix, rounded to 3 decimals).
    // Reference values from scikit-learn 1.9.1: PCA(n_components=3, svd_solver="full").fit(X), whose
    // components follow svd_flip(u_based_decision=False), as ours, so they are compared with their signs.
    let x = Matrix([
        [1.856, 0.766, -0.223, -0.134], [-1.408, -0.051, -0.476, -0.474], [0.251, -1.292, -1.377, -0.121],
        [-1.646, 0.141, -0.117, -0.277], [-2.652, -1.137, -0.291, -0.192], [-0.921, -1.677, -0.454, -0.357],
        [-0.045, 0.6, 0.755, 0.452], [-2.916, -0.019, 0.831, 0.317], [-2.158, -0.053, 1.054, -0.113],
        [1.069, 1.35, -0.015, 0.047],
    ])

    @Test("explained variance, its ratio, the components and the transform match scikit-learn within 1e-9")
    func matchesScikitLearn() throws {
        var pca = PCA(componentCount: 3)
        try pca.fit(x)
        let ratio = [0.6877663957810465, 0.2649211188149374, 0.03758416285672434]
        let variance = [2.827985017661442, 1.0893131148403166, 0.15454004457350834]
        let components: [Double] = [
            0.9437579506528456, 0.3056982575541086, -0.12451787885536092, 0.019099836472708548,
            -0.16504701898500743, 0.7513663905729862, 0.6183614479254304, 0.16073938024345666,
            0.26995429459547154, -0.5782062321938503, 0.681493205602386, 0.3582865370055598,
        ]
        let firstRows: [Double] = [
            2.8594599917007457, 0.10447759013601025, 0.06202350180018007,
            -0.44571235670216347, -0.18177211660296433, -0.6409480276563574,
        ]
        #expect(zip(pca.explainedVarianceRatio, ratio).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(zip(pca.explainedVariance, variance).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(pca.components.rows == 3 && pca.components.columns == 4)
        #expect(zip(pca.components.values, components).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(zip(pca.transform(x.selecting(rows: [0, 1])).values, firstRows).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("all components: ratios sum to 1 and the components are orthonormal")
    func fullDecomposition() throws {
        var pca = PCA()
        try pca.fit(x)
        #expect(abs(pca.explainedVarianceRatio.reduce(0, +) - 1) < 1e-12)
        for a in 0..<4 {
            for b in 0..<4 {
                let dot = (0..<4).reduce(0.0) { $0 + pca.components[a, $1] * pca.components[b, $1] }
                #expect(abs(dot - (a == b ? 1 : 0)) < 1e-12)
            }
        }
    }

    @Test("a column that is a multiple of another adds no component; a constant matrix has ratio 0")
    func degenerate() throws {
        var pca = PCA()
        try pca.fit(Matrix([[1, 2], [2, 4], [3, 6]]))
        // Variance of (1, 2, 3) is 1, of (2, 4, 6) is 4: the first component carries all 5.
        #expect(abs(pca.explainedVariance[0] - 5) < 1e-12 && abs(pca.explainedVariance[1]) < 1e-12)
        #expect(abs(pca.components[0, 0] - 1 / 5.0.squareRoot()) < 1e-12 && abs(pca.components[0, 1] - 2 / 5.0.squareRoot()) < 1e-12)
        var constant = PCA()
        try constant.fit(Matrix([[1, 1], [1, 1]]))
        #expect(constant.explainedVarianceRatio == [0, 0])
    }

    @Test("too many components or too few rows are refused")
    func errors() {
        #expect(throws: MiniMLError.invalidParameter(name: "n_components", reason: "must be from 1 to min(rows, columns) = 4, not 5")) {
            var pca = PCA(componentCount: 5)
            try pca.fit(x)
        }
        #expect(throws: MiniMLError.self) {
            var pca = PCA()
            try pca.fit(Matrix([[1, 2]]))
        }
    }
}
