import MiniML

/// Every record of `text` read with ``CSVReader``.
func readRecords(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [CSVRecord] {
    try readRecords(Array(text.utf8), delimiter: delimiter)
}

/// Every record of `bytes` read with ``CSVReader``.
func readRecords(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws -> [CSVRecord] {
    var reader = CSVReader(bytes: bytes, delimiter: delimiter)
    var records: [CSVRecord] = []
    while let record = try reader.next() {
        records.append(record)
    }
    return records
}

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Whether `value` is within a relative 1e-12 of `expected` (reference tools may sum in another order).
func isClose(_ value: Double, _ expected: Double) -> Bool {
    abs(value - expected) <= 1e-12 * max(1, abs(expected))
}

/// Whether every entry of `values` is within `tolerance` of `expected` (and the counts agree).
func allClose(_ values: [Double], _ expected: [Double], tolerance: Double) -> Bool {
    values.count == expected.count && zip(values, expected).allSatisfy { abs($0 - $1) <= tolerance }
}
