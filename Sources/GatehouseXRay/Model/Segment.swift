import GatehouseJSON
import OrderedCollections

/// One segment or subsegment document in X-Ray's format.
///
/// A *segment* records the work one service did for a request (`trace_id`, no `type`). A
/// *subsegment* records a step inside it: either embedded in its parent's `subsegments`, or sent
/// on its own with `"type": "subsegment"`, `trace_id` and `parent_id` (an *independent*
/// subsegment, which the store joins to its parent). The value is immutable once recorded; the
/// recorder builds it, the store and the renderers read it.
public struct Segment: Sendable, Hashable {
    public var name: String
    public var id: SegmentID
    /// Required on segments and independent subsegments; nil inside a parent.
    public var traceID: TraceID?
    public var parentID: SegmentID?
    /// `"subsegment"` for an independent subsegment; nil otherwise.
    public var type: String?
    /// Seconds since 1970 (fractional).
    public var startTime: Double
    /// Seconds since 1970; nil while `inProgress`.
    public var endTime: Double?
    public var inProgress: Bool
    /// The AWS resource type, `AWS::ApiGateway::Stage`, `AWS::Lambda::Function`, ….
    public var origin: String?
    /// `aws` for an AWS SDK call, `remote` for another downstream call (subsegments).
    public var namespace: String?
    public var user: String?
    public var http: HTTPInfo?
    public var aws: JSONObject?
    public var service: JSONObject?
    public var sql: JSONObject?
    /// 4xx: a client error.
    public var error: Bool
    /// 429: throttled (set together with `error`).
    public var throttle: Bool
    /// 5xx: a server fault.
    public var fault: Bool
    /// Why it failed: an object with `exceptions` (or a string: the id of an exception recorded elsewhere).
    public var cause: JSONValue?
    /// Indexed values for filter expressions: string, number or boolean.
    public var annotations: OrderedDictionary<String, AnnotationValue>
    /// Free-form data, by namespace (`default` when the SDK was given none).
    public var metadata: JSONObject?
    public var precursorIDs: [SegmentID]
    public var subsegments: [Segment]

    public init(
        name: String, id: SegmentID, traceID: TraceID? = nil, parentID: SegmentID? = nil, type: String? = nil,
        startTime: Double, endTime: Double? = nil, inProgress: Bool = false
    ) {
        self.name = name
        self.id = id
        self.traceID = traceID
        self.parentID = parentID
        self.type = type
        self.startTime = startTime
        self.endTime = endTime
        self.inProgress = inProgress
        self.origin = nil
        self.namespace = nil
        self.user = nil
        self.http = nil
        self.aws = nil
        self.service = nil
        self.sql = nil
        self.error = false
        self.throttle = false
        self.fault = false
        self.cause = nil
        self.annotations = [:]
        self.metadata = nil
        self.precursorIDs = []
        self.subsegments = []
    }

    /// Whether this document was sent on its own as a subsegment (`"type": "subsegment"`).
    public var isIndependentSubsegment: Bool { type == "subsegment" }

    /// `end - start` in seconds, or nil while in progress.
    public var duration: Double? { endTime.map { $0 - startTime } }

    /// The outcome X-Ray colours a node or edge by.
    public var outcome: Outcome {
        if fault { return .fault }
        if throttle { return .throttle }
        if error { return .error }
        return .ok
    }

    /// Sets `error`, `throttle` and `fault` from an HTTP status as API Gateway does: 4xx is an
    /// error, 429 also a throttle, 5xx a fault.
    public mutating func setOutcome(status: Int) {
        error = (400..<500).contains(status)
        throttle = status == 429
        fault = status >= 500
    }

    /// Visits this segment and every subsegment below it, depth first.
    public func forEachNode(_ body: (Segment, _ depth: Int) throws -> Void) rethrows {
        try visit(depth: 0, body)
    }

    private func visit(depth: Int, _ body: (Segment, Int) throws -> Void) rethrows {
        try body(self, depth)
        for subsegment in subsegments { try subsegment.visit(depth: depth + 1, body) }
    }
}

/// Subsegments have the segment's shape; the name says which role a value plays.
public typealias Subsegment = Segment

/// ok / error (4xx) / throttle (429) / fault (5xx), in X-Ray's colour order.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    case ok, error, throttle, fault
}

/// An annotation value: X-Ray indexes strings, numbers and booleans only.
public enum AnnotationValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(JSONNumber)
    case bool(Bool)

    public var description: String {
        switch self {
        case .string(let string): string
        case .number(let number): number.text
        case .bool(let bool): bool ? "true" : "false"
        }
    }

    var json: JSONValue {
        switch self {
        case .string(let string): .string(string)
        case .number(let number): .number(number)
        case .bool(let bool): .bool(bool)
        }
    }
}

extension AnnotationValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

/// The `http` object: the request a segment served (or a subsegment made) and its response.
public struct HTTPInfo: Sendable, Hashable {
    public struct Request: Sendable, Hashable {
        public var method: String?
        public var url: String?
        public var userAgent: String?
        public var clientIP: String?
        public var xForwardedFor: Bool?
        /// Set on a subsegment whose downstream call carried the trace header.
        public var traced: Bool?

        public init(method: String? = nil, url: String? = nil, userAgent: String? = nil, clientIP: String? = nil,
                    xForwardedFor: Bool? = nil, traced: Bool? = nil) {
            self.method = method
            self.url = url
            self.userAgent = userAgent
            self.clientIP = clientIP
            self.xForwardedFor = xForwardedFor
            self.traced = traced
        }
    }

    public struct Response: Sendable, Hashable {
        public var status: Int?
        public var contentLength: Int?

        public init(status: Int? = nil, contentLength: Int? = nil) {
            self.status = status
            self.contentLength = contentLength
        }
    }

    public var request: Request?
    public var response: Response?

    public init(request: Request? = nil, response: Response? = nil) {
        self.request = request
        self.response = response
    }
}

/// One exception in a `cause` object.
public struct ExceptionInfo: Sendable, Hashable {
    public var id: SegmentID
    public var message: String
    public var type: String?
    /// True when the exception came from a downstream service.
    public var remote: Bool

    public init(id: SegmentID, message: String, type: String? = nil, remote: Bool = false) {
        self.id = id
        self.message = message
        self.type = type
        self.remote = remote
    }

    /// The `cause` object holding `exceptions`.
    public static func cause(_ exceptions: [ExceptionInfo]) -> JSONValue {
        var list: [JSONValue] = []
        for exception in exceptions {
            var object = JSONObject()
            object["id"] = .string(exception.id.description)
            object["message"] = .string(exception.message)
            if let type = exception.type { object["type"] = .string(type) }
            if exception.remote { object["remote"] = true }
            list.append(.object(object))
        }
        return ["exceptions": .array(list)]
    }
}
