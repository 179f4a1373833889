@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The fast path for printing short plain decimals (`JavaNumberText.writePlainDouble`) against
/// the exact path: json-smart's `Double` for the text, printed by the port of Java 17's
/// `Double.toString`.
@Suite struct DoubleTextFastPathTests {
    /// The fast path's output for `text`, or nil when it refuses the text.
    static func fast(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
                JavaNumberText.writePlainDouble(bytes, to: buffer.baseAddress!).map {
                    String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<$0]), as: UTF8.self)
                }
            }
        }
    }

    /// What json-smart prints for `text` by the exact path (parse, then `Double.toString`).
    static func exact(_ text: String) -> String {
        JSONNumber(text: text).generalJSONSmartValue.jsonSmartString
    }

    /// A plain decimal with `digits` significant digits (the first and last nonzero) whose first
    /// digit has decimal exponent `lead`, with a sign, leading zeros and trailing zeros at random.
    static func text(digits: Int, lead: Int, using random: inout SplitMix) -> String {
        var significant = String(random.below(9) + 1)
        for k in 1..<digits { significant += String(k == digits - 1 ? random.below(9) + 1 : random.below(10)) }
        var text = random.below(4) == 0 ? "-" : ""
        if random.below(8) == 0 { text += "0" }
        if lead >= 0 {
            let integerCount = lead + 1
            let padded = significant.count < integerCount
                ? significant + String(repeating: "0", count: integerCount - significant.count) : significant
            text += padded.prefix(integerCount) + "."
            text += padded.count > integerCount ? String(padded.dropFirst(integerCount)) : "0"
        } else {
            text += "0." + String(repeating: "0", count: -lead - 1) + significant
        }
        if random.below(4) == 0 { text += String(repeating: "0", count: random.below(4)) }
        return text
    }

    @Test func agreesWithTheExactPathInItsDomain() {
        var random = SplitMix(seed: 2024)
        var taken = 0
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            let text = Self.text(digits: random.below(15) + 1, lead: random.below(10) - 3, using: &random)
            guard text.utf8.count <= JavaNumberText.plainDoubleMaxLength else { continue }
            guard let fast = Self.fast(text) else {
                if mismatches.count < 20 { mismatches.append("\(text): refused") }
                continue
            }
            taken += 1
            let exact = Self.exact(text)
            if fast != exact, mismatches.count < 20 { mismatches.append("\(text): \(fast) vs \(exact)") }
        }
        #expect(mismatches == [])
        #expect(taken > 150_000)
    }

    @Test func refusesOutsideItsDomain() {
        var random = SplitMix(seed: 99)
        var accepted: [String] = []
        for _ in 0..<20_000 {
            let text: String
            switch random.below(3) {
            case 0:  // below 10^-3 or at least 10^7
                let lead = random.below(2) == 0 ? -4 - random.below(4) : 7 + random.below(4)
                text = Self.text(digits: random.below(8) + 1, lead: lead, using: &random)
            case 1:  // more significant digits than the bound (a few characters long enough)
                text = Self.text(digits: 16 + random.below(2), lead: random.below(3) - 1, using: &random)
            default:  // exponent forms, which the fast path leaves to the exact path
                text = Self.text(digits: random.below(6) + 1, lead: random.below(4), using: &random) + "e\(random.below(5))"
            }
            if let fast = Self.fast(text), accepted.count < 20 { accepted.append("\(text) → \(fast)") }
        }
        #expect(accepted == [])
    }

    @Test func edgeCases() {
        let taken: [(String, String)] = [
            ("0.001", "0.001"), ("0.0010", "0.001"), ("-0.001", "-0.001"), ("0.00999", "0.00999"),
            ("9999999.9", "9999999.9"), ("9999999.0", "9999999.0"), ("9999999.99999999", "9999999.99999999"),
            ("1234567.12345678", "1234567.12345678"), ("0.123456789012345", "0.123456789012345"),
            ("0.00123456789012", "0.00123456789012"), ("09.90", "9.9"), ("5.000", "5.0"), ("0.0", "0.0"),
            ("-0.0", "-0.0"), ("0.000", "0.0"), ("-000.0000000", "-0.0"), ("00.5", "0.5"), ("-00.50", "-0.5"),
            ("1000000.0", "1000000.0"), ("1.0", "1.0"), ("9.99", "9.99"), ("10.99", "10.99"), ("0.1", "0.1"),
            ("0.3", "0.3"), ("0.2", "0.2"), ("0.002", "0.002"), ("100.0", "100.0"), ("0.001953125", "0.001953125"),
            ("8388608.5", "8388608.5"), ("4503599.62737049", "4503599.62737049"),
        ]
        for (text, expected) in taken {
            #expect(Self.fast(text) == expected, "\(text)")
            #expect(Self.exact(text) == expected, "\(text)")
        }
        let refused = [
            "0.0009", "0.000999999", "10000000.0", "12345678.5", "1234567.123456789", "0.1234567890123456",
            "0.00123456789012345", "0.000000000000000000", "1.5e3", "1.0E-3", "1", "-1", "1.", ".5", "-.5",
            "+1.5", "1.5x", "-", "", "NaN", "1..5", "1.5.", "--1.5", "1.-5",
        ]
        for text in refused {
            #expect(Self.fast(text) == nil, "\(text)")
        }
    }

    /// `$input.json('$')`'s writer takes the fast path where it can and the exact path elsewhere.
    @Test func writerAgreesWithTheExactPath() {
        let texts = [
            "9.99", "10.990", "-0.0", "0.0005", "12345678.9", "1e3", "1.5E-7", "1234567.123456789",
            "0.1234567890123456", "1.2345678901234567890", "01.50", "2.5", "1e400",
        ]
        let value = JSONValue.array(texts.map { .number(JSONNumber(text: $0)) })
        #expect(value.jsonSmartString == "[" + texts.map(Self.exact).joined(separator: ",") + "]")
        #expect(value.jsonSmartString == "[9.99,10.99,-0.0,5.0E-4,1.23456789E7,1000.0,1.5E-7,1234567.123456789,"
            + "0.1234567890123456,1.2345678901234567890,1.5,2.5,null]")
    }
}
