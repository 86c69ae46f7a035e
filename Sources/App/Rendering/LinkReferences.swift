/// The numbered link references of a rendering: the first link to a URL gets the next number, and later
/// links to the same URL reuse it.
struct LinkReferences: Equatable, Sendable {
    /// The URLs in order of first appearance; `urls[0]` is shown as `[1]`.
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    /// The 1-based number of `url`, assigning the next one on its first use.
    mutating func number(for url: String) -> Int {
        if let number = numbers[url] { return number }
        urls.append(url)
        numbers[url] = urls.count
        return urls.count
    }
}
