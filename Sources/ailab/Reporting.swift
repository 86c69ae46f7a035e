import ArgumentParser
import Foundation
import Grader
import Lab
import MiniML
import Store
import TerminalUI

/// Exit statuses of ailab (documented in `ailab --help` and README).
enum ExitStatus {
    /// The input was rejected: an invalid submission file, an unknown competition, data a model cannot learn from.
    static let rejected: Int32 = 1
    /// The course rules refused the request: daily limit, deadline, private leaderboard.
    static let refused: Int32 = 2
    /// The course files or the database could not be used.
    static let environment: Int32 = 3
    /// The command line was wrong (swift-argument-parser's own usage errors use it too).
    static let usage: Int32 = 64
}

/// Runs a command body, turning every expected failure into one clear message on standard error
/// and its exit status. Anything else is reported too, never as a crash.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let rejection as SubmissionRejection {
        fail(rejection.description, status: ExitStatus.rejected)
    } catch let rejection as SelectionRejection {
        fail(rejection.description, status: ExitStatus.rejected)
    } catch let error as CourseError {
        if case .unknownCompetition = error { fail(error.description, status: ExitStatus.rejected) }
        fail(error.description, status: ExitStatus.environment)
    } catch let error as TrainingError {
        fail(error.description, status: ExitStatus.rejected)
    } catch let error as MiniMLError {
        fail(error.description, status: ExitStatus.rejected)
    } catch let error as CursesScreenError {
        fail(error.description, status: ExitStatus.environment)
    } catch let error as UnknownModelError {
        fail(error.description, status: ExitStatus.usage)
    } catch let error as ParameterError {
        fail(error.description, status: ExitStatus.usage)
    } catch let error as RecommendationError {
        fail(error.description, status: ExitStatus.rejected)
    } catch let error as AnalysisError {
        fail(error.description, status: ExitStatus.rejected)
    } catch let error as UnknownLessonError {
        fail(error.description, status: ExitStatus.rejected)
    } catch let error as LabError {
        fail(error.description, status: ExitStatus.refused)
    } catch let error as StoreError {
        fail(error.description, status: ExitStatus.environment)
    } catch let error as ExitCode {
        throw error
    } catch {
        fail("\(error)", status: ExitStatus.environment)
    }
}

/// Prints `error: message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    exit(status)
}
