@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The allocation-free `FloatingDecimal` (digits and text written into scratch memory, big
/// integers on the stack) against the plain port it replaced (`ReferenceFloatingDecimal`), on the
/// inputs where the two could part: every branch of Java's digit generation (int, long and
/// big-integer loops, the integer shortcut with its insignificant digits, round-ups through
/// nines), both notations and their boundaries, subnormals and the extremes. `JavaDoubleTests`
/// ties both to Java's recorded output.
@Suite struct FloatingDecimalReferenceTests {
    struct Mismatches {
        var checked = 0
        var found: [String] = []

        mutating func check(_ d: Double) {
            checked += 1
            let expected = ReferenceFloatingDecimal.string(d)
            let actual = FloatingDecimal.string(d)
            if actual != expected, found.count < 20 {
                found.append("\(String(d.bitPattern, radix: 16)): \(actual) vs \(expected)")
            }
        }

        mutating func check(_ f: Float) {
            checked += 1
            let expected = ReferenceFloatingDecimal.string(f)
            let actual = FloatingDecimal.string(f)
            if actual != expected, found.count < 20 {
                found.append("\(String(f.bitPattern, radix: 16)): \(actual) vs \(expected)")
            }
        }

        /// `d` and its neighbours up to `k` ulps away on each side.
        mutating func checkAround(_ d: Double, ulps k: Int) {
            let bits = Int64(bitPattern: d.bitPattern)
            for delta in -k...k {
                let neighbour = Double(bitPattern: UInt64(bitPattern: bits &+ Int64(delta)))
                if neighbour.isFinite { check(neighbour) }
            }
        }
    }

    @Test func knownAnomaliesAndBoundaries() {
        var m = Mismatches()
        let values: [Double] = [
            2.0e-3, 1.0e23, 9.5229526433893619e17, 4.9e-324, .leastNormalMagnitude, .greatestFiniteMagnitude,
            1e7, 9_999_999.999, 0.001, 9.99e-4, 1e-4, 1e21, 1e22, 9.999999999999999e22, 0.1, 0.3,
            0.30000000000000004, 16.990000000000002, 1e-5, 6.02e23, 1e16, 1e17, 123_456_789_012_345_678,
            9_007_199_254_740_993, 0.0, 1.0, 100.0, 0.5, 2.5e-3,
        ]
        for d in values {
            m.check(d)
            m.check(-d)
        }
        #expect(m.found == [])
    }

    @Test func nearPowersOfTwo() {
        var m = Mismatches()
        for e in -1074...1023 {
            m.checkAround(Double(sign: .plus, exponent: e, significand: 1), ulps: 4)
        }
        #expect(m.found == [])
        #expect(m.checked > 18_000)
    }

    @Test func nearPowersOfTen() {
        var m = Mismatches()
        // 10^k correctly rounded (repeated multiplication drifts, so each is parsed).
        for k in -323...308 {
            m.checkAround(Double("1e\(k)")!, ulps: 8)
        }
        #expect(m.found == [])
        #expect(m.checked > 10_000)
    }

    @Test func randomBitPatternsAndSubnormals() {
        var random = SplitMix(seed: 17)
        var m = Mismatches()
        for _ in 0..<25_000 {
            let d = Double(bitPattern: random.next())
            if d.isFinite { m.check(d) }
        }
        for _ in 0..<10_000 {
            m.check(Double(bitPattern: random.next() & 0x800F_FFFF_FFFF_FFFF))
        }
        for width in 1...52 {
            for _ in 0..<100 { m.check(Double(bitPattern: random.next() & ((1 << UInt64(width)) - 1))) }
        }
        #expect(m.found == [])
    }

    /// Integers (the `developLongDigits` shortcut, with and without insignificant digits) and
    /// values with few significant bits (the int and long loops).
    @Test func integersAndFewBits() {
        var random = SplitMix(seed: 5)
        var m = Mismatches()
        for _ in 0..<10_000 {
            m.check(Double(Int64(bitPattern: random.next() >> (random.next() % 64))))
        }
        for _ in 0..<10_000 {
            let bits = random.below(53) + 1
            let mantissa = random.next() >> UInt64(64 - bits) | 1
            m.check(Double(mantissa) * Double(sign: .plus, exponent: random.below(160) - 80, significand: 1))
        }
        #expect(m.found == [])
    }

    /// Decimal texts of 1 to 17 digits as json-smart reads them, mostly at the exponents JSON
    /// bodies use, and sums and quotients of prices (which give 17-digit values such as
    /// `16.990000000000002`).
    @Test func decimalsAndArithmeticResults() {
        var random = SplitMix(seed: 2024)
        var m = Mismatches()
        for i in 0..<40_000 {
            let digits = random.below(17) + 1
            var mantissa = UInt64(random.below(9) + 1)
            for _ in 1..<digits { mantissa = mantissa * 10 + UInt64(random.below(10)) }
            let exponent = i % 3 == 0 ? random.below(650) - 340 : random.below(30) - 22
            if let d = Double("\(mantissa)e\(exponent)"), d.isFinite, d != 0 { m.check(d) }
        }
        for _ in 0..<8_000 {
            let a = Double(random.below(100_000)) / 100
            let b = Double(random.below(100_000)) / 100
            m.check(a + b)
            m.check(a / 3)
        }
        #expect(m.found == [])
        #expect(m.checked > 50_000)
    }

    @Test func floats() {
        var random = SplitMix(seed: 3)
        var m = Mismatches()
        for _ in 0..<15_000 {
            let f = Float(bitPattern: UInt32(truncatingIfNeeded: random.next()))
            if f.isFinite { m.check(f) }
        }
        for e in -149...127 { m.check(Float(sign: .plus, exponent: e, significand: 1)) }
        #expect(m.found == [])
    }

    /// The json-smart writer tests number bytes for a plain integer; the standard writer tests the
    /// text. Both must take the same texts.
    @Test func plainIntegerTestOnBytesAgreesWithText() {
        var random = SplitMix(seed: 23)
        let alphabet = Array("-0123456789.eE+".utf8)
        var differing: [String] = []
        for _ in 0..<50_000 {
            let length = random.below(13)
            var text = String(decoding: (0..<length).map { _ in alphabet[random.below(random.below(2) == 0 ? 11 : alphabet.count)] }, as: UTF8.self)
            if random.below(4) == 0 { text = String(random.next() >> UInt64(random.below(64))) }
            var copy = text
            let onBytes = copy.withUTF8 { JSONWriter.isPlainInteger($0) }
            if onBytes != JSONWriter.isPlainInteger(text), differing.count < 20 { differing.append(text) }
        }
        #expect(differing == [])
    }

    /// The writer prints numbers straight into its buffer and remembers short ones inline; what it
    /// writes must be each number's `jsonSmartString`, first time and repeated, whichever path
    /// (plain-decimal copy, cached, `Double` printing, `BigDecimal`, `null` for infinity) it takes.
    @Test func writerPrintsEachNumberAsJSONSmartDoes() {
        var random = SplitMix(seed: 11)
        var texts = [
            "16.990000000000002", "1e5", "1E400", "-1e400", "NaN", "01", "-0", "-0.0", "0.0e0", "1.5e-7",
            "123456789012345678901", "1.2345678901234567890", "9.5229526433893619E17", "4.9e-324", "2e-3",
            "1e23", "-12345678.5", "0.00012", "1.0", "100", "2147483648", "-9223372036854775809",
        ]
        for _ in 0..<3_000 {
            let digits = random.below(17) + 1
            var mantissa = String(random.below(9) + 1)
            for _ in 1..<digits { mantissa += String(random.below(10)) }
            let point = random.below(digits + 1)
            var text = random.below(3) == 0 ? "-" : ""
            text += point == digits ? mantissa : String(mantissa.prefix(max(point, 1))) + "." + mantissa.dropFirst(max(point, 1))
            if text.hasSuffix(".") { text += "0" }
            if random.below(3) == 0 { text += "e\(random.below(80) - 40)" }
            texts.append(text)
        }
        // Every text twice, the second time after others have been written (cache hits and
        // evictions both happen).
        let sequence = texts + texts.shuffled(using: &random)
        let array = JSONValue.array(sequence.map { .number(JSONNumber(text: $0)) })
        let expected = "[" + sequence.map { JSONNumber(text: $0).generalJSONSmartValue.jsonSmartString }.joined(separator: ",") + "]"
        #expect(array.jsonSmartString == expected)
    }
}
