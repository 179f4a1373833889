import GatehouseJSON
import OrderedCollections

/// Why a segment document was refused.
public struct SegmentDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case invalidJSON(XRayJSONError)
        case notAnObject
        case missingField(String)
        case invalidField(String, String)
    }

    public var kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .invalidJSON(let error): "\(error)"
        case .notAnObject: "a segment document must be a JSON object"
        case .missingField(let field): "missing required field \"\(field)\""
        case .invalidField(let field, let reason): "invalid field \"\(field)\": \(reason)"
        }
    }

    /// A short stable reason for counters and log lines (`missing-field`, `invalid-field`, …).
    public var reason: String {
        switch kind {
        case .invalidJSON: "invalid-json"
        case .notAnObject: "not-an-object"
        case .missingField: "missing-field"
        case .invalidField: "invalid-field"
        }
    }
}

/// What decoding dropped without refusing the document.
public struct DecodeReport: Sendable, Hashable {
    /// Member names X-Ray's schema does not have, with the path they were found at.
    public var unknownFields: [String] = []
    /// Annotations whose value was not a string, number or boolean.
    public var droppedAnnotations: [String] = []

    public init() {}
}

extension Segment {
    /// The longest name X-Ray accepts.
    public static let maxNameLength = 200

    /// Parses and validates one segment document (a segment or an independent subsegment)
    /// straight from its bytes: required fields, id formats, times; unknown fields are reported in
    /// `report` and dropped.
    public static func decode(document bytes: some Collection<UInt8>, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        let result: Result<Segment, SegmentDocumentError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(SegmentDocumentError) -> Segment in try SegmentDocumentDecoder.decode(buffer, report: &report) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(SegmentDocumentError) -> Segment in
            try SegmentDocumentDecoder.decode(buffer, report: &report)
        }
    }

    /// Validates a parsed document as `decode(document:report:)` does.
    public static func decode(_ value: JSONValue, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        try decode(document: Array(JSONSerializer.compact(value).utf8), report: &report)
    }

    static func decodeHTTP(_ object: JSONObject, path: String) throws(SegmentDocumentError) -> HTTPInfo {
        var info = HTTPInfo()
        if case .object(let request)? = object["request"] {
            var value = HTTPInfo.Request()
            value.method = request["method"]?.stringValue
            value.url = request["url"]?.stringValue
            value.userAgent = request["user_agent"]?.stringValue
            value.clientIP = request["client_ip"]?.stringValue
            value.xForwardedFor = request["x_forwarded_for"]?.boolValue
            value.traced = request["traced"]?.boolValue
            info.request = value
        }
        if case .object(let response)? = object["response"] {
            var value = HTTPInfo.Response()
            if let status = response["status"] {
                guard case .number(let number) = status, let code = Int(number.text) else {
                    throw SegmentDocumentError(.invalidField("\(path).response.status", "expected an integer"))
                }
                value.status = code
            }
            if case .number(let number)? = response["content_length"] { value.contentLength = Int(number.text) }
            info.response = value
        }
        return info
    }

    /// The document as X-Ray's JSON, members in the schema's order.
    public var json: JSONValue {
        var object = JSONObject()
        object["name"] = .string(name)
        object["id"] = .string(id.description)
        if let traceID { object["trace_id"] = .string(traceID.description) }
        if let parentID { object["parent_id"] = .string(parentID.description) }
        if let type { object["type"] = .string(type) }
        object["start_time"] = .number(XRayJSON.number(startTime))
        if let endTime { object["end_time"] = .number(XRayJSON.number(endTime)) }
        if inProgress { object["in_progress"] = true }
        if let origin { object["origin"] = .string(origin) }
        if let namespace { object["namespace"] = .string(namespace) }
        if let user { object["user"] = .string(user) }
        if let http { object["http"] = http.json }
        if let aws { object["aws"] = .object(aws) }
        if let service { object["service"] = .object(service) }
        if let sql { object["sql"] = .object(sql) }
        if error { object["error"] = true }
        if throttle { object["throttle"] = true }
        if fault { object["fault"] = true }
        if let cause { object["cause"] = cause }
        if !annotations.isEmpty {
            var values = JSONObject()
            for (key, value) in annotations { values[key] = value.json }
            object["annotations"] = .object(values)
        }
        if let metadata { object["metadata"] = .object(metadata) }
        if !precursorIDs.isEmpty { object["precursor_ids"] = .array(precursorIDs.map { .string($0.description) }) }
        if !subsegments.isEmpty { object["subsegments"] = .array(subsegments.map(\.json)) }
        return .object(object)
    }

    /// The document as compact JSON text.
    public var document: String { XRayJSON.serialize(json) }
}

extension HTTPInfo {
    var json: JSONValue {
        var object = JSONObject()
        if let request {
            var value = JSONObject()
            if let method = request.method { value["method"] = .string(method) }
            if let url = request.url { value["url"] = .string(url) }
            if let userAgent = request.userAgent { value["user_agent"] = .string(userAgent) }
            if let clientIP = request.clientIP { value["client_ip"] = .string(clientIP) }
            if let forwarded = request.xForwardedFor { value["x_forwarded_for"] = .bool(forwarded) }
            if let traced = request.traced { value["traced"] = .bool(traced) }
            object["request"] = .object(value)
        }
        if let response {
            var value = JSONObject()
            if let status = response.status { value["status"] = .number(JSONNumber(status)) }
            if let length = response.contentLength { value["content_length"] = .number(JSONNumber(length)) }
            object["response"] = .object(value)
        }
        return .object(object)
    }
}
