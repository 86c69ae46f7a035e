/// Problems with the course files themselves (specs, answer keys, the course root): these are the
/// instructor's to fix, so each message names the file, and the line where there is one.
public enum CourseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No course root was found; `searched` lists the folders that were tried.
    case rootNotFound(searched: [String])
    /// `AILAB_ROOT` (or another explicit choice) names a folder without a `grader/` folder.
    case notACourseRoot(path: String)
    /// The competition name is not one of the course's; `known` lists them.
    case unknownCompetition(name: String, known: [String])
    /// A competition spec or the course file could not be read or has a bad value.
    case invalidFile(path: String, line: Int?, reason: String)
    /// A class install's file, or a folder above it, could have been changed by someone other than root.
    case untrustedClassFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .rootNotFound(let searched):
            return "cannot find the course files (a folder holding grader/ and datasets/); looked in "
                + searched.joined(separator: ", ") + ". Set AILAB_ROOT to the course folder."
        case .notACourseRoot(let path):
            return "\(path) is not a course folder: it has no grader/ folder (check AILAB_ROOT)"
        case .unknownCompetition(let name, let known):
            var text = "unknown competition '\(name)'; the competitions are: \(known.joined(separator: ", "))"
            if let guess = closestMatch(to: name, among: known) { text += " (did you mean '\(guess)'?)" }
            return text
        case .untrustedClassFile(let path, let reason):
            return "this class install cannot be trusted: \(path): \(reason); "
                + "install ailab with scripts/install-class.sh, as root"
        case .invalidFile(let path, let line, let reason):
            return line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
        }
    }
}

/// The candidate within a small edit distance of `word`, if any: catches typos such as "house-price".
func closestMatch(to word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
    return best.0
}

/// Levenshtein distance over characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
}
