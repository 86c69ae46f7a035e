import MiniML
import Testing

@Suite("Linear models: errors, determinism and catalogue specs")
struct LinearModelContractTests {
    /// Every linear model, unfitted, with its default hyperparameters.
    static let regressors: [any Estimator] = [LinearRegression(), Ridge(), Lasso(), ElasticNet()]
    static let classifiers: [any Estimator] = [LogisticRegression(), LinearSVM()]

    @Test("Empty input throws emptyInput")
    func emptyInput() {
        for model in Self.regressors + Self.classifiers {
            var model = model
            #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 0, columns: 3), []) }
            #expect(throws: MiniMLError.emptyInput) { try model.fit(Matrix(rows: 2, columns: 0), [0, 1]) }
        }
    }

    @Test("More targets than rows throws shapeMismatch")
    func shapeMismatch() {
        for model in Self.regressors + Self.classifiers {
            var model = model
            let error = #expect(throws: MiniMLError.self) { try model.fit(Matrix([[1], [2]]), [0, 1, 1]) }
            guard case .shapeMismatch = error else {
                Issue.record("expected shapeMismatch from \(type(of: model)), got \(String(describing: error))")
                continue
            }
        }
    }

    @Test("A non-finite feature throws invalidInput")
    func nonFinite() {
        for model in Self.regressors + Self.classifiers {
            var model = model
            let error = #expect(throws: MiniMLError.self) { try model.fit(Matrix([[1], [.nan]]), [0, 1]) }
            guard case .invalidInput = error else {
                Issue.record("expected invalidInput from \(type(of: model)), got \(String(describing: error))")
                continue
            }
        }
    }

    @Test("Classifiers refuse one class and non-integer labels")
    func classifierLabels() {
        for model in Self.classifiers {
            var model = model
            let oneClass = #expect(throws: MiniMLError.self) { try model.fit(Matrix([[1], [2], [3]]), [1, 1, 1]) }
            guard case .invalidInput = oneClass else {
                Issue.record("expected invalidInput for one class from \(type(of: model))")
                continue
            }
            let fractional = #expect(throws: MiniMLError.self) { try model.fit(Matrix([[1], [2]]), [0, 0.5]) }
            guard case .invalidInput = fractional else {
                Issue.record("expected invalidInput for label 0.5 from \(type(of: model))")
                continue
            }
        }
    }

    @Test("A model refuses the task it does not support, and bad hyperparameters")
    func wrongTaskAndParameters() {
        let x = Matrix([[1], [2], [3]]), y: [Double] = [0, 1, 1]
        var classifierAsRegressor = LogisticRegression(task: .regression)
        #expect(throws: MiniMLError.invalidParameter(name: "task", reason: "LogisticRegression supports classification only")) {
            try classifierAsRegressor.fit(x, y)
        }
        var regressorAsClassifier = Ridge(task: .classification)
        #expect(throws: MiniMLError.invalidParameter(name: "task", reason: "Ridge supports regression only")) {
            try regressorAsClassifier.fit(x, y)
        }
        var negativeRidge = Ridge(alpha: -1)
        #expect(throws: MiniMLError.self) { try negativeRidge.fit(x, y) }
        var badRatio = ElasticNet(l1Ratio: 1.5)
        #expect(throws: MiniMLError.self) { try badRatio.fit(x, y) }
        var zeroC = LinearSVM(C: 0)
        #expect(throws: MiniMLError.self) { try zeroC.fit(x, y) }
    }

    @Test("Same inputs twice give identical models")
    func determinism() throws {
        let x = LinearFixtures.x
        for (model, y) in Self.regressors.map({ ($0, LinearFixtures.regressionTarget) })
            + Self.classifiers.flatMap({ [($0, LinearFixtures.binaryTarget), ($0, LinearFixtures.threeClassTarget)] }) {
            var first = model, second = model
            try first.fit(x, y)
            try second.fit(x, y)
            #expect(first.predict(x) == second.predict(x), "\(type(of: model))")
        }
        var first = LinearSVM(seed: 7), second = LinearSVM(seed: 7)
        try first.fit(x, LinearFixtures.threeClassTarget)
        try second.fit(x, LinearFixtures.threeClassTarget)
        #expect(first.coefficients == second.coefficients && first.intercept == second.intercept)
        var logisticA = LogisticRegression(), logisticB = LogisticRegression()
        try logisticA.fit(x, LinearFixtures.threeClassTarget)
        try logisticB.fit(x, LinearFixtures.threeClassTarget)
        #expect(logisticA.predictProbabilities(x) == logisticB.predictProbabilities(x))
    }

    @Test("Specs resolve their defaults and build the matching model")
    func specsResolveDefaults() throws {
        let specs: [(ModelSpec, String, [Task])] = [
            (.linearRegression, "linear", [.regression]), (.ridge, "ridge", [.regression]),
            (.lasso, "lasso", [.regression]), (.elasticNet, "elastic-net", [.regression]),
            (.logisticRegression, "logistic", [.classification]), (.linearSVM, "linear-svm", [.classification]),
        ]
        for (spec, name, tasks) in specs {
            #expect(spec.name == name)
            #expect(spec.tasks == tasks)
            #expect(!spec.summary.isEmpty)
            let parameters = try spec.resolve([])
            #expect(spec.make(parameters, tasks[0]).task == tasks[0])
        }
        let ridge = try #require(ModelSpec.ridge.make(try ModelSpec.ridge.resolve([]), .regression) as? Ridge)
        #expect(ridge.alpha == 1 && ridge.fitIntercept)
        let net = try #require(ModelSpec.elasticNet.make(try ModelSpec.elasticNet.resolve([]), .regression) as? ElasticNet)
        #expect(net.alpha == 1 && net.l1Ratio == 0.5 && net.maxIterations == 1000 && net.tolerance == 1e-4)
        let lasso = try #require(ModelSpec.lasso.make(try ModelSpec.lasso.resolve([]), .regression) as? Lasso)
        #expect(lasso.alpha == 1 && lasso.maxIterations == 1000 && lasso.tolerance == 1e-4)
        let logistic = try #require(
            ModelSpec.logisticRegression.make(try ModelSpec.logisticRegression.resolve([]), .classification) as? LogisticRegression)
        #expect(logistic.C == 1 && logistic.maxIterations == 100 && logistic.tolerance == 1e-4 && logistic.fitIntercept)
        let svm = try #require(ModelSpec.linearSVM.make(try ModelSpec.linearSVM.resolve([]), .classification) as? LinearSVM)
        #expect(svm.C == 1 && svm.maxIterations == 1000 && svm.tolerance == 1e-4 && svm.interceptScaling == 1 && svm.seed == 0)
        #expect(try #require(ModelSpec.linearRegression.make(try ModelSpec.linearRegression.resolve([]), .regression) as? LinearRegression).fitIntercept)
    }

    @Test("Specs pass given values through and reject a bad value")
    func specsRejectBadValues() throws {
        let resolved = try ModelSpec.elasticNet.resolve(["alpha=0.1", "l1_ratio=0.2", "fit_intercept=false", "max_iter=50", "tol=1e-6"])
        let net = try #require(ModelSpec.elasticNet.make(resolved, .regression) as? ElasticNet)
        #expect(net.alpha == 0.1 && net.l1Ratio == 0.2 && !net.fitIntercept && net.maxIterations == 50 && net.tolerance == 1e-6)

        let rejected: [(ModelSpec, String, ParameterError.Reason)] = [
            (.ridge, "alpha=-1", .outOfRange), (.lasso, "alpha=0", .outOfRange),
            (.elasticNet, "l1_ratio=1.5", .outOfRange), (.logisticRegression, "C=0", .outOfRange),
            (.logisticRegression, "max_iter=ten", .notOfType), (.linearSVM, "seed=-1", .outOfRange),
            (.linearSVM, "penalty=l1", .unknownName), (.linearRegression, "fit_intercept=maybe", .notOfType),
        ]
        for (spec, assignment, reason) in rejected {
            let error = #expect(throws: ParameterError.self) { try spec.resolve([assignment]) }
            #expect(error?.reason == reason && error?.given == assignment && error?.model == spec.name, "\(assignment)")
        }
    }
}
