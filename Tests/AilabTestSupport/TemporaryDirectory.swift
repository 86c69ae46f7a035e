import Foundation

/// A fresh, empty folder under the system's temporary directory.
public func makeTemporaryDirectory(prefix: String = "ailab-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The repository's root folder, found from a test source file's path (`#filePath`):
/// the nearest ancestor that holds `Package.swift`.
public func repositoryRoot(from filePath: String) -> URL {
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path), folder.path != "/" {
        folder = folder.deletingLastPathComponent()
    }
    return folder
}
