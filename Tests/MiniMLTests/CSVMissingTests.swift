import MiniML
import Testing

@Suite("CSVMissing: empty and NA")
struct CSVMissingTests {
    @Test(arguments: ["", "NA"])
    func recognisesMissingValues(field: String) {
        #expect(CSVMissing.isMissing(field))
    }

    @Test(arguments: ["na", "Na", " NA", "NA ", "N/A", "NaN", "null", "0", " "])
    func keepsEverythingElseAsAValue(field: String) {
        #expect(!CSVMissing.isMissing(field))
    }
}
