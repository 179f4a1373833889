import Foundation
import Gatehouse
import GatehouseServer
import GatehouseTestSupport
import GatehouseXRay
import Logging
import Testing

/// `gatehouse serve DEFINITION` with nothing else: the `gatehouse.json` beside a sample's export
/// supplies the stage, variables, functions, services and policies, so every sample request gets
/// its recorded response.
@Suite("Serving a definition with its gatehouse.json")
struct ServeSettingsTests {
    static func settings(_ export: String, stage: String? = nil) -> ServeSettings {
        ServeSettings(definition: export, stage: stage, clock: SampleSuite.clock, requestIDs: { SequentialRequestIDs() })
    }

    @Test(arguments: SampleServerTests.runs)
    func sampleFromTheDefinitionAlone(_ run: SampleServerTests.Run) async throws {
        let settings = Self.settings(run.export)
        let beside = (URL(fileURLWithPath: run.export).deletingLastPathComponent().path as NSString).appendingPathComponent("gatehouse.json")
        #expect(settings.localSettingsFile == (FileManager.default.fileExists(atPath: beside) ? beside : nil))
        let response = try await LiveServer.with(settings.loader(logger: Logger(label: "test"))) { server in
            let request = run.sample.request
            let target = request.path + (request.query.isEmpty ? "" : "?" + request.query)
            return try await server.send(request.method, target, headers: request.headers.map { ($0.name, $0.value) }, body: request.body)
        }
        let expected = run.sample.expected
        #expect(response.status == expected.statusCode)
        // serve adds a fresh trace header to proxy responses (the samples run without one).
        let traceLines = response.gatewayHeaderLines.filter { $0.hasPrefix("X-Amzn-Trace-Id: ") }
        #expect(traceLines.allSatisfy { $0.wholeMatch(of: /X-Amzn-Trace-Id: Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0/) != nil })
        #expect(response.gatewayHeaderLines.filter { !$0.hasPrefix("X-Amzn-Trace-Id: ") } == expected.headers.lines)
        #expect(response.body == expected.body, "\(response.bodyText.debugDescription)")
    }

    @Test("The loader watches gatehouse.json and the policy files, and an explicit stage wins")
    func filesAndOverrides() async throws {
        let export = RepositoryRoot.path("samples/apis/pets-lambda/openapi.yaml")
        let settings = Self.settings(export, stage: "beta")
        let served = try settings.loader(logger: Logger(label: "test"))()
        #expect(
            served.files == [
                export, RepositoryRoot.path("samples/apis/pets-lambda/gatehouse.json"),
                RepositoryRoot.path("samples") + "/apis/pets-lambda/pets-function-policy.json",
            ])
        #expect(served.pipeline.environment.stage.name == "beta")
        #expect(served.pipeline.options.recordsExecutionLog == false)
        let (prod, beta) = try await LiveServer.with(settings.loader(logger: Logger(label: "test"))) { server in
            let prod = try await server.send("GET", "/prod/pets/1")
            let beta = try await server.send("GET", "/beta/pets/1", headers: [("Accept", "application/json")])
            return (prod.status, beta.status)
        }
        #expect(prod == 403)
        #expect(beta == 200)
    }

    @Test("Served requests are traced: the stage segment reaches the sink; a custom response has no trace header")
    func tracedOverHTTP() async throws {
        let sink = InMemoryTraceSink()
        var settings = Self.settings(RepositoryRoot.path("samples/apis/pets-lambda/openapi.yaml"))
        settings.tracer = TraceRecorder(sink: sink, sampler: .always(), clock: ManualTraceClock(1_795_576_809), ids: SequentialIDGenerator())
        let response = try await LiveServer.with(settings.loader(logger: Logger(label: "test"))) { server in
            try await server.send("GET", "/prod/pets/1", headers: [("Accept", "application/json"), ("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")])
        }
        #expect(response.status == 200)
        #expect(response.header("X-Amzn-Trace-Id") == nil)
        let segment = try #require(sink.segments.first)
        #expect(sink.segments.count == 1)
        #expect(segment.name == "pets-lambda/prod")
        #expect(segment.traceID?.description == "1-5759e988-bd862e3fe1be46a994272793")
        #expect(segment.http?.request?.clientIP == "127.0.0.1")
        #expect(segment.http?.response?.status == 200)
        #expect(segment.subsegments.map(\.name) == ["request-template", "Lambda", "response-template"])
        #expect(segment.subsegments[1].aws?["function_name"]?.stringValue == "pets-function")
    }
}
