@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The fast path for short numbers (`JavaNumberText.fastValue`, with Eisel-Lemire) against the
/// general path that builds the text for `Double.parseDouble`'s exact equivalent.
@Suite struct NumberFastPathTests {
    static func digits(_ count: Int, using random: inout SplitMix) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    /// Random decimal texts of every shape the fast path takes (and many it refuses).
    static func texts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        var texts: [String] = []
        for _ in 0..<count {
            var text = Bool.random(using: &random) ? "-" : ""
            let integerDigits = Int.random(in: 0...17, using: &random)
            let fractionDigits = Int.random(in: 0...17, using: &random)
            text += integerDigits == 0 ? "0" : String(Int.random(in: 1...9, using: &random)) + digits(integerDigits - 1, using: &random)
            if fractionDigits > 0 { text += "." + digits(fractionDigits, using: &random) }
            switch Int.random(in: 0...3, using: &random) {
            case 0: text += "e\(Int.random(in: -330...310, using: &random))"
            case 1: text += "E+\(Int.random(in: 0...30, using: &random))"
            case 2: text += "e-\(Int.random(in: 0...30, using: &random))"
            default: break
            }
            texts.append(text)
        }
        return texts
    }

    @Test func agreesWithTheGeneralPath() {
        var fast = 0
        var mismatches: [String] = []
        for text in Self.texts(count: 200_000, seed: 7) {
            let number = JSONNumber(text: text)
            var utf8 = text
            guard let value = utf8.withUTF8(JavaNumberText.fastValue) else { continue }
            fast += 1
            let general = number.generalJSONSmartValue
            let same: Bool
            if case .double(let a) = value, case .double(let b) = general {
                same = a.bitPattern == b.bitPattern
            } else {
                same = value == general
            }
            if !same, mismatches.count < 20 { mismatches.append("\(text): \(value) vs \(general)") }
        }
        #expect(mismatches == [])
        // Most generated texts of at most 18 characters take the fast path.
        #expect(fast > 50_000)
    }

    @Test func hardRoundingCases() {
        // Halfway and near-halfway decimals, limits of the fast path's ranges, signed zeros.
        let texts = [
            "9007199254740993", "9007199254740993.0", "9.007199254740993e15", "2.2250738585072014e-308",
            "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308",
            "1e23", "8.98846567431158e307", "0.1", "0.3", "16.990000000000002", "123456789012345.67",
            "-0.0", "-0", "0e5", "1e-22", "1e22", "1e-23", "9999999999999999e-10", "7.2057594037927933e16",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "999999999999999999",
        ]
        for text in texts {
            let number = JSONNumber(text: text)
            let general = number.generalJSONSmartValue
            let value = number.jsonSmartValue
            if case .double(let a) = value, case .double(let b) = general {
                #expect(a.bitPattern == b.bitPattern, "\(text)")
            } else {
                #expect(value == general, "\(text)")
            }
        }
        #expect(JSONNumber(text: "16.990000000000002").jsonSmartValue == .double(16.990000000000002))
        #expect(JSONNumber(text: "2147483648").jsonSmartValue == .long(2_147_483_648))
        #expect(JSONNumber(text: "-0").jsonSmartValue == .integer(0))
        if case .double(let zero) = JSONNumber(text: "-0.0").jsonSmartValue {
            #expect(zero.sign == .minus)
        } else {
            Issue.record("-0.0 is not a double")
        }
    }

    @Test func refusesWhatItDoesNotTake() {
        for text in ["+1", "01", "1.", ".5", "1e", "1e+", "NaN", "1234567890123456789", "1.5x", "00.5", "1e123456"] {
            var utf8 = text
            #expect(utf8.withUTF8(JavaNumberText.fastValue) == nil, "\(text)")
        }
    }

    @Test func rfcNumberValuesAreDoublesNearest() {
        var decided = 0
        var mismatches: [String] = []
        for text in Self.texts(count: 100_000, seed: 11) + ["1700000000.123456", "0.000001", "-1e-7", "123456789012345678901", "5e-324", "1e309"] {
            var utf8 = text
            let value = utf8.withUTF8 { JSONNumberSyntax.double($0) }
            guard let value else { continue }
            decided += 1
            let expected = Double(text)!
            if value.bitPattern != expected.bitPattern, mismatches.count < 20 { mismatches.append("\(text): \(value) vs \(expected)") }
        }
        #expect(mismatches == [])
        #expect(decided > 50_000)
    }

    @Test func rfcNumberSyntax() {
        func scan(_ text: String) -> (Int, JSONNumberSyntax.Failure?) {
            var utf8 = text
            return utf8.withUTF8 { JSONNumberSyntax.scan($0, from: 0) }
        }
        #expect(scan("-12.5e+3,").0 == 8 && scan("-12.5e+3,").1 == nil)
        #expect(scan("0").0 == 1 && scan("0").1 == nil)
        #expect(scan("01").1 == .leadingZero)
        #expect(scan("-").1 == .noDigit)
        #expect(scan("1.").1 == .noFractionDigit)
        #expect(scan("1e+").1 == .noExponentDigit)
        #expect(scan("1.5x").0 == 3 && scan("1.5x").1 == nil)
    }
}
