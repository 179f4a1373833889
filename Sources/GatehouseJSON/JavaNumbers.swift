/// The Java object json-smart 2.2 (permissive mode, as API Gateway uses it) builds for a number.
///
/// Integers without fraction or exponent become `Integer` when they fit, else `Long`, else
/// `BigInteger`; `-0` is the `Integer` 0. Numbers with a fraction or exponent become `Double`
/// when their text is at most 18 characters long and `BigDecimal` otherwise (`1e400` is the
/// `Double` infinity; `1.2345678901234567890` is a `BigDecimal`). The literal `NaN` is a `Float`
/// NaN in Java; it is ``double(_:)`` NaN here (both print `NaN`; see ``JSONNumber/isJavaFloatNaN``).
public enum JSONSmartNumber: Sendable, Hashable {
    case integer(Int32)
    case long(Int64)
    /// A `BigInteger`, as its canonical decimal text (`BigInteger.toString()`).
    case bigInteger(String)
    case double(Double)
    /// A `BigDecimal`, as `BigDecimal.toString()` prints it (`1E-19`, `123456.789012345678`).
    case bigDecimal(String)

    /// Java's `toString()` of the number (`1`, `1.5`, `1.0E10`, `NaN`, `Infinity`, `1E+5`).
    public var javaString: String {
        switch self {
        case .integer(let v): return String(v)
        case .long(let v): return String(v)
        case .bigInteger(let s), .bigDecimal(let s): return s
        case .double(let d): return JavaDouble.string(d)
        }
    }

    /// How json-smart's `JSONValue.toJSONString` writes it: like `javaString`, except that an
    /// infinite `Double` or `Float` is written `null` (NaN stays `NaN`).
    public var jsonSmartString: String {
        switch self {
        case .double(let d) where d.isInfinite: return "null"
        default: return javaString
        }
    }

    /// The value of an `Integer` or `Long` (which `BigDecimal` compares exactly as integers).
    var exactInteger: Int64? {
        switch self {
        case .integer(let v): return Int64(v)
        case .long(let v): return v
        default: return nil
        }
    }

    /// The value as a Swift `Double` (may round).
    public var doubleValue: Double {
        switch self {
        case .integer(let v): return Double(v)
        case .long(let v): return Double(v)
        case .bigInteger(let s), .bigDecimal(let s): return Double(s) ?? .nan
        case .double(let d): return d
        }
    }
}

extension JSONNumber {
    /// The Java number json-smart 2.2 builds from this text in permissive mode.
    public var jsonSmartValue: JSONSmartNumber {
        var text = text
        if let value = text.withUTF8(JavaNumberText.fastValue) { return value }
        return generalJSONSmartValue
    }

    /// `jsonSmartValue` without the fast path for short numbers (which must agree with it).
    var generalJSONSmartValue: JSONSmartNumber {
        let utf8 = text.utf8
        if text == "NaN" { return .double(.nan) }
        if utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            switch javaFloatingParse {
            case .value(let value): return value
            case .invalid: return .double(Double(text) ?? .nan)
            }
        }
        return JavaNumberText.parseNumber(Array(utf8))
    }

    /// Whether this is json-smart's `NaN` literal, which Java holds as a `Float` (not a `Double`).
    public var isJavaFloatNaN: Bool { text == "NaN" }

    /// Whether the text is a number as RFC 8259 writes one.
    public var isStandardJSON: Bool {
        var text = text
        return text.withUTF8 { JavaNumberText.isRFCNumber($0) }
    }

    enum FloatingParse {
        case value(JSONSmartNumber)
        case invalid(String)
    }

    /// json-smart's `extractFloat`: `Double.parseDouble` for up to 18 characters, `new BigDecimal`
    /// beyond; either may throw `NumberFormatException` (reported as `.invalid(message)`).
    var javaFloatingParse: FloatingParse {
        let bytes = Array(text.utf8)
        guard let parts = JavaNumberText.decimalParts(bytes) else {
            if bytes.count > 18 { return .invalid(JavaNumberText.bigDecimalError(bytes) ?? "") }
            return .invalid("For input string: \"\(text)\"")
        }
        if bytes.count > 18 {
            if let message = JavaNumberText.bigDecimalError(bytes) { return .invalid(message) }
            guard let string = JavaNumberText.bigDecimalString(parts) else {
                return .invalid("Too many nonzero exponent digits.")
            }
            return .value(.bigDecimal(string))
        }
        return .value(.double(JavaNumberText.double(parts)))
    }
}

/// Decimal number text as Java's parsers read it.
enum JavaNumberText {
    /// json-smart's number for a short number in RFC 8259's syntax, computed without building
    /// anything: an integer of at most 18 characters (`Integer` or `Long`), or a number with a
    /// fraction or exponent of at most 18 characters (`Double.parseDouble`, correctly rounded).
    /// Nil for anything else (leading zeros, `+`, `1.`, `.5`, long or unusual texts), which the
    /// general path handles, and for the rare doubles the fast conversions cannot decide.
    static func fastValue(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONSmartNumber? {
        let count = bytes.count
        guard count > 0, count <= 18 else { return nil }
        var i = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        // Integer part: "0" or a nonzero digit and more digits.
        guard i < count else { return nil }
        let first = bytes[i] &- UInt8(ascii: "0")
        guard first < 10 else { return nil }
        var mantissa = UInt64(first)
        i += 1
        if first == 0 {
            if i < count, bytes[i] &- UInt8(ascii: "0") < 10 { return nil }
        } else {
            while i < count {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                i += 1
            }
        }
        if i == count {
            // At most 18 characters: fits an Int64 (json-smart: Integer when it fits, else Long).
            let value = negative ? -Int64(mantissa) : Int64(mantissa)
            if let small = Int32(exactly: value) { return .integer(small) }
            return .long(value)
        }
        var exponent = 0
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < count {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                i += 1
            }
            guard i > start else { return nil }
            exponent = start - i
        }
        if i < count {
            guard bytes[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            i += 1
            var exponentNegative = false
            if i < count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let start = i
            var written = 0
            while i < count {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                written = written &* 10 &+ Int(digit)
                i += 1
            }
            guard i > start, i - start <= 5 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        // At most 17 digits were read, so the mantissa is exact.
        guard let magnitude = decimalToDouble(mantissa: mantissa, exponent: exponent) else { return nil }
        return .double(negative ? -magnitude : magnitude)
    }

    /// The longest text ``writePlainDouble(_:to:)`` takes (json-smart reads longer texts with a
    /// fraction as `BigDecimal`, not `Double`).
    static let plainDoubleMaxLength = 18

    /// The most significant digits (from the first nonzero digit to the last nonzero fraction
    /// digit) ``writePlainDouble(_:to:)`` takes. Decimals of at most 15 digits lie more than an
    /// ulp apart, so such a decimal is the only one within half an ulp of its nearest double (and
    /// never a tie between two doubles), and in the plain-notation range Java 17's `FloatingDecimal` stops at
    /// the first digit that leaves the value inside that half-ulp interval, so it gives the
    /// decimal back; its non-shortest outputs (`E` notation's forced second digit, integers above
    /// 2^53, the narrower interval at powers of two) do not reach these texts. Checked against the
    /// exact port for every decimal of up to 7 significant digits at every decimal-point position
    /// in range, and on random samples up to this bound (see `DoubleTextFastPathTests`).
    static let plainDoubleMaxDigits = 15

    /// Java's `Double.toString(Double.parseDouble(text))` for a plain decimal text, which is what
    /// json-smart prints for it (`9.90` → `9.9`, `5.000` → `5.0`, `-0.0` → `-0.0`, `09.5` → `9.5`),
    /// written to `out` (room for `bytes.count` bytes, which the result never exceeds); returns the
    /// length written, or nil when the text is outside the fast domain and must take the exact path.
    ///
    /// The domain: `-?digits.digits`, at most ``plainDoubleMaxLength`` characters, at most
    /// ``plainDoubleMaxDigits`` significant digits, and a magnitude in [10^-3, 10^7) or zero,
    /// where Java prints plain notation. There Java's output is the decimal itself, canonically
    /// written: no leading zeros before the point but one `0`, no trailing fraction zeros but one
    /// digit. Parsing to a double and printing it back costs about 1,000 instructions per number;
    /// copying the digits costs a few dozen.
    static func writePlainDouble(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count >= 3, count <= plainDoubleMaxLength else { return nil }
        let zero = UInt8(ascii: "0")
        var i = 0
        if bytes[0] == UInt8(ascii: "-") { i = 1 }
        let integerStart = i
        while i < count, bytes[i] &- zero < 10 { i += 1 }
        let integerEnd = i
        guard integerEnd > integerStart, i < count, bytes[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        let fractionStart = i
        while i < count, bytes[i] &- zero < 10 { i += 1 }
        guard i == count, count > fractionStart else { return nil }
        var firstDigit = integerStart
        while firstDigit < integerEnd, bytes[firstDigit] == zero { firstDigit += 1 }
        var fractionEnd = count
        while fractionEnd > fractionStart, bytes[fractionEnd - 1] == zero { fractionEnd -= 1 }
        let integerDigits = integerEnd - firstDigit
        // At most 7 integer digits: below 10^7.
        guard integerDigits <= 7 else { return nil }
        let significant: Int
        if integerDigits > 0 {
            significant = integerDigits + (fractionEnd - fractionStart)
        } else {
            var firstNonzero = fractionStart
            while firstNonzero < fractionEnd, bytes[firstNonzero] == zero { firstNonzero += 1 }
            // A nonzero value below 1 needs a nonzero digit in the first three places: ≥ 10^-3.
            guard firstNonzero == fractionEnd || firstNonzero - fractionStart < 3 else { return nil }
            significant = fractionEnd - firstNonzero
        }
        guard significant <= plainDoubleMaxDigits else { return nil }
        var n = 0
        if integerStart == 1 {
            out[0] = UInt8(ascii: "-")
            n = 1
        }
        if integerDigits == 0 {
            out[n] = zero
            n += 1
        } else {
            for k in firstDigit..<integerEnd {
                out[n] = bytes[k]
                n += 1
            }
        }
        out[n] = UInt8(ascii: ".")
        n += 1
        if fractionEnd == fractionStart {
            out[n] = zero
            n += 1
        } else {
            for k in fractionStart..<fractionEnd {
                out[n] = bytes[k]
                n += 1
            }
        }
        return n
    }

    /// `mantissa × 10^exponent` correctly rounded to a double, or nil when neither the exact
    /// fast path (both factors exact doubles) nor Eisel-Lemire can decide it.
    static func decimalToDouble(mantissa: UInt64, exponent: Int) -> Double? {
        if mantissa == 0 { return 0 }
        if mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            // Both are exact doubles, so one IEEE multiplication or division rounds correctly.
            let value = Double(mantissa)
            return exponent < 0 ? value / exactPowersOfTen[-exponent] : value * exactPowersOfTen[exponent]
        }
        return eiselLemire(mantissa: mantissa, exponent: exponent)
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Daniel Lemire's and Michael Eisel's conversion ("Number Parsing at a Gigabyte per Second",
    /// 2021): a 64×128-bit product with a truncated power of ten, and nil in the rare cases where
    /// the truncation leaves the rounding undecided (the caller then parses the text exactly).
    static func eiselLemire(mantissa: UInt64, exponent: Int) -> Double? {
        guard mantissa != 0, exponent >= PowersOfTen.minExponent, exponent <= PowersOfTen.maxExponent else { return nil }
        let leadingZeros = mantissa.leadingZeroBitCount
        let normalized = mantissa << UInt64(leadingZeros)
        var binaryExponent = UInt64(bitPattern: Int64(((217_706 &* exponent) >> 16) &+ 64 &+ 1023)) &- UInt64(leadingZeros)
        let power = PowersOfTen.mantissas[exponent - PowersOfTen.minExponent]
        var (high, low) = normalized.multipliedFullWidth(by: power.high)
        if high & 0x1FF == 0x1FF, low &+ normalized < normalized {
            let (wideHigh, wideLow) = normalized.multipliedFullWidth(by: power.low)
            var mergedHigh = high
            let mergedLow = low &+ wideHigh
            if mergedLow < low { mergedHigh &+= 1 }
            if mergedHigh & 0x1FF == 0x1FF, mergedLow &+ 1 == 0, wideLow &+ normalized < normalized { return nil }
            high = mergedHigh
            low = mergedLow
        }
        let topBit = high >> 63
        var result = high >> (topBit &+ 9)
        binaryExponent &-= 1 ^ topBit
        if low == 0, high & 0x1FF == 0, result & 3 == 1 { return nil }
        result &+= result & 1
        result >>= 1
        if result >> 53 > 0 {
            result >>= 1
            binaryExponent &+= 1
        }
        // Subnormal, zero, infinite: left to the exact parser.
        if binaryExponent &- 1 >= 0x7FF - 1 { return nil }
        return Double(bitPattern: binaryExponent << 52 | result & 0x000F_FFFF_FFFF_FFFF)
    }

    /// The `NumberFormatException` message JDK 17's `new BigDecimal(text)` throws for `text`, ""
    /// when it throws one without a message (an `ArrayIndexOutOfBoundsException` inside, e.g. for
    /// `…e`, `…e+`), or nil when it accepts the text. Follows `BigDecimal(char[], int, int)`:
    /// compact (at most 18 characters after the sign) and long paths word their errors apart.
    static func bigDecimalError(_ b: [UInt8]) -> String? {
        var offset = 0
        var len = b.count
        guard len > 0 else { return .some("") }
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
            offset += 1
            len -= 1
        }
        let compact = len <= 18
        var dot = false
        var digits = 0
        var exponent: Int64 = 0
        var sawExponent = false
        while len > 0 {
            guard offset < b.count else { return .some("") }
            let c = b[offset]
            if isDigit(c) {
                digits += 1
            } else if c == UInt8(ascii: ".") {
                if dot { return "Character array contains more than one decimal point." }
                dot = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                switch parseBigDecimalExponent(b, offset, len) {
                case .failure(let message): return message
                case .success(let value): exponent = value
                }
                if Int64(Int32(truncatingIfNeeded: exponent)) != exponent { return "Exponent overflow." }
                sawExponent = true
                break
            } else if compact {
                let shown = c < 0x80 ? String(UnicodeScalar(c)) : "?"
                return "Character \(shown) is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."
            } else {
                return "Character array is missing \"e\" notation exponential mark."
            }
            if sawExponent { break }
            offset += 1
            len -= 1
        }
        if digits == 0 { return "No digits found." }
        return nil
    }

    private enum ExponentParse { case success(Int64), failure(String) }

    /// `BigDecimal.parseExp`, with running off the end reported as a message-less exception.
    private static func parseBigDecimalExponent(_ b: [UInt8], _ start: Int, _ lenIn: Int) -> ExponentParse {
        var offset = start + 1
        var len = lenIn - 1
        guard offset < b.count else { return .failure("") }
        var c = b[offset]
        let negative = c == UInt8(ascii: "-")
        if negative || c == UInt8(ascii: "+") {
            offset += 1
            guard offset < b.count else { return .failure("") }
            c = b[offset]
            len -= 1
        }
        if len <= 0 { return .failure("No exponent digits.") }
        while len > 10 && c == UInt8(ascii: "0") {
            offset += 1
            guard offset < b.count else { return .failure("") }
            c = b[offset]
            len -= 1
        }
        if len > 10 { return .failure("Too many nonzero exponent digits.") }
        var exp: Int64 = 0
        while true {
            guard isDigit(c) else { return .failure("Not a digit.") }
            exp = exp * 10 + Int64(c - UInt8(ascii: "0"))
            if len == 1 { break }
            offset += 1
            guard offset < b.count else { return .failure("") }
            c = b[offset]
            len -= 1
        }
        return .success(negative ? -exp : exp)
    }

    struct Parts {
        var negative: Bool
        var integerDigits: ArraySlice<UInt8>
        var fractionDigits: ArraySlice<UInt8>
        /// The exponent as written, or nil when it does not fit in an Int32 (BigDecimal rejects it).
        var exponent: Int?
        var exponentNegative: Bool
    }

    /// `[+-]? (digits (. digits*)? | . digits+) ([eE] [+-]? digits+)?` — what both
    /// `Double.parseDouble` and `new BigDecimal` accept for the texts json-smart can hand them.
    static func decimalParts(_ b: [UInt8]) -> Parts? {
        var i = 0
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        let intStart = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        let intEnd = i
        var fracStart = i
        var fracEnd = i
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            fracEnd = i
        }
        if intEnd == intStart && fracEnd == fracStart { return nil }
        var exponent: Int? = 0
        var exponentIsNegative = false
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
                expNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            var value = 0
            var overflow = false
            while i < b.count, isDigit(b[i]) {
                if !overflow {
                    value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
                    if value > Int(Int32.max) { overflow = true }
                }
                i += 1
            }
            if i == expStart { return nil }
            exponentIsNegative = expNegative
            exponent = overflow ? nil : (expNegative ? -value : value)
        }
        if i != b.count { return nil }
        return Parts(
            negative: negative,
            integerDigits: b[intStart..<intEnd],
            fractionDigits: b[fracStart..<fracEnd],
            exponent: exponent,
            exponentNegative: exponentIsNegative
        )
    }

    static func double(_ parts: Parts) -> Double {
        guard let exponent = parts.exponent else {
            // A huge exponent: Java saturates to infinity or zero.
            let allZero = !(parts.integerDigits + parts.fractionDigits).contains { $0 != UInt8(ascii: "0") }
            let magnitude: Double = allZero || parts.exponentNegative ? 0 : .infinity
            return parts.negative ? -magnitude : magnitude
        }
        var text = parts.negative ? "-" : ""
        text += parts.integerDigits.isEmpty ? "0" : String(decoding: parts.integerDigits, as: UTF8.self)
        text += "."
        text += parts.fractionDigits.isEmpty ? "0" : String(decoding: parts.fractionDigits, as: UTF8.self)
        text += "e\(exponent)"
        return Double(text) ?? .nan
    }

    /// `new BigDecimal(text).toString()`.
    static func bigDecimalString(_ parts: Parts) -> String? {
        guard let exponent = parts.exponent else { return nil }
        var digits = Array(parts.integerDigits) + Array(parts.fractionDigits)
        let scale = parts.fractionDigits.count - exponent
        // The unscaled value: strip leading zeros.
        var first = 0
        while first < digits.count - 1, digits[first] == UInt8(ascii: "0") { first += 1 }
        digits = Array(digits[first...])
        let isZero = digits == [UInt8(ascii: "0")]
        return layoutBigDecimal(negative: parts.negative && !isZero, coefficient: digits, scale: scale)
    }

    /// `BigDecimal.toString()` of `coefficient × 10^-scale`.
    static func layoutBigDecimal(negative: Bool, coefficient: [UInt8], scale: Int) -> String {
        let coeff = String(decoding: coefficient, as: UTF8.self)
        var out = negative ? "-" : ""
        let adjusted = -scale + (coefficient.count - 1)
        if scale >= 0 && adjusted >= -6 {
            if scale == 0 {
                out += coeff
            } else if coefficient.count > scale {
                let split = coefficient.count - scale
                out += String(decoding: coefficient[..<split], as: UTF8.self)
                out += "."
                out += String(decoding: coefficient[split...], as: UTF8.self)
            } else {
                out += "0."
                out += String(repeating: "0", count: scale - coefficient.count)
                out += coeff
            }
            return out
        }
        out += String(decoding: coefficient[..<1], as: UTF8.self)
        if coefficient.count > 1 {
            out += "."
            out += String(decoding: coefficient[1...], as: UTF8.self)
        }
        if adjusted != 0 {
            out += "E"
            out += adjusted > 0 ? "+\(adjusted)" : "\(adjusted)"
        }
        return out
    }

    /// json-smart's `parseNumber` for integer text (with `USE_INTEGER_STORAGE`).
    static func parseNumber(_ s: [UInt8]) -> JSONSmartNumber {
        guard !s.isEmpty else { return .integer(0) }
        var p = 0
        let l = s.count
        var max = 19
        let neg: Bool
        if s[0] == UInt8(ascii: "-") {
            p += 1
            max += 1
            neg = true
        } else {
            neg = false
        }
        let mustCheck: Bool
        if l < max {
            max = l
            mustCheck = false
        } else if l > max {
            return .bigInteger(bigIntegerString(s))
        } else {
            max = l - 1
            mustCheck = true
        }
        var r: Int64 = 0
        while p < max {
            r = r &* 10 &+ (Int64(48) - Int64(s[p]))
            p += 1
        }
        if mustCheck {
            let isBig: Bool
            if r > -922337203685477580 {
                isBig = false
            } else if r < -922337203685477580 {
                isBig = true
            } else {
                isBig = neg ? s[p] > UInt8(ascii: "8") : s[p] > UInt8(ascii: "7")
            }
            if isBig { return .bigInteger(bigIntegerString(s)) }
            r = r &* 10 &+ (Int64(48) - Int64(s[p]))
        }
        if neg {
            if r >= Int64(Int32.min) { return .integer(Int32(r)) }
            return .long(r)
        }
        r = 0 &- r
        if r <= Int64(Int32.max) && r >= Int64(Int32.min) { return .integer(Int32(r)) }
        return .long(r)
    }

    /// `new BigInteger(s).toString()`.
    static func bigIntegerString(_ s: [UInt8]) -> String {
        var negative = false
        var digits = s[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        while digits.count > 1, digits.first == UInt8(ascii: "0") { digits = digits.dropFirst() }
        let text = String(decoding: digits, as: UTF8.self)
        if text == "0" || text.isEmpty { return "0" }
        return negative ? "-" + text : text
    }

    static func isRFCNumber<C: RandomAccessCollection<UInt8>>(_ b: C) -> Bool where C.Index == Int {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, isDigit(b[i]) else { return false }
        if b[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { return false }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, isDigit(b[i]) else { return false }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        return i == b.count
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}

/// Java's `Double.toString` / `Float.toString` formatting (`1.0`, `1.5E10`, `1.0E-5`, `NaN`,
/// `-Infinity`): plain notation for magnitudes in [10^-3, 10^7), computerized scientific notation
/// otherwise, always at least one digit after the point.
///
/// The digits are those Java 17's `FloatingDecimal` generates (not always the shortest: Java 19
/// changed the algorithm), so `Double.MIN_VALUE` is `4.9E-324` and `9.5229526433893619E17` keeps
/// its 17 digits, exactly as API Gateway's Java prints them.
public enum JavaDouble {
    /// `Double.toString(value)`.
    public static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        return FloatingDecimal.string(value)
    }

    /// `Float.toString(value)`.
    public static func string(Float value: Float) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        return FloatingDecimal.string(value)
    }
}
