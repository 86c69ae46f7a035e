import ArgumentParser
import Foundation
import Grader
import Lab
import Store

/// Options every command that touches the course or the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (overrides AILAB_DB; ignored on a class install).", valueName: "path"))
    var db: String?

    /// Builds the lab for the current user: course root, database, login.
    ///
    /// On a class install the course, database and answer keys opened at start-up are used, and what the
    /// caller chose (`--db`, `AILAB_DB`, `AILAB_ROOT`) is ignored with a note on standard error.
    func makeLab() throws -> Lab {
        let environment = ProcessInfo.processInfo.environment
        let login = Identity.currentLogin(environment: environment)
        if let install = ClassStartup.install {
            let opened = try install.get()
            let ignored = (db == nil ? [] : ["--db"]) + ["AILAB_DB", "AILAB_ROOT"].filter { environment[$0]?.isEmpty == false }
            if !ignored.isEmpty {
                FileHandle.standardError.write(Data(
                    "note: this is a class install, so \(ignored.joined(separator: ", ")) \(ignored.count == 1 ? "is" : "are") ignored.\n".utf8))
            }
            return try Lab(root: opened.root, store: opened.store, login: login, answerKeys: opened.answerKeys)
        }
        let root = try CourseRoot.locate(environment: environment, executablePath: ClassStartup.executablePath)
        let path = DatabaseLocation.resolve(
            flag: db, environment: environment, configured: try root.loadConfig().database, home: Identity.homeDirectory())
        return try Lab(root: root, store: try Store(path: path), login: login)
    }
}
