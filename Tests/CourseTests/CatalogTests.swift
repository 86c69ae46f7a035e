import Foundation
import Testing
@testable import Course

@Suite("Catalog")
struct CatalogTests {
    /// Writes `files` (relative path → text) into a fresh folder, loads it as a catalog, and removes it.
    private func load(_ files: [String: String]) throws -> Catalog {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "ailab-course-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try Catalog.load(from: folder)
    }

    private func lesson(_ id: String, prerequisites: [String] = []) -> String {
        let list = prerequisites.isEmpty ? "[]" : "\n" + prerequisites.map { "  - \($0)" }.joined(separator: "\n")
        return "---\nid: \(id)\ntitle: T \(id)\nsummary: S.\nminutes: 5\nobjectives:\n  - O\nprerequisites: \(list)\n---\nText.\n"
    }

    @Test func stagesAndLessonsInFolderOrder() throws {
        let catalog = try load([
            "README.md": "# Lessons\n",
            "10-later/README.md": "# Later *stage*\n",
            "10-later/01-x.md": lesson("x", prerequisites: ["a"]),
            "02-numpy/README.md": "Intro line.\n\n## NumPy `arrays`\n",
            "02-numpy/02-b.md": lesson("b"),
            "02-numpy/01-a.md": lesson("a"),
            "02-numpy/notes.txt": "ignored",
        ])
        #expect(catalog.stages.map(\.folder) == ["02-numpy", "10-later"])
        #expect(catalog.stages.map(\.title) == ["NumPy arrays", "Later stage"])
        #expect(catalog.lessons.map(\.id) == ["a", "b", "x"])
        #expect(catalog.lesson(id: "x")?.prerequisites == ["a"])
        // "Text." is line 10 of the file, after nine lines of front matter.
        #expect(catalog.lesson(id: "b")?.document == Document(blocks: [.paragraph([.text("Text.")])], sourceLines: [10]))
    }

    @Test func duplicateLessonIds() throws {
        let error = try #require(throws: CatalogError.self) {
            try load(["01-s/README.md": "# S", "01-s/01-a.md": lesson("a"), "01-s/02-b.md": lesson("a")])
        }
        #expect(error == .duplicateLessonId(id: "a", first: "01-s/01-a.md", second: "01-s/02-b.md"))
        #expect(error.description == "01-s/02-b.md: lesson id 'a' is already used by 01-s/01-a.md")
    }

    @Test func stageWithoutReadme() throws {
        let error = try #require(throws: CatalogError.self) { try load(["01-s/01-a.md": lesson("a")]) }
        #expect(error == .stageWithoutTitle(folder: "01-s"))
    }

    @Test func unknownPrerequisite() throws {
        let error = try #require(throws: CatalogError.self) {
            try load(["01-s/README.md": "# S", "01-s/01-a.md": lesson("a", prerequisites: ["zzz"])])
        }
        #expect(error.description == "01-s/01-a.md: prerequisite 'zzz' is not the id of any lesson")
    }

    @Test func lessonErrorsCarryTheRelativePath() throws {
        let error = try #require(throws: CatalogError.self) {
            try load(["01-s/README.md": "# S", "01-s/01-a.md": "# no front matter"])
        }
        #expect(error == .lesson(LessonError(
            file: "01-s/01-a.md", line: 1,
            message: "a lesson must start with front matter: a '---' line, 'key: value' lines, then '---'")))
    }
}
