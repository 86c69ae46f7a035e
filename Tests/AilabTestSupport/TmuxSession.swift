import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A command running in a terminal of its own, a private tmux server, for end-to-end tests of
/// full-screen programs: send keys, resize, read the screen, and read the exit status.
///
/// The server listens on a socket in a fresh temporary folder (`tmux -S`) and reads no configuration
/// (`-f /dev/null`), so tests never touch a developer's tmux. The command runs as
/// `sh -c '<command>; echo "[exit $?]"; sleep 600'`, so the pane outlives it: the final screen and the
/// exit marker stay readable until ``kill()`` (called by `deinit` too).
///
/// The server is started with `posix_spawnp`, stdio on /dev/null and an empty signal mask: through
/// Foundation's `Process` the forked server would inherit the pipes that `Process` watches (the test
/// hangs), and it would inherit the test runner's blocked signals (the program never sees SIGWINCH).
public final class TmuxSession {
    /// Why a tmux session failed.
    public enum Failure: Error, CustomStringConvertible {
        /// tmux is neither `/usr/bin/tmux` nor on the PATH.
        case tmuxNotFound
        /// A tmux command exited with `status`.
        case commandFailed(arguments: [String], status: Int32, stderr: String)
        /// `waitFor` or `waitForExit` gave up; `screen` is what the pane showed last.
        case timedOut(waitingFor: String, screen: String)

        /// The failure, with the last screen for a timeout, for the test log.
        public var description: String {
            switch self {
            case .tmuxNotFound:
                "tmux not found"
            case .commandFailed(let arguments, let status, let stderr):
                "tmux \(arguments.joined(separator: " ")) exited with \(status): \(stderr)"
            case .timedOut(let text, let screen):
                "timed out waiting for \(text.debugDescription); the screen was:\n\(screen)"
            }
        }
    }

    /// The tmux executable: `/usr/bin/tmux`, else the first `tmux` on the PATH.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = ["/usr/bin"] + path.split(separator: ":").map(String.init)
        return candidates.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether tmux is installed; gate suites with `.enabled(if: TmuxSession.isAvailable)`.
    public static var isAvailable: Bool { executable != nil }

    private let tmux: String
    private let folder: URL
    private let socket: String
    private var isKilled = false

    /// Starts `command` (an executable and its arguments) in a `rows` × `columns` terminal.
    ///
    /// - Parameter environment: variables set for the command, on top of the test process's own
    ///   (`TERM` is tmux's default, `screen`, unless given here).
    public init(command: [String], environment: [String: String] = [:], rows: Int = 24, columns: Int = 80) throws {
        guard let tmux = Self.executable else { throw Failure.tmuxNotFound }
        self.tmux = tmux
        // Socket paths are limited to about 100 bytes: keep the name short.
        folder = URL(fileURLWithPath: "/tmp/ailab-tmux-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        socket = folder.appending(path: "socket").path
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let script = (["env"] + assignments + command).map(Self.shellQuoted).joined(separator: " ")
            + "; echo \"[exit $?]\"; sleep 600"
        let arguments = [tmux, "-S", socket, "-f", "/dev/null", "new-session", "-d",
                         "-x", String(columns), "-y", String(rows), "sh", "-c", script]
        let status = try Self.spawnAndWait(arguments)
        guard status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw Failure.commandFailed(arguments: Array(arguments.dropFirst()), status: status, stderr: "")
        }
    }

    deinit {
        kill()
    }

    /// The pane's text, one line per row (trailing blanks trimmed by tmux).
    /// - Parameter escapes: include the SGR escape sequences of attributes and colors (`capture-pane -e`).
    public func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// Presses keys by tmux name: `"Up"`, `"PageDown"`, `"F1"`, `"Enter"`, `"Escape"`, `"C-c"`, `"q"`.
    public func sendKeys(_ keys: String...) throws {
        _ = try run(["send-keys"] + keys)
    }

    /// Types `text` as it is (`send-keys -l`), e.g. non-ASCII characters.
    public func sendLiteral(_ text: String) throws {
        _ = try run(["send-keys", "-l", text])
    }

    /// Resizes the terminal; the program gets SIGWINCH.
    public func resize(rows: Int, columns: Int) throws {
        _ = try run(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    /// A tmux format evaluated for the pane, e.g. `"#{alternate_on}"` (`display-message -p`).
    public func display(_ format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .newlines)
    }

    /// How long a wait lasts before it fails. Generous, because a wait ends as soon as the screen is right and
    /// CI machines run these tests beside CPU-heavy ones: only a broken program ever waits this long.
    public static let defaultTimeout: Duration = .seconds(30)

    /// Polls the screen every 50 ms until it contains `text`, and returns that screen.
    /// - Throws: ``Failure/timedOut(waitingFor:screen:)`` with the last screen after `timeout`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = defaultTimeout) throws -> String {
        try poll(describing: text, timeout: timeout) { $0.contains(text) ? $0 : nil }
    }

    /// Waits until the command has exited and returns its exit status (128 + n when killed by signal n).
    /// - Throws: ``Failure/timedOut(waitingFor:screen:)`` with the last screen after `timeout`.
    public func waitForExit(timeout: Duration = defaultTimeout) throws -> Int32 {
        try poll(describing: "[exit N]", timeout: timeout) { screen in
            guard let match = screen.firstMatch(of: /\[exit (\d+)\]/) else { return nil }
            return Int32(match.1)
        }
    }

    /// Polls the screen every 50 ms until `found` returns a value for it, and returns that value.
    /// - Parameters:
    ///   - description: what is awaited, for the error.
    ///   - escapes: give `found` the screen with its SGR escape sequences (see ``capture(escapes:)``).
    /// - Throws: ``Failure/timedOut(waitingFor:screen:)`` with the last screen after `timeout`.
    public func poll<T>(describing description: String, escapes: Bool = false, timeout: Duration = defaultTimeout,
                        _ found: (String) -> T?) throws -> T {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try capture(escapes: escapes)
            if let result = found(screen) { return result }
            if ContinuousClock.now >= deadline { throw Failure.timedOut(waitingFor: description, screen: screen) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Stops the server and the command, and removes the socket. Safe to call more than once.
    public func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a short-lived tmux client command on this server and returns its standard output.
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-S", socket] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.commandFailed(arguments: arguments, status: process.terminationStatus, stderr: errorText)
        }
        return text
    }

    /// Runs `argv` with stdio on /dev/null, no blocked signals and default signal actions, waits for it
    /// and returns its exit status.
    private static func spawnAndWait(_ argv: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let arguments = argv.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + environment).forEach { free($0) } }
        var pid = pid_t()
        let error = posix_spawnp(&pid, argv[0], &actions, &attributes, arguments, environment)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
