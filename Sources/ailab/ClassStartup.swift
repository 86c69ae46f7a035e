import Foundation
import Lab

/// The process's class install, opened once at start-up (see `ClassInstall.start`).
enum ClassStartup {
    /// nil on a learner's own copy; on a set-group-ID install, the install or why it could not be opened.
    /// `AilabCommand.main` reads it first thing, so the extra rights are gone before anything else runs.
    static let install: Result<ClassInstall, any Error>? = ClassInstall.start(executablePath: executablePath)

    /// The running binary's real path (argv[0] is a bare "ailab" when run from PATH; Bundle.main reads
    /// /proc/self/exe on Linux).
    static var executablePath: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
