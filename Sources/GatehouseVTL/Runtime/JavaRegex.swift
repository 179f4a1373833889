import Foundation

/// `java.util.regex` as `String.replaceAll/replaceFirst/matches/split` use it, on ICU's
/// engine (NSRegularExpression), whose syntax is close to Java's. Indexes are UTF-16, as in Java.
enum JavaRegex {
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var patterns: [String: NSRegularExpression] = [:]
    }
    private static let cache = Cache()

    static func compile(_ pattern: String) throws -> NSRegularExpression {
        cache.lock.lock()
        if let cached = cache.patterns[pattern] {
            cache.lock.unlock()
            return cached
        }
        cache.lock.unlock()
        let regex: NSRegularExpression
        do {
            // ICU rejects an empty pattern; Java's matches the empty string everywhere.
            regex = try NSRegularExpression(pattern: pattern.isEmpty ? "(?:)" : pattern, options: [])
        } catch {
            throw JavaException("java.util.regex.PatternSyntaxException", "invalid regular expression: \(pattern)")
        }
        cache.lock.lock()
        if cache.patterns.count > 512 { cache.patterns.removeAll() }
        cache.patterns[pattern] = regex
        cache.lock.unlock()
        return regex
    }

    static func matches(_ text: String, _ pattern: String) throws -> Bool {
        let regex = try compile(pattern)
        let string = text as NSString
        guard let match = regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: string.length)) else {
            return false
        }
        if match.range.length == string.length { return true }
        // ICU takes the first alternative; Java's matches() needs the whole input.
        let whole = try compile("(?:" + pattern + ")\\z")
        return whole.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: string.length)) != nil
    }

    /// Java's `Matcher.replaceAll/replaceFirst` with a Java replacement string (`$1`, `${name}`,
    /// `\` escapes).
    static func replace(_ text: String, _ pattern: String, _ replacement: String, all: Bool) throws -> String {
        if let needle = literal(pattern), let bytes = plainReplacement(replacement) {
            return replaceLiteral(text, needle, bytes, all: all)
        }
        let regex = try compile(pattern)
        let units = Array(text.utf16)
        let matches = findAll(regex, in: text, units: units, first: !all)
        guard !matches.isEmpty else { return text }
        let template = try parseReplacement(replacement, groups: regex.numberOfCaptureGroups, regex: regex)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var last = 0
        for match in matches {
            out += units[last..<match.range.location]
            for piece in template {
                switch piece {
                case .literal(let literal): out += literal
                case .group(let n):
                    let range = match.range(at: n)
                    if range.location != NSNotFound { out += units[range.location..<(range.location + range.length)] }
                case .named(let name):
                    let range = match.range(withName: name)
                    if range.location != NSNotFound { out += units[range.location..<(range.location + range.length)] }
                }
            }
            last = match.range.location + match.range.length
        }
        out += units[last...]
        return JavaString.fromUTF16(out)
    }

    /// The text a pattern matches when it is plain text: no metacharacter, and only escaped
    /// punctuation (`\'`, `\.`), which Java reads as the character itself. `nil` otherwise, and
    /// for an empty pattern (which matches between characters).
    static func literal(_ pattern: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pattern.utf8.count)
        var escaping = false
        for byte in pattern.utf8 {
            if escaping {
                let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isAlphanumeric || byte >= 0x80 { return nil }
                bytes.append(byte)
                escaping = false
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"): escaping = true
            case UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "^"),
                UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                return nil
            default: bytes.append(byte)
            }
        }
        return escaping || bytes.isEmpty ? nil : bytes
    }

    /// The text a replacement inserts when it refers to no group: its `\` escapes resolved, as
    /// `Matcher.appendReplacement` resolves them. `nil` when it holds a `$` (a group reference,
    /// or an error) or ends in a lone `\` (an error), which the regular expression path handles.
    /// (Bytes stand for UTF-16 units here: an escaped character's first byte is dropped with the
    /// `\` as its first unit would be, and the bytes after it are kept either way.)
    static func plainReplacement(_ replacement: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(replacement.utf8.count)
        var escaping = false
        for byte in replacement.utf8 {
            if escaping {
                bytes.append(byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else if byte == UInt8(ascii: "$") {
                return nil
            } else {
                bytes.append(byte)
            }
        }
        return escaping ? nil : bytes
    }

    /// `replaceAll`/`replaceFirst` of a plain-text pattern by a plain-text replacement (see
    /// `plainReplacement`), and `String.replace` of a non-empty target: the same result as the
    /// regular expression, found by comparing UTF-8 bytes (a whole UTF-8 needle can only match at
    /// character boundaries). `text` itself when the needle does not occur.
    static func replaceLiteral(_ text: String, _ needle: [UInt8], _ replacement: [UInt8], all: Bool) -> String {
        let replaced = needle.withUnsafeBufferPointer { needle in
            replacement.withUnsafeBufferPointer { replacement in
                if let done = text.utf8.withContiguousStorageIfAvailable({ replaceBytes($0, needle, replacement, all: all) }) {
                    return done
                }
                var copy = text
                return copy.withUTF8 { replaceBytes($0, needle, replacement, all: all) }
            }
        }
        return replaced ?? text
    }

    /// `replaceLiteral` on bytes; `nil` when the needle does not occur. A first pass counts the
    /// matches, so the result is written once, straight into a string of its exact size, with no
    /// byte array in between (and a result of up to 15 bytes needs no allocation at all).
    private static func replaceBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                                     _ replacement: UnsafeBufferPointer<UInt8>, all: Bool) -> String? {
        let count = haystack.count, width = needle.count
        guard width > 0, count >= width, let source = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let first = find(pattern, width, in: source, count, from: 0)
        guard first >= 0 else { return nil }
        var matches = 1
        if all {
            var at = find(pattern, width, in: source, count, from: first + width)
            while at >= 0 {
                matches += 1
                at = find(pattern, width, in: source, count, from: at + width)
            }
        }
        let length = count + matches * (replacement.count - width)
        return String(unsafeUninitializedCapacity: length) { out in
            guard let target = out.baseAddress else { return 0 }
            var written = 0, copied = 0, at = first
            for n in 0..<matches {
                if n > 0 { at = find(pattern, width, in: source, count, from: copied) }
                (target + written).initialize(from: source + copied, count: at - copied)
                written += at - copied
                if let bytes = replacement.baseAddress {
                    (target + written).initialize(from: bytes, count: replacement.count)
                    written += replacement.count
                }
                copied = at + width
            }
            (target + written).initialize(from: source + copied, count: count - copied)
            return written + count - copied
        }
    }

    /// The first index at or after `from` where `needle` occurs in `haystack`, or -1.
    @inline(__always)
    private static func find(_ needle: UnsafePointer<UInt8>, _ width: Int, in haystack: UnsafePointer<UInt8>, _ count: Int, from: Int) -> Int {
        let first = needle[0]
        var i = from
        let last = count - width
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < width && haystack[i + j] == needle[j] { j += 1 }
                if j == width { return i }
            }
            i += 1
        }
        return -1
    }

    enum Piece {
        case literal([UInt16])
        case group(Int)
        case named(String)
    }

    private static func parseReplacement(_ replacement: String, groups: Int, regex: NSRegularExpression) throws -> [Piece] {
        let units = Array(replacement.utf16)
        var pieces: [Piece] = []
        var literal: [UInt16] = []
        var i = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = [] }
        }
        while i < units.count {
            let c = units[i]
            if c == 0x5C {  // backslash
                i += 1
                guard i < units.count else {
                    throw JavaException("java.lang.IllegalArgumentException", "character to be escaped is missing")
                }
                literal.append(units[i])
                i += 1
            } else if c == 0x24 {  // $
                i += 1
                guard i < units.count else {
                    throw JavaException("java.lang.IllegalArgumentException", "Illegal group reference: group index is missing")
                }
                if units[i] == 0x7B {  // {
                    i += 1
                    var name: [UInt16] = []
                    while i < units.count, units[i] != 0x7D {
                        name.append(units[i])
                        i += 1
                    }
                    guard i < units.count else {
                        throw JavaException("java.lang.IllegalArgumentException", "named capturing group is missing trailing '}'")
                    }
                    i += 1
                    flush()
                    pieces.append(.named(String(decoding: name, as: UTF16.self)))
                } else {
                    guard units[i] >= 0x30, units[i] <= 0x39 else {
                        throw JavaException("java.lang.IllegalArgumentException", "Illegal group reference")
                    }
                    var number = Int(units[i] - 0x30)
                    i += 1
                    while i < units.count, units[i] >= 0x30, units[i] <= 0x39 {
                        let next = number * 10 + Int(units[i] - 0x30)
                        if next > groups { break }
                        number = next
                        i += 1
                    }
                    guard number <= groups else {
                        throw JavaException("java.lang.IndexOutOfBoundsException", "No group \(number)")
                    }
                    flush()
                    pieces.append(.group(number))
                }
            } else {
                literal.append(c)
                i += 1
            }
        }
        flush()
        return pieces
    }

    /// The matches `Matcher.find()` returns one after another. ICU's own search steps over a
    /// surrogate pair after an empty match, where Java resumes one UTF-16 unit later, between the
    /// two halves (so `"a😀".split("|")` has three parts in Java). Text with a surrogate is
    /// therefore searched as Java does, one `find` at a time; other text takes ICU's loop, which
    /// finds the same matches.
    static func findAll(_ regex: NSRegularExpression, in text: String, units: [UInt16], first: Bool) -> [NSTextCheckingResult] {
        let length = units.count
        guard units.contains(where: { $0 & 0xF800 == 0xD800 }) else {
            let whole = NSRange(location: 0, length: length)
            return first ? regex.firstMatch(in: text, range: whole).map { [$0] } ?? [] : regex.matches(in: text, range: whole)
        }
        var results: [NSTextCheckingResult] = []
        var from = 0
        while from <= length {
            guard let match = regex.firstMatch(in: text, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                               range: NSRange(location: from, length: length - from)) else { break }
            results.append(match)
            if first { break }
            from = match.range.location + max(match.range.length, 1)
        }
        return results
    }

    /// `String.split(regex, limit)`, Java 8+ semantics.
    static func split(_ text: String, _ pattern: String, limit: Int) throws -> [String] {
        try split(text, pattern, literal: fastPathLiteral(pattern), limit: limit)
    }

    /// `split` with the pattern's `fastPathLiteral` already worked out.
    static func split(_ text: String, _ pattern: String, literal: [UInt16]?, limit: Int) throws -> [String] {
        if let literal, literal[0] < 0x80, let parts = splitASCII(text, UInt8(literal[0]), limit: limit) { return parts }
        let units = Array(text.utf16)
        var ranges: [Range<Int>] = []
        if let literal {
            var start = 0
            while let found = Optional(JavaRuntime.indexOf(units, literal, from: start)), found >= 0 {
                ranges.append(found..<(found + literal.count))
                start = found + literal.count
            }
        } else {
            let regex = try compile(pattern)
            for match in findAll(regex, in: text, units: units, first: false) {
                ranges.append(match.range.location..<(match.range.location + match.range.length))
            }
        }
        var parts: [[UInt16]] = []
        var index = 0
        let limited = limit > 0
        for range in ranges {
            if !limited || parts.count < limit - 1 {
                if index == 0 && range.lowerBound == 0 && range.isEmpty { continue }
                parts.append(Array(units[index..<range.lowerBound]))
                index = range.upperBound
            } else if parts.count == limit - 1 {
                parts.append(Array(units[index...]))
                index = range.upperBound
                break
            }
        }
        if index == 0 && parts.isEmpty { return [text] }
        if !limited || parts.count < limit { parts.append(Array(units[min(index, units.count)...])) }
        if limit == 0 {
            while let last = parts.last, last.isEmpty { parts.removeLast() }
        }
        return parts.map { JavaString.fromUTF16($0) }
    }

    /// Java's split fast path (`String.split` searching for one character with `indexOf`) for
    /// an ASCII separator, cut on the text's UTF-8 bytes instead of a UTF-16 copy: an ASCII byte
    /// is never part of another character's encoding, so the parts are the same. `nil` when the
    /// text is not stored as UTF-8.
    private static func splitASCII(_ text: String, _ separator: UInt8, limit: Int) -> [String]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            guard let source = bytes.baseAddress else { return [text] }
            let count = bytes.count
            func part(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(start: source + from, count: to - from), as: UTF8.self)
            }
            func next(_ from: Int) -> Int {
                var i = from
                while i < count {
                    if source[i] == separator { return i }
                    i += 1
                }
                return -1
            }
            var parts: [String] = []
            var off = 0
            let limited = limit > 0
            var at = next(0)
            while at >= 0 {
                if !limited || parts.count < limit - 1 {
                    parts.append(part(off, at))
                    off = at + 1
                } else {
                    parts.append(part(off, count))
                    off = count
                    break
                }
                at = next(off)
            }
            if off == 0 { return [text] }
            if !limited || parts.count < limit { parts.append(part(off, count)) }
            if limit == 0 {
                while let last = parts.last, last.isEmpty { parts.removeLast() }
            }
            return parts
        }
    }

    /// Java's split fast path: a one-char pattern that is not a metacharacter, or an escaped
    /// non-alphanumeric char.
    static func fastPathLiteral(_ pattern: String) -> [UInt16]? {
        let units = Array(pattern.utf16)
        if units.count == 1, !".$|()[{^?*+\\".utf16.contains(units[0]) { return units }
        if units.count == 2, units[0] == 0x5C {
            let c = units[1]
            let isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if !isAlnum && !(c >= 0xD800 && c <= 0xDFFF) { return [c] }
        }
        return nil
    }
}

/// `String.format` for the conversions templates use.
enum JavaFormat {
    static func format(_ format: String, _ arguments: [VTLValue]) throws -> String {
        var out = ""
        let chars = Array(format)
        var i = 0
        var nextArgument = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else {
                throw JavaException("java.util.UnknownFormatConversionException", "Conversion = '%'")
            }
            // %[argument_index$][flags][width][.precision]conversion
            var spec = ""
            while i < chars.count, "0123456789$-#+ ,(.<".contains(chars[i]) {
                spec.append(chars[i])
                i += 1
            }
            guard i < chars.count else {
                throw JavaException("java.util.UnknownFormatConversionException", "Conversion = '%'")
            }
            let conversion = chars[i]
            i += 1
            var explicitIndex: Int? = nil
            if let dollar = spec.firstIndex(of: "$") {
                explicitIndex = Int(spec[..<dollar])
                spec = String(spec[spec.index(after: dollar)...])
            }
            var flags = ""
            while let f = spec.first, "-#+ 0,(".contains(f) {
                if f == "0" && flags.contains("0") { break }
                flags.append(f)
                spec.removeFirst()
            }
            var precision: Int? = nil
            if let dot = spec.firstIndex(of: ".") {
                precision = Int(spec[spec.index(after: dot)...])
                spec = String(spec[..<dot])
            }
            let width = Int(spec) ?? 0
            if conversion == "%" {
                out += pad("%", width, flags)
                continue
            }
            if conversion == "n" {
                out += "\n"
                continue
            }
            let index = explicitIndex.map { $0 - 1 } ?? nextArgument
            if explicitIndex == nil { nextArgument += 1 }
            guard index >= 0, index < arguments.count else {
                throw JavaException("java.util.MissingFormatArgumentException", "Format specifier '%\(conversion)'")
            }
            let argument = arguments[index]
            var text: String
            switch conversion {
            case "s", "S":
                text = argument.javaString
                if let precision { text = String(text.prefix(precision)) }
                if conversion == "S" { text = text.uppercased() }
            case "b", "B":
                if case .bool(let b) = argument { text = b ? "true" : "false" } else { text = argument.isNull ? "false" : "true" }
            case "d":
                switch argument {
                case .integer, .long: text = String(JavaNumber.longValue(argument))
                case .bigNumber(let n) where n.kind == .integer: text = n.text
                default: throw conversionError(conversion, argument)
                }
                if flags.contains(",") { text = group(text) }
                if flags.contains("+"), !text.hasPrefix("-") { text = "+" + text }
                if flags.contains(" "), !text.hasPrefix("-") { text = " " + text }
            case "x", "X", "o":
                let radix = conversion == "o" ? 8 : 16
                switch argument {
                case .integer(let n): text = String(UInt32(bitPattern: n), radix: radix)
                case .long(let n): text = String(UInt64(bitPattern: n), radix: radix)
                default: throw conversionError(conversion, argument)
                }
                if conversion == "X" { text = text.uppercased() }
            case "f", "e", "E", "g", "G":
                guard case .double(let d) = argument else {
                    if case .bigNumber(let n) = argument, n.kind == .decimal { text = n.text; break }
                    throw conversionError(conversion, argument)
                }
                let p = precision ?? 6
                switch conversion {
                case "f": text = String(format: "%.\(p)f", d)
                case "e": text = String(format: "%.\(p)e", d)
                case "E": text = String(format: "%.\(p)E", d)
                default: text = String(format: "%.\(p)\(conversion)", d)
                }
                if flags.contains(",") { text = group(text) }
                if flags.contains("+"), !text.hasPrefix("-") { text = "+" + text }
            case "c":
                switch argument {
                case .object(let o) where o is JavaCharacter: text = o.javaDescription
                case .integer(let n): text = Unicode.Scalar(UInt32(n)).map { String(Character($0)) } ?? "?"
                default: throw conversionError(conversion, argument)
                }
            default:
                throw JavaException("java.util.UnknownFormatConversionException", "Conversion = '\(conversion)'")
            }
            out += pad(text, width, flags)
        }
        return out
    }

    private static func conversionError(_ conversion: Character, _ argument: VTLValue) -> JavaException {
        JavaException("java.util.IllegalFormatConversionException", "\(conversion) != \(argument.javaClassName)")
    }

    private static func pad(_ text: String, _ width: Int, _ flags: String) -> String {
        let length = text.count
        guard width > length else { return text }
        if flags.contains("-") { return text + String(repeating: " ", count: width - length) }
        if flags.contains("0") {
            var body = text
            var sign = ""
            if let first = body.first, first == "-" || first == "+" {
                sign = String(first)
                body.removeFirst()
            }
            return sign + String(repeating: "0", count: width - length) + body
        }
        return String(repeating: " ", count: width - length) + text
    }

    private static func group(_ number: String) -> String {
        var integer = Substring(number)
        var sign = ""
        if integer.first == "-" {
            sign = "-"
            integer = integer.dropFirst()
        }
        var fraction = ""
        if let dot = integer.firstIndex(of: ".") {
            fraction = String(integer[dot...])
            integer = integer[..<dot]
        }
        var grouped = ""
        for (n, digit) in integer.reversed().enumerated() {
            if n > 0 && n % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + String(grouped.reversed()) + fraction
    }
}
