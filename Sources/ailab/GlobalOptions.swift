import ArgumentParser
import Foundation
import Grader
import Lab
import Store

/// Options every command that touches the course or the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (overrides AILAB_DB).", valueName: "path"))
    var db: String?

    /// Builds the lab for the current user: course root, database, login.
    func makeLab() throws -> Lab {
        let environment = ProcessInfo.processInfo.environment
        // argv[0] is a bare "ailab" when run from PATH; Bundle.main reads the real path (/proc/self/exe on Linux).
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let root = try CourseRoot.locate(environment: environment, executablePath: executable)
        let path = DatabaseLocation.resolve(flag: db, environment: environment, home: Identity.homeDirectory())
        let store = try Store(path: path)
        return try Lab(root: root, store: store, login: Identity.currentLogin(environment: environment))
    }
}
