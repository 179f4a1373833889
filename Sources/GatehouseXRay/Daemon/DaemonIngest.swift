import Synchronization

/// Counts of what the daemon received.
public struct IngestStatistics: Sendable, Hashable {
    public var received = 0
    public var accepted = 0
    public var rejected = 0
    /// Rejections by reason (`too-large`, `invalid-header`, `invalid-json`, `missing-field`, …).
    public var rejectedByReason: [String: Int] = [:]
    /// Unknown members dropped from accepted documents.
    public var unknownFields = 0
    /// Annotations dropped because their value was not a string, number or boolean.
    public var droppedAnnotations = 0
    public var bytes = 0
    /// Datagrams dropped unread because the intake queue was full (also in `rejected`).
    public var droppedQueueFull = 0
}

/// The daemon's work for each datagram, without the socket: validate, store, count, log.
///
/// Garbage never crashes it and never grows memory: a bad datagram is counted and dropped, and
/// log lines are rate-limited (the first ten, then one per thousand) so a flood cannot fill a log.
public final class DaemonIngest: Sendable {
    public let store: TraceStore
    private let log: @Sendable (String) -> Void
    private let counters = Mutex(IngestStatistics())

    public init(store: TraceStore, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.log = log
    }

    public var statistics: IngestStatistics { counters.withLock { $0 } }

    /// Handles one datagram; returns whether it was stored.
    @discardableResult
    public func receive(_ datagram: [UInt8]) -> Bool {
        var report = DecodeReport()
        do {
            let segment = try DaemonPacket.decode(datagram, report: &report)
            // decode checked the header; the document is everything after the first newline.
            let newline = datagram.firstIndex(of: 0x0A)!
            store.store(segment, document: datagram[(newline + 1)...])
            let unknown = counters.withLock { counters -> Int in
                counters.received += 1
                counters.accepted += 1
                counters.bytes += datagram.count
                counters.unknownFields += report.unknownFields.count
                counters.droppedAnnotations += report.droppedAnnotations.count
                return counters.unknownFields
            }
            if !report.unknownFields.isEmpty, shouldLog(unknown) {
                log("dropped unknown fields \(report.unknownFields.joined(separator: ", ")) from segment \(segment.id) (\(unknown) so far)")
            }
            return true
        } catch {
            let count = counters.withLock { counters -> Int in
                counters.received += 1
                counters.rejected += 1
                counters.bytes += datagram.count
                counters.rejectedByReason[error.reason, default: 0] += 1
                return counters.rejected
            }
            if shouldLog(count) { log("dropped datagram of \(datagram.count) bytes: \(error) (\(count) dropped so far)") }
            return false
        }
    }

    /// Handles datagrams that arrived together: each is validated, the valid ones are stored
    /// under one lock, and the counters are updated once. Returns, per datagram, whether it was
    /// stored.
    @discardableResult
    public func receive(batch datagrams: [[UInt8]]) -> [Bool] {
        var accepted: [(segment: Segment, document: ArraySlice<UInt8>)] = []
        accepted.reserveCapacity(datagrams.count)
        var results: [Bool] = []
        results.reserveCapacity(datagrams.count)
        var delta = IngestStatistics()
        var unknownReports: [(SegmentID, [String])] = []
        var failures: [(Int, DaemonPacketError)] = []
        for datagram in datagrams {
            var report = DecodeReport()
            delta.received += 1
            delta.bytes += datagram.count
            do {
                let segment = try DaemonPacket.decode(datagram, report: &report)
                // decode checked the header; the document is everything after the first newline.
                let newline = datagram.firstIndex(of: 0x0A)!
                accepted.append((segment, datagram[(newline + 1)...]))
                delta.accepted += 1
                delta.unknownFields += report.unknownFields.count
                delta.droppedAnnotations += report.droppedAnnotations.count
                if !report.unknownFields.isEmpty { unknownReports.append((segment.id, report.unknownFields)) }
                results.append(true)
            } catch {
                delta.rejected += 1
                delta.rejectedByReason[error.reason, default: 0] += 1
                failures.append((datagram.count, error))
                results.append(false)
            }
        }
        store.store(batch: accepted)
        let (unknownBefore, rejectedBefore) = counters.withLock { counters -> (Int, Int) in
            let before = (counters.unknownFields, counters.rejected)
            counters.received += delta.received
            counters.accepted += delta.accepted
            counters.rejected += delta.rejected
            counters.bytes += delta.bytes
            counters.unknownFields += delta.unknownFields
            counters.droppedAnnotations += delta.droppedAnnotations
            for (reason, count) in delta.rejectedByReason { counters.rejectedByReason[reason, default: 0] += count }
            return before
        }
        var unknown = unknownBefore
        for (id, fields) in unknownReports {
            unknown += fields.count
            if shouldLog(unknown) { log("dropped unknown fields \(fields.joined(separator: ", ")) from segment \(id) (\(unknown) so far)") }
        }
        var rejected = rejectedBefore
        for (size, error) in failures {
            rejected += 1
            if shouldLog(rejected) { log("dropped datagram of \(size) bytes: \(error) (\(rejected) dropped so far)") }
        }
        return results
    }

    /// Counts datagrams dropped before validation (the intake queue was full).
    public func countDropped(_ count: Int, bytes: Int) {
        guard count > 0 else { return }
        let total = counters.withLock { counters -> Int in
            counters.received += count
            counters.rejected += count
            counters.bytes += bytes
            counters.rejectedByReason["queue-full", default: 0] += count
            counters.droppedQueueFull += count
            return counters.droppedQueueFull
        }
        if total - count < 10 || total / 1000 != (total - count) / 1000 {
            log("dropped \(count) datagram(s): the intake queue is full (\(total) dropped so far)")
        }
    }

    private func shouldLog(_ count: Int) -> Bool { count <= 10 || count % 1000 == 0 }
}
