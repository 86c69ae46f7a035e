import AilabTestSupport
import Foundation
import Store
import Testing

/// The lab in the real binary, in tmux, on the repository's house-prices data with a fresh database:
/// explore SalePrice, train the default model, submit its predictions, see the row on the leaderboard.
@Suite("Lab end to end, in tmux", .enabled(if: TmuxSession.isAvailable))
struct LabEndToEndTests {
    @Test("house-prices: explore SalePrice, train gbdt, submit, and the leaderboard and database hold the submission")
    func exploreTrainSubmit() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appending(path: "ailab.sqlite").path
        // The training writes house-prices-gbdt.csv in the current folder: run from the temporary one.
        let command = ["sh", "-c", "cd \"$0\" && exec \"$1\"", folder.path, ailabBinaryURL().path]
        let session = try TmuxSession(
            command: command,
            environment: ["AILAB_ROOT": repositoryRoot(from: #filePath).path, "AILAB_DB": database, "LANG": "C.UTF-8"])
        try session.waitFor("lessons done")

        try session.sendKeys("c")
        try session.waitFor("› house-prices")
        try session.sendKeys("e")
        try session.waitFor("train.csv · 1460 rows × 81 columns")
        try session.sendKeys("$")  // SalePrice is the last column
        try session.waitFor("── SalePrice ──")
        try session.waitFor("this is the target")
        try session.sendKeys("q", "t")
        try session.waitFor("‹ gbdt ›")
        try session.sendKeys("t")
        try session.waitFor("Training gbdt…")
        let trained = try session.waitFor("Feature importances", timeout: .seconds(300))
        #expect(trained.contains("CV RMSE of logs:"))
        #expect(trained.contains("Wrote 1470 predictions to"))
        #expect(trained.contains("house-prices-gbdt.csv; s submits"))
        try session.sendKeys("s")
        try session.waitFor("the predictions just trained: house-prices-gbdt.csv")
        try session.sendKeys("Enter")
        let scored = try session.waitFor("public rank   1 of 1")
        let score = try #require(scored.firstMatch(of: /public score  (\d\.\d{5})/).flatMap { Double($0.1) })
        #expect(score < 0.2)  // far better than the constant sample submission (0.44906)
        try session.sendKeys("b")
        let board = try session.waitFor("(you)")
        #expect(board.contains(String(format: "%.5f", score)))
        // The final submissions page: tick the only submission and save the choice.
        try session.sendKeys("q", "f")
        try session.waitFor("your best public score counts: #1.")
        try session.sendKeys("Space", "Enter")
        try session.waitFor("Saved: your choice counts.")
        try session.sendKeys("q", "q", "q")
        #expect(try session.waitForExit() == 0)

        let store = try Store(path: database)
        let rows = try store.allSubmissions(competition: "house-prices")
        #expect(rows.count == 1)
        let login = try #require(rows.first?.login)
        #expect(board.contains("\(login) (you)"))
        #expect(rows.first.map { abs($0.submission.publicScore - score) < 1e-5 } == true)
        #expect(rows.first?.submission.selected == true)
    }
}
