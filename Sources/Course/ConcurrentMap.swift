import Dispatch

extension Array where Element: Sendable {
    /// The elements transformed by `transform`, spread over the machine's cores, in order. When transforms
    /// throw, the error of the first such element (in array order) is rethrown, as a sequential map would.
    /// `transform` must be safe to call from several threads at once.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        var results = [Result<T, any Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = Result { try transform(self[index]) }
            }
        }
        return try results.map { try $0!.get() }
    }
}
