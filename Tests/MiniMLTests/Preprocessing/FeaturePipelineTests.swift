import MiniML
import Testing

/// Steps chained: each fitted on what the steps before it produce. Expected values by hand.
@Suite("FeaturePipeline")
struct FeaturePipelineTests {
    private let train: DataTable
    private let test: DataTable

    init() throws {
        let trainCSV = """
            Id,Zone,Quality,Area,Review,SalePrice
            1,RL,Gd,100,lovely,200
            2,RM,TA,NA,ok,150
            3,RL,Ex,300,NA,400
            4,NA,Gd,200,bad,250
            """
        train = try DataTable(csv: CSVTable(bytes: Array(trainCSV.utf8)), types: ["Review": .text])
        let testCSV = """
            Id,Zone,Quality,Area,Review
            5,FV,Ex,NA,great
            6,RM,Po,400,meh
            """
        test = try DataTable(csv: CSVTable(bytes: Array(testCSV.utf8)), like: train)
    }

    private func pipeline() -> FeaturePipeline {
        FeaturePipeline([
            ColumnDropper(columns: ["Id", "Review", "SalePrice"]),
            Imputer(strategy: .median),
            Imputer(strategy: .mostFrequent, types: [.categorical]),
            OrdinalEncoder(orders: ["Quality": ["Po", "Fa", "TA", "Gd", "Ex"]]),
            OneHotEncoder(),
            StandardScaler(columns: ["Area"]),
        ])
    }

    @Test func stepsApplyInOrderWithTrainingStatistics() throws {
        var features = pipeline()
        try features.fit(train)
        // Training: Area 100, 300, 200 → median 200, filled: 100 200 300 200, mean 200,
        // population variance (10000 + 0 + 10000 + 0) / 4 = 5000. Zone: RL is most frequent.
        let (matrix, names) = try features.matrix(train)
        #expect(names == ["Zone=RL", "Zone=RM", "Quality", "Area"])
        let deviation = 5000.0.squareRoot()
        #expect(matrix == Matrix([
            [1, 0, 3, -100 / deviation],
            [0, 1, 2, 0],
            [1, 0, 4, 100 / deviation],
            [1, 0, 3, 0],
        ]))
        // Test: FV unseen → zeros; Area missing → training median 200 → 0; 400 → 200 / √5000;
        // Po → 0. No SalePrice column: the dropper ignores it.
        let testFeatures = try features.transform(test)
        #expect(testFeatures.columnNames == names)
        #expect(try testFeatures.numericMatrix().matrix == Matrix([
            [0, 0, 4, 0],
            [0, 1, 0, 200 / deviation],
        ]))
    }

    @Test func fitTransformEqualsFitThenTransform() throws {
        var once = pipeline()
        let direct = try once.fitTransform(train)
        var twice = pipeline()
        try twice.fit(train)
        #expect(try twice.transform(train) == direct)
    }

    @Test func aMisspeltColumnToDropThrowsAtFit() throws {
        var features = FeaturePipeline([ColumnDropper(columns: ["Idd"])])
        #expect(throws: MiniMLError.invalidInput("ColumnDropper: the table has no column 'Idd'")) { try features.fit(train) }
    }

    @Test func matrixRefusesLeftoverWords() throws {
        var features = FeaturePipeline([ColumnDropper(columns: ["Review"])])
        try features.fit(train)
        #expect(throws: MiniMLError.self) { try features.matrix(train) }
    }
}
