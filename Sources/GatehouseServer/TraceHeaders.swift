import Foundation
import Gatehouse
import GatehouseXRay

/// Makes the `X-Amzn-Trace-Id` API Gateway passes to the integration and returns on proxy
/// responses, for `GatewayEnvironment.traceHeader`.
///
/// - An incoming header with a `Root` keeps it (and its `Parent`, sampling decision and other
///   fields); a `Root` without a `Parent` gets a new `Parent`, as recorded from AWS.
/// - Without one, a new trace starts: `Root=1-<epoch hex>-<24 hex>;Sampled=0` (stage tracing is
///   off unless the X-Ray daemon runs).
public struct TraceHeaderMaker: Sendable {
    /// Seconds since 1970 (the trace id's first part).
    public var now: @Sendable () -> Date
    /// 64 random bits at a time.
    public var random: @Sendable () -> UInt64
    /// The decision written on new traces.
    public var sampled: TraceHeader.SamplingDecision

    public init(
        now: @escaping @Sendable () -> Date = { Date() }, random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) },
        sampled: TraceHeader.SamplingDecision = .notSampled
    ) {
        self.now = now
        self.random = random
        self.sampled = sampled
    }

    public func header(requestID: String, incoming: String?) -> String {
        if let incoming, var header = TraceHeader(parsing: incoming), header.root != nil {
            if header.parent == nil { header.parent = SegmentID(random()) }
            return header.description
        }
        let root = TraceID(epoch: UInt32(truncatingIfNeeded: Int64(now().timeIntervalSince1970)), high: UInt32(truncatingIfNeeded: random()), low: random())
        return TraceHeader(root: root, sampled: sampled).description
    }

    /// For `GatewayEnvironment(traceHeader:)`.
    public var closure: @Sendable (_ requestID: String, _ incoming: String?) -> String {
        let maker = self
        return { maker.header(requestID: $0, incoming: $1) }
    }
}

/// Random version-4 request ids (`$context.requestId`) written straight from two random words:
/// the same shape as `RandomRequestIDs` without Foundation's `UUID().uuidString.lowercased()`,
/// which showed in the serve profile.
public struct FastRandomRequestIDs: RequestIDGenerator {
    public init() {}

    static let digits = Array("0123456789abcdef".utf8)

    public func next() -> String {
        var high = UInt64.random(in: .min ... .max)
        var low = UInt64.random(in: .min ... .max)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000  // version 4
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 4122 variant
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            func put(_ word: UInt64, nibbles: Int, dashesAfter: Set<Int>) {
                for nibble in 0..<nibbles {
                    let shift = UInt64((nibbles - 1 - nibble) * 4)
                    buffer[position] = Self.digits[Int((word >> shift) & 0xF)]
                    position += 1
                    if dashesAfter.contains(nibble) {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                }
            }
            // 8-4-4 from the high word, 4-12 from the low word.
            put(high, nibbles: 16, dashesAfter: [7, 11, 15])
            put(low, nibbles: 16, dashesAfter: [3])
            return position
        }
    }
}
