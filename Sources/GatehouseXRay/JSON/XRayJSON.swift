import GatehouseJSON

// Segment documents are decoded straight from bytes (`SegmentDocumentDecoder`); everything else
// (the read API's requests and responses, sampling rules, goldens) goes through GatehouseJSON's
// strict parser and its serializers. This file only adapts their names and errors.

/// A JSON syntax error with the byte offset where it was found.
public struct XRayJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

/// Strict JSON parsing and serialization for segment documents and the read API, over
/// GatehouseJSON's `JSONParser` and `JSONSerializer`.
public enum XRayJSON {
    /// Parses one JSON value (RFC 8259); `maxDepth` bounds nesting so hostile input cannot
    /// exhaust the stack.
    public static func parse(_ bytes: some Collection<UInt8>, maxDepth: Int = 64) throws(XRayJSONError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes, mode: .strict, maxDepth: maxDepth)
        } catch {
            throw XRayJSONError(message: error.message, offset: error.position)
        }
    }

    public static func parse(_ text: String, maxDepth: Int = 64) throws(XRayJSONError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    /// Compact JSON text: no spaces, members in order, non-ASCII kept as UTF-8.
    public static func serialize(_ value: JSONValue) -> String {
        JSONSerializer.compact(value)
    }

    /// Indented JSON text (two spaces), for people.
    public static func prettyPrint(_ value: JSONValue) -> String {
        JSONSerializer.pretty(value)
    }

    /// A double as JSON number text: the shortest form that reads back the same.
    public static func number(_ value: Double) -> JSONNumber {
        if value.isFinite, value == value.rounded(.towardZero), abs(value) < 1e15 {
            return JSONNumber(text: String(Int64(value)))
        }
        return JSONNumber(text: value.isFinite ? "\(value)" : "0")
    }
}
