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

    /// The elements. A list made with `init(kind:deferred:elements:)` builds them here, on first use.
    public var elements: [VTLValue] {
        _read {
            if make != nil { materialize() }
            yield storage
        }
        _modify {
            if make != nil { materialize() }
            watch?.changed = true
            yield &storage
        }
    }

    /// Told of every change to the elements, when set (see ``VTLChangeWatch``). A deferred list
    /// hands it to its builder, which gives it to the lists and maps it makes.
    public var watch: VTLChangeWatch? {
        get { _watch }
        set { _watch = newValue }
    }
    @exclusivity(unchecked) private var _watch: VTLChangeWatch?

    /// The source of a list made with `init(kind:deferred:elements:)` that has not been built yet.
    public var deferredSource: [JSONValue]? { make != nil ? source : nil }

    @exclusivity(unchecked) private var storage: [VTLValue]
    /// A deferred list's source and builder, until it is built. Typed (not `Any`), so reading
    /// the source costs no existential boxing or dynamic cast.
    @exclusivity(unchecked) private var source: [JSONValue]?
    @exclusivity(unchecked) private var make: (@Sendable ([JSONValue], VTLChangeWatch?) -> [VTLValue])?
    /// The map a `keySet`/`values`/`entrySet` view was taken from (for its class name and for
    /// `#foreach`'s concurrent-modification check).
    public private(set) weak var owner: VTLMap?

    public init(kind: Kind = .arrayList, elements: [VTLValue] = [], owner: VTLMap? = nil) {
        self.kind = kind
        self.storage = elements
        self.owner = owner
    }

    /// A list whose elements are made from `source` by `make` when first used, so a large part
    /// of a JSON document that a template never reads is never converted. `make` must give the
    /// same elements whenever it runs (the source is an immutable value), and put the list's
    /// watch, when it has one, on the lists and maps it makes.
    public init(kind: Kind, deferred source: [JSONValue], elements make: @escaping @Sendable ([JSONValue], VTLChangeWatch?) -> [VTLValue]) {
        self.kind = kind
        self.storage = []
        self.source = source
        self.make = make
    }

    private func materialize() {
        guard let make, let source else { return }
        self.make = nil
        self.source = nil
        storage = make(source, _watch)
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

    /// The entries. A map made with `init(kind:deferred:entries:)` builds them here, on first use.
    public var entries: OrderedDictionary<VTLMapKey, VTLValue> {
        _read {
            if make != nil { materialize() }
            yield storage
        }
        _modify {
            if make != nil { materialize() }
            watch?.changed = true
            yield &storage
        }
    }

    /// Told of every change to the entries, when set (see ``VTLChangeWatch``). A deferred map
    /// hands it to its builder, which gives it to the lists and maps it makes.
    public var watch: VTLChangeWatch? {
        get { _watch }
        set { _watch = newValue }
    }
    @exclusivity(unchecked) private var _watch: VTLChangeWatch?

    /// The source of a map made with `init(kind:deferred:entries:)` that has not been built yet.
    public var deferredSource: JSONObject? { make != nil ? source : nil }

    @exclusivity(unchecked) private var storage: OrderedDictionary<VTLMapKey, VTLValue>
    /// A deferred map's source and builder, until it is built. Typed (not `Any`), so a peek at
    /// the source costs no existential boxing or dynamic cast.
    @exclusivity(unchecked) private var source: JSONObject?
    @exclusivity(unchecked) private var make: (@Sendable (JSONObject, VTLChangeWatch?) -> OrderedDictionary<VTLMapKey, VTLValue>)?

    public init(kind: Kind = .linkedHashMap, entries: OrderedDictionary<VTLMapKey, VTLValue> = [:]) {
        self.kind = kind
        self.storage = entries
    }

    /// A map whose entries are made from `source` by `make` when first used, so a large part of
    /// a JSON document that a template never reads is never converted. `make` must give the same
    /// entries whenever it runs (the source is an immutable value).
    ///
    /// `peek`, when given, answers a read of one string key from the source while the map is
    /// still unbuilt: `.some(value)` for a member whose value has no identity of its own (a
    /// string, number, boolean or null, which reading cannot share with a later change),
    /// `.some(nil)` for a key the source does not have, and nil when the map must be built to
    /// answer (the member is a map or list). Its answers must agree with `make`'s entries.
    public init(
        kind: Kind, deferred source: JSONObject, entries make: @escaping @Sendable (JSONObject, VTLChangeWatch?) -> OrderedDictionary<VTLMapKey, VTLValue>,
        peek: (@Sendable (JSONObject, String) -> VTLValue??)? = nil
    ) {
        self.kind = kind
        self.storage = [:]
        self.source = source
        self.make = make
        self.peek = peek
    }

    @exclusivity(unchecked) private var peek: (@Sendable (JSONObject, String) -> VTLValue??)?

    private func materialize() {
        guard let make, let source else { return }
        self.make = nil
        self.source = nil
        self.peek = nil
        storage = make(source, _watch)
    }

    /// Whether the map was made with `init(kind:deferred:entries:)` and has not been built
    /// since: its entries are still exactly what its source gives (nothing changed them).
    public var isUntouched: Bool { make != nil }

    /// `map.get(key)` for a string key, the common case.
    public subscript(key: String) -> VTLValue? {
        get { value(forString: key) }
        set { entries[.string(key)] = newValue }
    }

    /// The value under a string key. Small maps (JSON objects, `$context`) are searched
    /// directly, comparing lengths before text; larger ones through the hash table.
    @inline(__always)
    func value(forString key: String) -> VTLValue? {
        if let peek, let source, let answer = peek(source, key) { return answer }
        let keys = entries.keys.elements
        guard keys.count <= 16 else { return entries[.string(key)] }
        let length = key.utf8.count
        var index = 0
        while index < keys.count {
            if case .string(let candidate) = keys[index], candidate.utf8.count == length, candidate == key {
                return entries.values.elements[index]
            }
            index += 1
        }
        return nil
    }
}

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
