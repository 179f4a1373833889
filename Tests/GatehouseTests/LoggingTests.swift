import Gatehouse
import Logging
import Testing

@Suite("Logging")
struct LoggingTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: logs, version: "1"}
        paths:
          /ping:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: "{\\"statusCode\\": 200}"
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: "{\\"pong\\": true}"
        """

    @Test func eachStepIsLoggedAtDebug() async throws {
        let handler = CapturingLogHandler()
        let pipeline = try makePipeline(Self.yaml, logger: handler.logger())
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/ping")).response
        #expect(response.statusCode == 200)
        let entries = handler.entries
        #expect(entries.allSatisfy { $0.level == .debug })
        #expect(entries.allSatisfy { $0.metadata["request-id"] == "00000000-0000-0000-0000-000000000001" })
        #expect(
            entries.map(\.message) == [
                "request received", "method request", "request template rendered", "mock integration answered", "integration response selected",
                "response template rendered", "method completed",
            ])
        #expect(entries[1].metadata["resource"] == "/ping")
        #expect(entries[4].metadata["pattern"] == "default")
        #expect(entries[6].metadata["status"] == "200")
    }

    @Test func gatewayErrorsAreLoggedAtDebug() async throws {
        let handler = CapturingLogHandler()
        let pipeline = try makePipeline(Self.yaml, logger: handler.logger())
        _ = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/nowhere"))
        #expect(handler.entries.map(\.message) == ["request received", "gateway response"])
        #expect(handler.entries.last?.metadata["type"] == "MISSING_AUTHENTICATION_TOKEN")
        #expect(handler.entries.allSatisfy { $0.level == .debug })
    }

    @Test func nothingAboveDebug() async throws {
        let handler = CapturingLogHandler()
        var logger = handler.logger()
        logger.logLevel = .info
        let pipeline = try makePipeline(Self.yaml, logger: logger)
        _ = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/ping"))
        #expect(handler.entries.isEmpty)
    }
}
