import Foundation
import Synchronization

/// Bounds and location of a `TraceStore`.
public struct TraceStoreConfiguration: Sendable, Hashable {
    /// Folder of the segment log; nil keeps segments in memory only.
    public var directory: String?
    /// Most segment documents held in memory; the oldest traces are evicted beyond it.
    public var maxSegmentsInMemory: Int
    /// Most document bytes held in memory (approximate); the oldest traces are evicted beyond it.
    public var maxBytesInMemory: Int
    /// A log file is closed and a new one started past this size.
    public var maxFileBytes: Int
    /// Log files kept; the oldest is deleted when a new one would exceed this (the retention bound).
    public var maxFiles: Int

    public init(directory: String? = nil, maxSegmentsInMemory: Int = 200_000, maxBytesInMemory: Int = 256 << 20,
                maxFileBytes: Int = 16 << 20, maxFiles: Int = 8) {
        self.directory = directory
        self.maxSegmentsInMemory = maxSegmentsInMemory
        self.maxBytesInMemory = maxBytesInMemory
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
    }
}

/// Counts of what the store took in.
public struct TraceStoreStatistics: Sendable, Hashable {
    public var segmentsStored = 0
    public var tracesInMemory = 0
    public var segmentsInMemory = 0
    public var bytesInMemory = 0
    public var tracesEvicted = 0
    public var logFiles = 0
    public var replayedSegments = 0
    public var replaySkippedLines = 0
    /// Documents refused because their trace already held `TraceStore.maxDocumentsPerTrace`.
    public var segmentsDroppedTraceFull = 0
}

/// Stores segment documents: an append-only log on disk (one document per line, rotated and
/// bounded by `maxFiles`) that is replayed on open, and a bounded in-memory index by trace.
///
/// A document with an id already stored replaces it (an in-progress segment completed by a later
/// document), except that an in-progress document never replaces a finished one. Independent
/// subsegments are kept apart and joined to their parents when a trace is read.
public final class TraceStore: TraceSink {
    public let configuration: TraceStoreConfiguration
    /// Documents kept per trace; more are counted and dropped (a flood of one trace id).
    public static let maxDocumentsPerTrace = 10_000
    private let state: Mutex<State>

    private struct Entry {
        var documents: [Segment] = []
        var detached: [Segment] = []
        /// Positions by id, built once a list outgrows a linear search.
        var documentIndex: [SegmentID: Int]?
        var detachedIndex: [SegmentID: Int]?
        var bytes = 0
        var startTime = Double.infinity
        var endTime = 0.0

        static let linearLimit = 16

        static func position(of id: SegmentID, in list: [Segment], index: [SegmentID: Int]?) -> Int? {
            if let index { return index[id] }
            return list.firstIndex { $0.id == id }
        }

        static func append(_ segment: Segment, to list: inout [Segment], index: inout [SegmentID: Int]?) {
            list.append(segment)
            if index != nil {
                index![segment.id] = list.count - 1
            } else if list.count > linearLimit {
                var built: [SegmentID: Int] = [:]
                for (position, document) in list.enumerated() { built[document.id] = position }
                index = built
            }
        }
    }

    private struct State {
        var traces: [TraceID: Entry] = [:]
        /// Trace ids in arrival order; `head` is the oldest still present (compacted lazily).
        var order: [TraceID] = []
        var head = 0
        var statistics = TraceStoreStatistics()
        var log: SegmentLog?
    }

    /// Opens (or creates) the store. With a directory, replays its log into memory. `readOnly`
    /// opens an existing log without writing (for `gatehouse traces map --store DIR` beside a
    /// running daemon).
    public init(configuration: TraceStoreConfiguration = TraceStoreConfiguration(), readOnly: Bool = false) throws {
        self.configuration = configuration
        var state = State()
        if let directory = configuration.directory {
            let log = try SegmentLog(directory: directory, maxFileBytes: configuration.maxFileBytes,
                                     maxFiles: configuration.maxFiles, readOnly: readOnly)
            var report = DecodeReport()
            try log.replay { line in
                guard let segment = try? Segment.decode(document: line, report: &report) else {
                    state.statistics.replaySkippedLines += 1
                    return
                }
                Self.index(segment, bytes: line.count, configuration: configuration, into: &state)
                state.statistics.replayedSegments += 1
            }
            state.statistics.logFiles = log.fileCount
            if !readOnly { state.log = log }
        }
        self.state = Mutex(state)
    }

    /// Stores a segment the recorder made (the `TraceSink` entry point).
    public func record(_ segment: Segment) {
        let line = segment.document
        store(segment, line: Array(line.utf8))
    }

    /// Stores a validated document received by the daemon; `document` is its JSON text, written
    /// to the log as one line.
    public func store(_ segment: Segment, document: some Collection<UInt8>) {
        var line = Array(document)
        // JSON text has no raw newlines inside strings, so newlines between tokens can become spaces.
        for index in line.indices where line[index] == 0x0A || line[index] == 0x0D { line[index] = 0x20 }
        store(segment, line: line)
    }

    private func store(_ segment: Segment, line: [UInt8]) {
        guard segment.traceID != nil else { return }
        state.withLock { state in
            state.log?.append(line)
            state.statistics.segmentsStored += 1
            Self.index(segment, bytes: line.count, configuration: configuration, into: &state)
        }
    }

    /// Stores validated documents received together (the daemon's batch of datagrams) under one
    /// lock; each `document` is the segment's JSON text, written to the log as one line.
    public func store(batch: [(segment: Segment, document: ArraySlice<UInt8>)]) {
        guard !batch.isEmpty else { return }
        state.withLock { state in
            for (segment, document) in batch where segment.traceID != nil {
                if let log = state.log {
                    log.append(line: document)
                }
                state.statistics.segmentsStored += 1
                Self.index(segment, bytes: document.count, configuration: configuration, into: &state)
            }
        }
    }

    /// Writes buffered log lines to disk.
    public func flush() {
        state.withLock { state in
            state.log?.flush()
            state.statistics.logFiles = state.log?.fileCount ?? state.statistics.logFiles
        }
    }

    private static func index(_ segment: Segment, bytes: Int, configuration: TraceStoreConfiguration, into state: inout State) {
        guard let traceID = segment.traceID else { return }
        let isNew: Bool
        let slot: Dictionary<TraceID, Entry>.Index
        if let existing = state.traces.index(forKey: traceID) {
            isNew = false
            slot = existing
        } else {
            isNew = true
            state.traces[traceID] = Entry()
            slot = state.traces.index(forKey: traceID)!
        }
        // Mutated in place: the entry's arrays are not copied.
        let added: Int = Self.add(segment, bytes: bytes, to: &state.traces.values[slot])
        if added < 0 {
            state.statistics.segmentsDroppedTraceFull += 1
            return
        }
        if isNew { state.order.append(traceID) }
        state.statistics.segmentsInMemory += added
        state.statistics.bytesInMemory += bytes
        // Evict whole traces, oldest first, until both bounds hold (never the one just stored).
        while state.statistics.segmentsInMemory > configuration.maxSegmentsInMemory
            || state.statistics.bytesInMemory > configuration.maxBytesInMemory
        {
            guard state.head < state.order.count else { break }
            let oldest = state.order[state.head]
            if oldest == traceID, state.traces.count == 1 { break }
            state.head += 1
            if let evicted = state.traces.removeValue(forKey: oldest) {
                state.statistics.segmentsInMemory -= evicted.documents.count + evicted.detached.count
                state.statistics.bytesInMemory -= evicted.bytes
                state.statistics.tracesEvicted += 1
            }
            if oldest == traceID { break }
        }
        if state.head > 4096, state.head * 2 > state.order.count {
            state.order.removeFirst(state.head)
            state.head = 0
        }
        state.statistics.tracesInMemory = state.traces.count
    }

    /// Adds or replaces `segment` in its trace's entry: 1 when added, 0 when it replaced (or was
    /// ignored for) a document with its id, -1 when the trace is full.
    private static func add(_ segment: Segment, bytes: Int, to entry: inout Entry) -> Int {
        let full = entry.documents.count + entry.detached.count >= Self.maxDocumentsPerTrace
        var added = 1
        if segment.isIndependentSubsegment {
            if let existing = Entry.position(of: segment.id, in: entry.detached, index: entry.detachedIndex) {
                added = 0
                if !(segment.inProgress && !entry.detached[existing].inProgress) { entry.detached[existing] = segment }
            } else if !full {
                Entry.append(segment, to: &entry.detached, index: &entry.detachedIndex)
            } else {
                return -1
            }
        } else {
            if let existing = Entry.position(of: segment.id, in: entry.documents, index: entry.documentIndex) {
                added = 0
                if !(segment.inProgress && !entry.documents[existing].inProgress) { entry.documents[existing] = segment }
            } else if !full {
                Entry.append(segment, to: &entry.documents, index: &entry.documentIndex)
            } else {
                return -1
            }
        }
        entry.bytes += bytes
        entry.startTime = min(entry.startTime, segment.startTime)
        entry.endTime = max(entry.endTime, segment.endTime ?? segment.startTime)
        return added
    }

    public var statistics: TraceStoreStatistics { state.withLock { $0.statistics } }

    /// One trace, assembled; nil when unknown or evicted.
    public func trace(_ id: TraceID) -> Trace? {
        state.withLock { state in
            state.traces[id].map { Trace.assemble(id: id, documents: $0.documents, detached: $0.detached) }
        }
    }

    /// Traces overlapping `start...end` (seconds since 1970), in arrival order.
    public func traces(from start: Double = 0, to end: Double = .infinity) -> [Trace] {
        let entries: [(TraceID, Entry)] = state.withLock { state in
            var result: [(TraceID, Entry)] = []
            for index in state.head..<state.order.count {
                let id = state.order[index]
                if let entry = state.traces[id], entry.startTime <= end, entry.endTime >= start { result.append((id, entry)) }
            }
            return result
        }
        return entries.map { Trace.assemble(id: $0.0, documents: $0.1.documents, detached: $0.1.detached) }
    }
}

/// The on-disk log: `segments-00000001.log`, `segments-00000002.log`, …, one document per line.
final class SegmentLog {
    let directory: String
    let maxFileBytes: Int
    let maxFiles: Int
    let readOnly: Bool
    private var files: [Int] = []
    private var handle: FileHandle?
    private var currentSize = 0
    private var buffer: [UInt8] = []

    init(directory: String, maxFileBytes: Int, maxFiles: Int, readOnly: Bool) throws {
        self.directory = directory
        self.maxFileBytes = max(maxFileBytes, 1024)
        self.maxFiles = max(maxFiles, 1)
        self.readOnly = readOnly
        let manager = FileManager.default
        if !readOnly { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        files = names.compactMap { name -> Int? in
            guard name.hasPrefix("segments-"), name.hasSuffix(".log") else { return nil }
            return Int(name.dropFirst("segments-".count).dropLast(".log".count))
        }.sorted()
    }

    var fileCount: Int { files.count }

    private func path(_ number: Int) -> String {
        let digits = String(number)
        return directory + "/segments-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ".log"
    }

    func replay(_ body: (ArraySlice<UInt8>) -> Void) throws {
        for number in files {
            guard let data = FileManager.default.contents(atPath: path(number)) else { continue }
            let bytes = [UInt8](data)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                if end > start { body(bytes[start..<end]) }
                start = end + 1
            }
        }
    }

    func append(_ line: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends a document as one line: newlines between its tokens become spaces (JSON text has
    /// none inside strings).
    func append(line document: ArraySlice<UInt8>) {
        let start = buffer.count
        buffer.append(contentsOf: document)
        for index in start..<buffer.count where buffer[index] == 0x0A || buffer[index] == 0x0D { buffer[index] = 0x20 }
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !readOnly, !buffer.isEmpty else { return }
        if handle == nil || currentSize >= maxFileBytes { rotate() }
        guard let handle else { return }
        try? handle.write(contentsOf: buffer)
        currentSize += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private func rotate() {
        try? handle?.close()
        handle = nil
        if files.isEmpty || currentSize >= maxFileBytes || handle == nil {
            // Reuse the newest file if it has room (after a restart), else start a new one.
            if let last = files.last, currentSize == 0,
                let size = (try? FileManager.default.attributesOfItem(atPath: path(last))[.size]) as? Int, size < maxFileBytes
            {
                currentSize = size
                handle = FileHandle(forWritingAtPath: path(last))
                _ = try? handle?.seekToEnd()
                if handle != nil { return }
            }
            let next = (files.last ?? 0) + 1
            FileManager.default.createFile(atPath: path(next), contents: nil)
            files.append(next)
            currentSize = 0
            handle = FileHandle(forWritingAtPath: path(next))
            while files.count > maxFiles {
                try? FileManager.default.removeItem(atPath: path(files.removeFirst()))
            }
        }
    }

    deinit {
        flush()
        try? handle?.close()
    }
}
