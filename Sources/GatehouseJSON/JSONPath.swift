/// A JSONPath compiled the way Jayway JsonPath 2.0.0 compiles it, evaluated the way Jayway
/// evaluates it over json-smart objects with `Option.SUPPRESS_EXCEPTIONS` — which is what API
/// Gateway's `$input.path(...)` and `$input.json(...)` do.
///
/// Compile once, evaluate many times; the value is immutable and `Sendable`.
///
/// What 2.0.0 supports: `$`, `.name`, `['name']`, `['a','b']` (several properties, only as the
/// last step; the result is an object of the properties present), `[n]`, `[n,m]`, `[a:b]`,
/// `[a:]`, `[:b]`, `[-n:]`, `[(@.length-n)]`, `*`, `..`, and filters `[?(...)]` with `==`, `!=`,
/// `<`, `<=`, `>`, `>=`, `=~ /regex/` (optionally `/i`), existence `@.x` / `!@.x`, `&&`, `||`,
/// and `$` root references. There are no functions (`length()` is just a missing property), no
/// `in`/`nin`/`size`/`empty` in filter text, no double-quoted names, and a negative single index
/// (`[-1]`) finds nothing.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// The expression as given.
    public let expression: String
    /// Whether Jayway considers the path definite: it reads one value (or null) rather than a list.
    public let isDefinite: Bool
    let program: PathProgram

    /// Compiles `expression` as Jayway 2.0.0's `PathCompiler` does. Paths that do not start with
    /// `$` or `@` get `$.` in front (`a.b` is `$.a.b`). Throws what Jayway throws even with
    /// `SUPPRESS_EXCEPTIONS` (an `InvalidPathException` or `IllegalArgumentException`), with its
    /// message.
    public init(_ expression: String) throws(JSONPathError) {
        self.expression = expression
        if expression.isEmpty {
            // JsonReader.read's own check (`notEmpty(path, ...)`) runs first.
            throw JSONPathError(exceptionClass: "java.lang.IllegalArgumentException", message: "path can not be null or empty")
        }
        let units = Array(expression.utf16)
        // Filters nest by recursion (in Jayway as here): Java's stack gives out somewhere between
        // 300 and 1,000 nested `[?(...)]`; refuse deep nesting before it can exhaust ours.
        var depth = 0
        for unit in units {
            if unit == 0x5B {
                depth += 1
                if depth > JSONPath.maxBracketNesting {
                    throw JSONPathError(exceptionClass: "java.lang.StackOverflowError", message: "")
                }
            } else if unit == 0x5D {
                depth -= 1
            }
        }
        do {
            self.program = try PathCompiler.compile(units)
        } catch {
            // PathCompiler.compile wraps what it throws in an InvalidPathException(cause).
            throw JSONPathError(exceptionClass: "com.jayway.jsonpath.InvalidPathException", message: error.description)
        }
        self.isDefinite = program.isDefinite
        self.simpleSteps = Self.simpleSteps(of: program)
    }

    /// For a path that is only names and indexes after the root (`$.a.b[2]['c d']`): its steps.
    /// Reading such a path is following the steps, and it reads `null` (or, with
    /// `SUPPRESS_EXCEPTIONS`, nothing) as soon as a step finds no map with the name or no list
    /// with the index. Nil for every other path.
    public let simpleSteps: [JSONPathLocation.Step]?

    private static func simpleSteps(of program: PathProgram) -> [JSONPathLocation.Step]? {
        guard case .root? = program.tokens.first else { return nil }
        var steps: [JSONPathLocation.Step] = []
        for token in program.tokens.dropFirst() {
            switch token {
            case .property(let names) where names.count == 1: steps.append(.key(names[0]))
            case .array(.singleIndex, let indexes) where indexes.count == 1: steps.append(.index(indexes[0]))
            default: return nil
            }
        }
        return steps
    }

    /// Reads the path from `root` as `JsonPath.using(conf with SUPPRESS_EXCEPTIONS).read(path)`:
    /// a definite path gives ``JSONPathResult/value(_:)`` or ``JSONPathResult/missing``; an
    /// indefinite one gives ``JSONPathResult/list(_:)``, empty when nothing matched or when the
    /// evaluation hit any error along the way (Jayway then drops partial results too).
    ///
    /// Throws only where Jayway throws despite `SUPPRESS_EXCEPTIONS`: a document that is JSON
    /// `null` (the body `null`) is refused by `JsonPath.using(conf).parse(null)` with
    /// `java.lang.IllegalArgumentException: json object can not be null`, whatever the path.
    public func evaluate(_ root: JSONValue) throws(JSONPathError) -> JSONPathResult {
        try Self.refuseNull(root)
        return evaluateSuppressingErrors(root)
    }

    private static func refuseNull(_ root: JSONValue) throws(JSONPathError) {
        if case .null = root {
            throw JSONPathError(exceptionClass: "java.lang.IllegalArgumentException", message: "json object can not be null")
        }
    }

    /// ``evaluate(_:)`` without the null-document check: a `null` root reads as Jayway would
    /// read it if it accepted one (every path finds nothing).
    public func evaluateSuppressingErrors(_ root: JSONValue) -> JSONPathResult {
        run(root, trail: nil)
    }

    private func run(_ root: JSONValue, trail: LocationTrail?) -> JSONPathResult {
        let evaluator = PathEvaluator(root: root, options: .suppress, trail: trail)
        var results: [JSONValue] = []
        do {
            try evaluator.evaluate(program, index: 0, model: root, results: &results)
        } catch {
            return isDefinite ? .missing : .list([])
        }
        if isDefinite {
            guard let first = results.first else { return .missing }
            return .value(first)
        }
        return .list(results)
    }

    /// ``evaluate(_:)``, and where in `root` each result was found: one location for a found
    /// definite value, one per element of a list, none when nothing was found.
    ///
    /// Jayway hands back the document's own objects (a list result is a new `JSONArray` of them),
    /// so a reader that keeps a live copy of the document reads the same objects again through
    /// the locations.
    public func evaluateWithLocations(_ root: JSONValue) throws(JSONPathError) -> (result: JSONPathResult, locations: [JSONPathLocation]) {
        try Self.refuseNull(root)
        let trail = LocationTrail()
        let result = run(root, trail: trail)
        switch result {
        case .missing: return (result, [])
        case .value: return (result, [trail.locations[0]])
        // An evaluation that failed part-way gives an empty list; the trail may hold more.
        case .list(let values): return (result, values.isEmpty ? [] : trail.locations)
        }
    }

    /// Paths with more nested `[` than this are refused (`java.lang.StackOverflowError`).
    public static let maxBracketNesting = 512

    /// Shorthand: compile and evaluate in one step.
    public static func evaluate(_ expression: String, in root: JSONValue) throws(JSONPathError) -> JSONPathResult {
        try JSONPath(expression).evaluate(root)
    }

    public var description: String { expression }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.expression == rhs.expression }
    public func hash(into hasher: inout Hasher) { hasher.combine(expression) }
}

/// What reading a JSONPath gives, as Jayway returns it with `SUPPRESS_EXCEPTIONS`.
public enum JSONPathResult: Sendable, Hashable {
    /// A definite path that found a value (which may be JSON `null`).
    case value(JSONValue)
    /// A definite path that found nothing: Java `null`.
    case missing
    /// An indefinite path's matches, in Jayway's order: a json-smart `JSONArray` in Java.
    case list([JSONValue])

    /// The result as a JSON value: `.missing` is `null`, a list is an array.
    public var jsonValue: JSONValue {
        switch self {
        case .value(let v): return v
        case .missing: return .null
        case .list(let l): return .array(l)
        }
    }

    /// What `$input.json(path)` prints: json-smart's `toJSONString` of the result (`null` when missing).
    public var jsonSmartString: String { jsonValue.jsonSmartString }
}

/// Where a JSONPath result sits in the document: the keys and indexes from the root.
public struct JSONPathLocation: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }
    /// The steps from the document's root to the value.
    public var steps: [Step]
    /// For a several-property read (`$.a['x','y']`): the properties asked for. The result is then a
    /// new object holding those of the object at `steps` that it has, not a part of the document.
    public var mergedKeys: [String]?

    public init(steps: [Step], mergedKeys: [String]? = nil) {
        self.steps = steps
        self.mergedKeys = mergedKeys
    }
}

/// A path Jayway refuses to compile (thrown even with `SUPPRESS_EXCEPTIONS`).
public struct JSONPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Java exception class (`com.jayway.jsonpath.InvalidPathException` usually).
    public var exceptionClass: String
    /// The exception's `getMessage()`, e.g.
    /// `com.jayway.jsonpath.InvalidPathException: Could not analyze path component: ["a"]`.
    public var message: String

    public init(exceptionClass: String, message: String) {
        self.exceptionClass = exceptionClass
        self.message = message
    }

    /// `Throwable.toString()`: class, colon, message (just the class when there is no message).
    public var description: String { message.isEmpty ? exceptionClass : "\(exceptionClass): \(message)" }
}
