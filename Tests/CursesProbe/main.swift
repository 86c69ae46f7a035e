// curses-probe: a CursesScreen showing the last event, for CursesScreenTests (run in tmux).
//
//   curses-probe [--no-color] [--tick-ms N]
//
// With --tick-ms, it waits for events at most N ms and counts the ticks.
// q or Ctrl-C closes the screen and prints "bye"; "!" crashes with fatalError, to test that the
// terminal is restored on the crash path.
import Foundation
import TerminalUI

func describe(_ event: InputEvent) -> String {
    switch event {
    case .key(.character(let character)): "char \(character)"
    case .key(.function(let number)): "key F\(number)"
    case .key(let key): "key \(key)"
    case .resize(let size): "resize \(size.columns)x\(size.rows)"
    case .interrupt: "interrupt"
    case .tick: "tick"
    }
}

func frame(size: TerminalSize, last: String, events: Int, ticks: Int) -> Frame {
    var frame = Frame(rows: size.rows, columns: size.columns)
    let end = frame.put("curses-probe ", row: 0, column: 0, style: Style(bold: true))
    frame.put("ready", row: 0, column: end, style: Style(bold: true, foreground: .green))
    frame.put("中文：你好，世界 | 日本語 | 한국어", row: 1, column: 0)
    frame.put("size: \(size.columns)x\(size.rows)  events: \(events)", row: 2, column: 0)
    frame.put("last: \(last)", row: 3, column: 0)
    frame.put("q quits, ! crashes", row: 4, column: 0, style: Style(dim: true))
    frame.put("pid: \(ProcessInfo.processInfo.processIdentifier)  ticks: \(ticks)", row: 5, column: 0)
    return frame
}

let screen: CursesScreen
do {
    screen = try CursesScreen(colors: !CommandLine.arguments.contains("--no-color"))
} catch {
    FileHandle.standardError.write(Data("curses-probe: \(error)\n".utf8))
    exit(2)
}

let timeout = CommandLine.arguments.firstIndex(of: "--tick-ms").flatMap { Int(CommandLine.arguments[$0 + 1]) }
var last = "none"
var events = 0
var ticks = 0
loop: while true {
    screen.draw(frame(size: screen.size, last: last, events: events, ticks: ticks))
    guard let event = screen.nextEvent(timeoutMilliseconds: timeout) else { break }
    switch event {
    case .key(.character("q")), .interrupt:
        last = describe(event)
        break loop
    case .key(.character("!")):
        fatalError("curses-probe: deliberate crash")
    case .tick:
        ticks += 1
    default:
        events += 1
        last = describe(event)
    }
}
screen.close()
print("bye after \(events) events, last: \(last)")
