import Foundation
import Lab

/// Runs the lab's slow work (reading data, training, scoring) on background threads and hands the
/// answers to the loop, which applies them with `CourseApp.receive` between key presses: the screen never
/// freezes, and Esc can cancel a training that runs.
final class LabJobs: @unchecked Sendable {
    private let lock = NSLock()
    private var mailbox: [LabEvent] = []
    private var running = 0
    private var cancelRequested = false

    /// Whether any job is still running (the loop then wakes more often to show its progress).
    var isBusy: Bool {
        lock.withLock { running > 0 || !mailbox.isEmpty }
    }

    /// The answers posted since the last call, oldest first.
    func drain() -> [LabEvent] {
        lock.withLock {
            defer { mailbox.removeAll() }
            return mailbox
        }
    }

    /// Runs `work` on a background thread; it posts its answers with the function it is given.
    func start(_ work: @escaping @Sendable (_ post: @escaping @Sendable (LabEvent) -> Void) -> Void) {
        lock.withLock { running += 1 }
        Thread.detachNewThread { [self] in
            work { event in self.lock.withLock { self.mailbox.append(event) } }
            lock.withLock { running -= 1 }
        }
    }

    /// Starts a training that stops with `CancellationError` at its next step once `cancel()` is called.
    func startCancellable(_ work: @escaping @Sendable (_ post: @escaping @Sendable (LabEvent) -> Void, _ checkCancelled: @escaping @Sendable () throws -> Void) -> Void) {
        lock.withLock { cancelRequested = false }
        start { post in
            work(post) { [self] in
                if lock.withLock({ cancelRequested }) { throw CancellationError() }
            }
        }
    }

    /// Asks the running training to stop.
    func cancel() {
        lock.withLock { cancelRequested = true }
    }
}
