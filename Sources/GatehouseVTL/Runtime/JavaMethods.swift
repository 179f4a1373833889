import Foundation
import OrderedCollections

/// Method calls on the Java classes templates see, resolved as Velocity's introspector would
/// (overloads chosen by the arguments' classes, with Java's widening of int to long/double).
extension JavaRuntime {
    /// `receiver.name(arguments)`: the result, `nil` when no such method accepts the arguments.
    /// A void method returns `""` (Velocity's rule). Java exceptions are thrown.
    static func invoke(_ receiver: VTLValue, _ name: String, _ arguments: [VTLValue]) throws -> VTLValue? {
        if let result = try dispatch(receiver, name, arguments) { return result }
        // Velocity 1.7's MethodMap counts a no-argument method applicable to any arguments;
        // reflection then refuses the call.
        if !arguments.isEmpty, zeroArgumentMethods(receiver).contains(name) {
            throw JavaException("java.lang.IllegalArgumentException", "wrong number of arguments")
        }
        return nil
    }

    private static let objectZeroArgument: Set<String> = ["toString", "hashCode", "getClass", "notify", "notifyAll", "wait"]
    private static let stringZeroArgument: Set<String> = objectZeroArgument.union([
        "length", "isEmpty", "isBlank", "intern", "trim", "strip", "stripLeading", "stripTrailing", "toLowerCase",
        "toUpperCase", "toCharArray", "getBytes", "chars", "codePoints", "lines", "stripIndent", "translateEscapes",
    ])
    private static let listZeroArgument: Set<String> = objectZeroArgument.union([
        "size", "isEmpty", "clear", "iterator", "listIterator", "toArray", "stream", "parallelStream", "spliterator",
        "trimToSize", "clone", "toJSONString",
    ])
    private static let mapZeroArgument: Set<String> = objectZeroArgument.union([
        "size", "isEmpty", "clear", "keySet", "values", "entrySet", "clone", "toJSONString",
    ])
    private static let numberZeroArgument: Set<String> = objectZeroArgument.union([
        "intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue", "isNaN", "isInfinite",
        "describeConstable",
    ])
    private static let booleanZeroArgument: Set<String> = objectZeroArgument.union(["booleanValue", "describeConstable"])

    private static func zeroArgumentMethods(_ receiver: VTLValue) -> Set<String> {
        switch receiver {
        case .string: return stringZeroArgument
        case .list: return listZeroArgument
        case .map: return mapZeroArgument
        case .integer, .long, .double, .bigNumber: return numberZeroArgument
        case .bool: return booleanZeroArgument
        default: return []
        }
    }

    private static func dispatch(_ receiver: VTLValue, _ name: String, _ arguments: [VTLValue]) throws -> VTLValue? {
        switch receiver {
        case .null: return nil
        case .string(let text): return try stringMethod(text, name, arguments)
        case .list(let list): return try listMethod(list, name, arguments)
        case .map(let map): return try mapMethod(map, name, arguments)
        case .integer, .long, .double, .bigNumber: return try numberMethod(receiver, name, arguments)
        case .bool(let flag): return try boolMethod(flag, name, arguments)
        case .object(let object):
            if let entry = object as? JavaMapEntry { return entryMethod(entry, name, arguments) }
            if let character = object as? JavaCharacter { return try characterMethod(character, name, arguments) }
            if let javaClass = object as? JavaClass { return classMethod(javaClass, name, arguments) }
            if let result = try object.call(name, arguments: arguments) { return result }
            switch (name, arguments.count) {
            case ("toString", 0): return .string(object.javaDescription)
            case ("getClass", 0): return .object(JavaClass(object.javaClassName))
            case ("equals", 1): return .bool(javaEquals(receiver, arguments[0]))
            case ("hashCode", 0): return .integer(hashCode(receiver))
            default: return nil
            }
        }
    }

    // MARK: Object methods every class has

    private static func objectMethod(_ receiver: VTLValue, _ name: String, _ arguments: [VTLValue]) -> VTLValue? {
        switch (name, arguments.count) {
        case ("toString", 0): return .string(receiver.javaString)
        case ("equals", 1): return .bool(javaEquals(receiver, arguments[0]))
        case ("hashCode", 0): return .integer(hashCode(receiver))
        case ("getClass", 0): return .object(JavaClass(receiver.javaClassName))
        default: return nil
        }
    }

    // MARK: java.lang.String

    static func stringMethod(_ s: String, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        switch (name, args.count) {
        case ("length", 0):
            return .integer(Int32(s.utf16.count))
        case ("isEmpty", 0):
            return .bool(s.isEmpty)
        case ("isBlank", 0):
            return .bool(s.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
        case ("toString", 0), ("intern", 0):
            return .string(s)
        case ("hashCode", 0):
            return .integer(JavaString.hashCode(s))
        case ("equals", 1):
            if case .string(let other) = args[0] { return .bool(other == s) }
            return .bool(false)
        case ("getClass", 0):
            return .object(JavaClass("java.lang.String"))
        case ("equalsIgnoreCase", 1):
            guard let other = string(args[0]) else { return nil }
            guard let other else { return .bool(false) }
            return .bool(equalsIgnoreCase(s, other))
        case ("charAt", 1):
            guard let i = int(args[0]) else { return nil }
            let units = Array(s.utf16)
            guard i >= 0, Int(i) < units.count else {
                throw JavaException("java.lang.StringIndexOutOfBoundsException", "String index out of range: \(i)")
            }
            return .object(JavaCharacter(units[Int(i)]))
        case ("codePointAt", 1):
            guard let i = int(args[0]) else { return nil }
            let units = Array(s.utf16)
            guard i >= 0, Int(i) < units.count else {
                throw JavaException("java.lang.StringIndexOutOfBoundsException", "index \(i), length \(units.count)")
            }
            let high = units[Int(i)]
            if high >= 0xD800, high <= 0xDBFF, Int(i) + 1 < units.count, units[Int(i) + 1] >= 0xDC00, units[Int(i) + 1] <= 0xDFFF {
                return .integer(Int32(0x10000 + ((Int(high) - 0xD800) << 10) + (Int(units[Int(i) + 1]) - 0xDC00)))
            }
            return .integer(Int32(high))
        case ("substring", 1):
            guard let begin = int(args[0]) else { return nil }
            let units = Array(s.utf16)
            guard begin >= 0, Int(begin) <= units.count else {
                throw JavaException("java.lang.StringIndexOutOfBoundsException", "begin \(begin), end \(units.count), length \(units.count)")
            }
            return .string(JavaString.fromUTF16(units[Int(begin)...]))
        case ("substring", 2), ("subSequence", 2):
            guard let begin = int(args[0]), let end = int(args[1]) else { return nil }
            let units = Array(s.utf16)
            guard begin >= 0, end <= units.count, begin <= end else {
                throw JavaException("java.lang.StringIndexOutOfBoundsException", "begin \(begin), end \(end), length \(units.count)")
            }
            return .string(JavaString.fromUTF16(units[Int(begin)..<Int(end)]))
        case ("indexOf", 1), ("indexOf", 2), ("lastIndexOf", 1), ("lastIndexOf", 2):
            let last = name == "lastIndexOf"
            var from: Int32? = nil
            if args.count == 2 {
                guard let f = int(args[1]) else { return nil }
                from = f
            }
            let needle: [UInt16]
            if let i = int(args[0]), !(args[0].isString) {
                needle = codePointUnits(Int(i))
            } else if let n = string(args[0]) {
                guard let n else { throw JavaException.nullPointer }
                needle = Array(n.utf16)
            } else {
                return nil
            }
            let units = Array(s.utf16)
            return .integer(Int32(last ? lastIndexOf(units, needle, from: from.map(Int.init)) : indexOf(units, needle, from: from.map(Int.init) ?? 0)))
        case ("contains", 1):
            guard let n = string(args[0]) else { return nil }
            guard let n else { throw JavaException.nullPointer }
            return .bool(n.isEmpty || indexOf(Array(s.utf16), Array(n.utf16), from: 0) >= 0)
        case ("startsWith", 1):
            guard let p = string(args[0]) else { return nil }
            guard let p else { throw JavaException.nullPointer }
            return .bool(Array(s.utf16).starts(with: p.utf16))
        case ("startsWith", 2):
            guard let p = string(args[0]), let offset = int(args[1]) else { return nil }
            guard let p else { throw JavaException.nullPointer }
            let units = Array(s.utf16)
            guard offset >= 0, Int(offset) <= units.count else { return .bool(false) }
            return .bool(units[Int(offset)...].starts(with: p.utf16))
        case ("endsWith", 1):
            guard let p = string(args[0]) else { return nil }
            guard let p else { throw JavaException.nullPointer }
            return .bool(Array(s.utf16).reversed().starts(with: Array(p.utf16).reversed()))
        case ("concat", 1):
            guard let other = string(args[0]) else { return nil }
            guard let other else { throw JavaException.nullPointer }
            return .string(s + other)
        case ("compareTo", 1):
            // Velocity reaches the Comparable bridge `compareTo(Object)`, which casts its argument.
            guard let other = string(args[0]) else { throw classCast(args[0], to: "java.lang.String") }
            guard let other else { throw JavaException.nullPointer }
            return .integer(compare(Array(s.utf16), Array(other.utf16)))
        case ("compareToIgnoreCase", 1):
            guard let other = string(args[0]) else { return nil }
            guard let other else { throw JavaException.nullPointer }
            let fold: (UInt16) -> UInt16 = { unit in
                let up = foldUpper(unit)
                return foldLower(up)
            }
            return .integer(compare(s.utf16.map(fold), other.utf16.map(fold)))
        case ("toLowerCase", 0): return .string(lowerCase(s))
        case ("toUpperCase", 0): return .string(upperCase(s))
        case ("trim", 0):
            let units = Array(s.utf16)
            var start = 0
            var end = units.count
            while start < end && units[start] <= 0x20 { start += 1 }
            while end > start && units[end - 1] <= 0x20 { end -= 1 }
            if start == 0 && end == units.count { return .string(s) }
            return .string(JavaString.fromUTF16(units[start..<end]))
        case ("strip", 0), ("stripLeading", 0), ("stripTrailing", 0):
            var scalars = Substring(s).unicodeScalars[...]
            if name != "stripTrailing" { while let f = scalars.first, f.properties.isWhitespace { scalars = scalars.dropFirst() } }
            if name != "stripLeading" { while let l = scalars.last, l.properties.isWhitespace { scalars = scalars.dropLast() } }
            return .string(String(String.UnicodeScalarView(scalars)))
        case ("repeat", 1):
            guard let count = int(args[0]) else { return nil }
            guard count >= 0 else { throw JavaException("java.lang.IllegalArgumentException", "count is negative: \(count)") }
            guard s.utf8.count * Int(count) <= 64 << 20 else { throw JavaException("java.lang.OutOfMemoryError", "Repeating \(s.utf16.count) bytes String \(count) times will produce a String exceeding maximum size.") }
            return .string(String(repeating: s, count: Int(count)))
        case ("replace", 2):
            if case .object(let a) = args[0], let old = a as? JavaCharacter, case .object(let b) = args[1], let new = b as? JavaCharacter {
                return .string(JavaString.fromUTF16(s.utf16.map { $0 == old.unit ? new.unit : $0 }))
            }
            guard let target = string(args[0]), let replacement = string(args[1]) else { return nil }
            guard let target, let replacement else { throw JavaException.nullPointer }
            return .string(replaceLiteral(s, target, replacement))
        case ("replaceAll", 2), ("replaceFirst", 2):
            guard let regex = string(args[0]), let replacement = string(args[1]) else { return nil }
            guard let regex, let replacement else { throw JavaException.nullPointer }
            return .string(try JavaRegex.replace(s, regex, replacement, all: name == "replaceAll"))
        case ("matches", 1):
            guard let regex = string(args[0]) else { return nil }
            guard let regex else { throw JavaException.nullPointer }
            return .bool(try JavaRegex.matches(s, regex))
        case ("split", 1), ("split", 2):
            guard let regex = string(args[0]) else { return nil }
            var limit: Int32 = 0
            if args.count == 2 {
                guard let l = int(args[1]) else { return nil }
                limit = l
            }
            guard let regex else { throw JavaException.nullPointer }
            let parts = try JavaRegex.split(s, regex, limit: Int(limit))
            return .list(VTLList(kind: .array, elements: parts.map { .string($0) }))
        case ("toCharArray", 0):
            return .list(VTLList(kind: .array, elements: s.utf16.map { .object(JavaCharacter($0)) }))
        case ("getBytes", 0):
            return .list(VTLList(kind: .array, elements: s.utf8.map { .integer(Int32(Int8(bitPattern: $0))) }))
        case ("getBytes", 1):
            guard case .string(let charset) = args[0] else { return nil }
            let upper = charset.uppercased()
            if upper == "UTF-8" || upper == "UTF8" {
                return .list(VTLList(kind: .array, elements: s.utf8.map { .integer(Int32(Int8(bitPattern: $0))) }))
            }
            if upper == "ISO-8859-1" || upper == "US-ASCII" || upper == "ASCII" {
                let limit: UInt16 = upper == "ISO-8859-1" ? 0xFF : 0x7F
                return .list(VTLList(kind: .array, elements: s.utf16.map { .integer(Int32(Int8(bitPattern: UInt8(truncatingIfNeeded: $0 <= limit ? $0 : 0x3F)))) }))
            }
            throw JavaException("java.io.UnsupportedEncodingException", charset)
        case ("valueOf", 1), ("copyValueOf", 1):
            return .string(args[0].javaString)
        case ("format", _) where args.count >= 1:
            guard case .string(let format) = args[0] else { return nil }
            var rest = Array(args.dropFirst())
            if rest.count == 1, case .list(let list) = rest[0], list.kind == .array { rest = list.elements }
            return .string(try JavaFormat.format(format, rest))
        case ("join", _) where args.count >= 2:
            guard let delimiter = string(args[0]) else { return nil }
            guard let delimiter else { throw JavaException.nullPointer }
            var elements = Array(args.dropFirst())
            if elements.count == 1 {
                switch elements[0] {
                case .list(let list): elements = list.elements
                case .map: return nil
                default: break
                }
            }
            var parts: [String] = []
            for element in elements {
                switch element {
                case .string(let part): parts.append(part)
                case .null: parts.append("null")
                default: return nil
                }
            }
            return .string(parts.joined(separator: delimiter))
        default:
            return nil
        }
    }

    private static func codePointUnits(_ codePoint: Int) -> [UInt16] {
        guard codePoint >= 0x10000, let scalar = Unicode.Scalar(UInt32(codePoint)) else { return [UInt16(truncatingIfNeeded: codePoint)] }
        return Array(String(Character(scalar)).utf16)
    }

    static func indexOf(_ haystack: [UInt16], _ needle: [UInt16], from: Int) -> Int {
        let start = max(0, from)
        if needle.isEmpty { return min(start, haystack.count) }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return -1 }
        let first = needle[0]
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return -1
    }

    static func lastIndexOf(_ haystack: [UInt16], _ needle: [UInt16], from: Int?) -> Int {
        let rightmost = haystack.count - needle.count
        var i = min(from ?? rightmost, rightmost)
        if i < 0 { return -1 }
        while i >= 0 {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return -1
    }

    private static func compare(_ a: [UInt16], _ b: [UInt16]) -> Int32 {
        for (x, y) in zip(a, b) where x != y { return Int32(x) - Int32(y) }
        return Int32(a.count - b.count)
    }

    private static func foldUpper(_ unit: UInt16) -> UInt16 {
        guard let scalar = Unicode.Scalar(unit) else { return unit }
        let mapped = scalar.properties.uppercaseMapping.utf16
        return mapped.count == 1 ? mapped.first! : unit
    }

    private static func foldLower(_ unit: UInt16) -> UInt16 {
        guard let scalar = Unicode.Scalar(unit) else { return unit }
        let mapped = scalar.properties.lowercaseMapping.utf16
        return mapped.count == 1 ? mapped.first! : unit
    }

    private static func equalsIgnoreCase(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf16), y = Array(b.utf16)
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where p != q {
            let up = foldUpper(p), uq = foldUpper(q)
            if up == uq { continue }
            if foldLower(up) == foldLower(uq) { continue }
            return false
        }
        return true
    }

    static func replaceLiteral(_ s: String, _ target: String, _ replacement: String) -> String {
        if target.isEmpty {
            // Java inserts the replacement between every char, and at both ends.
            var out = replacement
            for unit in s.utf16 {
                out += JavaString.fromUTF16([unit])
                out += replacement
            }
            return out
        }
        // Matching UTF-8 bytes finds what matching UTF-16 units finds: a whole character
        // sequence's encoding can only match at character boundaries.
        return JavaRegex.replaceLiteral(s, Array(target.utf8), Array(replacement.utf8), all: true)
    }

    // MARK: java.util.List (ArrayList, JSONArray, arrays)

    static func listMethod(_ list: VTLList, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        let isArray = list.kind == .array
        if list.isMapView {
            switch (name, args.count) {
            // A map's views are Collections: add is AbstractCollection's, which throws.
            case ("add", 1), ("addAll", 1): throw JavaException.unsupported
            // ... and they have no List methods.
            case ("get", 1), ("set", 2), ("add", 2), ("addAll", 2), ("indexOf", 1), ("lastIndexOf", 1),
                 ("subList", 2), ("sort", 1):
                return nil
            default: break
            }
        }
        switch (name, args.count) {
        case ("size", 0): return .integer(Int32(list.elements.count))
        case ("isEmpty", 0): return .bool(list.elements.isEmpty)
        case ("get", 1):
            guard let i = int(args[0]) else { return nil }
            guard i >= 0, Int(i) < list.elements.count else { throw arrayIndex(Int(i), list.elements.count, isArray) }
            return list.elements[Int(i)]
        case ("set", 2):
            guard let i = int(args[0]) else { return nil }
            guard i >= 0, Int(i) < list.elements.count else { throw arrayIndex(Int(i), list.elements.count, isArray) }
            let old = list.elements[Int(i)]
            list.elements[Int(i)] = args[1]
            return old
        case ("add", 1):
            if isArray { throw JavaException.unsupported }
            list.elements.append(args[0])
            return .bool(true)
        case ("add", 2):
            guard let i = int(args[0]) else { return nil }
            if isArray { throw JavaException.unsupported }
            guard i >= 0, Int(i) <= list.elements.count else {
                throw JavaException("java.lang.IndexOutOfBoundsException", "Index: \(i), Size: \(list.elements.count)")
            }
            list.elements.insert(args[1], at: Int(i))
            return .string("")
        case ("addAll", 1):
            guard let other = collectionElements(args[0]) else { return args[0].isNull ? try nullCollection() : nil }
            if isArray { throw JavaException.unsupported }
            list.elements.append(contentsOf: other)
            return .bool(!other.isEmpty)
        case ("addAll", 2):
            guard let i = int(args[0]), let other = collectionElements(args[1]) else { return nil }
            if isArray { throw JavaException.unsupported }
            guard i >= 0, Int(i) <= list.elements.count else {
                throw JavaException("java.lang.IndexOutOfBoundsException", "Index: \(i), Size: \(list.elements.count)")
            }
            list.elements.insert(contentsOf: other, at: Int(i))
            return .bool(!other.isEmpty)
        case ("remove", 1):
            if isArray { throw JavaException.unsupported }
            if case .integer(let i) = args[0] {
                guard i >= 0, Int(i) < list.elements.count else { throw JavaException.indexOutOfBounds(Int(i), list.elements.count) }
                return list.elements.remove(at: Int(i))
            }
            if let at = list.elements.firstIndex(where: { javaEquals(args[0], $0) }) {
                list.elements.remove(at: at)
                return .bool(true)
            }
            return .bool(false)
        case ("removeAll", 1), ("retainAll", 1):
            guard let other = collectionElements(args[0]) else { return nil }
            if isArray { throw JavaException.unsupported }
            let keep = name == "retainAll"
            let before = list.elements.count
            list.elements.removeAll { element in other.contains(where: { javaEquals($0, element) }) != keep }
            return .bool(list.elements.count != before)
        case ("contains", 1):
            return .bool(list.elements.contains { javaEquals(args[0], $0) })
        case ("containsAll", 1):
            guard let other = collectionElements(args[0]) else { return nil }
            return .bool(other.allSatisfy { element in list.elements.contains { javaEquals(element, $0) } })
        case ("indexOf", 1):
            return .integer(Int32(list.elements.firstIndex { javaEquals(args[0], $0) } ?? -1))
        case ("lastIndexOf", 1):
            return .integer(Int32(list.elements.lastIndex { javaEquals(args[0], $0) } ?? -1))
        case ("subList", 2):
            guard let from = int(args[0]), let to = int(args[1]) else { return nil }
            let count = list.elements.count
            if from < 0 { throw JavaException("java.lang.IndexOutOfBoundsException", "fromIndex = \(from)") }
            if to > count { throw JavaException("java.lang.IndexOutOfBoundsException", "toIndex = \(to)") }
            if from > to { throw JavaException("java.lang.IllegalArgumentException", "fromIndex(\(from)) > toIndex(\(to))") }
            return .list(VTLList(kind: .arrayList, elements: Array(list.elements[Int(from)..<Int(to)])))
        case ("clear", 0):
            if isArray { throw JavaException.unsupported }
            list.elements.removeAll()
            return .string("")
        case ("toArray", 0):
            return .list(VTLList(kind: .array, elements: list.elements))
        case ("toString", 0):
            if isArray {
                var out = ""
                JavaText.appendList(VTLList(kind: .arrayList, elements: list.elements), to: &out, depth: 0)
                return .string(out)
            }
            return .string(VTLValue.list(list).javaString)
        case ("toJSONString", 0) where list.kind == .jsonArray:
            var out = ""
            JSONText.append(.list(list), to: &out, depth: 0)
            return .string(out)
        case ("sort", 1):
            guard args[0].isNull else { return nil }
            if isArray { throw JavaException.unsupported }
            list.elements = try naturalSort(list.elements)
            return .string("")
        case ("equals", 1), ("hashCode", 0):
            return objectMethod(.list(list), name, args)
        case ("getClass", 0):
            return .object(JavaClass(VTLValue.list(list).javaClassName))
        default:
            return nil
        }
    }

    private static func arrayIndex(_ i: Int, _ count: Int, _ isArray: Bool) -> JavaException {
        isArray ? JavaException("java.lang.ArrayIndexOutOfBoundsException", "Index \(i) out of bounds for length \(count)")
            : JavaException.indexOutOfBounds(i, count)
    }

    private static func nullCollection() throws -> VTLValue? { throw JavaException.nullPointer }

    /// The elements of a Collection argument.
    static func collectionElements(_ value: VTLValue) -> [VTLValue]? {
        switch value {
        case .list(let list): return list.kind == .array ? nil : list.elements
        default: return nil
        }
    }

    private static func naturalSort(_ elements: [VTLValue]) throws -> [VTLValue] {
        var failure: JavaException? = nil
        let sorted = elements.sorted { a, b in
            switch (a, b) {
            case (.string(let x), .string(let y)): return compare(Array(x.utf16), Array(y.utf16)) < 0
            case (.integer(let x), .integer(let y)): return x < y
            case (.long(let x), .long(let y)): return x < y
            case (.double(let x), .double(let y)): return x < y
            default:
                failure = JavaException("java.lang.ClassCastException", "class \(a.javaClassName) cannot be cast to class java.lang.Comparable")
                return false
            }
        }
        if let failure { throw failure }
        return sorted
    }

    // MARK: java.util.Map (LinkedHashMap, JSONObject)

    static func mapMethod(_ map: VTLMap, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        switch (name, args.count) {
        case ("size", 0): return .integer(Int32(map.entries.count))
        case ("isEmpty", 0): return .bool(map.entries.isEmpty)
        case ("get", 1): return map.entries[VTLMapKey(args[0])] ?? .null
        case ("getOrDefault", 2): return map.entries[VTLMapKey(args[0])] ?? args[1]
        case ("put", 2):
            let key = VTLMapKey(args[0])
            let old = map.entries.updateValue(args[1], forKey: key)
            return old ?? .null
        case ("putIfAbsent", 2):
            let key = VTLMapKey(args[0])
            if let existing = map.entries[key], !existing.isNull { return existing }
            map.entries[key] = args[1]
            return .null
        case ("putAll", 1):
            guard case .map(let other) = args[0] else { return args[0].isNull ? try nullCollection() : nil }
            for (key, value) in other.javaOrderedEntries { map.entries[key] = value }
            return .string("")
        case ("remove", 1):
            return map.entries.removeValue(forKey: VTLMapKey(args[0])) ?? .null
        case ("containsKey", 1): return .bool(map.entries[VTLMapKey(args[0])] != nil)
        case ("containsValue", 1): return .bool(map.entries.values.contains { javaEquals(args[0], $0) })
        case ("keySet", 0): return .list(VTLList(kind: .keySet, elements: map.javaOrderedEntries.map { $0.key.value }, owner: map))
        case ("values", 0): return .list(VTLList(kind: .values, elements: map.javaOrderedValues, owner: map))
        case ("entrySet", 0):
            return .list(VTLList(kind: .entrySet, elements: map.javaOrderedEntries.map { .object(JavaMapEntry(key: $0.key, value: $0.value, map: map)) }, owner: map))
        case ("replace", 2):
            let key = VTLMapKey(args[0])
            guard map.entries[key] != nil else { return .null }
            return map.entries.updateValue(args[1], forKey: key) ?? .null
        case ("replace", 3):
            let key = VTLMapKey(args[0])
            guard let current = map.entries[key], javaEquals(current, args[1]) else { return .bool(false) }
            map.entries[key] = args[2]
            return .bool(true)
        case ("clear", 0):
            map.entries.removeAll()
            return .string("")
        case ("toString", 0): return .string(VTLValue.map(map).javaString)
        case ("toJSONString", 0) where map.kind == .jsonObject:
            var out = ""
            JSONText.append(.map(map), to: &out, depth: 0)
            return .string(out)
        case ("equals", 1), ("hashCode", 0):
            return objectMethod(.map(map), name, args)
        case ("getClass", 0):
            return .object(JavaClass(VTLValue.map(map).javaClassName))
        default:
            return nil
        }
    }

    static func entryMethod(_ entry: JavaMapEntry, _ name: String, _ args: [VTLValue]) -> VTLValue? {
        switch (name, args.count) {
        case ("getKey", 0): return entry.key.value
        case ("getValue", 0): return entry.value
        case ("setValue", 1): return entry.setValue(args[0])
        case ("toString", 0): return .string(entry.javaDescription)
        case ("equals", 1): return .bool(entry.javaEquals(args[0]))
        case ("hashCode", 0): return .integer(entry.key.javaHashCode ^ hashCode(entry.value))
        case ("getClass", 0): return .object(JavaClass(entry.javaClassName))
        default: return nil
        }
    }

    static func characterMethod(_ character: JavaCharacter, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        let scalar = Unicode.Scalar(character.unit)
        switch (name, args.count) {
        case ("charValue", 0): return .object(character)
        case ("toString", 0): return .string(character.javaDescription)
        case ("equals", 1): return .bool(character.javaEquals(args[0]))
        case ("hashCode", 0): return .integer(Int32(character.unit))
        case ("compareTo", 1):
            // Velocity calls the Comparable bridge, which casts its argument.
            guard case .object(let o) = args[0], let other = o as? JavaCharacter else {
                if args[0].isNull {
                    throw JavaException("java.lang.NullPointerException", "Cannot read field \"value\" because \"anotherCharacter\" is null")
                }
                throw classCast(args[0], to: "java.lang.Character")
            }
            return .integer(Int32(character.unit) - Int32(other.unit))
        case ("isDigit", 0), ("isLetter", 0), ("isWhitespace", 0), ("isUpperCase", 0), ("isLowerCase", 0):
            guard let scalar else { return .bool(false) }
            switch name {
            case "isDigit": return .bool(scalar.properties.numericType == .decimal)
            case "isLetter": return .bool(scalar.properties.isAlphabetic)
            case "isWhitespace": return .bool(scalar.properties.isWhitespace)
            case "isUpperCase": return .bool(scalar.properties.isUppercase)
            default: return .bool(scalar.properties.isLowercase)
            }
        case ("getClass", 0): return .object(JavaClass(character.javaClassName))
        default: return nil
        }
    }

    static func classMethod(_ javaClass: JavaClass, _ name: String, _ args: [VTLValue]) -> VTLValue? {
        switch (name, args.count) {
        case ("getName", 0), ("getTypeName", 0), ("getCanonicalName", 0): return .string(javaClass.name)
        case ("getSimpleName", 0): return .string(javaClass.simpleName)
        case ("toString", 0): return .string(javaClass.javaDescription)
        case ("equals", 1): return .bool(javaClass.javaEquals(args[0]))
        case ("hashCode", 0): return .integer(JavaString.hashCode(javaClass.name))
        case ("isArray", 0): return .bool(javaClass.name.hasPrefix("["))
        default: return nil
        }
    }

    // MARK: Numbers and Boolean

    static func numberMethod(_ receiver: VTLValue, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        switch (name, args.count) {
        case ("intValue", 0): return .integer(JavaNumber.intValue(receiver))
        case ("longValue", 0): return .long(JavaNumber.longValue(receiver))
        case ("doubleValue", 0), ("floatValue", 0): return .double(JavaNumber.doubleValue(receiver))
        case ("shortValue", 0): return .integer(Int32(Int16(truncatingIfNeeded: JavaNumber.intValue(receiver))))
        case ("byteValue", 0): return .integer(Int32(Int8(truncatingIfNeeded: JavaNumber.intValue(receiver))))
        case ("toString", 0): return .string(receiver.javaString)
        case ("toString", 1):
            switch receiver {
            case .integer: return int(args[0]).map { .string(String($0)) }
            case .long: return long(args[0]).map { .string(String($0)) }
            case .double: return double(args[0]).map { .string(JavaText.double($0)) }
            default: return nil
            }
        case ("equals", 1), ("hashCode", 0), ("getClass", 0): return objectMethod(receiver, name, args)
        case ("compareTo", 1):
            guard sameJavaClassFamily(receiver, args[0]) else {
                if args[0].isNull { return try nullCollection() }
                throw classCast(args[0], to: receiver.javaClassName)
            }
            return .integer(Int32(JavaNumber.compare(receiver, args[0])))
        case ("isNaN", 0):
            if case .double(let d) = receiver { return .bool(d.isNaN) }
            return nil
        case ("isInfinite", 0):
            if case .double(let d) = receiver { return .bool(d.isInfinite) }
            return nil
        // The static parsers: each class has its own (Long has no parseInt), and valueOf takes
        // a String or a number the parameter's primitive type can widen from.
        case ("parseInt", 1) where isIntegerClass(receiver, .integer(0)):
            guard case .string(let text) = args[0] else { return nil }
            return .integer(try parseInt(text))
        case ("parseLong", 1) where isIntegerClass(receiver, .long(0)):
            guard case .string(let text) = args[0] else { return nil }
            return .long(try parseLong(text))
        case ("parseDouble", 1):
            guard case .double = receiver, case .string(let text) = args[0] else { return nil }
            return .double(try parseDouble(text))
        case ("valueOf", 1):
            switch receiver {
            case .integer:
                if case .string(let text) = args[0] { return .integer(try parseInt(text)) }
                return int(args[0]).map { .integer($0) }
            case .long:
                if case .string(let text) = args[0] { return .long(try parseLong(text)) }
                return long(args[0]).map { .long($0) }
            case .double:
                if case .string(let text) = args[0] { return .double(try parseDouble(text)) }
                return double(args[0]).map { .double($0) }
            default:
                return nil
            }
        case ("toHexString", 1), ("toBinaryString", 1), ("toOctalString", 1):
            let radix = name == "toHexString" ? 16 : name == "toBinaryString" ? 2 : 8
            if case .integer = receiver, let i = int(args[0]) { return .string(String(UInt32(bitPattern: i), radix: radix)) }
            if case .long = receiver, let l = long(args[0]) { return .string(String(UInt64(bitPattern: l), radix: radix)) }
            return nil
        case ("max", 2), ("min", 2), ("sum", 2):
            switch receiver {
            case .integer:
                guard let a = int(args[0]), let b = int(args[1]) else { return nil }
                return .integer(name == "max" ? max(a, b) : name == "min" ? min(a, b) : a &+ b)
            case .long:
                guard let a = long(args[0]), let b = long(args[1]) else { return nil }
                return .long(name == "max" ? max(a, b) : name == "min" ? min(a, b) : a &+ b)
            case .double:
                guard let a = double(args[0]), let b = double(args[1]) else { return nil }
                return .double(name == "max" ? Swift.max(a, b) : name == "min" ? Swift.min(a, b) : a + b)
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func parseInt(_ text: String) throws -> Int32 {
        guard let value = Int32(text) else {  // Swift's parser takes a sign, + or -, as Java's does
            throw JavaException("java.lang.NumberFormatException", "For input string: \"\(text)\"")
        }
        return value
    }

    private static func parseLong(_ text: String) throws -> Int64 {
        guard let value = Int64(text) else {
            throw JavaException("java.lang.NumberFormatException", "For input string: \"\(text)\"")
        }
        return value
    }

    private static func parseDouble(_ text: String) throws -> Double {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
            throw JavaException("java.lang.NumberFormatException", text.isEmpty ? "empty String" : "For input string: \"\(text)\"")
        }
        return value
    }

    private static func isIntegerClass(_ receiver: VTLValue, _ kind: VTLValue) -> Bool {
        switch (receiver, kind) {
        case (.integer, .integer), (.long, .long): return true
        default: return false
        }
    }

    static func boolMethod(_ flag: Bool, _ name: String, _ args: [VTLValue]) throws -> VTLValue? {
        switch (name, args.count) {
        case ("booleanValue", 0): return .bool(flag)
        case ("toString", 0): return .string(flag ? "true" : "false")
        case ("equals", 1), ("hashCode", 0), ("getClass", 0): return objectMethod(.bool(flag), name, args)
        case ("compareTo", 1):
            guard case .bool(let other) = args[0] else {
                if args[0].isNull { return try nullCollection() }
                throw classCast(args[0], to: "java.lang.Boolean")
            }
            return .integer(flag == other ? 0 : (flag ? 1 : -1))
        case ("parseBoolean", 1):
            guard let text = string(args[0]) else { return nil }
            return .bool(text?.lowercased() == "true")
        case ("valueOf", 1):
            if case .bool(let b) = args[0] { return .bool(b) }
            guard let text = string(args[0]) else { return nil }
            return .bool(text?.lowercased() == "true")
        default: return nil
        }
    }
}

extension VTLValue {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}


/// The `ClassCastException` a Comparable bridge method throws for an argument of another class.
func classCast(_ value: VTLValue, to target: String) -> JavaException {
    let source = value.javaClassName
    return JavaException(
        "java.lang.ClassCastException",
        "class \(source) cannot be cast to class \(target) (\(source) and \(target) are in module java.base of loader 'bootstrap')"
    )
}
