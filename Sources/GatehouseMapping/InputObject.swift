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
            return try read(path)
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

    /// `$input.json(path)`'s value: the JSONPath read from the body as it stands, as Jayway reads
    /// it with `SUPPRESS_EXCEPTIONS` (a missing definite path is `null`, an indefinite path gives
    /// a list).
    private func select(_ expression: String) throws -> JSONValue {
        let path = try JSONPathCache.shared.path(expression)
        if let steps = path.simpleSteps, let body = changedLiveBody {
            guard let value = body.follow(steps) else { return .null }
            return try body.json(of: value)
        }
        return try evaluate(path, in: currentDocument()).jsonValue
    }

    /// `$input.path(path)`: the body's own lists and maps, as Jayway hands back json-smart's
    /// objects rather than copies. A change a template makes to one (`$item.put('k', 1)`) shows in
    /// every later `$input.path` and `$input.json` of the body; an indefinite path gives a new
    /// list of the body's objects.
    private func read(_ expression: String) throws -> VTLValue {
        let path = try JSONPathCache.shared.path(expression)
        if let steps = path.simpleSteps {
            if let body = changedLiveBody {
                // Names and indexes only, on a body the template has changed: followed through
                // the live tree as Jayway follows them through json-smart's objects, so the read
                // needs no JSON copy of the tree (and works on a tree that now contains itself).
                return body.follow(steps) ?? .null
            }
            // An unchanged body: the document answers, and the value is found at the steps.
            let document = try parsedBody()
            guard case .value(let value) = try evaluate(path, in: document) else { return .null }
            return live(value, at: JSONPathLocation(steps: steps), of: document)
        }
        let document = try currentDocument()
        let (result, locations): (JSONPathResult, [JSONPathLocation])
        do {
            (result, locations) = try path.evaluateWithLocations(document)
        } catch {
            throw Self.hostError(error)
        }
        switch result {
        case .missing:
            return .null
        case .value(let value):
            return live(value, at: locations[0], of: document)
        case .list(let values):
            var elements: [VTLValue] = []
            elements.reserveCapacity(values.count)
            for (value, location) in zip(values, locations) { elements.append(live(value, at: location, of: document)) }
            return .list(VTLList(kind: .jsonArray, elements: elements))
        }
    }

    /// `path` read from `document` as Jayway reads it with `SUPPRESS_EXCEPTIONS`.
    private func evaluate(_ path: JSONPath, in document: JSONValue) throws -> JSONPathResult {
        do {
            return try path.evaluate(document)
        } catch {
            throw Self.hostError(error)
        }
    }

    /// What Jayway throws despite `SUPPRESS_EXCEPTIONS`, as the Java exception the template sees.
    private static func hostError(_ error: JSONPathError) -> VTLHostError {
        VTLHostError(exception: error.exceptionClass, message: error.message)
    }

    /// The template's object for a part of the body found at `location`. A string, number,
    /// boolean or null of a body no template has changed is made afresh (it has no identity to
    /// share); anything else is looked up in the body's live tree (made from `document` on first
    /// use).
    private func live(_ value: JSONValue, at location: JSONPathLocation, of document: JSONValue) -> VTLValue {
        if liveBodyIfMade?.hasChanged != true {
            switch value {
            case .null, .bool, .string, .number:
                return VTLBridge.value(value, objectKind: .linkedHashMap)
            case .array, .object:
                break
            }
        }
        if let found = liveBody(document).value(at: location) { return found }
        // Not reachable while the snapshot mirrors the tree; a fresh copy is the safe answer.
        return VTLBridge.value(value, objectKind: .linkedHashMap)
    }

    /// The body as it stands now: the parsed document until a template changes one of the
    /// objects read from it, then the live tree read back into JSON.
    private func currentDocument() throws -> JSONValue {
        let document = try parsedBody()
        guard let liveBodyIfMade else { return document }
        return liveBodyIfMade.watch.changed ? try liveBodyIfMade.refresh() : liveBodyIfMade.snapshot
    }

    /// The live tree, if a template has changed it. (A live tree exists only once the body has
    /// parsed.)
    private var changedLiveBody: LiveBody? {
        guard let liveBodyIfMade, liveBodyIfMade.hasChanged else { return nil }
        return liveBodyIfMade
    }

    /// The live tree, made from the parsed document on first use.
    private var liveBodyIfMade: LiveBody?
    private func liveBody(_ document: JSONValue) -> LiveBody {
        if let liveBodyIfMade { return liveBodyIfMade }
        let made = LiveBody(document)
        liveBodyIfMade = made
        return made
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

/// The body as the template's objects: made from the parsed document when `$input.path` first
/// hands out a part of it, then shared by every read, as Jayway's reads share json-smart's objects.
private final class LiveBody {
    /// The live tree (json-smart's `LinkedHashMap`s and `JSONArray`s).
    let root: VTLValue
    /// Set when the template changes any list or map of the tree.
    let watch = VTLChangeWatch()
    /// The tree as JSON, as of the last look; JSONPath is evaluated on this.
    private(set) var snapshot: JSONValue
    /// Whether the tree has ever changed (the snapshot was then made from the tree, not parsed).
    private(set) var everChanged = false
    /// Whether the tree differs, or has differed, from the parsed document.
    var hasChanged: Bool { everChanged || watch.changed }

    /// Java's stack gives out long before a tree this deep can be walked.
    static let maxDepth = 1_000

    init(_ document: JSONValue) {
        snapshot = document
        root = VTLBridge.value(document, objectKind: .linkedHashMap, watch: watch)
    }

    /// Reads the changed tree back into JSON, watching every list and map met on the way (a
    /// template may have put its own lists and maps into the body).
    func refresh() throws -> JSONValue {
        snapshot = try json(of: root)
        watch.changed = false
        everChanged = true
        return snapshot
    }

    /// The value reached from the root by `steps`, as Jayway's json-smart provider reaches it: a
    /// name in a `Map`, an index in a `List` (not a Java array or a map's key set); nil as soon
    /// as a step finds neither.
    func follow(_ steps: [JSONPathLocation.Step]) -> VTLValue? {
        var current = root
        for step in steps {
            switch (step, current) {
            case (.key(let key), .map(let map)):
                guard let next = map[key] else { return nil }
                current = next
            case (.index(let index), .list(let list)) where list.kind == .jsonArray || list.kind == .arrayList:
                let elements = list.elements
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The object at `location` in the tree (a new map of the asked-for members for a
    /// several-property read), or nil when the tree has no such place.
    func value(at location: JSONPathLocation) -> VTLValue? {
        guard let current = follow(location.steps) else { return nil }
        guard let keys = location.mergedKeys else { return current }
        guard case .map(let map) = current else { return nil }
        let merged = VTLMap(kind: .linkedHashMap)
        for key in keys {
            if let value = map[key] { merged.entries[.string(key)] = value }
        }
        return .map(merged)
    }

    /// JSON of a live value as Jayway's json-smart provider sees it: maps (in their Java
    /// iteration order) and lists are containers, strings and Java numbers are values, anything
    /// else is its `toString()`. A part still unbuilt is its source document, unchanged.
    func json(of value: VTLValue, depth: Int = 0) throws -> JSONValue {
        guard depth < Self.maxDepth else {
            throw VTLHostError(exception: "java.lang.StackOverflowError", message: "")
        }
        switch value {
        case .null: return .null
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .integer, .long, .double, .bigNumber: return .number(JSONNumber(text: value.javaString))
        case .object(let object): return .string(object.javaDescription)
        case .list(let list):
            list.watch = watch
            if let source = list.deferredSource { return .array(source) }
            var elements: [JSONValue] = []
            elements.reserveCapacity(list.elements.count)
            for element in list.elements { elements.append(try json(of: element, depth: depth + 1)) }
            return .array(elements)
        case .map(let map):
            map.watch = watch
            if let source = map.deferredSource { return .object(source) }
            var object = JSONObject()
            for (key, member) in map.javaOrderedEntries {
                object.members[key.javaString] = try json(of: member, depth: depth + 1)
            }
            return .object(object)
        }
    }
}

/// Converts JSON documents into the Java objects json-smart builds, as templates see them.
enum VTLBridge {
    /// `objectKind` is the map class json-smart's mapper uses: Jayway's ordered mapper gives
    /// `LinkedHashMap` (prints `{a=1}`), plain json-smart parsing gives `JSONObject` (prints JSON).
    /// Arrays are always json-smart `JSONArray`s (they print as JSON).
    static func value(_ json: JSONValue, objectKind: VTLMap.Kind) -> VTLValue {
        value(json, objectKind: objectKind, watch: nil)
    }

    /// `value(_:objectKind:)` with `watch` on every list and map made, now or when built later.
    static func value(_ json: JSONValue, objectKind: VTLMap.Kind, watch: VTLChangeWatch?) -> VTLValue {
        switch json {
        case .null, .bool, .string, .number:
            return VTLValue(jsonSmartScalar: json) ?? .null
        case .array(let elements):
            // Converted when the template first reads it (see `VTLList.init(kind:deferred:convert:)`).
            let list: VTLList
            if elements.count < deferredMinimum {
                list = VTLList(kind: .jsonArray, elements: Self.elements(elements, objectKind: objectKind, watch: watch))
            } else {
                list = VTLList(kind: .jsonArray, deferred: elements, convert: converter(objectKind))
            }
            if let watch { list.watch = watch }
            return .list(list)
        case .object(let object):
            // Converted when the template first reads it, member by member while it only reads
            // members (see `VTLMap.init(kind:deferred:convert:)`).
            let map = VTLMap(kind: objectKind, deferred: object, convert: converter(objectKind))
            if let watch { map.watch = watch }
            return .map(map)
        }
    }

    /// Arrays with at least this many elements are converted on first use; a smaller one is
    /// almost always read whole (iterated, printed) when read at all, so deferring it costs
    /// more than it saves.
    private static let deferredMinimum = 4

    /// The converter of one member for the map class: a plain function, so a deferred list or
    /// map captures nothing.
    @inline(__always) private static func converter(_ objectKind: VTLMap.Kind) -> VTLDeferredConversion {
        switch objectKind {
        case .linkedHashMap: return memberOfLinkedObject
        case .jsonObject: return memberOfJSONSmartObject
        }
    }
    @Sendable private static func memberOfLinkedObject(_ json: JSONValue, _ watch: VTLChangeWatch?) -> VTLValue {
        value(json, objectKind: .linkedHashMap, watch: watch)
    }
    @Sendable private static func memberOfJSONSmartObject(_ json: JSONValue, _ watch: VTLChangeWatch?) -> VTLValue {
        value(json, objectKind: .jsonObject, watch: watch)
    }

    private static func elements(_ array: [JSONValue], objectKind: VTLMap.Kind, watch: VTLChangeWatch?) -> [VTLValue] {
        var values: [VTLValue] = []
        values.reserveCapacity(array.count)
        for element in array { values.append(value(element, objectKind: objectKind, watch: watch)) }
        return values
    }

    /// A string-valued map (`$stageVariables`) as a json-smart `JSONObject`.
    static func stringMap(_ values: OrderedDictionary<String, String>, kind: VTLMap.Kind) -> VTLMap {
        var entries = OrderedDictionary<VTLMapKey, VTLValue>(minimumCapacity: values.count)
        for (key, value) in values { entries[.string(key)] = .string(value) }
        return VTLMap(kind: kind, entries: entries)
    }
}
