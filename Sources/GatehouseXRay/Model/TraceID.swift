/// An X-Ray trace id, `1-58406520-a006649127e371903a2de979`: version 1, the epoch second the
/// trace started (8 hex digits) and 96 random bits (24 hex digits).
public struct TraceID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970 when the trace started.
    public var epoch: UInt32
    /// The high 32 of the 96 random bits.
    public var high: UInt32
    /// The low 64 of the 96 random bits.
    public var low: UInt64

    public init(epoch: UInt32, high: UInt32, low: UInt64) {
        self.epoch = epoch
        self.high = high
        self.low = low
    }

    /// Parses `1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx` (hex digits in either case); nil otherwise.
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 35, utf8[0] == UInt8(ascii: "1"), utf8[1] == UInt8(ascii: "-"), utf8[10] == UInt8(ascii: "-"),
            let epoch = parseHex(utf8[2..<10]), let high = parseHex(utf8[11..<19]), let low = parseHex(utf8[19..<35])
        else { return nil }
        self.epoch = UInt32(epoch)
        self.high = UInt32(high)
        self.low = low
    }

    public var description: String {
        "1-" + hex(UInt64(epoch), digits: 8) + "-" + hex(UInt64(high), digits: 8) + hex(low, digits: 16)
    }

    public static func < (lhs: TraceID, rhs: TraceID) -> Bool {
        (lhs.epoch, lhs.high, lhs.low) < (rhs.epoch, rhs.high, rhs.low)
    }
}

/// A 64-bit segment or subsegment id, written as 16 hex digits.
public struct SegmentID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var value: UInt64

    public init(_ value: UInt64) {
        self.value = value
    }

    /// Parses exactly 16 hex digits; nil otherwise.
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 16, let value = parseHex(utf8[...]) else { return nil }
        self.value = value
    }

    public var description: String { hex(value, digits: 16) }

    public static func < (lhs: SegmentID, rhs: SegmentID) -> Bool { lhs.value < rhs.value }
}

func parseHex(_ bytes: ArraySlice<UInt8>) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
    var value: UInt64 = 0
    for byte in bytes {
        let digit: UInt64
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
        value = value << 4 | digit
    }
    return value
}

private let hexDigits = Array("0123456789abcdef".utf8)

func hex(_ value: UInt64, digits: Int) -> String {
    var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: digits)
    var rest = value
    var index = digits - 1
    while index >= 0 {
        bytes[index] = hexDigits[Int(rest & 0xF)]
        rest >>= 4
        index -= 1
    }
    return String(decoding: bytes, as: UTF8.self)
}
