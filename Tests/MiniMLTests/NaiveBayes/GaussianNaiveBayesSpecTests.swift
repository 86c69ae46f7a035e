import MiniML
import Testing

@Suite("Gaussian naive Bayes: model spec")
struct GaussianNaiveBayesSpecTests {
    let spec = ModelSpec.gaussianNaiveBayes

    @Test func describesTheModel() {
        #expect(spec.name == "naive-bayes")
        #expect(spec.tasks == [.classification])
        #expect(spec.parameters.map(\.name) == ["var_smoothing"])
    }

    @Test func resolvesScikitLearnDefaults() throws {
        let parameters = try spec.resolve([])
        #expect(parameters["var_smoothing"] == .real(1e-9))
        let model = try #require(spec.make(parameters, .classification) as? GaussianNaiveBayes)
        #expect(model.task == .classification)
        #expect(model.varianceSmoothing == 1e-9)
    }

    @Test func buildsTheModelAsked() throws {
        let model = try #require(spec.make(try spec.resolve(["var_smoothing=0.01"]), .classification) as? GaussianNaiveBayes)
        #expect(model.varianceSmoothing == 0.01)
    }

    @Test(arguments: [
        ("var_smoothing=-1", ParameterError.Reason.outOfRange),
        ("var_smoothing=abc", .notOfType),
        ("priors=0.5", .unknownName),
    ])
    func rejectsBadValues(assignment: String, reason: ParameterError.Reason) {
        let error = #expect(throws: ParameterError.self) { try spec.resolve([assignment]) }
        #expect(error?.model == "naive-bayes")
        #expect(error?.given == assignment)
        #expect(error?.reason == reason)
    }
}
