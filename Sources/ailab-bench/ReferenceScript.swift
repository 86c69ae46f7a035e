import Foundation

/// Runs `python3 <script> <arguments>` from the repository root and returns what it printed, one JSON
/// measurement a line. When python3 cannot start or the script fails, prints a note saying so (and that
/// python3 needs `packages`) and returns nil: the benchmark then shows ailab's side alone.
func runReferenceScript(_ script: String, _ arguments: [String], needs packages: String) -> [Substring]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    do { try process.run() } catch {
        print("note: no reference measured (python3 could not be started: \(error))")
        return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        print("note: the reference script failed (exit \(process.terminationStatus)); does python3 have \(packages)?")
        return nil
    }
    return String(decoding: data, as: UTF8.self).split(separator: "\n")
}

/// Resets the kernel's peak-RSS counter (VmHWM) of this process (Linux ≥ 4.0; ignored elsewhere).
func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// Peak resident memory since the last reset, in MB (VmHWM from /proc/self/status).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return .nan }
    return kilobytes / 1024
}
