import Foundation
import Synchronization

/// Where segments get their times: seconds since 1970, fractional (X-Ray's unit).
public protocol TraceClock: Sendable {
    func now() -> Double
}

/// The wall clock.
public struct SystemTraceClock: TraceClock {
    public init() {}
    public func now() -> Double { Date().timeIntervalSince1970 }
}

/// A clock that only moves when told to, for deterministic tests and golden files.
public final class ManualTraceClock: TraceClock {
    private let time: Mutex<Double>

    public init(_ start: Double) {
        self.time = Mutex(start)
    }

    public func now() -> Double { time.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: Double) {
        time.withLock { $0 += seconds }
    }

    public func set(_ seconds: Double) {
        time.withLock { $0 = seconds }
    }
}

/// Makes trace and segment ids.
public protocol IDGenerator: Sendable {
    func nextSegmentID() -> SegmentID
    /// The 96 random bits of a new trace id (the epoch comes from the clock).
    func nextTraceBits() -> (high: UInt32, low: UInt64)
}

extension IDGenerator {
    /// A trace id for a trace starting at `time` (seconds since 1970).
    public func nextTraceID(at time: Double) -> TraceID {
        let bits = nextTraceBits()
        return TraceID(epoch: UInt32(clamping: Int64(time.rounded(.down))), high: bits.high, low: bits.low)
    }
}

/// Random ids from the system's secure generator, as the SDKs make them.
public struct RandomIDGenerator: IDGenerator {
    public init() {}

    public func nextSegmentID() -> SegmentID {
        var generator = SystemRandomNumberGenerator()
        var value: UInt64 = 0
        while value == 0 { value = generator.next() }
        return SegmentID(value)
    }

    public func nextTraceBits() -> (high: UInt32, low: UInt64) {
        var generator = SystemRandomNumberGenerator()
        return (generator.next(), generator.next())
    }
}

/// Ids 1, 2, 3, … in order (segment `0000000000000001`, trace `1-<epoch>-000000000000000000000001`):
/// a test's golden files stay the same from run to run.
public final class SequentialIDGenerator: IDGenerator {
    private let counter: Mutex<UInt64>

    public init(startingAt first: UInt64 = 1) {
        self.counter = Mutex(first)
    }

    private func next() -> UInt64 {
        counter.withLock { value in
            defer { value += 1 }
            return value
        }
    }

    public func nextSegmentID() -> SegmentID { SegmentID(next()) }
    public func nextTraceBits() -> (high: UInt32, low: UInt64) { (0, next()) }
}
