import Gatehouse
import Testing

@Suite("Custom (non-proxy) integrations")
struct CustomIntegrationTests {
    static func httpAPI(passthrough: String = "WHEN_NO_MATCH", templates: String = "") -> String {
        """
        openapi: "3.0.1"
        info: {title: orders, version: "1"}
        paths:
          /orders/{orderId}:
            post:
              responses:
                "200":
                  description: ok
                  headers:
                    X-Status: {schema: {type: string}}
                    X-Item: {schema: {type: string}}
                    Date: {schema: {type: string}}
                    X-Static: {schema: {type: string}}
              x-amazon-apigateway-integration:
                type: http
                httpMethod: PUT
                uri: "https://orders.example.com/${stageVariables.version}/orders/{id}"
                passthroughBehavior: \(passthrough)
        \(templates)
                requestParameters:
                  integration.request.path.id: method.request.path.orderId
                  integration.request.header.X-Tenant: method.request.header.X-Tenant-Id
                  integration.request.header.X-Source-Ip: context.identity.sourceIp
                  integration.request.multivaluequerystring.tags: method.request.multivaluequerystring.tag
                  integration.request.querystring.fixed: "'yes'"
                  integration.request.header.X-Env: stageVariables.env
                  integration.request.header.X-Customer: method.request.body.customer.id
                responses:
                  "2\\\\d{2}":
                    statusCode: "200"
                    responseParameters:
                      method.response.header.X-Status: integration.response.body.status
                      method.response.header.X-Item: integration.response.body.items[1].sku
                      method.response.header.Date: integration.response.header.Date
                      method.response.header.X-Static: "'fixed'"
                  "4\\\\d{2}":
                    statusCode: "400"
                  default:
                    statusCode: "500"
        """
    }

    static let stage = Stage(name: "prod", variables: ["version": "v3", "env": "test"])

    static func backend(status: Int = 200) -> RecordingBackend {
        RecordingBackend { _ in
            IntegrationResult(
                statusCode: status, headers: ["Date": "Wed, 25 Nov 2026 03:20:09 GMT", "Content-Type": "application/json"],
                body: #"{"status":"paid","items":[{"sku":"a"},{"sku":"b"}]}"#)
        }
    }

    static let request = GatewayRequest(
        method: "POST", path: "/prod/orders/17", query: "tag=x&tag=y", headers: ["Content-Type": "application/json", "X-Tenant-Id": "acme"],
        body: Array(#"{"customer":{"id":"c-9"}}"#.utf8), sourceIP: "192.0.2.4")

    @Test func parameterMappingsBuildTheEndpointRequest() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.httpAPI(), stage: Self.stage, backend: backend)
        let response = await pipeline.invoke(Self.request).response
        let call = try #require(backend.lastCall)
        #expect(call.target == .http(url: "https://orders.example.com/v3/orders/17?tags=x&tags=y&fixed=yes"))
        #expect(call.method == "PUT")
        #expect(
            headerList(call.headers) == [
                "X-Tenant: acme", "X-Source-Ip: 192.0.2.4", "X-Env: test", "X-Customer: c-9", "Content-Type: application/json",
            ])
        #expect(call.bodyText == #"{"customer":{"id":"c-9"}}"#)
        #expect(response.statusCode == 200)
        #expect(
            headerList(response.headers) == [
                "X-Status: paid", "X-Item: b", "x-amzn-Remapped-Date: Wed, 25 Nov 2026 03:20:09 GMT", "X-Static: fixed", "Content-Type: application/json",
            ])
        #expect(response.bodyText == #"{"status":"paid","items":[{"sku":"a"},{"sku":"b"}]}"#)
    }

    @Test func selectionPatternsMatchTheWholeStatus() async throws {
        let clientError = try makePipeline(Self.httpAPI(), stage: Self.stage, backend: Self.backend(status: 404))
        #expect(await clientError.invoke(Self.request).response.statusCode == 400)
        let serverError = try makePipeline(Self.httpAPI(), stage: Self.stage, backend: Self.backend(status: 503))
        let response = await serverError.invoke(Self.request).response
        #expect(response.statusCode == 500)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == #"{"status":"paid","items":[{"sku":"a"},{"sku":"b"}]}"#)
    }

    @Test func neverRejectsUnmatchedContentTypes() async throws {
        let pipeline = try makePipeline(Self.httpAPI(passthrough: "NEVER"), stage: Self.stage, backend: Self.backend())
        let result = await pipeline.invoke(Self.request)
        #expect(result.response.statusCode == 415)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == #"{"message": "Unsupported Media Type"}"#)
    }

    @Test func whenNoTemplatesPassesThroughWithoutTemplates() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.httpAPI(passthrough: "WHEN_NO_TEMPLATES"), stage: Self.stage, backend: backend)
        var request = Self.request
        request.headers.set("Content-Type", "text/plain")
        request.body = Array("plain words".utf8)
        let response = await pipeline.invoke(request).response
        #expect(response.statusCode == 200)
        #expect(try #require(backend.lastCall).bodyText == "plain words")
        #expect(headerList(try #require(backend.lastCall).headers).last == "Content-Type: text/plain")
    }

    @Test func whenNoTemplatesRejectsWhenTemplatesExist() async throws {
        let templates = """
                    requestTemplates:
                      application/json: "{}"
            """
        let pipeline = try makePipeline(Self.httpAPI(passthrough: "WHEN_NO_TEMPLATES", templates: templates), stage: Self.stage, backend: Self.backend())
        var request = Self.request
        request.headers.set("Content-Type", "application/xml")
        let response = await pipeline.invoke(request).response
        #expect(response.statusCode == 415)
        #expect(response.bodyText == #"{"message": "Unsupported Media Type"}"#)
    }

    @Test func noMatchingResponseAndNoDefaultIs500() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /x:
                get:
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: GET
                    uri: "https://example.com/x"
                    responses:
                      "200": {statusCode: "200"}
            """
        let pipeline = try makePipeline(yaml, backend: Self.backend(status: 404))
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/x"))
        #expect(result.response.statusCode == 500)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(result.response.bodyText == #"{"message": "Internal server error"}"#)
        #expect(
            result.log.lines.suffix(2).map(\.text) == [
                "Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 404",
                "Method completed with status: 500",
            ])
    }

    @Test func mappingContentLengthFails() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /x:
                get:
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: GET
                    uri: "https://example.com/x"
                    responses:
                      default:
                        statusCode: "200"
                        responseParameters:
                          method.response.header.Content-Length: "'5'"
            """
        let pipeline = try makePipeline(yaml, backend: Self.backend())
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/x")).response
        #expect(response.statusCode == 500)
        #expect(response.bodyText == #"{"message": "Internal server error"}"#)
    }

    @Test func bodiesOver10MBAre413() async throws {
        let pipeline = try makePipeline(Self.httpAPI(), stage: Self.stage, backend: Self.backend(), maximumBodyBytes: 16)
        var request = Self.request
        request.body = Array(repeating: UInt8(ascii: "a"), count: 17)
        let response = await pipeline.invoke(request).response
        #expect(response.statusCode == 413)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == "HTTP content length exceeded 16 bytes.")
    }

    @Test func the413CannotBeCustomized() async throws {
        let yaml = Self.httpAPI() + """

            x-amazon-apigateway-gateway-responses:
              DEFAULT_4XX:
                statusCode: "418"
                responseTemplates:
                  application/json: "{\\"custom\\": true}"
            """
        let pipeline = try makePipeline(yaml, stage: Self.stage, backend: Self.backend(), maximumBodyBytes: 10 * 1024 * 1024)
        var request = Self.request
        request.body = Array(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024 + 1)
        let response = await pipeline.invoke(request).response
        #expect(response.statusCode == 413)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == "HTTP content length exceeded 10485760 bytes.")
    }

    @Test func lambdaSuccessTakesTheDefaultResponse() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  x-amazon-apigateway-integration:
                    type: aws
                    httpMethod: POST
                    uri: "\(lambdaURI)"
                    responses:
                      default: {statusCode: "200"}
                      ".*":  {statusCode: "500"}
            """
        let ok = try makePipeline(yaml, backend: RecordingBackend { _ in IntegrationResult(body: #"{"ok":1}"#) })
        let response = await ok.invoke(GatewayRequest(method: "GET", target: "/prod/pets")).response
        #expect(response.statusCode == 200)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == #"{"ok":1}"#)
        let failing = try makePipeline(yaml, backend: RecordingBackend { _ in IntegrationResult(body: #"{"errorMessage":"x"}"#, functionError: "Unhandled") })
        #expect(await failing.invoke(GatewayRequest(method: "GET", target: "/prod/pets")).response.statusCode == 500)
    }
}
