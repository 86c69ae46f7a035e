import Foundation
import MiniML

extension TrainingReport {
    /// What `ailab train` prints when it is done.
    public var text: String {
        let metric = competition.spec.metric
        let folds = crossValidation.scores.map { String(format: "%.4f", $0) }.joined(separator: ", ")
        let changed = model.parameters.filter { parameters[$0.name] != $0.defaultValue }
            .map { "\($0.name)=\(parameters[$0.name])" }
        var lines = [
            "Trained \(model.name) on \(competition.id): \(trainingRows) rows, "
                + (featureCount > 0 ? "\(featureCount) features, " : "")
                + "\(crossValidation.scores.count)-fold cross-validation.",
            "  parameters   " + (changed.isEmpty ? "defaults (see `ailab models`)" : changed.joined(separator: " ") + ", the rest at defaults"),
            "  CV score     " + String(format: "%.5f ± %.5f", crossValidation.mean, crossValidation.standardDeviation)
                + "  \(metric.displayName), \(metric.direction.phrase); folds: \(folds)",
            "  time         " + String(format: "%.2f s to fit on all rows; %.2f s for cross-validation", fitSeconds, crossValidationSeconds),
        ]
        if let curve = learningCurve, !curve.training.isEmpty {
            lines.append("  rounds       \(curve.training.count) \(curve.roundName)s" + (curve.validation.isEmpty ? "" : " (early stopping on a validation split)"))
        }
        let listed = { (features: [FeatureWeight]) in
            features.prefix(5).map { "\($0.name) " + String(format: "%.3f", $0.importance) }.joined(separator: ", ")
        }
        let positive = topFeatures.filter { $0.importance >= 0 }, negative = topFeatures.filter { $0.importance < 0 }
        if negative.isEmpty, !positive.isEmpty {
            lines.append("  top features " + listed(positive))
        } else if !topFeatures.isEmpty {
            // Signed weights (text models): the words that push towards each class.
            lines.append("  most positive " + listed(positive))
            lines.append("  most negative " + listed(negative))
        }
        lines.append("Wrote \(predictionCount) predictions to \(outputPath). Submit them with:")
        lines.append("  ailab submit \(competition.id) \(outputPath) -m \"\(([model.name] + changed).joined(separator: " "))\"")
        return lines.joined(separator: "\n") + "\n"
    }
}
