import GatehouseJSON

/// A sampling rule in the shape `aws xray get-sampling-rules` prints (`SamplingRule` objects).
///
/// A request matches when every pattern matches (`*` any run of characters, `?` one character,
/// case-insensitively); the matching rule with the lowest `priority` (then name) decides: up to
/// `reservoirSize` requests each second are sampled, and a `fixedRate` share of the rest.
public struct SamplingRule: Sendable, Hashable {
    public var ruleName: String
    public var priority: Int
    public var fixedRate: Double
    public var reservoirSize: Int
    public var serviceName: String
    public var serviceType: String
    public var host: String
    public var httpMethod: String
    public var urlPath: String
    public var resourceARN: String

    public init(
        ruleName: String, priority: Int, fixedRate: Double, reservoirSize: Int, serviceName: String = "*",
        serviceType: String = "*", host: String = "*", httpMethod: String = "*", urlPath: String = "*", resourceARN: String = "*"
    ) {
        self.ruleName = ruleName
        self.priority = priority
        self.fixedRate = fixedRate
        self.reservoirSize = reservoirSize
        self.serviceName = serviceName
        self.serviceType = serviceType
        self.host = host
        self.httpMethod = httpMethod
        self.urlPath = urlPath
        self.resourceARN = resourceARN
    }

    /// X-Ray's default: the first request each second, and five percent of the rest.
    public static let `default` = SamplingRule(ruleName: "Default", priority: 10_000, fixedRate: 0.05, reservoirSize: 1)

    /// Whether every pattern of the rule matches the request.
    public func matches(_ request: SamplingRequest) -> Bool {
        Glob.matches(host, request.host ?? "")
            && Glob.matches(httpMethod, request.httpMethod ?? "")
            && Glob.matches(urlPath, request.urlPath ?? "")
            && Glob.matches(serviceName, request.serviceName ?? "")
            && Glob.matches(serviceType, request.serviceType ?? "")
            && Glob.matches(resourceARN, request.resourceARN ?? "")
    }

    /// Why a rules file was refused.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var description: String { "sampling rules: \(message)" }
    }

    /// Reads rules from JSON in any of these shapes:
    /// - `aws xray get-sampling-rules` output: `{"SamplingRuleRecords": [{"SamplingRule": {…}}]}`;
    /// - `{"SamplingRules": [{…}]}` or a bare array of `SamplingRule` objects;
    /// - the SDKs' local rules file: `{"version": 2, "rules": [{"host", "http_method", "url_path",
    ///   "fixed_target", "rate"}], "default": {"fixed_target", "rate"}}`.
    public static func parseRules(_ text: String) throws -> [SamplingRule] {
        let value: JSONValue
        do {
            value = try XRayJSON.parse(text)
        } catch {
            throw ParseError(message: "\(error)")
        }
        if let records = value["SamplingRuleRecords"]?.arrayValue {
            return try records.map { record in
                guard let rule = record["SamplingRule"] else { throw ParseError(message: "a record has no SamplingRule") }
                return try parseAWSRule(rule)
            }
        }
        if let rules = value["SamplingRules"]?.arrayValue { return try rules.map(parseAWSRule) }
        if let rules = value.arrayValue { return try rules.map(parseAWSRule) }
        if value["rules"] != nil || value["default"] != nil { return try parseLocalFile(value) }
        throw ParseError(message: "expected SamplingRuleRecords, SamplingRules, an array of rules, or a local rules file")
    }

    private static func parseAWSRule(_ value: JSONValue) throws -> SamplingRule {
        guard case .object(let object) = value else { throw ParseError(message: "a rule must be an object") }
        func string(_ key: String, default fallback: String = "*") throws -> String {
            guard let member = object[key] else { return fallback }
            guard case .string(let text) = member else { throw ParseError(message: "\(key) must be a string") }
            return text
        }
        func number(_ key: String) throws -> Double {
            guard case .number(let number)? = object[key], let value = Double(number.text) else {
                throw ParseError(message: "\(key) is required and must be a number")
            }
            return value
        }
        let name = try string("RuleName", default: "")
        guard !name.isEmpty else { throw ParseError(message: "RuleName is required") }
        let rate = try number("FixedRate")
        guard (0...1).contains(rate) else { throw ParseError(message: "FixedRate of \(name) must be between 0 and 1") }
        let reservoir = try number("ReservoirSize")
        guard reservoir >= 0 else { throw ParseError(message: "ReservoirSize of \(name) must not be negative") }
        return SamplingRule(
            ruleName: name, priority: Int(try number("Priority")), fixedRate: rate, reservoirSize: Int(reservoir),
            serviceName: try string("ServiceName"), serviceType: try string("ServiceType"), host: try string("Host"),
            httpMethod: try string("HTTPMethod"), urlPath: try string("URLPath"), resourceARN: try string("ResourceARN")
        )
    }

    private static func parseLocalFile(_ value: JSONValue) throws -> [SamplingRule] {
        var rules: [SamplingRule] = []
        for (index, rule) in (value["rules"]?.arrayValue ?? []).enumerated() {
            guard let target = rule["fixed_target"]?.numberValue?.intValue, let rate = rule["rate"]?.numberValue?.doubleValue else {
                throw ParseError(message: "rule \(index + 1) needs fixed_target and rate")
            }
            rules.append(SamplingRule(
                ruleName: rule["description"]?.stringValue ?? "rule-\(index + 1)", priority: index + 1, fixedRate: rate,
                reservoirSize: target, host: rule["host"]?.stringValue ?? rule["service_name"]?.stringValue ?? "*",
                httpMethod: rule["http_method"]?.stringValue ?? "*", urlPath: rule["url_path"]?.stringValue ?? "*"
            ))
        }
        if let fallback = value["default"] {
            guard let target = fallback["fixed_target"]?.numberValue?.intValue, let rate = fallback["rate"]?.numberValue?.doubleValue else {
                throw ParseError(message: "default needs fixed_target and rate")
            }
            rules.append(SamplingRule(ruleName: "Default", priority: 10_000, fixedRate: rate, reservoirSize: target))
        }
        return rules
    }
}

/// What a sampling decision looks at.
public struct SamplingRequest: Sendable, Hashable {
    public var host: String?
    public var httpMethod: String?
    public var urlPath: String?
    public var serviceName: String?
    public var serviceType: String?
    public var resourceARN: String?

    public init(host: String? = nil, httpMethod: String? = nil, urlPath: String? = nil, serviceName: String? = nil,
                serviceType: String? = nil, resourceARN: String? = nil) {
        self.host = host
        self.httpMethod = httpMethod
        self.urlPath = urlPath
        self.serviceName = serviceName
        self.serviceType = serviceType
        self.resourceARN = resourceARN
    }
}

/// X-Ray's wildcard patterns: `*` matches any run of characters, `?` exactly one; case-insensitive.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        if pattern == "*" { return true }
        let p = Array(pattern.lowercased().unicodeScalars)
        let t = Array(text.lowercased().unicodeScalars)
        var pi = 0, ti = 0
        var star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == "*" {
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
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
