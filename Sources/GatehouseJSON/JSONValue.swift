import OrderedCollections

/// A JSON document as Gatehouse keeps it: objects keep their member order and numbers keep the
/// exact text they were written with, so a value read from a request prints back unchanged.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON number held as its source text (`1`, `-0.50`, `1e400`), so no digit is lost.
///
/// Conversions to Swift numbers are views of that text; callers that need a specific
/// language's reading of it (Java's `Integer`/`Long`/`Double` for Velocity) convert from `text`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as written in the source document.
    public let text: String

    /// Wraps number text without checking it; use for text a parser has already validated.
    public init(text: String) {
        self.text = text
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// A double printed in the shortest form that reads back as the same value.
    public init(_ value: Double) {
        if value.isFinite, abs(value) < 1e15, value == Double(Int64(value)) {  // no libm needed
            self.text = String(Int64(value))
        } else {
            self.text = "\(value)"
        }
    }

    /// The value as an integer, when the text is an integer that fits.
    public var intValue: Int? { Int(text) }

    /// The value as a double (may round, or be infinite for huge exponents).
    public var doubleValue: Double { Double(text) ?? .nan }

    /// Whether the text has no fraction and no exponent.
    public var isInteger: Bool { !text.contains { $0 == "." || $0 == "e" || $0 == "E" } }

    public var description: String { text }
}

/// A JSON object: members in document order, looked up by name in constant time.
///
/// A repeated name keeps its first position and its last value, as Java's `LinkedHashMap.put`
/// (and so json-smart and API Gateway) do.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: JSONValue)

    public var members: OrderedDictionary<String, JSONValue>

    public init() {
        self.members = [:]
    }

    public init(_ members: OrderedDictionary<String, JSONValue>) {
        self.members = members
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = OrderedDictionary<String, JSONValue>()
        for (key, value) in elements { members[key] = value }
        self.members = members
    }

    public subscript(key: String) -> JSONValue? {
        get { members[key] }
        set { members[key] = newValue }
    }

    public var keys: OrderedSet<String> { members.keys }
    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> some IteratorProtocol<Element> {
        members.lazy.map { (key: $0.key, value: $0.value) }.makeIterator()
    }
}

extension JSONValue {
    /// The member named `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` when this is an array and the index is in range.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
