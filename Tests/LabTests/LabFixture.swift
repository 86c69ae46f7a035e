import AilabTestSupport
import Foundation
import Grader
import Lab
import Store

/// A temporary course plus one in-memory store shared by every learner of a test.
struct LabFixture {
    let course: TemporaryCourse
    let store: Store

    init(dailyLimit: Int = 5, deadline: String? = nil, instructors: [String] = []) throws {
        course = try TemporaryCourse(dailyLimit: dailyLimit, deadline: deadline, instructors: instructors)
        store = try Store.inMemory()
    }

    /// The lab as `login` sees it at `now`.
    func lab(_ login: String, at now: Date) throws -> Lab {
        try Lab(root: CourseRoot(url: course.url), store: store, login: login, clock: { now })
    }

    /// Submits a file predicting id + offset for every id.
    @discardableResult
    func submit(_ login: String, offset: Double, at now: Date, name: String = "preds.csv") throws -> SubmitReceipt {
        let path = try course.file(named: "\(login)-\(UUID().uuidString)-\(name)", containing: TemporaryCourse.submission(offset: offset))
        return try lab(login, at: now).submit(competitionID: course.competition, filePath: path, message: nil)
    }

    func rowCount() throws -> Int {
        try store.allSubmissions(competition: course.competition).count
    }
}

/// 2026-03-10 14:30:00 UTC, a fixed instant the tests count from.
let noon = Date(timeIntervalSince1970: 1_773_153_000)

extension Date {
    func adding(hours: Double) -> Date { addingTimeInterval(hours * 3600) }
}
