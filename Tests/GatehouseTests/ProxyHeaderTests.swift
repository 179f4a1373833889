import Gatehouse
import Testing

@Suite("Proxy response headers and timeouts")
struct ProxyHeaderTests {
    static let rest = """
        openapi: "3.0.1"
        info: {title: proxy, version: "1"}
        paths:
          /fn:
            get:
              x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)"}
          /site:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "https://site.example.com/"}
        """

    static let reserved = #"{"Server": "fn", "Date": "Wed, 25 Nov 2026 03:20:09 GMT", "Content-Length": "2", "Transfer-Encoding": "chunked", "Connection": "keep-alive", "WWW-Authenticate": "Bearer", "X-Ok": "1"}"#

    @Test func restLambdaProxyRemapsReservedHeaders() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 401, "headers": \#(Self.reserved), "body": "no"}"#) }
        let response = await (try makePipeline(Self.rest, backend: backend)).invoke(GatewayRequest(method: "GET", target: "/prod/fn")).response
        #expect(response.statusCode == 401)
        #expect(
            headerList(response.headers) == [
                "x-amzn-Remapped-Server: fn", "x-amzn-Remapped-Date: Wed, 25 Nov 2026 03:20:09 GMT", "x-amzn-Remapped-Content-Length: 2",
                "x-amzn-Remapped-Connection: keep-alive", "x-amzn-Remapped-WWW-Authenticate: Bearer", "X-Ok: 1", "Content-Type: application/json",
            ])
    }

    @Test func restHTTPProxyAlsoDropsContentEncodingAndVia() async throws {
        let backend = RecordingBackend { _ in
            IntegrationResult(
                statusCode: 200,
                headers: ["Content-Type": "text/html", "Content-Encoding": "gzip", "Via": "1.1 cache", "Server": "nginx", "Transfer-Encoding": "chunked"],
                body: "<p>hi</p>")
        }
        let response = await (try makePipeline(Self.rest, backend: backend)).invoke(GatewayRequest(method: "GET", target: "/prod/site")).response
        #expect(headerList(response.headers) == ["Content-Type: text/html", "x-amzn-Remapped-Server: nginx"])
        #expect(response.bodyText == "<p>hi</p>")
    }

    @Test func httpAPIsPassReservedHeadersOn() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: proxy, version: "1"}
            paths:
              /fn:
                get:
                  x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)", payloadFormatVersion: "2.0"}
            """
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200, "headers": \#(Self.reserved), "body": "ok"}"#) }
        let response = await (try makePipeline(yaml, stage: .httpDefault, backend: backend)).invoke(GatewayRequest(method: "GET", target: "/fn")).response
        #expect(headerList(response.headers) == ["Server: fn", "Date: Wed, 25 Nov 2026 03:20:09 GMT", "WWW-Authenticate: Bearer", "X-Ok: 1"])
    }

    @Test func httpAPITimeoutIs503() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: proxy, version: "1"}
            paths:
              /fn:
                get:
                  x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)", payloadFormatVersion: "2.0", timeoutInMillis: 50}
            """
        let backend = InProcessBackend { _ in
            try await Task.sleep(for: .seconds(5))
            return IntegrationResult(body: "{}")
        }
        let result = await (try makePipeline(yaml, stage: .httpDefault, backend: backend)).invoke(GatewayRequest(method: "GET", target: "/fn"))
        #expect(result.response.statusCode == 503)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == #"{"message":"Service Unavailable"}"#)
    }
}
