import Foundation
import Grader
import MiniML

/// Reads a CSV file of the course, turning its errors into `CourseError.invalidFile` naming the file, the
/// line and the column (or the reason it could not be read at all).
func readDatasetCSV(_ url: URL) throws -> CSVTable {
    do { return try CSVTable(contentsOf: url.path) } catch let error as CSVError {
        throw CourseError.invalidFile(path: url.path, line: error.line, reason: "column \(error.column): \(error.reason)")
    } catch {
        throw CourseError.invalidFile(path: url.path, line: nil, reason: "cannot be read (\(error.localizedDescription))")
    }
}
