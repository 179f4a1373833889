import Foundation

/// The bounded hand-off between the daemon's socket reader and its validator.
///
/// The reader (the UDP event loop) only copies datagrams in with `offer(_:)`; a worker thread
/// takes everything waiting, validates and stores it as one batch (`DaemonIngest.receive(batch:)`:
/// one store lock, one counter update, one log flush per batch), so reading never waits for
/// validation. Memory is bounded: past `maxDatagrams` datagrams or `maxBytes` bytes waiting, new
/// datagrams are dropped and counted (`IngestStatistics.droppedQueueFull`), as the kernel drops
/// what overflows the socket's receive buffer.
public final class DaemonIntakeQueue: @unchecked Sendable {
    public let ingest: DaemonIngest
    public let maxDatagrams: Int
    public let maxBytes: Int
    /// Called on the worker thread with the datagrams of each batch that were stored (to forward
    /// them to another daemon).
    private let onAccepted: (@Sendable ([[UInt8]]) -> Void)?

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [[UInt8]] = []
    private var pendingBytes = 0
    private var dropped = 0
    private var droppedBytes = 0
    private var busy = false
    private var stopping = false
    private var started = false
    private let finished = DispatchSemaphore(value: 0)
    /// Datagrams validated and stored together, at most.
    static let maxBatch = 1024

    public init(ingest: DaemonIngest, maxDatagrams: Int = 65_536, maxBytes: Int = 64 << 20,
                onAccepted: (@Sendable ([[UInt8]]) -> Void)? = nil) {
        self.ingest = ingest
        self.maxDatagrams = max(1, maxDatagrams)
        self.maxBytes = max(DaemonPacket.maxDatagramSize, maxBytes)
        self.onAccepted = onAccepted
    }

    /// Starts the worker thread.
    public func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started else { return }
        started = true
        let thread = Thread { [self] in work() }
        thread.name = "gatehouse-xray-ingest"
        thread.start()
    }

    /// Queues one datagram; false when the queue was full and it was dropped (and counted).
    @discardableResult
    public func offer(_ datagram: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return enqueue(datagram)
    }

    /// Queues datagrams read together; returns how many were dropped because the queue was full.
    @discardableResult
    public func offer(batch datagrams: [[UInt8]]) -> Int {
        condition.lock()
        defer { condition.unlock() }
        var refused = 0
        for datagram in datagrams where !enqueue(datagram) { refused += 1 }
        return refused
    }

    private func enqueue(_ datagram: [UInt8]) -> Bool {
        guard !stopping, pending.count < maxDatagrams, pendingBytes + datagram.count <= maxBytes else {
            dropped += 1
            droppedBytes += datagram.count
            condition.broadcast()
            return false
        }
        pending.append(datagram)
        pendingBytes += datagram.count
        if pending.count == 1 { condition.broadcast() }
        return true
    }

    /// Blocks until every datagram queued so far has been stored (for tests and shutdown).
    public func waitUntilIdle() {
        condition.lock()
        while !pending.isEmpty || busy || dropped > 0 { condition.wait() }
        condition.unlock()
    }

    /// Stores what is queued, then stops the worker; later offers are dropped.
    public func stop() {
        condition.lock()
        let wasStarted = started
        stopping = true
        condition.broadcast()
        condition.unlock()
        if wasStarted { finished.wait() }
    }

    private func work() {
        var batch: [[UInt8]] = []
        while true {
            condition.lock()
            while pending.isEmpty, dropped == 0, !stopping { condition.wait() }
            if pending.isEmpty, dropped == 0, stopping {
                condition.unlock()
                break
            }
            // At most `maxBatch` at a time, so counters and the log advance steadily under load.
            if pending.count <= Self.maxBatch {
                swap(&batch, &pending)
                pendingBytes = 0
            } else {
                batch.append(contentsOf: pending[..<Self.maxBatch])
                pending.removeFirst(Self.maxBatch)
                pendingBytes -= batch.reduce(0) { $0 + $1.count }
            }
            let droppedNow = dropped
            let droppedBytesNow = droppedBytes
            dropped = 0
            droppedBytes = 0
            busy = true
            condition.unlock()

            ingest.countDropped(droppedNow, bytes: droppedBytesNow)
            if !batch.isEmpty {
                let stored = ingest.receive(batch: batch)
                ingest.store.flush()
                if let onAccepted {
                    let accepted = zip(batch, stored).compactMap { $1 ? $0 : nil }
                    if !accepted.isEmpty { onAccepted(accepted) }
                }
            }
            batch.removeAll(keepingCapacity: batch.capacity <= 4096)

            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
        finished.signal()
    }
}
