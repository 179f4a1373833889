import GatehouseJSON

/// Compact JSON text as API Gateway writes it (no spaces, `/` not escaped, members in order).
enum JSONText {
    static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .number(let number): out += number.text
        case .string(let string): quote(string, into: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            var first = true
            for (key, member) in object {
                if !first { out += "," }
                first = false
                quote(key, into: &out)
                out += ":"
                write(member, into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ string: String, into out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    static func quoted(_ string: String) -> String {
        var out = ""
        quote(string, into: &out)
        return out
    }

    /// Parses strict JSON; nil when the text is not JSON.
    static func parse(_ text: String) -> JSONValue? {
        try? JSONParser.parse(text, mode: .strict)
    }
}

extension JSONValue {
    /// The value as compact JSON text (as API Gateway writes events and mapped values).
    var compactJSONText: String { JSONText.compact(self) }
}
