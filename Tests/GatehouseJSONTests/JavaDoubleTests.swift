import GatehouseJSON
import Testing

/// Java 17's Double.toString / Float.toString on thousands of values (scripts/probes/DoubleProbe.java).
@Suite struct JavaDoubleTests {
    @Test func doublesMatchJava() {
        var mismatches: [String] = []
        let rows = Fixtures.load("double-cases.json").arrayValue!
        for row in rows {
            let bits = UInt64(row[0]!.stringValue!, radix: 16)!
            let expected = row[1]!.stringValue!
            let actual = JavaDouble.string(Double(bitPattern: bits))
            if actual != expected { mismatches.append("\(expected) → \(actual)") }
        }
        #expect(rows.count > 3000)
        #expect(mismatches == [], "\(mismatches.count) of \(rows.count) differ")
    }

    @Test func floatsMatchJava() {
        var mismatches: [String] = []
        let rows = Fixtures.load("float-cases.json").arrayValue!
        for row in rows {
            let bits = UInt32(row[0]!.stringValue!, radix: 16)!
            let expected = row[1]!.stringValue!
            let actual = JavaDouble.string(Float: Float(bitPattern: bits))
            if actual != expected { mismatches.append("\(expected) → \(actual)") }
        }
        #expect(mismatches == [], "\(mismatches.count) of \(rows.count) differ")
    }

    @Test func formatThresholds() {
        #expect(JavaDouble.string(1.0) == "1.0")
        #expect(JavaDouble.string(1.5e10) == "1.5E10")
        #expect(JavaDouble.string(1.0e-5) == "1.0E-5")
        #expect(JavaDouble.string(0.001) == "0.001")
        #expect(JavaDouble.string(1e7) == "1.0E7")
        #expect(JavaDouble.string(9999999.0) == "9999999.0")
        #expect(JavaDouble.string(-0.0) == "-0.0")
        #expect(JavaDouble.string(.nan) == "NaN")
        #expect(JavaDouble.string(-.infinity) == "-Infinity")
        #expect(JavaDouble.string(100.0) == "100.0")
    }
}
