import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Gives the terminal back (`endwin`) when the program dies of a signal while curses owns it, so the
/// learner's shell is not left on the alternate screen without echo.
///
/// Covered: SIGTERM, SIGHUP and SIGQUIT (termination requests) and the crash signals SIGSEGV, SIGBUS,
/// SIGILL and SIGTRAP (Swift's traps: `fatalError`, overflow, force-unwrapping nil) and SIGABRT. The
/// handler calls `endwin`, lets the disposition the signal had before run (the default, or the Swift
/// runtime's crash backtracer, whose report then lands on the normal screen) and ends the process with
/// the signal's default action, so the exit status and core dump stay what they would have been.
/// Signals that were ignored stay ignored. SIGINT is not needed (Ctrl-C is a
/// key in raw mode) and SIGWINCH is left to ncurses' own handler.
enum TerminalRestoration {
    /// The signals whose handlers restore the terminal.
    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT]

    /// Installs the handlers; call just before curses starts (ncurses then leaves SIGTERM to them, and
    /// `endwin` before it has started does nothing). Does nothing when already installed.
    static func install() {
        guard !cursesIsActive.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for signal in signals {
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            guard !isIgnored(previous) else { continue }
            previousActions[Int(signal)] = previous
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreTerminalAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Puts back the dispositions found by `install()`; call after `endwin` when closing normally (a
    /// signal in between only makes the handler call `endwin` a second time, which does nothing).
    static func uninstall() {
        guard cursesIsActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        for signal in signals where !isIgnored(previousActions[Int(signal)]) {
            sigaction(signal, &previousActions[Int(signal)], nil)
        }
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }  // SIG_DFL
        return unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN is (void (*)(int))1
    }
}

/// Whether curses owns the terminal and the handlers are installed. An atomic, so the handler may read it.
private let cursesIsActive = Atomic<Bool>(false)

/// The disposition each handled signal had before `install()`, indexed by signal number (all of them are
/// below 32). A fixed buffer rather than a Swift collection, so the handler reads it without retains.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
    buffer.initialize(repeating: sigaction(), count: 32)
    return buffer
}()

/// The handler: restore the terminal once, let the signal's previous disposition handle it, then die of
/// the signal's default action.
///
/// The previous disposition runs within this handler: the signal is unblocked and raised again. When it
/// is the default action, the process ends there. When it is a handler that returns (the Swift runtime's
/// backtracer prints its crash report and returns, expecting a faulting instruction to fault again), the
/// signal is raised once more with the default action, since a raised signal would not come back and the
/// program would run on. A global function, so it converts to a C function pointer.
private func restoreTerminalAndReraise(_ signo: Int32) {
    if cursesIsActive.exchange(false, ordering: .sequentiallyConsistent) {
        endwin()
    }
    var this = sigset_t()
    sigemptyset(&this)
    sigaddset(&this, signo)
    sigaction(signo, previousActions + Int(signo), nil)
    pthread_sigmask(SIG_UNBLOCK, &this, nil)
    raise(signo)
    var defaultAction = sigaction()  // zeroed: SIG_DFL, empty mask, no flags
    sigaction(signo, &defaultAction, nil)
    raise(signo)
}
