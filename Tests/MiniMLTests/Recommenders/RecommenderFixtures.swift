import MiniML

/// The fixed data set of the reference numbers: users u0…u11 and items m0…m14, user by user;
/// user u rated item i when (7u + 3i) mod 5 < 2, with 0.5 · (1 + (3u + 5i + ui) mod 10) stars
/// (72 ratings). `scripts/bench_ratings_reference.py --test-references` builds the same rows.
func smallRatings() throws -> RatingData {
    var users: [String] = [], items: [String] = [], values: [Double] = []
    for u in 0..<12 {
        for i in 0..<15 where (u * 7 + i * 3) % 5 < 2 {
            users.append("u\(u)")
            items.append("m\(i)")
            values.append(0.5 * Double(1 + (u * 3 + i * 5 + u * i) % 10))
        }
    }
    return try RatingData(users: users, items: items, ratings: values, scale: 0.5...5)
}

/// The (user, item) pairs the references predict: four known pairs ((u5, m7) was rated), then an
/// unknown user and an unknown item.
let referencePairs = [("u0", "m1"), ("u3", "m4"), ("u11", "m14"), ("u5", "m7"), ("nobody", "m1"), ("u2", "nothing")]

/// Ratings from (user, item, value) triples on the 0.5…5 scale.
func ratings(_ triples: [(String, String, Double)]) throws -> RatingData {
    try RatingData(users: triples.map(\.0), items: triples.map(\.1), ratings: triples.map(\.2), scale: 0.5...5)
}
