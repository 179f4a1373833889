import Synchronization

/// Where finished segments go: the on-disk store, a daemon over UDP, memory (tests), or several.
///
/// `record` is synchronous and must not block for long: the pipeline calls it on the request path
/// once per invocation.
public protocol TraceSink: Sendable {
    func record(_ segment: Segment)
}

/// Drops everything (tracing off).
public struct NoOpTraceSink: TraceSink {
    public init() {}
    public func record(_ segment: Segment) {}
}

/// Keeps segments in memory in the order recorded, for tests.
public final class InMemoryTraceSink: TraceSink {
    private let storage = Mutex<[Segment]>([])

    public init() {}

    public func record(_ segment: Segment) {
        storage.withLock { $0.append(segment) }
    }

    /// Everything recorded so far.
    public var segments: [Segment] { storage.withLock { $0 } }

    public func removeAll() {
        storage.withLock { $0.removeAll() }
    }
}

/// Sends every segment to each of several sinks.
public struct MultiplexTraceSink: TraceSink {
    public var sinks: [any TraceSink]

    public init(_ sinks: [any TraceSink]) {
        self.sinks = sinks
    }

    public func record(_ segment: Segment) {
        for sink in sinks { sink.record(segment) }
    }
}
