import TerminalUI

/// The search box: the query as typed and the lessons that match it.
public struct SearchState: Equatable, Sendable {
    /// One matching lesson.
    public struct Hit: Equatable, Sendable {
        /// The lesson's index in `CourseContent.lessons`.
        public let lessonIndex: Int
        /// The lesson-file line of the first block holding every word of the query, else of the first block
        /// holding one of them (the reader opens there); nil when only the title, summary or objectives match.
        public let line: Int?
        /// The text around the first match, on one line.
        public let snippet: String
    }

    /// The query as typed.
    public internal(set) var query = ""
    /// The matches: lessons whose title, summary or objectives match first, then the others, each in course order.
    public internal(set) var hits: [Hit] = []
    /// The selection and scroll offset over `hits`.
    public internal(set) var scroll: ScrollState
    /// The lessons' searchable text, from `CourseContent.searchIndex()`.
    let index: [SearchEntry]

    /// An empty search box over `index`, showing `viewport` results at a time.
    init(viewport: Int, index: [SearchEntry]) {
        scroll = ScrollState(count: 0, viewport: viewport)
        self.index = index
    }

    /// Sets the query and finds its hits in `course`: every word of the query (case-insensitive) must occur in
    /// the lesson. An empty query has no hits.
    mutating func setQuery(_ query: String, in course: CourseContent) {
        self.query = query
        let words = query.lowercased().split(separator: " ").map(String.init)
        var inHeading: [Hit] = [], inText: [Hit] = []
        if !words.isEmpty {
            for (lessonIndex, entry) in index.enumerated() {
                guard words.allSatisfy({ word in entry.heading.contains(word) || entry.blocks.contains { $0.folded.contains(word) } }) else {
                    continue
                }
                let block = entry.blocks.first { block in words.allSatisfy(block.folded.contains) }
                    ?? entry.blocks.first { block in words.contains(where: block.folded.contains) }
                let word = block.flatMap { block in words.first(where: block.folded.contains) } ?? words[0]
                let hit = Hit(lessonIndex: lessonIndex, line: block?.line, snippet: block.map { snippet(of: $0.text, around: word) } ?? course.lessons[lessonIndex].summary)
                if words.allSatisfy(entry.heading.contains) { inHeading.append(hit) } else { inText.append(hit) }
            }
        }
        hits = inHeading + inText
        scroll.setCount(hits.count)
        scroll.select(0)
    }

    /// The selected hit, if any.
    var selectedHit: Hit? {
        scroll.selected.map { hits[$0] }
    }
}

/// `text` from a little before the first occurrence of `word` (lower-case), with "…" where it was cut.
func snippet(of text: String, around word: String) -> String {
    let context = 24
    let folded = text.lowercased()
    guard let range = folded.range(of: word) else { return text }
    let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
    guard offset > context else { return text }
    return "…" + String(text.dropFirst(offset - context))
}
