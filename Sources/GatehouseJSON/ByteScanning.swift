/// Finding bytes in UTF-8 text eight at a time (SWAR: one 64-bit word holds eight bytes), and
/// JSON string escaping for writers that keep their own buffers (the XML converter's text path).
public enum ByteScanning {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is below `limit` (at most 0x80), and possibly of
    /// later bytes; the lowest bit set is exactly the first such byte (a borrow only starts at a
    /// byte below the limit).
    @inlinable @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// As ``below(_:_:)``, for the bytes equal to `byte`.
    @inlinable @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        below(word ^ (ones &* UInt64(byte)), 1)
    }

    @inlinable @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The index of the first byte from `start` that is `a` or `b`, or `bytes.count`.
    @inline(__always)
    static func firstIndex(of a: UInt8, or b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        while i + 8 <= n {
            let w = word(bytes, at: i)
            let found = equal(w, a) | equal(w, b)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n && bytes[i] != a && bytes[i] != b { i += 1 }
        return i
    }

    /// The index of the first byte from `start` that is `"`, `\` or a control character (below
    /// U+0020), or `bytes.count`.
    @inlinable @inline(__always)
    public static func firstStringSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        while i + 8 <= n {
            let w = word(bytes, at: i)
            let found = equal(w, 0x22) | equal(w, 0x5C) | below(w, 0x20)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n {
            let byte = bytes[i]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return i }
            i += 1
        }
        return i
    }

    /// Writes the RFC 8259 escape of a byte ``firstStringSpecial(in:from:)`` stopped at to `out`
    /// (room for six bytes): `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx` in lower-case
    /// hex, as `JSONSerializer` writes them. Returns the number of bytes written.
    @inlinable @inline(__always)
    public static func writeStandardEscape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x5C
        switch byte {
        case 0x22, 0x5C: out[1] = byte
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        default:
            let hex: StaticString = "0123456789abcdef"
            out[1] = UInt8(ascii: "u")
            out[2] = 0x30
            out[3] = 0x30
            out[4] = hex.utf8Start[Int(byte >> 4)]
            out[5] = hex.utf8Start[Int(byte & 0xF)]
            return 6
        }
        return 2
    }
}
