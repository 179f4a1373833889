/// Renders a service map for a terminal: the nodes with their request counts, average latency and
/// outcome shares, then the edges.
public struct TextTraceMapRenderer: Sendable {
    /// Colour each node's health with ANSI escapes (for a terminal).
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    public func render(_ graph: ServiceGraph) -> String {
        guard !graph.nodes.isEmpty else { return "Service map: no traces\n" }
        let services = graph.nodes.filter { !$0.isClient }
        let edgeCount = graph.nodes.reduce(0) { $0 + $1.edges.count }
        var out = "Service map: \(services.count) service\(services.count == 1 ? "" : "s"), \(edgeCount) edge\(edgeCount == 1 ? "" : "s")"
        out += ", \(Format.timestamp(graph.startTime)) to \(Format.timestamp(graph.endTime))\n\n"

        func label(_ node: ServiceGraph.Node) -> String { node.name }
        func kind(_ node: ServiceGraph.Node) -> String {
            (node.type.isEmpty ? "-" : node.type) + (node.isInferred ? " (inferred)" : "")
        }
        func health(_ statistics: OutcomeStatistics) -> String {
            let outcome = statistics.health
            let text = "[\(outcome.rawValue.uppercased())]"
            return colors ? OutcomeColor.ansi(outcome) + text + "\u{1B}[0m" : text
        }
        func numbers(_ statistics: OutcomeStatistics) -> String {
            let requests = "\(statistics.totalCount) req"
            return Format.leftPad(requests, 9) + "  avg " + Format.leftPad(Format.milliseconds(statistics.averageResponseTime), 10)
                + "  ok " + Format.leftPad(Format.percent(statistics.share(.ok)), 6)
                + "  4xx " + Format.leftPad(Format.percent(statistics.share(.error)), 6)
                + "  5xx " + Format.leftPad(Format.percent(statistics.share(.fault)), 6)
                + "  429 " + Format.leftPad(Format.percent(statistics.share(.throttle)), 6)
        }

        let nameWidth = graph.nodes.map { label($0).count }.max() ?? 0
        let kindWidth = graph.nodes.map { kind($0).count }.max() ?? 0
        out += "Nodes\n"
        for node in graph.nodes {
            out += "  " + Format.pad(label(node), nameWidth) + "  " + Format.pad(kind(node), kindWidth) + "  "
            out += numbers(node.statistics) + "  " + (node.isClient ? "" : health(node.statistics))
            while out.hasSuffix(" ") { out.removeLast() }
            out += "\n"
        }
        out += "\nEdges\n"
        // A name several nodes share (a function's Lambda service node and its function node)
        // is told apart by type in the edge list.
        var nameCounts: [String: Int] = [:]
        for node in graph.nodes { nameCounts[node.name, default: 0] += 1 }
        func endpoint(_ node: ServiceGraph.Node) -> String {
            nameCounts[node.name, default: 0] > 1 ? "\(node.name) (\(node.type))" : node.name
        }
        var lines: [(String, OutcomeStatistics)] = []
        for node in graph.nodes {
            for edge in node.edges {
                lines.append((endpoint(node) + " -> " + endpoint(graph.nodes[edge.destination]), edge.statistics))
            }
        }
        let edgeWidth = lines.map(\.0.count).max() ?? 0
        for (text, statistics) in lines {
            out += "  " + Format.pad(text, edgeWidth) + "  " + numbers(statistics) + "  " + health(statistics) + "\n"
        }
        return out
    }
}

/// Renders a service map as Graphviz DOT (`dot -Tsvg map.dot > map.svg`).
public struct DOTTraceMapRenderer: Sendable {
    public init() {}

    public func render(_ graph: ServiceGraph) -> String {
        var out = "digraph \"service-map\" {\n"
        out += "  rankdir=LR;\n"
        out += "  graph [fontname=\"Helvetica\", bgcolor=\"white\"];\n"
        out += "  node [shape=circle, style=filled, fillcolor=\"white\", fontname=\"Helvetica\", fontsize=10, penwidth=4];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#545b64\"];\n"
        for node in graph.nodes {
            let statistics = node.statistics
            if node.isClient {
                out += "  n\(node.referenceID) [label=\"client\", shape=box, style=\"rounded,filled\", fillcolor=\"#eaeded\", color=\"\(OutcomeColor.client)\", penwidth=1];\n"
                continue
            }
            var label = node.name
            if !node.type.isEmpty { label += "\n" + node.type }
            label += "\n\(statistics.totalCount) req, avg \(Format.milliseconds(statistics.averageResponseTime))"
            let style = node.isInferred ? "\"filled,dashed\"" : "filled"
            out += "  n\(node.referenceID) [label=\"\(Format.dot(label))\", color=\"\(OutcomeColor.hex(statistics.health))\", style=\(style)];\n"
        }
        for node in graph.nodes {
            for edge in node.edges {
                let statistics = edge.statistics
                var label = "\(statistics.totalCount) req, avg \(Format.milliseconds(statistics.averageResponseTime))"
                var shares: [String] = []
                for outcome in Outcome.allCases where statistics.count(outcome) > 0 {
                    shares.append("\(shareName(outcome)) \(Format.percent(statistics.share(outcome)))")
                }
                label += "\n" + shares.joined(separator: ", ")
                out += "  n\(node.referenceID) -> n\(edge.destination) [label=\"\(Format.dot(label))\", color=\"\(OutcomeColor.hex(statistics.health))\"];\n"
            }
        }
        out += "}\n"
        return out
    }
}

func shareName(_ outcome: Outcome) -> String {
    switch outcome {
    case .ok: "ok"
    case .error: "4xx"
    case .throttle: "429"
    case .fault: "5xx"
    }
}

/// Renders a service map as a self-contained SVG: nodes as rings whose arcs show the ok / 4xx /
/// 429 / 5xx shares in X-Ray's colours, laid out left to right from the client; edges labelled
/// with request counts, average latency and shares. No scripts, fonts or links to fetch.
public struct SVGTraceMapRenderer: Sendable {
    public init() {}

    static let radius = 34.0
    static let columnWidth = 280.0
    static let rowHeight = 170.0

    struct Layout {
        var positions: [Int: (x: Double, y: Double)]
        var width: Double
        var height: Double
    }

    static func layout(_ graph: ServiceGraph) -> Layout {
        // Column = longest path from the client (bounded, so a cycle cannot loop forever).
        var column = [Int: Int]()
        for node in graph.nodes { column[node.referenceID] = node.isClient ? 0 : 1 }
        for _ in 0..<graph.nodes.count {
            var changed = false
            for node in graph.nodes {
                for edge in node.edges where edge.destination != node.referenceID {
                    let wanted = column[node.referenceID]! + 1
                    if column[edge.destination]! < wanted, wanted < graph.nodes.count + 1 {
                        column[edge.destination] = wanted
                        changed = true
                    }
                }
            }
            if !changed { break }
        }
        var rows: [Int: Int] = [:]
        var positions: [Int: (x: Double, y: Double)] = [:]
        let maxColumn = column.values.max() ?? 0
        var maxRows = 1
        for index in 0...maxColumn {
            let count = graph.nodes.filter { column[$0.referenceID] == index }.count
            maxRows = max(maxRows, count)
        }
        for node in graph.nodes {
            let index = column[node.referenceID]!
            let row = rows[index, default: 0]
            rows[index] = row + 1
            let count = graph.nodes.filter { column[$0.referenceID] == index }.count
            let offset = Double(maxRows - count) * rowHeight / 2
            positions[node.referenceID] = (x: 110 + Double(index) * columnWidth, y: 110 + offset + Double(row) * rowHeight)
        }
        return Layout(positions: positions, width: 220 + Double(maxColumn) * columnWidth, height: 160 + Double(maxRows) * rowHeight - 60)
    }

    public func render(_ graph: ServiceGraph) -> String {
        let layout = Self.layout(graph)
        let r = Self.radius
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" viewBox=\"0 0 \(n(layout.width)) \(n(layout.height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        out += "<title>Service map</title>\n"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#545b64\"/></marker></defs>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        if graph.nodes.isEmpty {
            out += "<text x=\"20\" y=\"40\">No traces</text>\n</svg>\n"
            return out
        }
        // Edges first, so nodes draw over them.
        for node in graph.nodes {
            let from = layout.positions[node.referenceID]!
            for edge in node.edges {
                let to = layout.positions[edge.destination]!
                let dx = to.x - from.x, dy = to.y - from.y
                let length = max((dx * dx + dy * dy).squareRoot(), 1)
                let (ux, uy) = (dx / length, dy / length)
                let (x1, y1) = (from.x + ux * (r + 4), from.y + uy * (r + 4))
                let (x2, y2) = (to.x - ux * (r + 6), to.y - uy * (r + 6))
                let color = OutcomeColor.hex(edge.statistics.health)
                out += "<g class=\"edge\"><line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(color)\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n"
                let (mx, my) = ((x1 + x2) / 2, (y1 + y2) / 2 - 19)
                let statistics = edge.statistics
                out += "<text x=\"\(n(mx))\" y=\"\(n(my))\" text-anchor=\"middle\" fill=\"#16191f\">\(statistics.totalCount) req · avg \(Format.xml(Format.milliseconds(statistics.averageResponseTime)))</text>\n"
                var shares: [String] = []
                for outcome in Outcome.allCases where statistics.count(outcome) > 0 {
                    shares.append("\(shareName(outcome)) \(Format.percent(statistics.share(outcome)))")
                }
                out += "<text x=\"\(n(mx))\" y=\"\(n(my + 12))\" text-anchor=\"middle\" fill=\"#545b64\">\(Format.xml(shares.joined(separator: " · ")))</text></g>\n"
            }
        }
        let circumference = 2 * Double.pi * r
        for node in graph.nodes {
            let p = layout.positions[node.referenceID]!
            out += "<g class=\"node\">"
            if node.isClient {
                out += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\" fill=\"#eaeded\" stroke=\"\(OutcomeColor.client)\" stroke-width=\"2\"/>"
                out += "<text x=\"\(n(p.x))\" y=\"\(n(p.y + 4))\" text-anchor=\"middle\" font-weight=\"bold\">client</text></g>\n"
                continue
            }
            let statistics = node.statistics
            out += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\" fill=\"white\" stroke=\"#eaeded\" stroke-width=\"8\"\(node.isInferred ? " stroke-dasharray=\"4 3\"" : "")/>"
            // One arc per outcome, starting at twelve o'clock, in X-Ray's colours.
            var offset = 0.0
            for outcome in Outcome.allCases where statistics.count(outcome) > 0 {
                let length = statistics.share(outcome) * circumference
                out += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\" fill=\"none\" stroke=\"\(OutcomeColor.hex(outcome))\" stroke-width=\"8\" stroke-dasharray=\"\(n(length)) \(n(circumference - length))\" stroke-dashoffset=\"\(n(-offset))\" transform=\"rotate(-90 \(n(p.x)) \(n(p.y)))\"><title>\(shareName(outcome)) \(statistics.count(outcome)) (\(Format.percent(statistics.share(outcome))))</title></circle>"
                offset += length
            }
            out += "<text x=\"\(n(p.x))\" y=\"\(n(p.y - 2))\" text-anchor=\"middle\">\(Format.xml(Format.milliseconds(statistics.averageResponseTime)))</text>"
            out += "<text x=\"\(n(p.x))\" y=\"\(n(p.y + 11))\" text-anchor=\"middle\" fill=\"#545b64\">\(statistics.totalCount) req</text>"
            out += "<text x=\"\(n(p.x))\" y=\"\(n(p.y + r + 18))\" text-anchor=\"middle\" font-weight=\"bold\">\(Format.xml(node.name))</text>"
            if !node.type.isEmpty {
                out += "<text x=\"\(n(p.x))\" y=\"\(n(p.y + r + 31))\" text-anchor=\"middle\" fill=\"#545b64\">\(Format.xml(node.type))</text>"
            }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out
    }
}

/// Coordinates with at most one decimal, so SVG golden files are stable.
func n(_ value: Double) -> String {
    let text = Format.fixed(value, decimals: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
}

/// A self-contained HTML page: the SVG map (or timeline), a legend and tables. It opens offline.
public enum HTMLPage {
    static let style = """
        body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#16191f}
        h1{font-size:20px}table{border-collapse:collapse;margin-top:16px}
        td,th{border:1px solid #d5dbdb;padding:4px 8px;text-align:left;font-size:13px}
        th{background:#f2f3f3}.num{text-align:right}
        .legend span{display:inline-block;margin-right:16px;font-size:13px}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
        """

    static func legend() -> String {
        var out = "<p class=\"legend\">"
        for (outcome, label) in [(Outcome.ok, "OK"), (.error, "Error (4xx)"), (.fault, "Fault (5xx)"), (.throttle, "Throttle (429)")] {
            out += "<span><i class=\"swatch\" style=\"background:\(OutcomeColor.hex(outcome))\"></i>\(label)</span>"
        }
        return out + "</p>\n"
    }

    static func page(title: String, body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(Format.xml(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n<h1>\(Format.xml(title))</h1>\n\(body)</body>\n</html>\n"
    }

    /// The service map as a page: SVG, legend and a table of edges.
    public static func serviceMap(_ graph: ServiceGraph) -> String {
        var body = legend()
        body += SVGTraceMapRenderer().render(graph)
        body += "<table>\n<tr><th>From</th><th>To</th><th class=\"num\">Requests</th><th class=\"num\">Avg latency</th><th class=\"num\">OK</th><th class=\"num\">4xx</th><th class=\"num\">5xx</th><th class=\"num\">429</th></tr>\n"
        for node in graph.nodes {
            for edge in node.edges {
                let s = edge.statistics
                body += "<tr><td>\(Format.xml(node.name))</td><td>\(Format.xml(graph.nodes[edge.destination].name))</td><td class=\"num\">\(s.totalCount)</td><td class=\"num\">\(Format.milliseconds(s.averageResponseTime))</td>"
                for outcome in [Outcome.ok, .error, .fault, .throttle] {
                    body += "<td class=\"num\">\(Format.percent(s.share(outcome)))</td>"
                }
                body += "</tr>\n"
            }
        }
        body += "</table>\n"
        return page(title: "Service map", body: body)
    }

    /// A trace's timeline as a page.
    public static func timeline(_ trace: Trace) -> String {
        page(title: "Trace \(trace.id)", body: legend() + TimelineRenderer().renderSVG(trace))
    }
}
