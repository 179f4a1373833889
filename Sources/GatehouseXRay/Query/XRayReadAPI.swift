import GatehouseJSON
import OrderedCollections

/// X-Ray's read calls as pure request → response functions over a `TraceStore`, in AWS's JSON
/// shapes: `GetServiceGraph` (`POST /ServiceGraph`), `GetTraceSummaries` (`POST /TraceSummaries`)
/// and `BatchGetTraces` (`POST /Traces`). The HTTP server only moves bytes.
public struct XRayReadAPI: Sendable {
    public let store: TraceStore
    /// Most summaries in one `GetTraceSummaries` page; more are reached with `NextToken`.
    public var summaryPageSize: Int
    /// Most trace ids answered by one `BatchGetTraces` page; the rest with `NextToken`.
    public var tracePageSize: Int

    public init(store: TraceStore, summaryPageSize: Int = 100, tracePageSize: Int = 5) {
        self.store = store
        self.summaryPageSize = max(1, summaryPageSize)
        self.tracePageSize = max(1, tracePageSize)
    }

    /// An HTTP answer: status, JSON body, and for errors AWS's `x-amzn-ErrorType`.
    public struct Response: Sendable, Hashable {
        public var status: Int
        public var body: String
        public var errorType: String?
    }

    /// A client error in AWS's shape (`InvalidRequestException`, 400).
    public struct RequestError: Error, Sendable, Hashable {
        public var type: String
        public var message: String

        public static func invalid(_ message: String) -> RequestError {
            RequestError(type: "InvalidRequestException", message: message)
        }
    }

    /// Routes `POST /ServiceGraph`, `/TraceSummaries`, `/Traces`.
    public func handle(method: String, path: String, body: [UInt8]) -> Response {
        let route = path.split(separator: "?").first.map(String.init) ?? path
        do throws(RequestError) {
            guard method == "POST" else { throw RequestError(type: "UnknownOperationException", message: "use POST") }
            let request: JSONValue
            do {
                request = body.isEmpty ? .object(JSONObject()) : try XRayJSON.parse(body)
            } catch {
                throw .invalid("request body is not JSON: \(error)")
            }
            guard case .object = request else { throw .invalid("request body must be a JSON object") }
            let result: JSONValue
            switch route {
            case "/ServiceGraph": result = try getServiceGraph(request)
            case "/TraceSummaries": result = try getTraceSummaries(request)
            case "/Traces": result = try batchGetTraces(request)
            default: throw RequestError(type: "UnknownOperationException", message: "no operation at \(route)")
            }
            return Response(status: 200, body: XRayJSON.serialize(result), errorType: nil)
        } catch {
            let status = error.type == "UnknownOperationException" ? 404 : 400
            return Response(status: status, body: XRayJSON.serialize(["message": .string(error.message)]), errorType: error.type)
        }
    }

    private func timeRange(_ request: JSONValue) throws(RequestError) -> (Double, Double) {
        func seconds(_ key: String) throws(RequestError) -> Double {
            switch request[key] {
            case .number(let number)?: return number.doubleValue
            case .string(let text)?:
                if let value = Double(text) { return value }
                throw .invalid("\(key) must be seconds since 1970")
            default: throw .invalid("\(key) is required")
            }
        }
        let start = try seconds("StartTime")
        let end = try seconds("EndTime")
        guard start <= end else { throw .invalid("StartTime must not be after EndTime") }
        return (start, end)
    }

    /// `GetServiceGraph`: the map of traces overlapping `StartTime`…`EndTime`.
    public func getServiceGraph(_ request: JSONValue) throws(RequestError) -> JSONValue {
        let (start, end) = try timeRange(request)
        let graph = ServiceGraph.build(store.traces(from: start, to: end))
        var result = JSONObject()
        result["StartTime"] = .number(XRayJSON.number(start))
        result["EndTime"] = .number(XRayJSON.number(end))
        result["Services"] = .array(graph.nodes.map(Self.serviceJSON))
        result["ContainsOldGroupVersions"] = false
        return .object(result)
    }

    /// `GetTraceSummaries`: one summary per trace in the range that matches `FilterExpression`,
    /// most recent first, `summaryPageSize` at a time. As on AWS, the first page holds the traces
    /// closest to `EndTime` and `NextToken` (when present) fetches the next, older page;
    /// `TracesProcessedCount` counts the traces examined, matching or not.
    public func getTraceSummaries(_ request: JSONValue) throws(RequestError) -> JSONValue {
        let (start, end) = try timeRange(request)
        var filter: FilterExpression?
        if let text = request["FilterExpression"]?.stringValue, !text.trimmingSpaces.isEmpty {
            do {
                filter = try FilterExpression(text)
            } catch {
                throw .invalid("\(error)")
            }
        }
        let cursor = try SummaryCursor(token: request["NextToken"])
        let traces = store.traces(from: start, to: end)
        var matches: [(start: Double, trace: Trace)] = []
        for trace in traces where filter?.matches(trace) ?? true {
            let position = (start: trace.startTime, trace: trace)
            if let cursor, !cursor.isFollowed(by: position.start, position.trace.id) { continue }
            matches.append(position)
        }
        // Most recent first; equal start times by trace id, so the order (and the cursor) is total.
        matches.sort { ($0.start, $0.trace.id) > ($1.start, $1.trace.id) }
        let page = matches.prefix(summaryPageSize)
        var result = JSONObject()
        result["TraceSummaries"] = .array(page.map { Self.summaryJSON($0.trace) })
        result["ApproximateTime"] = .number(XRayJSON.number(end))
        result["TracesProcessedCount"] = .number(JSONNumber(traces.count))
        if matches.count > page.count, let last = page.last {
            result["NextToken"] = .string(SummaryCursor(start: last.start, id: last.trace.id).token)
        }
        return .object(result)
    }

    /// `BatchGetTraces`: every stored document of each trace id; unknown ids are listed in
    /// `UnprocessedTraceIds`. Ids are answered `tracePageSize` at a time, in the order asked;
    /// `NextToken` continues with the next ones.
    public func batchGetTraces(_ request: JSONValue) throws(RequestError) -> JSONValue {
        guard let ids = request["TraceIds"]?.arrayValue else { throw .invalid("TraceIds is required") }
        let first = try Self.batchOffset(token: request["NextToken"], idCount: ids.count)
        let pageEnd = min(ids.count, first + tracePageSize)
        var traces: [JSONValue] = []
        var unprocessed: [JSONValue] = []
        for value in ids[first..<pageEnd] {
            guard let text = value.stringValue else { throw .invalid("TraceIds must be strings") }
            guard let id = TraceID(text), let trace = store.trace(id) else {
                unprocessed.append(.string(text))
                continue
            }
            var object = JSONObject()
            object["Id"] = .string(id.description)
            object["Duration"] = .number(XRayJSON.number(Self.rounded(trace.endTime - trace.startTime)))
            object["LimitExceeded"] = false
            object["Segments"] = .array((trace.segments + trace.orphans).map { segment in
                var document = segment
                if segment.isIndependentSubsegment == false { document.traceID = id }
                return ["Id": .string(segment.id.description), "Document": .string(document.document)]
            })
            traces.append(.object(object))
        }
        var result: JSONObject = ["Traces": .array(traces), "UnprocessedTraceIds": .array(unprocessed)]
        if pageEnd < ids.count { result["NextToken"] = .string(Self.batchToken(offset: pageEnd, idCount: ids.count)) }
        return .object(result)
    }

    // MARK: Paging tokens
    //
    // Tokens are opaque to clients (base64 of a short text), as AWS's are. A summaries token holds
    // the position of the last summary returned (start time and trace id), so traces arriving
    // between calls neither repeat nor shift a page; a BatchGetTraces token holds the offset into
    // the request's ids and their count, so it is refused with a different id list.

    struct SummaryCursor {
        var start: Double
        var id: TraceID

        init(start: Double, id: TraceID) {
            self.start = start
            self.id = id
        }

        /// nil without a token; throws for a token this API did not issue.
        init?(token value: JSONValue?) throws(RequestError) {
            guard let value, !value.isNull else { return nil }
            guard let text = value.stringValue, let decoded = XRayReadAPI.decodeToken(text), decoded.hasPrefix("s1:") else {
                throw .invalid("NextToken is not a token this API returned")
            }
            let parts = decoded.dropFirst(3).split(separator: "/")
            guard parts.count == 2, let bits = UInt64(parts[0], radix: 16), let id = TraceID(parts[1]) else {
                throw .invalid("NextToken is not a token this API returned")
            }
            self.init(start: Double(bitPattern: bits), id: id)
        }

        var token: String { XRayReadAPI.encodeToken("s1:" + String(start.bitPattern, radix: 16) + "/" + id.description) }

        /// Whether a trace at (`start`, `id`) comes after this cursor in most-recent-first order.
        func isFollowed(by otherStart: Double, _ otherID: TraceID) -> Bool {
            (otherStart, otherID) < (start, id)
        }
    }

    static func batchToken(offset: Int, idCount: Int) -> String {
        encodeToken("b1:\(offset)/\(idCount)")
    }

    static func batchOffset(token value: JSONValue?, idCount: Int) throws(RequestError) -> Int {
        guard let value, !value.isNull else { return 0 }
        guard let text = value.stringValue, let decoded = decodeToken(text), decoded.hasPrefix("b1:") else {
            throw .invalid("NextToken is not a token this API returned")
        }
        let parts = decoded.dropFirst(3).split(separator: "/")
        guard parts.count == 2, let offset = Int(parts[0]), let count = Int(parts[1]), count == idCount, offset >= 0, offset < idCount else {
            throw .invalid("NextToken does not belong to this list of TraceIds")
        }
        return offset
    }

    private static let base64Digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encodeToken(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for (offset, byte) in chunk.enumerated() { value |= Int(byte) << (16 - 8 * offset) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? base64Digits[(value >> (18 - 6 * position)) & 0x3F] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeToken(_ token: String) -> String? {
        var value = 0
        var bits = 0
        var out: [UInt8] = []
        for byte in token.utf8 {
            if byte == UInt8(ascii: "=") { break }
            guard let digit = base64Digits.firstIndex(of: byte) else { return nil }
            value = (value << 6) | digit
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((value >> bits) & 0xFF))
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    static func statisticsJSON(_ statistics: OutcomeStatistics) -> JSONValue {
        var object = JSONObject()
        object["OkCount"] = .number(JSONNumber(statistics.okCount))
        object["ErrorStatistics"] = [
            "ThrottleCount": .number(JSONNumber(statistics.throttleCount)),
            "OtherCount": .number(JSONNumber(statistics.errorCount)),
            "TotalCount": .number(JSONNumber(statistics.errorCount + statistics.throttleCount)),
        ]
        object["FaultStatistics"] = [
            "OtherCount": .number(JSONNumber(statistics.faultCount)),
            "TotalCount": .number(JSONNumber(statistics.faultCount)),
        ]
        object["TotalCount"] = .number(JSONNumber(statistics.totalCount))
        object["TotalResponseTime"] = .number(XRayJSON.number(rounded(statistics.totalResponseTime)))
        return .object(object)
    }

    static func histogramJSON(_ statistics: OutcomeStatistics) -> JSONValue {
        .array(statistics.histogram.keys.sorted().map { milliseconds in
            ["Value": .number(XRayJSON.number(Double(milliseconds) / 1000)), "Count": .number(JSONNumber(statistics.histogram[milliseconds]!))]
        })
    }

    static func serviceJSON(_ node: ServiceGraph.Node) -> JSONValue {
        var object = JSONObject()
        object["ReferenceId"] = .number(JSONNumber(node.referenceID))
        object["Name"] = .string(node.name)
        object["Names"] = [.string(node.name)]
        if node.isRoot { object["Root"] = true }
        if !node.type.isEmpty { object["Type"] = .string(node.type) }
        object["State"] = .string(node.isInferred ? "unknown" : "active")
        object["StartTime"] = .number(XRayJSON.number(node.startTime))
        object["EndTime"] = .number(XRayJSON.number(node.endTime))
        object["Edges"] = .array(node.edges.map { edge in
            var value = JSONObject()
            value["ReferenceId"] = .number(JSONNumber(edge.destination))
            value["StartTime"] = .number(XRayJSON.number(edge.startTime))
            value["EndTime"] = .number(XRayJSON.number(edge.endTime))
            value["SummaryStatistics"] = statisticsJSON(edge.statistics)
            value["ResponseTimeHistogram"] = histogramJSON(edge.statistics)
            value["Aliases"] = []
            return .object(value)
        })
        object["SummaryStatistics"] = statisticsJSON(node.statistics)
        object["DurationHistogram"] = histogramJSON(node.statistics)
        object["ResponseTimeHistogram"] = histogramJSON(node.statistics)
        return .object(object)
    }

    static func serviceID(_ segment: Segment) -> JSONValue {
        var object = JSONObject()
        object["Name"] = .string(segment.name)
        object["Names"] = [.string(segment.name)]
        if let origin = segment.origin { object["Type"] = .string(origin) }
        return .object(object)
    }

    /// One `TraceSummary`.
    public static func summaryJSON(_ trace: Trace) -> JSONValue {
        let facts = TraceFacts(trace)
        let root = trace.rootSegment
        var object = JSONObject()
        object["Id"] = .string(trace.id.description)
        object["StartTime"] = .number(XRayJSON.number(trace.startTime))
        object["Duration"] = .number(XRayJSON.number(rounded(facts.duration)))
        if let responseTime = facts.responseTime { object["ResponseTime"] = .number(XRayJSON.number(rounded(responseTime))) }
        object["HasFault"] = .bool(facts.hasFault)
        object["HasError"] = .bool(facts.hasError)
        object["HasThrottle"] = .bool(facts.hasThrottle)
        object["IsPartial"] = .bool(trace.isPartial)
        if let http = facts.http {
            var value = JSONObject()
            if let url = http.request?.url { value["HttpURL"] = .string(url) }
            if let status = http.response?.status { value["HttpStatus"] = .number(JSONNumber(status)) }
            if let method = http.request?.method { value["HttpMethod"] = .string(method) }
            if let agent = http.request?.userAgent { value["UserAgent"] = .string(agent) }
            if let ip = http.request?.clientIP { value["ClientIp"] = .string(ip) }
            object["Http"] = .object(value)
        }
        // Annotations: key → distinct values, each with the services that recorded it.
        var annotations = OrderedDictionary<String, OrderedDictionary<AnnotationValue, [JSONValue]>>()
        var services: [JSONValue] = []
        var seenServices: Set<String> = []
        var users: [JSONValue] = []
        for segment in trace.segments + trace.orphans {
            let service = serviceID(segment)
            if seenServices.insert("\(segment.name)|\(segment.origin ?? "")").inserted { services.append(service) }
            if let user = segment.user { users.append(["UserName": .string(user), "ServiceIds": [service]]) }
            segment.forEachNode { node, _ in
                for (key, value) in node.annotations {
                    var values = annotations[key] ?? [:]
                    var ids = values[value] ?? []
                    if !ids.contains(service) { ids.append(service) }
                    values[value] = ids
                    annotations[key] = values
                }
            }
        }
        var annotationObject = JSONObject()
        for (key, values) in annotations {
            annotationObject[key] = .array(values.map { value, ids in
                let annotationValue: JSONValue
                switch value {
                case .string(let text): annotationValue = ["StringValue": .string(text)]
                case .number(let number): annotationValue = ["NumberValue": .number(number)]
                case .bool(let flag): annotationValue = ["BooleanValue": .bool(flag)]
                }
                return ["AnnotationValue": annotationValue, "ServiceIds": .array(ids)]
            })
        }
        object["Annotations"] = .object(annotationObject)
        object["Users"] = .array(users)
        object["ServiceIds"] = .array(services)
        if let root { object["EntryPoint"] = serviceID(root) }
        object["Revision"] = 1
        return .object(object)
    }
}
