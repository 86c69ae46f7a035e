import AilabTestSupport
@testable import App
import Foundation
import Grader
import Lab
import Store
import Testing
import TerminalUI

/// The lab's screens as pure update and view, fed with real answers: a `Lab` on the toy course of
/// `TemporaryCourse` (ids 1…10, value = id; train.csv has x = 0, 0.5, …, 9.5 and value = 2x + 1).
@Suite("Lab screens: competitions, explorer, training, submit, leaderboard, final submissions")
struct LabScreensTests {
    struct Fixture {
        let course: TemporaryCourse
        let store: Store
        let lab: Lab

        init() throws {
            course = try TemporaryCourse()
            store = try Store.inMemory()
            lab = try Lab(root: CourseRoot(url: course.url), store: store, login: "ada")
        }

        /// The competitions as the loop would load them.
        func entries() throws -> [CompetitionEntry] {
            try lab.competitionStatuses().map { status in
                CompetitionEntry(status: status, files: [("train.csv", 2048)], models: try lab.models(for: status.competition.id))
            }
        }

        /// The navigator with the lab open on the toy competition.
        func labOpen() throws -> AppState {
            let (opened, effects) = try AppFixture.state().typing("c")
            #expect(effects == [.loadCompetitions])
            return CourseApp.receive(opened, .competitions(try entries())).0
        }
    }

    @Test("c opens the list; it loads, shows the rules, and each letter opens a page asking for its data")
    func competitions() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let (loading, _) = try AppFixture.state().typing("c")
        #expect(loading.activeScreen == .competitions)
        #expect(loading.screenLines.joined().contains("Loading the competitions…"))

        let state = try fixture.labOpen()
        let screen = state.screenLines.joined(separator: "\n")
        #expect(screen.contains("› toy"))
        #expect(screen.contains("Predict n for id n."))
        #expect(screen.contains("RMSE, lower is better"))
        #expect(screen.contains("5 of 5 submissions left"))
        #expect(screen.contains("2 submissions count for the private"))
        #expect(screen.contains("train.csv 2 KB"))
        #expect(state.screenLines.last!.contains("e explore  t train  s submit  b leaderboard"))

        #expect(state.typing("e").1 == [.loadDataset(competitionID: "toy", file: .train)])
        #expect(state.typing("s").1 == [.listFolder(path: ".")])
        #expect(state.typing("b").1 == [.loadLeaderboard(competitionID: "toy")])
        #expect(state.typing("t").0.activeScreen == .train)
        #expect(state.typing("q").0.lab == nil)
        // The help overlay names the screen and lists its keys.
        let help = state.typing("?").0.screenLines.joined(separator: "\n")
        #expect(help.contains("Keys · Competitions"))
        #expect(help.contains("explore its data files"))
    }

    @Test("? on every lab page lists all of its keys, in full")
    func helpOnEveryPage() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let list = try fixture.labOpen()
        let pages: [(String, ActiveScreen, String)] = [("", .competitions, "Competitions"), ("e", .explorer, "Dataset explorer"),
                                                      ("t", .train, "Train"), ("s", .submit, "Submit"), ("b", .leaderboard, "Leaderboard"),
                                                      ("f", .final, "Final submissions")]
        for (key, screen, name) in pages {
            let page = list.typing(key).0
            #expect(page.activeScreen == screen)
            let help = page.typing("?").0.screenLines.joined(separator: "\n")
            #expect(help.contains("Keys · \(name)"))
            for (keys, action) in KeyHelp.keys(of: screen) {
                #expect(help.contains(keys) && help.contains(action), "\(name): \(keys) \(action)")
            }
        }
    }

    @Test("the explorer shows rows and the selected column's statistics; f asks for the other file")
    func explorer() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let (opened, _) = try fixture.labOpen().typing("e")
        let profile = try fixture.lab.profile(competitionID: "toy", file: .train)
        var state = CourseApp.receive(opened, .dataset(profile)).0
        var lines = state.screenLines
        #expect(lines[0].contains("toy · train.csv · 20 rows × 3 columns"))
        #expect(lines[1].contains("Id") && lines[1].contains("x") && lines[1].contains("value"))
        #expect(lines[2].hasPrefix(" 1 101"))  // row 1 is id 101
        // x is the second column; x and value = 2x + 1 are perfectly correlated (r = 1 by hand).
        state = state.typing("l").0
        lines = state.screenLines
        #expect(lines.contains { $0.contains("── x ──") })
        #expect(lines.contains { $0.contains("mean 4.75") })  // (0 + 0.5 + … + 9.5) / 20
        #expect(lines.contains { $0.contains("correlation with value: r = +1.000") })
        let (switched, effects) = state.typing("f")
        #expect(effects == [.loadDataset(competitionID: "toy", file: .test)])
        #expect(switched.screenLines.joined().contains("Reading test.csv…"))
    }

    @Test("a file wider and longer than the window scrolls both ways and keeps the selected column on screen")
    func explorerScrolls() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        // 30 numeric columns c0…c29 of width 6 ("c10000"-style values), 50 rows: far wider and longer than 80×24.
        let header = (0..<30).map { "c\($0)" }.joined(separator: ",") + ",value"
        let rows: [String] = (0..<50).map { (row: Int) -> String in
            let fields: [String] = (0..<30).map { (column: Int) -> String in String(10_000 + row * 100 + column) }
            return fields.joined(separator: ",") + ",\(row)"
        }
        try (([header] + rows).joined(separator: "\n") + "\n").write(
            to: fixture.course.url.appending(path: "datasets/toy/train.csv"), atomically: true, encoding: .utf8)
        let (opened, _) = try fixture.labOpen().typing("e")
        var state = CourseApp.receive(opened, .dataset(try fixture.lab.profile(competitionID: "toy", file: .train))).0
        #expect(state.screenLines[1].contains("c0 "))
        #expect(!state.screenLines[1].contains("c29"))

        state = state.typing("$").0  // the last column, "value"
        var lines = state.screenLines
        #expect(lines[0].contains("column 31/31"))
        #expect(lines[1].contains("value"))
        #expect(!lines[1].contains("c0 "))
        #expect(lines.contains { $0.contains("── value ──") })

        state = state.typing("G").0  // the last rows: 12 visible at 24 rows, so rows 39…50
        lines = state.screenLines
        #expect(lines[2].hasPrefix("39 "))  // a gutter of 2 digits and a space
        #expect(lines[13].hasPrefix("50 "))
        state = state.typing("0g").0
        #expect(state.screenLines[2].hasPrefix(" 1 10000"))
    }

    @Test("the training form edits and checks values, runs with progress, and Esc cancels the run")
    func trainingFormAndCancel() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        var state = try fixture.labOpen().typing("t").0
        #expect(state.screenLines[1].contains("‹ gbdt ›"))
        // The third field is the first hyperparameter of gbdt, learning_rate (default 0.1).
        state = state.after([.key(.down), .key(.down), .key(.enter)]).0
        state = state.after([.key(.backspace), .key(.backspace), .key(.backspace)]).0.typing("abc").0
        state = state.after([.key(.enter)]).0
        #expect(state.message?.contains("learning_rate must be a number > 0") == true)
        state = state.after([.key(.escape), .key(.enter), .key(.backspace), .key(.backspace), .key(.backspace)]).0.typing("0.05").0
        state = state.after([.key(.enter)]).0
        #expect(state.screenLines.contains { $0.contains("learning_rate") && $0.contains("0.05 *") })

        let (running, effects) = state.typing("t")
        #expect(effects == [.startTraining(competitionID: "toy", model: "gbdt", parameters: ["learning_rate=0.05"], folds: 5, outputPath: "toy-gbdt.csv")])
        #expect(running.screenLines.joined().contains("Training gbdt…"))
        let midway = CourseApp.receive(running, .trainingProgress(TrainingProgress(completed: 2, total: 6, stage: "fold 3 of 5"))).0
        let midwayScreen = midway.screenLines.joined(separator: "\n")
        #expect(midwayScreen.contains("2/6"))
        #expect(midwayScreen.contains("fold 3 of 5"))
        #expect(midway.typing("t").1.isEmpty)  // no second run while one is going

        let (cancelling, cancel) = midway.after([InputEvent.key(.escape)])
        #expect(cancel == [.cancelTraining])
        #expect(cancelling.screenLines.joined().contains("Cancelling"))
        let cancelled = CourseApp.receive(cancelling, .trainingCancelled).0
        #expect(cancelled.screenLines.joined().contains("Training cancelled;"))
        #expect(cancelled.activeScreen == .train)
    }

    @Test("a finished run shows the CV score and the file; s offers that file for submission")
    func trainingReport() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let output = fixture.course.url.appending(path: "toy-linear.csv").path
        let report = try fixture.lab.train(
            competitionID: "toy", options: TrainingOptions(model: "linear", folds: 2, outputPath: output))
        let running = try fixture.labOpen().typing("t").0.typing("t").0
        let done = CourseApp.receive(running, .trainingFinished(report)).0
        let screen = done.screenLines.joined(separator: "\n")
        // value = 2x + 1 exactly: a linear model's CV error is 0.
        #expect(screen.contains("CV RMSE: 0.00000 ± 0.00000"))
        #expect(screen.contains("Wrote 10 predictions to"))
        let (submitting, effects) = done.typing("s")
        #expect(effects == [.listFolder(path: ".")])
        #expect(submitting.screenLines[4].contains("› the predictions just trained: " + output.prefix(20)))
    }

    @Test("the picker lists folders and CSV files; a refused file shows every problem, a scored one its rank")
    func submit() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        var state = try fixture.labOpen().typing("s").0
        let folder = fixture.course.url.appending(path: "submissions").path
        state = CourseApp.receive(state, .folder(path: folder, entries: [
            FolderEntry(name: "notes.txt", isFolder: false, bytes: 10), FolderEntry(name: "good.csv", isFolder: false, bytes: 100),
            FolderEntry(name: "old", isFolder: true, bytes: 0),
        ])).0
        let lines = state.screenLines
        #expect(lines[4].contains("› ../"))
        #expect(lines[5].contains("old/"))
        #expect(lines[6].contains("good.csv"))
        #expect(!lines.joined().contains("notes.txt"))
        // Backspace lists the course folder, the one above submissions/.
        #expect(state.after([.key(.backspace)]).1 == [.listFolder(path: fixture.course.url.standardizedFileURL.path)])

        let good = try fixture.course.file(named: "good.csv", containing: TemporaryCourse.submission(offset: 0.5))
        let (submitting, effects) = state.typing("jj").0.after([.key(.enter)])
        #expect(effects == [.submit(competitionID: "toy", path: good)])
        #expect(submitting.screenLines.joined().contains("Validating and scoring"))

        // A file with a missing id and a bad number: every problem is listed.
        let bad = try fixture.course.file(named: "bad.csv", containing: "Id,value\n1,1\n2,abc\n")
        let rejection = try #require(throws: SubmissionRejection.self) {
            try fixture.lab.submit(competitionID: "toy", filePath: bad, message: nil)
        }
        let refused = CourseApp.receive(submitting, .submissionRefused(rejection.description.split(separator: "\n").map(String.init))).0
        let refusedScreen = refused.screenLines.joined(separator: "\n")
        #expect(refusedScreen.contains("Nothing was stored and no submission was used."))
        #expect(refusedScreen.contains(String(rejection.description.split(separator: "\n")[0].prefix(40))))

        let receipt = try fixture.lab.submit(competitionID: "toy", filePath: good, message: nil)
        let scored = CourseApp.receive(submitting, .submitted(receipt)).0.screenLines.joined(separator: "\n")
        #expect(scored.contains("public score  0.50000"))  // every prediction is off by 0.5
        #expect(scored.contains("✓ your first score here"))
        #expect(scored.contains("public rank   1 of 1"))
        #expect(scored.contains("left today    4 of 5"))
    }

    @Test("the leaderboard selects the learner's row, marks it, and draws their score history")
    func leaderboard() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let now = Date()
        for (login, offset) in [("bob", 0.25), ("ada", 1.0), ("ada", 0.5), ("cyd", 2.0)] {
            let path = try fixture.course.file(named: "\(login)-\(offset).csv", containing: TemporaryCourse.submission(offset: offset))
            _ = try Lab(root: CourseRoot(url: fixture.course.url), store: fixture.store, login: login, clock: { now })
                .submit(competitionID: "toy", filePath: path, message: nil)
        }
        let data = LeaderboardData(
            publicReport: try fixture.lab.leaderboard(competitionID: "toy", kind: .public), privateScores: nil,
            history: try fixture.lab.history(competitionID: "toy"))
        let state = CourseApp.receive(try fixture.labOpen().typing("b").0, .leaderboard(data)).0
        let lines = state.screenLines
        #expect(lines[2].contains("1  bob") && lines[2].contains("0.25000"))
        #expect(lines[3].hasPrefix("›"))
        #expect(lines[3].contains("2  ada (you)"))
        #expect(lines[3].contains("0.50000"))
        #expect(lines[4].contains("3  cyd"))
        #expect(lines.contains { $0.contains("Your public scores (2, lower is better): █▁") })  // 1.0 then 0.5
        #expect(lines.contains { $0.contains("Private scores stay hidden until the deadline") })
        #expect(!lines[1].contains("private"))
        #expect(state.typing("G").0.typing("y").0.screenLines[3].hasPrefix("›"))
    }

    @Test("f lists the learner's submissions; space ticks within the limit, Enter saves, and a closed competition is read-only")
    func finalSubmissions() throws {
        let fixture = try Fixture()
        defer { fixture.course.remove() }
        let now = Date()
        // ada's #1 scores 1.0, #2 0.5, #3 2.0 on both parts: her best public are #2 and #1.
        for offset in [1.0, 0.5, 2.0] {
            let path = try fixture.course.file(named: "ada-\(offset).csv", containing: TemporaryCourse.submission(offset: offset))
            _ = try fixture.lab.submit(competitionID: "toy", filePath: path, message: nil)
        }
        let (opened, effects) = try fixture.labOpen().typing("f")
        #expect(effects == [.loadFinalSelection(competitionID: "toy")])
        #expect(opened.screenLines.joined().contains("Loading your submissions…"))

        var state = CourseApp.receive(opened, .finalSelection(try fixture.lab.finalSelection(competitionID: "toy"))).0
        let lines = state.screenLines
        #expect(lines[1].contains("toy: 2 submissions count for the private ranking; you have not chosen, so"))
        #expect(lines[2].contains("your best public scores count: #1, #2."))
        #expect(lines[3].contains("public  counts now  file") && !lines[3].contains("private"))
        #expect(lines[4].hasPrefix("› [ ]    #1") && lines[4].contains("1.00000  yes"))
        #expect(lines[5].hasPrefix("  [ ]    #2") && lines[5].contains("0.50000  yes"))
        #expect(lines[6].hasPrefix("  [ ]    #3") && !lines[6].contains("yes"))

        // Tick #3 and #1; a third tick is refused with the reason.
        state = state.typing("j").0.typing("j").0.typing(" ").0.typing("g").0.typing(" ").0
        #expect(state.lab?.page.flatMap { if case .final(let final) = $0 { final.ticked } else { nil } } == Set<Int64>([1, 3]))
        #expect(state.screenLines[0].contains("not saved"))
        let refused = state.typing("j").0.typing(" ").0
        #expect(refused.screenLines.last!.contains("At most 2 can count: untick one first."))

        // Esc with unsaved ticks warns once; Enter saves them.
        #expect(state.typing("q").0.activeScreen == .final)
        #expect(state.typing("q").0.typing("q").0.activeScreen == .competitions)
        let (saving, saveEffects) = state.after([.key(.enter)])
        #expect(saveEffects == [.saveFinalSelection(competitionID: "toy", submissionIDs: [1, 3])])
        let saved = CourseApp.receive(saving, .finalSelection(try fixture.lab.select(competitionID: "toy", submissionIDs: [1, 3]))).0
        #expect(saved.screenLines.last!.contains("Saved: your choice counts."))
        #expect(saved.screenLines[1].contains("you chose #1, #3."))
        #expect(saved.screenLines[4].hasPrefix("› [x]    #1") && saved.screenLines[6].hasPrefix("  [x]    #3"))
        #expect(!saved.screenLines[0].contains("not saved"))
        #expect(saved.typing("q").0.activeScreen == .competitions)
        #expect(try fixture.store.submissions(login: "ada", competition: "toy").map(\.selected) == [true, false, true])

        // After the deadline the page shows private scores and refuses ticks.
        try fixture.course.writeCourseFile(#"{"competitions": {"toy": {"deadline": "2020-01-01T00:00:00Z"}}}"#)
        let closedLab = try Lab(root: CourseRoot(url: fixture.course.url), store: fixture.store, login: "ada", clock: { now })
        let closed = CourseApp.receive(opened, .finalSelection(try closedLab.finalSelection(competitionID: "toy"))).0
        #expect(closed.screenLines[3].contains("private"))
        #expect(closed.screenLines[2].contains("Closed at 2020-01-01 00:00 UTC: this selection is final."))
        #expect(closed.typing(" ").0.screenLines.last!.contains("The competition is closed: this selection is final."))
    }
}
