import MiniML
import Testing

@Suite("k-nearest neighbours: model spec")
struct KNearestNeighborsSpecTests {
    let spec = ModelSpec.kNearestNeighbors

    @Test func describesTheModel() {
        #expect(spec.name == "knn")
        #expect(spec.tasks == [.regression, .classification])
        #expect(spec.parameters.map(\.name) == ["n_neighbors", "weights", "metric"])
    }

    @Test func resolvesScikitLearnDefaults() throws {
        let parameters = try spec.resolve([])
        #expect(parameters["n_neighbors"] == .integer(5))
        #expect(parameters["weights"] == .choice("uniform"))
        #expect(parameters["metric"] == .choice("euclidean"))
        let model = try #require(spec.make(parameters, .classification) as? KNearestNeighbors)
        #expect(model.task == .classification)
        #expect(model.neighborCount == 5)
        #expect(model.weighting == .uniform)
        #expect(model.metric == .euclidean)
    }

    @Test func buildsTheModelAsked() throws {
        let parameters = try spec.resolve(["n_neighbors=3", "weights=distance", "metric=manhattan"])
        let model = try #require(spec.make(parameters, .regression) as? KNearestNeighbors)
        #expect(model.task == .regression)
        #expect(model.neighborCount == 3)
        #expect(model.weighting == .distance)
        #expect(model.metric == .manhattan)
    }

    @Test(arguments: [
        ("n_neighbors=0", ParameterError.Reason.outOfRange),
        ("n_neighbors=2.5", .notOfType),
        ("weights=cosine", .outOfRange),
        ("metric=chebyshev", .outOfRange),
        ("leaf_size=30", .unknownName),
    ])
    func rejectsBadValues(assignment: String, reason: ParameterError.Reason) {
        let error = #expect(throws: ParameterError.self) { try spec.resolve([assignment]) }
        #expect(error?.model == "knn")
        #expect(error?.given == assignment)
        #expect(error?.reason == reason)
    }
}
