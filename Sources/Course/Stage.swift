/// A stage of the course: a numbered folder of lessons under `lessons/`.
public struct Stage: Equatable, Sendable {
    /// The folder's name, such as `01-numpy`.
    public var folder: String
    /// The stage's title: the first heading of the folder's `README.md`.
    public var title: String
    /// The stage's lessons, in file order.
    public var lessons: [Lesson]

    /// A stage from its parts.
    public init(folder: String, title: String, lessons: [Lesson]) {
        self.folder = folder
        self.title = title
        self.lessons = lessons
    }
}
