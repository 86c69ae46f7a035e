import Foundation
import Grader
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A class install on a shared server: the `ailab` binary is set-group-ID to a group (`ailab`) that alone can
/// read the answer keys and write the database, so learners reach both only through ailab.
///
/// `start` runs first thing in the process. While the process still holds the group it opens what only the
/// group may open — the database (one connection, kept) and every answer key (read into memory) — and then
/// gives the group up for good, before any argument is parsed or any learner-named file is touched. So a
/// learner can make ailab read or write only what they could read or write themselves; this is how
/// set-group-ID games have long guarded their score files.
///
/// In this mode nothing the caller controls chooses a file: `AILAB_ROOT`, `AILAB_DB` and `--db` are ignored,
/// the course is the one installed beside the binary, and it must be owned by root and writable by nobody
/// else (see `checkTrusted`), so a copy or link of the binary cannot bring a course of its own.
public struct ClassInstall: Sendable {
    /// The installed course.
    public let root: CourseRoot
    /// The class's shared database.
    public let store: Store
    /// Each competition's answer key as read at start-up, by competition name.
    public let answerKeys: [String: Data]

    /// Where the database lives when `course.json` does not say.
    public static let defaultDatabase = "/var/lib/ailab/ailab.sqlite"

    /// True when the process runs with a group (or user) its caller does not have: set-ID.
    public static var isSetID: Bool {
        getegid() != getgid() || geteuid() != getuid()
    }

    /// Opens the class install's files if the process is set-ID, then drops the extra rights for good.
    ///
    /// - Returns: nil when the process is not set-ID (a learner's own copy); otherwise the install, or why it
    ///   could not be opened. Either way the rights are gone when it returns; if they cannot be dropped the
    ///   process ends (status 3) rather than go on with them.
    public static func start(executablePath: String) -> Result<ClassInstall, any Error>? {
        guard isSetID else { return nil }
        // Files created while privileged (only the database's, by root) are never readable outside the group;
        // the learner's own mask is back for the files they ask for.
        let callerMask = umask(0o007)
        let opened = Result { try open(executablePath: executablePath) }
        dropPrivileges()
        umask(callerMask)
        return opened
    }

    /// Locates and checks the course, opens the database and reads the answer keys.
    private static func open(executablePath: String) throws -> ClassInstall {
        let root = try CourseRoot.locate(environment: [:], executablePath: executablePath)
        for path in [executablePath, root.configURL.path, root.graderDirectory.path] {
            try checkTrusted(path)
        }
        let config = try root.loadConfig()
        let store = try Store.openShared(path: config.database ?? defaultDatabase, mayCreate: getuid() == 0)
        var answerKeys: [String: Data] = [:]
        for competition in try root.competitions() {
            answerKeys[competition.id] = try? Data(contentsOf: competition.answerKeyURL)
        }
        return ClassInstall(root: root, store: store, answerKeys: answerKeys)
    }

    /// Refuses a path that anyone but root could have changed: the file and every folder above it must be
    /// owned by root and not writable by group or others (a world-writable folder is allowed when it is
    /// sticky, like /tmp, since then only root may rename what root put there).
    /// - Throws: `CourseError.untrustedClassFile` naming the first path that fails.
    public static func checkTrusted(_ path: String) throws {
        var current = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        while true {
            var info = stat()
            guard stat(current.path, &info) == 0 else {
                throw CourseError.untrustedClassFile(path: current.path, reason: String(cString: strerror(errno)))
            }
            let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            let isSticky = (info.st_mode & S_ISVTX) != 0
            if info.st_uid != 0 {
                throw CourseError.untrustedClassFile(path: current.path, reason: "it is not owned by root")
            }
            if info.st_mode & 0o022 != 0, !(isDirectory && isSticky) {
                throw CourseError.untrustedClassFile(path: current.path, reason: "group or others may write it")
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return }
            current = parent
        }
    }

    /// Gives up the set-ID group and user for good: real, effective and saved IDs all become the caller's
    /// (`setregid` with the real ID also resets the saved one), then checks that the old group cannot be
    /// taken back (root, who may take any group, is the exception).
    private static func dropPrivileges() {
        let (group, user) = (getgid(), getuid())
        let privilegedGroup = getegid()
        guard setregid(group, group) == 0, setreuid(user, user) == 0,
              getegid() == group, geteuid() == user,
              user == 0 || privilegedGroup == group || setegid(privilegedGroup) != 0
        else {
            FileHandle.standardError.write(Data("error: ailab could not give up its group rights; it stops here.\n".utf8))
            exit(3)
        }
    }
}
