import AilabTestSupport
import Foundation
import Testing

@Suite("Concurrent submissions")
struct ConcurrentSubmitTests {
    @Test("4 processes submitting 25 times each at once leave exactly 100 rows")
    func fourWriters() throws {
        let course = try TemporaryCourse(dailyLimit: 1000)
        defer { course.remove() }
        let database = course.url.appending(path: "ailab.sqlite").path
        let file = try course.file(named: "ok.csv", containing: TemporaryCourse.submission(offset: 1))
        let binary = ailabBinaryURL().path
        // Four shell loops start together; each runs `ailab submit` 25 times and fails on the first error.
        let loop = "for i in $(seq 25); do \"$0\" submit toy \"$1\" -m \"w$2-$i\" > /dev/null || exit 1; done"
        let writers = try (1...4).map { writer in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", loop, binary, file, String(writer)]
            process.environment = ["AILAB_DB": database, "AILAB_ROOT": course.url.path, "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == [0, 0, 0, 0])

        let env = ["AILAB_DB": database, "AILAB_ROOT": course.url.path]
        let history = try run(ailabBinaryURL(), ["submissions", "toy"], environment: env)
        // A header, a rule, then one line per submission.
        let rows = history.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 100)
        for writer in 1...4 {
            #expect(rows.filter { $0.contains(" w\(writer)-") }.count == 25)
        }
        let ids = Set(rows.map { $0.split(separator: " ").first! })
        #expect(ids.count == 100)
    }
}
