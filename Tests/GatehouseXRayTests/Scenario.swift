import GatehouseJSON
import GatehouseTestSupport
import GatehouseXRay
import Testing

/// A fixed set of invocations of the `pets/prod` stage, recorded with a manual clock and
/// sequential ids so every document and map is the same on every run:
/// 1. GET /pets → 200 through a Lambda function that records its own segments;
/// 2. GET /pets/7 → the function fails, API Gateway answers 502;
/// 3. GET /pets → 429 (throttled before the integration);
/// 4. GET /nope → 404 (no route; no integration).
enum Scenario {
    static let start = 1_700_000_000.0

    struct Recorded {
        var sink: InMemoryTraceSink
        var stageSegments: [Segment]
    }

    static func record() -> Recorded {
        let sink = InMemoryTraceSink()
        let clock = ManualTraceClock(start)
        let ids = SequentialIDGenerator()
        let recorder = TraceRecorder(sink: sink, sampler: Sampler.always(), clock: clock, ids: ids)
        var stages: [Segment] = []

        func invoke(path: String, status: Int, lambda: (status: Int, fails: Bool)?, renderMilliseconds: Double) {
            let stage = recorder.beginStage(
                apiName: "pets", stage: "prod", header: nil,
                request: HTTPInfo.Request(method: "GET", url: "https://abc123.execute-api.us-east-1.amazonaws.com/prod\(path)",
                                          userAgent: "curl/8.5.0", clientIP: "127.0.0.1", xForwardedFor: true),
                path: path, restAPIID: "abc123", requestID: "req-\(path)", accountID: "123456789012"
            )
            stage.annotate("route", .string(path == "/nope" ? "none" : "/pets"))
            clock.advance(by: 0.002)
            if let lambda {
                stage.withSubsegment(name: "Template render") { _ in clock.advance(by: renderMilliseconds / 1000) }
                let call = stage.beginSubsegment(name: "Lambda", namespace: .aws)
                call.setAWS("function_name", "pets-handler")
                call.setAWS("operation", "Invoke")
                clock.advance(by: 0.005)
                // The function's own segment, continuing the trace from the header it was given.
                let function = recorder.beginSegment(name: "pets-handler", origin: "AWS::Lambda::Function", header: call.downstreamHeader)
                clock.advance(by: lambda.fails ? 0.030 : 0.080)
                if lambda.fails {
                    function.setOutcome(.fault)
                    function.addException(message: "Cannot read properties of undefined (reading 'id')", type: "TypeError")
                }
                function.end()
                clock.advance(by: 0.003)
                call.setHTTPResponse(status: lambda.status)
                if lambda.fails {
                    call.setOutcome(.fault)
                    call.addException(message: "Lambda function returned an error", type: "Unhandled", remote: true)
                }
                call.end()
            }
            clock.advance(by: 0.004)
            stage.setHTTPResponse(status: status, contentLength: 36)
            if status == 502 { stage.addException(message: "Execution failed due to configuration error: Malformed Lambda proxy response") }
            if let finished = stage.end() { stages.append(finished) }
            clock.advance(by: 1)
        }

        invoke(path: "/pets", status: 200, lambda: (200, false), renderMilliseconds: 1.5)
        invoke(path: "/pets/7", status: 502, lambda: (200, true), renderMilliseconds: 0.8)
        invoke(path: "/pets", status: 429, lambda: nil, renderMilliseconds: 0)
        invoke(path: "/nope", status: 404, lambda: nil, renderMilliseconds: 0)
        return Recorded(sink: sink, stageSegments: stages)
    }

    /// The recorded documents in an in-memory store.
    static func store() throws -> TraceStore {
        let store = try TraceStore()
        for segment in record().sink.segments { store.record(segment) }
        return store
    }
}

func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = RepositoryRoot.path("Tests/GatehouseXRayTests/Golden/\(name)")
    if let difference = Golden.compare(actual, toFileAt: path) {
        Issue.record(Comment(rawValue: "\(name): \(difference)"), sourceLocation: sourceLocation)
    }
}
