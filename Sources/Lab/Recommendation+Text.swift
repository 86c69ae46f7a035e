import Foundation

extension Recommendation {
    /// The title with its year, "Toy Story (1995)", or "item <id>" when the item file has no title.
    public var displayTitle: String {
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return "item \(itemID)" }
        return year.map { "\(title) (\($0))" } ?? title
    }

    /// What `ailab recommend` prints: a numbered table of predicted rating, title, genres and item id.
    public static func text(_ recommendations: [Recommendation], userID: String, model: String) -> String {
        let rows = recommendations.enumerated().map { number, item in
            ["\(number + 1).", String(format: "%.2f", item.predictedRating), item.displayTitle,
             item.genres.joined(separator: ", "), item.itemID]
        }
        let table = alignedColumns(header: ["#", "rating", "title", "genres", "id"], rows: rows, rightAligned: [0, 1, 4])
        return (["Top \(recommendations.count) for user \(userID) (\(model)), among items they have not rated:"] + table)
            .joined(separator: "\n") + "\n"
    }
}
