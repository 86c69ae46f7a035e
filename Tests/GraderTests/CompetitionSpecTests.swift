import Foundation
import Testing
@testable import Grader

@Suite("Competition specs")
struct CompetitionSpecTests {
    /// Writes `json` as a spec file in a fresh folder and loads it.
    private func load(_ json: String) throws -> CompetitionSpec {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "competition.json")
            try write(json, to: url)
            return try CompetitionSpec.load(from: url)
        }
    }

    /// Writes `json`, expects the load to fail with `invalidFile` naming that file, and returns the reason.
    private func rejectionReason(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "competition.json")
            try write(json, to: url)
            let error = try #require(throws: CourseError.self, sourceLocation: sourceLocation) {
                try CompetitionSpec.load(from: url)
            }
            guard case .invalidFile(let path, let line, let reason) = error else {
                Issue.record("expected invalidFile, got \(error)", sourceLocation: sourceLocation)
                return ""
            }
            #expect(path == url.path, sourceLocation: sourceLocation)
            #expect(line == nil, sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix(url.path + ": "), "the message starts with the file", sourceLocation: sourceLocation)
            return reason
        }
    }

    @Test("the required keys are read and the optional ones take their defaults")
    func defaults() throws {
        let spec = try load(specJSON())
        #expect(spec.title == "Tiny Houses")
        #expect(spec.description == "Ten houses, three in the public part.")
        #expect(spec.idColumn == "Id")
        #expect(spec.targetColumn == "SalePrice")
        #expect(spec.metric == .rmseOfLogs)
        #expect(spec.direction == .lowerIsBetter)
        #expect(spec.dailyLimit == 5)
        #expect(spec.publicFraction == 0.3)
        #expect(spec.finalSelections == 2)
        #expect(spec.deadline == nil)
    }

    @Test("explicit settings override the defaults")
    func explicitSettings() throws {
        let spec = try load(specJSON([
            "metric": #""roc-auc""#, "direction": #""higher""#, "dailyLimit": "3", "publicFraction": "0.25",
            "finalSelections": "1",
        ]))
        #expect(spec.metric == .rocAUC)
        #expect(spec.direction == .higherIsBetter)
        #expect(spec.dailyLimit == 3)
        #expect(spec.publicFraction == 0.25)
        #expect(spec.finalSelections == 1)
    }

    @Test("each metric has its direction", arguments: [
        ("rmse-log", CompetitionMetric.rmseOfLogs, ScoreDirection.lowerIsBetter),
        ("rmse", .rmse, .lowerIsBetter),
        ("roc-auc", .rocAUC, .higherIsBetter),
    ])
    func metricDirections(name: String, metric: CompetitionMetric, direction: ScoreDirection) throws {
        let spec = try load(specJSON(["metric": "\"\(name)\"", "direction": "\"\(direction.rawValue)\""]))
        #expect(spec.metric == metric)
        #expect(spec.direction == direction)
    }

    // Unix times from Python: datetime.fromisoformat("2027-06-30T23:59:59+00:00").timestamp() = 1814399999.0.
    // The offset forms are the same wall-clock time elsewhere: +02:00 is 7,200 s earlier (1814392799),
    // -05:30 is 19,800 s later (1814419799).
    @Test("deadlines are ISO 8601 times with a zone", arguments: [
        ("2027-06-30T23:59:59Z", 1_814_399_999.0),
        ("2027-06-30T23:59:59+02:00", 1_814_392_799.0),
        ("2027-06-30T23:59:59-05:30", 1_814_419_799.0),
    ])
    func deadlines(text: String, unixTime: Double) throws {
        let spec = try load(specJSON(["deadline": "\"\(text)\""]))
        #expect(spec.deadline == Date(timeIntervalSince1970: unixTime))
    }

    @Test("a competition closes at its deadline, and never without one")
    func closing() throws {
        let deadline = Date(timeIntervalSince1970: 1_814_399_999)
        let folder = FileManager.default.temporaryDirectory.appending(path: "unused-\(UUID().uuidString)")
        var spec = TinyHouses.spec
        spec.deadline = deadline
        let timed = Competition(id: "tiny-houses", spec: spec, graderDirectory: folder, datasetDirectory: folder)
        #expect(!timed.isClosed(at: deadline.addingTimeInterval(-1)))
        #expect(timed.isClosed(at: deadline))
        #expect(timed.isClosed(at: deadline.addingTimeInterval(1)))
        let open = Competition(id: "tiny-houses", spec: TinyHouses.spec, graderDirectory: folder, datasetDirectory: folder)
        #expect(!open.isClosed(at: .distantFuture))
    }

    @Test("an unknown metric is rejected with the list of known ones")
    func unknownMetric() throws {
        let reason = try rejectionReason(specJSON(["metric": #""mae""#]))
        #expect(reason.contains("'mae'"))
        for metric in CompetitionMetric.allCases {
            #expect(reason.contains(metric.rawValue), "names \(metric.rawValue)")
        }
    }

    struct Rejection: Sendable, CustomTestStringConvertible {
        let name: String
        let changes: [String: String?]
        /// Words the reason must contain.
        let expected: [String]
        var testDescription: String { name }
    }

    static let rejections: [Rejection] = [
        Rejection(
            name: "direction contradicting the metric", changes: ["direction": #""higher""#],
            expected: ["'higher'", "rmse-log", "lower is better"]),
        Rejection(
            name: "direction contradicting roc-auc", changes: ["metric": #""roc-auc""#, "direction": #""lower""#],
            expected: ["'lower'", "roc-auc", "higher is better"]),
        Rejection(
            name: "id and target the same column", changes: ["targetColumn": #""Id""#],
            expected: ["idColumn and targetColumn", "'Id'"]),
        Rejection(
            name: "dailyLimit 0", changes: ["dailyLimit": "0"],
            expected: ["dailyLimit", "at least 1", "0"]),
        Rejection(
            name: "dailyLimit negative", changes: ["dailyLimit": "-2"],
            expected: ["dailyLimit", "-2"]),
        Rejection(
            name: "publicFraction 1", changes: ["publicFraction": "1"],
            expected: ["publicFraction", "between 0 and 1"]),
        Rejection(
            name: "publicFraction 0", changes: ["publicFraction": "0"],
            expected: ["publicFraction"]),
        Rejection(
            name: "finalSelections 0", changes: ["finalSelections": "0"],
            expected: ["finalSelections", "at least 1"]),
        Rejection(
            name: "deadline without a zone", changes: ["deadline": #""2027-06-30T23:59:59""#],
            expected: ["deadline", "'2027-06-30T23:59:59'", "zone"]),
        Rejection(
            name: "deadline that is a date only", changes: ["deadline": #""2027-06-30""#],
            expected: ["deadline", "'2027-06-30'"]),
        Rejection(
            name: "deadline in words", changes: ["deadline": #""next Friday""#],
            expected: ["deadline", "'next Friday'"]),
        Rejection(
            name: "missing metric", changes: ["metric": nil],
            expected: ["missing key 'metric'"]),
        Rejection(
            name: "missing idColumn", changes: ["idColumn": nil],
            expected: ["missing key 'idColumn'"]),
        Rejection(
            name: "empty title", changes: ["title": #""  ""#],
            expected: ["title is empty"]),
        Rejection(
            name: "dailyLimit as text", changes: ["dailyLimit": #""5""#],
            expected: ["dailyLimit", "whole number"]),
        Rejection(
            name: "metric null", changes: ["metric": "null"],
            expected: ["metric", "null"]),
    ]

    @Test("bad settings are rejected with a reason naming the file", arguments: rejections)
    func rejected(_ rejection: Rejection) throws {
        let reason = try rejectionReason(specJSON(rejection.changes))
        for word in rejection.expected {
            #expect(reason.contains(word), "'\(reason)' should contain '\(word)'")
        }
    }

    @Test("malformed JSON is rejected naming the file", arguments: [
        #"{"title": "Tiny", "#,
        "",
        "[1, 2, 3]",
        "title: Tiny Houses",
    ])
    func malformedJSON(text: String) throws {
        let reason = try rejectionReason(text)
        #expect(!reason.isEmpty)
        if text != "[1, 2, 3]" {
            #expect(reason.hasPrefix("not valid JSON"), "\(reason)")
        }
    }

    @Test("a missing spec file is rejected naming the file")
    func missingFile() throws {
        try withTemporaryDirectory { folder in
            let url = folder.appending(path: "competition.json")
            let error = try #require(throws: CourseError.self) { try CompetitionSpec.load(from: url) }
            guard case .invalidFile(let path, _, let reason) = error else {
                Issue.record("expected invalidFile, got \(error)")
                return
            }
            #expect(path == url.path)
            #expect(reason.hasPrefix("cannot be read"))
        }
    }
}
