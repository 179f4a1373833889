/// RFC 8259's number syntax and value, for the parsers that check numbers strictly (the strict
/// parser, X-Ray's segment-document decoder).
public enum JSONNumberSyntax {
    /// Why a number's text is not RFC 8259.
    public enum Failure: Sendable, Hashable {
        /// No digit where the number (after its `-`) starts.
        case noDigit
        /// A `0` followed by more digits.
        case leadingZero
        /// A `.` not followed by a digit.
        case noFractionDigit
        /// An `e`/`E` (and sign) not followed by a digit.
        case noExponentDigit
    }

    /// Steps over the number that starts at `start` (a `-` or a digit): returns the index just
    /// after it, or the index where it stops being a number and why.
    @inlinable
    public static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, failure: Failure?) {
        var i = start
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, isDigit(b[i]) else { return (i, .noDigit) }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, isDigit(b[i]) { return (i, .leadingZero) }
        } else {
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { return (i, .noFractionDigit) }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, isDigit(b[i]) else { return (i, .noExponentDigit) }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        return (i, nil)
    }

    @inlinable @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// The double nearest to an RFC 8259 number's text (what `Double(text)` gives), computed
    /// without building a string when the text has at most 19 significant digits and a moderate
    /// exponent; nil otherwise (the caller then uses `Double(text)`).
    public static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = i < b.count && b[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var seenPoint = false
        while i < b.count {
            let byte = b[i]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if isDigit(byte) {
                if mantissa != 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                if seenPoint { exponent -= 1 }
            } else {
                break
            }
            i += 1
        }
        if i < b.count {
            guard b[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            i += 1
            var exponentNegative = false
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                exponentNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            let digitsStart = i
            while i < b.count, isDigit(b[i]) {
                written = written &* 10 &+ Int(b[i] &- UInt8(ascii: "0"))
                i += 1
            }
            guard i == b.count, i > digitsStart, i - digitsStart <= 5 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard let magnitude = JavaNumberText.decimalToDouble(mantissa: mantissa, exponent: exponent) else { return nil }
        return negative ? -magnitude : magnitude
    }
}
