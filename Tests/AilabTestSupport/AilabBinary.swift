import Foundation

/// What a finished run of a command printed and returned.
public struct CommandResult: Sendable {
    /// The exit status.
    public let status: Int32
    /// Everything written to standard output.
    public let stdout: String
    /// Everything written to standard error.
    public let stderr: String
}

/// The `ailab` binary that `swift test` built, found beside the test bundle (as swift-argument-parser's
/// own example tests find theirs).
public func ailabBinaryURL() -> URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appending(path: "ailab")
}

/// Runs `executable` with `arguments` and an environment of only `environment` (plus PATH and HOME),
/// in `directory`, and waits for it. Output goes through files, so large output cannot dead-lock a pipe.
public func run(_ executable: URL, _ arguments: [String], environment: [String: String], in directory: URL? = nil) throws -> CommandResult {
    let scratch = try makeTemporaryDirectory(prefix: "ailab-run")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appending(path: "stdout"), errURL = scratch.appending(path: "stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let inherited = ProcessInfo.processInfo.environment
    process.environment = environment.merging(["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"]) { mine, _ in mine }
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return CommandResult(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}
