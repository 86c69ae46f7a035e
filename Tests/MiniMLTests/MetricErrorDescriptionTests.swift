import MiniML
import Testing

@Suite("MetricError: the cases of the later metrics")
struct MetricErrorDescriptionTests {
    @Test(arguments: [
        (MetricError.invalidLabel(index: 3, value: 2.5), "label 2.5 at index 3 is not one of the classes"),
        (.notAProbability(index: 0, value: 1.5), "probability 1.5 at index 0 is not between 0 and 1"),
        (.classCountMismatch(classes: 3, columns: 2), "3 classes but 2 probability columns"),
        (.nanScore(index: 4), "score at index 4 is NaN, so it cannot be ranked"),
    ])
    func describesTheProblem(error: MetricError, description: String) {
        #expect(error.description == description)
    }
}
