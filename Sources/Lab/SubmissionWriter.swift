import Foundation
import Grader

extension Lab {
    /// Writes `id,prediction` rows atomically, keeping predictions inside the metric's rule (a price
    /// model may never predict 0 or less; a probability stays in [0, 1]).
    func writeSubmission(ids: [String], predictions: [Double], rule: ValueRule, header: String, to path: String) throws {
        var text = header + "\n"
        for (id, raw) in zip(ids, predictions) {
            let value: Double
            switch rule {
            case .positive: value = max(raw, 1e-6)
            case .closedRange(let low, let high): value = min(max(raw, low), high)
            case .finite: value = raw
            }
            text += "\(csvField(id)),\(value)\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
