extension JSONValue {
    /// Compact standard JSON (`{"a":1,"b":[true,null]}`): RFC 8259 escaping (`"`, `\`, and
    /// control characters; `/` and non-ASCII are written as they are), numbers as their source
    /// text (text that is not an RFC 8259 number, such as json-smart's `01` or `NaN`, is written
    /// as Java would print the number, or `null` when it is not finite).
    public var jsonString: String {
        var writer = JSONWriter()
        defer { writer.release() }
        writer.writeStandard(self, indent: nil, level: 0)
        return writer.string()
    }

    /// Standard JSON pretty-printed with two-space indentation and `"key": value` members; empty
    /// containers print as `{}` and `[]`.
    public var prettyJSONString: String {
        var writer = JSONWriter()
        defer { writer.release() }
        writer.writeStandard(self, indent: 2, level: 0)
        return writer.string()
    }

    /// What json-smart 2.2's `JSONValue.toJSONString(value)` writes for the Java object this value
    /// stands for, which is what `$input.json(...)` prints on API Gateway: compact, `/` escaped as
    /// `\/`, U+007F–U+009F and U+2000–U+20FF escaped as `\uXXXX` (upper-case hex), numbers printed
    /// as the Java number json-smart parsed them into (`1.50` → `1.5`, `1e5` → `100000.0`, `01` →
    /// `1`, `1e400` → `null`).
    public var jsonSmartString: String {
        var writer = JSONWriter()
        defer { writer.release() }
        writer.writeSmart(self)
        return writer.string()
    }
}

extension JSONNumber {
    /// The number as standard JSON: its text when that is an RFC 8259 number, else Java's printing
    /// of it (`null` when not finite).
    public var standardJSONText: String {
        if isStandardJSON { return text }
        let value = jsonSmartValue
        switch value {
        case .double(let d) where !d.isFinite: return "null"
        default: return value.javaString
        }
    }
}

/// Writes JSON text into a byte buffer it owns (grown by doubling; ``release()`` frees it).
struct JSONWriter {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// json-smart's printing of recently written short number texts (numbers repeat in data).
    private var numberCache: UnsafeMutablePointer<CachedNumber>?
    private static let numberCacheSize = 64

    /// A number text and its printing, both held inline so that filling and reading the cache
    /// allocates nothing.
    private struct CachedNumber {
        /// The number text's bytes (at most 16, ASCII): see ``JSONWriter/packed(_:)``.
        var head: UInt64
        var tail: UInt64
        var count: Int
        /// The printed bytes (at most ``JSONWriter/cachedOutputLimit``), in memory order.
        var output: (UInt64, UInt64, UInt64, UInt64)
        var outputCount: Int
    }

    /// The longest printing the cache holds; a `Double`'s is at most 26 bytes (`-` and 20 digits,
    /// `.`, `E-324`) and an integer text's at most 16.
    private static let cachedOutputLimit = 32

    init(capacity: Int = 256) {
        self.capacity = capacity
        self.base = .allocate(capacity: capacity)
    }

    /// Frees the buffer. Call exactly once.
    func release() {
        base.deallocate()
        numberCache?.deallocate()
    }

    /// The text written so far.
    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    // MARK: bytes

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if n == 0 { return }
        reserve(n)
        let source = bytes.baseAddress.unsafelyUnwrapped
        let target = base + count
        if n >= 8 && n <= 16 {
            // Two overlapping eight-byte moves instead of a call to memmove.
            let raw = UnsafeRawPointer(source)
            let first = raw.loadUnaligned(as: UInt64.self)
            let last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            UnsafeMutableRawPointer(target).storeBytes(of: first, as: UInt64.self)
            UnsafeMutableRawPointer(target).storeBytes(of: last, toByteOffset: n - 8, as: UInt64.self)
        } else if n < 8 {
            for k in 0..<n { target[k] = source[k] }
        } else {
            target.update(from: source, count: n)
        }
        count += n
    }

    @inline(__always)
    private mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ text: String) {
        Self.withUTF8(text) { append($0) }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying `text` when it is native.
    @inline(__always)
    private static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    // MARK: standard JSON

    mutating func writeStandard(_ value: JSONValue, indent: Int?, level: Int) {
        switch value {
        case .null: append("null")
        case .bool(let b): if b { append("true") } else { append("false") }
        case .number(let n):
            if JSONWriter.isPlainInteger(n.text) || n.isStandardJSON {
                append(n.text)
            } else {
                append(n.standardJSONText)
            }
        case .string(let s): writeStandardString(s)
        case .array(let elements):
            append(UInt8(ascii: "["))
            if elements.isEmpty {
                append(UInt8(ascii: "]"))
                return
            }
            elements.withUnsafeBufferPointer { elements in
                for i in elements.indices {
                    if i > 0 { append(UInt8(ascii: ",")) }
                    newline(indent: indent, level: level + 1)
                    writeStandard(elements[i], indent: indent, level: level + 1)
                }
            }
            newline(indent: indent, level: level)
            append(UInt8(ascii: "]"))
        case .object(let object):
            append(UInt8(ascii: "{"))
            if object.isEmpty {
                append(UInt8(ascii: "}"))
                return
            }
            object.members.keys.elements.withUnsafeBufferPointer { keys in
                object.members.values.withUnsafeBufferPointer { values in
                    for i in keys.indices {
                        if i > 0 { append(UInt8(ascii: ",")) }
                        newline(indent: indent, level: level + 1)
                        writeStandardString(keys[i])
                        if indent != nil { append(UInt8(ascii: ":"), UInt8(ascii: " ")) } else { append(UInt8(ascii: ":")) }
                        writeStandard(values[i], indent: indent, level: level + 1)
                    }
                }
            }
            newline(indent: indent, level: level)
            append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private mutating func newline(indent: Int?, level: Int) {
        guard let indent else { return }
        let spaces = indent * level
        reserve(1 + spaces)
        base[count] = 0x0A
        (base + count + 1).initialize(repeating: 0x20, count: spaces)
        count += 1 + spaces
    }

    /// `-?[1-9][0-9]{0,8}` or `0`: integer text that every writer prints unchanged (an `Integer`
    /// in Java, an RFC 8259 number as written).
    @inline(__always)
    static func isPlainInteger(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard var c = utf8.next() else { return false }
        if c == UInt8(ascii: "-") {
            guard let d = utf8.next() else { return false }
            c = d
            if c == UInt8(ascii: "0") { return false }
        } else if c == UInt8(ascii: "0") {
            return utf8.next() == nil
        }
        guard c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") else { return false }
        var digits = 1
        while let d = utf8.next() {
            guard d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") else { return false }
            digits += 1
            if digits > 9 { return false }
        }
        return true
    }

    /// ``isPlainInteger(_:)-(String)`` on the text's bytes.
    @inline(__always)
    static func isPlainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n > 0 else { return false }
        var i = 0
        if bytes[0] == UInt8(ascii: "-") { i = 1 }
        guard n - i <= 9, i < n else { return false }
        let first = bytes[i] &- UInt8(ascii: "0")
        if first == 0 { return n == 1 }
        guard first < 10 else { return false }
        i += 1
        while i < n {
            guard bytes[i] &- UInt8(ascii: "0") < 10 else { return false }
            i += 1
        }
        return true
    }

    private static let hexUpper: StaticString = "0123456789ABCDEF"

    // MARK: eight bytes at a time

    /// Whether any of the eight bytes is one ``isSmartSpecial(_:)`` picks out.
    @inline(__always)
    private static func anySmartSpecial(_ word: UInt64) -> Bool {
        let found = ByteScanning.below(word, 0x20) | ByteScanning.equal(word, 0x22) | ByteScanning.equal(word, 0x5C)
            | ByteScanning.equal(word, 0x2F) | ByteScanning.equal(word, 0x7F) | ByteScanning.equal(word, 0xC2)
            | ByteScanning.equal(word, 0xE2)
        return found != 0
    }

    mutating func writeStandardString(_ s: String) {
        append(UInt8(ascii: "\""))
        Self.withUTF8(s) { bytes in
            var runStart = 0
            while true {
                let i = ByteScanning.firstStringSpecial(in: bytes, from: runStart)
                if runStart < i { append(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                if i == bytes.count { break }
                reserve(6)
                count += ByteScanning.writeStandardEscape(bytes[i], to: base + count)
                runStart = i + 1
            }
        }
        append(UInt8(ascii: "\""))
    }

    // MARK: json-smart

    mutating func writeSmart(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let b): if b { append("true") } else { append("false") }
        case .number(let n): writeSmartNumber(n)
        case .string(let s): writeSmartString(s)
        case .array(let elements):
            append(UInt8(ascii: "["))
            elements.withUnsafeBufferPointer { elements in
                for i in elements.indices {
                    if i > 0 { append(UInt8(ascii: ",")) }
                    writeSmart(elements[i])
                }
            }
            append(UInt8(ascii: "]"))
        case .object(let object):
            append(UInt8(ascii: "{"))
            object.members.keys.elements.withUnsafeBufferPointer { keys in
                object.members.values.withUnsafeBufferPointer { values in
                    for i in keys.indices {
                        if i > 0 { append(UInt8(ascii: ",")) }
                        writeSmartString(keys[i])
                        append(UInt8(ascii: ":"))
                        writeSmart(values[i])
                    }
                }
            }
            append(UInt8(ascii: "}"))
        }
    }

    /// `n.jsonSmartValue.jsonSmartString`: copied from the text for plain integers and short
    /// plain decimals (the common cases; see ``JavaNumberText/writePlainDouble(_:to:)``), with one
    /// look at the text's bytes for both, else a `Double` printed straight into the buffer
    /// (``FloatingDecimal/write(_:to:)-(Double,_)``), and remembered for short ASCII texts.
    private mutating func writeSmartNumber(_ n: JSONNumber) {
        var text = n.text
        // One look at the text: copied as it is, or (when not) its cache key.
        let looked: (copied: Bool, key: (UInt64, UInt64, Int)?) = text.withUTF8 { bytes in
            reserve(bytes.count)
            if Self.isPlainInteger(bytes) {
                append(bytes)
                return (true, nil)
            }
            guard let written = JavaNumberText.writePlainDouble(bytes, to: base + count) else { return (false, Self.packed(bytes)) }
            count += written
            return (true, nil)
        }
        if looked.copied { return }
        let key = looked.key
        var entry: UnsafeMutablePointer<CachedNumber>? = nil
        if let (head, tail, length) = key {
            let cache: UnsafeMutablePointer<CachedNumber>
            if let numberCache {
                cache = numberCache
            } else {
                cache = .allocate(capacity: Self.numberCacheSize)
                cache.initialize(
                    repeating: CachedNumber(head: 0, tail: 0, count: -1, output: (0, 0, 0, 0), outputCount: 0),
                    count: Self.numberCacheSize)
                numberCache = cache
            }
            let mixed = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
            let slot = cache + Int(truncatingIfNeeded: mixed >> 58)
            if slot.pointee.count == length && slot.pointee.head == head && slot.pointee.tail == tail {
                reserve(Self.cachedOutputLimit)
                UnsafeMutableRawPointer(base + count).storeBytes(of: slot.pointee.output, as: (UInt64, UInt64, UInt64, UInt64).self)
                count += slot.pointee.outputCount
                return
            }
            slot.pointee.count = -1
            entry = slot
        }
        let start = count
        switch n.jsonSmartValue {
        case .double(let d) where !d.isInfinite:
            reserve(FloatingDecimal.scratchCount)
            count += FloatingDecimal.write(d, to: base + count)
        case let value:
            append(value.jsonSmartString)
        }
        let length = count - start
        if let entry, let (head, tail, textLength) = key, length <= Self.cachedOutputLimit {
            reserve(Self.cachedOutputLimit)
            let output = UnsafeRawPointer(base + start).loadUnaligned(as: (UInt64, UInt64, UInt64, UInt64).self)
            entry.pointee = CachedNumber(head: head, tail: tail, count: textLength, output: output, outputCount: length)
        }
    }

    /// Up to 16 ASCII bytes packed without loss (with the length, they are the text), else nil.
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, Int)? {
        let n = bytes.count
        guard n <= 16 else { return nil }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for i in 0..<n {
            let byte = bytes[i]
            if byte >= 0x80 { return nil }
            if i < 8 { head = head << 8 | UInt64(byte) } else { tail = tail << 8 | UInt64(byte) }
        }
        return (head, tail, n)
    }

    /// Whether json-smart's writer may need to do something other than copy `byte`: `"`, `\`,
    /// `/`, controls, DEL, and the lead bytes 0xC2/0xE2 of escaped ranges.
    @inline(__always)
    private static func isSmartSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    @inline(__always)
    private mutating func appendUnicodeEscape(_ v: UInt32) {
        let hex = Self.hexUpper.utf8Start
        reserve(6)
        base[count] = 0x5C
        base[count + 1] = UInt8(ascii: "u")
        base[count + 2] = hex[Int((v >> 12) & 0xF)]
        base[count + 3] = hex[Int((v >> 8) & 0xF)]
        base[count + 4] = hex[Int((v >> 4) & 0xF)]
        base[count + 5] = hex[Int(v & 0xF)]
        count += 6
    }

    /// Whether any byte of `bytes` is one ``isSmartSpecial(_:)`` picks out, eight at a time; a
    /// tail shorter than a word is read as an overlapping last word, or (in a text shorter than a
    /// word) gathered into a word padded with `A`s, which is returned for the caller to store.
    @inline(__always)
    private static func scanSmart(_ bytes: UnsafeBufferPointer<UInt8>) -> (special: Bool, short: UInt64) {
        let n = bytes.count
        if n < 8 {
            var word: UInt64 = 0x4141_4141_4141_4141
            var k = n
            while k > 0 {
                k -= 1
                word = word << 8 | UInt64(bytes[k])
            }
            return (anySmartSpecial(word), word)
        }
        var i = 0
        while i + 8 <= n {
            if anySmartSpecial(ByteScanning.word(bytes, at: i)) { return (true, 0) }
            i += 8
        }
        if i < n, anySmartSpecial(ByteScanning.word(bytes, at: n - 8)) { return (true, 0) }
        return (false, 0)
    }

    /// json-smart's `JStylerObj.ESCAPE4Web` escaping, as `JSONStyle.DEFAULT` uses it: `"`, `\`,
    /// `/`, the short escapes, and `\uXXXX` (upper-case hex) for U+0000–U+001F, U+007F–U+009F and
    /// U+2000–U+20FF. Works on UTF-8: those ranges are `7F`, `C2 80`–`C2 9F` and `E2 80 80`–`E2 83 BF`.
    ///
    /// Most names and values need no escape: they are scanned a word at a time and copied with
    /// their quotes under one capacity check; the others take the byte-by-byte path.
    mutating func writeSmartString(_ s: String) {
        Self.withUTF8(s) { bytes in
            let n = bytes.count
            let (special, short) = Self.scanSmart(bytes)
            if !special {
                // The quotes, the text, and (for a short text) the padding after it, overwritten
                // by the closing quote or left past the end.
                reserve(n + 10)
                let target = base + count
                target[0] = UInt8(ascii: "\"")
                if n < 8 {
                    UnsafeMutableRawPointer(target + 1).storeBytes(of: short.littleEndian, as: UInt64.self)
                } else {
                    Self.copy(bytes, to: target + 1)
                }
                target[n + 1] = UInt8(ascii: "\"")
                count += n + 2
                return
            }
            writeSmartEscaped(bytes)
        }
    }

    /// Copies at least eight bytes: two overlapping eight-byte moves up to 16, else memmove.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        let n = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        if n <= 16 {
            let first = raw.loadUnaligned(as: UInt64.self)
            let last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            UnsafeMutableRawPointer(target).storeBytes(of: first, as: UInt64.self)
            UnsafeMutableRawPointer(target).storeBytes(of: last, toByteOffset: n - 8, as: UInt64.self)
        } else {
            target.update(from: bytes.baseAddress.unsafelyUnwrapped, count: n)
        }
    }

    /// ``writeSmartString(_:)`` for text with at least one byte that may need escaping.
    private mutating func writeSmartEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n, !Self.anySmartSpecial(ByteScanning.word(bytes, at: i)) {
                i += 8
                continue
            }
            let byte = bytes[i]
            if !Self.isSmartSpecial(byte) {
                i += 1
                continue
            }
            var consumed = 1
            var escape: UInt32? = nil
            var short: UInt8 = 0
            switch byte {
            case 0x22: short = 0x22
            case 0x5C: short = 0x5C
            case 0x2F: short = 0x2F
            case 0x0A: short = UInt8(ascii: "n")
            case 0x0D: short = UInt8(ascii: "r")
            case 0x09: short = UInt8(ascii: "t")
            case 0x08: short = UInt8(ascii: "b")
            case 0x0C: short = UInt8(ascii: "f")
            case 0xC2:
                if i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
                    escape = UInt32(bytes[i + 1])
                    consumed = 2
                }
            case 0xE2:
                if i + 2 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x83 {
                    escape = 0x2000 | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                    consumed = 3
                }
            default:
                escape = UInt32(byte)  // controls and DEL
            }
            if short == 0 && escape == nil {
                i += 1  // a lead byte outside the escaped ranges: copied with its run
                continue
            }
            if runStart < i { append(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            if let escape {
                appendUnicodeEscape(escape)
            } else {
                append(0x5C, short)
            }
            i += consumed
            runStart = i
        }
        if runStart < n { append(UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        append(UInt8(ascii: "\""))
    }
}
