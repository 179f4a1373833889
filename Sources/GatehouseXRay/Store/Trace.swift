/// The documents of one trace, assembled: independent subsegments joined into their parents.
public struct Trace: Sendable, Hashable {
    public var id: TraceID
    /// Segments (not subsegments), in the order they first arrived.
    public var segments: [Segment]
    /// Independent subsegments whose parent has not arrived (shown on their own).
    public var orphans: [Segment]

    public init(id: TraceID, segments: [Segment], orphans: [Segment] = []) {
        self.id = id
        self.segments = segments
        self.orphans = orphans
    }

    /// The earliest start time of any segment.
    public var startTime: Double {
        (segments + orphans).map(\.startTime).min() ?? 0
    }

    /// The latest end time (or start time, while in progress) of any segment.
    public var endTime: Double {
        var latest = 0.0
        for segment in segments + orphans {
            segment.forEachNode { node, _ in latest = max(latest, node.endTime ?? node.startTime) }
        }
        return latest
    }

    /// The segment the trace entered through: one with no parent (the earliest if several).
    public var rootSegment: Segment? {
        segments.filter { $0.parentID == nil || !containsID($0.parentID!) }.min { $0.startTime < $1.startTime }
            ?? segments.min { $0.startTime < $1.startTime }
    }

    /// Whether any segment or subsegment is still in progress.
    public var isPartial: Bool {
        var partial = false
        for segment in segments { segment.forEachNode { node, _ in if node.inProgress { partial = true } } }
        return partial || !orphans.isEmpty
    }

    func containsID(_ id: SegmentID) -> Bool {
        var found = false
        for segment in segments {
            segment.forEachNode { node, _ in if node.id == id { found = true } }
            if found { return true }
        }
        return false
    }

    /// Assembles documents: `documents` are segments, `detached` independent subsegments.
    static func assemble(id: TraceID, documents: [Segment], detached: [Segment]) -> Trace {
        guard !detached.isEmpty else { return Trace(id: id, segments: documents) }
        var segments = documents
        var pending = detached
        // Attach repeatedly: a detached subsegment's parent may itself be a detached subsegment.
        var progress = true
        while progress, !pending.isEmpty {
            progress = false
            var remaining: [Segment] = []
            for child in pending {
                var attached = false
                for index in segments.indices where !attached {
                    attached = attach(child, to: &segments[index])
                }
                if attached { progress = true } else { remaining.append(child) }
            }
            pending = remaining
        }
        return Trace(id: id, segments: segments, orphans: pending)
    }

    private static func attach(_ child: Segment, to node: inout Segment) -> Bool {
        if node.id == child.parentID {
            var embedded = child
            embedded.traceID = nil
            embedded.parentID = nil
            embedded.type = nil
            if let existing = node.subsegments.firstIndex(where: { $0.id == child.id }) {
                if !(node.subsegments[existing].endTime != nil && embedded.inProgress) { node.subsegments[existing] = embedded }
            } else {
                node.subsegments.append(embedded)
            }
            return true
        }
        for index in node.subsegments.indices where attach(child, to: &node.subsegments[index]) {
            return true
        }
        return false
    }
}
