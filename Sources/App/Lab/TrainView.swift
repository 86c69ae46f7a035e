import Foundation
import Lab
import MiniML
import TerminalUI

extension AppState {
    /// The form on the left; the run's progress or report on the right.
    func drawTrain(_ train: TrainState, _ frame: inout Frame) {
        frame.bar(row: 0, left: "Lab · \(train.competitionID) · train a model", right: train.model?.name ?? "", style: Theme.bar)
        let formWidth = min(40, size.columns / 2)
        drawTrainForm(train, &frame, width: formWidth)
        for row in 1..<(size.rows - 1) { frame.put("│", row: row, column: formWidth, style: Theme.secondary) }
        drawTrainRun(train, &frame, column: formWidth + 2, width: size.columns - formWidth - 3)
    }

    private func drawTrainForm(_ train: TrainState, _ frame: inout Frame, width: Int) {
        guard let model = train.model else {
            frame.put("No model fits this competition.", row: 2, column: 1)
            return
        }
        let labelWidth = min(max(model.parameters.map { cellWidth(of: $0.name) }.max() ?? 0, 6), 18)
        var rows: [(label: String, value: String, changed: Bool)] = [
            ("model", "‹ \(model.name) ›", train.modelIndex != 0),
            ("folds", String(train.folds), train.folds != TrainState.defaultFolds),
        ]
        rows += model.parameters.map { ($0.name, train.value(of: $0), train.values[$0.name] != nil) }
        let limit = size.rows - 6
        var row = 1
        for (index, item) in rows.enumerated() where row < limit {
            if index == 2 {
                frame.put("hyperparameters (* changed)", row: row, column: 1, style: Theme.secondary)
                row += 1
            }
            let isCursor = index == train.field
            let value = isCursor && train.editing != nil ? train.editing! + "▏" : item.value
            let line = (isCursor ? "› " : "  ") + pad(truncate(item.label, width: labelWidth), width: labelWidth) + "  " + value + (item.changed ? " *" : "")
            frame.put(pad(line, width: width - 1), row: row, column: 0, style: isCursor ? Theme.selected : .plain, maxWidth: width - 1)
            row += 1
        }
        // What the field at the cursor is.
        let about: String
        if let parameter = train.parameterAtCursor {
            about = "\(parameter.name): \(parameter.summary). \(parameter.domain); default \(parameter.defaultValue)."
        } else if train.field == 0 {
            about = "\(model.summary). ←/→ changes the model."
        } else {
            about = "Cross-validation folds, 2 to 20; ←/→ or Enter changes them."
        }
        write(about, into: &frame, row: size.rows - 6, column: 1, width: width - 2, limit: size.rows - 1, style: Theme.secondary)
    }

    private func drawTrainRun(_ train: TrainState, _ frame: inout Frame, column: Int, width: Int) {
        let limit = size.rows - 1
        var row = 1
        func line(_ text: String, style: Style = .plain) {
            row = write(text, into: &frame, row: row, column: column, width: width, limit: limit, style: style)
        }
        switch train.run {
        case nil:
            let name = train.model?.name ?? "the model"
            line("t trains \(name) with \(train.folds)-fold cross-validation, then on all rows, and writes \(train.competitionID)-\(name).csv in the current folder.")
            row += 1
            line("↑/↓ choose a field, Enter edits it, d puts back its default.", style: Theme.secondary)
        case .running(let progress, let cancelling):
            line("Training \(train.model?.name ?? "")…", style: Theme.heading)
            let completed = progress?.completed ?? 0, total = progress?.total ?? (train.folds + 1)
            line(meter(completed, of: total, width: max(width - 10, 4)) + " \(completed)/\(total)")
            line(progress?.stage ?? "starting")
            row += 1
            line(cancelling ? "Cancelling: training stops after the current step." : "Esc cancels (training stops after the current step).", style: Theme.secondary)
        case .cancelled:
            line("Training cancelled; nothing was written.", style: Theme.heading)
            line("t trains again.", style: Theme.secondary)
        case .failed:
            line("Training failed; the status bar says why.", style: Theme.heading)
        case .finished(let report):
            drawTrainingReport(report, &frame, row: &row, column: column, width: width)
        }
    }

    private func drawTrainingReport(_ report: TrainingReport, _ frame: inout Frame, row: inout Int, column: Int, width: Int) {
        let limit = size.rows - 1
        func line(_ text: String, style: Style = .plain) {
            row = write(text, into: &frame, row: row, column: column, width: width, limit: limit, style: style)
        }
        let metric = report.competition.spec.metric
        line("CV \(metric.displayName): " + String(format: "%.5f ± %.5f", report.crossValidation.mean, report.crossValidation.standardDeviation), style: Theme.heading)
        line("\(report.crossValidation.scores.count) folds, \(metric.direction.phrase); "
            + String(format: "fit %.1f s, cross-validation %.1f s", report.fitSeconds, report.crossValidationSeconds), style: Theme.secondary)
        line("Wrote \(report.predictionCount) predictions to \(report.outputPath); s submits them.")
        if !report.topFeatures.isEmpty, row < limit - 2 {
            row += 1
            line("Feature importances", style: Theme.minorHeading)
            let largest = report.topFeatures.map { abs($0.importance) }.max() ?? 0
            let nameWidth = min(report.topFeatures.map { cellWidth(of: $0.name) }.max() ?? 0, 18)
            for feature in report.topFeatures.prefix(max(limit - row - (report.learningCurve == nil ? 0 : 4), 1)) where row < limit {
                let bar = horizontalBar(abs(feature.importance), of: largest, width: max(width - nameWidth - 10, 4))
                frame.put(pad(truncate(feature.name, width: nameWidth), width: nameWidth) + " " + String(format: "%+.3f", feature.importance).replacingOccurrences(of: "+", with: " ") + " " + bar,
                          row: row, column: column, maxWidth: width)
                row += 1
            }
        }
        if let curve = report.learningCurve, curve.training.count > 1, row < limit - 1 {
            row += 1
            line("Training loss per \(curve.roundName)", style: Theme.minorHeading)
            line(sparkline(resampled(curve.training, to: max(width - 2, 4))))
            line(String(format: "%.4g after the first, %.4g after the last (%d)", curve.training.first!, curve.training.last!, curve.training.count), style: Theme.secondary)
        }
    }
}

/// `values` shortened to at most `count` points by taking evenly spaced ones (first and last kept).
func resampled(_ values: [Double], to count: Int) -> [Double] {
    guard values.count > count, count > 1 else { return values }
    return (0..<count).map { values[$0 * (values.count - 1) / (count - 1)] }
}
