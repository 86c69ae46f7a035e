import AilabTestSupport
import Foundation
import Testing

@Suite("Installed layout and environment")
struct InstallLayoutTests {
    let repository = repositoryRoot(from: #filePath)

    @Test("run by name from PATH, an installed ailab finds its course in <prefix>/share/ailab")
    func installedPrefix() throws {
        let prefix = try makeTemporaryDirectory(prefix: "ailab-prefix")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appending(path: "bin"), share = prefix.appending(path: "share/ailab")
        for folder in [bin, share] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: ailabBinaryURL(), to: bin.appending(path: "ailab"))
        for item in ["course.json", "grader"] {
            try FileManager.default.copyItem(at: repository.appending(path: item), to: share.appending(path: item))
        }
        // Only the data folder's sample files matter here; an empty datasets/ folder marks the layout.
        try FileManager.default.createDirectory(at: share.appending(path: "datasets"), withIntermediateDirectories: true)
        let result = try run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "ailab competitions"],
            environment: ["PATH": bin.path + ":/usr/bin:/bin", "AILAB_DB": prefix.appending(path: "db.sqlite").path],
            in: prefix)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("house-prices — House Prices"))
    }

    @Test("a database path that cannot be created is an exit-3 error naming the path")
    func unusableDatabase() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A regular file where the database's parent folder should be.
        let blocker = folder.appending(path: "not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let result = try run(ailabBinaryURL(), ["competitions", "--db", blocker.appending(path: "ailab.sqlite").path],
                             environment: ["AILAB_ROOT": repository.path])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains("not-a-folder"))
    }
}
