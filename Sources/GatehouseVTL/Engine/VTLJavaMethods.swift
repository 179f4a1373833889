import Foundation

// The Java methods templates call on strings, lists, maps, numbers and booleans, with Java's
// results and exceptions. A nil result means "no such method" (Velocity prints nothing).

/// Builds a String from UTF-16 units, writing a lone surrogate as `?` (as Java does on output).
func javaStringFromUTF16<C: Collection>(_ units: C) -> String where C.Element == UInt16 {
    var scalars = String.UnicodeScalarView()
    var it = units.makeIterator()
    var pending: UInt16? = nil
    while true {
        let u: UInt16
        if let p = pending { u = p; pending = nil } else if let n = it.next() { u = n } else { break }
        if u >= 0xD800 && u < 0xDC00 {
            if let n = it.next() {
                if n >= 0xDC00 && n < 0xE000 {
                    let v = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(n) - 0xDC00)
                    scalars.append(Unicode.Scalar(v)!)
                } else {
                    scalars.append("?")
                    pending = n
                }
            } else {
                scalars.append("?")
            }
        } else if u >= 0xDC00 && u < 0xE000 {
            scalars.append("?")
        } else {
            scalars.append(Unicode.Scalar(u)!)
        }
    }
    return String(scalars)
}

func utf16Index(of needle: [UInt16], in hay: [UInt16], from: Int) -> Int {
    let start = max(0, from)
    if needle.isEmpty { return min(start, hay.count) }
    if needle.count > hay.count { return -1 }
    var i = start
    let last = hay.count - needle.count
    while i <= last {
        if hay[i] == needle[0] {
            var ok = true
            for k in 1..<needle.count where hay[i + k] != needle[k] { ok = false; break }
            if ok { return i }
        }
        i += 1
    }
    return -1
}

func utf16LastIndex(of needle: [UInt16], in hay: [UInt16], from: Int) -> Int {
    var i = min(from, hay.count - needle.count)
    while i >= 0 {
        var ok = true
        for k in 0..<needle.count where hay[i + k] != needle[k] { ok = false; break }
        if ok { return i }
        i -= 1
    }
    return -1
}

func javaCompareStrings(_ a: String, _ b: String) -> Int {
    var ia = a.utf16.makeIterator(), ib = b.utf16.makeIterator()
    while true {
        let x = ia.next(), y = ib.next()
        switch (x, y) {
        case (nil, nil): return 0
        case (nil, _): return a.utf16.count - b.utf16.count
        case (_, nil): return a.utf16.count - b.utf16.count
        case (let p?, let q?): if p != q { return Int(p) - Int(q) }
        }
    }
}

func javaTrim(_ s: String) -> String {
    let u = Array(s.utf16)
    var a = 0, b = u.count
    while a < b && u[a] <= 32 { a += 1 }
    while b > a && u[b - 1] <= 32 { b -= 1 }
    if a == 0 && b == u.count { return s }
    return javaStringFromUTF16(u[a..<b])
}

struct JavaException: Error {
    var exception: String
    var message: String
}


// MARK: fast paths over UTF-8 bytes

/// True when every character is ASCII (then UTF-16 and UTF-8 offsets agree).
@inline(__always) func isASCIIString(_ s: String) -> Bool { s.utf8.count == s.utf16.count }

/// Offset of `needle` in `hay` (bytes), from `from`; -1 when absent.
func byteIndex(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    let start = max(0, from)
    if needle.isEmpty { return min(start, hay.count) }
    if needle.count > hay.count { return -1 }
    let first = needle[0]
    var i = start
    let last = hay.count - needle.count
    while i <= last {
        if hay[i] == first {
            var k = 1
            while k < needle.count && hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        i += 1
    }
    return -1
}

func byteLastIndex(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var i = min(from, hay.count - needle.count)
    while i >= 0 {
        var k = 0
        while k < needle.count && hay[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
        i -= 1
    }
    return -1
}

func withBytes<R>(_ a: String, _ b: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
    var a = a, b = b
    return a.withUTF8 { pa in b.withUTF8 { pb in body(pa, pb) } }
}

/// Java's String.split fast path: a one-character pattern that is not a regex metacharacter,
/// or a backslash and a character that is not a letter or digit.
func splitFastChar(_ pattern: String) -> UInt8? {
    let u = Array(pattern.utf8)
    if u.count == 1 && u[0] < 128 && !".$|()[{^?*+\\".utf8.contains(u[0]) { return u[0] }
    if u.count == 2 && u[0] == 92 && u[1] < 128 {
        let c = u[1]
        let alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
        if !alnum { return c }
    }
    return nil
}

func literalSplit(_ s: String, _ ch: UInt8, _ limit: Int) -> [String] {
    var s = s
    return s.withUTF8 { buf -> [String] in
        var list: [String] = []
        var index = 0
        var i = 0
        let limited = limit > 0
        while i < buf.count {
            if buf[i] == ch {
                if limited && list.count >= limit - 1 { break }
                list.append(String(decoding: UnsafeBufferPointer(rebasing: buf[index..<i]), as: UTF8.self))
                index = i + 1
            }
            i += 1
        }
        if index == 0 && list.isEmpty { return [String(decoding: buf, as: UTF8.self)] }
        list.append(String(decoding: UnsafeBufferPointer(rebasing: buf[index...]), as: UTF8.self))
        if limit == 0 {
            while let l = list.last, l.isEmpty { list.removeLast() }
        }
        return list
    }
}

// MARK: regex

final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var cache: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String) throws(JavaException) -> NSRegularExpression {
        lock.lock()
        if let r = cache[pattern] { lock.unlock(); return r }
        lock.unlock()
        do {
            let r = try NSRegularExpression(pattern: pattern.isEmpty ? "(?:)" : pattern, options: [])
            lock.lock()
            if cache.count > 500 { cache.removeAll() }
            cache[pattern] = r
            lock.unlock()
            return r
        } catch {
            throw JavaException(exception: "java.util.regex.PatternSyntaxException", message: "bad regex \(pattern)")
        }
    }
}

func javaMatches(_ s: String, _ pattern: String) throws(JavaException) -> [NSTextCheckingResult] {
    let r = try RegexCache.shared.regex(pattern)
    let ns = s as NSString
    return r.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length))
}

/// Java's Matcher.appendReplacement rules for `$n` and `\x`.
func javaReplacement(_ replacement: String, _ m: NSTextCheckingResult, _ src: NSString) throws(JavaException) -> String {
    var out = ""
    let r = Array(replacement.utf16)
    var i = 0
    while i < r.count {
        let c = r[i]
        if c == 92 { // backslash
            i += 1
            guard i < r.count else {
                throw JavaException(exception: "java.lang.IllegalArgumentException", message: "character to be escaped is missing")
            }
            out += javaStringFromUTF16([r[i]])
            i += 1
        } else if c == 36 { // $
            i += 1
            guard i < r.count else {
                throw JavaException(exception: "java.lang.IllegalArgumentException", message: "Illegal group reference: group index is missing")
            }
            if r[i] == 123 { // ${name}
                var j = i + 1
                var name: [UInt16] = []
                while j < r.count && r[j] != 125 { name.append(r[j]); j += 1 }
                guard j < r.count, !name.isEmpty else {
                    throw JavaException(exception: "java.lang.IllegalArgumentException", message: "named capturing group is missing trailing '}'")
                }
                let groupName = javaStringFromUTF16(name)
                let range = m.range(withName: groupName)
                if range.location != NSNotFound { out += src.substring(with: range) }
                i = j + 1
                continue
            }
            guard r[i] >= 48 && r[i] <= 57 else {
                throw JavaException(exception: "java.lang.IllegalArgumentException", message: "Illegal group reference")
            }
            var g = Int(r[i] - 48)
            i += 1
            if g > m.numberOfRanges - 1 {
                throw JavaException(exception: "java.lang.IndexOutOfBoundsException", message: "No group \(g)")
            }
            while i < r.count && r[i] >= 48 && r[i] <= 57 {
                let ng = g * 10 + Int(r[i] - 48)
                if ng > m.numberOfRanges - 1 { break }
                g = ng
                i += 1
            }
            let range = m.range(at: g)
            if range.location != NSNotFound { out += src.substring(with: range) }
        } else {
            var j = i
            while j < r.count && r[j] != 92 && r[j] != 36 { j += 1 }
            out += javaStringFromUTF16(r[i..<j])
            i = j
        }
    }
    return out
}

func javaReplaceRegex(_ s: String, _ pattern: String, _ replacement: String, all: Bool) throws(JavaException) -> String {
    let matches = try javaMatches(s, pattern)
    if matches.isEmpty { return s }
    let ns = s as NSString
    var out = ""
    var last = 0
    for m in matches {
        out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
        out += try javaReplacement(replacement, m, ns)
        last = m.range.location + m.range.length
        if !all { break }
    }
    out += ns.substring(from: last)
    return out
}

func javaSplit(_ s: String, _ pattern: String, _ limit: Int) throws(JavaException) -> [String] {
    let ns = s as NSString
    let matches = try javaMatches(s, pattern)
    var list: [String] = []
    var index = 0
    let limited = limit > 0
    for m in matches {
        if limited && list.count >= limit - 1 { break }
        if m.range.length == 0 && m.range.location == 0 { continue }
        if index == 0 && m.range.location == 0 && m.range.length == 0 { continue }
        list.append(ns.substring(with: NSRange(location: index, length: m.range.location - index)))
        index = m.range.location + m.range.length
    }
    if index == 0 && list.isEmpty { return [s] }
    list.append(ns.substring(from: index))
    if limit == 0 {
        while let l = list.last, l.isEmpty { list.removeLast() }
    }
    return list
}

// MARK: format

func javaFormat(_ format: String, _ args: [VTLValue]) throws(JavaException) -> String {
    var out = ""
    let f = Array(format)
    var i = 0
    var argIndex = 0
    while i < f.count {
        let c = f[i]
        if c != "%" { out.append(c); i += 1; continue }
        i += 1
        var flags = ""
        while i < f.count, "-#+ 0,(".contains(f[i]) { flags.append(f[i]); i += 1 }
        var width = 0
        while i < f.count, let d = f[i].wholeNumberValue { width = width * 10 + d; i += 1 }
        var precision: Int? = nil
        if i < f.count, f[i] == "." {
            i += 1
            var p = 0
            while i < f.count, let d = f[i].wholeNumberValue { p = p * 10 + d; i += 1 }
            precision = p
        }
        guard i < f.count else { throw JavaException(exception: "java.util.UnknownFormatConversionException", message: "Conversion = '%'") }
        let conv = f[i]
        i += 1
        var s: String
        switch conv {
        case "%": s = "%"
        case "n": s = "\n"
        default:
            guard argIndex < args.count else {
                throw JavaException(exception: "java.util.MissingFormatArgumentException", message: "Format specifier '%\(conv)'")
            }
            let a = args[argIndex]
            argIndex += 1
            switch conv {
            case "s", "S":
                s = a.javaString
                if let p = precision { s = String(s.prefix(p)) }
                if conv == "S" { s = s.uppercased() }
            case "d":
                guard case .integer = a, true else {
                    if case .long(let l) = a { s = String(l); break }
                    if case .bigNumber(let b) = a, b.kind == .integer { s = b.text; break }
                    throw JavaException(exception: "java.util.IllegalFormatConversionException", message: "d != \(javaClassName(a))")
                }
                s = String(a.longValue)
                if flags.contains(",") { s = groupThousands(s) }
            case "x", "X":
                if case .integer(let v) = a { s = String(UInt32(bitPattern: v), radix: 16) }
                else if case .long(let v) = a { s = String(UInt64(bitPattern: v), radix: 16) }
                else { throw JavaException(exception: "java.util.IllegalFormatConversionException", message: "x != \(javaClassName(a))") }
                if conv == "X" { s = s.uppercased() }
            case "f", "e":
                guard case .double(let d) = a else {
                    throw JavaException(exception: "java.util.IllegalFormatConversionException", message: "\(conv) != \(javaClassName(a))")
                }
                s = String(format: "%.\(precision ?? 6)\(conv)", d)
            case "b": if case .null = a { s = "false" } else if case .bool(let b) = a { s = b ? "true" : "false" } else { s = "true" }
            case "c": s = a.javaString
            default:
                throw JavaException(exception: "java.util.UnknownFormatConversionException", message: "Conversion = '\(conv)'")
            }
        }
        if s.count < width {
            let pad = width - s.count
            if flags.contains("-") { s += String(repeating: " ", count: pad) }
            else if flags.contains("0") {
                if s.hasPrefix("-") { s = "-" + String(repeating: "0", count: pad) + s.dropFirst() }
                else { s = String(repeating: "0", count: pad) + s }
            } else { s = String(repeating: " ", count: pad) + s }
        }
        out += s
    }
    return out
}

private func groupThousands(_ s: String) -> String {
    var digits = s
    var neg = ""
    if digits.hasPrefix("-") { neg = "-"; digits.removeFirst() }
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return neg + String(out.reversed())
}

func javaClassName(_ v: VTLValue) -> String {
    switch v {
    case .null: return "null"
    case .string: return "java.lang.String"
    case .bool: return "java.lang.Boolean"
    case .integer: return "java.lang.Integer"
    case .long: return "java.lang.Long"
    case .double: return "java.lang.Double"
    case .bigNumber(let b): return b.kind == .integer ? "java.math.BigInteger" : "java.math.BigDecimal"
    case .list(let l): return l.kind == .jsonArray ? "net.minidev.json.JSONArray" : (l.kind == .array ? "[Ljava.lang.String;" : "java.util.ArrayList")
    case .map(let m): return m.kind == .jsonObject ? "net.minidev.json.JSONObject" : "java.util.LinkedHashMap"
    case .object(let o): return String(describing: type(of: o))
    }
}

func javaHashCode(_ v: VTLValue) -> Int32 {
    switch v {
    case .null: return 0
    case .list(let l):
        var h: Int32 = 1
        for e in l.elements { h = 31 &* h &+ javaHashCode(e) }
        return h
    case .map(let m):
        var h: Int32 = 0
        for (k, e) in m.entries { h = h &+ (k.javaHash ^ javaHashCode(e)) }
        return h
    default:
        return v.mapKey.javaHash
    }
}

// MARK: dispatch

extension Renderer {
    func callMethod(_ target: VTLValue, _ name: String, _ id: JM, _ args: MethodArgs, _ loc: SourceLocation) throws(Interrupt) -> VTLValue? {
        let result = try callMethodUnchecked(target, name, id, args, loc)
        // Keep values a hostile template builds (doubling a string or a list) within bounds.
        switch result {
        case .string(let s) where s.utf8.count > limits.maxOutputBytes:
            throw error("string is larger than \(limits.maxOutputBytes) bytes", loc, kind: .limit)
        default:
            break
        }
        if case .list(let l) = target, l.elements.count > 10_000_000 {
            throw error("list has more than 10,000,000 elements", loc, kind: .limit)
        }
        return result
    }

    func callMethodUnchecked(_ target: VTLValue, _ name: String, _ id: JM, _ args: MethodArgs, _ loc: SourceLocation) throws(Interrupt) -> VTLValue? {
        do {
            switch target {
            case .string(let s): return try stringMethod(s, name, id, args)
            case .list(let l): return try listMethod(l, name, id, args)
            case .map(let m): return try mapMethod(m, name, id, args)
            case .integer, .long, .double, .bigNumber: return try numberMethod(target, name, id, args)
            case .bool(let b): return try boolMethod(b, name, id, args)
            case .object(let o):
                if o is DefineBlock { return nil }
                do {
                    return try o.call(name, arguments: Array(args))
                } catch {
                    throw hostError(error, method: name, loc)
                }
            case .null: return nil
            }
        } catch let e as JavaException {
            throw error("Invocation of method '\(name)' in class \(javaClassName(target)) threw exception \(e.exception): \(e.message)", loc)
        } catch let i as Interrupt {
            throw i
        } catch {
            throw self.error("Invocation of method '\(name)' threw exception \(error)", loc)
        }
    }

    private func commonMethod(_ target: VTLValue, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        switch (id, args.count) {
        case (.toString, 0): return .string(try javaString(target))
        case (.equals, 1): return .bool(javaEquals(target, args[0]))
        case (.hashCode, 0): return .integer(javaHashCode(target))
        case (.getClass, 0): return .object(JavaClassObject(javaClassName(target)))
        default: return nil
        }
    }

    private func outOfBounds(_ msg: String) -> JavaException {
        JavaException(exception: "java.lang.StringIndexOutOfBoundsException", message: msg)
    }

    func stringMethod(_ s: String, _ name: String, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        func str(_ i: Int) -> String? { if case .string(let x) = args[i] { return x }; return nil }
        func int(_ i: Int) -> Int? { if case .integer(let x) = args[i] { return Int(x) }; return nil }
        switch (id, args.count) {
        case (.length, 0): return .integer(Int32(s.utf16.count))
        case (.isEmpty, 0): return .bool(s.isEmpty)
        case (.isBlank, 0): return .bool(s.unicodeScalars.allSatisfy { javaIsWhitespace($0) })
        case (.substring, 1), (.substring, 2):
            guard let b = int(0) else { return nil }
            if isASCIIString(s) {
                var e = s.utf8.count
                if args.count == 2 { guard let x = int(1) else { return nil }; e = x }
                if b < 0 || e > s.utf8.count || b > e {
                    throw outOfBounds("begin \(b), end \(e), length \(s.utf8.count)")
                }
                var c = s
                return .string(c.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[b..<e]), as: UTF8.self) })
            }
            let u = Array(s.utf16)
            var e = u.count
            if args.count == 2 { guard let x = int(1) else { return nil }; e = x }
            if b < 0 || e > u.count || b > e {
                throw outOfBounds("begin \(b), end \(e), length \(u.count)")
            }
            return .string(javaStringFromUTF16(u[b..<e]))
        case (.charAt, 1):
            guard let i = int(0) else { return nil }
            if isASCIIString(s) {
                guard i >= 0 && i < s.utf8.count else { throw outOfBounds("String index out of range: \(i)") }
                var c = s
                return .string(c.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[i..<(i + 1)]), as: UTF8.self) })
            }
            let u = Array(s.utf16)
            guard i >= 0 && i < u.count else { throw outOfBounds("String index out of range: \(i)") }
            return .string(javaStringFromUTF16([u[i]]))
        case (.indexOf, 1), (.indexOf, 2), (.lastIndexOf, 1), (.lastIndexOf, 2):
            if let t = str(0), isASCIIString(s) {
                if !isASCIIString(t) { return .integer(-1) }
                var from = id == .indexOf ? 0 : s.utf8.count
                if args.count == 2 { guard let f = int(1) else { return nil }; from = f }
                let r = withBytes(s, t) { h, n in id == .indexOf ? byteIndex(h, n, from: from) : byteLastIndex(h, n, from: from) }
                return .integer(Int32(r))
            }
            let needle: [UInt16]
            if let t = str(0) { needle = Array(t.utf16) }
            else if let c = int(0), c >= 0, c < 0x10000 { needle = [UInt16(c)] }
            else { return nil }
            let hay = Array(s.utf16)
            if id == .indexOf {
                var from = 0
                if args.count == 2 { guard let f = int(1) else { return nil }; from = f }
                return .integer(Int32(utf16Index(of: needle, in: hay, from: from)))
            } else {
                var from = hay.count
                if args.count == 2 { guard let f = int(1) else { return nil }; from = f }
                return .integer(Int32(utf16LastIndex(of: needle, in: hay, from: from)))
            }
        case (.contains, 1):
            guard let t = str(0) else { if case .null = args[0] { throw JavaException(exception: "java.lang.NullPointerException", message: "null") }; return nil }
            return .bool(withBytes(s, t) { h, n in byteIndex(h, n, from: 0) } >= 0)
        case (.startsWith, 1), (.startsWith, 2):
            guard let t = str(0) else { return nil }
            var off = 0
            if args.count == 2 { guard let o = int(1) else { return nil }; off = o }
            let u = Array(s.utf16), p = Array(t.utf16)
            if off < 0 || off + p.count > u.count { return .bool(false) }
            return .bool(Array(u[off..<(off + p.count)]) == p)
        case (.endsWith, 1):
            guard let t = str(0) else { return nil }
            return .bool(s.utf16.count >= t.utf16.count && Array(s.utf16.suffix(t.utf16.count)) == Array(t.utf16))
        case (.equals, 1):
            if case .string(let t) = args[0] { return .bool(s.utf8.elementsEqual(t.utf8)) }
            return .bool(false)
        case (.equalsIgnoreCase, 1):
            guard let t = str(0) else { return .bool(false) }
            return .bool(s.utf16.count == t.utf16.count && s.lowercased().utf16.elementsEqual(t.lowercased().utf16))
        case (.compareTo, 1):
            guard let t = str(0) else { return nil }
            return .integer(Int32(javaCompareStrings(s, t)))
        case (.compareToIgnoreCase, 1):
            guard let t = str(0) else { return nil }
            return .integer(Int32(javaCompareStrings(s.lowercased(), t.lowercased())))
        case (.concat, 1):
            guard let t = str(0) else { return nil }
            return .string(s + t)
        case (.trim, 0): return .string(javaTrim(s))
        case (.strip, 0):
            let sc = Array(s.unicodeScalars)
            var a = 0, b = sc.count
            while a < b && javaIsWhitespace(sc[a]) { a += 1 }
            while b > a && javaIsWhitespace(sc[b - 1]) { b -= 1 }
            var v = String.UnicodeScalarView(); v.append(contentsOf: sc[a..<b]); return .string(String(v))
        case (.toLowerCase, 0): return .string(s.lowercased())
        case (.toUpperCase, 0): return .string(s.uppercased())
        case (.hashCode, 0): return .integer(javaStringHash(s))
        case (.toString, 0), (.intern, 0): return .string(s)
        case (.replace, 2):
            guard case .string(let t) = args[0], case .string(let r) = args[1] else {
                if case .null = args[0] { throw JavaException(exception: "java.lang.NullPointerException", message: "null") }
                if case .null = args[1] { throw JavaException(exception: "java.lang.NullPointerException", message: "null") }
                return nil
            }
            if t.isEmpty { return .string(javaReplaceLiteral(s, t, r)) }
            return .string(utf8ReplaceLiteral(s, t, r))
        case (.replaceAll, 2), (.replaceFirst, 2):
            guard let p = str(0), let r = str(1) else { return nil }
            return .string(try javaReplaceRegex(s, p, r, all: id == .replaceAll))
        case (.matches, 1):
            guard let p = str(0) else { return nil }
            let r = try RegexCache.shared.regex(p)
            let len = (s as NSString).length
            guard let m = r.firstMatch(in: s, options: [.anchored], range: NSRange(location: 0, length: len)) else { return .bool(false) }
            if m.range.length == len { return .bool(true) }
            // try for a full-length match with an end anchor
            let full = try RegexCache.shared.regex("(?:" + p + ")\\z")
            return .bool(full.firstMatch(in: s, options: [.anchored], range: NSRange(location: 0, length: len)) != nil)
        case (.split, 1), (.split, 2):
            guard let p = str(0) else { return nil }
            var limit = 0
            if args.count == 2 { guard let l = int(1) else { return nil }; limit = l }
            if let ch = splitFastChar(p) {
                return .list(VTLList(kind: .array, elements: literalSplit(s, ch, limit).map { .string($0) }))
            }
            return .list(VTLList(kind: .array, elements: try javaSplit(s, p, limit).map { .string($0) }))
        case (.`repeat`, 1):
            guard let n = int(0) else { return nil }
            if n < 0 { throw JavaException(exception: "java.lang.IllegalArgumentException", message: "count is negative: \(n)") }
            if n > 0 && s.utf8.count > limits.maxOutputBytes / n {
                throw JavaException(exception: "java.lang.OutOfMemoryError", message: "Repeating \(s.utf8.count) bytes \(n) times is not allowed")
            }
            return .string(String(repeating: s, count: n))
        case (.toCharArray, 0):
            return .list(VTLList(kind: .array, elements: s.utf16.map { .string(javaStringFromUTF16([$0])) }))
        case (.getBytes, 0):
            return .list(VTLList(kind: .array, elements: Array(s.utf8).map { .integer(Int32(Int8(bitPattern: $0))) }))
        case (.valueOf, 1):
            return .string(try javaString(args[0]))
        case (.format, _) where args.count >= 1:
            guard let f = str(0) else { return nil }
            var rest = Array(args.dropFirst())
            if rest.count == 1, case .list(let l) = rest[0], l.kind == .array { rest = l.elements }
            return .string(try javaFormat(f, rest))
        case (.join, _) where args.count >= 2:
            guard let d = str(0) else { return nil }
            var parts: [String] = []
            if args.count == 2, case .list(let l) = args[1] {
                for e in l.elements { parts.append(try javaString(e)) }
            } else {
                for e in args.dropFirst() { parts.append(try javaString(e)) }
            }
            return .string(parts.joined(separator: d))
        case (.chars, 0), (.lines, 0):
            return nil
        default:
            return try commonMethod(.string(s), id, args)
        }
    }

    func listMethod(_ l: VTLList, _ name: String, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        func int(_ i: Int) -> Int? { if case .integer(let x) = args[i] { return Int(x) }; return nil }
        func ioob(_ i: Int) -> JavaException {
            JavaException(exception: "java.lang.IndexOutOfBoundsException", message: "Index \(i) out of bounds for length \(l.elements.count)")
        }
        func unsupported() throws {
            if l.kind == .array { throw JavaException(exception: "java.lang.UnsupportedOperationException", message: "") }
        }
        switch (id, args.count) {
        case (.size, 0): return .integer(Int32(l.elements.count))
        case (.isEmpty, 0): return .bool(l.elements.isEmpty)
        case (.get, 1):
            guard let i = int(0) else { return nil }
            guard i >= 0 && i < l.elements.count else { throw ioob(i) }
            return l.elements[i]
        case (.set, 2):
            guard let i = int(0) else { return nil }
            guard i >= 0 && i < l.elements.count else { throw ioob(i) }
            let old = l.elements[i]
            l.elements[i] = args[1]
            return old
        case (.add, 1):
            try unsupported()
            l.elements.append(args[0])
            return .bool(true)
        case (.add, 2):
            guard let i = int(0) else { return nil }
            try unsupported()
            guard i >= 0 && i <= l.elements.count else { throw ioob(i) }
            l.elements.insert(args[1], at: i)
            return .string("")
        case (.addAll, 1):
            guard case .list(let other) = args[0] else { return nil }
            try unsupported()
            let items = other.elements
            l.elements.append(contentsOf: items)
            return .bool(!items.isEmpty)
        case (.addAll, 2):
            guard let i = int(0), case .list(let other) = args[1] else { return nil }
            try unsupported()
            guard i >= 0 && i <= l.elements.count else { throw ioob(i) }
            l.elements.insert(contentsOf: other.elements, at: i)
            return .bool(!other.elements.isEmpty)
        case (.remove, 1):
            try unsupported()
            if let i = int(0) {
                guard i >= 0 && i < l.elements.count else { throw ioob(i) }
                return l.elements.remove(at: i)
            }
            if let idx = l.elements.firstIndex(where: { javaEquals($0, args[0]) }) {
                l.elements.remove(at: idx)
                return .bool(true)
            }
            return .bool(false)
        case (.contains, 1): return .bool(l.elements.contains { javaEquals($0, args[0]) })
        case (.containsAll, 1):
            guard case .list(let other) = args[0] else { return nil }
            return .bool(other.elements.allSatisfy { o in l.elements.contains { javaEquals($0, o) } })
        case (.indexOf, 1): return .integer(Int32(l.elements.firstIndex { javaEquals($0, args[0]) } ?? -1))
        case (.lastIndexOf, 1): return .integer(Int32(l.elements.lastIndex { javaEquals($0, args[0]) } ?? -1))
        case (.subList, 2):
            guard let a = int(0), let b = int(1) else { return nil }
            if a < 0 { throw JavaException(exception: "java.lang.IndexOutOfBoundsException", message: "fromIndex = \(a)") }
            if b > l.elements.count { throw JavaException(exception: "java.lang.IndexOutOfBoundsException", message: "toIndex = \(b)") }
            if a > b { throw JavaException(exception: "java.lang.IllegalArgumentException", message: "fromIndex(\(a)) > toIndex(\(b))") }
            return .list(VTLList(kind: .arrayList, elements: Array(l.elements[a..<b])))
        case (.clear, 0):
            try unsupported()
            l.elements.removeAll()
            return .string("")
        case (.toArray, 0):
            return .list(VTLList(kind: .array, elements: l.elements))
        case (.toJSONString, 0) where l.kind == .jsonArray:
            return .string(jsonSmartString(.list(l)))
        default:
            return try commonMethod(.list(l), id, args)
        }
    }

    func mapMethod(_ m: VTLMap, _ name: String, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        switch (id, args.count) {
        case (.size, 0): return .integer(Int32(m.entries.count))
        case (.isEmpty, 0): return .bool(m.entries.isEmpty)
        case (.get, 1): return m.entries[args[0].mapKey] ?? .null
        case (.getOrDefault, 2): return m.entries[args[0].mapKey] ?? args[1]
        case (.put, 2):
            let old = m.entries.updateValue(args[1], forKey: args[0].mapKey)
            return old ?? .null
        case (.putIfAbsent, 2):
            if let old = m.entries[args[0].mapKey], !isNull(old) { return old }
            m.entries[args[0].mapKey] = args[1]
            return .null
        case (.putAll, 1):
            guard case .map(let other) = args[0] else { return nil }
            for k in other.orderedKeys { m.entries[k] = other.entries[k] }
            return .string("")
        case (.remove, 1):
            return m.entries.removeValue(forKey: args[0].mapKey) ?? .null
        case (.containsKey, 1): return .bool(m.entries[args[0].mapKey] != nil)
        case (.containsValue, 1): return .bool(m.entries.values.contains { javaEquals($0, args[0]) })
        case (.keySet, 0): return .list(VTLList(kind: .arrayList, elements: m.orderedKeys.map { $0.value }))
        case (.values, 0): return .list(VTLList(kind: .arrayList, elements: m.orderedValues))
        case (.entrySet, 0):
            return .list(VTLList(kind: .arrayList, elements: m.orderedKeys.map { k in
                .object(MapEntryObject(key: k.value, value: m.entries[k] ?? .null))
            }))
        case (.clear, 0):
            m.entries.removeAll()
            return .string("")
        case (.toJSONString, 0) where m.kind == .jsonObject:
            return .string(jsonSmartString(.map(m)))
        default:
            return try commonMethod(.map(m), id, args)
        }
    }

    func numberMethod(_ n: VTLValue, _ name: String, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        switch (id, args.count) {
        case (.intValue, 0): return .integer(n.intValue)
        case (.longValue, 0): return .long(n.longValue)
        case (.doubleValue, 0): return .double(n.doubleValue)
        case (.floatValue, 0): return .double(Double(Float(n.doubleValue)))
        case (.shortValue, 0): return .integer(Int32(Int16(truncatingIfNeeded: n.longValue)))
        case (.byteValue, 0): return .integer(Int32(Int8(truncatingIfNeeded: n.longValue)))
        case (.isNaN, 0): if case .double(let d) = n { return .bool(d.isNaN) }; return nil
        case (.isInfinite, 0): if case .double(let d) = n { return .bool(d.isInfinite) }; return nil
        case (.compareTo, 1):
            let a = args[0]
            guard a.isNumber else {
                if case .null = a { throw JavaException(exception: "java.lang.NullPointerException", message: "") }
                throw JavaException(exception: "java.lang.ClassCastException", message: "class \(javaClassName(a)) cannot be cast to class \(javaClassName(n))")
            }
            guard javaClassName(a) == javaClassName(n) else {
                throw JavaException(exception: "java.lang.ClassCastException", message: "class \(javaClassName(a)) cannot be cast to class \(javaClassName(n))")
            }
            return .integer(Int32(javaCompareNumbers(n, a)))
        default:
            return try commonMethod(n, id, args)
        }
    }

    func boolMethod(_ b: Bool, _ name: String, _ id: JM, _ args: MethodArgs) throws -> VTLValue? {
        switch (id, args.count) {
        case (.booleanValue, 0): return .bool(b)
        case (.compareTo, 1):
            guard case .bool(let o) = args[0] else { return nil }
            return .integer(b == o ? 0 : (b ? 1 : -1))
        default:
            return try commonMethod(.bool(b), id, args)
        }
    }
}

func isNull(_ v: VTLValue) -> Bool { if case .null = v { return true }; return false }

func javaReplaceLiteral(_ s: String, _ target: String, _ replacement: String) -> String {
    let hay = Array(s.utf16), needle = Array(target.utf16), rep = Array(replacement.utf16)
    var out: [UInt16] = []
    out.reserveCapacity(hay.count)
    if needle.isEmpty {
        out.append(contentsOf: rep)
        for u in hay { out.append(u); out.append(contentsOf: rep) }
        return javaStringFromUTF16(out)
    }
    var i = 0
    var changed = false
    while i < hay.count {
        let j = utf16Index(of: needle, in: hay, from: i)
        if j < 0 { break }
        out.append(contentsOf: hay[i..<j])
        out.append(contentsOf: rep)
        i = j + needle.count
        changed = true
    }
    if !changed { return s }
    out.append(contentsOf: hay[i...])
    return javaStringFromUTF16(out)
}

/// Java method names, resolved once at parse time.
enum JM: UInt8 {
    case unknown
    case add
    case addAll
    case booleanValue
    case byteValue
    case charAt
    case chars
    case clear
    case compareTo
    case compareToIgnoreCase
    case concat
    case contains
    case containsAll
    case containsKey
    case containsValue
    case doubleValue
    case endsWith
    case entrySet
    case equals
    case equalsIgnoreCase
    case floatValue
    case format
    case get
    case getBytes
    case getClass
    case getOrDefault
    case hashCode
    case indexOf
    case intValue
    case intern
    case isBlank
    case isEmpty
    case isInfinite
    case isNaN
    case join
    case keySet
    case lastIndexOf
    case length
    case lines
    case longValue
    case matches
    case put
    case putAll
    case putIfAbsent
    case remove
    case `repeat`
    case replace
    case replaceAll
    case replaceFirst
    case set
    case shortValue
    case size
    case split
    case startsWith
    case strip
    case subList
    case substring
    case toArray
    case toCharArray
    case toJSONString
    case toLowerCase
    case toString
    case toUpperCase
    case trim
    case valueOf
    case values

    private static let table: [String: JM] = {
        var t: [String: JM] = [:]
        t["add"] = .add
        t["addAll"] = .addAll
        t["booleanValue"] = .booleanValue
        t["byteValue"] = .byteValue
        t["charAt"] = .charAt
        t["chars"] = .chars
        t["clear"] = .clear
        t["compareTo"] = .compareTo
        t["compareToIgnoreCase"] = .compareToIgnoreCase
        t["concat"] = .concat
        t["contains"] = .contains
        t["containsAll"] = .containsAll
        t["containsKey"] = .containsKey
        t["containsValue"] = .containsValue
        t["doubleValue"] = .doubleValue
        t["endsWith"] = .endsWith
        t["entrySet"] = .entrySet
        t["equals"] = .equals
        t["equalsIgnoreCase"] = .equalsIgnoreCase
        t["floatValue"] = .floatValue
        t["format"] = .format
        t["get"] = .get
        t["getBytes"] = .getBytes
        t["getClass"] = .getClass
        t["getOrDefault"] = .getOrDefault
        t["hashCode"] = .hashCode
        t["indexOf"] = .indexOf
        t["intValue"] = .intValue
        t["intern"] = .intern
        t["isBlank"] = .isBlank
        t["isEmpty"] = .isEmpty
        t["isInfinite"] = .isInfinite
        t["isNaN"] = .isNaN
        t["join"] = .join
        t["keySet"] = .keySet
        t["lastIndexOf"] = .lastIndexOf
        t["length"] = .length
        t["lines"] = .lines
        t["longValue"] = .longValue
        t["matches"] = .matches
        t["put"] = .put
        t["putAll"] = .putAll
        t["putIfAbsent"] = .putIfAbsent
        t["remove"] = .remove
        t["repeat"] = .`repeat`
        t["replace"] = .replace
        t["replaceAll"] = .replaceAll
        t["replaceFirst"] = .replaceFirst
        t["set"] = .set
        t["shortValue"] = .shortValue
        t["size"] = .size
        t["split"] = .split
        t["startsWith"] = .startsWith
        t["strip"] = .strip
        t["subList"] = .subList
        t["substring"] = .substring
        t["toArray"] = .toArray
        t["toCharArray"] = .toCharArray
        t["toJSONString"] = .toJSONString
        t["toLowerCase"] = .toLowerCase
        t["toString"] = .toString
        t["toUpperCase"] = .toUpperCase
        t["trim"] = .trim
        t["valueOf"] = .valueOf
        t["values"] = .values
        return t
    }()

    init(name: String) { self = JM.table[name] ?? .unknown }
}

func utf8ReplaceLiteral(_ s: String, _ target: String, _ replacement: String) -> String {
    withBytes(s, target) { hay, needle -> String in
        var i = 0
        var out: [UInt8] = []
        var changed = false
        while i < hay.count {
            let j = byteIndex(hay, needle, from: i)
            if j < 0 { break }
            if !changed { out.reserveCapacity(hay.count + 16); changed = true }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i..<j]))
            out.append(contentsOf: replacement.utf8)
            i = j + needle.count
        }
        if !changed { return s }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i...]))
        return String(decoding: out, as: UTF8.self)
    }
}

/// Method arguments, evaluated into a temporary buffer (no array per call).
typealias MethodArgs = UnsafeBufferPointer<VTLValue>
