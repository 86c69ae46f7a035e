import AilabTestSupport
import Foundation
import Testing

// CursesScreen end to end: `curses-probe` (Tests/CursesProbe) in a private tmux server. The probe shows
// "last: <event>" for each event, quits on q or Ctrl-C printing "bye …", and crashes on "!".

/// The probe that `swift test` built, beside the test bundle.
private let probe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent().appending(path: "curses-probe").path

/// Starts the probe, reporting the terminal's modes when it exits (see `TmuxSession.reportingTerminalModes`).
private func startProbe(_ arguments: String..., rows: Int = 12, columns: Int = 60) throws -> TmuxSession {
    let session = try TmuxSession(
        command: TmuxSession.reportingTerminalModes([probe] + arguments),
        // The Swift runtime's crash report must not wait for a key after the "!" crash.
        environment: ["SWIFT_BACKTRACE": "interactive=no,color=no"],
        rows: rows, columns: columns)
    try session.waitFor("last: none")
    return session
}

/// Checks that the program left the alternate screen and the shell's line mode and echo are back.
private func expectTerminalRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(try session.terminalModesRestored(), "the terminal was not restored", sourceLocation: sourceLocation)
}

@Suite(.enabled(if: TmuxSession.isAvailable), .serialized)
struct CursesScreenTests {
    @Test func drawsWideCharactersAndDecodesKeys() throws {
        let session = try startProbe()
        // Waits rather than one capture: a frame may reach the terminal in more than one write.
        try session.waitFor("curses-probe ready")
        try session.waitFor("中文：你好，世界 | 日本語 | 한국어")
        try session.waitFor("size: 60x12  events: 0")

        try session.sendKeys("Up")
        try session.waitFor("last: key up")
        try session.sendKeys("PageDown")
        try session.waitFor("last: key pageDown")
        try session.sendKeys("F1")
        try session.waitFor("last: key F1")
        try session.sendKeys("Escape")
        try session.waitFor("last: key escape")
        try session.sendLiteral("é")
        try session.waitFor("last: char é")
        try session.sendLiteral("中")
        try session.waitFor("last: char 中")
        try session.sendKeys("C-l")
        try session.waitFor("last: key control(\"l\")")
        try session.waitFor("events: 7")
    }

    @Test func aTimeoutGivesTicksAndKeysStillArrive() throws {
        let session = try startProbe("--tick-ms", "20")
        let ticks = try session.poll(describing: "3 ticks") { screen in
            screen.firstMatch(of: /ticks: (\d+)/).flatMap { Int($0.1) }.flatMap { $0 >= 3 ? $0 : nil }
        }
        #expect(ticks >= 3)
        try session.sendKeys("Down")
        let screen = try session.waitFor("last: key down")
        #expect(screen.contains("events: 1"))  // ticks are not counted as events
    }

    @Test func withoutATimeoutThereAreNoTicks() throws {
        let session = try startProbe()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try session.capture().contains("ticks: 0"))
    }

    @Test func aResizeGivesTheNewSize() throws {
        let session = try startProbe()
        try session.resize(rows: 14, columns: 72)
        let screen = try session.waitFor("last: resize 72x14")
        #expect(screen.contains("size: 72x14"))
        try session.resize(rows: 8, columns: 40)
        try session.waitFor("size: 40x8")
    }

    @Test func qQuitsCleanly() throws {
        let session = try startProbe()
        try session.sendKeys("Down", "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("bye after 1 events, last: char q"))
        try expectTerminalRestored(session)
    }

    @Test func ctrlCIsReadAsAKeyAndQuitsCleanly() throws {
        let session = try startProbe()
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("bye after 0 events, last: interrupt"))
        try expectTerminalRestored(session)
    }

    @Test func aCrashRestoresTheTerminalAndKeepsTheSignalStatus() throws {
        let session = try startProbe()
        try session.sendKeys("!")
        // fatalError traps: SIGILL on x86-64 (128 + 4), SIGTRAP on arm64 (128 + 5).
        let status = try session.waitForExit(timeout: .seconds(60))
        #expect(status == 132 || status == 133)
        #expect(try !session.capture().contains("bye"))
        try expectTerminalRestored(session)
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func aKillRestoresTheTerminalAndKeepsTheSignalStatus(signal: Int32) throws {
        let session = try startProbe()
        let pid = try session.poll(describing: "pid: N") { screen in
            screen.firstMatch(of: /pid: (\d+)/).flatMap { pid_t($0.1) }
        }
        #expect(kill(pid, signal) == 0)
        #expect(try session.waitForExit() == 128 + signal)
        try expectTerminalRestored(session)
    }

    @Test func colorsOnlyWhenAsked() throws {
        let colored = try startProbe()
        let coloredParameters = sgrParameters(try colored.capture(escapes: true))
        #expect(coloredParameters.contains(32), "no green in \(coloredParameters)")
        #expect(coloredParameters.contains(1))

        let plain = try startProbe("--no-color")
        let plainParameters = sgrParameters(try plain.capture(escapes: true))
        #expect(plainParameters.isDisjoint(with: 30...37), "colors in \(plainParameters)")
        #expect(plainParameters.contains(1), "bold is gone: \(plainParameters)")
        #expect(plainParameters.contains(2), "dim is gone: \(plainParameters)")
    }
}
