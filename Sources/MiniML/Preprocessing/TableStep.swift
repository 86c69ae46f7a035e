/// A preprocessing step that learns from a training table and then transforms any table alike,
/// as scikit-learn's transformers do: fit on the training rows only, transform train, validation
/// and test with what was learnt, so no statistic of the held-out rows leaks into the features.
///
/// Steps are values: a copy taken before `fit` is a fresh, unfitted step with the same settings.
/// `fit` replaces everything a previous `fit` learnt.
public protocol TableStep: Sendable {
    /// Learns what it needs from the training table only.
    mutating func fit(_ table: DataTable) throws
    /// Applies what was learnt to any table with the same columns (train, validation, test).
    func transform(_ table: DataTable) throws -> DataTable
}
