// How Java prints values: toString of boxed numbers, collections and maps; Double.toString;
// json-smart's toJSONString; java.util.HashMap iteration order.

/// Java's `Double.toString(double)`.
public enum JavaDouble {
    public static func string(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Shortest round-trip digits from Swift, re-laid out the Java way.
        let desc = "\(abs(d))"
        var mantissa = Substring(desc)
        var exp = 0
        if let e = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = desc[..<e]
            exp = Int(desc[desc.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPos = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == 46 { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { pointPos += 1 }
        }
        // strip leading zeros
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == 48 { lead += 1; pointPos -= 1 }
        digits.removeFirst(lead)
        while digits.count > 1 && digits.last == 48 { digits.removeLast() }
        // value = 0.d1d2... * 10^(pointPos + exp); scientific exponent E = pointPos + exp - 1
        let sciExp = pointPos + exp - 1
        var out = d < 0 ? "-" : ""
        let a = abs(d)
        if a >= 1e-3 && a < 1e7 {
            if sciExp >= 0 {
                let intCount = sciExp + 1
                var intPart = ""
                var fracPart = ""
                for (i, c) in digits.enumerated() {
                    if i < intCount { intPart.append(Character(UnicodeScalar(c))) } else { fracPart.append(Character(UnicodeScalar(c))) }
                }
                if digits.count < intCount { intPart += String(repeating: "0", count: intCount - digits.count) }
                if fracPart.isEmpty { fracPart = "0" }
                out += intPart + "." + fracPart
            } else {
                out += "0." + String(repeating: "0", count: -sciExp - 1) + String(decoding: digits, as: UTF8.self)
            }
        } else {
            out += String(UnicodeScalar(digits[0]))
            out += "."
            out += digits.count > 1 ? String(decoding: digits[1...], as: UTF8.self) : "0"
            out += "E\(sciExp)"
        }
        return out
    }
}

/// Java's `String.hashCode()`.
func javaStringHash(_ s: String) -> Int32 {
    var h: Int32 = 0
    for u in s.utf16 { h = h &* 31 &+ Int32(u) }
    return h
}

extension VTLMapKey {
    /// The key as the Java object it stands for.
    public var value: VTLValue {
        switch self {
        case .null: return .null
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .integer(let i): return .integer(i)
        case .long(let l): return .long(l)
        case .double(let d): return .double(d)
        case .bigNumber(let b): return .bigNumber(b)
        case .other(let s): return .string(s)
        }
    }

    var javaHash: Int32 {
        switch self {
        case .null: return 0
        case .string(let s): return javaStringHash(s)
        case .bool(let b): return b ? 1231 : 1237
        case .integer(let i): return i
        case .long(let l): return Int32(truncatingIfNeeded: l ^ Int64(bitPattern: UInt64(bitPattern: l) >> 32))
        case .double(let d):
            let bits = d == 0 && d.sign == .plus ? 0 : (d.isNaN ? 0x7ff8000000000000 : d.bitPattern)
            return Int32(truncatingIfNeeded: Int64(bitPattern: bits ^ (bits >> 32)))
        case .bigNumber(let b): return javaStringHash(b.text)
        case .other(let s): return javaStringHash(s)
        }
    }

    public var javaString: String { value.javaString }
}

extension VTLValue {
    /// The map key for this value (Java equals/hashCode identity).
    public var mapKey: VTLMapKey {
        switch self {
        case .null: return .null
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .integer(let i): return .integer(i)
        case .long(let l): return .long(l)
        case .double(let d): return .double(d)
        case .bigNumber(let b): return .bigNumber(b)
        default: return .other(javaString)
        }
    }
}

extension VTLMap {
    /// Keys in the order Java iterates them.
    public var orderedKeys: [VTLMapKey] {
        switch kind {
        case .linkedHashMap:
            return Array(entries.keys)
        case .jsonObject:
            let n = entries.count
            var cap = 16
            while Double(n) > Double(cap) * 0.75 { cap *= 2 }
            let mask = Int32(cap - 1)
            var keyed: [(Int32, Int, VTLMapKey)] = []
            keyed.reserveCapacity(n)
            for (i, k) in entries.keys.enumerated() {
                let h = k.javaHash
                let spread = h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 16)
                keyed.append((spread & mask, i, k))
            }
            keyed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return keyed.map { $0.2 }
        }
    }

    /// Values in Java iteration order.
    public var orderedValues: [VTLValue] {
        if kind == .linkedHashMap { return Array(entries.values) }
        return orderedKeys.map { entries[$0] ?? .null }
    }
}

extension VTLValue {
    /// What Java's `String.valueOf(value)` gives: the text Velocity prints.
    public var javaString: String {
        var out = ""
        appendJava(to: &out, depth: 0)
        return out
    }

    func appendJava(to out: inout String, depth: Int) {
        switch self {
        case .null: out += "null"
        case .string(let s): out += s
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .long(let l): out += String(l)
        case .double(let d): out += JavaDouble.string(d)
        case .bigNumber(let b): out += b.text
        case .list(let l):
            switch l.kind {
            case .array:
                out += "[Ljava.lang.String;@" + String(UInt32(truncatingIfNeeded: ObjectIdentifier(l).hashValue) & 0x7fffffff, radix: 16)
            case .jsonArray:
                appendJSON(to: &out, depth: depth)
            case .arrayList:
                if depth > 100 { out += "[...]"; return }
                out += "["
                var first = true
                for e in l.elements {
                    if !first { out += ", " }
                    first = false
                    if case .list(let inner) = e, inner === l { out += "(this Collection)"; continue }
                    e.appendJava(to: &out, depth: depth + 1)
                }
                out += "]"
            }
        case .map(let m):
            switch m.kind {
            case .jsonObject:
                appendJSON(to: &out, depth: depth)
            case .linkedHashMap:
                if depth > 100 { out += "{...}"; return }
                out += "{"
                var first = true
                for (k, v) in m.entries {
                    if !first { out += ", " }
                    first = false
                    out += k.javaString
                    out += "="
                    if case .map(let inner) = v, inner === m { out += "(this Map)"; continue }
                    v.appendJava(to: &out, depth: depth + 1)
                }
                out += "}"
            }
        case .object(let o): out += o.javaDescription
        }
    }

    func appendJSON(to out: inout String, depth: Int) {
        switch self {
        case .null: out += "null"
        case .string(let s): appendJSONString(s, to: &out)
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .long(let l): out += String(l)
        case .double(let d): out += d.isInfinite ? "null" : JavaDouble.string(d)
        case .bigNumber(let b): out += b.text
        case .list(let l):
            if depth > 100 { out += "[]"; return }
            out += "["
            var first = true
            for e in l.elements {
                if !first { out += "," }
                first = false
                e.appendJSON(to: &out, depth: depth + 1)
            }
            out += "]"
        case .map(let m):
            if depth > 100 { out += "{}"; return }
            out += "{"
            var first = true
            for k in m.orderedKeys {
                if !first { out += "," }
                first = false
                if case .null = k { out += "null" } else { appendJSONString(k.javaString, to: &out) }
                out += ":"
                (m.entries[k] ?? .null).appendJSON(to: &out, depth: depth + 1)
            }
            out += "}"
        case .object(let o):
            appendJSONString(o.javaDescription, to: &out)
        }
    }
}

private let hexDigits: [Character] = Array("0123456789ABCDEF")

/// json-smart 2.2's string escaping (JStylerObj.ESCAPE4Web), quotes included.
func appendJSONString(_ s: String, to out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "/": out += "\\/"
        default:
            let v = u.value
            if v <= 0x1F || (v >= 0x7F && v <= 0x9F) || (v >= 0x2000 && v <= 0x20FF) {
                out += "\\u"
                out.append(hexDigits[Int((v >> 12) & 0xF)])
                out.append(hexDigits[Int((v >> 8) & 0xF)])
                out.append(hexDigits[Int((v >> 4) & 0xF)])
                out.append(hexDigits[Int(v & 0xF)])
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    out += "\""
}

/// json-smart 2.2's `JSONValue.toJSONString(value)`.
public func jsonSmartString(_ value: VTLValue) -> String {
    var out = ""
    value.appendJSON(to: &out, depth: 0)
    return out
}

/// A JSON string literal as json-smart writes it (quotes included).
public func jsonSmartQuoted(_ s: String) -> String {
    var out = ""
    appendJSONString(s, to: &out)
    return out
}
