import Foundation
import Gatehouse
import GatehouseXRay
import Synchronization

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

/// Random-looking version-4 request ids (`$context.requestId`), the shape API Gateway gives:
/// `8-4-4-4-12` lower-case hex with the version nibble `4` and the RFC 4122 variant.
///
/// The kernel's generator is read once, for two seeds; after that an id costs one atomic add and
/// two SplitMix64 finalizers (no system call, no lock). Each id takes its own counter value and
/// the finalizer is a bijection of it, so the ids of one generator do not repeat for 2^64
/// requests. Not for secrets: the ids are as predictable as API Gateway's need not be unpredictable.
public struct FastRandomRequestIDs: RequestIDGenerator {
    final class State: Sendable {
        let counter: Atomic<UInt64>
        let highSeed: UInt64
        let lowSeed: UInt64

        init(seed: UInt64, highSeed: UInt64, lowSeed: UInt64) {
            counter = Atomic(seed)
            self.highSeed = highSeed
            self.lowSeed = lowSeed
        }
    }

    let state: State

    public init() {
        var generator = SystemRandomNumberGenerator()
        self.init(seed: generator.next(), highSeed: generator.next(), lowSeed: generator.next())
    }

    /// A generator whose sequence is fixed by the seeds (tests).
    public init(seed: UInt64, highSeed: UInt64, lowSeed: UInt64) {
        state = State(seed: seed, highSeed: highSeed, lowSeed: lowSeed)
    }

    /// SplitMix64's output function: a bijection on 64-bit words that mixes every input bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
        0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66
    )

    public func next() -> String {
        let step = state.counter.wrappingAdd(0x9E37_79B9_7F4A_7C15, ordering: .relaxed).newValue
        var high = Self.mix(step ^ state.highSeed)
        var low = Self.mix(step &+ state.lowSeed)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000  // version 4
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 4122 variant
        return Self.format(high: high, low: low)
    }

    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` from two words, most significant nibble first.
    static func format(high: UInt64, low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            withUnsafeBytes(of: digits) { digits in
                var position = 0
                // 8-4-4 from the high word, 4-12 from the low word: a dash before nibbles 8, 12
                // and 16 of the 32.
                for nibble in 0..<32 {
                    if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    let word = nibble < 16 ? high : low
                    let shift = UInt64((15 - (nibble & 15)) * 4)
                    buffer[position] = digits[Int((word >> shift) & 0xF)]
                    position += 1
                }
                return position
            }
        }
    }
}
