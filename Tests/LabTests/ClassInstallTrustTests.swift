import AilabTestSupport
import Foundation
import Grader
import Lab
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `ClassInstall.checkTrusted`: a class install uses only files that root alone could have put there.
@Suite("Class install: trusted paths")
struct ClassInstallTrustTests {
    @Test("a file under folders owned by root and writable by root alone is trusted; the system's own are")
    func systemPathsAreTrusted() throws {
        try ClassInstall.checkTrusted("/usr/bin/env")
        try ClassInstall.checkTrusted("/etc/passwd")
    }

    @Test("a folder anyone may write, without the sticky bit, is not trusted", .enabled(if: getuid() == 0, "needs root to own the folder"))
    func worldWritableFolder() throws {
        let folder = try makeTemporaryDirectory(prefix: "ailab-trust")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "course.json")
        try Data("{}".utf8).write(to: file)
        try ClassInstall.checkTrusted(file.path)

        chmod(folder.path, 0o777)
        #expect(throws: CourseError.untrustedClassFile(path: folder.path, reason: "group or others may write it")) {
            try ClassInstall.checkTrusted(file.path)
        }
        chmod(folder.path, 0o1777)  // sticky, like /tmp: only root may rename root's files in it
        try ClassInstall.checkTrusted(file.path)
        chmod(file.path, 0o664)
        #expect(throws: CourseError.untrustedClassFile(path: file.path, reason: "group or others may write it")) {
            try ClassInstall.checkTrusted(file.path)
        }
    }

    @Test("a file owned by someone other than root is not trusted")
    func notOwnedByRoot() throws {
        let folder = try makeTemporaryDirectory(prefix: "ailab-trust")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "ailab")
        try Data().write(to: file)
        // As root, give the file to "nobody" (65534); otherwise the test's own user already is not root.
        if getuid() == 0 { chown(file.path, 65534, 65534) }
        #expect(throws: CourseError.untrustedClassFile(path: file.path, reason: "it is not owned by root")) {
            try ClassInstall.checkTrusted(file.path)
        }
    }
}
