/// Where frames are shown and input comes from: the terminal through ncursesw (`CursesScreen`) or, in
/// tests, memory (`InMemoryScreen`). A program's loop reads events, updates its state and draws frames.
public protocol Screen: AnyObject {
    /// The current size; a frame to draw should have this size.
    var size: TerminalSize { get }

    /// Shows `frame`, replacing what was shown (cells outside the frame are cleared).
    func draw(_ frame: Frame)

    /// Waits for the next event, at most `timeoutMilliseconds` when given (then returns `.tick`).
    /// Returns nil when no more input can come (the input was closed).
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
}
