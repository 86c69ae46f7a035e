import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a ``CursesScreen`` could not start.
public enum CursesScreenError: Error, Equatable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (output piped to a file, no TTY under CI).
    case notATerminal
    /// ncursesw could not set up the terminal named by `TERM` (nil when `TERM` is unset).
    case unknownTerminal(String?)

    /// A sentence for the learner.
    public var description: String {
        switch self {
        case .notATerminal:
            "the course navigator needs a terminal: standard input and output must not be redirected"
        case .unknownTerminal(let name?):
            "cannot use the terminal type \"\(name)\" (TERM): it is not in the terminfo database"
        case .unknownTerminal(nil):
            "cannot start the course navigator: TERM is not set"
        }
    }
}

/// The terminal, through ncursesw: shows frames full-screen and reads keys.
///
/// Starting it switches the terminal to the alternate screen in raw mode (Ctrl-C arrives as
/// ``InputEvent/interrupt``, no echo, no cursor). ``close()`` gives the terminal back; so do the
/// signal handlers it installs when the program is killed or crashes (see `TerminalRestoration`).
/// Only one may be open at a time, on the main thread's loop; it is not `Sendable`.
public final class CursesScreen: Screen {
    /// The terminal's size, updated when a resize is read.
    public private(set) var size: TerminalSize

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let usesColor: Bool
    private var isClosed = false
    /// The wide characters of the run being drawn, kept to reuse its storage.
    private var run: [wchar_t] = []

    /// Takes over the terminal.
    ///
    /// - Parameter colors: whether to draw ``Style/foreground`` colors; pass false when the `NO_COLOR`
    ///   environment variable is set. Colors are also off when the terminal has none.
    /// - Throws: ``CursesScreenError`` when standard input or output is not a terminal or the terminal
    ///   type is unknown; the process and the terminal are left as they were.
    public init(colors: Bool) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesScreenError.notATerminal
        }
        _ = nc_setup_utf8_locale()  // before ncurses starts; without UTF-8, wide characters print as escapes
        // Before newterm: ncurses installs its own SIGTERM handler (which exits with status 1) only
        // where it finds the default action, so ours keeps the signal's own status.
        TerminalRestoration.install()
        guard let screen = nc_newterm_stdio(nil) else {
            TerminalRestoration.uninstall()
            throw CursesScreenError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
        }
        set_term(screen)
        self.screen = screen
        window = nc_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        usesColor = colors && has_colors()
        if usesColor {
            start_color()
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            for color in Color.allCases {
                init_pair(Self.pair(for: color), Self.cursesNumber(of: color), background)
            }
        }
        size = TerminalSize(rows: Int(nc_lines()), columns: Int(nc_cols()))
    }

    deinit {
        close()
    }

    /// Gives the terminal back: the normal screen, the cursor, echo and line mode. Safe to call more
    /// than once; afterwards `draw` does nothing and `nextEvent` returns nil.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        endwin()
        TerminalRestoration.uninstall()
        delscreen(screen)
    }

    /// Erases the screen and draws `frame` over it, clipped to the terminal's size.
    ///
    /// Each row is written in runs of cells of the same style with one `mvwaddnwstr` each; a grapheme
    /// cluster of several scalars ends its run, so that if the terminal's width for it differs from the
    /// frame's, the next run still starts in the right column.
    public func draw(_ frame: Frame) {
        guard !isClosed else { return }
        werase(window)
        let rows = min(frame.rows, Int(nc_lines()))
        let columns = min(frame.columns, Int(nc_cols()))
        for row in 0..<rows {
            drawRow(row, of: frame, columns: columns)
        }
        wrefresh(window)
    }

    /// Waits for a key, a resize or the timeout.
    ///
    /// Keys that decode to nothing (see ``decodeKey(status:value:)``) are skipped. Returns nil when
    /// the input cannot be read (the terminal went away) or after ``close()``.
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        guard !isClosed else { return nil }
        let deadline = timeoutMilliseconds.map { ContinuousClock.now + .milliseconds($0) }
        while true {
            wtimeout(window, deadline.map(Self.milliseconds(until:)) ?? -1)
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == KEY_CODE_YES && Int32(bitPattern: value) == KEY_RESIZE {
                size = TerminalSize(rows: Int(nc_lines()), columns: Int(nc_cols()))
                return .resize(size)
            }
            if status == ERR {
                return deadline == nil ? nil : .tick
            }
            if let event = decodeKey(status: status, value: value) {
                return event
            }
        }
    }

    private func drawRow(_ row: Int, of frame: Frame, columns: Int) {
        let base = row * frame.columns
        var runStart = 0
        var runStyle: Style?
        for column in 0..<columns {
            let cell = frame.cells[base + column]
            if cell.isContinuation { continue }
            if column == columns - 1, column + 1 < frame.columns, frame.cells[base + column + 1].isContinuation {
                break  // a wide character cut by the terminal's right edge
            }
            if cell.style != runStyle {
                flushRun(row: row, column: runStart, style: runStyle)
                runStart = column
                runStyle = cell.style
            }
            var scalars = 0
            for scalar in cell.grapheme.unicodeScalars {
                run.append(wchar_t(bitPattern: scalar.value))
                scalars += 1
            }
            if scalars > 1 {
                flushRun(row: row, column: runStart, style: runStyle)
                runStyle = nil
            }
        }
        flushRun(row: row, column: runStart, style: runStyle)
    }

    /// Writes the pending run at `row`, `column`. The bottom-right cell makes ncurses return ERR
    /// although it is drawn, so the result is ignored.
    private func flushRun(row: Int, column: Int, style: Style?) {
        guard let style, !run.isEmpty else { return }
        wattr_set(window, attributes(of: style), colorPair(of: style), nil)
        mvwaddnwstr(window, Int32(row), Int32(column), run, Int32(run.count))
        run.removeAll(keepingCapacity: true)
    }

    private func attributes(of style: Style) -> attr_t {
        var attributes = nc_A_NORMAL()
        if style.bold { attributes |= nc_A_BOLD() }
        if style.dim { attributes |= nc_A_DIM() }
        if style.underline { attributes |= nc_A_UNDERLINE() }
        if style.reverse { attributes |= nc_A_REVERSE() }
        return attributes
    }

    private func colorPair(of style: Style) -> Int16 {
        guard usesColor, let color = style.foreground else { return 0 }
        return Self.pair(for: color)
    }

    /// Pair 0 is the terminal's default; pairs 1…8 are the eight colors on the default background.
    private static func pair(for color: Color) -> Int16 {
        cursesNumber(of: color) + 1
    }

    private static func cursesNumber(of color: Color) -> Int16 {
        let number = switch color {
        case .black: COLOR_BLACK
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        }
        return Int16(number)
    }

    /// The whole milliseconds left until `deadline`, at least 0.
    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let left = ContinuousClock.now.duration(to: deadline).components
        return Int32(clamping: max(left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000, 0))
    }
}
