import Gatehouse
import Testing

@Suite("CORS and gateway responses")
struct CORSAndGatewayResponseTests {
    static let httpAPI = """
        openapi: "3.0.1"
        info: {title: h, version: "1"}
        x-amazon-apigateway-importexport-version: "1.0"
        x-amazon-apigateway-cors:
          allowOrigins: ["https://a.example.com"]
          allowMethods: ["*"]
          allowHeaders: ["x-custom"]
          maxAge: 60
        paths:
          /things:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "https://backend/things", payloadFormatVersion: "1.0"}
        """

    static let backend = RecordingBackend { _ in
        IntegrationResult(statusCode: 200, headers: ["Access-Control-Allow-Origin": "*", "X-Backend": "1"], body: "[]")
    }

    @Test func preflightWithoutAnOptionsRoute() async throws {
        let pipeline = try makePipeline(Self.httpAPI, stage: .httpDefault, backend: Self.backend)
        let response = await pipeline.invoke(
            GatewayRequest(method: "OPTIONS", target: "/things", headers: ["Origin": "https://a.example.com", "Access-Control-Request-Method": "DELETE"])
        ).response
        #expect(response.statusCode == 204)
        #expect(
            headerList(response.headers) == [
                "access-control-allow-origin: https://a.example.com", "access-control-allow-methods: DELETE", "access-control-allow-headers: x-custom",
                "access-control-max-age: 60",
            ])
        #expect(response.bodyText == "")
    }

    @Test func actualRequestsReplaceTheBackendsCORSHeaders() async throws {
        let pipeline = try makePipeline(Self.httpAPI, stage: .httpDefault, backend: Self.backend)
        let allowed = await pipeline.invoke(GatewayRequest(method: "GET", target: "/things", headers: ["Origin": "https://a.example.com"])).response
        #expect(allowed.statusCode == 200)
        #expect(headerList(allowed.headers) == ["X-Backend: 1", "access-control-allow-origin: https://a.example.com"])
        #expect(allowed.bodyText == "[]")
        let other = await pipeline.invoke(GatewayRequest(method: "GET", target: "/things", headers: ["Origin": "https://b.example.com"])).response
        #expect(headerList(other.headers) == ["X-Backend: 1"])
        let none = await pipeline.invoke(GatewayRequest(method: "GET", target: "/things")).response
        #expect(headerList(none.headers) == ["Access-Control-Allow-Origin: *", "X-Backend: 1"])
    }

    @Test func originPatterns() throws {
        let cors = try CORSConfiguration(allowOrigins: ["https://*.example.com", "http://localhost:3000"])
        #expect(cors.allowedOrigin("https://x.example.com") == "https://x.example.com")
        #expect(cors.allowedOrigin("https://example.com") == nil)
        #expect(cors.allowedOrigin("http://x.example.com") == nil)
        #expect(cors.allowedOrigin("http://localhost:3000") == "http://localhost:3000")
        #expect(throws: ParameterMappingError.self) { try CORSConfiguration(allowOrigins: ["*"], allowCredentials: true) }
    }

    static let restAPI = """
        openapi: "3.0.1"
        info: {title: r, version: "1"}
        paths:
          /things:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "https://backend/things"}
        x-amazon-apigateway-gateway-responses:
          DEFAULT_4XX:
            responseParameters:
              gatewayresponse.header.Access-Control-Allow-Origin: "'*'"
              gatewayresponse.header.X-Asked: method.request.header.X-Ask
          INTEGRATION_TIMEOUT:
            statusCode: "503"
            responseParameters:
              gatewayresponse.header.Retry-After: "'5'"
        """

    @Test func default4XXCarriesHeadersOnMissingRoutes() async throws {
        let pipeline = try makePipeline(Self.restAPI)
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/nothing", headers: ["X-Ask": "why"])).response
        #expect(response.statusCode == 403)
        #expect(
            headerList(response.headers) == [
                "Access-Control-Allow-Origin: *", "X-Asked: why", "Content-Type: application/json", "x-amzn-ErrorType: IncompleteSignatureException",
            ])
        #expect(response.bodyText == #"{"message":"Missing Authentication Token"}"#)
    }

    @Test func customizedTimeoutResponse() async throws {
        let pipeline = try makePipeline(Self.restAPI, backend: RecordingBackend { _ in throw IntegrationFailure.timeout })
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/things")).response
        #expect(response.statusCode == 503)
        #expect(headerList(response.headers) == ["Retry-After: 5", "Content-Type: application/json"])
        #expect(response.bodyText == #"{"message":"Endpoint request timed out"}"#)
    }

    @Test func defaultStatusCodes() {
        #expect(GatewayResponseType.missingAuthenticationToken.defaultStatusCode == 403)
        #expect(GatewayResponseType.unsupportedMediaType.defaultStatusCode == 415)
        #expect(GatewayResponseType.integrationTimeout.defaultStatusCode == 504)
        #expect(GatewayResponseType.requestTooLarge.defaultStatusCode == 413)
        #expect(GatewayResponseType.throttled.defaultStatusCode == 429)
        #expect(GatewayResponseType.default4XX.defaultStatusCode == nil)
    }
}
