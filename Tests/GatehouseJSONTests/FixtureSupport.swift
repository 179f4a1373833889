import Foundation
import GatehouseJSON
import GatehouseTestSupport

/// Reads the committed fixtures produced by the Java probes in scripts/probes.
enum Fixtures {
    static func load(_ name: String) -> JSONValue {
        let path = RepositoryRoot.path("Tests/GatehouseJSONTests/Fixtures/\(name)")
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("missing fixture \(path)") }
        do {
            return try JSONValue.parse(String(decoding: data, as: UTF8.self))
        } catch {
            fatalError("fixture \(name) does not parse: \(error)")
        }
    }
}

/// The probes' typed dump: Java types shown (I:1, D:1.5, BD:..., "s", {...}, [...]).
func typedDump(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return probeQuote(s)
    case .number(let n):
        switch n.jsonSmartValue {
        case .integer(let v): return "I:\(v)"
        case .long(let v): return "L:\(v)"
        case .bigInteger(let s): return "BI:\(s)"
        case .double(let d): return (n.isJavaFloatNaN ? "F:" : "D:") + JavaDouble.string(d)
        case .bigDecimal(let s): return "BD:\(s)"
        }
    case .array(let elements): return "[" + elements.map(typedDump).joined(separator: ",") + "]"
    case .object(let object):
        return "{" + object.members.map { probeQuote($0.key) + ":" + typedDump($0.value) }.joined(separator: ",") + "}"
    }
}

/// JsonSmartProbe.quote: escapes `"`, `\` and chars below 0x20 as \u00xx.
func probeQuote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
