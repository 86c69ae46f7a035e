import MiniML

/// The scores of one submission: the public part is shown, the private part kept for the final ranking.
public struct ScoreCard: Equatable, Sendable {
    /// The metric on the public rows.
    public let publicScore: Double
    /// The metric on the private rows: never shown to a learner before the deadline.
    public let privateScore: Double
    /// Extra figures on the public rows, such as accuracy at 0.5.
    public let secondary: [SecondaryScore]
}

extension AnswerKey {
    /// Scores predictions lined up with this key (as `ValidatedSubmission.predictions` are).
    /// - Throws: `CourseError.invalidFile` when the key makes the metric undefined (e.g. one class only).
    public func score(_ predictions: [Double], metric: CompetitionMetric, keyPath: String) throws -> ScoreCard {
        precondition(predictions.count == count, "predictions must be lined up with the answer key")
        var publicActual: [Double] = [], publicPredicted: [Double] = []
        var privateActual: [Double] = [], privatePredicted: [Double] = []
        for row in 0..<count {
            if isPublic[row] {
                publicActual.append(targets[row]); publicPredicted.append(predictions[row])
            } else {
                privateActual.append(targets[row]); privatePredicted.append(predictions[row])
            }
        }
        do {
            return ScoreCard(
                publicScore: try metric.score(actual: publicActual, predicted: publicPredicted),
                privateScore: try metric.score(actual: privateActual, predicted: privatePredicted),
                secondary: try metric.secondaryScores(actual: publicActual, predicted: publicPredicted))
        } catch {
            throw CourseError.invalidFile(path: keyPath, line: nil, reason: "cannot be scored with \(metric.rawValue): \(error)")
        }
    }
}
