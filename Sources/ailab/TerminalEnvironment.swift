import Foundation

/// What ailab needs to know of the terminal it runs in.
enum TerminalEnvironment {
    /// Whether both standard input and output are a terminal: the navigator can draw and read keys.
    static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Whether standard output is a terminal (styled output makes sense).
    static var outputIsTerminal: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    /// Whether colour is wanted: not when `NO_COLOR` is set to anything but the empty string (no-color.org).
    static var colorsWanted: Bool {
        (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The terminal's width in columns when standard output is one, else nil.
    static var columns: Int? {
        var size = winsize()
        guard outputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
