import Foundation
import Gatehouse
import Testing

@Suite("The execution log in TestInvokeMethod's format")
struct ExecutionLogTests {
    @Test func httpIntegrationLogIsExact() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /pets/{id}:
                get:
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: GET
                    uri: "https://pets.example.com/pets/{id}"
                    requestParameters:
                      integration.request.path.id: method.request.path.id
                    responses:
                      default: {statusCode: "200"}
            """
        let backend = RecordingBackend { _ in IntegrationResult(statusCode: 200, headers: ["Content-Type": "application/json"], body: #"{"id":7}"#) }
        let pipeline = try makePipeline(yaml, backend: backend)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/pets/7?verbose=1", headers: ["Accept": "application/json"]))
        #expect(result.response.statusCode == 200)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == #"{"id":7}"#)
        let date = "Wed Nov 25 03:20:09 UTC 2026"
        #expect(
            result.log.description == """
                Execution log for request 00000000-0000-0000-0000-000000000001
                \(date) : Starting execution for request: 00000000-0000-0000-0000-000000000001
                \(date) : HTTP Method: GET, Resource Path: /pets/7
                \(date) : Method request path: {id=7}
                \(date) : Method request query string: {verbose=1}
                \(date) : Method request headers: {Accept=application/json}
                \(date) : Method request body before transformations: 
                \(date) : Endpoint request URI: https://pets.example.com/pets/7
                \(date) : Endpoint request headers: {}
                \(date) : Endpoint request body after transformations: 
                \(date) : Sending request to https://pets.example.com/pets/7
                \(date) : Received response. Status: 200, Integration latency: 0 ms
                \(date) : Endpoint response headers: {Content-Type=application/json}
                \(date) : Endpoint response body before transformations: {"id":7}
                \(date) : Method response body after transformations: {"id":7}
                \(date) : Method response headers: {Content-Type=application/json}
                \(date) : Successfully completed execution
                \(date) : Method completed with status: 200

                """)
        #expect(result.latencyMilliseconds == 0)
        #expect(result.trace.steps.map(\.name) == ["method-request", "integration"])
        #expect(result.trace.remoteName == "pets.example.com")
        #expect(result.trace.integrationStatus == 200)
    }

    @Test func longLinesAreTruncated() {
        let text = String(repeating: "x", count: 2000)
        #expect(ExecutionLog.truncated(text) == String(repeating: "x", count: 1024) + " [TRUNCATED]")
        #expect(ExecutionLog.truncated("short") == "short")
    }

    @Test func datesPrintAsJavaDoes() {
        #expect(ExecutionLog.format(Date(timeIntervalSince1970: 0)) == "Thu Jan 01 00:00:00 UTC 1970")
        #expect(ExecutionLog.requestTime(Date(timeIntervalSince1970: 1_795_576_809)) == "25/Nov/2026:03:20:09 +0000")
    }
}
