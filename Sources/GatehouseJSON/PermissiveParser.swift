extension JSONValue {
    /// The default nesting limit of both parsers.
    ///
    /// json-smart 2.2 as Debian ships it refuses nesting deeper than 400 (its CVE-2023-1370 fix);
    /// the same limit keeps hostile input from exhausting the stack here.
    public static let defaultMaxDepth = 400

    /// Parses `text` exactly as API Gateway parses a request or response body for `$input`:
    /// json-smart 2.2 in `MODE_PERMISSIVE` (the mode Jayway JsonPath 2.0.0's
    /// `JsonSmartJsonProvider` uses), so `a=b` is the string `"a=b"`, `{a:b}` is an object,
    /// `'x'` is a string, `[1,,2,]` is `[1,2]`, data after the first value is ignored, and so on.
    ///
    /// Numbers keep the text json-smart read for them (see ``JSONNumber/jsonSmartValue`` for the
    /// Java type it would build). Errors carry json-smart's message and position. An empty text
    /// parses as the empty string, as json-smart does (API Gateway substitutes `{}` for an empty
    /// body before parsing; see ``parseBody(_:)``).
    public static func parsePermissive(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        try parsePermissive(text, maxDepth: maxDepth, fastPaths: true)
    }

    /// ``parsePermissive(_:maxDepth:)``, optionally without the parser's fast paths (tests hold
    /// the fast paths to the general ones).
    static func parsePermissive(_ text: String, maxDepth: Int, fastPaths: Bool) throws(JSONError) -> JSONValue {
        var copy = text
        let result = copy.withUTF8 { bytes -> Result<JSONValue, JSONError> in
            var parser = PermissiveParser(bytes, maxDepth: maxDepth, fastPaths: fastPaths)
            defer { parser.release() }
            do throws(JSONError) {
                return .success(try parser.parse())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 bytes permissively. Invalid UTF-8 is first decoded the way Java decodes a
    /// body (each bad sequence becomes U+FFFD), so positions and strings match Java's.
    public static func parsePermissive(utf8 bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        try parsePermissive(String(decoding: bytes, as: UTF8.self), maxDepth: maxDepth)
    }

    /// A body as `$input` reads it: an empty body is `{}`, anything else is parsed permissively.
    public static func parseBody(_ body: String, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        if body.isEmpty { return .object(JSONObject()) }
        return try parsePermissive(body, maxDepth: maxDepth)
    }
}

/// A transcription of json-smart 2.2's `JSONParserString` with every permissive flag set
/// (`MODE_PERMISSIVE` = -1), working on UTF-8 bytes. Java works on UTF-16 chars; every check the
/// parser makes treats all non-ASCII chars alike (greater than any stop character), so bytes give
/// the same decisions, and positions are converted to UTF-16 when an error is reported.
struct PermissiveParser {
    static let eoi: UInt8 = 0x1A

    private let b: UnsafeBufferPointer<UInt8>
    private let len: Int
    private var pos = -1
    private var c: UInt8 = 0
    private var depth = 0
    private let maxDepth: Int
    /// Scratch for strings with escapes.
    private var sb: [UInt8] = []
    /// Values and names of the containers being read; each container is built once, at its end.
    private var tree: JSONTreeBuilder
    private var pendingHigh: UInt16 = 0
    /// Whether the one-pass readings of common shapes (``readPlainNumber(_:)``) are used; off
    /// only in tests, which compare them with the general path.
    private let fastPaths: Bool
    /// Whether short ASCII strings are read with ``shortASCIIQuoted(_:)`` (fast paths on, and
    /// ``smallStringLayoutMatches``).
    private let smallStrings: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, fastPaths: Bool = true) {
        self.b = bytes
        self.len = bytes.count
        self.maxDepth = maxDepth
        self.fastPaths = fastPaths
        self.tree = JSONTreeBuilder(documentLength: bytes.count, smallStrings: fastPaths)
        self.smallStrings = tree.smallStrings
    }

    /// Frees the parser's storage; call once, after parsing.
    func release() {
        tree.release()
    }

    // Stop sets (json-smart's stopX, stopKey, stopValue, stopArray, stopAll); EOI is in all.
    private enum Stop { case x, key, value, array, all }

    @inline(__always)
    private static func isStop(_ c: UInt8, _ stop: Stop) -> Bool {
        if c == eoi { return true }
        switch stop {
        case .x: return false
        case .key: return c == UInt8(ascii: ":")
        case .value: return c == UInt8(ascii: ",") || c == UInt8(ascii: "}")
        case .array: return c == UInt8(ascii: ",") || c == UInt8(ascii: "]")
        case .all:
            return c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}")
        }
    }

    @inline(__always)
    private mutating func read() {
        pos += 1
        c = pos >= len ? Self.eoi : b[pos]
    }

    @inline(__always)
    private mutating func readNoEnd() throws(JSONError) {
        pos += 1
        if pos >= len {
            c = Self.eoi
            throw endOfFileError()
        }
        c = b[pos]
    }

    private func endOfFileError() -> JSONError {
        error(.unexpectedEndOfFile, at: pos, back: true, "EOF")
    }

    mutating func parse() throws(JSONError) -> JSONValue {
        pos = -1
        read()
        return try readFirst()
    }

    // MARK: values

    private mutating func readFirst() throws(JSONError) -> JSONValue {
        try readValue(.x, top: true)
    }

    /// json-smart's `readFirst` (top: true) and `readMain` (top: false) differ only in the stop set.
    private mutating func readValue(_ stop: Stop, top: Bool) throws(JSONError) -> JSONValue {
        while true {
            switch c {
            case 0x20, 0x0D, 0x0A, 0x09:
                read()
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"):
                throw error(.unexpectedCharacter, at: pos, char: true)
            case UInt8(ascii: "{"):
                return try readObject()
            case UInt8(ascii: "["):
                return try readArray()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return .string(try readString())
            case UInt8(ascii: "n"):
                let r = readNQString(stop)
                if equals(r, "null") { return .null }
                return .string(text(r))
            case UInt8(ascii: "f"):
                let r = readNQString(stop)
                if equals(r, "false") { return .bool(false) }
                return .string(text(r))
            case UInt8(ascii: "t"):
                let r = readNQString(stop)
                if equals(r, "true") { return .bool(true) }
                return .string(text(r))
            case UInt8(ascii: "N"):
                let r = readNQString(stop)
                if equals(r, "NaN") { return .number(JSONNumber(text: "NaN")) }
                return .string(text(r))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return try readNumber(stop)
            default:
                return .string(text(readNQString(stop)))
            }
        }
    }

    private mutating func readArray() throws(JSONError) -> JSONValue {
        depth += 1
        if depth > maxDepth { throw error(.tooDeep, at: pos, nil) }
        let base = tree.valueCount
        read()
        while true {
            switch c {
            case 0x20, 0x0D, 0x0A, 0x09:
                read()
            case UInt8(ascii: "]"):
                depth -= 1
                read()
                return .array(tree.popArray(from: base))
            case UInt8(ascii: ":"), UInt8(ascii: "}"):
                throw error(.unexpectedCharacter, at: pos, char: true)
            case UInt8(ascii: ","):
                read()
            case Self.eoi:
                throw error(.unexpectedEndOfFile, at: pos, back: true, "EOF")
            default:
                tree.push(try readNestedValue(.array))
            }
        }
    }

    /// `readValue(stop, top: false)` for the value at `c` inside a container: with the fast paths,
    /// a string or an object is read as `readValue` would read it, without the call.
    @inline(__always)
    private mutating func readNestedValue(_ stop: Stop) throws(JSONError) -> JSONValue {
        if fastPaths {
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return .string(try readString()) }
            if c == UInt8(ascii: "{") { return try readObject() }
        }
        return try readValue(stop, top: false)
    }

    private mutating func readObject() throws(JSONError) -> JSONValue {
        depth += 1
        if depth > maxDepth { throw error(.tooDeep, at: pos, nil) }
        let base = tree.valueCount
        let keyBase = tree.keyCount
        while true {
            read()
            switch c {
            case 0x20, 0x0D, 0x09, 0x0A:
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"):
                throw error(.unexpectedCharacter, at: pos, char: true)
            case UInt8(ascii: "}"):
                depth -= 1
                read()
                return .object(tree.popObject(from: base, keyBase: keyBase))
            case UInt8(ascii: ","):
                continue
            default:
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    try readKeyString()
                } else {
                    let name = readNQString(.key)
                    tree.pushKey(bytes: slice(name), readable: len - name.lowerBound)
                }
                if c <= 0x20 { skipSpace() }
                if c != UInt8(ascii: ":") {
                    if c == Self.eoi { throw error(.unexpectedEndOfFile, at: pos, back: true, nil) }
                    throw error(.unexpectedCharacter, at: pos, back: true, char: true)
                }
                try readNoEnd()
                if fastPaths {
                    // The whitespace `readValue` would skip, so a string or an object is seen.
                    while c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { read() }
                }
                tree.push(try readNestedValue(.value))
                if c <= 0x20 { skipSpace() }
                if c == UInt8(ascii: "}") {
                    depth -= 1
                    read()
                    return .object(tree.popObject(from: base, keyBase: keyBase))
                }
                if c == Self.eoi { throw error(.unexpectedEndOfFile, at: pos, back: true, nil) }
                if c != UInt8(ascii: ",") {
                    throw error(.unexpectedToken, at: pos, back: true, char: true)
                }
            }
        }
    }

    // MARK: strings

    /// json-smart's `JSONParserMemory.readString`: find the next quote of the same kind; without a
    /// backslash in between the text is taken as is (control characters kept), otherwise it is
    /// read again character by character (`readString2`).
    private mutating func readString() throws(JSONError) -> String {
        let quote = c
        if smallStrings, let (n, low, high) = shortASCIIQuoted(quote) {
            pos &+= n &+ 1
            read()
            return JSONTreeBuilder.smallASCIIString(low: low, high: high, count: n)
        }
        let (end, sawBackslash) = findClosingQuote(quote)
        if end >= len {
            throw error(.unexpectedEndOfFile, at: len, nil)
        }
        if !sawBackslash {
            let s = text(pos + 1 ..< end)
            pos = end
            read()
            return s
        }
        sb.removeAll(keepingCapacity: true)
        pendingHigh = 0
        return try readString2()
    }

    /// The common string in a word or two: when the quoted text at `pos` (opened by `quote`) is
    /// closed within 15 bytes, with no backslash and only ASCII before the close, its length and
    /// its bytes as the words of `String`'s small form (zero past the end); nil otherwise, and
    /// for texts within 17 bytes of the end of the document. What ``readString()`` would take as
    /// is, found with one or two word loads instead of a scan, and made into a string without the
    /// standard library's validation.
    @inline(__always)
    private func shortASCIIQuoted(_ quote: UInt8) -> (Int, UInt64, UInt64)? {
        let start = pos &+ 1
        guard start &+ 16 <= len else { return nil }
        let p = b.baseAddress.unsafelyUnwrapped
        let w0 = ByteScanning.word(b, at: start)
        let f0 = ByteScanning.equal(w0, quote) | ByteScanning.equal(w0, UInt8(ascii: "\\"))
        if f0 != 0 {
            let k = f0.trailingZeroBitCount &>> 3
            let low = w0 & ((1 &<< UInt64(k &* 8)) &- 1)
            guard p[start &+ k] == quote && low & ByteScanning.highs == 0 else { return nil }
            return (k, low, 0)
        }
        let w1 = ByteScanning.word(b, at: start &+ 8)
        let f1 = ByteScanning.equal(w1, quote) | ByteScanning.equal(w1, UInt8(ascii: "\\"))
        guard f1 != 0 else { return nil }
        let k = f1.trailingZeroBitCount &>> 3
        let high = w1 & ((1 &<< UInt64(k &* 8)) &- 1)
        guard p[start &+ 8 &+ k] == quote && (w0 | high) & ByteScanning.highs == 0 else { return nil }
        return (8 &+ k, w0, high)
    }

    /// The index of the next `quote` after `pos` (`len` when there is none), and whether a
    /// backslash comes before it.
    @inline(__always)
    private func findClosingQuote(_ quote: UInt8) -> (Int, Bool) {
        let first = ByteScanning.firstIndex(of: quote, or: UInt8(ascii: "\\"), in: b, from: pos + 1)
        if first >= len || b[first] == quote { return (first, false) }
        return (ByteScanning.firstIndex(of: quote, or: quote, in: b, from: first + 1), true)
    }

    /// ``readString()`` for a member name, pushed with its fingerprint.
    private mutating func readKeyString() throws(JSONError) {
        let quote = c
        if smallStrings, let (n, low, high) = shortASCIIQuoted(quote) {
            let start = pos &+ 1
            let tail = n < 8 ? 0 : ByteScanning.word(b, at: start &+ n &- 8)
            tree.pushShortKey(low: low, high: high, tail: tail, count: n)
            pos = start &+ n
            read()
            return
        }
        let (end, sawBackslash) = findClosingQuote(quote)
        if end >= len {
            throw error(.unexpectedEndOfFile, at: len, nil)
        }
        if !sawBackslash {
            tree.pushKey(bytes: slice(pos + 1 ..< end), readable: len - pos - 1)
            pos = end
            read()
            return
        }
        sb.removeAll(keepingCapacity: true)
        pendingHigh = 0
        tree.pushKey(try readString2(), fingerprint: JSONTreeBuilder.unknownFingerprint)
    }

    private mutating func readString2() throws(JSONError) -> String {
        let sep = c
        while true {
            read()
            if Self.isPlainStringByte(c) {
                // A run of bytes copied as they are, in one step.
                var end = pos + 1
                while end < len && Self.isPlainStringByte(b[end]) { end += 1 }
                if pendingHigh != 0 { flushPending() }
                sb.append(contentsOf: slice(pos..<end))
                pos = end - 1
                continue
            }
            switch c {
            case Self.eoi:
                throw error(.unexpectedEndOfFile, at: pos, back: true, nil)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if c == sep {
                    read()
                    flushPending()
                    return String(decoding: sb, as: UTF8.self)
                }
                appendByte(c)
            case UInt8(ascii: "\\"):
                read()
                switch c {
                case UInt8(ascii: "t"): appendByte(0x09)
                case UInt8(ascii: "n"): appendByte(0x0A)
                case UInt8(ascii: "r"): appendByte(0x0D)
                case UInt8(ascii: "f"): appendByte(0x0C)
                case UInt8(ascii: "b"): appendByte(0x08)
                case UInt8(ascii: "\\"): appendByte(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): appendByte(UInt8(ascii: "/"))
                case UInt8(ascii: "'"): appendByte(UInt8(ascii: "'"))
                case UInt8(ascii: "\""): appendByte(UInt8(ascii: "\""))
                case UInt8(ascii: "u"): appendUnit(try readUnicode(4))
                case UInt8(ascii: "x"): appendUnit(try readUnicode(2))
                default: break  // json-smart drops an unknown escape, backslash and all
                }
            case 0...31, 127:
                continue  // IGNORE_CONTROL_CHAR: dropped on this path
            default:
                appendByte(c)
            }
        }
    }

    /// Bytes `readString2` copies unchanged: not a quote, a backslash, a control character (EOI
    /// included) or DEL.
    @inline(__always)
    private static func isPlainStringByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\\") && byte != 0x7F
    }

    private mutating func readUnicode(_ count: Int) throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<count {
            value = value &* 16
            read()
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value &+= UInt16(c - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value &+= UInt16(c - UInt8(ascii: "A") + 10)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value &+= UInt16(c - UInt8(ascii: "a") + 10)
            case Self.eoi: throw error(.unexpectedEndOfFile, at: pos, nil)
            default: throw error(.unexpectedUnicode, at: pos, char: true)
            }
        }
        return value
    }

    @inline(__always)
    private mutating func appendByte(_ byte: UInt8) {
        if pendingHigh != 0 { flushPending() }
        sb.append(byte)
    }

    /// Appends one UTF-16 code unit; a surrogate pair written as two escapes becomes one scalar,
    /// a lone surrogate (which a Swift string cannot hold) becomes U+FFFD.
    private mutating func appendUnit(_ unit: UInt16) {
        if (0xDC00...0xDFFF).contains(unit), pendingHigh != 0 {
            let scalar = 0x10000 + ((UInt32(pendingHigh) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
            pendingHigh = 0
            appendScalar(Unicode.Scalar(scalar)!)
            return
        }
        if pendingHigh != 0 { flushPending() }
        if (0xD800...0xDBFF).contains(unit) {
            pendingHigh = unit
        } else if let scalar = Unicode.Scalar(UInt32(unit)) {
            appendScalar(scalar)
        } else {
            appendScalar("\u{FFFD}")
        }
    }

    private mutating func flushPending() {
        if pendingHigh != 0 {
            pendingHigh = 0
            appendScalar("\u{FFFD}")
        }
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        for unit in UTF8.encode(scalar)! { sb.append(unit) }
    }

    // MARK: unquoted text and numbers

    private mutating func skipSpace() {
        while c <= 0x20 && c != Self.eoi {
            pos += 1
            c = pos >= len ? Self.eoi : b[pos]
        }
    }

    private mutating func skipDigits() {
        while c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { read() }
    }

    private mutating func skipNQString(_ stop: Stop) {
        while !(c < 126 && Self.isStop(c, stop)) { read() }
    }

    /// Reads unquoted text up to a stop character; returns the byte range, trimmed as
    /// `String.trim()` trims (every char up to U+0020).
    private mutating func readNQString(_ stop: Stop) -> Range<Int> {
        let start = pos
        skipNQString(stop)
        return trimmed(start, pos)
    }

    @inline(__always)
    private func trimmed(_ start: Int, _ stop: Int) -> Range<Int> {
        var s = start
        var e = min(stop, len)
        while s < e && b[s] <= 0x20 { s += 1 }
        while e > s && b[e - 1] <= 0x20 { e -= 1 }
        return s..<e
    }

    @inline(__always)
    private func isNonStop(_ stop: Stop) -> Bool {
        c < 126 && !Self.isStop(c, stop) && c != Self.eoi
    }

    private mutating func readNumber(_ stop: Stop) throws(JSONError) -> JSONValue {
        if fastPaths, let number = readPlainNumber(stop) { return number }
        let start = pos
        read()
        skipDigits()
        if c != UInt8(ascii: ".") && c != UInt8(ascii: "E") && c != UInt8(ascii: "e") {
            skipSpace()
            if isNonStop(stop) {
                skipNQString(stop)
                return .string(text(trimmed(start, pos)))
            }
            return .number(JSONNumber(text: text(trimmed(start, pos))))
        }
        if c == UInt8(ascii: ".") {
            read()
            skipDigits()
        }
        if c != UInt8(ascii: "E") && c != UInt8(ascii: "e") {
            skipSpace()
            if isNonStop(stop) {
                skipNQString(stop)
                return .string(text(trimmed(start, pos)))
            }
            return try extractFloat(trimmed(start, pos))
        }
        read()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
            read()
            skipDigits()
            skipSpace()
            if isNonStop(stop) {
                skipNQString(stop)
                return .string(text(trimmed(start, pos)))
            }
            return try extractFloat(trimmed(start, pos))
        }
        skipNQString(stop)
        return .string(text(trimmed(start, pos)))
    }

    /// The common case of ``readNumber(_:)`` in one pass: a number of the shape
    /// `-?digits(.digits*)?([eE][+-]?digits{1,9})?` (which json-smart takes as a number without
    /// a second look, and ``isPlainDecimal(_:)`` accepts) followed, after spaces, by a stop
    /// character. Anything else (nil) is left to the general path, with the parser unmoved.
    @inline(__always)
    private mutating func readPlainNumber(_ stop: Stop) -> JSONValue? {
        let p = b.baseAddress.unsafelyUnwrapped
        let start = pos
        var i = start
        if p[i] == UInt8(ascii: "-") { i &+= 1 }
        let digitsStart = i
        while i < len && p[i] &- UInt8(ascii: "0") < 10 { i &+= 1 }
        if i == digitsStart { return nil }
        if i < len && p[i] == UInt8(ascii: ".") {
            i &+= 1
            while i < len && p[i] &- UInt8(ascii: "0") < 10 { i &+= 1 }
        }
        if i < len && p[i] | 0x20 == UInt8(ascii: "e") {
            i &+= 1
            if i < len && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i &+= 1 }
            let exponentStart = i
            while i < len && p[i] &- UInt8(ascii: "0") < 10 { i &+= 1 }
            if i == exponentStart || i &- exponentStart > 9 { return nil }
        }
        let end = i
        // As `skipSpace()` then `isNonStop(stop)` on the general path.
        var next = i < len ? p[i] : Self.eoi
        while next <= 0x20 && next != Self.eoi {
            i &+= 1
            next = i < len ? p[i] : Self.eoi
        }
        if next < 126 && !Self.isStop(next, stop) { return nil }
        pos = i
        c = next
        return .number(JSONNumber(text: text(start..<end)))
    }

    private mutating func extractFloat(_ range: Range<Int>) throws(JSONError) -> JSONValue {
        let number = JSONNumber(text: text(range))
        if !isPlainDecimal(range), case .invalid(let message) = number.javaFloatingParse {
            throw JSONError(kind: .numberFormat, message: message, position: utf16Offset(pos))
        }
        return .number(number)
    }

    /// The common case, checked without allocating: `-?digits(.digits*)?([eE][+-]?digits{1,9})?`,
    /// which `Double.parseDouble` and `new BigDecimal` both accept.
    @inline(__always)
    private func isPlainDecimal(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        if i < end && b[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        while i < end && b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") { i += 1 }
        if i == digitsStart { return false }
        if i < end && b[i] == UInt8(ascii: ".") {
            i += 1
            while i < end && b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") { i += 1 }
        }
        if i < end && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            let expStart = i
            while i < end && b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") { i += 1 }
            if i == expStart || i - expStart > 9 { return false }
        }
        return i == end
    }

    // MARK: helpers

    @inline(__always)
    private func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: b[range])
    }

    /// The text of a value read from the document (remembered when short, see
    /// ``JSONTreeBuilder/string(_:)``).
    @inline(__always)
    private mutating func text(_ range: Range<Int>) -> String {
        tree.string(slice(range), readable: len - range.lowerBound)
    }

    @inline(__always)
    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let l = literal.utf8Start
        var i = 0
        for index in range {
            if b[index] != l[i] { return false }
            i += 1
        }
        return true
    }

    /// Java's char index for byte offset `offset` (offsets past the end count one char each, as
    /// json-smart's `pos` keeps counting past the end).
    private func utf16Offset(_ offset: Int) -> Int {
        let end = min(offset, len)
        var count = 0
        var i = 0
        while i < end {
            let byte = b[i]
            if byte & 0xC0 != 0x80 { count += byte >= 0xF0 ? 2 : 1 }
            i += 1
        }
        return count + max(0, offset - len)
    }

    private func lineAndColumn(_ offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, len)
        while i < end {
            let byte = b[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// The char at `pos` as Java would print it in a message.
    private func currentCharText() -> String {
        if pos >= len { return "\u{1A}" }
        let byte = b[pos]
        if byte < 0x80 { return String(UnicodeScalar(byte)) }
        var end = pos + 1
        while end < len, b[end] & 0xC0 == 0x80 { end += 1 }
        let text = string(pos..<end)
        if let scalar = text.unicodeScalars.first, scalar.value > 0xFFFF { return "\u{FFFD}" }
        return text
    }

    private func error(_ kind: JSONError.Kind, at offset: Int, back: Bool = false, char: Bool) -> JSONError {
        error(kind, at: offset, back: back, currentCharText())
    }

    private func error(_ kind: JSONError.Kind, at offset: Int, back: Bool = false, _ object: String?) -> JSONError {
        let position = utf16Offset(offset) - (back ? 1 : 0)
        let objectText = object ?? "null"
        let message: String
        switch kind {
        case .unexpectedCharacter: message = "Unexpected character (\(objectText)) at position \(position)."
        case .unexpectedToken: message = "Unexpected token \(objectText) at position \(position)."
        case .unexpectedEndOfFile: message = "Unexpected End Of File position \(position): \(objectText)"
        case .unexpectedUnicode: message = "Unexpected unicode escape sequence \(objectText) at position \(position)."
        case .tooDeep: message = "Malicious payload, having non natural depths, parsing stoped"
        case .numberFormat, .syntax: message = objectText
        }
        let (line, column) = lineAndColumn(back ? max(0, offset - 1) : offset)
        return JSONError(kind: kind, message: message, position: position, line: line, column: column)
    }
}
