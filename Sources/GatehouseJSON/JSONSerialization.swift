extension JSONValue {
    /// Compact standard JSON (`{"a":1,"b":[true,null]}`): RFC 8259 escaping (`"`, `\`, and
    /// control characters; `/` and non-ASCII are written as they are), numbers as their source
    /// text (text that is not an RFC 8259 number, such as json-smart's `01` or `NaN`, is written
    /// as Java would print the number, or `null` when it is not finite).
    public var jsonString: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        JSONWriter.writeStandard(self, into: &out, indent: nil, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Standard JSON pretty-printed with two-space indentation and `"key": value` members; empty
    /// containers print as `{}` and `[]`.
    public var prettyJSONString: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        JSONWriter.writeStandard(self, into: &out, indent: 2, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// What json-smart 2.2's `JSONValue.toJSONString(value)` writes for the Java object this value
    /// stands for, which is what `$input.json(...)` prints on API Gateway: compact, `/` escaped as
    /// `\/`, U+007F–U+009F and U+2000–U+20FF escaped as `\uXXXX` (upper-case hex), numbers printed
    /// as the Java number json-smart parsed them into (`1.50` → `1.5`, `1e5` → `100000.0`, `01` →
    /// `1`, `1e400` → `null`).
    public var jsonSmartString: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        JSONWriter.writeSmart(self, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension JSONNumber {
    /// The number as standard JSON: its text when that is an RFC 8259 number, else Java's printing
    /// of it (`null` when not finite).
    public var standardJSONText: String {
        if isStandardJSON { return text }
        let value = jsonSmartValue
        switch value {
        case .double(let d) where !d.isFinite: return "null"
        default: return value.javaString
        }
    }
}

enum JSONWriter {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    private static let hexUpper: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Per ASCII byte: 0 = copy, 1 = escape as RFC 8259 requires (standard writer).
    private static let standardEscape: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    /// Per byte: whether json-smart's writer may need to do something other than copy it
    /// (`"`, `\`, `/`, controls, DEL, and the lead bytes 0xC2/0xE2 of escaped ranges).
    private static let smartSpecial: [Bool] = (0..<256).map {
        $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2
    }

    @inline(__always)
    private static func appendLiteral(_ value: JSONValue, into out: inout [UInt8]) -> Bool {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b):
            if b { out.append(contentsOf: "true".utf8) } else { out.append(contentsOf: "false".utf8) }
        default: return false
        }
        return true
    }

    static func writeStandard(_ value: JSONValue, into out: inout [UInt8], indent: Int?, level: Int) {
        switch value {
        case .null, .bool: _ = appendLiteral(value, into: &out)
        case .number(let n):
            if JSONWriter.isPlainInteger(n.text) || n.isStandardJSON {
                out.append(contentsOf: n.text.utf8)
            } else {
                out.append(contentsOf: n.standardJSONText.utf8)
            }
        case .string(let s): writeStandardString(s, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            if elements.isEmpty {
                out.append(UInt8(ascii: "]"))
                return
            }
            var first = true
            for element in elements {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(&out, indent: indent, level: level + 1)
                writeStandard(element, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            if object.isEmpty {
                out.append(UInt8(ascii: "}"))
                return
            }
            let keys = object.members.keys
            let values = object.members.values
            for i in 0..<keys.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent: indent, level: level + 1)
                writeStandardString(keys[i], into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                writeStandard(values[i], into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private static func newline(_ out: inout [UInt8], indent: Int?, level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * level))
    }

    /// `-?[1-9][0-9]{0,8}` or `0`: integer text that every writer prints unchanged (an `Integer`
    /// in Java, an RFC 8259 number as written).
    @inline(__always)
    static func isPlainInteger(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard var c = utf8.next() else { return false }
        if c == UInt8(ascii: "-") {
            guard let d = utf8.next() else { return false }
            c = d
            if c == UInt8(ascii: "0") { return false }
        } else if c == UInt8(ascii: "0") {
            return utf8.next() == nil
        }
        guard c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") else { return false }
        var digits = 1
        while let d = utf8.next() {
            guard d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") else { return false }
            digits += 1
            if digits > 9 { return false }
        }
        return true
    }

    static func writeStandardString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if !standardEscape[Int(byte)] {
                    i += 1
                    continue
                }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                switch byte {
                case UInt8(ascii: "\""): out.append(0x5C); out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                default:
                    out.append(0x5C); out.append(UInt8(ascii: "u")); out.append(0x30); out.append(0x30)
                    out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)])
                }
                i += 1
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func writeSmart(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null, .bool: _ = appendLiteral(value, into: &out)
        case .number(let n):
            if isPlainInteger(n.text) {
                out.append(contentsOf: n.text.utf8)
            } else {
                out.append(contentsOf: n.jsonSmartValue.jsonSmartString.utf8)
            }
        case .string(let s): writeSmartString(s, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            var first = true
            for element in elements {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeSmart(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            let keys = object.members.keys
            let values = object.members.values
            for i in 0..<keys.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeSmartString(keys[i], into: &out)
                out.append(UInt8(ascii: ":"))
                writeSmart(values[i], into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private static func appendUnicodeEscape(_ v: UInt32, into out: inout [UInt8]) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        out.append(hexUpper[Int((v >> 12) & 0xF)])
        out.append(hexUpper[Int((v >> 8) & 0xF)])
        out.append(hexUpper[Int((v >> 4) & 0xF)])
        out.append(hexUpper[Int(v & 0xF)])
    }

    /// json-smart's `JStylerObj.ESCAPE4Web` escaping, as `JSONStyle.DEFAULT` uses it: `"`, `\`,
    /// `/`, the short escapes, and `\uXXXX` (upper-case hex) for U+0000–U+001F, U+007F–U+009F and
    /// U+2000–U+20FF. Works on UTF-8: those ranges are `7F`, `C2 80`–`C2 9F` and `E2 80 80`–`E2 83 BF`.
    static func writeSmartString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if !smartSpecial[Int(byte)] {
                    i += 1
                    continue
                }
                var consumed = 1
                var escape: UInt32? = nil
                var short: UInt8 = 0
                switch byte {
                case 0x22: short = 0x22
                case 0x5C: short = 0x5C
                case 0x2F: short = 0x2F
                case 0x0A: short = UInt8(ascii: "n")
                case 0x0D: short = UInt8(ascii: "r")
                case 0x09: short = UInt8(ascii: "t")
                case 0x08: short = UInt8(ascii: "b")
                case 0x0C: short = UInt8(ascii: "f")
                case 0xC2:
                    if i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
                        escape = UInt32(bytes[i + 1])
                        consumed = 2
                    }
                case 0xE2:
                    if i + 2 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x83 {
                        escape = 0x2000 | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                        consumed = 3
                    }
                default:
                    escape = UInt32(byte)  // controls and DEL
                }
                if short == 0 && escape == nil {
                    i += 1  // a lead byte outside the escaped ranges: copied with its run
                    continue
                }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                if let escape {
                    appendUnicodeEscape(escape, into: &out)
                } else {
                    out.append(0x5C)
                    out.append(short)
                }
                i += consumed
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
