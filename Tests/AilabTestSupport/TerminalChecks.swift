import Foundation

extension TmuxSession {
    /// `command` wrapped in a shell that, once the command exits, prints the terminal's `echo` and `icanon`
    /// modes one a line ("-echo" when echo is still off) and exits with the command's status; read them with
    /// `terminalModesRestored()`.
    public static func reportingTerminalModes(_ command: [String]) -> [String] {
        let script = #""$0" "$@"; status=$?; stty -a | tr ' ;' '\n\n' | grep -x -e '-*echo' -e '-*icanon'; exit $status"#
        return ["sh", "-c", script] + command
    }

    /// Whether, after a command started through `reportingTerminalModes` exited, the program left the alternate
    /// screen and the terminal's echo and line mode are back on. Waits for the modes to be printed.
    public func terminalModesRestored() throws -> Bool {
        let lines = try waitFor("icanon").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return try display("#{alternate_on}") == "0" && lines.contains("echo") && lines.contains("icanon")
    }
}

/// The parameters of the SGR escape sequences (`ESC [ … m`) in `text`, such as 1 for bold and 32 for green.
public func sgrParameters(_ text: String) -> Set<Int> {
    var parameters: Set<Int> = []
    for match in text.matches(of: /\u{1B}\[([0-9;]*)m/) {
        for parameter in match.1.split(separator: ";") {
            if let number = Int(parameter) { parameters.insert(number) }
        }
    }
    return parameters
}
