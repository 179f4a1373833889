import GatehouseJSON

/// A subset of X-Ray's filter expressions, compiled once and evaluated against traces.
///
/// Supported: `ok`, `error`, `fault`, `throttle` (optionally `= true|false`); `service("name")`;
/// `responsetime` and `duration` compared with a number of seconds; `http.status`, `http.url`,
/// `http.method`, `http.useragent`, `http.clientip`; `user`; `annotation.KEY` or
/// `annotation[KEY]` compared with a string, number or boolean. Comparisons: `=`, `!=`, `<`,
/// `<=`, `>`, `>=`, and for strings `CONTAINS`, `BEGINSWITH`, `ENDSWITH`. Combine with `AND`
/// (`&&`), `OR` (`||`), `!` and parentheses; `AND` binds tighter than `OR`.
public struct FilterExpression: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    let root: Node

    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        /// 1-based character position in the expression.
        public var column: Int
        public var description: String { "filter expression, column \(column): \(message)" }
    }

    public init(_ source: String) throws(ParseError) {
        self.source = source
        var parser = FilterParser(tokens: try FilterLexer.tokens(source), source: source)
        self.root = try parser.parseExpression()
        guard parser.atEnd else { throw parser.error("unexpected \(parser.peekText)") }
    }

    public var description: String { source }

    /// Whether `trace` satisfies the expression.
    public func matches(_ trace: Trace) -> Bool {
        root.evaluate(TraceFacts(trace))
    }

    indirect enum Node: Sendable, Hashable {
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
        case flag(Outcome, expected: Bool)
        case service(String)
        case compare(Field, Comparison, Literal)

        func evaluate(_ facts: TraceFacts) -> Bool {
            switch self {
            case .and(let left, let right): return left.evaluate(facts) && right.evaluate(facts)
            case .or(let left, let right): return left.evaluate(facts) || right.evaluate(facts)
            case .not(let inner): return !inner.evaluate(facts)
            case .flag(let outcome, let expected):
                let value: Bool
                switch outcome {
                case .ok: value = !facts.hasError && !facts.hasFault && !facts.hasThrottle
                case .error: value = facts.hasError
                case .throttle: value = facts.hasThrottle
                case .fault: value = facts.hasFault
                }
                return value == expected
            case .service(let name): return facts.services.contains(name)
            case .compare(let field, let comparison, let literal):
                return facts.values(for: field).contains { comparison.holds($0, literal) }
            }
        }
    }

    enum Field: Sendable, Hashable {
        case responseTime, duration, httpStatus, httpURL, httpMethod, httpUserAgent, httpClientIP, user
        case annotation(String)
    }

    enum Literal: Sendable, Hashable {
        case string(String)
        case number(Double)
        case bool(Bool)
    }

    enum Comparison: String, Sendable, Hashable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case contains = "CONTAINS", beginsWith = "BEGINSWITH", endsWith = "ENDSWITH"

        func holds(_ value: Literal, _ literal: Literal) -> Bool {
            switch (value, literal) {
            case (.number(let a), .number(let b)):
                switch self {
                case .equal: return a == b
                case .notEqual: return a != b
                case .less: return a < b
                case .lessOrEqual: return a <= b
                case .greater: return a > b
                case .greaterOrEqual: return a >= b
                default: return false
                }
            case (.string(let a), .string(let b)):
                switch self {
                case .equal: return a == b
                case .notEqual: return a != b
                case .less: return a < b
                case .lessOrEqual: return a <= b
                case .greater: return a > b
                case .greaterOrEqual: return a >= b
                case .contains: return a.contains(b)
                case .beginsWith: return a.hasPrefix(b)
                case .endsWith: return a.hasSuffix(b)
                }
            case (.bool(let a), .bool(let b)):
                switch self {
                case .equal: return a == b
                case .notEqual: return a != b
                default: return false
                }
            default:
                return self == .notEqual
            }
        }
    }
}

/// What filter expressions look at, computed once per trace.
struct TraceFacts {
    var hasError = false
    var hasFault = false
    var hasThrottle = false
    var services: Set<String> = []
    var responseTime: Double?
    var duration: Double
    var http: HTTPInfo?
    var users: [String] = []
    var annotations: [String: [AnnotationValue]] = [:]

    init(_ trace: Trace) {
        duration = trace.endTime - trace.startTime
        let root = trace.rootSegment
        responseTime = root?.duration
        http = root?.http
        for segment in trace.segments + trace.orphans {
            services.insert(segment.name)
            if let user = segment.user { users.append(user) }
            segment.forEachNode { node, depth in
                if node.error { hasError = true }
                if node.fault { hasFault = true }
                if node.throttle { hasThrottle = true }
                if depth > 0, let namespace = node.namespace, namespace == "aws" || namespace == "remote" { services.insert(node.name) }
                for (key, value) in node.annotations { annotations[key, default: []].append(value) }
            }
        }
    }

    func values(for field: FilterExpression.Field) -> [FilterExpression.Literal] {
        switch field {
        case .responseTime: return responseTime.map { [.number($0)] } ?? []
        case .duration: return [.number(duration)]
        case .httpStatus: return http?.response?.status.map { [.number(Double($0))] } ?? []
        case .httpURL: return http?.request?.url.map { [.string($0)] } ?? []
        case .httpMethod: return http?.request?.method.map { [.string($0)] } ?? []
        case .httpUserAgent: return http?.request?.userAgent.map { [.string($0)] } ?? []
        case .httpClientIP: return http?.request?.clientIP.map { [.string($0)] } ?? []
        case .user: return users.map { .string($0) }
        case .annotation(let key):
            return (annotations[key] ?? []).map { value in
                switch value {
                case .string(let text): .string(text)
                case .number(let number): .number(number.doubleValue)
                case .bool(let flag): .bool(flag)
                }
            }
        }
    }
}

enum FilterToken: Hashable {
    case word(String)
    case string(String)
    case number(Double)
    case symbol(String)
}

enum FilterLexer {
    static func tokens(_ source: String) throws(FilterExpression.ParseError) -> [(FilterToken, Int)] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [(FilterToken, Int)] = []
        var index = 0
        func isWordStart(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s == "_" }
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s == "_" || s == "." || s == "-" || ("0"..."9").contains(s) }
        while index < scalars.count {
            let scalar = scalars[index]
            let column = index + 1
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                index += 1
            } else if scalar == "\"" {
                index += 1
                var text = ""
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { throw FilterExpression.ParseError(message: "unterminated string", column: column) }
                index += 1
                tokens.append((.string(text), column))
            } else if ("0"..."9").contains(scalar) || (scalar == "-" && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])) {
                var text = String(scalar)
                index += 1
                while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard let value = Double(text) else { throw FilterExpression.ParseError(message: "bad number \(text)", column: column) }
                tokens.append((.number(value), column))
            } else if isWordStart(scalar) {
                var text = ""
                while index < scalars.count, isWord(scalars[index]) {
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                tokens.append((.word(text), column))
            } else {
                let two = index + 1 < scalars.count ? String(scalar) + String(scalars[index + 1]) : ""
                if ["!=", "<=", ">=", "&&", "||", "=="].contains(two) {
                    tokens.append((.symbol(two == "==" ? "=" : two), column))
                    index += 2
                } else if "()[]=<>!,".unicodeScalars.contains(scalar) {
                    tokens.append((.symbol(String(scalar)), column))
                    index += 1
                } else {
                    throw FilterExpression.ParseError(message: "unexpected character '\(scalar)'", column: column)
                }
            }
        }
        return tokens
    }
}

struct FilterParser {
    let tokens: [(FilterToken, Int)]
    let source: String
    var position = 0

    init(tokens: [(FilterToken, Int)], source: String) {
        self.tokens = tokens
        self.source = source
    }

    var atEnd: Bool { position >= tokens.count }
    var peek: FilterToken? { atEnd ? nil : tokens[position].0 }
    var peekText: String {
        switch peek {
        case .word(let word)?: "'\(word)'"
        case .string(let text)?: "\"\(text)\""
        case .number(let number)?: "\(number)"
        case .symbol(let symbol)?: "'\(symbol)'"
        case nil: "end of expression"
        }
    }

    func error(_ message: String) -> FilterExpression.ParseError {
        FilterExpression.ParseError(message: message, column: atEnd ? source.unicodeScalars.count + 1 : tokens[position].1)
    }

    mutating func take(_ symbol: String) -> Bool {
        if case .symbol(symbol)? = peek {
            position += 1
            return true
        }
        return false
    }

    mutating func takeWord(_ word: String) -> Bool {
        if case .word(let text)? = peek, text.uppercased() == word {
            position += 1
            return true
        }
        return false
    }

    mutating func parseExpression() throws(FilterExpression.ParseError) -> FilterExpression.Node {
        var left = try parseAnd()
        while take("||") || takeWord("OR") {
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(FilterExpression.ParseError) -> FilterExpression.Node {
        var left = try parseUnary()
        while take("&&") || takeWord("AND") {
            left = .and(left, try parseUnary())
        }
        return left
    }

    mutating func parseUnary() throws(FilterExpression.ParseError) -> FilterExpression.Node {
        if take("!") || takeWord("NOT") { return .not(try parseUnary()) }
        if take("(") {
            let inner = try parseExpression()
            guard take(")") else { throw error("expected ')'") }
            return inner
        }
        guard case .word(let word)? = peek else { throw error("expected a condition, found \(peekText)") }
        position += 1
        let lower = word.lowercased()
        switch lower {
        case "ok", "error", "fault", "throttle":
            let outcome = Outcome(rawValue: lower)!
            if take("=") {
                guard case .word(let value)? = peek, ["true", "false"].contains(value.lowercased()) else {
                    throw error("expected true or false")
                }
                position += 1
                return .flag(outcome, expected: value.lowercased() == "true")
            }
            return .flag(outcome, expected: true)
        case "service":
            guard take("(") else { throw error("expected '(' after service") }
            guard case .string(let name)? = peek else { throw error("expected a quoted service name") }
            position += 1
            guard take(")") else { throw error("expected ')'") }
            return .service(name)
        case "annotation":
            guard take("[") else { throw error("expected annotation.KEY or annotation[KEY]") }
            let key: String
            switch peek {
            case .word(let text)?: key = text
            case .string(let text)?: key = text
            default: throw error("expected an annotation key")
            }
            position += 1
            guard take("]") else { throw error("expected ']'") }
            return try parseComparison(.annotation(key))
        default:
            let field: FilterExpression.Field
            switch lower {
            case "responsetime": field = .responseTime
            case "duration": field = .duration
            case "http.status": field = .httpStatus
            case "http.url": field = .httpURL
            case "http.method": field = .httpMethod
            case "http.useragent": field = .httpUserAgent
            case "http.clientip": field = .httpClientIP
            case "user": field = .user
            default:
                if lower.hasPrefix("annotation."), word.count > "annotation.".count {
                    field = .annotation(String(word.dropFirst("annotation.".count)))
                } else {
                    position -= 1
                    throw error("unknown keyword '\(word)'")
                }
            }
            return try parseComparison(field)
        }
    }

    mutating func parseComparison(_ field: FilterExpression.Field) throws(FilterExpression.ParseError) -> FilterExpression.Node {
        let comparison: FilterExpression.Comparison
        switch peek {
        case .symbol(let symbol)?:
            guard let value = FilterExpression.Comparison(rawValue: symbol) else { throw error("expected a comparison") }
            comparison = value
        case .word(let word)?:
            guard let value = FilterExpression.Comparison(rawValue: word.uppercased()), value.rawValue.first!.isLetter else {
                throw error("expected a comparison")
            }
            comparison = value
        default:
            throw error("expected a comparison")
        }
        position += 1
        let literal: FilterExpression.Literal
        switch peek {
        case .string(let text)?: literal = .string(text)
        case .number(let number)?: literal = .number(number)
        case .word(let word)? where ["true", "false"].contains(word.lowercased()): literal = .bool(word.lowercased() == "true")
        default: throw error("expected a value")
        }
        position += 1
        return .compare(field, comparison, literal)
    }
}
