import Foundation
import GatehouseJSON

/// A Lambda function's resource-based policy, as `aws lambda get-policy` returns it (the
/// statements `aws lambda add-permission` writes), checked against the source ARN API Gateway
/// invokes with.
///
/// A statement allows the call when its effect is `Allow`, its principal is
/// `apigateway.amazonaws.com` (or `*`), its action is `lambda:InvokeFunction` (or `lambda:*`,
/// `*`), and its `AWS:SourceArn` condition (`ArnLike` / `ArnEquals` / `StringEquals` /
/// `StringLike`), when present, matches; `*` matches any run of characters and `?` one. A
/// matching `Deny` statement wins.
public struct LambdaPermissionPolicy: Sendable, Hashable {
    public struct Statement: Sendable, Hashable {
        public var sid: String?
        public var allows: Bool
        public var principals: [String]
        public var actions: [String]
        /// Patterns the source ARN must match (any of them); empty when unconditioned.
        public var sourceARNPatterns: [String]
        public var sourceAccount: String?
    }

    public var statements: [Statement]

    public init(statements: [Statement]) {
        self.statements = statements
    }

    /// Reads a policy document (the `Policy` string of `get-policy` or the document itself).
    public init(json text: String) throws(DefinitionError) {
        guard var document = JSONText.parse(text) else {
            throw DefinitionError(file: "policy", pointer: "", problem: "the policy is not JSON")
        }
        if case .string(let inner)? = document["Policy"], let parsed = JSONText.parse(inner) { document = parsed }
        let rawStatements: [JSONValue]
        switch document["Statement"] {
        case .array(let list)?: rawStatements = list
        case .object(let single)?: rawStatements = [.object(single)]
        default: throw DefinitionError(file: "policy", pointer: "/Statement", problem: "a policy needs a Statement list")
        }
        var statements: [Statement] = []
        for (index, raw) in rawStatements.enumerated() {
            let pointer = "/Statement/\(index)"
            guard case .object = raw else { throw DefinitionError(file: "policy", pointer: pointer, problem: "a statement must be an object") }
            let effect = raw["Effect"]?.stringValue ?? ""
            guard effect == "Allow" || effect == "Deny" else {
                throw DefinitionError(file: "policy", pointer: pointer + "/Effect", problem: "Effect must be Allow or Deny")
            }
            var principals: [String] = []
            switch raw["Principal"] {
            case .string(let value)?: principals = [value]
            case .object(let object)?:
                for (_, value) in object {
                    if let single = value.stringValue { principals.append(single) }
                    principals += value.arrayValue?.compactMap(\.stringValue) ?? []
                }
            default: break
            }
            let actions = Self.strings(raw["Action"])
            var patterns: [String] = []
            var account: String?
            if case .object(let conditions)? = raw["Condition"] {
                for (_, block) in conditions {
                    guard case .object(let keys) = block else { continue }
                    for (key, value) in keys {
                        switch key.lowercased() {
                        case "aws:sourcearn": patterns += Self.strings(value)
                        case "aws:sourceaccount": account = Self.strings(value).first
                        default: break
                        }
                    }
                }
            }
            statements.append(
                Statement(sid: raw["Sid"]?.stringValue, allows: effect == "Allow", principals: principals, actions: actions, sourceARNPatterns: patterns, sourceAccount: account)
            )
        }
        self.statements = statements
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let single)?: return [single]
        case .array(let list)?: return list.compactMap(\.stringValue)
        default: return []
        }
    }

    /// Whether API Gateway may invoke the function for `sourceARN` from `account`.
    public func allows(sourceARN: String, account: String) -> Bool {
        var allowed = false
        for statement in statements {
            guard statement.principals.contains(where: { $0 == "*" || $0 == "apigateway.amazonaws.com" }) else { continue }
            guard statement.actions.contains(where: { ["lambda:InvokeFunction", "lambda:*", "*"].contains($0) }) else { continue }
            if let required = statement.sourceAccount, required != account { continue }
            if !statement.sourceARNPatterns.isEmpty && !statement.sourceARNPatterns.contains(where: { Self.wildcard($0, matches: sourceARN) }) {
                continue
            }
            if !statement.allows { return false }
            allowed = true
        }
        return allowed
    }

    /// IAM's wildcard match: `*` any run (also across `/` and `:`), `?` one character.
    static func wildcard(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == UInt8(ascii: "?") || p[pi] == t[ti]) {
                pi += 1
                ti += 1
            } else if pi < p.count && p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
