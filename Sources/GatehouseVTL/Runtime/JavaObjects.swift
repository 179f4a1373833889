/// Java objects that are not one of `VTLValue`'s own cases: what `charAt`, `entrySet`,
/// `getClass` and `#foreach` give templates.

/// An exception a Java method throws: the class Java names and its message.
struct JavaException: Error {
    var className: String
    var message: String?

    init(_ className: String, _ message: String? = nil) {
        self.className = className
        self.message = message
    }

    /// `Throwable.toString()`: the class, then `: message` when there is one.
    var description: String {
        guard let message else { return className }
        return className + ": " + message
    }

    static func indexOutOfBounds(_ index: Int, _ length: Int) -> JavaException {
        JavaException("java.lang.IndexOutOfBoundsException", "Index \(index) out of bounds for length \(length)")
    }
    static let nullPointer = JavaException("java.lang.NullPointerException")
    static let unsupported = JavaException("java.lang.UnsupportedOperationException")
}

/// An engine-provided Java object.
protocol JavaObject: VTLObject {
    /// Java `equals`.
    func javaEquals(_ other: VTLValue) -> Bool
}

extension JavaObject {
    func javaEquals(_ other: VTLValue) -> Bool {
        if case .object(let object) = other { return object === self }
        return false
    }
}

/// `java.lang.Character` (from `String.charAt`).
final class JavaCharacter: JavaObject {
    let unit: UInt16
    init(_ unit: UInt16) { self.unit = unit }
    var javaDescription: String { JavaString.fromUTF16([unit]) }
    var javaClassName: String { "java.lang.Character" }
    func javaEquals(_ other: VTLValue) -> Bool {
        if case .object(let object) = other, let character = object as? JavaCharacter { return character.unit == unit }
        return false
    }
}

/// A `Map.Entry` from `entrySet()`; `setValue` writes through to its map.
final class JavaMapEntry: JavaObject {
    let key: VTLMapKey
    private(set) var value: VTLValue
    weak var map: VTLMap?
    init(key: VTLMapKey, value: VTLValue, map: VTLMap) {
        self.key = key
        self.value = value
        self.map = map
    }
    var javaDescription: String { key.javaString + "=" + value.javaString }
    var javaClassName: String { map?.kind == .linkedHashMap ? "java.util.LinkedHashMap$Entry" : "java.util.HashMap$Node" }
    func setValue(_ newValue: VTLValue) -> VTLValue {
        let old = value
        value = newValue
        map?.entries[key] = newValue
        return old
    }
    func javaEquals(_ other: VTLValue) -> Bool {
        guard case .object(let object) = other, let entry = object as? JavaMapEntry else { return false }
        return entry.key == key && JavaRuntime.javaEquals(entry.value, value)
    }
}

/// `java.lang.Class` (from `getClass()` / `.class`).
final class JavaClass: JavaObject {
    let name: String
    init(_ name: String) { self.name = name }
    var javaDescription: String { (name.hasPrefix("[") ? "class " : "class ") + name }
    var javaClassName: String { "java.lang.Class" }
    var simpleName: String {
        if name.hasPrefix("[L") { return String(name.dropFirst(2).dropLast()).split(separator: ".").last.map(String.init).map { $0 + "[]" } ?? name }
        return name.split(separator: ".").last.map(String.init) ?? name
    }
    func javaEquals(_ other: VTLValue) -> Bool {
        if case .object(let object) = other, let c = object as? JavaClass { return c.name == name }
        return false
    }
}

/// `$foreach`: Velocity's `ForeachScope`, a map with loop properties and a parent.
final class ForeachScope: JavaObject {
    @exclusivity(unchecked) var index = -1
    @exclusivity(unchecked) var hasNext = false
    let parent: ForeachScope?
    let replacedValue: VTLValue?
    var storage: OrderedDictionaryStorage = [:]
    typealias OrderedDictionaryStorage = [String: VTLValue]

    init(previous: VTLValue?) {
        if case .object(let object)? = previous, let scope = object as? ForeachScope {
            parent = scope
            replacedValue = nil
        } else {
            parent = nil
            replacedValue = previous
        }
    }

    var replaced: VTLValue? { replacedValue ?? parent?.replaced }
    var topmost: ForeachScope { parent?.topmost ?? self }

    var javaDescription: String {
        // AbstractMap.toString over a HashMap of what templates put in it.
        let map = VTLMap(kind: .jsonObject)
        for (key, value) in storage { map[key] = value }
        var out = "{"
        var first = true
        for (key, value) in map.javaOrderedEntries {
            if !first { out += ", " }
            first = false
            out += key.javaString + "=" + value.javaString
        }
        return out + "}"
    }
    var javaClassName: String { "org.apache.velocity.runtime.directive.ForeachScope" }

    func get(_ key: String) -> VTLValue {
        if let value = storage[key] { return value }
        return parent?.get(key) ?? .null
    }

    /// `$foreach.name`: what `property(name)` gives, without going through `throws`.
    static func fastProperty(_ scope: ForeachScope, _ name: String) -> VTLValue {
        switch name {
        case "index": return .integer(Int32(truncatingIfNeeded: scope.index))
        case "hasNext": return .bool(scope.hasNext)
        case "count": return .integer(Int32(truncatingIfNeeded: scope.index + 1))
        default: return (try? scope.property(name)) ?? .null
        }
    }

    func property(_ name: String) throws -> VTLValue? {
        switch name {
        case "index": return .integer(Int32(truncatingIfNeeded: index))
        case "count": return .integer(Int32(truncatingIfNeeded: index + 1))
        case "hasNext": return .bool(hasNext)
        case "first": return .bool(index < 1)
        case "last": return .bool(!hasNext)
        case "parent": return parent.map { .object($0) } ?? .null
        case "topmost": return .object(topmost)
        case "replaced": return replaced ?? .null
        case "class": return .object(JavaClass(javaClassName))
        default: return get(name)
        }
    }

    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        switch (method, arguments.count) {
        case ("getIndex", 0): return .integer(Int32(truncatingIfNeeded: index))
        case ("getCount", 0): return .integer(Int32(truncatingIfNeeded: index + 1))
        case ("hasNext", 0), ("getHasNext", 0): return .bool(hasNext)
        case ("isFirst", 0), ("getFirst", 0): return .bool(index < 1)
        case ("isLast", 0), ("getLast", 0): return .bool(!hasNext)
        case ("getParent", 0): return parent.map { .object($0) } ?? .null
        case ("getTopmost", 0): return .object(topmost)
        case ("getReplaced", 0): return replaced ?? .null
        case ("get", 1):
            if case .string(let key) = arguments[0] { return get(key) }
            return .null
        case ("put", 2):
            guard case .string(let key) = arguments[0] else { return .null }
            let old = storage[key]
            storage[key] = arguments[1]
            return old ?? .null
        case ("size", 0): return .integer(Int32(storage.count))
        case ("isEmpty", 0): return .bool(storage.isEmpty)
        case ("containsKey", 1):
            if case .string(let key) = arguments[0] { return .bool(storage[key] != nil) }
            return .bool(false)
        case ("toString", 0): return .string(javaDescription)
        case ("hashCode", 0): return .integer(0)
        case ("equals", 1): return .bool(javaEquals(arguments[0]))
        case ("getClass", 0): return .object(JavaClass(javaClassName))
        default: return nil
        }
    }
}

/// A `#define` block or a block macro's `$bodyContent`: renders its body when printed.
final class BlockReference: JavaObject {
    let body: [Node]
    let maxDepth: Int
    var depth = 0
    /// Renders the body into text (set by the renderer that made the block).
    weak var renderer: Renderer?

    init(body: [Node], maxDepth: Int, renderer: Renderer) {
        self.body = body
        self.maxDepth = maxDepth
        self.renderer = renderer
    }

    var javaDescription: String {
        (try? renderer?.renderBlockToString(self)) ?? ""
    }
    var javaClassName: String { "org.apache.velocity.runtime.directive.Block$Reference" }
}
