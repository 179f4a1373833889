import GatehouseJSON
import OrderedCollections

/// X-Ray's read calls as pure request → response functions over a `TraceStore`, in AWS's JSON
/// shapes: `GetServiceGraph` (`POST /ServiceGraph`), `GetTraceSummaries` (`POST /TraceSummaries`)
/// and `BatchGetTraces` (`POST /Traces`). The HTTP server only moves bytes.
public struct XRayReadAPI: Sendable {
    public let store: TraceStore

    public init(store: TraceStore) {
        self.store = store
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

    /// `GetTraceSummaries`: one summary per trace in the range that matches `FilterExpression`.
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
        let traces = store.traces(from: start, to: end)
        var summaries: [JSONValue] = []
        for trace in traces where filter?.matches(trace) ?? true {
            summaries.append(Self.summaryJSON(trace))
        }
        var result = JSONObject()
        result["TraceSummaries"] = .array(summaries)
        result["ApproximateTime"] = .number(XRayJSON.number(end))
        result["TracesProcessedCount"] = .number(JSONNumber(traces.count))
        return .object(result)
    }

    /// `BatchGetTraces`: every stored document of each trace id; unknown ids are listed in
    /// `UnprocessedTraceIds`.
    public func batchGetTraces(_ request: JSONValue) throws(RequestError) -> JSONValue {
        guard let ids = request["TraceIds"]?.arrayValue else { throw .invalid("TraceIds is required") }
        var traces: [JSONValue] = []
        var unprocessed: [JSONValue] = []
        for value in ids {
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
        return ["Traces": .array(traces), "UnprocessedTraceIds": .array(unprocessed)]
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
