import Course

/// The course as the navigator shows it: the catalog, plus each lesson's place in it.
public struct CourseContent: Sendable {
    /// The course's title, shown in the title bar.
    public let title: String
    /// The stages and their lessons.
    public let catalog: Catalog
    /// Every lesson in course order; screens refer to lessons by their index here.
    public let lessons: [Lesson]
    /// For each lesson, the index of its stage in `catalog.stages`.
    public let stageOfLesson: [Int]

    /// The content of `catalog`, titled `title`.
    public init(title: String, catalog: Catalog) {
        self.title = title
        self.catalog = catalog
        lessons = catalog.lessons
        stageOfLesson = catalog.stages.indices.flatMap { stage in Array(repeating: stage, count: catalog.stages[stage].lessons.count) }
    }

    /// The index of the lesson with `id`, if any.
    public func lessonIndex(id: String) -> Int? {
        lessons.firstIndex { $0.id == id }
    }

    /// The title of the stage of lesson `index`.
    func stageTitle(ofLesson index: Int) -> String {
        catalog.stages[stageOfLesson[index]].title
    }

    /// What search looks through, one entry per lesson. Built when search first opens, not at start-up.
    func searchIndex() -> [SearchEntry] {
        (try? lessons.concurrentMap(SearchEntry.init(lesson:))) ?? []  // SearchEntry.init cannot throw
    }
}

/// One lesson's searchable text: its title, summary and objectives, then each top-level block with the
/// lesson-file line where it starts, all lower-cased for case-insensitive matching.
struct SearchEntry: Equatable, Sendable {
    /// A top-level block's text.
    struct Passage: Equatable, Sendable {
        /// The lesson-file line where the block starts.
        let line: Int
        /// The block's words, as written.
        let text: String
        /// `text` lower-cased.
        let folded: String
    }

    /// Title, summary and objectives, lower-cased.
    let heading: String
    /// The text of each top-level block.
    let blocks: [Passage]

    init(lesson: Lesson) {
        heading = ([lesson.title, lesson.summary] + lesson.objectives).joined(separator: " ").lowercased()
        blocks = zip(lesson.document.sourceLines, lesson.document.blocks).map { line, block in
            let text = block.plainText
            return Passage(line: line, text: text, folded: text.lowercased())
        }
    }
}

extension Block {
    /// The block's words without formatting, on one line: what search matches and shows as a snippet.
    var plainText: String {
        switch self {
        case .heading(_, let inlines), .paragraph(let inlines): return inlines.plainText
        case .codeBlock(_, let code): return code.split(whereSeparator: \.isNewline).joined(separator: " ")
        case .list(_, _, let items): return items.flatMap { $0.map(\.plainText) }.joined(separator: " ")
        case .blockQuote(let blocks): return blocks.map(\.plainText).joined(separator: " ")
        case .table(let header, let rows, _): return ([header] + rows).flatMap { $0.map(\.plainText) }.joined(separator: " ")
        case .rule: return ""
        case .quiz(let quiz): return ([quiz.question] + quiz.options).joined(separator: " ")
        }
    }
}
