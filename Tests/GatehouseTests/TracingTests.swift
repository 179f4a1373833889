import Foundation
import Gatehouse
import GatehouseJSON
import GatehouseXRay
import Synchronization
import Testing

/// A trace clock that moves half a second each time it is read: every start and end in a
/// document differs, and the documents are the same on every run.
final class SteppingTraceClock: TraceClock {
    private let time: Mutex<Double>
    init(_ start: Double) { time = Mutex(start) }
    func now() -> Double {
        time.withLock { value in
            defer { value += 0.5 }
            return value
        }
    }
}

@Suite("X-Ray segments for invocations")
struct TracingTests {
    static let customYAML = """
        openapi: "3.0.1"
        info: {title: pets, version: "1"}
        paths:
          /pets/{id}:
            get:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: "\(lambdaURI)"
                requestTemplates:
                  application/json: '{"id": "$input.params(''id'')"}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"name": $input.json(''$.name'')}'
        """

    static let proxyYAML = """
        openapi: "3.0.1"
        info: {title: greetings, version: "1"}
        paths:
          /hello:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: "\(lambdaURI)"
        """

    static let start = 1_795_576_809.0

    /// A pipeline recording into `sink` with a stepping clock, sequential ids and `sampler`.
    static func pipeline(_ yaml: String, backend: any IntegrationBackend, sink: InMemoryTraceSink, sampler: Sampler? = nil) throws -> Pipeline {
        let clock = SteppingTraceClock(start)
        let tracer = TraceRecorder(sink: sink, sampler: sampler ?? Sampler.always(), clock: clock, ids: SequentialIDGenerator())
        let api = try OpenAPIImporter.load(text: yaml, file: "test.yaml")
        let environment = GatewayEnvironment(
            clock: FixedClock(epochSeconds: start), requestIDs: SequentialRequestIDs(), tracer: tracer)
        return Pipeline(api: api, environment: environment, backend: backend)
    }

    @Test("A custom Lambda integration: the stage segment, both templates and the call; no trace header on the response")
    func customInvocation() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"name": "Rex"}"#) }
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(Self.customYAML, backend: backend, sink: sink)
        let result = await pipeline.invoke(
            GatewayRequest(
                method: "GET", path: "/prod/pets/7", headers: ["User-Agent": "curl/8", "X-Amzn-Trace-Id": "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"],
                sourceIP: "203.0.113.9"))
        #expect(result.response.statusCode == 200)
        #expect(result.response.bodyText == #"{"name": "Rex"}"#)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        // The function is called with the trace continued below the Lambda subsegment (id 3).
        #expect(try #require(backend.lastCall).headers["X-Amzn-Trace-Id"] == "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000003;Sampled=1")
        let segments = sink.segments
        #expect(segments.count == 1)
        #expect(result.segment == segments.first)
        #expect(segments.first?.document == Self.customDocument)
    }

    static let customDocument =
        #"{"name":"pets/prod","id":"0000000000000001","trace_id":"1-5759e988-bd862e3fe1be46a994272793","parent_id":"53995c3f42cd8ad8","start_time":1795576809,"end_time":1795576812.5,"origin":"AWS::ApiGateway::Stage","http":{"request":{"method":"GET","url":"https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/pets/7","user_agent":"curl/8","client_ip":"203.0.113.9"},"response":{"status":200,"content_length":15}},"aws":{"api_gateway":{"account_id":"123456789012","rest_api_id":"a1b2c3d4e5","stage":"prod","request_id":"00000000-0000-0000-0000-000000000001"}},"subsegments":[{"name":"request-template","id":"0000000000000002","start_time":1795576809.5,"end_time":1795576810},{"name":"Lambda","id":"0000000000000003","start_time":1795576810.5,"end_time":1795576811,"namespace":"aws","http":{"response":{"status":200,"content_length":15}},"aws":{"function_name":"fn","operation":"Invoke","region":"us-east-1"}},{"name":"response-template","id":"0000000000000004","start_time":1795576811.5,"end_time":1795576812}]}"#

    @Test("A Lambda proxy integration starts a trace and returns its header")
    func proxyInvocation() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 201, "body": "hi"}"#) }
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(Self.proxyYAML, backend: backend, sink: sink)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.response.statusCode == 201)
        #expect(
            headerList(result.response.headers) == [
                "Content-Type: application/json", "X-Amzn-Trace-Id: Root=1-6b0653e9-000000000000000000000001;Parent=0000000000000002;Sampled=1",
            ])
        #expect(try #require(backend.lastCall).headers["X-Amzn-Trace-Id"] == "Root=1-6b0653e9-000000000000000000000001;Parent=0000000000000003;Sampled=1")
        #expect(sink.segments.map(\.document) == [Self.proxyDocument])
    }

    static let proxyDocument =
        #"{"name":"greetings/prod","id":"0000000000000002","trace_id":"1-6b0653e9-000000000000000000000001","start_time":1795576809,"end_time":1795576810.5,"origin":"AWS::ApiGateway::Stage","http":{"request":{"method":"GET","url":"https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/hello","client_ip":"127.0.0.1"},"response":{"status":201,"content_length":2}},"aws":{"api_gateway":{"account_id":"123456789012","rest_api_id":"a1b2c3d4e5","stage":"prod","request_id":"00000000-0000-0000-0000-000000000001"}},"subsegments":[{"name":"Lambda","id":"0000000000000003","start_time":1795576809.5,"end_time":1795576810,"namespace":"aws","http":{"response":{"status":200,"content_length":33}},"aws":{"function_name":"fn","operation":"Invoke","region":"us-east-1"}}]}"#

    @Test("A failing Lambda's 502 is a fault on the stage and on the function's node of the service graph")
    func failingLambdaOnTheMap() async throws {
        let backend = RecordingBackend { _ in
            IntegrationResult(statusCode: 200, body: #"{"errorMessage": "boom", "errorType": "RuntimeError"}"#, functionError: "Unhandled")
        }
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(Self.proxyYAML, backend: backend, sink: sink)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.response.statusCode == 502)
        #expect(result.error?.statusCode == 502)
        #expect(result.error?.logLine == "Lambda execution failed with status 200 due to customer function error: boom. Lambda request id: 00000000-0000-0000-0000-000000000001")
        let segment = try #require(sink.segments.first)
        #expect(segment.fault && !segment.error)
        let graph = ServiceGraph.build([Trace(id: try #require(segment.traceID), segments: [segment])])
        #expect(graph.nodes.map(\.name) == ["client", "fn", "greetings/prod"])
        let stage = try #require(graph.node(named: "greetings/prod"))
        #expect(stage.type == "AWS::ApiGateway::Stage")
        #expect(stage.statistics.faultCount == 1 && stage.statistics.okCount == 0)
        let function = try #require(graph.node(named: "fn"))
        #expect(function.type == "AWS::Lambda")
        #expect(function.isInferred)
        #expect(function.statistics.faultCount == 1)
        #expect(stage.edges.map(\.destination) == [function.referenceID])
        #expect(stage.edges.first?.statistics.faultCount == 1)
        let client = graph.nodes[0]
        #expect(client.edges.map(\.destination) == [stage.referenceID])
    }

    @Test("A 4xx is an error, and the gateway's own failure is the cause")
    func missingRouteIsAnError() async throws {
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(Self.proxyYAML, backend: NoBackend(), sink: sink)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/nowhere"))
        #expect(result.response.statusCode == 403)
        let segment = try #require(sink.segments.first)
        #expect(segment.error && !segment.fault && !segment.throttle)
        #expect(segment.http?.response?.status == 403)
        #expect(segment.cause?["exceptions"]?[0]?["message"]?.stringValue == "Missing Authentication Token")
        #expect(segment.cause?["exceptions"]?[0]?["type"]?.stringValue == "MISSING_AUTHENTICATION_TOKEN")
    }

    @Test("Not sampled: nothing is sent, and the header says Sampled=0")
    func notSampled() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200}"#) }
        let sink = InMemoryTraceSink()
        let never = Sampler(rules: [SamplingRule(ruleName: "none", priority: 1, fixedRate: 0, reservoirSize: 0)])
        let pipeline = try Self.pipeline(Self.proxyYAML, backend: backend, sink: sink, sampler: never)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.response.headers["X-Amzn-Trace-Id"] == "Root=1-6b0653e9-000000000000000000000001;Parent=0000000000000002;Sampled=0")
        #expect(sink.segments.isEmpty)
        #expect(result.segment != nil)
    }

    @Test("HTTP APIs are not traced (API Gateway supports X-Ray on REST APIs only)")
    func httpAPIsAreNotTraced() async throws {
        let yaml = Self.proxyYAML + "\nx-amazon-apigateway-importexport-version: \"1.0\""
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200}"#) }
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(yaml, backend: backend, sink: sink)
        #expect(pipeline.api.kind == .http)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.response.statusCode == 200)
        #expect(result.segment == nil)
        #expect(sink.segments.isEmpty)
    }

    @Test("Without a tracer no segment is made")
    func tracingOff() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200}"#) }
        let pipeline = try makePipeline(Self.proxyYAML, backend: backend)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.segment == nil)
        #expect(result.response.headers["X-Amzn-Trace-Id"] == nil)
        #expect(try #require(backend.lastCall).headers["X-Amzn-Trace-Id"] == nil)
    }

    @Test("A local command function gets the trace header in _X_AMZN_TRACE_ID")
    func commandFunctionEnvironment() async throws {
        let backend = CommandBackend(functions: ["fn": ["/bin/sh", "-c", #"cat >/dev/null; printf '{"statusCode": 200, "body": "%s"}' "$_X_AMZN_TRACE_ID""#]])
        let sink = InMemoryTraceSink()
        let pipeline = try Self.pipeline(Self.proxyYAML, backend: backend, sink: sink)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/hello"))
        #expect(result.response.bodyText == "Root=1-6b0653e9-000000000000000000000001;Parent=0000000000000003;Sampled=1")
    }
}
