import Gatehouse
import Testing

/// Behaviours that need the mapping-template engine: `$context.responseOverride`, API Gateway's
/// 400 for a body a template cannot parse, template selection by Content-Type and Accept.
@Suite("Mapping templates in the pipeline")
struct TemplateIntegrationTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: t, version: "1"}
        paths:
          /tea:
            post:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                  application/xml: '{"statusCode": 404}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Tea = "earl grey")short and stout'
                      text/plain: 'plain $context.stage'
                  "404":
                    statusCode: "404"
          /echo:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: "\(lambdaURI)"
                requestTemplates:
                  application/json: '{"body": $input.json(''$'')}'
                responses:
                  default: {statusCode: "200"}
        """

    @Test func responseOverrideSetsStatusAndHeaders() async throws {
        let pipeline = try makePipeline(Self.yaml)
        let response = await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/tea")).response
        #expect(response.statusCode == 418)
        #expect(headerList(response.headers) == ["Content-Type: application/json", "X-Tea: earl grey"])
        #expect(response.bodyText == "short and stout")
    }

    @Test func acceptChoosesTheResponseTemplate() async throws {
        let pipeline = try makePipeline(Self.yaml)
        let response = await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/tea", headers: ["Accept": "text/plain"])).response
        #expect(response.statusCode == 200)
        #expect(headerList(response.headers) == ["Content-Type: text/plain"])
        #expect(response.bodyText == "plain prod")
    }

    @Test func contentTypeChoosesTheRequestTemplate() async throws {
        let pipeline = try makePipeline(Self.yaml)
        let response = await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/tea", headers: ["Content-Type": "application/xml"])).response
        #expect(response.statusCode == 404)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == "")
    }

    @Test func unparsableBodyIs400() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: "{}") }
        let pipeline = try makePipeline(Self.yaml, backend: backend)
        let response = await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/echo", headers: ["Content-Type": "application/json"], body: "{a")).response
        #expect(response.statusCode == 400)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText.hasPrefix(#"{"message": "Could not process payload"#))
        #expect(backend.lastCall == nil)
    }

    @Test func requestTemplateOutputIsTheLambdaPayload() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"ok":true}"#) }
        let pipeline = try makePipeline(Self.yaml, backend: backend)
        let response = await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/echo", body: #"{"a": [1, 2]}"#)).response
        #expect(response.statusCode == 200)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == #"{"ok":true}"#)
        #expect(try #require(backend.lastCall).bodyText == #"{"body": {"a":[1,2]}}"#)
    }

    @Test func badTemplatesFailAtLoadTime() {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /x:
                get:
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates:
                      application/json: '#if($a'
            """
        #expect(throws: DefinitionError.self) { try OpenAPIImporter.load(text: yaml, file: "t.yaml") }
    }
}
