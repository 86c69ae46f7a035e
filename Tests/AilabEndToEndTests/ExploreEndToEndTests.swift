import AilabTestSupport
import Foundation
import Testing

@Suite("ailab explore, end to end")
final class ExploreEndToEndTests {
    /// A folder for the database ailab opens (explore reads no submission, but every command opens it).
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = try makeTemporaryDirectory()
        environment = ["AILAB_ROOT": repositoryRoot(from: #filePath).path, "AILAB_DB": folder.appending(path: "ailab.sqlite").path]
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test("the overview has a line per column; --column draws the histogram of SalePrice")
    func housePrices() throws {
        let overview = try run(ailabBinaryURL(), ["explore", "house-prices"], environment: environment)
        #expect(overview.status == 0, "stderr: \(overview.stderr)")
        #expect(overview.stdout.hasPrefix("house-prices train.csv: 1460 rows, 81 columns; target SalePrice\n"))
        // One line per column after the heading, the blank line and the header.
        #expect(overview.stdout.split(separator: "\n").filter { $0.hasPrefix("LotArea ") || $0.hasPrefix("SalePrice ") }.count == 2)

        let column = try run(ailabBinaryURL(), ["explore", "house-prices", "--column", "SalePrice"], environment: environment)
        #expect(column.status == 0)
        #expect(column.stdout.contains("numeric · 0.0% missing"))
        #expect(column.stdout.contains("Histogram, 20 bins of equal width:"))
        // The 20 bins count every one of the 1460 sales.
        let counts = column.stdout.split(separator: "\n").filter { $0.contains(" – ") }
            .compactMap { line in line.split(separator: " ").dropFirst(3).first.flatMap { Int($0) } }
        #expect(counts.count == 20)
        #expect(counts.reduce(0, +) == 1460)
    }

    @Test("the test file has no target; an unknown column is rejected (1) with the near names")
    func testFileAndErrors() throws {
        let test = try run(ailabBinaryURL(), ["explore", "house-prices", "--file", "test"], environment: environment)
        #expect(test.status == 0)
        #expect(test.stdout.hasPrefix("house-prices test.csv: 1470 rows, 80 columns\n"))
        let unknown = try run(ailabBinaryURL(), ["explore", "house-prices", "--column", "Price"], environment: environment)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no column 'Price'; did you mean SalePrice?"))
        let badFile = try run(ailabBinaryURL(), ["explore", "house-prices", "--file", "valid"], environment: environment)
        #expect(badFile.status == 64)
    }
}
