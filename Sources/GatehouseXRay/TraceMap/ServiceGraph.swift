/// Request counts by outcome and total response time: a node's or an edge's summary.
public struct OutcomeStatistics: Sendable, Hashable {
    public var okCount = 0
    /// 4xx other than 429.
    public var errorCount = 0
    /// 429.
    public var throttleCount = 0
    /// 5xx.
    public var faultCount = 0
    /// Seconds, summed over requests that finished.
    public var totalResponseTime = 0.0
    /// Response times rounded to the millisecond → how many requests took that long.
    public var histogram: [Int: Int] = [:]

    public init() {}

    public var totalCount: Int { okCount + errorCount + throttleCount + faultCount }

    /// Mean response time in seconds (0 when empty).
    public var averageResponseTime: Double { totalCount == 0 ? 0 : totalResponseTime / Double(totalCount) }

    public func count(_ outcome: Outcome) -> Int {
        switch outcome {
        case .ok: okCount
        case .error: errorCount
        case .throttle: throttleCount
        case .fault: faultCount
        }
    }

    /// The share of requests with `outcome`, 0...1.
    public func share(_ outcome: Outcome) -> Double {
        totalCount == 0 ? 0 : Double(count(outcome)) / Double(totalCount)
    }

    mutating func add(_ outcome: Outcome, duration: Double?) {
        switch outcome {
        case .ok: okCount += 1
        case .error: errorCount += 1
        case .throttle: throttleCount += 1
        case .fault: faultCount += 1
        }
        if let duration {
            totalResponseTime += duration
            histogram[Int((duration * 1000).rounded()), default: 0] += 1
        }
    }
}

/// The service map: one node per service (name and type), a client node for requests entering
/// the system, and edges from caller to callee with counts and latency.
public struct ServiceGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        /// Position in `nodes`; X-Ray's `ReferenceId`.
        public var referenceID: Int
        public var name: String
        /// `client`, an origin such as `AWS::ApiGateway::Stage`, `AWS::Lambda` for an inferred
        /// AWS service, `remote` for an inferred downstream service, or empty when unknown.
        public var type: String
        /// True for the client node.
        public var isClient: Bool
        /// True when a client called this node directly.
        public var isRoot: Bool
        /// True when the node comes from a subsegment with no segment of its own.
        public var isInferred: Bool
        public var statistics: OutcomeStatistics
        public var startTime: Double
        public var endTime: Double
        public var edges: [Edge]
    }

    public struct Edge: Sendable, Hashable {
        /// The callee's `referenceID`.
        public var destination: Int
        public var statistics: OutcomeStatistics
        public var startTime: Double
        public var endTime: Double
    }

    /// Client first, then services sorted by name and type.
    public var nodes: [Node]
    public var startTime: Double
    public var endTime: Double

    /// Builds the map from assembled traces. One pass over every segment and subsegment; the
    /// result does not depend on the order traces come in.
    public static func build(_ traces: some Sequence<Trace>) -> ServiceGraph {
        var builder = Builder()
        for trace in traces { builder.add(trace) }
        return builder.finish()
    }

    /// The node of the service named `name` (first match), if any.
    public func node(named name: String) -> Node? {
        nodes.first { $0.name == name }
    }
}

private struct Key: Hashable {
    var name: String
    var type: String
}

private struct Builder {
    struct Building {
        var key: Key
        var isClient = false
        var isRoot = false
        var isInferred = true
        var statistics = OutcomeStatistics()
        var startTime = Double.infinity
        var endTime = 0.0
        var edges: [Int: ServiceGraph.Edge] = [:]
    }

    var nodes: [Building] = []
    var lookup: [Key: Int] = [:]
    var start = Double.infinity
    var end = 0.0
    // Reused per trace.
    var owner: [SegmentID: Int] = [:]
    var calledIDs: Set<SegmentID> = []

    init() {
        nodes.append(Building(key: Key(name: "client", type: "client"), isClient: true, isInferred: false))
        lookup[Key(name: "client", type: "client")] = 0
    }

    mutating func node(_ key: Key) -> Int {
        if let index = lookup[key] { return index }
        nodes.append(Building(key: key))
        lookup[key] = nodes.count - 1
        return nodes.count - 1
    }

    mutating func edge(from source: Int, to destination: Int, _ segment: Segment) {
        let finish = segment.endTime ?? segment.startTime
        var edge = nodes[source].edges[destination]
            ?? ServiceGraph.Edge(destination: destination, statistics: OutcomeStatistics(), startTime: .infinity, endTime: 0)
        edge.statistics.add(segment.outcome, duration: segment.duration)
        edge.startTime = min(edge.startTime, segment.startTime)
        edge.endTime = max(edge.endTime, finish)
        nodes[source].edges[destination] = edge
    }

    mutating func count(_ index: Int, _ segment: Segment) {
        let finish = segment.endTime ?? segment.startTime
        nodes[index].statistics.add(segment.outcome, duration: segment.duration)
        nodes[index].startTime = min(nodes[index].startTime, segment.startTime)
        nodes[index].endTime = max(nodes[index].endTime, finish)
        start = min(start, segment.startTime)
        end = max(end, finish)
    }

    mutating func add(_ trace: Trace) {
        owner.removeAll(keepingCapacity: true)
        calledIDs.removeAll(keepingCapacity: true)
        var segmentNodes: [Int] = []
        segmentNodes.reserveCapacity(trace.segments.count)
        for segment in trace.segments {
            let index = node(Key(name: segment.name, type: segment.origin ?? ""))
            nodes[index].isInferred = false
            segmentNodes.append(index)
            count(index, segment)
            owner[segment.id] = index
            if let parent = segment.parentID { calledIDs.insert(parent) }
            if !segment.subsegments.isEmpty { mapOwner(segment.subsegments, to: index) }
        }
        for (position, segment) in trace.segments.enumerated() {
            let index = segmentNodes[position]
            if let parent = segment.parentID, let caller = owner[parent], caller != index {
                edge(from: caller, to: index, segment)
            } else if segment.parentID == nil || owner[segment.parentID!] == nil {
                nodes[index].isRoot = true
                edge(from: 0, to: index, segment)
            }
            if !segment.subsegments.isEmpty { inferDownstream(segment.subsegments, from: index) }
        }
    }

    mutating func mapOwner(_ subsegments: [Segment], to index: Int) {
        for subsegment in subsegments {
            owner[subsegment.id] = index
            if !subsegment.subsegments.isEmpty { mapOwner(subsegment.subsegments, to: index) }
        }
    }

    /// A subsegment in the `aws` or `remote` namespace that no segment answers becomes an
    /// inferred node, as X-Ray draws a DynamoDB table or an HTTP API it cannot see into.
    mutating func inferDownstream(_ subsegments: [Segment], from caller: Int) {
        for subsegment in subsegments {
            if let namespace = subsegment.namespace, namespace == "aws" || namespace == "remote", !calledIDs.contains(subsegment.id) {
                let type: String
                if namespace == "remote" {
                    type = "remote"
                } else if subsegment.name.hasPrefix("AWS::") {
                    type = subsegment.name
                } else {
                    type = "AWS::" + subsegment.name
                }
                let index = node(Key(name: subsegment.name, type: type))
                count(index, subsegment)
                edge(from: caller, to: index, subsegment)
            }
            if !subsegment.subsegments.isEmpty { inferDownstream(subsegment.subsegments, from: caller) }
        }
    }

    func finish() -> ServiceGraph {
        // Client first, then by name and type, so reference ids do not depend on arrival order.
        let order = [0] + nodes.indices.dropFirst().sorted {
            (nodes[$0].key.name, nodes[$0].key.type) < (nodes[$1].key.name, nodes[$1].key.type)
        }
        var newIndex = [Int](repeating: 0, count: nodes.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        var result: [ServiceGraph.Node] = []
        for (position, old) in order.enumerated() {
            let building = nodes[old]
            let edges = building.edges.values.map { edge -> ServiceGraph.Edge in
                var copy = edge
                copy.destination = newIndex[edge.destination]
                return copy
            }.sorted { $0.destination < $1.destination }
            var statistics = building.statistics
            var startTime = building.startTime
            var endTime = building.endTime
            if building.isClient {
                // The client's own numbers are those of its calls.
                statistics = OutcomeStatistics()
                for edge in edges {
                    statistics.okCount += edge.statistics.okCount
                    statistics.errorCount += edge.statistics.errorCount
                    statistics.throttleCount += edge.statistics.throttleCount
                    statistics.faultCount += edge.statistics.faultCount
                    statistics.totalResponseTime += edge.statistics.totalResponseTime
                    for (bucket, count) in edge.statistics.histogram { statistics.histogram[bucket, default: 0] += count }
                    startTime = min(startTime, edge.startTime)
                    endTime = max(endTime, edge.endTime)
                }
            }
            result.append(ServiceGraph.Node(
                referenceID: position, name: building.key.name, type: building.key.type, isClient: building.isClient,
                isRoot: building.isRoot, isInferred: building.isInferred, statistics: statistics,
                startTime: startTime.isFinite ? startTime : 0, endTime: endTime, edges: edges
            ))
        }
        if result.count == 1, result[0].edges.isEmpty { result.removeAll() }
        return ServiceGraph(nodes: result, startTime: start.isFinite ? start : 0, endTime: end)
    }
}
