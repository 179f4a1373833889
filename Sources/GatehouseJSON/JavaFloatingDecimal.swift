// Java 17's `Double.toString` / `Float.toString`: the classic `sun.misc.FloatingDecimal`
// digit generation (Steele & White / dtoa with a symmetric stopping test), which is *not* always
// the shortest round-tripping form: `2.0E-3` style outputs agree with shortest, but values such as
// 1.0E23 print as `1.0E23` while 2^-1074 prints `4.9E-324` and some doubles get 18 digits
// (`9.5229526433893619E17`). JDK 19 replaced it with Raffaello Giulietti's shortest algorithm;
// API Gateway's Java does not have that, so this reimplements the old behaviour, including its
// int/long fast paths (whose overflow quirks change a few results) and its tie rules.
//
// Nothing here allocates: the digits and the text are written into scratch memory the caller
// provides (``FloatingDecimal/scratchCount`` bytes), and the big-integer path keeps its numbers in
// one stack buffer. A JSON body's numbers are printed through this one at a time, so an
// allocation per number (or per big-integer step) used to cost more than the arithmetic.

enum FloatingDecimal {
    /// Bytes of scratch ``write(_:to:)`` may use at `out`: the text (at most 26 bytes, written
    /// eight bytes at a time) in the first ``digitsOffset``, Java's digit buffer (20 digits, read
    /// eight bytes at a time) behind it.
    static let scratchCount = 128
    fileprivate static let digitsOffset = 64

    /// `Double.toString(d)` as Java 17 prints it.
    static func string(_ d: Double) -> String {
        text { write(d, to: $0) }
    }

    /// `Float.toString(f)` as Java 17 prints it.
    static func string(_ f: Float) -> String {
        text { write(f, to: $0) }
    }

    /// What `write` puts into a scratch buffer of ``scratchCount`` bytes, as a `String`.
    @inline(__always)
    private static func text(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchCount) { scratch in
            let out = scratch.baseAddress.unsafelyUnwrapped
            let count = write(out)
            return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
        }
    }

    /// Writes `Double.toString(d)` to `out`, which has room for ``scratchCount`` bytes (past the
    /// text's end they are scratch); returns the length of the text.
    static func write(_ d: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if d.isNaN { return writeLiteral("NaN", to: out) }
        if d.isInfinite { return d < 0 ? writeLiteral("-Infinity", to: out) : writeLiteral("Infinity", to: out) }
        let bits = d.bitPattern
        let negative = bits >> 63 != 0
        var fractBits = Int64(bitPattern: bits & 0x000F_FFFF_FFFF_FFFF)
        var binExp = Int((bits >> 52) & 0x7FF)
        let nSignificantBits: Int
        if binExp == 0 {
            if fractBits == 0 { return negative ? writeLiteral("-0.0", to: out) : writeLiteral("0.0", to: out) }
            let leadingZeros = fractBits.leadingZeroBitCount
            let shift = leadingZeros - (63 - 52)
            fractBits <<= Int64(shift)
            binExp = 1 - shift
            nSignificantBits = 64 - leadingZeros
        } else {
            fractBits |= 1 << 52
            nSignificantBits = 53
        }
        binExp -= 1023
        var buffer = DigitBuffer(base: out + digitsOffset)
        buffer.dtoa(binExp: binExp, fractBits: fractBits, nSignificantBits: nSignificantBits)
        return buffer.javaFormat(negative: negative, to: out)
    }

    /// Writes `Float.toString(f)` to `out` (see ``write(_:to:)-(Double,_)``).
    static func write(_ f: Float, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if f.isNaN { return writeLiteral("NaN", to: out) }
        if f.isInfinite { return f < 0 ? writeLiteral("-Infinity", to: out) : writeLiteral("Infinity", to: out) }
        let bits = f.bitPattern
        let negative = bits >> 31 != 0
        var fractBits = Int32(bitPattern: bits & 0x007F_FFFF)
        var binExp = Int((bits >> 23) & 0xFF)
        let nSignificantBits: Int
        if binExp == 0 {
            if fractBits == 0 { return negative ? writeLiteral("-0.0", to: out) : writeLiteral("0.0", to: out) }
            let leadingZeros = fractBits.leadingZeroBitCount
            let shift = leadingZeros - (31 - 23)
            fractBits <<= Int32(shift)
            binExp = 1 - shift
            nSignificantBits = 32 - leadingZeros
        } else {
            fractBits |= 1 << 23
            nSignificantBits = 24
        }
        binExp -= 127
        var buffer = DigitBuffer(base: out + digitsOffset)
        buffer.dtoa(binExp: binExp, fractBits: Int64(fractBits) << (52 - 23), nSignificantBits: nSignificantBits)
        return buffer.javaFormat(negative: negative, to: out)
    }

    @inline(__always)
    private static func writeLiteral(_ text: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let count = text.utf8CodeUnitCount
        out.update(from: text.utf8Start, count: count)
        return count
    }

    /// 5^n for n < 27 (all fit in a Java long).
    fileprivate static let long5Pow: [Int64] = {
        var table: [Int64] = [1]
        for _ in 1..<27 { table.append(table.last! * 5) }
        return table
    }()

    // Approximately ceil(log2(5^n)).
    fileprivate static let n5Bits: [Int] = [0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61]

    fileprivate static let insignificantDigitsNumber: [Int] = [
        0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7,
        8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14,
        15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19,
    ]

    fileprivate static func insignificantDigitsForPow2(_ p2: Int) -> Int {
        if p2 > 1 && p2 < insignificantDigitsNumber.count { return insignificantDigitsNumber[p2] }
        return 0
    }

    /// FloatingDecimal.estimateDecExp: floor(log10(d)) estimated from the bits.
    fileprivate static func estimateDecExp(_ fractBits: Int64, _ binExp: Int) -> Int {
        let d2 = Double(bitPattern: 0x3FF0_0000_0000_0000 | (UInt64(bitPattern: fractBits) & 0x000F_FFFF_FFFF_FFFF))
        let d = (d2 - 1.5) * 0.289529654 + 0.176091259 + Double(binExp) * 0.301029995663981
        let dBits = d.bitPattern
        let exponent = Int((dBits >> 52) & 0x7FF) - 1023
        let isNegative = dBits >> 63 != 0
        if exponent >= 0 && exponent < 52 {
            let mask: UInt64 = 0x000F_FFFF_FFFF_FFFF >> UInt64(exponent)
            let r = Int(Int32(truncatingIfNeeded: ((dBits & 0x000F_FFFF_FFFF_FFFF) | (1 << 52)) >> UInt64(52 - exponent)))
            return isNegative ? ((mask & dBits) == 0 ? -r : -r - 1) : r
        } else if exponent < 0 {
            return (dBits & ~(1 << 63)) == 0 ? 0 : (isNegative ? -1 : 0)
        } else {
            return Int(Int32(clamping: Int64(d)))
        }
    }
}

/// Copies `count` bytes eight at a time: up to seven bytes past the end on both sides are read
/// and written (inside the scratch memory, and overwritten or ignored afterwards).
@inline(__always)
private func copyWords(_ source: UnsafePointer<UInt8>, _ target: UnsafeMutablePointer<UInt8>, _ count: Int) {
    var k = 0
    while k < count {
        let word = UnsafeRawPointer(source + k).loadUnaligned(as: UInt64.self)
        UnsafeMutableRawPointer(target + k).storeBytes(of: word, as: UInt64.self)
        k += 8
    }
}

private let asciiZeros: UInt64 = 0x3030_3030_3030_3030

/// FloatingDecimal.BinaryToASCIIBuffer: the digits and decimal exponent of one value, the
/// digits kept as ASCII in `base[first ..< first + count]` (Java's 20-character buffer).
private struct DigitBuffer {
    let base: UnsafeMutablePointer<UInt8>
    var first = 0
    var count = 0
    var decExponent = 0

    init(base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// BinaryToASCIIBuffer.developLongDigits: the digits of an integer, written from the right
    /// end of the buffer as Java writes them; trailing zeros are dropped (each raises the exponent).
    mutating func developLongDigits(_ decExponentIn: Int, _ lvalueIn: Int64, _ insignificantDigits: Int) {
        var lvalue = lvalueIn
        var decExp = decExponentIn
        if insignificantDigits != 0 {
            let pow10 = FloatingDecimal.long5Pow[insignificantDigits] << Int64(insignificantDigits)
            let residue = lvalue % pow10
            lvalue /= pow10
            decExp += insignificantDigits
            if residue >= (pow10 >> 1) { lvalue += 1 }
        }
        // The value is positive (at most 2^63 - 1), so unsigned division gives Java's digits.
        var value = UInt64(bitPattern: lvalue)
        var digitno = 19
        var c = value % 10
        value /= 10
        while c == 0 {
            decExp += 1
            c = value % 10
            value /= 10
        }
        while value != 0 {
            base[digitno] = UInt8(truncatingIfNeeded: c) &+ 0x30
            digitno -= 1
            decExp += 1
            c = value % 10
            value /= 10
        }
        base[digitno] = UInt8(truncatingIfNeeded: c) &+ 0x30
        first = digitno
        count = 20 - digitno
        decExponent = decExp + 1
    }

    @inline(__always)
    private mutating func appendDigit<T: BinaryInteger>(_ q: T) {
        base[count] = UInt8(truncatingIfNeeded: q) &+ 0x30
        count += 1
    }

    mutating func dtoa(binExp: Int, fractBits fractBitsIn: Int64, nSignificantBits: Int) {
        var fractBits = fractBitsIn
        let tailZeros = fractBits.trailingZeroBitCount
        let nFractBits = 52 + 1 - tailZeros
        let nTinyBits = max(0, nFractBits - binExp - 1)
        if binExp <= 62 && binExp >= -21 {
            if nTinyBits < FloatingDecimal.long5Pow.count && nFractBits + FloatingDecimal.n5Bits[nTinyBits] < 64 {
                if nTinyBits == 0 {
                    let insignificant = binExp > nSignificantBits
                        ? FloatingDecimal.insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0
                    if binExp >= 52 {
                        fractBits <<= Int64(binExp - 52)
                    } else {
                        fractBits = Int64(bitPattern: UInt64(bitPattern: fractBits) >> UInt64(52 - binExp))
                    }
                    developLongDigits(0, fractBits, insignificant)
                    return
                }
            }
        }
        var decExp = FloatingDecimal.estimateDecExp(fractBits, binExp)
        let B5 = max(0, -decExp)
        var B2 = B5 + nTinyBits + binExp
        let S5 = max(0, decExp)
        var S2 = S5 + nTinyBits
        let M5 = B5
        var M2 = B2 - nSignificantBits

        fractBits = Int64(bitPattern: UInt64(bitPattern: fractBits) >> UInt64(tailZeros))
        B2 -= nFractBits - 1
        let common2 = min(B2, S2)
        B2 -= common2
        S2 -= common2
        M2 -= common2
        if nFractBits == 1 { M2 -= 1 }
        if M2 < 0 {
            B2 -= M2
            S2 -= M2
            M2 = 0
        }

        first = 0
        count = 0
        // The int and long loops keep the buffer and the digit count in locals (not in `self`,
        // which the compiler would store back on every digit).
        let digits = base
        var n = 0
        var low = false
        var high = false
        var lowDigitDifference: Int64 = 0
        let n5 = FloatingDecimal.n5Bits
        let bBits = nFractBits + B2 + (B5 < n5.count ? n5[B5] : B5 * 3)
        let tenSBits = S2 + 1 + (S5 + 1 < n5.count ? n5[S5 + 1] : (S5 + 1) * 3)

        if bBits < 64 && tenSBits < 64 {
            if bBits < 32 && tenSBits < 32 {
                // Java int arithmetic, wrapping as Java wraps.
                let p5 = FloatingDecimal.long5Pow
                var b: Int32 = (Int32(truncatingIfNeeded: fractBits) &* Int32(truncatingIfNeeded: p5[B5])) &<< Int32(B2)
                let s: Int32 = Int32(truncatingIfNeeded: p5[S5]) &<< Int32(S2)
                var m: Int32 = Int32(truncatingIfNeeded: p5[M5]) &<< Int32(M2)
                let tens: Int32 = s &* 10
                var q = b / s
                b = 10 &* (b % s)
                m = m &* 10
                low = b < m
                high = b &+ m > tens
                if q == 0 && !high { decExp -= 1 } else {
                    digits[n] = UInt8(truncatingIfNeeded: q) &+ 0x30
                    n &+= 1
                }
                if Self.compatibleStop(decExp) { high = false; low = false }
                while !low && !high {
                    q = b / s
                    b = 10 &* (b % s)
                    m = m &* 10
                    if m > 0 {
                        low = b < m
                        high = b &+ m > tens
                    } else {
                        low = true
                        high = true
                    }
                    digits[n] = UInt8(truncatingIfNeeded: q) &+ 0x30
                    n &+= 1
                }
                lowDigitDifference = Int64((b &<< 1) &- tens)
            } else {
                let p5 = FloatingDecimal.long5Pow
                var b: Int64 = (fractBits &* p5[B5]) &<< Int64(B2)
                let s: Int64 = p5[S5] &<< Int64(S2)
                var m: Int64 = p5[M5] &<< Int64(M2)
                let tens: Int64 = s &* 10
                var q = b / s
                b = 10 &* (b % s)
                m = m &* 10
                low = b < m
                high = b &+ m > tens
                if q == 0 && !high { decExp -= 1 } else {
                    digits[n] = UInt8(truncatingIfNeeded: q) &+ 0x30
                    n &+= 1
                }
                if Self.compatibleStop(decExp) { high = false; low = false }
                while !low && !high {
                    q = b / s
                    b = 10 &* (b % s)
                    m = m &* 10
                    if m > 0 {
                        low = b < m
                        high = b &+ m > tens
                    } else {
                        low = true
                        high = true
                    }
                    digits[n] = UInt8(truncatingIfNeeded: q) &+ 0x30
                    n &+= 1
                }
                lowDigitDifference = (b &<< 1) &- tens
            }
            count = n
        } else {
            (low, high, lowDigitDifference) = bigDigits(
                fractBits: fractBits, B5: B5, B2: B2, S5: S5, S2: S2, M5: M5, M2: M2, decExp: &decExp)
        }
        decExponent = decExp + 1
        if high {
            if low {
                if lowDigitDifference == 0 {
                    if base[count - 1] & 1 != 0 { roundup() }
                } else if lowDigitDifference > 0 {
                    roundup()
                }
            } else {
                roundup()
            }
        }
    }

    /// Java's `isCompatibleFormat` check: outside plain notation's range the first digit never
    /// stops the generation (so `E` notation always has a digit after the point).
    @inline(__always)
    private static func compatibleStop(_ decExp: Int) -> Bool { decExp < -3 || decExp >= 8 }

    /// The digit loop with big integers (FDBigInteger). Java normalizes S by a power of two
    /// first; scaling every quantity alike changes no comparison or quotient, so it is skipped.
    /// Returns (low, high, lowDigitDifference).
    private mutating func bigDigits(
        fractBits: Int64, B5: Int, B2: Int, S5: Int, S2: Int, M5: Int, M2: Int, decExp: inout Int
    ) -> (Bool, Bool, Int64) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 5 * BigNumber.capacity) { storage in
            let limbs = storage.baseAddress.unsafelyUnwrapped
            var sVal = BigNumber(limbs)
            var bVal = BigNumber(limbs + BigNumber.capacity)
            var mVal = BigNumber(limbs + 2 * BigNumber.capacity)
            var tenSVal = BigNumber(limbs + 3 * BigNumber.capacity)
            var sum = BigNumber(limbs + 4 * BigNumber.capacity)
            sVal.setPow52(1, S5, S2)
            bVal.setPow52(UInt64(fractBits), B5, B2)
            mVal.setPow52(1, M5 + 1, M2 + 1)
            tenSVal.setPow52(1, S5 + 1, S2 + 1)
            var low = false
            var high = false
            var q = bVal.quoRemIteration(sVal)
            low = bVal < mVal
            high = tenSVal.compareToSum(bVal, mVal, scratch: &sum) <= 0
            if q == 0 && !high { decExp -= 1 } else { appendDigit(q) }
            if Self.compatibleStop(decExp) { high = false; low = false }
            while !low && !high {
                q = bVal.quoRemIteration(sVal)
                mVal.multiply(by: 10)
                low = bVal < mVal
                high = tenSVal.compareToSum(bVal, mVal, scratch: &sum) <= 0
                appendDigit(q)
            }
            var lowDigitDifference: Int64 = 0
            if high && low {
                bVal.shiftLeft(1)
                lowDigitDifference = Int64(bVal.compare(tenSVal))
            }
            return (low, high, lowDigitDifference)
        }
    }

    /// BinaryToASCIIBuffer.roundup: the last digit plus one, carrying through nines; when every
    /// digit is a nine, the first becomes `1`, the exponent grows, and the count of digits stays
    /// (Java then prints the zeros that follow).
    private mutating func roundup() {
        var i = first + count - 1
        var q = base[i]
        if q == UInt8(ascii: "9") {
            while q == UInt8(ascii: "9") && i > first {
                base[i] = UInt8(ascii: "0")
                i -= 1
                q = base[i]
            }
            if q == UInt8(ascii: "9") {
                decExponent += 1
                base[first] = UInt8(ascii: "1")
                return
            }
        }
        base[i] = q + 1
    }

    /// BinaryToASCIIBuffer.getChars, writing into `out` (which lies wholly before `base`, with
    /// room to spare for whole-word copies).
    func javaFormat(negative: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if negative {
            out[0] = UInt8(ascii: "-")
            n = 1
        }
        let digits = UnsafePointer(base + first)
        let nDigits = count
        let zero = UInt8(ascii: "0")
        if decExponent > 0 && decExponent < 8 {
            let charLength = min(nDigits, decExponent)
            copyWords(digits, out + n, charLength)
            n += charLength
            if charLength < decExponent {
                // At most six zeros.
                UnsafeMutableRawPointer(out + n).storeBytes(of: asciiZeros, as: UInt64.self)
                n += decExponent - charLength
                out[n] = UInt8(ascii: ".")
                out[n + 1] = zero
                n += 2
            } else {
                out[n] = UInt8(ascii: ".")
                n += 1
                if charLength < nDigits {
                    copyWords(digits + charLength, out + n, nDigits - charLength)
                    n += nDigits - charLength
                } else {
                    out[n] = zero
                    n += 1
                }
            }
        } else if decExponent <= 0 && decExponent > -3 {
            // "0." and at most two zeros.
            UnsafeMutableRawPointer(out + n).storeBytes(of: asciiZeros, as: UInt64.self)
            out[n + 1] = UInt8(ascii: ".")
            n += 2 - decExponent
            copyWords(digits, out + n, nDigits)
            n += nDigits
        } else {
            out[n] = digits[0]
            out[n + 1] = UInt8(ascii: ".")
            n += 2
            if nDigits > 1 {
                copyWords(digits + 1, out + n, nDigits - 1)
                n += nDigits - 1
            } else {
                out[n] = zero
                n += 1
            }
            out[n] = UInt8(ascii: "E")
            n += 1
            var e: Int
            if decExponent <= 0 {
                out[n] = UInt8(ascii: "-")
                n += 1
                e = -decExponent + 1
            } else {
                e = decExponent - 1
            }
            // The exponent has one, two or three digits.
            if e <= 9 {
                out[n] = UInt8(truncatingIfNeeded: e) &+ zero
                n += 1
            } else if e <= 99 {
                out[n] = UInt8(truncatingIfNeeded: e / 10) &+ zero
                out[n + 1] = UInt8(truncatingIfNeeded: e % 10) &+ zero
                n += 2
            } else {
                out[n] = UInt8(truncatingIfNeeded: e / 100) &+ zero
                e %= 100
                out[n + 1] = UInt8(truncatingIfNeeded: e / 10) &+ zero
                out[n + 2] = UInt8(truncatingIfNeeded: e % 10) &+ zero
                n += 3
            }
        }
        return n
    }
}

/// An unsigned big integer in caller-provided memory (little-endian 64-bit limbs, no leading
/// zero limb), enough for FloatingDecimal: its quantities stay below 5^325 · 2^80 or so (the
/// largest seen over tens of millions of doubles, subnormals and extremes included, took 13
/// limbs), so ``capacity`` leaves ample room.
private struct BigNumber {
    static let capacity = 24

    let limbs: UnsafeMutablePointer<UInt64>
    var count = 0

    init(_ limbs: UnsafeMutablePointer<UInt64>) {
        self.limbs = limbs
    }

    /// self = value · 5^p5 · 2^p2.
    mutating func setPow52(_ value: UInt64, _ p5: Int, _ p2: Int) {
        limbs[0] = value
        count = value == 0 ? 0 : 1
        var remaining = p5
        while remaining >= 27 {
            multiply(by: 7_450_580_596_923_828_125)  // 5^27
            remaining -= 27
        }
        if remaining > 0 { multiply(by: UInt64(FloatingDecimal.long5Pow[remaining])) }
        shiftLeft(p2)
    }

    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in 0..<count {
            let (high, low) = limbs[i].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            limbs[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 {
            limbs[count] = carry
            count += 1
        }
    }

    mutating func shiftLeft(_ bits: Int) {
        guard bits > 0, count > 0 else { return }
        let words = bits >> 6
        let shift = UInt64(bits & 63)
        if shift != 0 {
            let top = limbs[count - 1] >> (64 - shift)
            var i = count - 1
            while i > 0 {
                limbs[i + words] = limbs[i] << shift | limbs[i - 1] >> (64 - shift)
                i -= 1
            }
            limbs[words] = limbs[0] << shift
            if top != 0 {
                limbs[count + words] = top
                count += 1
            }
        } else if words > 0 {
            var i = count - 1
            while i >= 0 {
                limbs[i + words] = limbs[i]
                i -= 1
            }
        }
        for i in 0..<words { limbs[i] = 0 }
        count += words
    }

    func compare(_ other: BigNumber) -> Int {
        if count != other.count { return count < other.count ? -1 : 1 }
        var i = count - 1
        while i >= 0 {
            if limbs[i] != other.limbs[i] { return limbs[i] < other.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func < (lhs: BigNumber, rhs: BigNumber) -> Bool { lhs.compare(rhs) < 0 }

    /// Compares self with a + b (computed in `scratch`).
    func compareToSum(_ a: BigNumber, _ b: BigNumber, scratch sum: inout BigNumber) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let (partial, overflow1) = long.limbs[i].addingReportingOverflow(i < short.count ? short.limbs[i] : 0)
            let (total, overflow2) = partial.addingReportingOverflow(carry)
            sum.limbs[i] = total
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        sum.count = long.count
        if carry != 0 {
            sum.limbs[long.count] = carry
            sum.count += 1
        }
        return compare(sum)
    }

    /// self -= other (other ≤ self).
    mutating func subtract(_ other: BigNumber) {
        var borrow: UInt64 = 0
        for i in 0..<count {
            let (partial, overflow1) = limbs[i].subtractingReportingOverflow(i < other.count ? other.limbs[i] : 0)
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            limbs[i] = difference
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        while count > 0 && limbs[count - 1] == 0 { count -= 1 }
    }

    /// The value's top two limbs as a double, and the power of two (a multiple of 64) that scales
    /// them to the value; nearly 64 significant bits are kept, so the error is about 2^-52.
    private func approximation() -> (Double, Int) {
        if count == 1 { return (Double(limbs[0]), 0) }
        let top = Double(limbs[count - 1]) * 0x1p64 + Double(limbs[count - 2])
        return (top, 64 * (count - 2))
    }

    /// self -= q · s (q · s ≤ self, q small).
    private mutating func subtract(_ s: BigNumber, times q: UInt64) {
        var carry: UInt64 = 0
        var borrow: UInt64 = 0
        for i in 0..<count {
            var product: UInt64 = 0
            if i < s.count {
                let (high, low) = s.limbs[i].multipliedFullWidth(by: q)
                let (sum, overflow) = low.addingReportingOverflow(carry)
                product = sum
                carry = high &+ (overflow ? 1 : 0)
            } else {
                product = carry
                carry = 0
            }
            let (partial, overflow1) = limbs[i].subtractingReportingOverflow(product)
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            limbs[i] = difference
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        while count > 0 && limbs[count - 1] == 0 { count -= 1 }
    }

    /// q = self / s (a single decimal digit); self = (self % s) · 10.
    ///
    /// The quotient is estimated from the leading limbs in floating point (off by at most one
    /// either way), one less than the estimate is taken off in one multiply-and-subtract pass,
    /// and the rest (at most two more) by plain subtraction: the exact quotient and remainder,
    /// as Java's estimate-and-correct `quoRemIteration` gives them, in two or three passes over
    /// the limbs instead of one per unit of the digit.
    mutating func quoRemIteration(_ s: BigNumber) -> Int {
        var q = 0
        if count >= s.count && s.count > 0 {
            let (b, bScale) = approximation()
            let (d, dScale) = s.approximation()
            let estimate = (b / d) * (bScale == dScale ? 1 : 0x1p64)
            if estimate >= 2 && estimate < 64 {
                let taken = Int(estimate) - 1
                subtract(s, times: UInt64(taken))
                q = taken
            }
        }
        while compare(s) >= 0 {
            subtract(s)
            q += 1
        }
        multiply(by: 10)
        return q
    }
}
