/// Velocity's `MathUtils`: arithmetic that stays in `Integer` while it fits, widens to `Long`,
/// then `BigInteger`; any `Double` makes the operation `double`.
enum JavaNumber {
    enum Base { case long, double, bigInteger, bigDecimal }

    static func isInteger(_ value: VTLValue) -> Bool {
        switch value {
        case .integer, .long: return true
        case .bigNumber(let n): return n.kind == .integer
        default: return false
        }
    }

    static func base(_ a: VTLValue, _ b: VTLValue) -> Base {
        let aInt = isInteger(a), bInt = isInteger(b)
        let aBigDecimal: Bool = { if case .bigNumber(let n) = a { return n.kind == .decimal }; return false }()
        let bBigDecimal: Bool = { if case .bigNumber(let n) = b { return n.kind == .decimal }; return false }()
        let aBigInteger: Bool = { if case .bigNumber(let n) = a { return n.kind == .integer }; return false }()
        let bBigInteger: Bool = { if case .bigNumber(let n) = b { return n.kind == .integer }; return false }()
        if aBigDecimal || bBigDecimal || ((!aInt || !bInt) && (aBigInteger || bBigInteger)) { return .bigDecimal }
        if aInt && bInt { return aBigInteger || bBigInteger ? .bigInteger : .long }
        return .double
    }

    static func intValue(_ value: VTLValue) -> Int32 {
        switch value {
        case .integer(let n): return n
        case .long(let n): return Int32(truncatingIfNeeded: n)
        case .double(let d): return javaDoubleToInt(d)
        case .bigNumber(let n):
            if n.kind == .integer, let big = BigInt(n.text) { return Int32(truncatingIfNeeded: big.truncatedInt64) }
            return javaDoubleToInt(Double(n.text) ?? 0)
        default: return 0
        }
    }

    static func longValue(_ value: VTLValue) -> Int64 {
        switch value {
        case .integer(let n): return Int64(n)
        case .long(let n): return n
        case .double(let d): return javaDoubleToLong(d)
        case .bigNumber(let n):
            if n.kind == .integer, let big = BigInt(n.text) { return big.truncatedInt64 }
            return javaDoubleToLong(Double(n.text) ?? 0)
        default: return 0
        }
    }

    static func doubleValue(_ value: VTLValue) -> Double {
        switch value {
        case .integer(let n): return Double(n)
        case .long(let n): return Double(n)
        case .double(let d): return d
        case .bigNumber(let n): return Double(n.text) ?? (BigInt(n.text)?.doubleValue ?? 0)
        default: return 0
        }
    }

    static func bigInteger(_ value: VTLValue) -> BigInt {
        switch value {
        case .bigNumber(let n): return BigInt(n.text) ?? BigInt(longValue(value))
        default: return BigInt(longValue(value))
        }
    }

    static func javaDoubleToInt(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d >= 2147483647 { return Int32.max }
        if d <= -2147483648 { return Int32.min }
        return Int32(d.rounded(.towardZero))
    }

    static func javaDoubleToLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return Int64.max }
        if d <= -9.223372036854775808e18 { return Int64.min }
        return Int64(d.rounded(.towardZero))
    }

    /// Velocity's `wrapPrimitive`: the smallest of the operands' types that holds the result.
    private static func wrap(_ value: Int64, _ a: VTLValue, _ b: VTLValue) -> VTLValue {
        let wantsLong: Bool = {
            if case .long = a { return true }
            if case .long = b { return true }
            return false
        }()
        if !wantsLong, value >= Int64(Int32.min), value <= Int64(Int32.max) { return .integer(Int32(value)) }
        return .long(value)
    }

    private static func big(_ value: BigInt) -> VTLValue {
        .bigNumber(VTLBigNumber(kind: .integer, text: value.description))
    }

    static func isZero(_ value: VTLValue) -> Bool {
        switch value {
        case .integer(let n): return n == 0
        case .long(let n): return n == 0
        case .double(let d): return d == 0
        case .bigNumber(let n): return n.kind == .integer ? (BigInt(n.text)?.isZero ?? false) : (Double(n.text) == 0)
        default: return false
        }
    }

    /// `a op b`, or nil for a division by zero (Velocity logs it and yields null).
    static func perform(_ op: MathOperator, _ a: VTLValue, _ b: VTLValue) -> VTLValue? {
        if op == .divide || op == .modulo, isZero(b) { return nil }
        switch base(a, b) {
        case .long:
            let x = longValue(a), y = longValue(b)
            switch op {
            case .add:
                let (r, overflow) = x.addingReportingOverflow(y)
                return overflow ? big(BigInt(x) + BigInt(y)) : wrap(r, a, b)
            case .subtract:
                let (r, overflow) = x.subtractingReportingOverflow(y)
                return overflow ? big(BigInt(x) - BigInt(y)) : wrap(r, a, b)
            case .multiply:
                let (r, overflow) = x.multipliedReportingOverflow(by: y)
                return overflow ? big(BigInt(x) * BigInt(y)) : wrap(r, a, b)
            case .divide:
                if x == Int64.min && y == -1 { return wrap(Int64.min, a, b) }
                return wrap(x / y, a, b)
            case .modulo:
                if y == -1 { return wrap(0, a, b) }
                return wrap(x % y, a, b)
            }
        case .bigInteger:
            let x = bigInteger(a), y = bigInteger(b)
            switch op {
            case .add: return big(x + y)
            case .subtract: return big(x - y)
            case .multiply: return big(x * y)
            case .divide: return (x.quotientAndRemainder(dividingBy: y)?.0).map(big)
            case .modulo: return x.modulo(y).map(big)
            }
        case .double, .bigDecimal:
            let x = doubleValue(a), y = doubleValue(b)
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide: return .double(x / y)
            case .modulo: return .double(x.truncatingRemainder(dividingBy: y))
            }
        }
    }

    /// `MathUtils.compare`: -1, 0 or 1.
    static func compare(_ a: VTLValue, _ b: VTLValue) -> Int {
        switch base(a, b) {
        case .long:
            let x = longValue(a), y = longValue(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        case .bigInteger:
            let x = bigInteger(a), y = bigInteger(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        case .double, .bigDecimal:
            let x = doubleValue(a), y = doubleValue(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }
}
