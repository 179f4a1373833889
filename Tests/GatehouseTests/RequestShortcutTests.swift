import Foundation
@testable import Gatehouse
import GatehouseJSON
import Synchronization
import Testing

/// The per-request shortcuts the pipeline takes for speed give exactly what the long way gives.
@Suite("Per-request shortcuts")
struct RequestShortcutTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: shortcuts, version: "1"}
        paths:
          /items/{id}:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
          /items:
            post:
              x-amazon-apigateway-integration:
                type: mock
                responses:
                  default:
                    statusCode: "200"
        """

    static let contextKeys = [
        "accountId", "apiId", "domainName", "domainPrefix", "extendedRequestId", "httpMethod", "identity", "path", "protocol", "requestId",
        "requestTime", "requestTimeEpoch", "resourceId", "resourcePath", "stage", "requestOverride", "responseOverride",
    ]
    static let identityKeys = [
        "cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "sourceIp", "principalOrgId", "accessKey", "cognitoAuthenticationType",
        "cognitoAuthenticationProvider", "userArn", "userAgent", "user",
    ]

    @Test("$context from the prepared layout equals $context built key by key, in API Gateway's order")
    func contextLayout() throws {
        let pipeline = try makePipeline(Self.yaml)
        let cases: [(method: String, target: String, userAgent: String?, sourceIP: String, resource: String)] = [
            ("GET", "/prod/items/7", "curl/8", "203.0.113.9", "/items/{id}"),
            ("GET", "/prod/items/a%20b", nil, "127.0.0.1", "/items/{id}"),
            ("POST", "/prod/items", "Mozilla/5.0 (X11)", "::1", "/items"),
        ]
        for item in cases {
            var headers = HeaderFields()
            headers.append("Accept", "*/*")
            if let userAgent = item.userAgent { headers.append("user-agent", userAgent) }
            let run = InvocationRun(pipeline: pipeline, request: GatewayRequest(method: item.method, target: item.target, headers: headers, sourceIP: item.sourceIP))
            #expect(run.route() == nil)
            let method = try #require(run.method)
            #expect(method.path.text == item.resource)
            let expected = ContextShape.build(
                environment: pipeline.environment,
                ContextShape.Values(
                    extendedRequestID: run.extendedRequestID, httpMethod: item.method, sourceIP: item.sourceIP, userAgent: item.userAgent,
                    path: GatewayRequest.split(item.target).0, requestID: run.requestID, start: run.start),
                resource: (ProxyEventV1.resourceID(method), item.resource))
            #expect(run.context == expected)
            #expect(Array(run.context.keys) == Self.contextKeys)
            #expect(run.context["requestTime"] == .string("25/Nov/2026:03:20:09 +0000"))
            #expect(run.context["requestTimeEpoch"]?.compactJSONText == "1795576809000")
            #expect(run.context["resourcePath"] == .string(item.resource))
            #expect(run.context["httpMethod"] == .string(item.method))
            guard case .object(let identity)? = run.context["identity"] else {
                Issue.record("no identity object")
                continue
            }
            #expect(Array(identity.keys) == Self.identityKeys)
            #expect(identity["sourceIp"] == .string(item.sourceIP))
            #expect(identity["userAgent"] == (item.userAgent.map(JSONValue.string) ?? .null))
        }
        // The same layout the proxy event's requestContext reports for the resource.
        let run = InvocationRun(pipeline: pipeline, request: GatewayRequest(method: "GET", target: "/prod/items/1"))
        _ = run.route()
        #expect(run.context["resourceId"] == .string("ggl5by"))
        #expect(run.context["requestId"] == .string(run.requestID))
        #expect(run.context["extendedRequestId"] == .string(run.extendedRequestID))
    }

    @Test("Before a method is known $context has no resource members")
    func contextWithoutMethod() throws {
        let pipeline = try makePipeline(Self.yaml)
        let run = InvocationRun(pipeline: pipeline, request: GatewayRequest(method: "GET", target: "/prod/nothing"))
        #expect(run.route() == .missingAuthenticationToken)
        #expect(run.method == nil)
        let context = run.makeContext()
        #expect(Array(context.keys) == Self.contextKeys.filter { $0 != "resourceId" && $0 != "resourcePath" })
        #expect(context["path"] == .string("/prod/nothing"))
    }

    @Test("Every route carries the resource id the proxy event derives from its path")
    func resourceIDs() throws {
        let api = try OpenAPIImporter.load(text: Self.yaml, file: "test.yaml")
        let matcher = RouteMatcher(methods: api.methods, kind: .rest)
        let get = try #require(matcher.match(method: "GET", path: "/items/9"))
        let post = try #require(matcher.match(method: "POST", path: "/items"))
        #expect(get.resourceID == ProxyEventV1.resourceID(get.method))
        #expect(post.resourceID == ProxyEventV1.resourceID(post.method))
        #expect(get.resourceID != post.resourceID)
    }

    @Test("The trace header is made on first use only, and then kept")
    func traceHeaderOnDemand() throws {
        let calls = Mutex(0)
        let api = try OpenAPIImporter.load(text: Self.yaml, file: "test.yaml")
        let environment = GatewayEnvironment(
            clock: FixedClock(epochSeconds: 1_795_576_809), requestIDs: SequentialRequestIDs(),
            traceHeader: { id, incoming in
                calls.withLock { $0 += 1 }
                return "Root=1-\(id.prefix(8))-\(incoming ?? "none")"
            })
        let pipeline = Pipeline(api: api, environment: environment)
        let run = InvocationRun(pipeline: pipeline, request: GatewayRequest(method: "GET", target: "/prod/items/7", headers: ["x-amzn-trace-id": "given"]))
        #expect(run.route() == nil)
        #expect(calls.withLock { $0 } == 0)
        #expect(run.traceHeaderValue == "Root=1-00000000-given")
        #expect(run.traceHeaderValue == "Root=1-00000000-given")
        #expect(calls.withLock { $0 } == 1)
    }

    @Test("Header names compare without case, and non-ASCII names as lowercased() compares them")
    func headerNames() {
        var headers: HeaderFields = ["Content-Type": "application/json", "X-Amz-Date": "1", "\u{212A}ey": "kelvin"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["content_type"] == nil)
        #expect(headers["Content-Typ"] == nil)
        #expect(headers["x-amz-datE"] == "1")
        // `[` and `{` differ by the case bit but are not letters.
        #expect(!HeaderFields.sameName("a[", "A{"))
        #expect(!HeaderFields.sameName("a@", "A`"))
        // The Kelvin sign lower-cases to `k`: a longer name equal to a shorter one.
        #expect(headers["key"] == "kelvin")
        #expect(HeaderFields.sameName("Stra\u{DF}e", "STRA\u{DF}E"))
        #expect(!HeaderFields.sameName("Stra\u{DF}e", "STRASSE"))
        headers.set("x-amz-date", "2")
        #expect(headerList(headers) == ["Content-Type: application/json", "x-amz-date: 2", "\u{212A}ey: kelvin"])
        headers.append("X-AMZ-DATE", "3")
        #expect(headers.values("x-Amz-Date") == ["2", "3"])
        headers.remove("X-Amz-Date")
        #expect(headerList(headers) == ["Content-Type: application/json", "\u{212A}ey: kelvin"])
    }

    @Test("Single values keep the first spelling and position and the last value, for few headers and many")
    func singleValues() {
        let few = HeaderFields([("Accept", "a"), ("X-Id", "1"), ("accept", "b"), ("Host", "h"), ("x-ID", "2"), ("ACCEPT", "c")])
        #expect(Array(few.singleValues.keys) == ["Accept", "X-Id", "Host"])
        #expect(Array(few.singleValues.values) == ["c", "2", "h"])
        var many = few
        for index in 0..<20 { many.append("X-Extra-\(index % 12)", "\(index)") }
        many.append("x-id", "3")
        #expect(many.count > 16)
        let single = many.singleValues
        #expect(Array(single.keys) == ["Accept", "X-Id", "Host"] + (0..<12).map { "X-Extra-\($0)" })
        #expect(single["X-Id"] == "3")
        #expect(single["X-Extra-3"] == "15")
        #expect(single["X-Extra-11"] == "11")
    }

    @Test("A mock answers with the request's statusCode, a number or digits, else 200; the same text twice gives the same")
    func mockStatuses() {
        let cache = LastResult<String, Int>()
        for (text, status) in [
            (#"{"statusCode": 201}"#, 201), (#"{"statusCode": 201}"#, 201), (#"{"statusCode": "404"}"#, 404), (#"{"statusCode": "x"}"#, 200),
            ("not json", 200), (#"{"other": 1}"#, 200), (#"{"statusCode": 500}"#, 500), (#"{"statusCode": 201}"#, 201),
        ] {
            #expect(cache.value(for: text, InvocationRun.mockStatus) == status, "\(text)")
        }
    }

    @Test("Per-second text is formatted once a second and equals the formatter's")
    func perSecondText() {
        let calls = Mutex(0)
        let text = PerSecondText { date in
            calls.withLock { $0 += 1 }
            return ExecutionLog.requestTime(date)
        }
        let base = 1_795_576_809.0
        for offset in [0.0, 0.25, 0.999, 0.5] {
            let date = Date(timeIntervalSince1970: base + offset)
            #expect(text.text(for: date) == ExecutionLog.requestTime(date))
        }
        #expect(calls.withLock { $0 } == 1)
        for offset in [1.0, 1.5, -0.5, 86_400.0, -86_400.25] {
            let date = Date(timeIntervalSince1970: base + offset)
            #expect(text.text(for: date) == ExecutionLog.requestTime(date), "\(offset)")
        }
        #expect(calls.withLock { $0 } == 5)
    }
}

/// `MediaType.essence`: the ASCII fast path against the general (Foundation) rule it stands for.
@Suite struct MediaTypeEssenceTests {
    static func general(_ value: String) -> String? {
        let base = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base.isEmpty ? nil : base
    }

    @Test(arguments: [
        "application/json", "Application/JSON", "application/json; charset=utf-8", "  text/xml\t", "\ttext/XML ;q=1",
        "", " ", ";", "a;", " ;x", "image/*", "multipart/form-data; boundary=AbC", "text/plain;", "TEXT/PLAIN ",
        "application/vnd.api+json", "x/ünï", "x/y; name=ü", "\u{00A0}text/plain", "text/plain\u{2003}",
    ])
    func agreesWithTheGeneralRule(_ value: String) {
        #expect(MediaType.essence(value) == Self.general(value), "\(value.debugDescription)")
    }

    @Test func nilStaysNil() {
        #expect(MediaType.essence(nil) == nil)
    }
}
