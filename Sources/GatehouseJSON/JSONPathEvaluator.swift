// Evaluation of a compiled path as Jayway 2.0.0's path tokens do it, exceptions included: a
// `PathNotFoundException`, an `InvalidPathException` or any other runtime exception raised while
// evaluating aborts the whole read (which, with SUPPRESS_EXCEPTIONS, then gives null or []), except
// where Jayway catches it (a wildcard over an array skips elements that throw PathNotFound; a
// filter criterion that throws PathNotFound or cannot compare its values is false).

enum EvaluationFailure: Error {
    /// `PathNotFoundException`.
    case pathNotFound
    /// `InvalidPathException` raised during evaluation.
    case invalidPath
    /// Any other runtime exception (NumberFormatException, ClassCastException, NPE, ...).
    case runtime
    /// `ValueCompareException` (only inside criteria).
    case valueCompare
}

struct EvaluationOptions {
    var suppressExceptions: Bool
    var requireProperties: Bool

    static let suppress = EvaluationOptions(suppressExceptions: true, requireProperties: false)
    static let require = EvaluationOptions(suppressExceptions: false, requireProperties: true)
}

/// Where each result of an evaluation was found, for readers that keep their own objects for
/// the document's parts (Jayway returns the document's objects themselves, not copies).
final class LocationTrail {
    var steps: [JSONPathLocation.Step] = []
    var locations: [JSONPathLocation] = []

    @inline(__always) func record() { locations.append(JSONPathLocation(steps: steps)) }
    @inline(__always) func record(merging keys: [String]) { locations.append(JSONPathLocation(steps: steps, mergedKeys: keys)) }
}

struct PathEvaluator {
    let root: JSONValue
    let options: EvaluationOptions
    /// When set, every result's location is recorded beside it.
    let trail: LocationTrail?

    init(root: JSONValue, options: EvaluationOptions, trail: LocationTrail? = nil) {
        self.root = root
        self.options = options
        self.trail = trail
    }

    func evaluate(_ program: PathProgram, index: Int, model: JSONValue, results: inout [JSONValue]) throws(EvaluationFailure) {
        let tokens = program.tokens
        switch tokens[index] {
        case .root:
            try next(program, after: index, model, results: &results)
        case .property(let properties):
            guard case .object(let object) = model else { throw .pathNotFound }
            try handleObjectProperty(program, index: index, object: object, properties: properties, results: &results)
        case .wildcard:
            switch model {
            case .object(let object):
                for (key, _) in object.members {
                    try handleObjectProperty(program, index: index, object: object, properties: [key], results: &results)
                }
            case .array(let elements):
                for i in elements.indices {
                    do {
                        try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
                    } catch .pathNotFound {
                        if options.requireProperties { throw .pathNotFound }
                    }
                }
            default:
                break
            }
        case .scan:
            // The compiler rejects a trailing `..` before it prefixes `$.`, so `.` compiles to
            // `$..` with nothing after the scan: Jayway's `next()` on that leaf throws
            // IllegalStateException, which SUPPRESS_EXCEPTIONS turns into an empty list.
            guard index + 1 < program.tokens.count else { throw .runtime }
            try walk(program, index: index + 1, model: model, results: &results)
        case .array(let operation, let criteria):
            try evaluateArray(program, index: index, operation: operation, criteria: criteria, model: model, results: &results)
        case .predicate(let filters):
            switch model {
            case .object:
                if try accept(filters, item: model) {
                    try next(program, after: index, model, results: &results)
                }
            case .array(let elements):
                for (i, element) in elements.enumerated() where try accept(filters, item: element) {
                    try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
                }
            default:
                throw .invalidPath
            }
        }
    }

    private func handleObjectProperty(
        _ program: PathProgram, index: Int, object: JSONObject, properties: [String], results: inout [JSONValue]
    ) throws(EvaluationFailure) {
        let isLeaf = index == program.tokens.count - 1
        if properties.count == 1 {
            guard let value = object[properties[0]] else {
                if isLeaf {
                    if options.suppressExceptions && !options.requireProperties { return }
                    throw .pathNotFound
                }
                // Non-leaf: silent only when upstream is indefinite and neither option is set;
                // both configurations used here set one of them.
                if !options.requireProperties && !options.suppressExceptions && !isUpstreamDefinite(program, index) {
                    return
                }
                throw .pathNotFound
            }
            if let trail {
                trail.steps.append(.key(properties[0]))
                defer { trail.steps.removeLast() }
                try next(program, after: index, value, results: &results)
                return
            }
            try next(program, after: index, value, results: &results)
            return
        }
        if !isLeaf { throw .invalidPath }
        var merged = JSONObject()
        for property in properties {
            if let value = object[property] {
                merged[property] = value
            } else if options.requireProperties {
                throw .pathNotFound
            }
        }
        results.append(.object(merged))
        trail?.record(merging: properties)
    }

    private func isUpstreamDefinite(_ program: PathProgram, _ index: Int) -> Bool {
        program.tokens[..<index].allSatisfy(\.isDefinite)
    }

    private func handleArrayIndex(
        _ program: PathProgram, index: Int, elements: [JSONValue], at position: Int, results: inout [JSONValue]
    ) throws(EvaluationFailure) {
        guard elements.indices.contains(position) else { throw .pathNotFound }
        if let trail {
            trail.steps.append(.index(position))
            defer { trail.steps.removeLast() }
            try next(program, after: index, elements[position], results: &results)
            return
        }
        try next(program, after: index, elements[position], results: &results)
    }

    /// Hands `value` on: a result after the last token, the next token's model before it.
    @inline(__always)
    private func next(_ program: PathProgram, after index: Int, _ value: JSONValue, results: inout [JSONValue]) throws(EvaluationFailure) {
        if index == program.tokens.count - 1 {
            results.append(value)
            trail?.record()
        } else {
            try evaluate(program, index: index + 1, model: value, results: &results)
        }
    }

    private func evaluateArray(
        _ program: PathProgram, index: Int, operation: ArrayOperation, criteria: [Int], model: JSONValue, results: inout [JSONValue]
    ) throws(EvaluationFailure) {
        if case .null = model { throw .pathNotFound }
        guard case .array(let elements) = model else { throw .invalidPath }
        let length = elements.count
        switch operation {
        case .singleIndex:
            try handleArrayIndex(program, index: index, elements: elements, at: criteria[0], results: &results)
        case .indexSequence:
            for i in criteria {
                try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
            }
        case .contextSize:
            try handleArrayIndex(program, index: index, elements: elements, at: length + criteria[0], results: &results)
        case .sliceFrom:
            var from = criteria[0]
            if from < 0 { from += length }
            from = max(0, from)
            if length != 0 && from < length {
                for i in from..<length {
                    try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
                }
            }
        case .sliceTo:
            var to = criteria[0]
            if to < 0 { to += length }
            to = min(length, to)
            if length != 0 && to > 0 {
                for i in 0..<to {
                    try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
                }
            }
        case .sliceBetween:
            let from = criteria[0]
            let to = min(length, criteria[1])
            if from < to && length != 0 {
                for i in from..<to {
                    try handleArrayIndex(program, index: index, elements: elements, at: i, results: &results)
                }
            }
        case .none:
            throw .runtime
        }
    }

    // MARK: deep scan

    private func walk(_ program: PathProgram, index: Int, model: JSONValue, results: inout [JSONValue]) throws(EvaluationFailure) {
        switch model {
        case .object(let object):
            if try scanMatches(program.tokens[index], model) {
                try evaluate(program, index: index, model: model, results: &results)
            }
            for (key, value) in object.members {
                trail?.steps.append(.key(key))
                defer { trail?.steps.removeLast() }
                try walk(program, index: index, model: value, results: &results)
            }
        case .array(let elements):
            if try scanMatches(program.tokens[index], model) {
                if index == program.tokens.count - 1 {
                    try evaluate(program, index: index, model: model, results: &results)
                } else {
                    // Jayway 2.0.0 hands each element to the token *after* the matched one.
                    for (position, element) in elements.enumerated() {
                        trail?.steps.append(.index(position))
                        defer { trail?.steps.removeLast() }
                        try evaluate(program, index: index + 1, model: element, results: &results)
                    }
                }
            }
            for (position, element) in elements.enumerated() {
                trail?.steps.append(.index(position))
                defer { trail?.steps.removeLast() }
                try walk(program, index: index, model: element, results: &results)
            }
        default:
            break
        }
    }

    private func scanMatches(_ token: PathToken, _ model: JSONValue) throws(EvaluationFailure) -> Bool {
        switch token {
        case .property(let properties):
            guard case .object(let object) = model else { return false }
            return properties.allSatisfy { object[$0] != nil }
        case .array:
            if case .array = model { return true }
            return false
        case .wildcard:
            return true
        case .predicate(let filters):
            return try accept(filters, item: model)
        case .root, .scan:
            return false
        }
    }

    // MARK: filters

    private func accept(_ filters: [FilterNode?], item: JSONValue) throws(EvaluationFailure) -> Bool {
        for filter in filters {
            guard let filter else { throw .runtime }  // a `[?]` placeholder with no filter: NPE
            if try !apply(filter, item: item) { return false }
        }
        return true
    }

    private func apply(_ node: FilterNode, item: JSONValue) throws(EvaluationFailure) -> Bool {
        switch node {
        case .single(let criterion):
            return try apply(criterion, item: item)
        case .and(let nodes):
            for node in nodes where try !apply(node, item: item) { return false }
            return true
        case .or(let left, let right):
            if try apply(left, item: item) { return true }
            return try apply(right, item: item)
        }
    }

    private func apply(_ criterion: Criterion, item: JSONValue) throws(EvaluationFailure) -> Bool {
        switch criterion.kind {
        case .exists(let exists):
            guard case .path(let program) = criterion.left else { return false }
            do throws(EvaluationFailure) {
                // Evaluated on the item even for `$` paths, with REQUIRE_PROPERTIES only.
                let evaluator = PathEvaluator(root: root, options: .require)
                var results: [JSONValue] = []
                try evaluator.evaluate(program, index: 0, model: item, results: &results)
                guard let value = results.first else { throw EvaluationFailure.pathNotFound }
                let isNull = value == .null
                return exists ? !isNull : isNull
            } catch .pathNotFound {
                return !exists
            }
        case .compare(let op):
            do throws(EvaluationFailure) {
                let leftValue = try operandValue(criterion.left, item: item)
                let rightValue = try operandValue(criterion.right, item: item)
                return try Self.evaluate(op, left: rightValue, right: leftValue)
            } catch .pathNotFound {
                return false
            } catch .valueCompare {
                return false
            }
        }
    }

    private func operandValue(_ operand: Criterion.Operand, item: JSONValue) throws(EvaluationFailure) -> JavaValue {
        switch operand {
        case .string(let s): return .string(s)
        case .pattern(let p): return .pattern(p)
        case .path(let program):
            let evaluator = PathEvaluator(root: root, options: options)
            var results: [JSONValue] = []
            try evaluator.evaluate(program, index: 0, model: program.isRootPath ? root : item, results: &results)
            guard let value = results.first else { throw .pathNotFound }
            return JavaValue(value)
        }
    }

    /// `CriteriaType.eval(left, right)`; Jayway calls it with (right operand, left operand).
    static func evaluate(_ op: Criterion.CompareOperator, left: JavaValue, right: JavaValue) throws(EvaluationFailure) -> Bool {
        switch op {
        case .eq: return try safeCompare(left, right) == 0
        case .ne: return try safeCompare(left, right) != 0
        case .gt, .gte, .lt, .lte:
            if left.isNull != right.isNull { return false }
            let c = try safeCompare(left, right)
            switch op {
            case .gt: return 0 > c
            case .gte: return 0 >= c
            case .lt: return 0 < c
            default: return 0 <= c
            }
        case .regex:
            let pattern: RegexBox?
            let target: JavaValue
            if case .pattern(let p) = right {
                pattern = p
                target = left
            } else {
                switch left {
                case .pattern(let p): pattern = p
                case .null: pattern = nil
                default: throw .runtime  // ClassCastException
                }
                target = right
            }
            if target.isNull { return false }
            guard let pattern else { throw .runtime }  // NullPointerException
            return pattern.matches(target.javaToString)
        }
    }

    static func safeCompare(_ left: JavaValue, _ right: JavaValue) throws(EvaluationFailure) -> Int {
        if left.isNull && right.isNull { return 0 }
        if case .container(let a) = left, case .container(let b) = right, a == b { return 0 }  // same object, approximately
        let leftNullish = left.isNullish
        let rightNullish = right.isNullish
        if leftNullish && !rightNullish { return -1 }
        if !leftNullish && rightNullish { return 1 }
        if leftNullish && rightNullish { return 0 }
        switch (left, right) {
        case (.string(var l), .string(let r)):
            // The byte test only skips the character search when there is no apostrophe at all.
            if l.utf8.contains(UInt8(ascii: "'")) && l.contains("'") { l = l.replacing("\\'", with: "'") }
            return javaCompare(l, r)
        case (.number(let l), .number(let r)):
            if let a = l.exactInteger, let b = r.exactInteger { return a < b ? -1 : (a > b ? 1 : 0) }
            return try compareDecimal(l.javaString, r.javaString)
        case (.string(let l), .number(let r)):
            // A filter's integer literal against an Integer or Long: the BigDecimals compare as
            // the integers do.
            if let b = r.exactInteger, let a = plainInteger(l) { return a < b ? -1 : (a > b ? 1 : 0) }
            return try compareDecimal(l, r.javaString)
        case (.string(let l), .bool(let r)):
            return compareBool(l.lowercased() == "true", r)
        case (.bool(let l), .bool(let r)):
            return compareBool(l, r)
        default:
            throw .valueCompare
        }
    }

    static func compareBool(_ a: Bool, _ b: Bool) -> Int { a == b ? 0 : (a ? 1 : -1) }

    /// The value of `-?[0-9]{1,18}` text (which `new BigDecimal(text)` reads as that integer);
    /// nil for any other text, which takes the general decimal comparison.
    static func plainInteger(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            var index = 0
            let negative = bytes.first == UInt8(ascii: "-")
            if negative { index = 1 }
            let digits = bytes.count - index
            guard digits >= 1, digits <= 18 else { return nil }
            var value: Int64 = 0
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int64(digit)
                index += 1
            }
            return negative ? -value : value
        }
    }

    /// `String.compareTo`: UTF-16 code unit order.
    static func javaCompare(_ a: String, _ b: String) -> Int {
        var i = a.utf16.makeIterator()
        var j = b.utf16.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return Int(x) - Int(y) }
            }
        }
    }

    /// `new BigDecimal(a).compareTo(new BigDecimal(b))`; a text BigDecimal rejects throws.
    static func compareDecimal(_ a: String, _ b: String) throws(EvaluationFailure) -> Int {
        guard let x = Decimal(a), let y = Decimal(b) else { throw .runtime }
        return x.compare(y)
    }

    /// An exact decimal: sign, significant digits, and exponent of the last digit.
    struct Decimal {
        var negative: Bool
        var digits: [UInt8]  // no leading or trailing zeros; empty for zero
        var exponent: Int  // value = digits × 10^exponent

        init?(_ text: String) {
            guard let parts = JavaNumberText.decimalParts(Array(text.utf8)), let exp = parts.exponent else { return nil }
            var all = Array(parts.integerDigits) + Array(parts.fractionDigits)
            var exponent = exp - parts.fractionDigits.count
            while let first = all.first, first == UInt8(ascii: "0") { all.removeFirst() }
            while let last = all.last, last == UInt8(ascii: "0") {
                all.removeLast()
                exponent += 1
            }
            self.negative = parts.negative && !all.isEmpty
            self.digits = all
            self.exponent = all.isEmpty ? 0 : exponent
        }

        func compare(_ other: Decimal) -> Int {
            if digits.isEmpty && other.digits.isEmpty { return 0 }
            if negative != other.negative || digits.isEmpty || other.digits.isEmpty {
                let s1 = digits.isEmpty ? 0 : (negative ? -1 : 1)
                let s2 = other.digits.isEmpty ? 0 : (other.negative ? -1 : 1)
                return s1 < s2 ? -1 : (s1 > s2 ? 1 : 0)
            }
            let magnitude = Self.compareMagnitude(self, other)
            return negative ? -magnitude : magnitude
        }

        static func compareMagnitude(_ a: Decimal, _ b: Decimal) -> Int {
            // Compare the position of the most significant digit first.
            let aTop = a.digits.count + a.exponent
            let bTop = b.digits.count + b.exponent
            if aTop != bTop { return aTop < bTop ? -1 : 1 }
            let n = max(a.digits.count, b.digits.count)
            for k in 0..<n {
                let x = k < a.digits.count ? a.digits[k] : UInt8(ascii: "0")
                let y = k < b.digits.count ? b.digits[k] : UInt8(ascii: "0")
                if x != y { return x < y ? -1 : 1 }
            }
            return 0
        }
    }
}

/// A value as a Jayway criterion sees it: the Java object json-smart built, or a filter literal.
enum JavaValue {
    case null
    case bool(Bool)
    case number(JSONSmartNumber)
    case string(String)
    case container(JSONValue)
    case pattern(RegexBox)

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n.jsonSmartValue)
        case .string(let s): self = .string(s)
        case .array, .object: self = .container(value)
        }
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var isNullish: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s == "null"
        default: return false
        }
    }

    /// Java's `toString()` of the object.
    var javaToString: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.javaString
        case .string(let s): return s
        case .container(let v): return v.javaToString
        case .pattern(let p): return p.source
        }
    }
}

extension JSONValue {
    /// Java's `toString()` of the json-smart object this value stands for, as Velocity prints a
    /// value read with `$input.path(...)`: an object prints as `LinkedHashMap` does
    /// (`{a=1, b=x}`), an array as json-smart's `JSONArray` does (compact JSON, the
    /// ``jsonSmartString``), strings as themselves, numbers as Java prints them.
    public var javaToString: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.jsonSmartValue.javaString
        case .string(let s): return s
        case .array: return jsonSmartString
        case .object(let object):
            var out = "{"
            var first = true
            for (key, value) in object.members {
                if !first { out += ", " }
                first = false
                out += key
                out += "="
                out += value.javaToString
            }
            out += "}"
            return out
        }
    }
}
