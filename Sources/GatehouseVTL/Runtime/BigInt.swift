/// A small arbitrary-precision integer: `java.math.BigInteger` for the arithmetic Velocity
/// promotes to when a `long` overflows.
struct BigInt: Comparable, Hashable, CustomStringConvertible, Sendable {
    /// Sign and magnitude; the magnitude is little-endian 32-bit limbs without leading zeros.
    var negative: Bool
    var limbs: [UInt32]

    static let zero = BigInt(negative: false, limbs: [])

    init(negative: Bool, limbs: [UInt32]) {
        var limbs = limbs
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        self.negative = limbs.isEmpty ? false : negative
        self.limbs = limbs
    }

    init(_ value: Int64) {
        let magnitude = value.magnitude
        self.init(negative: value < 0, limbs: [UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32)])
    }

    init?(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        } else if digits.first == "+" {
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var result = BigInt.zero
        for character in digits {
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            result = result.multipliedSmall(10).addedSmall(UInt32(digit))
        }
        result.negative = negative && !result.limbs.isEmpty
        self = result
    }

    var isZero: Bool { limbs.isEmpty }

    /// The value as an `Int64` when it fits.
    var int64: Int64? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for (i, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(i)) }
        if negative {
            if magnitude <= UInt64(Int64.max) + 1 { return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude) }
            return nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Java `longValue()`: the low 64 bits, two's complement.
    var truncatedInt64: Int64 {
        var magnitude: UInt64 = 0
        for (i, limb) in limbs.prefix(2).enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(i)) }
        let value = Int64(bitPattern: magnitude)
        return negative ? 0 &- value : value
    }

    var doubleValue: Double {
        var result = 0.0
        for limb in limbs.reversed() { result = result * 4294967296.0 + Double(limb) }
        return negative ? -result : result
    }

    var description: String {
        guard !limbs.isEmpty else { return "0" }
        var parts: [UInt32] = []
        var current = self
        current.negative = false
        while !current.limbs.isEmpty {
            let (quotient, remainder) = current.dividedSmall(1_000_000_000)
            parts.append(remainder)
            current = quotient
        }
        var text = negative ? "-" : ""
        text += String(parts.last!)
        for part in parts.dropLast().reversed() {
            let digits = String(part)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    // MARK: Magnitude helpers

    private func multipliedSmall(_ factor: UInt32) -> BigInt {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry: UInt64 = 0
        for limb in limbs {
            let product = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(truncatingIfNeeded: product))
            carry = product >> 32
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return BigInt(negative: negative, limbs: result)
    }

    private func addedSmall(_ value: UInt32) -> BigInt {
        var result = limbs
        var carry = UInt64(value)
        var i = 0
        while carry > 0 {
            if i == result.count { result.append(0) }
            let sum = UInt64(result[i]) + carry
            result[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
            i += 1
        }
        return BigInt(negative: negative, limbs: result)
    }

    private func dividedSmall(_ divisor: UInt32) -> (BigInt, UInt32) {
        var result = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
            let current = (remainder << 32) | UInt64(limbs[i])
            result[i] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        return (BigInt(negative: negative, limbs: result), UInt32(remainder))
    }

    private static func compareMagnitude(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    private static func addMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let sum = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return result
    }

    /// a - b for |a| >= |b|.
    private static func subtractMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(a.count)
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var difference = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            result.append(UInt32(difference))
        }
        return result
    }

    private static func multiplyMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var result = [UInt32](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            for j in 0..<b.count {
                let current = UInt64(a[i]) * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: current)
                carry = current >> 32
            }
            result[i + b.count] = UInt32(carry)
        }
        return result
    }

    /// Long division of magnitudes, bit by bit (the values here are small).
    private static func divideMagnitude(_ a: [UInt32], _ b: [UInt32]) -> ([UInt32], [UInt32]) {
        if compareMagnitude(a, b) < 0 { return ([], a) }
        var quotient = [UInt32](repeating: 0, count: a.count)
        var remainder: [UInt32] = []
        for i in stride(from: a.count * 32 - 1, through: 0, by: -1) {
            // remainder = remainder << 1 | bit
            var carry: UInt32 = (a[i / 32] >> UInt32(i % 32)) & 1
            for k in 0..<remainder.count {
                let next = remainder[k] >> 31
                remainder[k] = (remainder[k] << 1) | carry
                carry = next
            }
            if carry > 0 { remainder.append(carry) }
            if compareMagnitude(remainder, b) >= 0 {
                remainder = subtractMagnitude(remainder, b)
                while let last = remainder.last, last == 0 { remainder.removeLast() }
                quotient[i / 32] |= 1 << UInt32(i % 32)
            }
        }
        return (quotient, remainder)
    }

    // MARK: Arithmetic (Java BigInteger semantics)

    static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
        if lhs.negative == rhs.negative {
            return BigInt(negative: lhs.negative, limbs: addMagnitude(lhs.limbs, rhs.limbs))
        }
        if compareMagnitude(lhs.limbs, rhs.limbs) >= 0 {
            return BigInt(negative: lhs.negative, limbs: subtractMagnitude(lhs.limbs, rhs.limbs))
        }
        return BigInt(negative: rhs.negative, limbs: subtractMagnitude(rhs.limbs, lhs.limbs))
    }

    static prefix func - (value: BigInt) -> BigInt {
        BigInt(negative: !value.negative, limbs: value.limbs)
    }

    static func - (lhs: BigInt, rhs: BigInt) -> BigInt { lhs + (-rhs) }

    static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
        BigInt(negative: lhs.negative != rhs.negative, limbs: multiplyMagnitude(lhs.limbs, rhs.limbs))
    }

    /// `divide` (truncating) and `remainder`; nil when dividing by zero.
    func quotientAndRemainder(dividingBy divisor: BigInt) -> (BigInt, BigInt)? {
        guard !divisor.isZero else { return nil }
        let (q, r) = Self.divideMagnitude(limbs, divisor.limbs)
        return (BigInt(negative: negative != divisor.negative, limbs: q), BigInt(negative: negative, limbs: r))
    }

    /// `BigInteger.mod`: a non-negative result; nil when the modulus is not positive.
    func modulo(_ modulus: BigInt) -> BigInt? {
        guard !modulus.isZero, !modulus.negative, let (_, r) = quotientAndRemainder(dividingBy: modulus) else { return nil }
        return r.negative ? r + modulus : r
    }

    static func < (lhs: BigInt, rhs: BigInt) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        let c = compareMagnitude(lhs.limbs, rhs.limbs)
        return lhs.negative ? c > 0 : c < 0
    }
}
