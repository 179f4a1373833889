import GatehouseJSON
import OrderedCollections

/// How Java prints values: `String.valueOf`, `Double.toString`, `AbstractCollection.toString`,
/// `AbstractMap.toString` and json-smart's `JSONValue.toJSONString`.
extension VTLValue {
    /// The value's Java `toString()` (`"null"` for null), as Velocity prints it.
    public var javaString: String {
        var out = ""
        JavaText.append(self, to: &out, depth: 0)
        return out
    }

    /// The Java class name of the value (`java.lang.Integer`, `java.util.ArrayList`, ...).
    public var javaClassName: String {
        switch self {
        case .null: return "null"
        case .string: return "java.lang.String"
        case .bool: return "java.lang.Boolean"
        case .integer: return "java.lang.Integer"
        case .long: return "java.lang.Long"
        case .double: return "java.lang.Double"
        case .bigNumber(let number): return number.kind == .integer ? "java.math.BigInteger" : "java.math.BigDecimal"
        case .list(let list):
            switch list.kind {
            case .arrayList: return "java.util.ArrayList"
            case .jsonArray: return "net.minidev.json.JSONArray"
            case .array: return "[Ljava.lang.String;"
            case .keySet, .values, .entrySet:
                let linked = list.owner?.kind != .jsonObject
                let name = list.kind == .keySet ? "KeySet" : list.kind == .values ? "Values" : "EntrySet"
                return linked ? "java.util.LinkedHashMap$Linked" + name : "java.util.HashMap$" + name
            }
        case .map(let map): return map.kind == .linkedHashMap ? "java.util.LinkedHashMap" : "net.minidev.json.JSONObject"
        case .object(let object): return object.javaClassName
        }
    }
}

enum JavaText {
    static let maxDepth = 256

    static func append(_ value: VTLValue, to out: inout String, depth: Int) {
        switch value {
        case .null: out += "null"
        case .string(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .long(let number): out += String(number)
        case .double(let number): out += double(number)
        case .bigNumber(let number): out += number.text
        case .list(let list): appendList(list, to: &out, depth: depth)
        case .map(let map): appendMap(map, to: &out, depth: depth)
        case .object(let object): out += object.javaDescription
        }
    }

    static func appendList(_ list: VTLList, to out: inout String, depth: Int) {
        switch list.kind {
        case .jsonArray:
            JSONText.append(.list(list), to: &out, depth: depth)
        case .array:
            out += "[Ljava.lang.String;@" + identityHash(list)
        case .arrayList, .keySet, .values, .entrySet:
            guard depth < maxDepth else { out += "[...]"; return }
            out += "["
            var first = true
            for element in list.elements {
                if !first { out += ", " }
                first = false
                if case .list(let inner) = element, inner === list {
                    out += "(this Collection)"
                } else {
                    append(element, to: &out, depth: depth + 1)
                }
            }
            out += "]"
        }
    }

    static func appendMap(_ map: VTLMap, to out: inout String, depth: Int) {
        switch map.kind {
        case .jsonObject:
            JSONText.append(.map(map), to: &out, depth: depth)
        case .linkedHashMap:
            guard depth < maxDepth else { out += "{...}"; return }
            out += "{"
            var first = true
            for (key, value) in map.entries {
                if !first { out += ", " }
                first = false
                out += key.javaString
                out += "="
                if case .map(let inner) = value, inner === map {
                    out += "(this Map)"
                } else {
                    append(value, to: &out, depth: depth + 1)
                }
            }
            out += "}"
        }
    }

    /// A stand-in for Java's identity hash code in `Object.toString()`: stable for one object.
    static func identityHash(_ object: AnyObject) -> String {
        let bits = UInt(bitPattern: ObjectIdentifier(object).hashValue)
        let folded = UInt32(truncatingIfNeeded: bits ^ (bits >> 32)) & 0x7FFF_FFFF
        return String(folded, radix: 16)
    }

    /// `Double.toString(double)` as Java 17 prints it (`1.0`, `0.001`, `1.0E7`, `1.5E-5`), with
    /// the digits of its `FloatingDecimal`, which are not always the shortest.
    static func double(_ value: Double) -> String { JavaDouble.string(value) }
}

extension VTLMapKey {
    init(_ value: VTLValue) {
        switch value {
        case .null: self = .null
        case .string(let text): self = .string(text)
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .long(let number): self = .long(number)
        case .double(let number): self = .double(number)
        case .bigNumber(let number): self = .bigNumber(number)
        default: self = .other(value.javaString)
        }
    }

    /// The key as a value (a key made from a list or map comes back as its text).
    var value: VTLValue {
        switch self {
        case .null: return .null
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .long(let number): return .long(number)
        case .double(let number): return .double(number)
        case .bigNumber(let number): return .bigNumber(number)
        case .other(let text): return .string(text)
        }
    }

    public var javaString: String {
        switch self {
        case .null: return "null"
        case .other(let text): return text
        default: return value.javaString
        }
    }

    /// Java's `hashCode()` of the key.
    var javaHashCode: Int32 {
        switch self {
        case .null: return 0
        case .string(let text): return JavaString.hashCode(text)
        case .bool(let flag): return flag ? 1231 : 1237
        case .integer(let number): return number
        case .long(let number): return Int32(truncatingIfNeeded: number ^ (number >>> 32))
        case .double(let number):
            let bits = number == 0 && number.sign == .plus ? 0 : (number.isNaN ? Int64(0x7ff8_0000_0000_0000) : Int64(bitPattern: number.bitPattern))
            return Int32(truncatingIfNeeded: bits ^ (bits >>> 32))
        case .bigNumber(let number): return JavaString.hashCode(number.text)
        case .other(let text): return JavaString.hashCode(text)
        }
    }
}

infix operator >>> : BitwiseShiftPrecedence
@inline(__always) func >>> (lhs: Int64, rhs: Int64) -> Int64 {
    Int64(bitPattern: UInt64(bitPattern: lhs) >> UInt64(rhs))
}
@inline(__always) func >>> (lhs: Int32, rhs: Int32) -> Int32 {
    Int32(bitPattern: UInt32(bitPattern: lhs) >> UInt32(rhs))
}

extension VTLMap {
    /// The entries in the order Java iterates them: insertion order for a `LinkedHashMap`,
    /// bucket order for a json-smart `JSONObject` (a `java.util.HashMap`).
    public var javaOrderedEntries: [(key: VTLMapKey, value: VTLValue)] {
        switch kind {
        case .linkedHashMap:
            return entries.map { ($0.key, $0.value) }
        case .jsonObject:
            var capacity = 16
            while Double(entries.count) > Double(capacity) * 0.75 { capacity *= 2 }
            let mask = Int32(capacity - 1)
            var keyed: [(bucket: Int32, index: Int, key: VTLMapKey, value: VTLValue)] = []
            keyed.reserveCapacity(entries.count)
            for (index, entry) in entries.enumerated() {
                let h = entry.key.javaHashCode
                keyed.append(((h ^ (h >>> 16)) & mask, index, entry.key, entry.value))
            }
            keyed.sort { $0.bucket != $1.bucket ? $0.bucket < $1.bucket : $0.index < $1.index }
            return keyed.map { ($0.key, $0.value) }
        }
    }

    var javaOrderedValues: [VTLValue] {
        kind == .linkedHashMap ? Array(entries.values) : javaOrderedEntries.map(\.value)
    }
}

/// json-smart's `JSONValue.toJSONString` with its default style.
enum JSONText {
    static func append(_ value: VTLValue, to out: inout String, depth: Int) {
        guard depth < JavaText.maxDepth else { out += "null"; return }
        switch value {
        case .null: out += "null"
        case .string(let text): appendString(text, to: &out)
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer, .long, .double, .bigNumber: JavaText.append(value, to: &out, depth: depth)
        case .list(let list):
            out += "["
            var first = true
            for element in list.elements {
                if !first { out += "," }
                first = false
                append(element, to: &out, depth: depth + 1)
            }
            out += "]"
        case .map(let map):
            out += "{"
            var first = true
            for (key, element) in map.javaOrderedEntries {
                if !first { out += "," }
                first = false
                if case .null = key {
                    out += "null"
                } else {
                    appendString(key.javaString, to: &out)
                }
                out += ":"
                append(element, to: &out, depth: depth + 1)
            }
            out += "}"
        case .object(let object):
            if let entry = object as? JavaMapEntry {
                out += "{"
                appendString(entry.key.javaString, to: &out)
                out += ":"
                append(entry.value, to: &out, depth: depth + 1)
                out += "}"
            } else {
                appendString(object.javaDescription, to: &out)
            }
        }
    }

    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        var needsEscape = false
        for unit in text.utf8 where unit < 0x20 || unit == 0x22 || unit == 0x5C || unit == 0x2F || unit >= 0x7F {
            needsEscape = true
            break
        }
        guard needsEscape else {
            out += text
            out += "\""
            return
        }
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v <= 0x1F || (v >= 0x7F && v <= 0x9F) || (v >= 0x2000 && v <= 0x20FF) {
                    out += "\\u"
                    out.unicodeScalars.append(hex[Int(v >> 12 & 0xF)])
                    out.unicodeScalars.append(hex[Int(v >> 8 & 0xF)])
                    out.unicodeScalars.append(hex[Int(v >> 4 & 0xF)])
                    out.unicodeScalars.append(hex[Int(v & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Java `String` operations that count UTF-16 code units.
enum JavaString {
    /// A Swift string from UTF-16 units; an unpaired surrogate becomes `?`, as Java's UTF-8
    /// encoder writes it.
    static func fromUTF16<C: Collection>(_ units: C) -> String where C.Element == UInt16 {
        // Encode to UTF-8 bytes directly: appending scalar by scalar to a String is slow.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var pending: UInt16? = nil
        while true {
            let unit: UInt16
            if let p = pending {
                unit = p
                pending = nil
            } else if let next = iterator.next() {
                unit = next
            } else {
                break
            }
            if unit < 0x80 {
                bytes.append(UInt8(unit))
            } else if unit < 0x800 {
                bytes.append(UInt8(0xC0 | (unit >> 6)))
                bytes.append(UInt8(0x80 | (unit & 0x3F)))
            } else if unit < 0xD800 || unit > 0xDFFF {
                bytes.append(UInt8(0xE0 | (unit >> 12)))
                bytes.append(UInt8(0x80 | ((unit >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (unit & 0x3F)))
            } else if unit <= 0xDBFF, let low = iterator.next() {
                if low >= 0xDC00 && low <= 0xDFFF {
                    let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    bytes.append(UInt8(0xF0 | (value >> 18)))
                    bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                    bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                    bytes.append(UInt8(0x80 | (value & 0x3F)))
                } else {
                    bytes.append(UInt8(ascii: "?"))
                    pending = low
                }
            } else {
                bytes.append(UInt8(ascii: "?"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hashCode(_ text: String) -> Int32 {
        var h: Int32 = 0
        for unit in text.utf16 { h = 31 &* h &+ Int32(unit) }
        return h
    }

    static func length(_ text: String) -> Int { text.utf16.count }

    /// `toUpperCase()` / `toLowerCase()` of an ASCII string, byte by byte; `nil` when the text
    /// is not ASCII (the caller then uses the Unicode mapping).
    static func asciiCase(_ text: String, upper: Bool) -> String? {
        let from: UInt8 = upper ? 0x61 : 0x41
        let result = text.utf8.withContiguousStorageIfAvailable { source -> String? in
            var changes = false
            for byte in source {
                if byte >= 0x80 { return nil }
                if byte &- from < 26 { changes = true }
            }
            if !changes { return text }
            return String(unsafeUninitializedCapacity: source.count) { target in
                var i = 0
                while i < source.count {
                    let byte = source[i]
                    target[i] = byte &- from < 26 ? byte ^ 0x20 : byte
                    i += 1
                }
                return source.count
            }
        }
        // `nil` from `withContiguousStorageIfAvailable` (text not stored as UTF-8): the caller
        // maps it the general way.
        return result ?? nil
    }
}
