import Foundation
import MiniML
import Testing
@testable import Grader

@Suite("Course root")
struct CourseRootTests {
    /// Makes `folder` a course: `grader/<id>/competition.json` for each id, and `datasets/<id>/`.
    private func makeCourse(at folder: URL, competitions: [String] = ["house-prices", "sentiment"]) throws {
        try makeDirectory(folder.appending(path: "grader"))
        try makeDirectory(folder.appending(path: "datasets"))
        for id in competitions {
            try write(specJSON(), to: folder.appending(path: "grader/\(id)/competition.json"))
            try makeDirectory(folder.appending(path: "datasets/\(id)"))
        }
    }

    /// Creates an empty file standing for the `ailab` binary.
    private func makeExecutable(at url: URL) throws {
        try write("#!/bin/sh\n", to: url)
    }

    @Test("AILAB_ROOT is honoured, even when the binary sits in another course")
    func environmentRoot() throws {
        try withTemporaryDirectory { folder in
            let chosen = folder.appending(path: "my-course")
            try makeCourse(at: chosen)
            let checkout = folder.appending(path: "checkout")
            try makeCourse(at: checkout)
            let binary = checkout.appending(path: ".build/debug/ailab")
            try makeExecutable(at: binary)

            let root = try CourseRoot.locate(environment: ["AILAB_ROOT": chosen.path], executablePath: binary.path)
            #expect(resolvedPath(root.url) == resolvedPath(chosen))
            #expect(resolvedPath(root.graderDirectory) == resolvedPath(chosen.appending(path: "grader")))
            #expect(resolvedPath(root.datasetsDirectory) == resolvedPath(chosen.appending(path: "datasets")))
        }
    }

    @Test("AILAB_ROOT with a trailing slash or '..' names the same folder")
    func environmentRootSpelling() throws {
        try withTemporaryDirectory { folder in
            let chosen = folder.appending(path: "my-course")
            try makeCourse(at: chosen)
            for spelling in [chosen.path + "/", folder.path + "/elsewhere/../my-course"] {
                let binary = folder.appending(path: "elsewhere/ailab").path  // not inside any course
                let root = try CourseRoot.locate(environment: ["AILAB_ROOT": spelling], executablePath: binary)
                #expect(root.url.path == chosen.standardizedFileURL.path, "\(spelling)")
            }
        }
    }

    @Test("AILAB_ROOT without grader/ is not a course root")
    func environmentRootWithoutGrader() throws {
        try withTemporaryDirectory { folder in
            let chosen = folder.appending(path: "not-a-course")
            try makeDirectory(chosen.appending(path: "datasets"))
            let checkout = folder.appending(path: "checkout")
            try makeCourse(at: checkout)
            let binary = checkout.appending(path: ".build/debug/ailab")
            try makeExecutable(at: binary)

            let error = try #require(throws: CourseError.self) {
                try CourseRoot.locate(environment: ["AILAB_ROOT": chosen.path], executablePath: binary.path)
            }
            #expect(error == .notACourseRoot(path: chosen.standardizedFileURL.path), "no fallback to the binary's course")
            #expect(error.description.contains("AILAB_ROOT"))
        }
    }

    @Test("an empty AILAB_ROOT is ignored")
    func emptyEnvironmentRoot() throws {
        try withTemporaryDirectory { folder in
            try makeCourse(at: folder)
            let binary = folder.appending(path: ".build/debug/ailab")
            try makeExecutable(at: binary)
            let root = try CourseRoot.locate(environment: ["AILAB_ROOT": ""], executablePath: binary.path)
            #expect(resolvedPath(root.url) == resolvedPath(folder))
        }
    }

    @Test("found from a binary inside a checkout: root/.build/debug/ailab")
    func checkout() throws {
        try withTemporaryDirectory { folder in
            let checkout = folder.appending(path: "ailab")
            try makeCourse(at: checkout)
            let binary = checkout.appending(path: ".build/x86_64-unknown-linux-gnu/debug/ailab")
            try makeExecutable(at: binary)
            let root = try CourseRoot.locate(environment: [:], executablePath: binary.path)
            #expect(resolvedPath(root.url) == resolvedPath(checkout))
        }
    }

    @Test("a folder with grader/ but no datasets/ is passed over on the way up")
    func needsBothFolders() throws {
        try withTemporaryDirectory { folder in
            try makeCourse(at: folder)
            let half = folder.appending(path: "half")
            try makeDirectory(half.appending(path: "grader"))
            let binary = half.appending(path: "bin/ailab")
            try makeExecutable(at: binary)
            let root = try CourseRoot.locate(environment: [:], executablePath: binary.path)
            #expect(resolvedPath(root.url) == resolvedPath(folder))
        }
    }

    @Test("found from an installed prefix: prefix/bin/ailab beside prefix/share/ailab")
    func installedPrefix() throws {
        try withTemporaryDirectory { folder in
            let prefix = folder.appending(path: "usr-local")
            let share = prefix.appending(path: "share/ailab")
            try makeCourse(at: share)
            let binary = prefix.appending(path: "bin/ailab")
            try makeExecutable(at: binary)
            let root = try CourseRoot.locate(environment: [:], executablePath: binary.path)
            #expect(resolvedPath(root.url) == resolvedPath(share))
        }
    }

    @Test("found through a symbolic link to the binary", arguments: [false, true])
    func throughSymlink(relativeLink: Bool) throws {
        try withTemporaryDirectory { folder in
            let prefix = folder.appending(path: "opt/ailab")
            let share = prefix.appending(path: "share/ailab")
            try makeCourse(at: share)
            let binary = prefix.appending(path: "bin/ailab")
            try makeExecutable(at: binary)
            // ~/bin/ailab -> …/opt/ailab/bin/ailab: nothing near the link is a course.
            let link = folder.appending(path: "home/bin/ailab")
            try makeDirectory(link.deletingLastPathComponent())
            try FileManager.default.createSymbolicLink(
                atPath: link.path, withDestinationPath: relativeLink ? "../../opt/ailab/bin/ailab" : binary.path)

            let root = try CourseRoot.locate(environment: [:], executablePath: link.path)
            #expect(resolvedPath(root.url) == resolvedPath(share))
        }
    }

    @Test("not found anywhere: rootNotFound lists where it looked")
    func notFound() throws {
        try withTemporaryDirectory { folder in
            let binary = folder.appending(path: "a/b/c/d/ailab")
            try makeExecutable(at: binary)
            let error = try #require(throws: CourseError.self) {
                try CourseRoot.locate(environment: [:], executablePath: binary.path)
            }
            guard case .rootNotFound(let searched) = error else {
                Issue.record("expected rootNotFound, got \(error)")
                return
            }
            // The walk goes up from …/a/b/c/d to /, more than 4 folders: the first two are kept.
            #expect(searched.count == 3)
            #expect(searched.first == resolvedPath(binary.deletingLastPathComponent()))
            #expect(searched.last == "… up to /")
            #expect(error.description.contains("AILAB_ROOT"))
        }
    }

    @Test("the competitions are the folders of grader/ holding a spec, sorted")
    func competitionIDs() throws {
        try withTemporaryDirectory { folder in
            try makeCourse(at: folder, competitions: ["sentiment", "house-prices", "movie-ratings"])
            try makeDirectory(folder.appending(path: "grader/drafts"))  // no competition.json
            try write("notes", to: folder.appending(path: "grader/README.md"))
            let root = CourseRoot(url: folder)
            #expect(try root.competitionIDs() == ["house-prices", "movie-ratings", "sentiment"])

            let competition = try root.competition("movie-ratings")
            #expect(competition.id == "movie-ratings")
            #expect(competition.spec.title == "Tiny Houses")
            let keyURL = folder.appending(path: "grader/movie-ratings/solution.csv")
            let sampleURL = folder.appending(path: "datasets/movie-ratings/sample_submission.csv")
            #expect(resolvedPath(competition.answerKeyURL) == resolvedPath(keyURL))
            #expect(resolvedPath(competition.sampleSubmissionURL) == resolvedPath(sampleURL))
            #expect(try root.competitions().map(\.id) == ["house-prices", "movie-ratings", "sentiment"])
        }
    }

    @Test("an unknown competition lists the known ones and suggests the closest")
    func unknownCompetition() throws {
        try withTemporaryDirectory { folder in
            try makeCourse(at: folder, competitions: ["house-prices", "movie-ratings", "sentiment"])
            let root = CourseRoot(url: folder)
            let error = try #require(throws: CourseError.self) { try root.competition("house-price") }
            #expect(error == .unknownCompetition(name: "house-price", known: ["house-prices", "movie-ratings", "sentiment"]))
            #expect(error.description.contains("house-prices, movie-ratings, sentiment"))
            #expect(error.description.contains("did you mean 'house-prices'?"))
        }
    }

    // Levenshtein distances by hand: house-price → house-prices is 1 insertion; Sentiment → sentiment
    // is 0 (compared lower-cased); movie-rating → movie-ratings is 1; "titanic" is ≥ 6 from every name,
    // over the limit max(2, 7 / 3) = 2.
    @Test("the suggestion is the name within a small edit distance", arguments: [
        ("house-price", "house-prices"),
        ("Sentiment", "sentiment"),
        ("movie-rating", "movie-ratings"),
        ("titanic", nil),
    ] as [(String, String?)])
    func suggestions(typed: String, suggested: String?) {
        let known = ["house-prices", "movie-ratings", "sentiment"]
        #expect(closestMatch(to: typed, among: known) == suggested)
        let text = CourseError.unknownCompetition(name: typed, known: known).description
        if let suggested {
            #expect(text.hasSuffix("(did you mean '\(suggested)'?)"))
        } else {
            #expect(!text.contains("did you mean"))
        }
    }

    // kitten → sitting is the textbook 3 (k→s, e→i, +g); "" → abc is 3 insertions; flaw → lawn is 2.
    @Test("edit distance", arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("flaw", "lawn", 2), ("same", "same", 0)])
    func editDistances(a: String, b: String, distance: Int) {
        #expect(editDistance(a, b) == distance)
    }

    @Test("course.json: defaults when absent, read when present, rejected naming the file when malformed")
    func courseConfig() throws {
        try withTemporaryDirectory { folder in
            try makeCourse(at: folder)
            let root = CourseRoot(url: folder)
            #expect(try root.loadConfig() == .standard)

            try write(#"{"title": "Spring course", "instructors": ["ada"]}"#, to: root.configURL)
            let config = try root.loadConfig()
            #expect(config.title == "Spring course")
            #expect(config.isInstructor("ada"))
            #expect(!config.isInstructor("bob"))

            try write(#"{"instructors": "ada"}"#, to: root.configURL)
            let error = try #require(throws: CourseError.self) { try root.loadConfig() }
            guard case .invalidFile(let path, _, let reason) = error else {
                Issue.record("expected invalidFile, got \(error)")
                return
            }
            #expect(path == root.configURL.path)
            #expect(reason.contains("instructors"))
        }
    }

    @Test("the repository's own course: every competition loads, and its sample submission validates and scores")
    func realCourse() throws {
        let root = CourseRoot(url: repositoryRoot())
        let competitions = try root.competitions()
        #expect(competitions.map(\.id) == ["house-prices", "movie-ratings", "sentiment"])
        for competition in competitions {
            let key = try competition.loadAnswerKey()

            // The key covers exactly the rows of test.csv.
            let test = try CSVTable(contentsOf: competition.datasetDirectory.appending(path: "test.csv").path)
            let idColumn = try #require(test.columnIndex(competition.spec.idColumn), "\(competition.id): test.csv has no id column")
            let testIDs = test.records.map { canonicalID($0[idColumn]) }
            #expect(key.count == testIDs.count, "\(competition.id)")
            #expect(Set(key.ids) == Set(testIDs), "\(competition.id)")

            // The public share is the one the spec promises, within one percentage point.
            let share = Double(key.publicCount) / Double(key.count)
            #expect(abs(share - competition.spec.publicFraction) <= 0.01, "\(competition.id): public share \(share)")

            let validator = SubmissionValidator(
                spec: competition.spec, answerKey: key, sampleSubmissionPath: competition.sampleSubmissionURL.path)
            let submission = try validator.validate(fileAt: competition.sampleSubmissionURL.path)
            let card = try key.score(submission.predictions, metric: competition.spec.metric, keyPath: competition.answerKeyURL.path)
            #expect(card.publicScore.isFinite && card.privateScore.isFinite, "\(competition.id)")
        }
    }
}
