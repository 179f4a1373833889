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

    private func shouldLog(_ count: Int) -> Bool { count <= 10 || count % 1000 == 0 }
}
