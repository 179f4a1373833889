import GatehouseJSON
import GatehouseVTL
import OrderedCollections

/// `$input`: the request (or integration response) body and the method request's parameters.
///
/// The body is parsed on first use, permissively as json-smart does, and at most once per
/// render; an empty body reads as `{}`. A body that cannot be parsed makes the read fail, and the
/// failure is kept so the renderer can answer with API Gateway's 400 rather than a template error.
final class InputObject: VTLObject {
    let body: String
    let parameters: MappingParameters
    private var document: JSONValue?
    private(set) var payloadError: String?
    private lazy var parameterMap: VTLMap = Self.makeParameterMap(parameters)

    /// Whether an empty body reads as `{}` through `$input.body` too (AWS) or as empty text (Velocity).
    let emptyBodyReadsAsObject: Bool

    init(body: String, parameters: MappingParameters, emptyBodyReadsAsObject: Bool = true) {
        self.body = body
        self.parameters = parameters
        self.emptyBodyReadsAsObject = emptyBodyReadsAsObject
    }

    var javaDescription: String { "com.amazonaws.apigateway.model.Input" }

    /// `$input.body`: on API Gateway an empty body reads as `{}` here too (recorded from AWS:
    /// `$util.urlEncode($input.body)` gives `%7B%7D`), where the oracle gives empty text.
    private var bodyText: String { body.isEmpty && emptyBodyReadsAsObject ? "{}" : body }

    func property(_ name: String) throws -> VTLValue? {
        switch name {
        case "body": return .string(bodyText)
        default: return nil
        }
    }

    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        switch (method, arguments.count) {
        case ("getBody", 0): return .string(bodyText)
        case ("params", 0): return .map(parameterMap)
        case ("params", 1):
            switch arguments[0] {
            case .string(let name): return .string(parameter(named: name))
            case .null: return .string("")  // no map holds a null key
            default: return nil
            }
        case ("path", 1):
            guard let path = try pathArgument(arguments[0]) else { return nil }
            return VTLBridge.value(try select(path), objectKind: .linkedHashMap)
        case ("json", 1):
            guard let path = try pathArgument(arguments[0]) else { return nil }
            return .string(JSONSerializer.jsonSmart(try select(path)))
        default:
            return nil
        }
    }

    /// A JSONPath argument: a string, or null, which Jayway refuses as it refuses an empty path.
    private func pathArgument(_ argument: VTLValue) throws -> String? {
        switch argument {
        case .string(let path) where !path.isEmpty: return path
        case .string, .null:
            throw VTLHostError(exception: "java.lang.IllegalArgumentException", message: "path can not be null or empty")
        default: return nil
        }
    }

    /// `$input.params(name)`: the first of path, query string and header that has the name.
    private func parameter(named name: String) -> String {
        parameters.path[name] ?? parameters.querystring[name] ?? parameters.header[name] ?? ""
    }

    /// Evaluates a JSONPath on the body as Jayway does with `SUPPRESS_EXCEPTIONS`: a missing
    /// definite path is `null`, an indefinite path gives a list.
    private func select(_ expression: String) throws -> JSONValue {
        let path = try JSONPathCache.shared.path(expression)
        let root = try parsedBody()
        let result: JSONPathResult
        do {
            result = try path.evaluate(root)
        } catch {
            throw VTLHostError(exception: error.exceptionClass, message: error.message)
        }
        switch result {
        case .value(let value): return value
        case .missing: return .null
        case .list(let values): return .array(values)
        }
    }

    private func parsedBody() throws -> JSONValue {
        if let document { return document }
        let text = body.isEmpty ? "{}" : body
        do {
            let parsed = try JSONParser.parse(text, mode: .permissive)
            document = parsed
            return parsed
        } catch {
            let message = "Could not process payload: \(error.message)"
            payloadError = message
            throw VTLHostError(exception: "net.minidev.json.parser.ParseException", message: message)
        }
    }

    private static func makeParameterMap(_ parameters: MappingParameters) -> VTLMap {
        func map(_ values: OrderedDictionary<String, String>) -> VTLValue {
            var entries = OrderedDictionary<VTLMapKey, VTLValue>(minimumCapacity: values.count)
            for (key, value) in values { entries[.string(key)] = .string(value) }
            return .map(VTLMap(kind: .linkedHashMap, entries: entries))
        }
        return VTLMap(
            kind: .linkedHashMap,
            entries: [
                .string("path"): map(parameters.path),
                .string("querystring"): map(parameters.querystring),
                .string("header"): map(parameters.header),
            ]
        )
    }
}

/// Converts JSON documents into the Java objects json-smart builds, as templates see them.
enum VTLBridge {
    /// `objectKind` is the map class json-smart's mapper uses: Jayway's ordered mapper gives
    /// `LinkedHashMap` (prints `{a=1}`), plain json-smart parsing gives `JSONObject` (prints JSON).
    /// Arrays are always json-smart `JSONArray`s (they print as JSON).
    static func value(_ json: JSONValue, objectKind: VTLMap.Kind) -> VTLValue {
        switch json {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .string(let string): return .string(string)
        case .number(let number): return value(number)
        case .array(let elements):
            // A larger array is converted when the template first reads it (see
            // `VTLList.init(kind:deferred:elements:)`); deferring a small one costs more than it saves.
            if elements.count < deferredMinimum {
                return .list(VTLList(kind: .jsonArray, elements: Self.elements(elements, objectKind: objectKind)))
            }
            switch objectKind {
            case .linkedHashMap: return .list(VTLList(kind: .jsonArray, deferred: elements, elements: elementsOfLinkedArray))
            case .jsonObject: return .list(VTLList(kind: .jsonArray, deferred: elements, elements: elementsOfJSONSmartArray))
            }
        case .object(let object):
            if object.members.count < deferredMinimum {
                return .map(VTLMap(kind: objectKind, entries: Self.entries(object, objectKind: objectKind)))
            }
            switch objectKind {
            case .linkedHashMap: return .map(VTLMap(kind: objectKind, deferred: object, entries: entriesOfLinkedObject, peek: peekScalar))
            case .jsonObject: return .map(VTLMap(kind: objectKind, deferred: object, entries: entriesOfJSONSmartObject, peek: peekScalar))
            }
        }
    }

    /// Arrays and objects with at least this many members are converted on first use.
    private static let deferredMinimum = 4

    // One function per map class, so the deferred conversion captures nothing.
    @Sendable private static func elementsOfLinkedArray(_ source: Any) -> [VTLValue] {
        elements(source as! [JSONValue], objectKind: .linkedHashMap)
    }
    @Sendable private static func elementsOfJSONSmartArray(_ source: Any) -> [VTLValue] {
        elements(source as! [JSONValue], objectKind: .jsonObject)
    }
    @Sendable private static func entriesOfLinkedObject(_ source: Any) -> OrderedDictionary<VTLMapKey, VTLValue> {
        entries(source as! JSONObject, objectKind: .linkedHashMap)
    }
    @Sendable private static func entriesOfJSONSmartObject(_ source: Any) -> OrderedDictionary<VTLMapKey, VTLValue> {
        entries(source as! JSONObject, objectKind: .jsonObject)
    }

    /// A read of one member of an unbuilt object: scalars and absent keys are answered from the
    /// JSON (the same values the built map would hold); maps and lists need the map built, so
    /// that every read of them sees the same object.
    @Sendable private static func peekScalar(_ source: Any, _ key: String) -> VTLValue?? {
        let object = source as! JSONObject
        guard let member = object.members[key] else { return .some(nil) }
        switch member {
        case .null: return .some(.null)
        case .bool(let bool): return .some(.bool(bool))
        case .string(let string): return .some(.string(string))
        case .number(let number): return .some(value(number))
        case .array, .object: return nil
        }
    }

    private static func elements(_ array: [JSONValue], objectKind: VTLMap.Kind) -> [VTLValue] {
        var values: [VTLValue] = []
        values.reserveCapacity(array.count)
        for element in array { values.append(value(element, objectKind: objectKind)) }
        return values
    }

    private static func entries(_ object: JSONObject, objectKind: VTLMap.Kind) -> OrderedDictionary<VTLMapKey, VTLValue> {
        // A JSON object's keys are already unique, so the map is built without probing.
        var keys: [VTLMapKey] = []
        var values: [VTLValue] = []
        keys.reserveCapacity(object.members.count)
        values.reserveCapacity(object.members.count)
        for (key, member) in object.members {
            keys.append(.string(key))
            values.append(value(member, objectKind: objectKind))
        }
        return OrderedDictionary(uncheckedUniqueKeys: keys, values: values)
    }

    /// The Java number json-smart makes of a number's text.
    static func value(_ number: JSONNumber) -> VTLValue {
        switch number.jsonSmartValue {
        case .integer(let value): return .integer(value)
        case .long(let value): return .long(value)
        case .double(let value): return .double(value)
        case .bigInteger(let text): return .bigNumber(VTLBigNumber(kind: .integer, text: text))
        case .bigDecimal(let text): return .bigNumber(VTLBigNumber(kind: .decimal, text: text))
        }
    }

    /// A string-valued map (`$stageVariables`) as a json-smart `JSONObject`.
    static func stringMap(_ values: OrderedDictionary<String, String>, kind: VTLMap.Kind) -> VTLMap {
        var entries = OrderedDictionary<VTLMapKey, VTLValue>(minimumCapacity: values.count)
        for (key, value) in values { entries[.string(key)] = .string(value) }
        return VTLMap(kind: kind, entries: entries)
    }
}
