import AilabTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A class install on a shared server, end to end: scripts/install-class.sh installs the built binary
/// set-group-ID with a small course, and learner accounts use it through runuser. It needs root (it creates
/// a group and users), so it runs in CI, which runs as root, and is reported as skipped elsewhere.
@Suite(
    "Class install (root only)",
    .enabled(
        if: getuid() == 0,
        "SKIPPED, NOT PASSED: the class-install tests create users and a group, so they need root. Run `sudo swift test --filter ClassInstall`; CI runs them as root."),
    .enabled(
        if: ["/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/groupdel", "/usr/sbin/runuser"].allSatisfy(FileManager.default.isExecutableFile),
        "SKIPPED, NOT PASSED: useradd, userdel, groupdel or runuser is missing."),
    .enabled(if: ClassServer.base != nil, "SKIPPED, NOT PASSED: /tmp and /var/tmp are mounted nosuid, so set-group-ID cannot work there."),
    .serialized)
struct ClassInstallTests {
    @Test("learners submit and read the public leaderboard, but cannot read the key, write the database or act as another")
    func learnersCannotTamper() throws {
        let server = try ClassServer(learners: 2)
        defer { server.remove() }
        let (ada, bob) = (server.learners[0], server.learners[1])
        let key = server.share.appending(path: "grader/toy/solution.csv").path

        // A learner submits through ailab and sees the public leaderboard.
        let submitted = try server.ailab(as: ada, ["submit", "toy", try server.file(for: ada, offset: 1)])
        #expect(submitted.status == 0, "\(submitted.stderr)")
        #expect(submitted.stdout.contains("public score  1.00000"))
        let board = try server.ailab(as: bob, ["leaderboard", "toy"])
        #expect(board.status == 0)
        #expect(board.stdout.contains(ada))

        // Private scores: the instructor (root, in course.json) sees them before the deadline; a learner gets one line.
        let instructorView = try AilabTestSupport.run(
            server.prefix.appending(path: "bin/ailab"), ["leaderboard", "toy", "--private"], environment: [:], in: server.folder)
        #expect(instructorView.status == 0)
        #expect(instructorView.stdout.contains("private leaderboard"))
        let learnerView = try server.ailab(as: bob, ["leaderboard", "toy", "--private"])
        #expect(learnerView.status == 2)
        #expect(learnerView.stderr.split(separator: "\n").count == 1)

        // The key cannot be read directly, nor through ailab (the file is opened with the learner's own rights).
        let cat = try server.run(as: ada, ["/bin/cat", key])
        #expect(cat.status != 0)
        #expect(cat.stderr.contains("Permission denied"))
        let viaAilab = try server.ailab(as: ada, ["submit", "toy", key])
        #expect(viaAilab.status == 1)
        #expect(viaAilab.stderr.contains("you have no permission to read this file"))
        #expect(viaAilab.stderr.contains("nothing was stored"))

        // The database can be neither read nor written except through ailab.
        for command in [["/bin/sh", "-c", "echo junk >> \"$0\"", server.database], ["/bin/cat", server.database]] {
            let attempt = try server.run(as: ada, command)
            #expect(attempt.status != 0, "\(command)")
            #expect(attempt.stderr.contains("Permission denied"), "\(attempt.stderr)")
        }
        // ailab writes a learner's --output with the learner's rights only, so it cannot overwrite the database.
        let overwrite = try server.ailab(as: ada, ["leaderboard", "toy", "--format", "csv", "--output", server.database])
        #expect(overwrite.status == 3)
        #expect(overwrite.stderr.hasPrefix("error: cannot write \(server.database)"))
        // A file a learner asks for is theirs, made with their own umask (ailab's start-up mask is not kept).
        let export = server.folder.appending(path: "\(ada)/board.csv").path
        let written = try server.run(as: ada, ["/bin/sh", "-c", "umask 022; exec \"$0\" leaderboard toy -o \"$1\"",
                                               server.prefix.appending(path: "bin/ailab").path, export])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try server.owner(export) == (ada, ada, 0o644))
        if FileManager.default.fileExists(atPath: "/usr/bin/sqlite3") {
            let sqlite = try server.run(as: ada, ["/usr/bin/sqlite3", server.database, "DELETE FROM submissions"])
            #expect(sqlite.status != 0)
        }

        // Acting as bob through the environment and options changes nothing: the submission is ada's,
        // in the class database, and no other database file appears.
        let elsewhere = server.folder.appending(path: "elsewhere").path
        let disguised = try server.ailab(
            as: ada, ["submit", "toy", try server.file(for: ada, offset: 2), "--db", elsewhere + "-flag.sqlite"],
            environment: ["USER": bob, "LOGNAME": bob, "AILAB_DB": elsewhere + "-env.sqlite", "AILAB_ROOT": elsewhere])
        #expect(disguised.status == 0, "\(disguised.stderr)")
        #expect(disguised.stderr.contains("note: this is a class install, so --db, AILAB_DB, AILAB_ROOT are ignored."))
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "-flag.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "-env.sqlite"))
        #expect(try server.entries() == [ada: 2])

        // Bob's own history is empty; his submission is his.
        #expect(try server.ailab(as: bob, ["submissions"]).stdout.hasPrefix("No submissions yet."))
        #expect(try server.ailab(as: bob, ["submit", "toy", try server.file(for: bob, offset: 0.5)]).status == 0)
        #expect(try server.entries() == [ada: 2, bob: 1])

        // The files are as the install promises.
        #expect(try server.owner(key) == ("root", server.group, 0o640))
        #expect(try server.owner(server.database) == ("root", server.group, 0o660))
        #expect(try server.owner(URL(fileURLWithPath: server.database).deletingLastPathComponent().path) == ("root", server.group, 0o2770))
        #expect(try server.owner(server.prefix.appending(path: "bin/ailab").path) == ("root", server.group, 0o2755))
    }

    @Test("3 learners submitting at once lose nothing")
    func concurrentLearners() throws {
        let server = try ClassServer(learners: 3)
        defer { server.remove() }
        let perLearner = 6
        // Each learner's shell loop runs `ailab submit` perLearner times and stops at the first failure.
        let loops = try server.learners.map { learner in
            let file = try server.file(for: learner, offset: 1)
            let loop = "for i in $(seq \(perLearner)); do \"$0\" submit toy \"$1\" -m \"$2-$i\" > /dev/null || exit 1; done"
            return try server.start(as: learner, ["/bin/sh", "-c", loop, server.prefix.appending(path: "bin/ailab").path, file, learner])
        }
        loops.forEach { $0.waitUntilExit() }
        #expect(loops.map(\.terminationStatus) == [0, 0, 0])
        #expect(try server.entries() == Dictionary(uniqueKeysWithValues: server.learners.map { ($0, perLearner) }))
        for learner in server.learners {
            let history = try server.ailab(as: learner, ["submissions", "toy"]).stdout
            #expect(history.split(separator: "\n").dropFirst(2).count == perLearner)
            #expect(history.contains("\(learner)-\(perLearner)"))
        }
    }
}

/// A throwaway class server: a group, learner accounts, and ailab installed with the "toy" course into a
/// fresh prefix. `remove` takes it all away again.
final class ClassServer {
    let folder: URL
    let prefix: URL
    let share: URL
    let database: String
    let group: String
    let learners: [String]
    private let course: TemporaryCourse

    init(learners count: Int) throws {
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        group = "ailab\(tag)"
        learners = (0..<count).map { "lrn\(tag)\($0)" }
        folder = URL(fileURLWithPath: (Self.base ?? "/tmp") + "/ailab-class-\(tag)", isDirectory: true)
        prefix = folder.appending(path: "prefix", directoryHint: .isDirectory)
        share = prefix.appending(path: "share/ailab", directoryHint: .isDirectory)
        database = folder.appending(path: "var/ailab.sqlite").path
        course = try TemporaryCourse(dailyLimit: 20, instructors: ["root"])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        for learner in learners {
            try check(Self.system(["/usr/sbin/useradd", "--no-create-home", "--shell", "/bin/sh", learner]), "useradd \(learner)")
            let home = folder.appending(path: learner).path
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try check(Self.system(["/bin/chown", learner, home]), "chown \(home)")
        }
        let script = repositoryRoot(from: #filePath).appending(path: "scripts/install-class.sh").path
        try check(Self.system([
            script, "--prefix", prefix.path, "--group", group, "--database", database, "--course", course.url.path,
            "--binary", ailabBinaryURL().path,
        ]), "install-class.sh")
    }

    /// A folder for installs where set-ID bits take effect: /tmp, or /var/tmp when /tmp is mounted nosuid.
    static let base: String? = ["/tmp", "/var/tmp"].first { path in
        var info = statvfs()
        return statvfs(path, &info) == 0 && info.f_flag & UInt(ST_NOSUID) == 0
    }

    /// Deletes the accounts, the group and the files.
    func remove() {
        for learner in learners { _ = try? Self.system(["/usr/sbin/userdel", learner]) }
        _ = try? Self.system(["/usr/sbin/groupdel", group])
        try? FileManager.default.removeItem(at: folder)
        course.remove()
    }

    /// A submission owned by `learner` in their private folder, predicting id + offset.
    func file(for learner: String, offset: Double) throws -> String {
        let path = folder.appending(path: "\(learner)/preds-\(offset).csv").path
        try Data(TemporaryCourse.submission(offset: offset).utf8).write(to: URL(fileURLWithPath: path))
        try check(Self.system(["/bin/chown", learner, path]), "chown \(path)")
        return path
    }

    /// Runs the installed ailab as `learner`.
    func ailab(as learner: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try run(as: learner, [prefix.appending(path: "bin/ailab").path] + arguments, environment: environment)
    }

    /// Runs `command` as `learner`, in the learner's folder, with only `environment` set beyond PATH.
    func run(as learner: String, _ command: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let assignments = environment.map { "\($0.key)=\($0.value)" }
        return try AilabTestSupport.run(
            URL(fileURLWithPath: "/usr/sbin/runuser"),
            ["-u", learner, "--", "/usr/bin/env", "-i", "PATH=/usr/bin:/bin"] + assignments + command,
            environment: [:], in: folder.appending(path: learner))
    }

    /// Starts `command` as `learner` without waiting.
    func start(as learner: String, _ command: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", learner, "--", "/usr/bin/env", "-i", "PATH=/usr/bin:/bin"] + command
        process.currentDirectoryURL = folder.appending(path: learner)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Submissions per learner, from the instructor's (root's) leaderboard export.
    func entries() throws -> [String: Int] {
        let export = try AilabTestSupport.run(
            prefix.appending(path: "bin/ailab"), ["leaderboard", "toy", "--format", "csv"], environment: [:], in: folder)
        try check(export, "ailab leaderboard as root")
        // rank,login,score,entries,last_submission_utc,submission_id
        return Dictionary(uniqueKeysWithValues: export.stdout.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",")
            return (String(fields[1]), Int(fields[3]) ?? -1)
        })
    }

    /// Owner name, group name and permission bits (with set-ID and sticky bits) of `path`.
    func owner(_ path: String) throws -> (String, String, Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ClassServerError(message: "cannot stat \(path)") }
        let user = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "?"
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? "?"
        return (user, group, Int(info.st_mode & 0o7777))
    }

    private static func system(_ command: [String]) throws -> CommandResult {
        try AilabTestSupport.run(URL(fileURLWithPath: command[0]), Array(command.dropFirst()), environment: [:])
    }

    private func check(_ result: CommandResult, _ what: String) throws {
        guard result.status == 0 else { throw ClassServerError(message: "\(what) failed (\(result.status)): \(result.stderr)") }
    }
}

struct ClassServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
