extension JSONValue {
    /// Parses strict RFC 8259 JSON (definition files, proxy-integration responses, ...): one
    /// value, optional surrounding whitespace, no comments, no trailing commas, no leading zeros,
    /// no unescaped control characters in strings. A repeated member name keeps its first position
    /// and its last value. Errors say what was expected and give a 1-based line and column.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        var copy = text
        let result = copy.withUTF8 { bytes -> Result<JSONValue, JSONError> in
            var parser = StrictParser(bytes, maxDepth: maxDepth)
            defer { parser.release() }
            do throws(JSONError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Strict RFC 8259 parsing of UTF-8 bytes; invalid UTF-8 is an error.
    public static func parse(utf8 bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw JSONError(kind: .syntax, message: "Invalid UTF-8", position: 0, line: 1, column: 1)
        }
        return try parse(text, maxDepth: maxDepth)
    }
}

struct StrictParser {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private let maxDepth: Int
    /// Values and names of the containers being read; each container is built once, at its end.
    private var tree: JSONTreeBuilder

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.b = bytes
        self.maxDepth = maxDepth
        self.tree = JSONTreeBuilder(documentLength: bytes.count)
    }

    /// Frees the parser's storage; call once, after parsing.
    func release() {
        tree.release()
    }

    mutating func parseDocument() throws(JSONError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if i < b.count { throw fail("Unexpected data after the JSON value") }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONError) -> JSONValue {
        guard i < b.count else { throw fail("Unexpected end of input, expected a value") }
        switch b[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("Unexpected character \(describe(i)), expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in w {
            guard i < b.count, b[i] == byte else { throw fail("Invalid literal, expected '\(word)'") }
            i += 1
        }
    }

    private mutating func parseObject() throws(JSONError) -> JSONValue {
        depth += 1
        if depth > maxDepth { throw fail("Nesting deeper than \(maxDepth)") }
        i += 1
        let base = tree.valueCount
        let keyBase = tree.keyCount
        skipWhitespace()
        if i < b.count, b[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(JSONObject())
        }
        while true {
            skipWhitespace()
            guard i < b.count else { throw fail("Unexpected end of input, expected a member name") }
            guard b[i] == UInt8(ascii: "\"") else { throw fail("Unexpected character \(describe(i)), expected a member name") }
            try parseKey()
            skipWhitespace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else {
                throw fail(i < b.count ? "Unexpected character \(describe(i)), expected ':'" : "Unexpected end of input, expected ':'")
            }
            i += 1
            skipWhitespace()
            tree.push(try parseValue())
            skipWhitespace()
            guard i < b.count else { throw fail("Unexpected end of input, expected ',' or '}'") }
            if b[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if b[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return .object(tree.popObject(from: base, keyBase: keyBase))
            }
            throw fail("Unexpected character \(describe(i)), expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(JSONError) -> JSONValue {
        depth += 1
        if depth > maxDepth { throw fail("Nesting deeper than \(maxDepth)") }
        i += 1
        let base = tree.valueCount
        skipWhitespace()
        if i < b.count, b[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array([])
        }
        while true {
            skipWhitespace()
            tree.push(try parseValue())
            skipWhitespace()
            guard i < b.count else { throw fail("Unexpected end of input, expected ',' or ']'") }
            if b[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if b[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return .array(tree.popArray(from: base))
            }
            throw fail("Unexpected character \(describe(i)), expected ',' or ']'")
        }
    }

    /// Reads a member name (as ``parseString()`` reads a string) and pushes it.
    private mutating func parseKey() throws(JSONError) {
        let start = i + 1
        let k = ByteScanning.firstStringSpecial(in: b, from: start)
        if k < b.count && b[k] == UInt8(ascii: "\"") {
            tree.pushKey(bytes: UnsafeBufferPointer(rebasing: b[start..<k]), readable: b.count - start)
            i = k + 1
            return
        }
        tree.pushKey(try parseString(), fingerprint: JSONTreeBuilder.unknownFingerprint)
    }

    private mutating func parseString() throws(JSONError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        i = ByteScanning.firstStringSpecial(in: b, from: start)
        if i < b.count {
            let byte = b[i]
            if byte == UInt8(ascii: "\"") {
                let s = tree.string(UnsafeBufferPointer(rebasing: b[start..<i]), readable: b.count - start)
                i += 1
                return s
            }
            if byte < 0x20 { throw fail("Unescaped control character in string") }
        }
        var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let byte = b[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < b.count else { throw fail("Unexpected end of input in string escape") }
                switch b[i] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var unit = try hex4()
                    var scalarValue = UInt32(unit)
                    if (0xD800...0xDBFF).contains(unit) {
                        if i + 2 < b.count, b[i + 1] == UInt8(ascii: "\\"), b[i + 2] == UInt8(ascii: "u") {
                            i += 2
                            let low = try hex4()
                            if (0xDC00...0xDFFF).contains(low) {
                                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                            } else {
                                // Lone high surrogate followed by another escape.
                                out += Array("\u{FFFD}".utf8)
                                unit = low
                                scalarValue = UInt32(low)
                                if (0xD800...0xDFFF).contains(low) { scalarValue = 0xFFFD }
                            }
                        } else {
                            scalarValue = 0xFFFD
                        }
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        scalarValue = 0xFFFD
                    }
                    out += Array(String(Unicode.Scalar(scalarValue) ?? "\u{FFFD}").utf8)
                default:
                    throw fail("Invalid escape \\\(describe(i))")
                }
                i += 1
            default:
                if byte < 0x20 { throw fail("Unescaped control character in string") }
                out.append(byte)
                i += 1
            }
        }
        throw fail("Unexpected end of input in string")
    }

    /// Reads the four hex digits after `\u`; leaves `i` on the last digit.
    private mutating func hex4() throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            i += 1
            guard i < b.count else { throw fail("Unexpected end of input in \\u escape") }
            let c = b[i]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw fail("Invalid \\u escape")
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = i
        let (end, failure) = JSONNumberSyntax.scan(b, from: i)
        i = end
        switch failure {
        case nil: break
        case .noDigit: throw fail("Invalid number")
        case .leadingZero: throw fail("Invalid number: leading zero")
        case .noFractionDigit: throw fail("Invalid number: expected a digit after '.'")
        case .noExponentDigit: throw fail("Invalid number: expected a digit in the exponent")
        }
        return .number(JSONNumber(text: tree.string(UnsafeBufferPointer(rebasing: b[start..<i]), readable: b.count - start)))
    }

    private func describe(_ index: Int) -> String {
        guard index < b.count else { return "end of input" }
        let byte = b[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        return "U+" + String(byte, radix: 16, uppercase: true)
    }

    private func fail(_ message: String) -> JSONError {
        var line = 1
        var column = 1
        var k = 0
        let end = min(i, b.count)
        while k < end {
            let byte = b[k]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return JSONError(kind: .syntax, message: message, position: i, line: line, column: column)
    }
}
