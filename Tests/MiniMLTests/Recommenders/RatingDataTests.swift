import MiniML
import Testing

@Suite("Rating data")
struct RatingDataTests {
    @Test("users and items are numbered in order of first appearance, with maps both ways")
    func numbering() throws {
        let data = try ratings([("7", "b", 4), ("3", "a", 2), ("7", "a", 5)])
        #expect(data.userIDs == ["7", "3"] && data.itemIDs == ["b", "a"])
        #expect(data.userIndex == ["7": 0, "3": 1] && data.itemIndex == ["b": 0, "a": 1])
        #expect(data.users == [0, 1, 0] && data.items == [0, 1, 1] && data.values == [4, 2, 5])
        #expect(data.count == 3 && data.mean == 11.0 / 3)
    }

    @Test("a selection is renumbered, so users and items outside it become unknown")
    func selection() throws {
        let data = try ratings([("7", "b", 4), ("3", "a", 2), ("7", "a", 5)])
        let selected = data.selecting(rows: [2, 1])
        #expect(selected.userIDs == ["7", "3"] && selected.itemIDs == ["a"])
        #expect(selected.values == [5, 2] && selected.items == [0, 0])
        #expect(selected.itemIndex["b"] == nil)
    }

    @Test("bad ratings are refused with the row")
    func badInput() {
        #expect(throws: MiniMLError.invalidInput("rating 5.5 at row 1 is outside the scale 0.5…5.0")) {
            try ratings([("1", "a", 4), ("1", "b", 5.5)])
        }
        #expect(throws: MiniMLError.invalidInput("user 1 rated item a twice (rows 0 and 2)")) {
            try ratings([("1", "a", 4), ("2", "a", 3), ("1", "a", 5)])
        }
        #expect(throws: MiniMLError.emptyInput) { try ratings([]) }
        #expect(throws: MiniMLError.shapeMismatch("2 users, 1 items and 1 ratings")) {
            try RatingData(users: ["1", "2"], items: ["a"], ratings: [3], scale: 0.5...5)
        }
        #expect(throws: MiniMLError.invalidParameter(name: "scale", reason: "must run from a lower to a higher finite rating, not 3.0...3.0")) {
            try RatingData(users: ["1"], items: ["a"], ratings: [3], scale: 3...3)
        }
    }
}
