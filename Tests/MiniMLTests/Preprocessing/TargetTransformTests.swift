import Foundation
import MiniML
import Testing

@Suite("TargetTransform")
struct TargetTransformTests {
    @Test(arguments: TargetTransform.allCases)
    func inverseUndoesForward(_ transform: TargetTransform) throws {
        let y: [Double] = [0.5, 1, 208_500, 1e-3]
        let back = transform.inverse(try transform.forward(y))
        #expect(zip(back, y).allSatisfy { abs($0 - $1) <= 1e-12 * $1 })
    }

    @Test func forwardValuesByHand() throws {
        // log(e²) = 2; log1p(e − 1) = 1; log1p(0) = 0.
        #expect(try TargetTransform.log.forward([1, exp(2)]) == [0, 2])
        #expect(try TargetTransform.log1p.forward([0, M_E - 1]) == [0, 1])
        #expect(try TargetTransform.none.forward([-3, .nan]).count == 2)
    }

    @Test func valuesOutsideTheDomainThrowWithTheirRow() throws {
        #expect(throws: MiniMLError.invalidInput("the log target transform needs targets > 0; row 2 has 0.0")) {
            try TargetTransform.log.forward([3, 1, 0, -1])
        }
        #expect(throws: MiniMLError.invalidInput("the log1p target transform needs targets > -1; row 1 has -1.0")) {
            try TargetTransform.log1p.forward([0, -1])
        }
        let nan = #expect(throws: MiniMLError.self) { try TargetTransform.log.forward([1, .nan]) }
        #expect(nan?.description.contains("row 1") == true)
    }
}
