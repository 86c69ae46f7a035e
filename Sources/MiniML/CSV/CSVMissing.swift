/// The convention for missing values in the competitions' CSV files.
///
/// Kaggle-style files write a missing value either as an empty field or as `NA`
/// (House Prices uses `NA`, as pandas' `read_csv` understands by default).
public enum CSVMissing {
    /// Whether `field` stands for a missing value: `""` or `"NA"`, compared exactly
    /// (`"na"`, `" NA"` and `"N/A"` are values).
    /// - Complexity: O(1).
    public static func isMissing(_ field: String) -> Bool {
        field.isEmpty || field == "NA"
    }
}
