import Testing
import TerminalUI

@Test func replaysEventsThenEnds() {
    let screen = InMemoryScreen(size: TerminalSize(rows: 3, columns: 10), events: [.key(.down), .tick, .interrupt])
    #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(.down))
    #expect(screen.nextEvent(timeoutMilliseconds: 100) == .tick)
    #expect(screen.nextEvent(timeoutMilliseconds: nil) == .interrupt)
    #expect(screen.nextEvent(timeoutMilliseconds: nil) == nil)
    #expect(screen.nextEvent(timeoutMilliseconds: nil) == nil)
}

@Test func aResizeEventChangesTheSize() {
    let screen = InMemoryScreen(
        size: TerminalSize(rows: 3, columns: 10),
        events: [.key(.up), .resize(TerminalSize(rows: 5, columns: 20))])
    _ = screen.nextEvent(timeoutMilliseconds: nil)
    #expect(screen.size == TerminalSize(rows: 3, columns: 10))
    #expect(screen.nextEvent(timeoutMilliseconds: nil) == .resize(TerminalSize(rows: 5, columns: 20)))
    #expect(screen.size == TerminalSize(rows: 5, columns: 20))
    #expect(screen.pendingEvents.isEmpty)
}

@Test func recordsEveryFrame() {
    let screen = InMemoryScreen(size: TerminalSize(rows: 1, columns: 4))
    #expect(screen.lastFrame == nil)
    var first = Frame(rows: 1, columns: 4)
    first.put("ab", row: 0, column: 0)
    var second = Frame(rows: 1, columns: 4)
    second.put("中", row: 0, column: 1, style: Style(bold: true))
    screen.draw(first)
    screen.draw(second)
    #expect(screen.frames == [first, second])
    #expect(screen.lastFrame?.lines == [" 中 "])
}
