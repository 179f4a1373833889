/// Finding bytes in UTF-8 text eight at a time (SWAR: one 64-bit word holds eight bytes).
enum ByteScanning {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is below `limit` (at most 0x80), and possibly of
    /// later bytes; the lowest bit set is exactly the first such byte (a borrow only starts at a
    /// byte below the limit).
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// As ``below(_:_:)``, for the bytes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        below(word ^ (ones &* UInt64(byte)), 1)
    }

    @inline(__always)
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
    @inline(__always)
    static func firstStringSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
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
}
