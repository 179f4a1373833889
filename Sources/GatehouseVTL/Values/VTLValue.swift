import GatehouseJSON
import OrderedCollections

/// A value inside a running template, modelled on the Java objects Apache Velocity 1.7 sees.
///
/// Velocity templates run against Java objects, and what a template prints depends on their Java
/// types: `Integer` and `Long` arithmetic, `Double.toString`, `ArrayList.toString` (`[a, b]`),
/// `LinkedHashMap.toString` (`{a=1}`), json-smart's `JSONArray.toString` (`["a","b"]`). Each case
/// here is one such Java type, so the engine can reproduce what Velocity prints byte for byte.
///
/// Lists and maps are reference types, as in Java: `#set($b = $a)` then `$b.add(1)` changes `$a`.
public enum VTLValue {
    /// Java `null`: an undefined reference, a missing property, a method that returned nothing.
    case null
    /// `java.lang.String`. Indexes in Java string methods count UTF-16 code units.
    case string(String)
    /// `java.lang.Boolean`.
    case bool(Bool)
    /// `java.lang.Integer`.
    case integer(Int32)
    /// `java.lang.Long`.
    case long(Int64)
    /// `java.lang.Double`.
    case double(Double)
    /// `java.math.BigInteger` / `java.math.BigDecimal`, kept as their canonical Java text.
    case bigNumber(VTLBigNumber)
    /// A `java.util.List` (or a Java array); `VTLList.Kind` says which class, and so how it prints.
    case list(VTLList)
    /// A `java.util.Map`; `VTLMap.Kind` says which class, and so its order and how it prints.
    case map(VTLMap)
    /// A host object provided by the embedder (`$input`, `$util`, ...), reached through `VTLObject`.
    case object(any VTLObject)
}

extension VTLValue {
    /// A list, map or host object: a value that can hold others, and so be part of a cycle.
    var isReferenceType: Bool {
        switch self {
        case .list, .map, .object: return true
        case .null, .string, .bool, .integer, .long, .double, .bigNumber: return false
        }
    }
}

/// A `BigInteger` or `BigDecimal` value, held as the text Java's `toString()` gives for it.
public struct VTLBigNumber: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case integer, decimal }
    public var kind: Kind
    public var text: String
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A Java list, shared by reference.
public final class VTLList {
    /// The Java class behind the list, which decides how it prints.
    public enum Kind: Sendable {
        /// `java.util.ArrayList` (Velocity's `[1, 2]` literals and ranges): prints `[a, b]`.
        case arrayList
        /// json-smart's `JSONArray` (arrays inside a parsed JSON body): prints compact JSON.
        case jsonArray
        /// A Java array such as `String.split`'s `String[]`: prints as an object identity.
        case array
        /// A map's `keySet()`, `values()` or `entrySet()`: a `Set`/`Collection`, not a `List`
        /// (no `get`, `subList`, `indexOf` or `[i]`; `add` throws). Prints `[a, b]`.
        case keySet, values, entrySet
    }

    public var kind: Kind

    /// The elements. A list made with `init(kind:deferred:convert:)` builds them here, on first use.
    public var elements: [VTLValue] {
        _read {
            if convert != nil { materialize() }
            yield storage
        }
        _modify {
            if convert != nil { materialize() }
            watch?.changed = true
            yield &storage
        }
    }

    /// Told of every change to the elements, when set (see ``VTLChangeWatch``). A deferred list
    /// hands it to its converter, which gives it to the lists and maps it makes.
    public var watch: VTLChangeWatch? {
        get { _watch }
        set { _watch = newValue }
    }
    @exclusivity(unchecked) private var _watch: VTLChangeWatch?

    /// The source of a list made with `init(kind:deferred:convert:)` that has not been built yet.
    public var deferredSource: [JSONValue]? { convert != nil ? source : nil }

    @exclusivity(unchecked) private var storage: [VTLValue]
    /// A deferred list's source (empty once built, or for a list that never was deferred) and the
    /// converter of one element, nil once built. One plain function rather than a builder and its
    /// arguments, so a deferred list costs two fields and no context.
    @exclusivity(unchecked) private var source: [JSONValue] = []
    @exclusivity(unchecked) private var convert: VTLDeferredConversion?
    /// The map a `keySet`/`values`/`entrySet` view was taken from (for its class name and for
    /// `#foreach`'s concurrent-modification check).
    public private(set) weak var owner: VTLMap?

    public init(kind: Kind = .arrayList, elements: [VTLValue] = [], owner: VTLMap? = nil) {
        self.kind = kind
        self.storage = elements
        self.owner = owner
    }

    /// A list whose elements are made from `source` when first used, so a part of a JSON
    /// document that a template never reads is never converted: strings, numbers, booleans and
    /// nulls as json-smart makes them, arrays and objects by `convert`, which must put the watch
    /// it is given, when there is one, on the lists and maps it makes.
    public init(kind: Kind, deferred source: [JSONValue], convert: @escaping VTLDeferredConversion) {
        self.kind = kind
        self.storage = []
        self.source = source
        self.convert = convert
    }

    private func materialize() {
        guard let convert else { return }
        self.convert = nil
        let source = self.source
        self.source = []
        var elements: [VTLValue] = []
        elements.reserveCapacity(source.count)
        for element in source { elements.append(VTLValue(jsonSmartScalar: element) ?? convert(element, _watch)) }
        storage = elements
    }

    /// A map view rather than a list.
    public var isMapView: Bool {
        switch kind {
        case .keySet, .values, .entrySet: return true
        case .arrayList, .jsonArray, .array: return false
        }
    }
}

/// A Java map, shared by reference.
///
/// Keys are Java objects too (`{1: 'a'}` has an `Integer` key); `VTLMapKey` gives them Java's
/// `equals`/`hashCode` identity, so `1` (Integer) and `1` (Long) are different keys, as in Java.
public final class VTLMap {
    /// The Java class behind the map, which decides its iteration order and how it prints.
    public enum Kind: Sendable {
        /// `java.util.LinkedHashMap` (Velocity's `{k: v}` literals, objects in a JSON body read
        /// through JsonPath): insertion order, prints `{a=1, b=x}`.
        case linkedHashMap
        /// json-smart's `JSONObject` (a `java.util.HashMap`; `$util.parseJson` results): Java
        /// `HashMap` iteration order, prints compact JSON.
        case jsonObject
    }

    public var kind: Kind

    /// The entries. A map made with `init(kind:deferred:convert:)` builds them here, on first use.
    public var entries: OrderedDictionary<VTLMapKey, VTLValue> {
        _read {
            if convert != nil { materialize() }
            yield storage
        }
        _modify {
            if convert != nil { materialize() }
            watch?.changed = true
            yield &storage
        }
    }

    /// Told of every change to the entries, when set (see ``VTLChangeWatch``). A deferred map
    /// hands it to its converter, which gives it to the lists and maps it makes.
    public var watch: VTLChangeWatch? {
        get { _watch }
        set { _watch = newValue }
    }
    @exclusivity(unchecked) private var _watch: VTLChangeWatch?

    /// The source of a map made with `init(kind:deferred:convert:)` that has not been built yet
    /// and has handed out none of its lists and maps (which a template may have changed since):
    /// its entries are still exactly what the source gives.
    public var deferredSource: JSONObject? { isUntouched ? source : nil }

    @exclusivity(unchecked) private var storage: OrderedDictionary<VTLMapKey, VTLValue>
    /// A deferred map's source (empty once built, or for a map that never was deferred) and the
    /// converter of one member, nil once built. One plain function rather than a builder, a
    /// peek and their arguments, so a deferred map costs few fields and no context.
    @exclusivity(unchecked) private var source: JSONObject = JSONObject()
    @exclusivity(unchecked) private var convert: VTLDeferredConversion?
    /// The lists and maps an unbuilt map has handed out, at their members' positions (`.null`
    /// where none has been): each is made once, so every read of the member, and the map once
    /// built, shares it. Empty until the first is handed out.
    @exclusivity(unchecked) private var children: [VTLValue] = []

    public init(kind: Kind = .linkedHashMap, entries: OrderedDictionary<VTLMapKey, VTLValue> = [:]) {
        self.kind = kind
        self.storage = entries
    }

    /// A map whose entries are made from `source` when first used, so a part of a JSON document
    /// that a template never reads is never converted: strings, numbers, booleans and nulls as
    /// json-smart makes them, arrays and objects by `convert`, which must put the watch it is
    /// given, when there is one, on the lists and maps it makes.
    ///
    /// Until the map is built, a read of one string key (`value(forString:)`, `$map.name`) is
    /// answered from the source: a string, number, boolean or null member is converted afresh
    /// (it has no identity to share), and a list or map member is converted once and kept, so a
    /// template that only reads members never has the map built, and the map, once built, holds
    /// the very objects it handed out.
    public init(kind: Kind, deferred source: JSONObject, convert: @escaping VTLDeferredConversion) {
        self.kind = kind
        self.storage = [:]
        self.source = source
        self.convert = convert
    }

    private func materialize() {
        guard let convert else { return }
        self.convert = nil
        let members = source.members
        source = JSONObject()
        // Members handed out keep their objects; the rest are converted now.
        var values = children.isEmpty ? [VTLValue](repeating: .null, count: members.count) : children
        children = []
        var index = 0
        for member in members.values {
            if case .null = values[index] { values[index] = VTLValue(jsonSmartScalar: member) ?? convert(member, _watch) }
            index += 1
        }
        var keys: [VTLMapKey] = []
        keys.reserveCapacity(members.count)
        for key in members.keys { keys.append(.string(key)) }
        // A JSON object's keys are already unique, so the map is built without probing.
        storage = OrderedDictionary(uncheckedUniqueKeys: keys, values: values)
    }

    /// Whether the map was made with `init(kind:deferred:convert:)` and has neither been built
    /// nor handed out a list or map member since: its entries are still exactly what its source
    /// gives (nothing can have changed them).
    public var isUntouched: Bool { convert != nil && children.isEmpty }

    /// `map.get(key)` for a string key, the common case.
    public subscript(key: String) -> VTLValue? {
        get { value(forString: key) }
        set { entries[.string(key)] = newValue }
    }

    /// The value under a string key. Small maps (JSON objects, `$context`) are searched
    /// directly, comparing lengths before text; larger ones through the hash table. An unbuilt
    /// map answers from its source.
    @inline(__always)
    func value(forString key: String) -> VTLValue? {
        if convert != nil { return unbuiltValue(forString: key) }
        let keys = storage.keys.elements
        guard keys.count <= 16 else { return storage[.string(key)] }
        let length = key.utf8.count
        var index = 0
        while index < keys.count {
            if case .string(let candidate) = keys[index], candidate.utf8.count == length, candidate == key {
                return storage.values.elements[index]
            }
            index += 1
        }
        return nil
    }

    /// `value(forString:)` of a map not built yet, read from its source.
    private func unbuiltValue(forString key: String) -> VTLValue? {
        let index = sourceIndex(of: key)
        guard index >= 0 else { return nil }
        if let scalar = VTLValue(jsonSmartScalar: source.members.values.elements[index]) { return scalar }
        return child(at: index)
    }

    /// The position of `key` among the source's members, or -1. Small objects are searched
    /// directly, comparing lengths before text; larger ones through the hash table.
    private func sourceIndex(of key: String) -> Int {
        let keys = source.members.keys.elements
        guard keys.count <= 16 else { return source.members.index(forKey: key) ?? -1 }
        let length = key.utf8.count
        var index = 0
        while index < keys.count {
            if keys[index].utf8.count == length, keys[index] == key { return index }
            index += 1
        }
        return -1
    }

    /// The list or map member at `index` of an unbuilt map, made on its first read and kept.
    private func child(at index: Int) -> VTLValue {
        if children.isEmpty {
            let count = source.members.count
            children.reserveCapacity(count)
            for _ in 0..<count { children.append(.null) }
        }
        if case .null = children[index], let convert {
            children[index] = convert(source.members.values.elements[index], _watch)
        }
        return children[index]
    }
}

extension VTLValue {
    /// The Java value json-smart makes of a JSON string, number, boolean or null (its number
    /// classes: `Integer`, `Long`, `Double`, `BigInteger`, `BigDecimal`); nil for an array or
    /// object, which the caller converts into a list or map of its own kind.
    @inline(__always)
    public init?(jsonSmartScalar json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .string(let string): self = .string(string)
        case .number(let number): self = VTLValue(jsonSmart: number)
        case .array, .object: return nil
        }
    }

    /// The Java number json-smart makes of a number's text.
    public init(jsonSmart number: JSONNumber) {
        switch number.jsonSmartValue {
        case .integer(let value): self = .integer(value)
        case .long(let value): self = .long(value)
        case .double(let value): self = .double(value)
        case .bigInteger(let text): self = .bigNumber(VTLBigNumber(kind: .integer, text: text))
        case .bigDecimal(let text): self = .bigNumber(VTLBigNumber(kind: .decimal, text: text))
        }
    }
}

/// Converts one array or object member of a deferred list or map (see
/// `VTLList.init(kind:deferred:convert:)`) into a list or map, given the watch of the list or
/// map it belongs to. (Strings, numbers, booleans and null are converted by
/// `VTLValue.init(jsonSmartScalar:)`, without a call through the converter.)
public typealias VTLDeferredConversion = @Sendable (JSONValue, VTLChangeWatch?) -> VTLValue

/// Notes whether any list or map of a tree has changed since it was last looked at.
///
/// `$input.path` hands out the body's own objects, as Jayway does; a change made to one of them
/// (`$item.put(...)`, `$list.add(...)`) shows in later reads of the body. The body's reader puts
/// one watch on every list and map of its tree (as they are made, and on any a template puts
/// into it when it next reads the tree) and re-reads the tree only when the watch says
/// something changed.
public final class VTLChangeWatch {
    /// Set by any change to a watched list or map; cleared by the watch's owner.
    public var changed = false

    public init() {}
}

/// A map key with Java `equals` semantics: the type is part of the identity.
public enum VTLMapKey: Hashable, Sendable {
    case null
    case string(String)
    case bool(Bool)
    case integer(Int32)
    case long(Int64)
    case double(Double)
    case bigNumber(VTLBigNumber)
    /// Any other key (a list or map used as a key): identified by its Java `toString()` text.
    case other(String)
}

/// An object provided by the embedder, reached from templates as Velocity reaches Java beans.
///
/// Velocity resolves `$obj.name` by trying the getter `getName()` (then `getname()`, then
/// `isName()`), and `$obj.name(args)` by calling a method; an implementation answers both.
/// Returning `nil` means "no such property/method", which the engine treats as Velocity does
/// (an undefined reference that prints as empty text). Throwing means the Java method threw:
/// rendering fails with the error, located at the call.
public protocol VTLObject: AnyObject {
    /// The value of `$object.name`, or `nil` when the object has no such property.
    func property(_ name: String) throws -> VTLValue?
    /// The result of `$object.name(arguments)`, or `nil` when no such method accepts them.
    /// A method that returns Java `null` (or `void`) returns `.null`.
    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue?
    /// The object's Java `toString()`, used when the object itself is printed.
    var javaDescription: String { get }
    /// The object's Java class name, for `$object.class` and `==` between objects of different
    /// classes (which Velocity compares by `toString()`). Defaults to `java.lang.Object`.
    var javaClassName: String { get }
    /// `#set($object.name = value)`: Velocity calls the setter `setName(value)` (or
    /// `put("name", value)`). Return `false` when the object has no such setter; throwing means
    /// the setter threw. Defaults to `false`.
    func setProperty(_ name: String, value: VTLValue) throws -> Bool
}

extension VTLObject {
    public func property(_ name: String) throws -> VTLValue? { nil }
    public func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? { nil }
    public var javaClassName: String { "java.lang.Object" }
    public func setProperty(_ name: String, value: VTLValue) throws -> Bool { false }
}

/// An error a host object's method throws; the engine reports it at the call's location, as
/// Velocity reports a `MethodInvocationException`.
public struct VTLHostError: Error, Sendable, CustomStringConvertible {
    /// The Java exception class AWS or Java would name (`java.lang.IllegalArgumentException`).
    public var exception: String
    public var message: String
    public init(exception: String, message: String) {
        self.exception = exception
        self.message = message
    }
    public var description: String { "\(exception): \(message)" }
}
