import Foundation
import Gatehouse
import GatehouseServer
import GatehouseTestSupport
import Testing

/// Every sample request (samples/requests) sent over a real socket to `gatehouse serve`'s server
/// running each export of its API: the status, every header line the pipeline makes (in order,
/// repeated headers as separate lines) and the body must be exactly the recorded ones, and the
/// server adds only API Gateway's own headers.
@Suite("Samples over HTTP")
struct SampleServerTests {
    struct Run: Sendable, CustomTestStringConvertible {
        var sample: SampleCase
        var api: SampleAPI
        var export: String
        var testDescription: String { "\(sample.api)/\(sample.name) (\(URL(fileURLWithPath: export).lastPathComponent))" }
    }

    static let suite: SampleSuite? = try? SampleSuite(root: RepositoryRoot.path("samples"))

    static var runs: [Run] {
        guard let suite else { return [] }
        return suite.apis.flatMap { api in api.exports.flatMap { export in api.cases.map { Run(sample: $0, api: api, export: export) } } }
    }

    @Test func samplesAreThere() {
        #expect(Self.suite != nil)
        #expect(!Self.runs.isEmpty)
    }

    @Test(arguments: runs)
    func sample(_ run: Run) async throws {
        let api = run.api
        let export = run.export
        let loader: APILoader = { ServedAPI(pipeline: try api.pipeline(export: export), files: [export]) }
        let response = try await LiveServer.with(loader) { server in
            let request = run.sample.request
            let target = request.path + (request.query.isEmpty ? "" : "?" + request.query)
            return try await server.send(request.method, target, headers: request.headers.map { ($0.name, $0.value) }, body: request.body)
        }
        let expected = run.sample.expected
        #expect(response.status == expected.statusCode)
        #expect(response.gatewayHeaderLines == expected.headers.lines)
        #expect(response.body == expected.body, "\(response.bodyText.debugDescription)")
        // The server's own headers: the first request id of the sample environment.
        // HTTP has no Content-Length on a 204 (RFC 9110 §8.6).
        #expect(response.header("Content-Length") == (expected.statusCode == 204 ? nil : String(expected.body.count)))
        #expect(response.header("Date") != nil)
        if api.stage.name == "$default" {
            #expect(response.header("Apigw-Requestid") == "00000000000000=")
            #expect(response.header("x-amzn-RequestId") == nil)
        } else {
            #expect(response.header("x-amzn-RequestId") == "00000000-0000-0000-0000-000000000001")
            #expect(response.header("x-amz-apigw-id") == "00000000000000=")
        }
    }
}
