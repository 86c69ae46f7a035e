import AilabTestSupport
import Foundation
import Grader
import Lab
import Store

/// A temporary course with one small ratings competition, "stars".
///
/// Users 1…4 rated films 10, 20 and 30 (film 40 by user 4 only); `test.csv` asks for known pairs
/// (Ids 1–3), an unknown film (Id 4), an unknown user (Id 5) and both unknown (Id 6). The answer key
/// rates every test row 3, Ids 1–2 public. `films.csv` names films 10–40 ("Zeta" has no year).
struct RatingsFixture {
    let url: URL
    let store: Store
    static let competition = "stars"
    /// The training ratings, as (user, film, stars).
    static let ratings: [(String, String, Double)] = [
        ("1", "10", 5), ("1", "20", 3), ("1", "30", 4),
        ("2", "10", 4), ("2", "20", 2),
        ("3", "20", 1), ("3", "30", 2), ("3", "10", 3),
        ("4", "10", 5), ("4", "30", 5), ("4", "40", 4.5),
    ]
    static let recipe = """
        {"userColumn": "user", "itemColumn": "film", "ratingColumn": "stars", "scale": {"lowest": 0.5, "highest": 5},
         "defaultModel": "baseline",
         "items": {"file": "films.csv", "idColumn": "filmId", "titleColumn": "name", "yearColumn": "year", "genresColumn": "kinds"}}
        """

    init() throws {
        url = try makeTemporaryDirectory(prefix: "ailab-ratings")
        store = try Store.inMemory()
        let grader = url.appending(path: "grader/stars", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: grader, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: url.appending(path: "lessons"), withIntermediateDirectories: true)
        try write("{\"title\": \"Ratings course\", \"instructors\": []}\n", to: "course.json")
        try write("""
            {"title": "Stars", "description": "Predict the stars.", "idColumn": "Id", "targetColumn": "stars", "metric": "rmse", "dailyLimit": 5}
            """, to: "grader/stars/competition.json")
        try write("Id,stars,Usage\n" + (1...6).map { "\($0),3,\($0 <= 2 ? "Public" : "Private")\n" }.joined(), to: "grader/stars/solution.csv")
        try write("user,film,stars,time\n" + Self.ratings.map { "\($0.0),\($0.1),\($0.2),0\n" }.joined(), to: "datasets/stars/train.csv")
        try write("Id,user,film,time\n1,1,40,0\n2,2,30,0\n3,3,40,0\n4,1,99,0\n5,77,10,0\n6,77,99,0\n", to: "datasets/stars/test.csv")
        try write("Id,stars\n" + (1...6).map { "\($0),3\n" }.joined(), to: "datasets/stars/sample_submission.csv")
        try write("filmId,name,year,kinds\n10,Alpha,1990,Drama|Comedy\n20,\"Beta, The\",2001,Horror\n30,Gamma,1985,Drama\n40,Zeta,,Documentary\n",
                  to: "datasets/stars/films.csv")
        try write(Self.recipe, to: "datasets/stars/ratings.json")
    }

    /// `datasets/stars/`.
    var dataset: URL { url.appending(path: "datasets/stars", directoryHint: .isDirectory) }

    /// The lab as "ada" sees it.
    func lab() throws -> Lab {
        try Lab(root: CourseRoot(url: url), store: store, login: "ada", clock: { Date(timeIntervalSince1970: 1_773_153_000) })
    }

    /// The competition.
    func competition() throws -> Competition {
        try CourseRoot(url: url).competition(Self.competition)
    }

    /// Writes `text` to `path`, relative to the course folder.
    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: url.appending(path: path))
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
