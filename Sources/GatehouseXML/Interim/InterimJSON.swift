package import GatehouseJSON

// INTERIM: GatehouseJSON's parser and serializer were not written when this module was. This
// file holds a small strict parser (with line and column in its errors, for ContentCheck and the
// CLI) and a deterministic serializer (for golden files and the CLI). Replace both with
// GatehouseJSON's `JSONParser` / serializer once they land; only ContentCheck, the tests and
// `gatehouse convert` use them.

/// A JSON syntax error: 1-based line and column (the column counts Unicode scalars).
package struct InterimJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var line: Int
    package var column: Int
    package var description: String { "line \(line), column \(column): \(message)" }
}

/// RFC 8259 strict: no comments, no trailing commas, no single quotes, no NaN; any value at the
/// top level; a repeated member name keeps its first position and last value.
package struct InterimJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private let maxDepth: Int

    package static func parse(_ text: String, maxDepth: Int = 512) throws(InterimJSONError) -> JSONValue {
        var parser = InterimJSONParser(bytes: Array(text.utf8), maxDepth: maxDepth)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        if parser.index < parser.bytes.count {
            throw parser.error("Unexpected \(parser.found) after the JSON value.")
        }
        return value
    }

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private var column: Int {
        // Unicode scalars from the start of the line: count the bytes that start a scalar.
        var count = 1
        var position = lineStart
        while position < index, position < bytes.count {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    private var found: String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        if byte < 0x20 { return "control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(4))" }
        return "'\(text)'"
    }

    private func error(_ message: String) -> InterimJSONError {
        InterimJSONError(message: message, line: line, column: column)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(InterimJSONError) -> JSONValue {
        guard index < bytes.count else { throw error("Expected a JSON value, found end of input.") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("Expected a JSON value, found \(found).")
        }
    }

    private mutating func literal(_ word: String) throws(InterimJSONError) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw error("Expected '\(word)', found \(found).") }
            index += 1
        }
    }

    private mutating func enter() throws(InterimJSONError) {
        depth += 1
        if depth > maxDepth { throw error("Values are nested deeper than \(maxDepth) levels.") }
    }

    private mutating func parseObject() throws(InterimJSONError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var object = JSONObject()
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("Expected a member name in double quotes, found \(found).")
            }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("Expected ':' after a member name, found \(found).") }
            index += 1
            skipSpace()
            object[key] = try parseValue()
            skipSpace()
            guard index < bytes.count else { throw error("Expected ',' or '}' in an object, found end of input.") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(object)
            }
            throw error("Expected ',' or '}' in an object, found \(found).")
        }
    }

    private mutating func parseArray() throws(InterimJSONError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard index < bytes.count else { throw error("Expected ',' or ']' in an array, found end of input.") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            throw error("Expected ',' or ']' in an array, found \(found).")
        }
    }

    private mutating func parseString() throws(InterimJSONError) -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("Unterminated string.") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("Unterminated string.") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if value >= 0xD800, value < 0xDC00 {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("A high surrogate \\u escape must be followed by a low surrogate.")
                        }
                        index += 2
                        let low = try hex4()
                        guard low >= 0xDC00, low < 0xE000 else { throw error("Invalid low surrogate in a \\u escape.") }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if value >= 0xDC00, value < 0xE000 {
                        throw error("A low surrogate \\u escape without a high surrogate.")
                    }
                    out.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
                default:
                    index -= 2
                    throw error("Invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string.")
                }
            case 0x00..<0x20:
                throw error("Unescaped \(found) in a string.")
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws(InterimJSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("Expected four hex digits after \\u.") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("Expected four hex digits after \\u, found \(found).")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(InterimJSONError) -> JSONNumber {
        let start = index
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw error("A number must not have a leading zero.") }
        } else if isDigit(index) {
            while isDigit(index) { index += 1 }
        } else {
            throw error("Expected a digit, found \(found).")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw error("Expected a digit after the decimal point, found \(found).") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw error("Expected a digit in the exponent, found \(found).") }
            while isDigit(index) { index += 1 }
        }
        return JSONNumber(text: String(decoding: bytes[start..<index], as: UTF8.self))
    }
}

/// Writes JSON text: compact (`{"a":1}`) or indented like `JSON.stringify(value, null, 2)`.
/// Non-ASCII text is written as UTF-8; `"`, `\` and control characters are escaped.
package enum InterimJSONWriter {
    package static func write(_ value: JSONValue, indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(value, indent: indent, level: 0, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func newline(_ indent: Int, _ level: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * level))
    }

    private static func write(_ value: JSONValue, indent: Int, level: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let bool): out.append(contentsOf: (bool ? "true" : "false").utf8)
        case .number(let number): out.append(contentsOf: number.text.utf8)
        case .string(let string): writeString(string, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                if indent > 0 { newline(indent, level + 1, into: &out) }
                write(item, indent: indent, level: level + 1, into: &out)
            }
            if indent > 0, !items.isEmpty { newline(indent, level, into: &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                if indent > 0 { newline(indent, level + 1, into: &out) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent > 0 { out.append(0x20) }
                write(member, indent: indent, level: level + 1, into: &out)
            }
            if indent > 0, !object.isEmpty { newline(indent, level, into: &out) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x00..<0x20: out.append(contentsOf: ("\\u" + String(byte, radix: 16).leftPadded(4)).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
