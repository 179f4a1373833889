/// Renders one trace as a timeline: each segment and subsegment a bar on a shared time axis,
/// indented under its parent, coloured by outcome.
public struct TimelineRenderer: Sendable {
    /// Width of the bar area in characters (text) .
    public var barWidth: Int

    public init(barWidth: Int = 40) {
        self.barWidth = barWidth
    }

    struct Row {
        var segment: Segment
        var depth: Int
        var isSegment: Bool
    }

    static func rows(_ trace: Trace) -> [Row] {
        var rows: [Row] = []
        // Segments in start order, each followed by its subsegments.
        let ordered = (trace.segments + trace.orphans).sorted { ($0.startTime, $0.id) < ($1.startTime, $1.id) }
        for segment in ordered {
            segment.forEachNode { node, depth in
                rows.append(Row(segment: node, depth: depth, isSegment: depth == 0))
            }
        }
        return rows
    }

    static func label(_ row: Row) -> String {
        var text = String(repeating: "  ", count: row.depth) + row.segment.name
        if row.isSegment, let origin = row.segment.origin { text += " (\(origin))" }
        if !row.isSegment, let namespace = row.segment.namespace { text += " [\(namespace)]" }
        return text
    }

    static func status(_ segment: Segment) -> String {
        var parts: [String] = []
        if let status = segment.http?.response?.status { parts.append(String(status)) }
        if segment.inProgress { parts.append("in progress") } else if segment.outcome != .ok { parts.append(segment.outcome.rawValue) }
        return parts.joined(separator: " ")
    }

    public func renderText(_ trace: Trace) -> String {
        let rows = Self.rows(trace)
        let start = trace.startTime
        let total = max(trace.endTime - start, 0)
        var out = "Trace \(trace.id)  \(Format.timestamp(start))  duration \(Format.milliseconds(total))\n\n"
        let labelWidth = max(rows.map { Self.label($0).count }.max() ?? 0, 4)
        let statusWidth = max(rows.map { Self.status($0.segment).count }.max() ?? 0, 6)
        out += Format.pad("Name", labelWidth) + "  " + Format.pad("Status", statusWidth) + "  " + Format.leftPad("Start", 10)
            + "  " + Format.leftPad("Duration", 10) + "  Timeline\n"
        for row in rows {
            let segment = row.segment
            let offset = segment.startTime - start
            let end = segment.endTime ?? trace.endTime
            var first = total > 0 ? Int((offset / total * Double(barWidth)).rounded(.down)) : 0
            var last = total > 0 ? Int(((end - start) / total * Double(barWidth)).rounded(.up)) : barWidth
            first = min(max(first, 0), barWidth - 1)
            last = min(max(last, first + 1), barWidth)
            let bar = String(repeating: " ", count: first) + String(repeating: segment.inProgress ? "░" : "█", count: last - first)
                + String(repeating: " ", count: barWidth - last)
            let duration = segment.endTime.map { Format.milliseconds($0 - segment.startTime) } ?? "…"
            out += Format.pad(Self.label(row), labelWidth) + "  " + Format.pad(Self.status(segment), statusWidth) + "  "
                + Format.leftPad(Format.milliseconds(offset), 10) + "  " + Format.leftPad(duration, 10) + "  |" + bar + "|\n"
        }
        return out
    }

    public func renderSVG(_ trace: Trace) -> String {
        let rows = Self.rows(trace)
        let start = trace.startTime
        let total = max(trace.endTime - start, 0.000_001)
        let labelWidth = 300.0, barArea = 600.0, rowHeight = 24.0, top = 40.0
        let width = labelWidth + barArea + 40
        let height = top + Double(rows.count) * rowHeight + 20
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        out += "<title>Trace \(trace.id)</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        // Axis: five ticks.
        for tick in 0...4 {
            let x = labelWidth + barArea * Double(tick) / 4
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top - 8))\" x2=\"\(n(x))\" y2=\"\(n(height - 12))\" stroke=\"#eaeded\"/>"
            out += "<text x=\"\(n(x))\" y=\"\(n(top - 14))\" text-anchor=\"middle\" fill=\"#545b64\">\(Format.xml(Format.milliseconds(total * Double(tick) / 4)))</text>\n"
        }
        for (index, row) in rows.enumerated() {
            let segment = row.segment
            let y = top + Double(index) * rowHeight
            let x = labelWidth + (segment.startTime - start) / total * barArea
            let end = segment.endTime ?? trace.endTime
            let barWidth = max((end - segment.startTime) / total * barArea, 1)
            let color = OutcomeColor.hex(segment.outcome)
            let duration = segment.endTime.map { Format.milliseconds($0 - segment.startTime) } ?? "in progress"
            out += "<g class=\"\(row.isSegment ? "segment" : "subsegment")\"><text x=\"\(n(8 + Double(row.depth) * 14))\" y=\"\(n(y + 15))\"\(row.isSegment ? " font-weight=\"bold\"" : "")>\(Format.xml(Self.label(row).trimmingSpaces))</text>"
            out += "<rect x=\"\(n(x))\" y=\"\(n(y + 4))\" width=\"\(n(barWidth))\" height=\"\(n(rowHeight - 8))\" rx=\"2\" fill=\"\(color)\"\(segment.inProgress ? " fill-opacity=\"0.4\"" : "")><title>\(Format.xml(segment.name)): \(Format.xml(duration))\(Self.status(segment).isEmpty ? "" : " (" + Format.xml(Self.status(segment)) + ")")</title></rect>"
            out += "<text x=\"\(n(min(x + barWidth + 4, width - 4)))\" y=\"\(n(y + 15))\" fill=\"#545b64\">\(Format.xml(duration))</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }
}
