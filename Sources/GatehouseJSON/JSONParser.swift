/// The entry points other modules call: one parser with two modes, and the serializers.
///
/// These are thin names over ``JSONValue/parse(_:maxDepth:)`` (strict) and
/// ``JSONValue/parsePermissive(_:maxDepth:)`` (json-smart 2.2 permissive), and over
/// ``JSONValue/jsonString``, ``JSONValue/prettyJSONString`` and ``JSONValue/jsonSmartString``.
public enum JSONParser {
    /// Which grammar to accept.
    public enum Mode: Sendable, Hashable {
        /// RFC 8259; errors carry a 1-based line and column.
        case strict
        /// json-smart 2.2 `MODE_PERMISSIVE`, as Jayway's `JsonSmartJsonProvider` (and so API
        /// Gateway's `$input`) parses a body; errors carry json-smart's exact message.
        case permissive
    }

    /// The default nesting limit.
    public static var defaultMaxDepth: Int { JSONValue.defaultMaxDepth }

    /// Parses `text` in `mode`. Nesting deeper than `maxDepth` is an error, never a crash.
    public static func parse(_ text: String, mode: Mode, maxDepth: Int = JSONValue.defaultMaxDepth) throws(JSONError) -> JSONValue {
        switch mode {
        case .strict: return try JSONValue.parse(text, maxDepth: maxDepth)
        case .permissive: return try JSONValue.parsePermissive(text, maxDepth: maxDepth)
        }
    }

    /// Parses UTF-8 bytes in `mode`.
    public static func parse(_ bytes: some Collection<UInt8>, mode: Mode, maxDepth: Int = JSONValue.defaultMaxDepth) throws(JSONError) -> JSONValue {
        switch mode {
        case .strict: return try JSONValue.parse(utf8: bytes, maxDepth: maxDepth)
        case .permissive: return try JSONValue.parsePermissive(utf8: bytes, maxDepth: maxDepth)
        }
    }

    /// A request or response body as `$input` reads it: empty is `{}`, else permissive.
    public static func parseBody(_ text: String, maxDepth: Int = JSONValue.defaultMaxDepth) throws(JSONError) -> JSONValue {
        try JSONValue.parseBody(text, maxDepth: maxDepth)
    }
}

/// Writing JSON values as text.
public enum JSONSerializer {
    /// Compact standard JSON: `{"a":1,"b":[true,null]}`.
    public static func compact(_ value: JSONValue) -> String { value.jsonString }

    /// Standard JSON with two-space indentation.
    public static func pretty(_ value: JSONValue) -> String { value.prettyJSONString }

    /// json-smart 2.2 `JSONValue.toJSONString` of the Java objects json-smart would have built
    /// for `value`: what `$input.json(...)` prints.
    public static func jsonSmart(_ value: JSONValue) -> String { value.jsonSmartString }

    /// json-smart style for a JSONPath result (`.missing` prints `null`).
    public static func jsonSmart(_ result: JSONPathResult) -> String { result.jsonSmartString }
}
