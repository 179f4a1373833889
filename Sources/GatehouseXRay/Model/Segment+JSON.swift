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

    static let knownFields: Set<String> = [
        "name", "id", "trace_id", "parent_id", "type", "start_time", "end_time", "in_progress", "origin", "namespace",
        "user", "http", "aws", "service", "sql", "error", "throttle", "fault", "cause", "annotations", "metadata",
        "precursor_ids", "subsegments",
    ]

    /// Parses and validates one segment document (a segment or an independent subsegment).
    public static func decode(document bytes: some Collection<UInt8>, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        let value: JSONValue
        do {
            value = try XRayJSON.parse(bytes)
        } catch {
            throw SegmentDocumentError(.invalidJSON(error))
        }
        return try decode(value, report: &report)
    }

    /// Validates a parsed document: required fields, id formats, times; unknown fields are
    /// reported in `report` and dropped.
    public static func decode(_ value: JSONValue, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        try decode(value, path: "", embedded: false, depth: 0, report: &report)
    }

    private static func decode(_ value: JSONValue, path: String, embedded: Bool, depth: Int, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        guard case .object(let object) = value else {
            if embedded { throw SegmentDocumentError(.invalidField(path, "a subsegment must be an object")) }
            throw SegmentDocumentError(.notAnObject)
        }
        func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }
        func string(_ name: String) throws(SegmentDocumentError) -> String? {
            guard let member = object[name], !member.isNull else { return nil }
            guard case .string(let text) = member else { throw SegmentDocumentError(.invalidField(field(name), "expected a string")) }
            return text
        }
        func bool(_ name: String) throws(SegmentDocumentError) -> Bool {
            guard let member = object[name], !member.isNull else { return false }
            guard case .bool(let flag) = member else { throw SegmentDocumentError(.invalidField(field(name), "expected true or false")) }
            return flag
        }
        func time(_ name: String) throws(SegmentDocumentError) -> Double? {
            guard let member = object[name], !member.isNull else { return nil }
            guard case .number(let number) = member, let seconds = Double(number.text), seconds.isFinite, seconds >= 0 else {
                throw SegmentDocumentError(.invalidField(field(name), "expected seconds since 1970"))
            }
            return seconds
        }
        func objectMember(_ name: String) throws(SegmentDocumentError) -> JSONObject? {
            guard let member = object[name], !member.isNull else { return nil }
            guard case .object(let inner) = member else { throw SegmentDocumentError(.invalidField(field(name), "expected an object")) }
            return inner
        }

        guard let name = try string("name") else { throw SegmentDocumentError(.missingField(field("name"))) }
        guard !name.isEmpty, name.count <= maxNameLength else {
            throw SegmentDocumentError(.invalidField(field("name"), "must be 1 to \(maxNameLength) characters"))
        }
        guard let idText = try string("id") else { throw SegmentDocumentError(.missingField(field("id"))) }
        guard let id = SegmentID(idText) else { throw SegmentDocumentError(.invalidField(field("id"), "expected 16 hex digits")) }
        guard let start = try time("start_time") else { throw SegmentDocumentError(.missingField(field("start_time"))) }

        var segment = Segment(name: name, id: id, startTime: start)
        segment.type = try string("type")
        if let traceText = try string("trace_id") {
            guard let traceID = TraceID(traceText) else {
                throw SegmentDocumentError(.invalidField(field("trace_id"), "expected 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"))
            }
            segment.traceID = traceID
        } else if !embedded {
            throw SegmentDocumentError(.missingField("trace_id"))
        }
        if let parentText = try string("parent_id") {
            guard let parentID = SegmentID(parentText) else { throw SegmentDocumentError(.invalidField(field("parent_id"), "expected 16 hex digits")) }
            segment.parentID = parentID
        } else if !embedded, segment.isIndependentSubsegment {
            throw SegmentDocumentError(.missingField("parent_id"))
        }
        segment.inProgress = try bool("in_progress")
        segment.endTime = try time("end_time")
        if segment.endTime == nil, !segment.inProgress {
            throw SegmentDocumentError(.missingField(field("end_time")))
        }
        if let end = segment.endTime, end < start {
            throw SegmentDocumentError(.invalidField(field("end_time"), "earlier than start_time"))
        }
        if segment.endTime != nil { segment.inProgress = false }
        segment.origin = try string("origin")
        segment.namespace = try string("namespace")
        segment.user = try string("user")
        segment.error = try bool("error")
        segment.throttle = try bool("throttle")
        segment.fault = try bool("fault")
        segment.aws = try objectMember("aws")
        segment.service = try objectMember("service")
        segment.sql = try objectMember("sql")
        segment.metadata = try objectMember("metadata")
        if let http = try objectMember("http") {
            segment.http = try decodeHTTP(http, path: field("http"))
        }
        if let cause = object["cause"], !cause.isNull {
            switch cause {
            case .string, .object: segment.cause = cause
            default: throw SegmentDocumentError(.invalidField(field("cause"), "expected an object or an exception id"))
            }
        }
        if let annotations = try objectMember("annotations") {
            for (key, member) in annotations.members {
                switch member {
                case .string(let text): segment.annotations[key] = .string(text)
                case .number(let number): segment.annotations[key] = .number(number)
                case .bool(let flag): segment.annotations[key] = .bool(flag)
                default: report.droppedAnnotations.append(field("annotations.\(key)"))
                }
            }
        }
        if let precursors = object["precursor_ids"], !precursors.isNull {
            guard case .array(let list) = precursors else { throw SegmentDocumentError(.invalidField(field("precursor_ids"), "expected an array")) }
            for element in list {
                guard case .string(let text) = element, let precursor = SegmentID(text) else {
                    throw SegmentDocumentError(.invalidField(field("precursor_ids"), "expected 16 hex digits"))
                }
                segment.precursorIDs.append(precursor)
            }
        }
        if let children = object["subsegments"], !children.isNull {
            guard case .array(let list) = children else { throw SegmentDocumentError(.invalidField(field("subsegments"), "expected an array")) }
            guard depth < 32 else { throw SegmentDocumentError(.invalidField(field("subsegments"), "nested deeper than 32")) }
            for (index, child) in list.enumerated() {
                var subsegment = try decode(child, path: field("subsegments[\(index)]"), embedded: true, depth: depth + 1, report: &report)
                // Inside a parent the ids that place it are implied; keep the document canonical.
                subsegment.traceID = nil
                subsegment.parentID = nil
                subsegment.type = nil
                segment.subsegments.append(subsegment)
            }
        }
        for key in object.keys where !knownFields.contains(key) {
            report.unknownFields.append(field(key))
        }
        return segment
    }

    private static func decodeHTTP(_ object: JSONObject, path: String) throws(SegmentDocumentError) -> HTTPInfo {
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
