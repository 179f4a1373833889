import Foundation
import Gatehouse
import GatehouseServer
import GatehouseTestSupport
import Synchronization
import Testing

/// A mock integration whose templates are plain text, with a static response header.
let itemsAPI = """
    openapi: "3.0.1"
    info:
      title: "items"
    paths:
      /items/{id}:
        get:
          responses:
            "200":
              description: "ok"
              headers:
                X-Item-Source:
                  schema: {type: string}
          x-amazon-apigateway-integration:
            type: mock
            requestTemplates:
              application/json: '{"statusCode": 200}'
            passthroughBehavior: WHEN_NO_MATCH
            responses:
              default:
                statusCode: "200"
                responseParameters:
                  method.response.header.X-Item-Source: "'mock'"
                responseTemplates:
                  application/json: '{"id": 7, "name": "widget"}'
    """

/// A REST Lambda proxy API with a binary media type.
let proxyAPI = """
    openapi: "3.0.1"
    info:
      title: "proxy"
    paths:
      /{proxy+}:
        x-amazon-apigateway-any-method:
          x-amazon-apigateway-integration:
            type: aws_proxy
            httpMethod: POST
            uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:echo/invocations"
    x-amazon-apigateway-binary-media-types:
      - "image/png"
    """

/// An HTTP integration that gives its backend 50 ms.
let slowAPI = """
    openapi: "3.0.1"
    info:
      title: "slow"
    paths:
      /slow:
        get:
          x-amazon-apigateway-integration:
            type: http
            httpMethod: GET
            uri: "http://backend.example/slow"
            timeoutInMillis: 50
            responses:
              default:
                statusCode: "200"
    """

/// A function standing in for Lambda: answers a proxy event with `result`.
func lambda(_ result: @escaping @Sendable (IntegrationCall) -> String) -> InProcessBackend {
    InProcessBackend { call in IntegrationResult(statusCode: 200, headers: ["Content-Type": "application/json"], body: result(call)) }
}

@Suite("Serving over HTTP")
struct ServerBehaviourTests {
    @Test("The stage is the first path segment; anything else is API Gateway's 403")
    func stagesInThePath() async throws {
        try await LiveServer.with(inlineAPI(itemsAPI)) { server in
            let found = try await server.send("GET", "/prod/items/7")
            #expect(found.status == 200)
            #expect(found.gatewayHeaderLines == ["X-Item-Source: mock", "Content-Type: application/json"])
            #expect(found.bodyText == #"{"id": 7, "name": "widget"}"#)
            #expect(found.header("x-amzn-RequestId") == "00000000-0000-0000-0000-000000000001")
            #expect(found.header("x-amz-apigw-id") == "00000000000000=")
            #expect(found.header("Content-Length") == "27")

            let noRoute = try await server.send("DELETE", "/prod/items/7")
            #expect(noRoute.status == 403)
            #expect(noRoute.gatewayHeaderLines == ["Content-Type: application/json", "x-amzn-ErrorType: IncompleteSignatureException"])
            #expect(noRoute.bodyText == #"{"message":"Missing Authentication Token"}"#)

            let otherStage = try await server.send("GET", "/dev/items/7")
            #expect(otherStage.status == 403)
            #expect(otherStage.bodyText == #"{"message":"Forbidden"}"#)
            #expect(otherStage.header("x-amzn-RequestId") == "00000000-0000-0000-0000-000000000003")
        }
    }

    @Test("HEAD answers with the length of the body it does not send")
    func head() async throws {
        try await LiveServer.with(inlineAPI(itemsAPI.replacingOccurrences(of: "    get:", with: "    head:"))) { server in
            let response = try await server.send("HEAD", "/prod/items/7")
            #expect(response.status == 200)
            #expect(response.header("Content-Length") == "27")
            #expect(response.body.isEmpty)
        }
    }

    @Test("Multi-value headers are separate lines; CR and LF in a mapped value never reach the wire")
    func headerLines() async throws {
        let function = lambda { _ in
            #"{"statusCode": 200, "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]}, "headers": {"X-Split": "a\r\nInjected: yes"}, "body": "ok"}"#
        }
        try await LiveServer.with(inlineAPI(proxyAPI, backend: function)) { server in
            let response = try await server.send("GET", "/prod/anything")
            #expect(response.status == 200)
            #expect(response.headers.filter { $0.0 == "Set-Cookie" }.map(\.1) == ["a=1", "b=2"])
            #expect(response.header("Injected") == nil)
            let split = try #require(response.header("X-Split"))
            #expect(!split.contains("\r") && !split.contains("\n"))
            #expect(split.hasPrefix("a") && split.hasSuffix("Injected: yes"))
            #expect(response.bodyText == "ok")
        }
    }

    @Test("Binary bodies pass both ways byte for byte")
    func binaryBodies() async throws {
        let seen = Mutex<String>("")
        let function = lambda { call in
            seen.withLock { $0 = call.bodyText }
            return #"{"statusCode": 200, "headers": {"Content-Type": "image/png"}, "isBase64Encoded": true, "body": "AAEC/w=="}"#
        }
        try await LiveServer.with(inlineAPI(proxyAPI, backend: function)) { server in
            let response = try await server.send(
                "POST", "/prod/upload", headers: [("Content-Type", "image/png"), ("Accept", "image/png")], body: [0xFF, 0xFE, 0x00])
            #expect(response.status == 200)
            #expect(response.body == [0x00, 0x01, 0x02, 0xFF])
            let event = seen.withLock { $0 }
            #expect(event.contains(#""body":"//4A""#))
            #expect(event.contains(#""isBase64Encoded":true"#))
        }
    }

    @Test("A body over 10 MB gets API Gateway's 413")
    func oversizedBody() async throws {
        try await LiveServer.with(inlineAPI(itemsAPI)) { server in
            let response = try await server.send("POST", "/prod/items/7", body: [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024 + 1))
            #expect(response.status == 413)
            #expect(response.bodyText == "HTTP content length exceeded 10485760 bytes.")
            // The connection is still usable and the limit is exclusive.
            let atLimit = try await server.send("GET", "/prod/items/7", body: [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024))
            #expect(atLimit.status == 200)
        }
    }

    @Test("Header values over 10,240 bytes are refused before the pipeline")
    func oversizedHeaders() async throws {
        try await LiveServer.with(inlineAPI(itemsAPI)) { server in
            let response = try await server.send("GET", "/prod/items/7", headers: [("X-Big", String(repeating: "b", count: 10_300))])
            #expect(response.status == 431)
            #expect(response.bodyText == "HTTP header is larger than 10240 bytes.")
        }
    }

    @Test("A backend slower than timeoutInMillis gets API Gateway's 504")
    func backendTimeout() async throws {
        let backend = InProcessBackend { _ in
            try await Task.sleep(for: .seconds(30))
            return IntegrationResult(statusCode: 200, body: "too late")
        }
        try await LiveServer.with(inlineAPI(slowAPI, backend: backend)) { server in
            let response = try await server.send("GET", "/prod/slow")
            #expect(response.status == 504)
            #expect(response.gatewayHeaderLines == ["Content-Type: application/json"])
            #expect(response.bodyText == #"{"message": "Endpoint request timed out"}"#)
        }
    }

    @Test("A trace header is made for each request and an incoming Root is kept")
    func traceHeaders() async throws {
        let maker = TraceHeaderMaker(now: { SampleSuite.clock.now() }, random: { 0x1234_5678_9ABC_DEF0 })
        let function = lambda { _ in #"{"statusCode": 200, "body": "traced"}"# }
        try await LiveServer.with(inlineAPI(proxyAPI, backend: function, traceHeader: maker)) { server in
            let fresh = try await server.send("GET", "/prod/a")
            #expect(fresh.header("X-Amzn-Trace-Id") == "Root=1-6b0653e9-9abcdef0123456789abcdef0;Sampled=0")
            let propagated = try await server.send("GET", "/prod/a", headers: [("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793")])
            #expect(propagated.header("X-Amzn-Trace-Id") == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=123456789abcdef0")
        }
    }

    @Test("One access log line per request, in the configured format")
    func accessLog() async throws {
        let lines = Mutex<[String]>([])
        let format = try AccessLogFormat("$context.requestId $context.httpMethod $context.path $context.status $context.responseLength $context.resourcePath $context.stage $context.identity.sourceIp $context.error.message")
        let log = AccessLog(format: format, output: AccessLogOutput { line in lines.withLock { $0.append(line) } })
        try await LiveServer.with(inlineAPI(itemsAPI), accessLog: log) { server in
            _ = try await server.send("GET", "/prod/items/7?x=1")
            _ = try await server.send("GET", "/prod/nope")
        }
        #expect(
            lines.withLock { $0 } == [
                "00000000-0000-0000-0000-000000000001 GET /prod/items/7 200 27 /items/{id} prod 127.0.0.1 -",
                "00000000-0000-0000-0000-000000000002 GET /prod/nope 403 42 - prod 127.0.0.1 -",
            ])
    }
}

@Suite("CORS over HTTP")
struct CORSServerTests {
    static func sample(_ name: String) throws -> APILoader {
        let suite = try SampleSuite(root: RepositoryRoot.path("samples"))
        let api = try #require(suite.apis.first { $0.name == name })
        let export = try #require(api.exports.first)
        return { ServedAPI(pipeline: try api.pipeline(export: export), files: [export]) }
    }

    @Test("REST: the OPTIONS mock answers the preflight, and gateway errors carry the origin")
    func restPreflight() async throws {
        try await LiveServer.with(try Self.sample("notes-cors")) { server in
            let preflight = try await server.send(
                "OPTIONS", "/prod/notes", headers: [("Origin", "https://notes.example.com"), ("Access-Control-Request-Method", "GET")])
            #expect(preflight.status == 200)
            #expect(
                preflight.gatewayHeaderLines == [
                    "Access-Control-Allow-Methods: GET,OPTIONS", "Access-Control-Allow-Headers: Content-Type,X-Amz-Date,Authorization,X-Api-Key",
                    "Access-Control-Allow-Origin: https://notes.example.com", "Content-Type: application/json",
                ])
            let actual = try await server.send("GET", "/prod/notes", headers: [("Origin", "https://notes.example.com")])
            #expect(actual.status == 200)
            #expect(actual.header("Access-Control-Allow-Origin") == "https://notes.example.com")
            let denied = try await server.send("DELETE", "/prod/notes", headers: [("Origin", "https://notes.example.com")])
            #expect(denied.header("Access-Control-Allow-Origin") == "https://notes.example.com")
        }
    }

    @Test("HTTP API: API Gateway answers the preflight itself on the $default stage")
    func httpPreflight() async throws {
        try await LiveServer.with(try Self.sample("greetings-http")) { server in
            let preflight = try await server.send(
                "OPTIONS", "/hello/Ada",
                headers: [
                    ("Origin", "https://feature-1.preview.example.com"), ("Access-Control-Request-Method", "POST"),
                    ("Access-Control-Request-Headers", "content-type"),
                ])
            #expect(preflight.status == 204)
            #expect(preflight.header("access-control-allow-origin") == "https://feature-1.preview.example.com")
            #expect(preflight.header("Apigw-Requestid") == "00000000000000=")
            #expect(preflight.body.isEmpty)
        }
    }
}

@Suite("Access log format")
struct AccessLogFormatTests {
    @Test func commonLogFormat() {
        let record = AccessLogRecord(
            requestID: "r-1", extendedRequestID: "R1=", method: "GET", path: "/prod/pets/7", status: 200, responseLength: 12,
            responseLatencyMilliseconds: 3, requestTime: SampleSuite.clock.now(), sourceIP: "127.0.0.1", stage: "prod", resourcePath: "/pets/{id}")
        #expect(
            AccessLogFormat.commonLogFormat.line(for: record)
                == #"127.0.0.1 - - [25/Nov/2026:03:20:09 +0000] "GET /pets/{id} HTTP/1.1" 200 12 r-1"#)
    }

    @Test func jsonFormatAndTrailingDot() throws {
        let record = AccessLogRecord(
            requestID: "r-1", extendedRequestID: "R1=", method: "POST", path: "/orders", status: 201, responseLength: 0,
            responseLatencyMilliseconds: 4, integrationLatencyMilliseconds: 2, requestTime: SampleSuite.clock.now(), sourceIP: "127.0.0.1",
            stage: "$default", resourcePath: "/orders", apiKind: .http)
        let format = try AccessLogFormat(#"{"id":"$context.requestId","route":"$context.routeKey","lat":$context.integrationLatency} done: $context.status."#)
        #expect(format.line(for: record) == #"{"id":"r-1","route":"POST /orders","lat":2} done: 201."#)
    }

    @Test func unknownVariable() {
        #expect(throws: AccessLogFormatError(variable: "$context.bogus")) { try AccessLogFormat("$context.requestId $context.bogus") }
    }
}

@Suite("Request ids")
struct RequestIDTests {
    @Test func versionFourShape() {
        let id = FastRandomRequestIDs().next()
        let parts = id.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        #expect(parts == [8, 4, 4, 4, 12])
        #expect(id.allSatisfy { $0 == "-" || $0.isHexDigit && !$0.isUppercase })
        #expect(Array(id)[14] == "4")
        #expect("89ab".contains(Array(id)[19]))
    }
}
