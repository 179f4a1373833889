import Foundation
import OrderedCollections

/// What Velocity's introspector finds on Java objects: properties (`$a.b`), methods
/// (`$a.b(...)`), indexes (`$a[i]`), setters and iteration, for the Java classes templates see.
enum JavaRuntime {
    // MARK: Argument conversion (MethodMap's "method invocation conversion")

    /// An `int` parameter: Integer (or Character) arguments only.
    @inline(__always) static func int(_ value: VTLValue) -> Int32? {
        switch value {
        case .integer(let n): return n
        case .object(let o): return (o as? JavaCharacter).map { Int32($0.unit) }
        default: return nil
        }
    }

    /// A `long` parameter: Integer or Long.
    static func long(_ value: VTLValue) -> Int64? {
        switch value {
        case .integer(let n): return Int64(n)
        case .long(let n): return n
        case .object(let o): return (o as? JavaCharacter).map { Int64($0.unit) }
        default: return nil
        }
    }

    /// A `double` parameter: any primitive-wrapping number.
    static func double(_ value: VTLValue) -> Double? {
        switch value {
        case .integer(let n): return Double(n)
        case .long(let n): return Double(n)
        case .double(let d): return d
        case .object(let o): return (o as? JavaCharacter).map { Double($0.unit) }
        default: return nil
        }
    }

    /// A `String` / `CharSequence` parameter: a string, or null (`.some(nil)`); `nil` otherwise.
    static func string(_ value: VTLValue) -> String?? {
        switch value {
        case .string(let s): return .some(s)
        case .null: return .some(nil)
        default: return nil
        }
    }

    static func isNumber(_ value: VTLValue) -> Bool {
        switch value {
        case .integer, .long, .double, .bigNumber: return true
        default: return false
        }
    }

    // MARK: Equality

    /// Java `a.equals(b)`.
    static func javaEquals(_ a: VTLValue, _ b: VTLValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.long(let x), .long(let y)): return x == y
        case (.double(let x), .double(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        case (.bigNumber(let x), .bigNumber(let y)): return x.kind == y.kind && x.text == y.text
        case (.list(let x), .list(let y)):
            if x === y { return true }
            if x.kind == .array || y.kind == .array { return false }
            guard x.elements.count == y.elements.count else { return false }
            for (p, q) in zip(x.elements, y.elements) where !javaEquals(p, q) { return false }
            return true
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.entries.count == y.entries.count else { return false }
            for (key, value) in x.entries {
                guard let other = y.entries[key], javaEquals(value, other) else { return false }
            }
            return true
        case (.object(let x), _):
            if let java = x as? any JavaObject { return java.javaEquals(b) }
            if case .object(let y) = b { return x === y }
            return false
        default:
            return false
        }
    }

    /// Java `hashCode()`.
    static func hashCode(_ value: VTLValue) -> Int32 {
        switch value {
        case .null: return 0
        case .list(let list):
            var h: Int32 = 1
            for element in list.elements { h = 31 &* h &+ hashCode(element) }
            return h
        case .map(let map):
            var h: Int32 = 0
            for (key, element) in map.entries { h = h &+ (key.javaHashCode ^ hashCode(element)) }
            return h
        case .object(let object):
            if let c = object as? JavaCharacter { return Int32(c.unit) }
            return Int32(truncatingIfNeeded: ObjectIdentifier(object).hashValue)
        default:
            return VTLMapKey(value).javaHashCode
        }
    }

    /// Whether Velocity's `==` compares the two with `equals` (one class assignable from the
    /// other) rather than by `toString()`.
    static func sameJavaClassFamily(_ a: VTLValue, _ b: VTLValue) -> Bool {
        switch (a, b) {
        case (.string, .string), (.bool, .bool), (.integer, .integer), (.long, .long), (.double, .double): return true
        case (.bigNumber(let x), .bigNumber(let y)): return x.kind == y.kind
        case (.list(let x), .list(let y)):
            if x.kind == y.kind { return true }
            return x.kind != .array && y.kind != .array
        case (.map(let x), .map(let y)): return x.kind == y.kind
        case (.object(let x), .object(let y)): return x.javaClassName == y.javaClassName
        default: return false
        }
    }

    // MARK: Properties

    /// `$receiver.name`: Velocity tries `getName()`, then `Map.get("name")`, then `get("name")`,
    /// then `isName()`. `nil` when nothing answers.
    static func property(_ receiver: VTLValue, _ name: String) throws -> VTLValue? {
        switch receiver {
        case .null:
            return nil
        case .map(let map):
            if "class" ~= name { return .object(JavaClass(receiver.javaClassName)) }
            return map.value(forString: name) ?? .null
        case .object(let object):
            if object is ForeachScope || !(object is any JavaObject) { return try object.property(name) }
            // PropertyExecutor (getName / getname), then BooleanPropertyExecutor (isName).
            guard let first = name.first else { return nil }
            let rest = name.dropFirst()
            let flipped = first.isLowercase ? first.uppercased() : first.lowercased()
            if let value = try invoke(receiver, "get" + name, []) { return value }
            if let value = try invoke(receiver, "get" + flipped + rest, []) { return value }
            for candidate in ["is" + name, "is" + flipped + rest] {
                if let value = try invoke(receiver, candidate, []), case .bool = value { return value }
            }
            return nil
        case .list(let list):
            switch name {
            case "class": return .object(JavaClass(receiver.javaClassName))
            case "empty": return list.kind == .array ? nil : .bool(list.elements.isEmpty)
            default: return nil
            }
        case .string(let text):
            switch name {
            case "class": return .object(JavaClass(receiver.javaClassName))
            case "empty": return .bool(text.isEmpty)
            case "blank": return .bool(text.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
            case "bytes": return .list(VTLList(kind: .array, elements: text.utf8.map { .integer(Int32(Int8(bitPattern: $0))) }))
            default: return nil
            }
        case .double(let d):
            switch name {
            case "class": return .object(JavaClass(receiver.javaClassName))
            case "naN": return .bool(d.isNaN)
            case "infinite": return .bool(d.isInfinite)
            default: return nil
            }
        case .bool, .integer, .long, .bigNumber:
            return "class" ~= name ? .object(JavaClass(receiver.javaClassName)) : nil
        }
    }

    /// `#set($receiver.name = value)`: a setter, or `put("name", value)` on a map. Returns
    /// whether anything took the value.
    static func setProperty(_ receiver: VTLValue, _ name: String, _ value: VTLValue) throws -> Bool {
        switch receiver {
        case .map(let map):
            map.entries[.string(name)] = value
            return true
        case .object(let object):
            if let scope = object as? ForeachScope {
                scope.storage[name] = value
                return true
            }
            if let entry = object as? JavaMapEntry, name == "value" {
                _ = entry.setValue(value)
                return true
            }
            return try object.setProperty(name, value: value)
        default:
            return false
        }
    }

    // MARK: Index

    /// `$receiver[argument]`: `get(argument)`, with a negative Integer counted from `size()`.
    static func index(_ receiver: VTLValue, _ argument: VTLValue) throws -> VTLValue? {
        var argument = argument
        if case .integer(let i) = argument, i < 0 {
            switch receiver {
            case .list(let list): argument = .integer(Int32(truncatingIfNeeded: list.elements.count) &+ i)
            case .map(let map): argument = .integer(Int32(truncatingIfNeeded: map.entries.count) &+ i)
            case .object(let object):
                if let size = try object.call("size", arguments: []), case .integer(let n) = size {
                    argument = .integer(n &+ i)
                } else if !(object is ForeachScope) {
                    throw IndexFailure.noSize(object.javaClassName)
                }
            default:
                throw IndexFailure.noSize(receiver.javaClassName)
            }
        }
        switch receiver {
        case .list(let list):
            // A map's views are not Lists: Velocity finds no get(int) and gives null.
            if list.isMapView { return nil }
            guard case .integer(let i) = argument else { return nil }
            guard i >= 0, Int(i) < list.elements.count else {
                throw JavaException.indexOutOfBounds(Int(i), list.elements.count)
            }
            return list.elements[Int(i)]
        case .map(let map):
            return map.entries[VTLMapKey(argument)] ?? .null
        case .object(let object):
            if let scope = object as? ForeachScope {
                if case .string(let key) = argument { return scope.get(key) }
                return .null
            }
            return try object.call("get", arguments: [argument])
        default:
            return nil
        }
    }

    enum IndexFailure: Error {
        case noSize(String)
    }

    // MARK: Iteration

    /// What `#foreach` iterates: a list's elements, a map's values; `nil` when not iterable.
    static func iterationSource(_ value: VTLValue) -> IterationSource? {
        switch value {
        case .list(let list): return .list(list)
        case .map(let map): return .map(map, map.javaOrderedValues)
        case .object(let object):
            if let scope = object as? ForeachScope { return .values(Array(scope.storage.values)) }
            if let iterable = object as? any VTLIterable { return .values(iterable.javaElements) }
            return nil
        default: return nil
        }
    }

    enum IterationSource {
        case list(VTLList)
        case values([VTLValue])
        /// A map's values, with the map, whose size is checked on each step.
        case map(VTLMap, [VTLValue])
    }
}

/// A host object `#foreach` can iterate (a Java `Iterable`).
public protocol VTLIterable: VTLObject {
    /// The elements, in iteration order.
    var javaElements: [VTLValue] { get }
}
