import GatehouseJSON
import Synchronization

/// Records segments: the stage segment of each API Gateway invocation and its subsegments, or any
/// segment a caller opens.
///
/// ```swift
/// let recorder = TraceRecorder(sink: store)
/// let stage = recorder.beginStage(apiName: "pets", stage: "prod", header: incoming, request: .init(method: "GET", url: url))
/// let call = stage.beginSubsegment(name: "Lambda", namespace: .aws)
/// lambdaHeaders[TraceHeader.name] = call.downstreamHeader.description
/// call.setHTTPResponse(status: 200); call.end()
/// stage.setHTTPResponse(status: 502)
/// stage.end()        // sends the finished segment to the sink when sampled
/// ```
///
/// Clock, ids and the sampler's random source are injected, so tests get the same documents
/// every run.
public struct TraceRecorder: Sendable {
    public let sink: any TraceSink
    public let sampler: Sampler
    public let clock: any TraceClock
    public let ids: any IDGenerator

    public init(
        sink: any TraceSink, sampler: Sampler? = nil, clock: any TraceClock = SystemTraceClock(),
        ids: any IDGenerator = RandomIDGenerator()
    ) {
        self.sink = sink
        self.sampler = sampler ?? Sampler(clock: clock)
        self.clock = clock
        self.ids = ids
    }

    /// Opens a segment. An incoming header continues its trace (its `Root`, its `Parent` as this
    /// segment's parent, its `Sampled` decision); without one, or with `Sampled=?`, the sampler
    /// decides from `sampling`.
    public func beginSegment(
        name: String, origin: String? = nil, header: TraceHeader? = nil, sampling: SamplingRequest = SamplingRequest()
    ) -> ActiveSegment {
        let start = clock.now()
        let traceID = header?.root ?? ids.nextTraceID(at: start)
        let sampled: Bool
        switch header?.root == nil ? nil : header?.sampled {
        case .sampled?: sampled = true
        case .notSampled?: sampled = false
        case .requested?, nil: sampled = sampler.decide(sampling).sampled
        }
        var segment = Segment(name: String(name.prefix(Segment.maxNameLength)), id: ids.nextSegmentID(), traceID: traceID,
                              parentID: header?.root == nil ? nil : header?.parent, startTime: start, inProgress: true)
        segment.origin = origin
        return ActiveSegment(segment: segment, traceID: traceID, sampled: sampled, incoming: header, recorder: self, isRoot: true)
    }

    /// Opens the stage segment API Gateway records for one invocation: named `API-name/stage`,
    /// origin `AWS::ApiGateway::Stage`, with the request's `http` and `aws.api_gateway` fields.
    public func beginStage(
        apiName: String, stage: String, header: TraceHeader?, request: HTTPInfo.Request, host: String? = nil,
        path: String? = nil, restAPIID: String? = nil, requestID: String? = nil, accountID: String? = nil
    ) -> ActiveSegment {
        let name = "\(apiName)/\(stage)"
        let segment = beginSegment(
            name: name, origin: "AWS::ApiGateway::Stage", header: header,
            sampling: SamplingRequest(host: host, httpMethod: request.method, urlPath: path, serviceName: name,
                                      serviceType: "AWS::ApiGateway::Stage")
        )
        segment.setHTTPRequest(request)
        var gateway = JSONObject()
        if let accountID { gateway["account_id"] = .string(accountID) }
        if let restAPIID { gateway["rest_api_id"] = .string(restAPIID) }
        gateway["stage"] = .string(stage)
        if let requestID { gateway["request_id"] = .string(requestID) }
        segment.setAWS("api_gateway", .object(gateway))
        return segment
    }

    /// Runs `body` inside a segment that always ends; a thrown error marks it as a fault with the
    /// error as its cause, and is rethrown.
    public func withSegment<T>(
        name: String, origin: String? = nil, header: TraceHeader? = nil, sampling: SamplingRequest = SamplingRequest(),
        _ body: (ActiveSegment) async throws -> T
    ) async rethrows -> T {
        let segment = beginSegment(name: name, origin: origin, header: header, sampling: sampling)
        defer { segment.end() }
        do {
            return try await body(segment)
        } catch {
            segment.recordError(error)
            throw error
        }
    }
}

/// The `namespace` of a subsegment that calls something downstream.
public enum SubsegmentNamespace: String, Sendable {
    /// An AWS service (Lambda, DynamoDB, …): the map shows it as an `AWS::…` node.
    case aws
    /// Any other downstream HTTP service.
    case remote
}

/// A segment or subsegment being recorded. Thread-safe; every setter may be called from any task.
public final class ActiveSegment: Sendable {
    public let traceID: TraceID
    public let id: SegmentID
    /// Whether segments of this trace are recorded and sent.
    public let isSampled: Bool
    /// The header this invocation arrived with.
    public let incomingHeader: TraceHeader?
    private let recorder: TraceRecorder
    private let isRoot: Bool
    private let state: Mutex<State>

    private struct State {
        var segment: Segment
        var children: [ActiveSegment] = []
        var ended = false
    }

    init(segment: Segment, traceID: TraceID, sampled: Bool, incoming: TraceHeader?, recorder: TraceRecorder, isRoot: Bool) {
        self.traceID = traceID
        self.id = segment.id
        self.isSampled = sampled
        self.incomingHeader = incoming
        self.recorder = recorder
        self.isRoot = isRoot
        self.state = Mutex(State(segment: segment))
    }

    private var sampledDecision: TraceHeader.SamplingDecision { isSampled ? .sampled : .notSampled }

    /// The header to return to the client: the incoming `Root` and `Parent` when there were both,
    /// else this trace's root with this segment as parent; the sampling decision; any lineage.
    public var responseHeader: TraceHeader {
        var header = TraceHeader(root: traceID, parent: incomingHeader?.parent ?? id, sampled: sampledDecision,
                                 lineage: incomingHeader?.lineage)
        header.otherFields = incomingHeader?.otherFields ?? []
        return header
    }

    /// The header to send with a downstream call made from this (sub)segment, so the callee's
    /// segments join the trace with this one as their parent (for Lambda: `_X_AMZN_TRACE_ID`).
    public var downstreamHeader: TraceHeader {
        TraceHeader(root: traceID, parent: id, sampled: sampledDecision, lineage: incomingHeader?.lineage)
    }

    /// Opens a subsegment below this one.
    public func beginSubsegment(name: String, namespace: SubsegmentNamespace? = nil) -> ActiveSegment {
        var segment = Segment(name: String(name.prefix(Segment.maxNameLength)), id: recorder.ids.nextSegmentID(),
                              startTime: recorder.clock.now(), inProgress: true)
        segment.namespace = namespace?.rawValue
        let child = ActiveSegment(segment: segment, traceID: traceID, sampled: isSampled, incoming: incomingHeader,
                                  recorder: recorder, isRoot: false)
        state.withLock { $0.children.append(child) }
        return child
    }

    /// Runs `body` in a subsegment that always ends; a thrown error is recorded (fault) and rethrown.
    public func withSubsegment<T>(
        name: String, namespace: SubsegmentNamespace? = nil, _ body: (ActiveSegment) async throws -> T
    ) async rethrows -> T {
        let subsegment = beginSubsegment(name: name, namespace: namespace)
        defer { subsegment.end() }
        do {
            return try await body(subsegment)
        } catch {
            subsegment.recordError(error)
            throw error
        }
    }

    /// Synchronous form of `withSubsegment`, for CPU-bound steps such as a template render.
    public func withSubsegment<T>(name: String, namespace: SubsegmentNamespace? = nil, _ body: (ActiveSegment) throws -> T) rethrows -> T {
        let subsegment = beginSubsegment(name: name, namespace: namespace)
        defer { subsegment.end() }
        do {
            return try body(subsegment)
        } catch {
            subsegment.recordError(error)
            throw error
        }
    }

    private func update(_ change: (inout Segment) -> Void) {
        state.withLock { change(&$0.segment) }
    }

    /// Adds an indexed annotation (usable in filter expressions: `annotation.key = "v"`).
    public func annotate(_ key: String, _ value: AnnotationValue) {
        update { $0.annotations[key] = value }
    }

    /// Adds free-form metadata under `namespace` (X-Ray's SDKs use `default`).
    public func setMetadata(_ key: String, _ value: JSONValue, namespace: String = "default") {
        update { segment in
            var metadata = segment.metadata ?? JSONObject()
            var space = metadata[namespace]?.objectValue ?? JSONObject()
            space[key] = value
            metadata[namespace] = .object(space)
            segment.metadata = metadata
        }
    }

    /// Sets a member of the `aws` object (`function_name`, `operation`, `region`, …).
    public func setAWS(_ key: String, _ value: JSONValue) {
        update { segment in
            var aws = segment.aws ?? JSONObject()
            aws[key] = value
            segment.aws = aws
        }
    }

    public func setOrigin(_ origin: String) {
        update { $0.origin = origin }
    }

    public func setUser(_ user: String) {
        update { $0.user = user }
    }

    public func setHTTPRequest(_ request: HTTPInfo.Request) {
        update { segment in
            var http = segment.http ?? HTTPInfo()
            http.request = request
            segment.http = http
        }
    }

    /// Records the response status and sets `error` (4xx), `throttle` (429) or `fault` (5xx).
    public func setHTTPResponse(status: Int, contentLength: Int? = nil) {
        update { segment in
            var http = segment.http ?? HTTPInfo()
            http.response = HTTPInfo.Response(status: status, contentLength: contentLength)
            segment.http = http
            segment.setOutcome(status: status)
        }
    }

    /// Marks the outcome without an HTTP response (a failure before any response existed).
    public func setOutcome(_ outcome: Outcome) {
        update { segment in
            segment.error = outcome == .error || outcome == .throttle
            segment.throttle = outcome == .throttle
            segment.fault = outcome == .fault
        }
    }

    /// Adds an exception to `cause` (for example `Execution failed due to configuration error`).
    /// `remote` says the failure came from the downstream service.
    public func addException(message: String, type: String? = nil, remote: Bool = false) {
        let exceptionID = recorder.ids.nextSegmentID()
        update { segment in
            var exceptions = segment.cause?["exceptions"]?.arrayValue ?? []
            guard case .object(let new)? = ExceptionInfo.cause([ExceptionInfo(id: exceptionID, message: message, type: type, remote: remote)])["exceptions"]?[0]
            else { return }
            exceptions.append(.object(new))
            var cause = segment.cause?.objectValue ?? JSONObject()
            cause["exceptions"] = .array(exceptions)
            segment.cause = .object(cause)
        }
    }

    /// Records a thrown error: a fault, unless the segment already has an outcome, and its cause.
    public func recordError(_ error: any Error) {
        addException(message: "\(error)", type: String(describing: Swift.type(of: error)))
        update { segment in
            if segment.outcome == .ok { segment.fault = true }
        }
    }

    /// The document as it stands; unfinished subsegments show `in_progress`.
    public func snapshot() -> Segment {
        let (segment, children) = state.withLock { ($0.segment, $0.children) }
        var result = segment
        result.subsegments = children.map { $0.snapshot() }
        return result
    }

    /// Ends this (sub)segment at the clock's time. For a segment, sends the finished document to
    /// the sink when sampled and returns it; a second `end` does nothing and returns nil.
    @discardableResult
    public func end() -> Segment? {
        let now = recorder.clock.now()
        let first = state.withLock { state -> Bool in
            guard !state.ended else { return false }
            state.ended = true
            state.segment.endTime = max(now, state.segment.startTime)
            state.segment.inProgress = false
            return true
        }
        guard first else { return nil }
        let finished = snapshot()
        if isRoot, isSampled { recorder.sink.record(finished) }
        return finished
    }
}
