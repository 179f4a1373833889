// The straightforward port of Java 17's `FloatingDecimal` (`Double.toString`/`Float.toString`)
// that `Sources/GatehouseJSON/JavaFloatingDecimal.swift` was first written as: digits in arrays,
// big integers on the heap, text built as an array. It was checked against Java's own output and
// is kept here, unoptimised, as the reference the allocation-free version must agree with byte for
// byte (see `FloatingDecimalReferenceTests`).

enum ReferenceFloatingDecimal {
    /// `Double.toString(d)` as Java 17 prints it.
    static func string(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let bits = d.bitPattern
        let negative = bits >> 63 != 0
        var fractBits = Int64(bitPattern: bits & 0x000F_FFFF_FFFF_FFFF)
        var binExp = Int((bits >> 52) & 0x7FF)
        let nSignificantBits: Int
        if binExp == 0 {
            if fractBits == 0 { return negative ? "-0.0" : "0.0" }
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
        var buffer = DigitBuffer()
        buffer.dtoa(binExp: binExp, fractBits: fractBits, nSignificantBits: nSignificantBits)
        return buffer.javaFormat(negative: negative)
    }

    /// `Float.toString(f)` as Java 17 prints it.
    static func string(_ f: Float) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
        let bits = f.bitPattern
        let negative = bits >> 31 != 0
        var fractBits = Int32(bitPattern: bits & 0x007F_FFFF)
        var binExp = Int((bits >> 23) & 0xFF)
        let nSignificantBits: Int
        if binExp == 0 {
            if fractBits == 0 { return negative ? "-0.0" : "0.0" }
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
        var buffer = DigitBuffer()
        buffer.dtoa(binExp: binExp, fractBits: Int64(fractBits) << (52 - 23), nSignificantBits: nSignificantBits)
        return buffer.javaFormat(negative: negative)
    }

    // 5^n for n < 27 (all fit in a Java long).
    static let long5Pow: [Int64] = {
        var table: [Int64] = [1]
        for _ in 1..<27 { table.append(table.last! * 5) }
        return table
    }()

    // Approximately ceil(log2(5^n)).
    static let n5Bits: [Int] = [0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61]

    static let insignificantDigitsNumber: [Int] = [
        0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7,
        8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14,
        15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19,
    ]

    static func insignificantDigitsForPow2(_ p2: Int) -> Int {
        if p2 > 1 && p2 < insignificantDigitsNumber.count { return insignificantDigitsNumber[p2] }
        return 0
    }

    /// ReferenceFloatingDecimal.estimateDecExp: floor(log10(d)) estimated from the bits.
    static func estimateDecExp(_ fractBits: Int64, _ binExp: Int) -> Int {
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

/// ReferenceFloatingDecimal.BinaryToASCIIBuffer: the digits and decimal exponent of one value.
private struct DigitBuffer {
    var digits: [UInt8] = []
    var decExponent = 0

    mutating func developLongDigits(_ decExponentIn: Int, _ lvalueIn: Int64, _ insignificantDigits: Int) {
        var lvalue = lvalueIn
        var decExp = decExponentIn
        if insignificantDigits != 0 {
            let pow10 = ReferenceFloatingDecimal.long5Pow[insignificantDigits] << Int64(insignificantDigits)
            let residue = lvalue % pow10
            lvalue /= pow10
            decExp += insignificantDigits
            if residue >= (pow10 >> 1) { lvalue += 1 }
        }
        // Digits from the right; trailing zeros are dropped (each one raises the exponent).
        var reversed: [UInt8] = []
        var c = Int(lvalue % 10)
        lvalue /= 10
        while c == 0 {
            decExp += 1
            c = Int(lvalue % 10)
            lvalue /= 10
        }
        while lvalue != 0 {
            reversed.append(UInt8(c) + 0x30)
            decExp += 1
            c = Int(lvalue % 10)
            lvalue /= 10
        }
        reversed.append(UInt8(c) + 0x30)
        digits = reversed.reversed()
        decExponent = decExp + 1
    }

    mutating func dtoa(binExp: Int, fractBits fractBitsIn: Int64, nSignificantBits: Int) {
        var fractBits = fractBitsIn
        let tailZeros = fractBits.trailingZeroBitCount
        let nFractBits = 52 + 1 - tailZeros
        let nTinyBits = max(0, nFractBits - binExp - 1)
        if binExp <= 62 && binExp >= -21 {
            if nTinyBits < ReferenceFloatingDecimal.long5Pow.count && nFractBits + ReferenceFloatingDecimal.n5Bits[nTinyBits] < 64 {
                if nTinyBits == 0 {
                    let insignificant = binExp > nSignificantBits
                        ? ReferenceFloatingDecimal.insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0
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
        var decExp = ReferenceFloatingDecimal.estimateDecExp(fractBits, binExp)
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

        var out: [UInt8] = []
        out.reserveCapacity(20)
        var low = false
        var high = false
        var lowDigitDifference: Int64 = 0
        let n5 = ReferenceFloatingDecimal.n5Bits
        let bBits = nFractBits + B2 + (B5 < n5.count ? n5[B5] : B5 * 3)
        let tenSBits = S2 + 1 + (S5 + 1 < n5.count ? n5[S5 + 1] : (S5 + 1) * 3)
        let compatibleStop = { (decExp: Int) -> Bool in decExp < -3 || decExp >= 8 }

        if bBits < 64 && tenSBits < 64 {
            if bBits < 32 && tenSBits < 32 {
                // Java int arithmetic, wrapping as Java wraps.
                let p5 = ReferenceFloatingDecimal.long5Pow
                var b: Int32 = (Int32(truncatingIfNeeded: fractBits) &* Int32(truncatingIfNeeded: p5[B5])) &<< Int32(B2)
                let s: Int32 = Int32(truncatingIfNeeded: p5[S5]) &<< Int32(S2)
                var m: Int32 = Int32(truncatingIfNeeded: p5[M5]) &<< Int32(M2)
                let tens: Int32 = s &* 10
                var q = b / s
                b = 10 &* (b % s)
                m = m &* 10
                low = b < m
                high = b &+ m > tens
                if q == 0 && !high { decExp -= 1 } else { out.append(UInt8(q) + 0x30) }
                if compatibleStop(decExp) { high = false; low = false }
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
                    out.append(UInt8(truncatingIfNeeded: q) &+ 0x30)
                }
                lowDigitDifference = Int64((b &<< 1) &- tens)
            } else {
                let p5 = ReferenceFloatingDecimal.long5Pow
                var b: Int64 = (fractBits &* p5[B5]) &<< Int64(B2)
                let s: Int64 = p5[S5] &<< Int64(S2)
                var m: Int64 = p5[M5] &<< Int64(M2)
                let tens: Int64 = s &* 10
                var q = b / s
                b = 10 &* (b % s)
                m = m &* 10
                low = b < m
                high = b &+ m > tens
                if q == 0 && !high { decExp -= 1 } else { out.append(UInt8(truncatingIfNeeded: q) &+ 0x30) }
                if compatibleStop(decExp) { high = false; low = false }
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
                    out.append(UInt8(truncatingIfNeeded: q) &+ 0x30)
                }
                lowDigitDifference = (b &<< 1) &- tens
            }
        } else {
            // Big-integer arithmetic (FDBigInteger). Java normalizes S by a power of two first;
            // scaling every quantity alike changes no comparison or quotient, so it is skipped.
            let sVal = BigUInt.pow52(S5, S2)
            var bVal = BigUInt.pow52(S5: B5, p2: B2, times: UInt64(fractBits))
            var mVal = BigUInt.pow52(M5 + 1, M2 + 1)
            let tenSVal = BigUInt.pow52(S5 + 1, S2 + 1)
            var q = bVal.quoRemIteration(sVal)
            low = bVal < mVal
            high = tenSVal.compareToSum(bVal, mVal) <= 0
            if q == 0 && !high { decExp -= 1 } else { out.append(UInt8(q) + 0x30) }
            if compatibleStop(decExp) { high = false; low = false }
            while !low && !high {
                q = bVal.quoRemIteration(sVal)
                mVal.multiply(by: 10)
                low = bVal < mVal
                high = tenSVal.compareToSum(bVal, mVal) <= 0
                out.append(UInt8(truncatingIfNeeded: q) &+ 0x30)
            }
            if high && low {
                bVal.shiftLeft(1)
                lowDigitDifference = Int64(bVal.compare(tenSVal))
            } else {
                lowDigitDifference = 0
            }
        }
        digits = out
        decExponent = decExp + 1
        if high {
            if low {
                if lowDigitDifference == 0 {
                    if digits[digits.count - 1] & 1 != 0 { roundup() }
                } else if lowDigitDifference > 0 {
                    roundup()
                }
            } else {
                roundup()
            }
        }
    }

    private mutating func roundup() {
        var i = digits.count - 1
        var q = digits[i]
        if q == UInt8(ascii: "9") {
            while q == UInt8(ascii: "9") && i > 0 {
                digits[i] = UInt8(ascii: "0")
                i -= 1
                q = digits[i]
            }
            if q == UInt8(ascii: "9") {
                decExponent += 1
                digits[0] = UInt8(ascii: "1")
                return
            }
        }
        digits[i] = q + 1
    }

    /// BinaryToASCIIBuffer.getChars.
    func javaFormat(negative: Bool) -> String {
        var r: [UInt8] = []
        r.reserveCapacity(26)
        if negative { r.append(UInt8(ascii: "-")) }
        let nDigits = digits.count
        let zero = UInt8(ascii: "0")
        if decExponent > 0 && decExponent < 8 {
            let charLength = min(nDigits, decExponent)
            r += digits[0..<charLength]
            if charLength < decExponent {
                r += repeatElement(zero, count: decExponent - charLength)
                r += [UInt8(ascii: "."), zero]
            } else {
                r.append(UInt8(ascii: "."))
                if charLength < nDigits {
                    r += digits[charLength...]
                } else {
                    r.append(zero)
                }
            }
        } else if decExponent <= 0 && decExponent > -3 {
            r += [zero, UInt8(ascii: ".")]
            if decExponent != 0 { r += repeatElement(zero, count: -decExponent) }
            r += digits
        } else {
            r.append(digits[0])
            r.append(UInt8(ascii: "."))
            if nDigits > 1 {
                r += digits[1...]
            } else {
                r.append(zero)
            }
            r.append(UInt8(ascii: "E"))
            let e: Int
            if decExponent <= 0 {
                r.append(UInt8(ascii: "-"))
                e = -decExponent + 1
            } else {
                e = decExponent - 1
            }
            r += Array(String(e).utf8)
        }
        return String(decoding: r, as: UTF8.self)
    }
}

/// A small unsigned big integer (little-endian 32-bit limbs), enough for ReferenceFloatingDecimal.
private struct BigUInt: Comparable {
    var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    /// 5^p5 · 2^p2.
    static func pow52(_ p5: Int, _ p2: Int) -> BigUInt { pow52(S5: p5, p2: p2, times: 1) }

    /// value · 5^p5 · 2^p2.
    static func pow52(S5 p5: Int, p2: Int, times value: UInt64) -> BigUInt {
        var result = BigUInt(value)
        var remaining = p5
        while remaining >= 13 {
            result.multiply(by: 1_220_703_125)  // 5^13
            remaining -= 13
        }
        if remaining > 0 {
            var small: UInt32 = 1
            for _ in 0..<remaining { small *= 5 }
            result.multiply(by: small)
        }
        result.shiftLeft(p2)
        return result
    }

    mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func shiftLeft(_ bits: Int) {
        guard bits > 0, !limbs.isEmpty else { return }
        let words = bits / 32
        let shift = bits % 32
        if shift != 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let v = limbs[i]
                limbs[i] = (v << UInt32(shift)) | carry
                carry = v >> UInt32(32 - shift)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if words > 0 { limbs.insert(contentsOf: repeatElement(0, count: words), at: 0) }
    }

    func compare(_ other: BigUInt) -> Int {
        if limbs.count != other.limbs.count { return limbs.count < other.limbs.count ? -1 : 1 }
        var i = limbs.count - 1
        while i >= 0 {
            if limbs[i] != other.limbs[i] { return limbs[i] < other.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func < (lhs: BigUInt, rhs: BigUInt) -> Bool { lhs.compare(rhs) < 0 }

    /// Compares self with a + b.
    func compareToSum(_ a: BigUInt, _ b: BigUInt) -> Int {
        var sum = a
        sum.add(b)
        return compare(sum)
    }

    mutating func add(_ other: BigUInt) {
        if limbs.count < other.limbs.count { limbs += repeatElement(0, count: other.limbs.count - limbs.count) }
        var carry: UInt64 = 0
        for i in limbs.indices {
            let sum = UInt64(limbs[i]) + (i < other.limbs.count ? UInt64(other.limbs[i]) : 0) + carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func subtract(_ other: BigUInt) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var diff = Int64(limbs[i]) - (i < other.limbs.count ? Int64(other.limbs[i]) : 0) - borrow
            if diff < 0 {
                diff += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            limbs[i] = UInt32(diff)
        }
        trim()
    }

    /// q = self / s (a single decimal digit); self = (self % s) · 10.
    mutating func quoRemIteration(_ s: BigUInt) -> Int {
        var q = 0
        while compare(s) >= 0 {
            subtract(s)
            q += 1
        }
        multiply(by: 10)
        trim()
        return q
    }
}
