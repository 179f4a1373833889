import Foundation
import GatehouseJSON

/// What a template asked of the gateway through `$context` (status, response headers, request
/// overrides), compared without regard to order: the oracle records its maps in `HashMap` order.
/// `mappings/` examples keep the expected value in `expected-overrides.json`.
public struct MappingOverrides: Equatable, Sendable, CustomStringConvertible {
    public var status: Int?
    public var responseHeaders: [String: String] = [:]
    public var requestHeader: [String: String] = [:]
    public var requestQuerystring: [String: String] = [:]
    public var requestPath: [String: String] = [:]

    /// No overrides.
    public init() {}

    /// The overrides a render produced.
    public init(_ output: MappingOutput) {
        status = output.statusOverride
        responseHeaders = Self.plain(output.responseHeaderOverrides)
        requestHeader = Self.plain(output.requestOverrides.header)
        requestQuerystring = Self.plain(output.requestOverrides.querystring)
        requestPath = Self.plain(output.requestOverrides.path)
    }

    /// `expected-overrides.json`: `{"status": 404, "responseHeaders": {...}, "request": {"header",
    /// "querystring", "path"}}`, every part optional.
    public init(json text: String) throws(JSONError) {
        let document = try JSONParser.parse(text, mode: .strict)
        if let number = document["status"]?.numberValue {
            status = number.intValue
        } else if let string = document["status"]?.stringValue {
            status = Int(string)
        }
        responseHeaders = Self.strings(document["responseHeaders"])
        requestHeader = Self.strings(document["request"]?["header"])
        requestQuerystring = Self.strings(document["request"]?["querystring"])
        requestPath = Self.strings(document["request"]?["path"])
    }

    private static func plain<Pairs: Sequence>(_ values: Pairs) -> [String: String] where Pairs.Element == (key: String, value: String) {
        Dictionary(values.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    private static func strings(_ value: JSONValue?) -> [String: String] {
        guard let object = value?.objectValue else { return [:] }
        var result: [String: String] = [:]
        for (key, member) in object {
            result[key] = member.stringValue ?? member.numberValue?.text ?? member.jsonString
        }
        return result
    }

    public var description: String {
        func show(_ map: [String: String]) -> String {
            "{" + map.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
        return "status \(status.map(String.init) ?? "-"), response headers \(show(responseHeaders)), "
            + "request header \(show(requestHeader)), querystring \(show(requestQuerystring)), path \(show(requestPath))"
    }
}

/// A line diff of an expected and a rendered text for failure messages, in unified style: `-`
/// expected, `+` rendered, `context` lines around each change, `@@` where lines are skipped.
public enum TextDiff {
    public static func unified(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table (templates' outputs are small).
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(Character, String)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append((" ", old[i])); i += 1; j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(("-", old[i])); i += 1
            } else {
                lines.append(("+", new[j])); j += 1
            }
        }
        var keep = Array(repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where line.0 != " " {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
        }
        var out = ["--- expected.txt (\(expected.utf8.count) bytes)", "+++ rendered (\(actual.utf8.count) bytes)"]
        var skipped = false
        for (index, line) in lines.enumerated() {
            if keep[index] {
                out.append("\(line.0)\(visible(line.1))")
                skipped = false
            } else if !skipped {
                out.append("@@")
                skipped = true
            }
        }
        if !keep.contains(true) { out.append("(the texts differ only in invisible characters or line ends)") }
        return out.joined(separator: "\n")
    }

    /// Shows carriage returns and tabs, which a diff would otherwise hide.
    private static func visible(_ line: String) -> String {
        line.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
    }
}
