import GatehouseJSON

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

    /// The node named `name` of type `type` (a function's `AWS::Lambda` node and its
    /// `AWS::Lambda::Function` node share the function's name).
    public func node(named name: String, type: String) -> Node? {
        nodes.first { $0.name == name && $0.type == type }
    }
}

private struct Key: Hashable {
    var name: String
    var type: String
}

/// Builds the map in one pass per trace. Segments are read in place (never copied out of their
/// arrays), node keys are interned once, edges live in one flat array found by an integer key,
/// and the per-trace id tables are small arrays that are reused.
private struct Builder {
    struct Building {
        var key: Key
        var isClient = false
        var isRoot = false
        var isInferred = true
        var statistics = OutcomeStatistics()
        var startTime = Double.infinity
        var endTime = 0.0
    }

    var nodes: [Building] = []
    var lookup: [Key: Int] = [:]
    var edges: [ServiceGraph.Edge] = []
    var edgeSources: [Int] = []
    /// `source << 32 | destination` → position in `edges`.
    var edgeLookup: [Int: Int] = [:]
    var start = Double.infinity
    var end = 0.0
    // Reused per trace.
    var owners = IDTable()
    /// Ids named as `parent_id` by a segment of the trace, and whether that segment is the
    /// Lambda service's own (`AWS::Lambda`).
    var called = IDTable()
    /// Lambda invoke subsegments → the inferred `AWS::Lambda` node drawn for them.
    var lambdaCalls = IDTable()
    var segmentNodes: [Int] = []

    init() {
        nodes.append(Building(key: Key(name: "client", type: "client"), isClient: true, isInferred: false))
        lookup[Key(name: "client", type: "client")] = 0
    }

    mutating func node(name: String, type: String) -> Int {
        let key = Key(name: name, type: type)
        if let index = lookup[key] { return index }
        nodes.append(Building(key: key))
        lookup[key] = nodes.count - 1
        return nodes.count - 1
    }

    // Segments are passed as pointers into their arrays: a `Segment` is large, and copying one
    // out of an array costs a retain per member.

    mutating func edge(from source: Int, to destination: Int, _ segment: UnsafePointer<Segment>) {
        let start = segment.pointee.startTime
        let finish = segment.pointee.endTime ?? start
        let key = source << 32 | destination
        let position: Int
        if let existing = edgeLookup[key] {
            position = existing
        } else {
            position = edges.count
            edges.append(ServiceGraph.Edge(destination: destination, statistics: OutcomeStatistics(), startTime: .infinity, endTime: 0))
            edgeSources.append(source)
            edgeLookup[key] = position
        }
        edges[position].statistics.add(segment.pointee.outcome, duration: segment.pointee.duration)
        if start < edges[position].startTime { edges[position].startTime = start }
        if finish > edges[position].endTime { edges[position].endTime = finish }
    }

    mutating func count(_ index: Int, _ segment: UnsafePointer<Segment>) {
        let segmentStart = segment.pointee.startTime
        let finish = segment.pointee.endTime ?? segmentStart
        nodes[index].statistics.add(segment.pointee.outcome, duration: segment.pointee.duration)
        if segmentStart < nodes[index].startTime { nodes[index].startTime = segmentStart }
        if finish > nodes[index].endTime { nodes[index].endTime = finish }
        if segmentStart < start { start = segmentStart }
        if finish > end { end = finish }
    }

    mutating func add(_ trace: Trace) {
        owners.removeAll()
        called.removeAll()
        lambdaCalls.removeAll()
        segmentNodes.removeAll(keepingCapacity: true)
        trace.segments.withUnsafeBufferPointer { segments in
            guard let base = segments.baseAddress else { return }
            for position in segments.indices {
                let segment = base + position
                let index = node(name: segment.pointee.name, type: segment.pointee.origin ?? "")
                nodes[index].isInferred = false
                segmentNodes.append(index)
                count(index, segment)
                owners.insert(segment.pointee.id.value, index)
                if let parent = segment.pointee.parentID {
                    called.insert(parent.value, segment.pointee.origin == lambdaServiceType ? 1 : 0)
                }
                if !segment.pointee.subsegments.isEmpty { mapOwner(segment.pointee.subsegments, to: index) }
            }
            // Inferred nodes first, so a function's segment can hang below the Lambda node drawn
            // for the subsegment that invoked it.
            for position in segments.indices where !segments[position].subsegments.isEmpty {
                inferDownstream(segments[position].subsegments, from: segmentNodes[position])
            }
            for position in segments.indices {
                let segment = base + position
                let index = segmentNodes[position]
                if let parent = segment.pointee.parentID, let caller = owners[parent.value], caller != index {
                    edge(from: lambdaCalls[parent.value] ?? caller, to: index, segment)
                } else if segment.pointee.parentID == nil || owners[segment.pointee.parentID!.value] == nil {
                    nodes[index].isRoot = true
                    edge(from: 0, to: index, segment)
                }
            }
        }
    }

    mutating func mapOwner(_ subsegments: [Segment], to index: Int) {
        for position in subsegments.indices {
            owners.insert(subsegments[position].id.value, index)
            if !subsegments[position].subsegments.isEmpty { mapOwner(subsegments[position].subsegments, to: index) }
        }
    }

    /// A subsegment in the `aws` or `remote` namespace that no segment answers becomes an
    /// inferred node, as X-Ray draws a DynamoDB table or an HTTP API it cannot see into. A Lambda
    /// invoke that names its function becomes the Lambda service's node (`AWS::Lambda`, named by
    /// the function) even when the function's own segment answers it: X-Ray's map draws the
    /// service between the caller and the function.
    mutating func inferDownstream(_ subsegments: [Segment], from caller: Int) {
        subsegments.withUnsafeBufferPointer { subsegments in
            guard let base = subsegments.baseAddress else { return }
            for position in subsegments.indices {
                let subsegment = base + position
                if let namespace = subsegment.pointee.namespace, namespace == "aws" || namespace == "remote" {
                    let id = subsegment.pointee.id.value
                    let calledBy = called[id]
                    if namespace == "aws", calledBy != 1, let function = ServiceGraph.invokedLambdaFunction(subsegment.pointee) {
                        let index = node(name: function, type: lambdaServiceType)
                        count(index, subsegment)
                        edge(from: caller, to: index, subsegment)
                        if calledBy != nil { lambdaCalls.insert(id, index) }
                    } else if calledBy == nil {
                        let name = subsegment.pointee.name
                        let type: String
                        if namespace == "remote" {
                            type = "remote"
                        } else if name.hasPrefix("AWS::") {
                            type = name
                        } else {
                            type = "AWS::" + name
                        }
                        let index = node(name: name, type: type)
                        count(index, subsegment)
                        edge(from: caller, to: index, subsegment)
                    }
                }
                if !subsegment.pointee.subsegments.isEmpty { inferDownstream(subsegment.pointee.subsegments, from: caller) }
            }
        }
    }

    func finish() -> ServiceGraph {
        // Client first, then by name and type, so reference ids do not depend on arrival order.
        let order = [0] + nodes.indices.dropFirst().sorted {
            (nodes[$0].key.name, nodes[$0].key.type) < (nodes[$1].key.name, nodes[$1].key.type)
        }
        var newIndex = [Int](repeating: 0, count: nodes.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        var edgesBySource = [[ServiceGraph.Edge]](repeating: [], count: nodes.count)
        for (position, edge) in edges.enumerated() {
            var copy = edge
            copy.destination = newIndex[edge.destination]
            edgesBySource[edgeSources[position]].append(copy)
        }
        var result: [ServiceGraph.Node] = []
        for (position, old) in order.enumerated() {
            let building = nodes[old]
            let edges = edgesBySource[old].sorted { $0.destination < $1.destination }
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

private let lambdaServiceType = "AWS::Lambda"

/// Segment id → small integer, for the ids of one trace: a linear array while small (most traces
/// have a handful of documents), a dictionary beyond that. Cleared between traces, keeping its
/// storage.
private struct IDTable {
    private var keys: [UInt64] = []
    private var values: [Int] = []
    private var index: [UInt64: Int] = [:]
    private static let linearLimit = 32

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        if !index.isEmpty { index.removeAll(keepingCapacity: true) }
    }

    /// Adds `id` → `value` unless `id` is already present.
    mutating func insert(_ id: UInt64, _ value: Int) {
        if keys.count < Self.linearLimit {
            if keys.contains(id) { return }
            keys.append(id)
            values.append(value)
            if keys.count == Self.linearLimit {
                for (key, value) in zip(keys, values) { index[key] = value }
            }
        } else if index[id] == nil {
            keys.append(id)
            index[id] = value
        }
    }

    subscript(id: UInt64) -> Int? {
        if keys.count < Self.linearLimit {
            for position in keys.indices where keys[position] == id { return values[position] }
            return nil
        }
        return index[id]
    }
}

extension ServiceGraph {
    /// The function a Lambda `Invoke` subsegment calls: a subsegment in the `aws` namespace named
    /// `Lambda` whose `aws.function_name` (a name or an ARN) or `aws.resource_names` names it.
    /// X-Ray names the Lambda service's node after the function.
    public static func invokedLambdaFunction(_ subsegment: borrowing Segment) -> String? {
        guard subsegment.name == "Lambda", let aws = subsegment.aws else { return nil }
        var name: String?
        if case .string(let text)? = aws["function_name"] {
            name = text
        } else if case .array(let list)? = aws["resource_names"], case .string(let text)? = list.first {
            name = text
        }
        guard var function = name, !function.isEmpty else { return nil }
        // arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]
        if function.hasPrefix("arn:") {
            let parts = function.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 7, parts[5] == "function" { function = String(parts[6]) }
        }
        return function
    }
}
