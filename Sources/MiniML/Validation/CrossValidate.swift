/// Fits a fresh copy of `pipeline` on each fold's training rows only (features AND target transform: no leakage),
/// scores `metric(actual, predicted)` on the validation rows (predictions in original units, or P(class 1) when
/// `probabilities` is true), calling `progress(completedFolds, totalFolds)` after each fold; an error it throws
/// (e.g. `CancellationError` when the user stops) ends the cross-validation.
///
/// Folds run one after another; the estimators use the cores themselves.
/// - Throws: `MiniMLError.shapeMismatch` when `target.count != table.rowCount`;
///   `MiniMLError.invalidInput` when there are no folds, or a fold has a row out of range, no
///   training or validation row, or a row both training and validating; the error of a fit, of a
///   prediction, or of `metric`.
/// - Complexity: one fit and one prediction per fold.
public func crossValidate(
    _ pipeline: ModelPipeline, table: DataTable, target: [Double], folds: [Fold], probabilities: Bool = false,
    metric: ([Double], [Double]) throws -> Double, progress: ((Int, Int) throws -> Void)? = nil
) throws -> CrossValidationResult {
    guard target.count == table.rowCount else {
        throw MiniMLError.shapeMismatch("\(table.rowCount) rows but \(target.count) targets")
    }
    guard !folds.isEmpty else { throw MiniMLError.invalidInput("cross-validation needs at least one fold") }
    for (number, fold) in folds.enumerated() {
        try checkFold(fold, number: number, rowCount: table.rowCount)
    }
    var scores: [Double] = []
    for (number, fold) in folds.enumerated() {
        var model = pipeline
        try model.fit(table.selecting(rows: fold.train), target: fold.train.map { target[$0] })
        let validation = table.selecting(rows: fold.validation)
        let predicted = probabilities
            ? try model.predictPositiveProbability(validation)
            : try model.predict(validation)
        scores.append(try metric(fold.validation.map { target[$0] }, predicted))
        try progress?(number + 1, folds.count)
    }
    return CrossValidationResult(scores: scores)
}

/// Checks that a fold's rows are in range, both sides non-empty, and no row on both sides.
private func checkFold(_ fold: Fold, number: Int, rowCount: Int) throws {
    guard !fold.train.isEmpty, !fold.validation.isEmpty else {
        throw MiniMLError.invalidInput("fold \(number) has no training or no validation row")
    }
    var isTraining = [Bool](repeating: false, count: rowCount)
    for row in fold.train {
        guard row >= 0 && row < rowCount else {
            throw MiniMLError.invalidInput("fold \(number) has row \(row), outside 0..<\(rowCount)")
        }
        isTraining[row] = true
    }
    for row in fold.validation {
        guard row >= 0 && row < rowCount else {
            throw MiniMLError.invalidInput("fold \(number) has row \(row), outside 0..<\(rowCount)")
        }
        guard !isTraining[row] else {
            throw MiniMLError.invalidInput("fold \(number) both trains and validates on row \(row)")
        }
    }
}
