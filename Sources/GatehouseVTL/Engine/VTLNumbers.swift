// Velocity 1.7's MathUtils over Java's boxed numbers: Integer overflows to Long, Long to
// BigInteger; a Double on either side makes the result a Double.

enum NumBase { case long, big, double }

extension VTLValue {
    var isNumber: Bool {
        switch self {
        case .integer, .long, .double, .bigNumber: return true
        default: return false
        }
    }

    var doubleValue: Double {
        switch self {
        case .integer(let i): return Double(i)
        case .long(let l): return Double(l)
        case .double(let d): return d
        case .bigNumber(let b): return Double(b.text) ?? 0
        default: return 0
        }
    }

    var longValue: Int64 {
        switch self {
        case .integer(let i): return Int64(i)
        case .long(let l): return l
        case .double(let d): return d.isNaN ? 0 : (d >= 9.2233720368547758e18 ? Int64.max : (d <= -9.2233720368547758e18 ? Int64.min : Int64(d)))
        case .bigNumber(let b):
            if let v = Int128(b.text) { return Int64(truncatingIfNeeded: v) }
            return Int64(Double(b.text) ?? 0)
        default: return 0
        }
    }

    var intValue: Int32 {
        switch self {
        case .double(let d): return d.isNaN ? 0 : (d >= 2147483647 ? Int32.max : (d <= -2147483648 ? Int32.min : Int32(d)))
        default: return Int32(truncatingIfNeeded: longValue)
        }
    }

    var bigValue: Int128 {
        switch self {
        case .bigNumber(let b): return Int128(b.text) ?? Int128(Double(b.text) ?? 0)
        case .double(let d): return Int128(d)
        default: return Int128(longValue)
        }
    }
}

func numBase(_ a: VTLValue, _ b: VTLValue) -> NumBase {
    func isBigDecimal(_ v: VTLValue) -> Bool { if case .bigNumber(let n) = v, n.kind == .decimal { return true }; return false }
    func isBigInt(_ v: VTLValue) -> Bool { if case .bigNumber(let n) = v, n.kind == .integer { return true }; return false }
    func isDouble(_ v: VTLValue) -> Bool { if case .double = v { return true }; return false }
    if isBigDecimal(a) || isBigDecimal(b) { return .double }
    if isBigInt(a) || isBigInt(b) { return .big }
    if isDouble(a) || isDouble(b) { return .double }
    return .long
}

/// wrapPrimitive: the wider of the two classes, Integer widened to Long when needed.
func wrapLong(_ v: Int64, _ a: VTLValue, _ b: VTLValue) -> VTLValue {
    var isLong = false
    if case .long = a { isLong = true }
    if case .long = b { isLong = true }
    if !isLong, let i = Int32(exactly: v) { return .integer(i) }
    return .long(v)
}

func bigResult(_ v: Int128) -> VTLValue {
    .bigNumber(VTLBigNumber(kind: .integer, text: String(v)))
}

enum MathOp { case add, sub, mul, div, mod }

struct MathOverflow: Error {}

/// nil: Velocity's null (division by zero).
func javaMath(_ op: MathOp, _ a: VTLValue, _ b: VTLValue) throws(MathOverflow) -> VTLValue? {
    switch numBase(a, b) {
    case .double:
        let x = a.doubleValue, y = b.doubleValue
        switch op {
        case .add: return .double(x + y)
        case .sub: return .double(x - y)
        case .mul: return .double(x * y)
        case .div: return y == 0 ? nil : .double(x / y)
        case .mod: return y == 0 ? nil : .double(x.truncatingRemainder(dividingBy: y))
        }
    case .big:
        let x = a.bigValue, y = b.bigValue
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y); if o { throw MathOverflow() }; return bigResult(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y); if o { throw MathOverflow() }; return bigResult(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y); if o { throw MathOverflow() }; return bigResult(r)
        case .div:
            if y == 0 { return nil }
            return bigResult(x.dividedReportingOverflow(by: y).partialValue)
        case .mod:
            if y == 0 { return nil }
            return bigResult(x.remainderReportingOverflow(dividingBy: y).partialValue)
        }
    case .long:
        let x = a.longValue, y = b.longValue
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { return bigResult(Int128(x) + Int128(y)) }
            return wrapLong(r, a, b)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { return bigResult(Int128(x) - Int128(y)) }
            return wrapLong(r, a, b)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { return bigResult(Int128(x) * Int128(y)) }
            return wrapLong(r, a, b)
        case .div:
            if y == 0 { return nil }
            return wrapLong(x.dividedReportingOverflow(by: y).partialValue, a, b)
        case .mod:
            if y == 0 { return nil }
            return wrapLong(x.remainderReportingOverflow(dividingBy: y).partialValue, a, b)
        }
    }
}

/// MathUtils.compare
func javaCompareNumbers(_ a: VTLValue, _ b: VTLValue) -> Int {
    switch numBase(a, b) {
    case .double:
        let x = a.doubleValue, y = b.doubleValue
        return x < y ? -1 : (x > y ? 1 : 0)
    case .big:
        let x = a.bigValue, y = b.bigValue
        return x < y ? -1 : (x > y ? 1 : 0)
    case .long:
        let x = a.longValue, y = b.longValue
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}
