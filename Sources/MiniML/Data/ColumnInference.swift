/// Turns one column of CSV fields into a typed ``Column``, inferring its type unless one is given.
///
/// The rule, applied to the non-missing fields (see `CSVMissing.isMissing`):
/// 1. **numeric** when every one is a finite decimal number: digits, an optional sign, point and
///    exponent (`12`, `-0.5`, `3e-2`; not `inf`, `nan`, hexadecimal or padded with spaces).
///    A column with no value at all is numeric, all missing.
/// 2. otherwise **categorical** when it has at most max(20, rows / 20) distinct values (rows counts
///    the missing ones too) and their median length, over the non-missing fields, is at most 40
///    characters;
/// 3. otherwise **text**.
///
/// One pass per column for the common cases: numbers are checked byte by byte before `Double`
/// parses them, and counting distinct values stops as soon as there are too many for a category.
enum ColumnInference {
    /// The most distinct values an inferred categorical column may have among `rowCount` rows.
    static func maximumLevels(rowCount: Int) -> Int {
        max(20, rowCount / 20)
    }

    /// The longest median length, in characters, of an inferred categorical column's values.
    static let maximumMedianLength = 40

    /// The column at `index` of `records`, of type `forced` when given, else inferred.
    /// - Throws: `MiniMLError.invalidInput` when `forced` is numeric and a field is not a finite number.
    /// - Complexity: O(total length of the fields).
    static func column(of records: [CSVRecord], at index: Int, name: String, forced: ColumnType?) throws -> Column {
        if forced == nil || forced == .numeric {
            switch numbers(of: records, at: index) {
            case .success(let values):
                return .numeric(values)
            case .failure(let failure) where forced == .numeric:
                let record = records[failure.row]
                throw MiniMLError.invalidInput(
                    "column '\(name)' is declared numeric but has '\(record[index])' on line \(record.line)")
            case .failure:
                break
            }
        }
        if forced != .text, let column = categories(of: records, at: index, inferring: forced == nil) {
            return column
        }
        return .text(records.map { CSVMissing.isMissing($0[index]) ? nil : $0[index] })
    }

    /// The fields as numbers (NaN where missing), or the first row holding something else.
    private static func numbers(of records: [CSVRecord], at index: Int) -> Result<[Double], RowFailure> {
        var values = [Double]()
        values.reserveCapacity(records.count)
        for (row, record) in records.enumerated() {
            let field = record[index]
            if CSVMissing.isMissing(field) {
                values.append(.nan)
            } else if let value = decimalNumber(field) {
                values.append(value)
            } else {
                return .failure(RowFailure(row: row))
            }
        }
        return .success(values)
    }

    /// The finite number written in `field`, or `nil`.
    private static func decimalNumber(_ field: String) -> Double? {
        let plausible = field.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }
        guard plausible, let value = Double(field), value.isFinite else { return nil }
        return value
    }

    /// The fields as a categorical column; when `inferring`, `nil` as soon as there are too many
    /// distinct values, or at the end when their median length is too long.
    private static func categories(of records: [CSVRecord], at index: Int, inferring: Bool) -> Column? {
        let limit = inferring ? maximumLevels(rowCount: records.count) : Int.max
        var codeOf: [String: Int32] = [:]
        var levels: [String] = []
        var counts: [Int] = []
        var codes = [Int32]()
        codes.reserveCapacity(records.count)
        for record in records {
            let field = record[index]
            if CSVMissing.isMissing(field) {
                codes.append(-1)
            } else if let code = codeOf[field] {
                codes.append(code)
                counts[Int(code)] += 1
            } else {
                guard levels.count < limit else { return nil }
                let code = Int32(levels.count)
                codeOf[field] = code
                levels.append(field)
                counts.append(1)
                codes.append(code)
            }
        }
        if inferring, medianLength(levels: levels, counts: counts) > Double(maximumMedianLength) {
            return nil
        }
        return .categorical(codes: codes, levels: levels)
    }

    /// The median, over all occurrences, of the levels' lengths in characters (the mean of the two
    /// middle ones for an even number of occurrences).
    private static func medianLength(levels: [String], counts: [Int]) -> Double {
        let byLength = zip(levels.map(\.count), counts).sorted { $0.0 < $1.0 }
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        /// The length at 0-based position `position` among the occurrences sorted by length.
        func length(at position: Int) -> Int {
            var seen = 0
            for (length, count) in byLength {
                seen += count
                if position < seen { return length }
            }
            preconditionFailure("position \(position) beyond \(total) occurrences")
        }
        return Double(length(at: (total - 1) / 2) + length(at: total / 2)) / 2
    }
}

/// The row where a column stopped being readable as numbers.
private struct RowFailure: Error {
    let row: Int
}
