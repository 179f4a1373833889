import GatehouseJSON

/// Decodes a segment document straight from its bytes into a `Segment`, without building a
/// `JSONValue` tree first: the daemon's hot path.
///
/// The scanner checks the whole text against RFC 8259 (strings, escapes, numbers, nesting up to
/// `maxDepth`) while it reads the fields X-Ray's schema gives meaning to. Free-form members
/// (`aws`, `service`, `sql`, `metadata`, an object `cause`, `http`) are only delimited here and
/// handed to GatehouseJSON's parser. Field validation runs once an object has been read, in the
/// schema's order, so a syntax error anywhere in the text is reported before a field error, and
/// a segment's own field errors before those of its subsegments.
struct SegmentDocumentDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 64) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Decodes one document: the whole text must be one segment object.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, report: inout DecodeReport) throws(SegmentDocumentError) -> Segment {
        var decoder = SegmentDocumentDecoder(bytes: bytes)
        let result: Result<Segment, SegmentDocumentError>
        var local = LocalReport()
        do throws(XRayJSONError) {
            decoder.skipSpace()
            guard decoder.index < bytes.count else { throw decoder.error("unexpected end of input") }
            if bytes[decoder.index] == UInt8(ascii: "{") {
                result = try decoder.segment(parentPath: "", index: nil, embedded: false, level: 0, report: &local)
            } else {
                try decoder.skipValue()
                result = .failure(SegmentDocumentError(.notAnObject))
            }
            decoder.skipSpace()
            if decoder.index != bytes.count { throw decoder.error("unexpected text after the value") }
        } catch {
            throw SegmentDocumentError(.invalidJSON(error))
        }
        let segment = try result.get()
        report.unknownFields.append(contentsOf: local.unknownFields)
        report.droppedAnnotations.append(contentsOf: local.droppedAnnotations)
        return segment
    }

    struct LocalReport {
        var unknownFields: [String] = []
        var droppedAnnotations: [String] = []
    }

    /// A member as read, before validation.
    enum Field<Value> {
        case absent
        case value(Value)
        case invalid
    }

    // MARK: Segment objects

    /// Reads one segment object at `index` (which is at `{`). JSON syntax errors throw; field
    /// errors are returned, so the rest of the text is still checked.
    mutating func segment(parentPath: String, index position: Int?, embedded: Bool, level: Int, report: inout LocalReport) throws(XRayJSONError) -> Result<Segment, SegmentDocumentError> {
        // Field paths (`subsegments[0].id`) are only spelled out for messages and reports.
        func path() -> String {
            guard let position else { return parentPath }
            return parentPath.isEmpty ? "subsegments[\(position)]" : "\(parentPath).subsegments[\(position)]"
        }
        func field(_ name: String) -> String {
            let path = path()
            return path.isEmpty ? name : "\(path).\(name)"
        }
        var name = Field<String>.absent, id = Field<String>.absent, traceID = Field<String>.absent
        var parentID = Field<String>.absent, type = Field<String>.absent, origin = Field<String>.absent
        var namespace = Field<String>.absent, user = Field<String>.absent
        var startTime = Field<Double>.absent, endTime = Field<Double>.absent
        var inProgress = Field<Bool>.absent, error = Field<Bool>.absent, throttle = Field<Bool>.absent, fault = Field<Bool>.absent
        var aws = Field<JSONObject>.absent, service = Field<JSONObject>.absent, sql = Field<JSONObject>.absent
        var metadata = Field<JSONObject>.absent, http = Field<HTTPInfo>.absent
        var httpStatusInvalid = false
        var cause = Field<JSONValue>.absent
        var annotations = Field<[(String, AnnotationValue)]>.absent
        var droppedAnnotations: [String] = []
        var precursors = Field<[String?]>.absent
        var children = Field<[Result<Segment, SegmentDocumentError>]>.absent
        var childReport = LocalReport()
        var unknown: [String] = []

        try enterContainer()
        var first = true
        while try nextMember(closing: UInt8(ascii: "}"), first: &first) {
            let (unknownName, known) = try segmentMemberName()
            switch known {
            case .name: name = try stringField()
            case .id: id = try stringField()
            case .traceID: traceID = try stringField()
            case .parentID: parentID = try stringField()
            case .type: type = try stringField()
            case .origin: origin = try stringField()
            case .namespace: namespace = try stringField()
            case .user: user = try stringField()
            case .startTime: startTime = try timeField()
            case .endTime: endTime = try timeField()
            case .inProgress: inProgress = try boolField()
            case .error: error = try boolField()
            case .throttle: throttle = try boolField()
            case .fault: fault = try boolField()
            case .aws: aws = try objectField()
            case .service: service = try objectField()
            case .sql: sql = try objectField()
            case .metadata: metadata = try objectField()
            case .http:
                switch peek {
                case UInt8(ascii: "n"): try literal("null"); http = .absent
                case UInt8(ascii: "{"):
                    let (info, statusValid) = try httpObject()
                    http = .value(info)
                    httpStatusInvalid = !statusValid
                default: try skipValue(); http = .invalid
                }
            case .cause:
                switch peek {
                case UInt8(ascii: "n"): try literal("null"); cause = .absent
                case UInt8(ascii: "\""): cause = .value(.string(try string()))
                case UInt8(ascii: "{"): cause = .value(try freeForm())
                default: try skipValue(); cause = .invalid
                }
            case .annotations:
                switch peek {
                case UInt8(ascii: "n"): try literal("null"); annotations = .absent
                case UInt8(ascii: "{"):
                    droppedAnnotations.removeAll()
                    annotations = .value(try annotationMembers(path: field("annotations"), dropped: &droppedAnnotations))
                default: try skipValue(); annotations = .invalid
                }
            case .precursorIDs:
                switch peek {
                case UInt8(ascii: "n"): try literal("null"); precursors = .absent
                case UInt8(ascii: "["):
                    var list: [String?] = []
                    try enterContainer()
                    var firstElement = true
                    while try nextMember(closing: UInt8(ascii: "]"), first: &firstElement) {
                        if peek == UInt8(ascii: "\"") { list.append(try string()) } else { try skipValue(); list.append(nil) }
                    }
                    precursors = .value(list)
                default: try skipValue(); precursors = .invalid
                }
            case .subsegments:
                switch peek {
                case UInt8(ascii: "n"): try literal("null"); children = .absent
                case UInt8(ascii: "["):
                    var list: [Result<Segment, SegmentDocumentError>] = []
                    childReport = LocalReport()
                    let ownPath = path()
                    try enterContainer()
                    var firstElement = true
                    while try nextMember(closing: UInt8(ascii: "]"), first: &firstElement) {
                        if peek == UInt8(ascii: "{") {
                            list.append(try segment(parentPath: ownPath, index: list.count, embedded: true, level: level + 1, report: &childReport))
                        } else {
                            try skipValue()
                            list.append(.failure(SegmentDocumentError(.invalidField(field("subsegments[\(list.count)]"), "a subsegment must be an object"))))
                        }
                    }
                    children = .value(list)
                default: try skipValue(); children = .invalid
                }
            case nil:
                try skipValue()
                let path = field(unknownName)
                if !unknown.contains(path) { unknown.append(path) }
            }
        }

        // Validation, in the schema's order.
        func checkString(_ value: Field<String>, _ name: String) -> Result<String?, SegmentDocumentError> {
            switch value {
            case .absent: .success(nil)
            case .value(let text): .success(text)
            case .invalid: .failure(SegmentDocumentError(.invalidField(field(name), "expected a string")))
            }
        }
        func checkBool(_ value: Field<Bool>, _ name: String) -> Result<Bool, SegmentDocumentError> {
            switch value {
            case .absent: .success(false)
            case .value(let flag): .success(flag)
            case .invalid: .failure(SegmentDocumentError(.invalidField(field(name), "expected true or false")))
            }
        }
        func checkTime(_ value: Field<Double>, _ name: String) -> Result<Double?, SegmentDocumentError> {
            switch value {
            case .absent: .success(nil)
            case .value(let seconds): .success(seconds)
            case .invalid: .failure(SegmentDocumentError(.invalidField(field(name), "expected seconds since 1970")))
            }
        }
        func checkObject<Value>(_ value: Field<Value>, _ name: String) -> Result<Value?, SegmentDocumentError> {
            switch value {
            case .absent: .success(nil)
            case .value(let object): .success(object)
            case .invalid: .failure(SegmentDocumentError(.invalidField(field(name), "expected an object")))
            }
        }
        let validated = Result { () throws(SegmentDocumentError) -> Segment in
            guard let nameText = try checkString(name, "name").get() else { throw SegmentDocumentError(.missingField(field("name"))) }
            guard !nameText.isEmpty, nameText.count <= Segment.maxNameLength else {
                throw SegmentDocumentError(.invalidField(field("name"), "must be 1 to \(Segment.maxNameLength) characters"))
            }
            guard let idText = try checkString(id, "id").get() else { throw SegmentDocumentError(.missingField(field("id"))) }
            guard let segmentID = SegmentID(idText) else { throw SegmentDocumentError(.invalidField(field("id"), "expected 16 hex digits")) }
            guard let start = try checkTime(startTime, "start_time").get() else { throw SegmentDocumentError(.missingField(field("start_time"))) }

            var segment = Segment(name: nameText, id: segmentID, startTime: start)
            segment.type = try checkString(type, "type").get()
            if let traceText = try checkString(traceID, "trace_id").get() {
                guard let parsed = TraceID(traceText) else {
                    throw SegmentDocumentError(.invalidField(field("trace_id"), "expected 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"))
                }
                segment.traceID = parsed
            } else if !embedded {
                throw SegmentDocumentError(.missingField("trace_id"))
            }
            if let parentText = try checkString(parentID, "parent_id").get() {
                guard let parsed = SegmentID(parentText) else { throw SegmentDocumentError(.invalidField(field("parent_id"), "expected 16 hex digits")) }
                segment.parentID = parsed
            } else if !embedded, segment.isIndependentSubsegment {
                throw SegmentDocumentError(.missingField("parent_id"))
            }
            segment.inProgress = try checkBool(inProgress, "in_progress").get()
            segment.endTime = try checkTime(endTime, "end_time").get()
            if segment.endTime == nil, !segment.inProgress {
                throw SegmentDocumentError(.missingField(field("end_time")))
            }
            if let end = segment.endTime, end < start {
                throw SegmentDocumentError(.invalidField(field("end_time"), "earlier than start_time"))
            }
            if segment.endTime != nil { segment.inProgress = false }
            segment.origin = try checkString(origin, "origin").get()
            segment.namespace = try checkString(namespace, "namespace").get()
            segment.user = try checkString(user, "user").get()
            segment.error = try checkBool(error, "error").get()
            segment.throttle = try checkBool(throttle, "throttle").get()
            segment.fault = try checkBool(fault, "fault").get()
            segment.aws = try checkObject(aws, "aws").get()
            segment.service = try checkObject(service, "service").get()
            segment.sql = try checkObject(sql, "sql").get()
            segment.metadata = try checkObject(metadata, "metadata").get()
            if let info = try checkObject(http, "http").get() {
                if httpStatusInvalid { throw SegmentDocumentError(.invalidField(field("http") + ".response.status", "expected an integer")) }
                segment.http = info
            }
            switch cause {
            case .absent: break
            case .value(let value): segment.cause = value
            case .invalid: throw SegmentDocumentError(.invalidField(field("cause"), "expected an object or an exception id"))
            }
            switch annotations {
            case .absent: break
            case .value(let members):
                for (key, value) in members { segment.annotations[key] = value }
            case .invalid: throw SegmentDocumentError(.invalidField(field("annotations"), "expected an object"))
            }
            switch precursors {
            case .absent: break
            case .value(let list):
                for text in list {
                    guard let text, let precursor = SegmentID(text) else {
                        throw SegmentDocumentError(.invalidField(field("precursor_ids"), "expected 16 hex digits"))
                    }
                    segment.precursorIDs.append(precursor)
                }
            case .invalid: throw SegmentDocumentError(.invalidField(field("precursor_ids"), "expected an array"))
            }
            switch children {
            case .absent: break
            case .value(let list):
                guard level < 32 else { throw SegmentDocumentError(.invalidField(field("subsegments"), "nested deeper than 32")) }
                segment.subsegments.reserveCapacity(list.count)
                for child in list {
                    var subsegment = try child.get()
                    // Inside a parent the ids that place it are implied; keep the document canonical.
                    subsegment.traceID = nil
                    subsegment.parentID = nil
                    subsegment.type = nil
                    segment.subsegments.append(subsegment)
                }
            case .invalid: throw SegmentDocumentError(.invalidField(field("subsegments"), "expected an array"))
            }
            return segment
        }
        if case .success = validated {
            report.droppedAnnotations.append(contentsOf: droppedAnnotations)
            report.droppedAnnotations.append(contentsOf: childReport.droppedAnnotations)
            report.unknownFields.append(contentsOf: childReport.unknownFields)
            report.unknownFields.append(contentsOf: unknown)
        }
        return validated
    }

    // MARK: Member names

    /// The members X-Ray's schema defines.
    enum KnownMember: CaseIterable {
        case name, id, traceID, parentID, type, startTime, endTime, inProgress, origin, namespace, user, http, aws
        case service, sql, error, throttle, fault, cause, annotations, metadata, precursorIDs, subsegments

        var text: String {
            switch self {
            case .name: "name"
            case .id: "id"
            case .traceID: "trace_id"
            case .parentID: "parent_id"
            case .type: "type"
            case .startTime: "start_time"
            case .endTime: "end_time"
            case .inProgress: "in_progress"
            case .origin: "origin"
            case .namespace: "namespace"
            case .user: "user"
            case .http: "http"
            case .aws: "aws"
            case .service: "service"
            case .sql: "sql"
            case .error: "error"
            case .throttle: "throttle"
            case .fault: "fault"
            case .cause: "cause"
            case .annotations: "annotations"
            case .metadata: "metadata"
            case .precursorIDs: "precursor_ids"
            case .subsegments: "subsegments"
            }
        }

    }

    /// The schema's member for a name packed as `NameKey` (little-endian bytes: the first eight in
    /// `low`, the rest in `high`).
    static func knownMember(_ key: NameKey) -> KnownMember? {
        switch (key.count, key.low, key.high) {
        case (4, 0x00000000656d616e, 0x0): .name  // "name"
        case (2, 0x0000000000006469, 0x0): .id  // "id"
        case (8, 0x64695f6563617274, 0x0): .traceID  // "trace_id"
        case (9, 0x695f746e65726170, 0x64): .parentID  // "parent_id"
        case (4, 0x0000000065707974, 0x0): .type  // "type"
        case (10, 0x69745f7472617473, 0x656d): .startTime  // "start_time"
        case (8, 0x656d69745f646e65, 0x0): .endTime  // "end_time"
        case (11, 0x72676f72705f6e69, 0x737365): .inProgress  // "in_progress"
        case (6, 0x00006e696769726f, 0x0): .origin  // "origin"
        case (9, 0x63617073656d616e, 0x65): .namespace  // "namespace"
        case (4, 0x0000000072657375, 0x0): .user  // "user"
        case (4, 0x0000000070747468, 0x0): .http  // "http"
        case (3, 0x0000000000737761, 0x0): .aws  // "aws"
        case (7, 0x0065636976726573, 0x0): .service  // "service"
        case (3, 0x00000000006c7173, 0x0): .sql  // "sql"
        case (5, 0x000000726f727265, 0x0): .error  // "error"
        case (8, 0x656c74746f726874, 0x0): .throttle  // "throttle"
        case (5, 0x000000746c756166, 0x0): .fault  // "fault"
        case (5, 0x0000006573756163, 0x0): .cause  // "cause"
        case (11, 0x697461746f6e6e61, 0x736e6f): .annotations  // "annotations"
        case (8, 0x617461646174656d, 0x0): .metadata  // "metadata"
        case (13, 0x6f73727563657270, 0x7364695f72): .precursorIDs  // "precursor_ids"
        case (11, 0x656d676573627573, 0x73746e): .subsegments  // "subsegments"
        default: nil
        }
    }

    /// A name of at most 16 bytes packed into two integers, with its length.
    struct NameKey: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init() {}

        init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            count = bytes.count
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) } else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
            }
        }
    }

    /// A segment member's name (and the `:` after it), matched against the schema's names
    /// without building a string; an unknown name is returned spelled out.
    mutating func segmentMemberName() throws(XRayJSONError) -> (unknownName: String, known: KnownMember?) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name") }
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        var known: KnownMember?
        let name: String
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            if end - start <= 16 {
                var key = NameKey()
                key.count = end - start
                for offset in 0..<key.count {
                    let byte = UInt64(bytes[start + offset])
                    if offset < 8 { key.low |= byte << (8 * UInt64(offset)) } else { key.high |= byte << (8 * UInt64(offset - 8)) }
                }
                known = Self.knownMember(key)
            }
            try skipString()
            name = known == nil ? text(start..<end) : ""
        } else {
            // Escapes in a name: rare; read it as a string and match that.
            name = try string()
            known = KnownMember.allCases.first { $0.text == name }
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
        index += 1
        skipSpace()
        return (name, known)
    }

    // MARK: Typed members

    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    mutating func stringField() throws(XRayJSONError) -> Field<String> {
        switch peek {
        case UInt8(ascii: "\""): return .value(try string())
        case UInt8(ascii: "n"): try literal("null"); return .absent
        default: try skipValue(); return .invalid
        }
    }

    mutating func boolField() throws(XRayJSONError) -> Field<Bool> {
        switch peek {
        case UInt8(ascii: "t"): try literal("true"); return .value(true)
        case UInt8(ascii: "f"): try literal("false"); return .value(false)
        case UInt8(ascii: "n"): try literal("null"); return .absent
        default: try skipValue(); return .invalid
        }
    }

    mutating func timeField() throws(XRayJSONError) -> Field<Double> {
        switch peek {
        case UInt8(ascii: "n"): try literal("null"); return .absent
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let range = try number()
            guard let seconds = double(range), seconds.isFinite, seconds >= 0 else { return .invalid }
            return .value(seconds)
        default: try skipValue(); return .invalid
        }
    }

    mutating func objectField() throws(XRayJSONError) -> Field<JSONObject> {
        switch peek {
        case UInt8(ascii: "n"): try literal("null"); return .absent
        case UInt8(ascii: "{"):
            guard case .object(let object) = try freeForm() else { return .invalid }
            return .value(object)
        default: try skipValue(); return .invalid
        }
    }

    /// A value X-Ray does not interpret: delimited (and checked) here, built by GatehouseJSON.
    mutating func freeForm() throws(XRayJSONError) -> JSONValue {
        let start = index
        try skipValue()
        do {
            return try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<index]), mode: .strict)
        } catch {
            throw XRayJSONError(message: error.message, offset: start + error.position)
        }
    }

    /// The `http` object read in place: `request` and `response` members of the wrong type are
    /// left out, as are unknown members; a `response.status` that is not an integer makes the
    /// document invalid (reported by the caller, in the schema's order).
    mutating func httpObject() throws(XRayJSONError) -> (info: HTTPInfo, statusValid: Bool) {
        var info = HTTPInfo()
        var statusValid = true
        try enterContainer()
        var first = true
        while try nextMember(closing: UInt8(ascii: "}"), first: &first) {
            let key = try memberName()
            if key == "request", peek == UInt8(ascii: "{") {
                var request = HTTPInfo.Request()
                try enterContainer()
                var firstMember = true
                while try nextMember(closing: UInt8(ascii: "}"), first: &firstMember) {
                    switch try memberName() {
                    case "method": request.method = try optionalString()
                    case "url": request.url = try optionalString()
                    case "user_agent": request.userAgent = try optionalString()
                    case "client_ip": request.clientIP = try optionalString()
                    case "x_forwarded_for": request.xForwardedFor = try optionalBool()
                    case "traced": request.traced = try optionalBool()
                    default: try skipValue()
                    }
                }
                info.request = request
            } else if key == "response", peek == UInt8(ascii: "{") {
                var response = HTTPInfo.Response()
                statusValid = true
                try enterContainer()
                var firstMember = true
                while try nextMember(closing: UInt8(ascii: "}"), first: &firstMember) {
                    switch try memberName() {
                    case "status":
                        if peek == UInt8(ascii: "-") || isDigit(peek), let status = Int(text(try number())) {
                            response.status = status
                            statusValid = true
                        } else {
                            try skipValue()
                            response.status = nil
                            statusValid = false
                        }
                    case "content_length":
                        if peek == UInt8(ascii: "-") || isDigit(peek) {
                            response.contentLength = Int(text(try number()))
                        } else {
                            try skipValue()
                            response.contentLength = nil
                        }
                    default: try skipValue()
                    }
                }
                info.response = response
            } else {
                try skipValue()
                if key == "request" { info.request = nil } else if key == "response" { info.response = nil; statusValid = true }
            }
        }
        return (info, statusValid)
    }

    /// A string member's value; nil for any other kind of value.
    mutating func optionalString() throws(XRayJSONError) -> String? {
        if peek == UInt8(ascii: "\"") { return try string() }
        try skipValue()
        return nil
    }

    /// A boolean member's value; nil for any other kind of value.
    mutating func optionalBool() throws(XRayJSONError) -> Bool? {
        switch peek {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: try skipValue(); return nil
        }
    }

    /// The members of `annotations`: strings, numbers and booleans kept; others dropped and named.
    mutating func annotationMembers(path: String, dropped: inout [String]) throws(XRayJSONError) -> [(String, AnnotationValue)] {
        var members: [(String, AnnotationValue)] = []
        try enterContainer()
        var first = true
        while try nextMember(closing: UInt8(ascii: "}"), first: &first) {
            let key = try memberName()
            let value: AnnotationValue?
            switch peek {
            case UInt8(ascii: "\""): value = .string(try string())
            case UInt8(ascii: "t"): try literal("true"); value = .bool(true)
            case UInt8(ascii: "f"): try literal("false"); value = .bool(false)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(JSONNumber(text: text(try number())))
            default: try skipValue(); value = nil
            }
            // A repeated name keeps its first position and its last value, as an object does.
            let existing = members.firstIndex { $0.0 == key }
            if let value {
                if let existing { members[existing].1 = value } else { members.append((key, value)) }
            } else {
                if let existing { members.remove(at: existing) }
                dropped.append("\(path).\(key)")
            }
        }
        return members
    }

    // MARK: Scanning

    func error(_ message: String) -> XRayJSONError {
        XRayJSONError(message: message, offset: index)
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Steps over `{` or `[` at `index`, counting nesting.
    mutating func enterContainer() throws(XRayJSONError) {
        depth += 1
        if depth > maxDepth { throw error("nesting deeper than \(maxDepth)") }
        index += 1
    }

    /// Moves to the next member or element of the container being read, or past its closing
    /// bracket (returning false).
    mutating func nextMember(closing: UInt8, first: inout Bool) throws(XRayJSONError) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw error("unexpected end of input") }
        if first {
            first = false
            if bytes[index] == closing {
                index += 1
                depth -= 1
                return false
            }
        } else {
            if bytes[index] == closing {
                index += 1
                depth -= 1
                return false
            }
            guard bytes[index] == UInt8(ascii: ",") else {
                throw error(closing == UInt8(ascii: "}") ? "expected ',' or '}'" : "expected ',' or ']'")
            }
            index += 1
            skipSpace()
        }
        return true
    }

    /// A member's name and the `:` after it; leaves `index` at the value.
    mutating func memberName() throws(XRayJSONError) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name") }
        let key = try string()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
        index += 1
        skipSpace()
        return key
    }

    /// Checks and steps over one value of any kind.
    mutating func skipValue() throws(XRayJSONError) {
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try enterContainer()
            var first = true
            while try nextMember(closing: UInt8(ascii: "}"), first: &first) {
                _ = try memberName()
                try skipValue()
            }
        case UInt8(ascii: "["):
            try enterContainer()
            var first = true
            while try nextMember(closing: UInt8(ascii: "]"), first: &first) { try skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        default: throw error("unexpected character")
        }
    }

    mutating func literal(_ word: StaticString) throws(XRayJSONError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of input") }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] {
            throw error("unexpected character")
        }
        index += count
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Steps over a string, checking it as `string()` does, without building it.
    mutating func skipString() throws(XRayJSONError) {
        let start = index + 1
        var scan = start
        var bits: UInt8 = 0
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") {
                guard bits < 0x80 || String(validating: UnsafeBufferPointer(rebasing: bytes[start..<scan]), as: UTF8.self) != nil else {
                    throw XRayJSONError(message: "invalid UTF-8 in a string", offset: start)
                }
                index = scan + 1
                return
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            bits |= byte
            scan += 1
        }
        _ = try string()
    }

    /// Reads a string (at its opening quote).
    mutating func string() throws(XRayJSONError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        var bits: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if bits < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let string = String(validating: slice, as: UTF8.self) else {
                    throw XRayJSONError(message: "invalid UTF-8 in a string", offset: start)
                }
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character in a string") }
            bits |= byte
            index += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: scratch, as: UTF8.self) else {
                    throw XRayJSONError(message: "invalid UTF-8 in a string", offset: start)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("unexpected end of input") }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800, code < 0xDC00 {
                        // A high surrogate must be followed by \u and a low surrogate.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate")
                        }
                        index += 2
                        let low = try hex4()
                        guard low >= 0xDC00, low < 0xE000 else { throw error("unpaired surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if code >= 0xDC00, code < 0xE000 {
                        throw error("unpaired surrogate")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid escape") }
                    scratch.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw error("invalid escape")
                }
            default:
                if byte < 0x20 { throw error("control character in a string") }
                scratch.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    mutating func hex4() throws(XRayJSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("unexpected end of input") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Steps over an RFC 8259 number; returns its text's range.
    mutating func number() throws(XRayJSONError) -> Range<Int> {
        let start = index
        let (end, failure) = JSONNumberSyntax.scan(bytes, from: index)
        index = end
        // A leading zero ends the number after the `0`; what follows is then out of place.
        if let failure, failure != .leadingZero { throw error("invalid number") }
        return start..<index
    }

    /// The number's value, as `Double(text)` gives it.
    func double(_ range: Range<Int>) -> Double? {
        JSONNumberSyntax.double(UnsafeBufferPointer(rebasing: bytes[range])) ?? Double(text(range))
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
