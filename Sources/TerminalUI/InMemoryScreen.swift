/// A ``Screen`` in memory, for tests: it replays a script of events and keeps every frame drawn.
public final class InMemoryScreen: Screen {
    /// The current size: the initial one, then that of the last `.resize` event returned.
    public private(set) var size: TerminalSize
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Frame] = []
    /// The events still to come, next first.
    public private(set) var pendingEvents: [InputEvent]

    /// A screen of `size` that will return `events` one by one, then nil.
    public init(size: TerminalSize, events: [InputEvent] = []) {
        self.size = size
        self.pendingEvents = events
    }

    /// The frame drawn last, or nil before the first `draw`.
    public var lastFrame: Frame? { frames.last }

    /// Records `frame`.
    public func draw(_ frame: Frame) {
        frames.append(frame)
    }

    /// The next scripted event (a `.resize` also changes ``size``), or nil when none is left;
    /// the timeout is ignored.
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }
}
