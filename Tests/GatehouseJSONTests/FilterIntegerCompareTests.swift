@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// A filter's integer literal compared with an Integer or Long member takes a shortcut past
/// `BigDecimal`; it must order every pair as the decimal comparison does.
@Suite struct FilterIntegerCompareTests {
    @Test func integerLiteralsOrderAsDecimals() throws {
        var random = SplitMix(seed: 41)
        var literals = ["0", "-0", "3", "-3", "007", "-007", "2147483647", "2147483648", "-2147483649",
                        "999999999999999999", "-999999999999999999"]
        for _ in 0..<2000 {
            let n = Int64.random(in: -5_000_000_000...5_000_000_000, using: &random)
            literals.append(String(n))
        }
        var members: [Int64] = [0, 1, -1, 3, -3, 7, Int64(Int32.max), Int64(Int32.max) + 1, Int64(Int32.min) - 1, Int64.max, Int64.min]
        for _ in 0..<200 { members.append(Int64.random(in: -5_000_000_000...5_000_000_000, using: &random)) }
        for literal in literals {
            for member in members {
                let number = JSONNumber(text: String(member)).jsonSmartValue
                #expect(number.exactInteger == member)
                let fast = try PathEvaluator.safeCompare(.string(literal), .number(number))
                let exact = try PathEvaluator.compareDecimal(literal, number.javaString)
                #expect(fast.signum() == exact.signum(), "\(literal) vs \(member)")
            }
        }
    }

    @Test func otherLiteralsTakeTheDecimalComparison() throws {
        for text in ["3.0", "+3", "1e2", "", "-", "3 ", "0x10", "1234567890123456789"] {
            #expect(PathEvaluator.plainInteger(text) == nil, "\(text)")
        }
        #expect(PathEvaluator.plainInteger("-12") == -12)
        #expect(try PathEvaluator.safeCompare(.string("3.0"), .number(JSONNumber(text: "3").jsonSmartValue)) == 0)
        #expect(try PathEvaluator.safeCompare(.string("2.5"), .number(JSONNumber(text: "3").jsonSmartValue)) < 0)
    }
}
