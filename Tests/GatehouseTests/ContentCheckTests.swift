import Gatehouse
import Testing

/// Content-type checks of rendered templates: the pipeline option (`test-invoke --check-content`)
/// and `TemplateChecker` (`gatehouse check`). The templates here are plain text, so their output
/// is the same whatever the template engine does.
@Suite("Content checks")
struct ContentCheckTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: checks, version: "1"}
        paths:
          /orders:
            post:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: "{\\"statusCode\\": 200,\\n \\"order\\": }"
                  application/xml: "<order><id>1</order>"
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: "{\\"ok\\": true}"
                      text/plain: "anything { goes"
          /soap:
            get:
              x-amazon-apigateway-integration:
                type: http
                httpMethod: POST
                uri: "https://soap.example.com/service"
                requestParameters:
                  integration.request.header.Content-Type: "'text/xml; charset=utf-8'"
                requestTemplates:
                  application/json: "<Envelope><Body/></Envelope>"
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/xml: "<done>"
        x-amazon-apigateway-gateway-responses:
          DEFAULT_4XX:
            responseTemplates:
              application/json: "{\\"message\\": \\"no\\"}"
        """

    @Test func checkerReportsEachMalformedTemplate() throws {
        let api = try OpenAPIImporter.load(text: Self.yaml, file: "checks.yaml")
        let report = TemplateChecker(api: api).check(inputs: [])
        #expect(report.templatesChecked == 7)
        #expect(report.renders == 7)
        #expect(
            report.text(file: "checks.yaml") == """
                checks.yaml: at /paths/~1orders/post/x-amazon-apigateway-integration/requestTemplates/application~1json (empty input): not valid JSON for application/json: line 2, column 11: Unexpected character '}', expected a value
                checks.yaml: at /paths/~1orders/post/x-amazon-apigateway-integration/requestTemplates/application~1xml (empty input): not valid XML for application/xml: line 1, column 21: Opening and ending tag mismatch: id line 1 and order
                checks.yaml: at /paths/~1soap/get/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1xml (empty input): not valid XML for application/xml: line 1, column 7: Premature end of data in tag done line 1
                7 templates checked (7 renders): 3 with malformed output

                """)
        #expect(!report.isClean)
    }

    @Test func checkerUsesTheExamplesThatReachAMethod() throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: checks, version: "1"}
            paths:
              /a:
                post:
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates:
                      application/json: "{\\"statusCode\\": 200}"
                    responses:
                      default: {statusCode: "200"}
              /b:
                get:
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates:
                      application/json: "{\\"statusCode\\": 200}"
                    responses:
                      default: {statusCode: "200", responseTemplates: {application/json: "[1, 2,]"}}
            """
        let api = try OpenAPIImporter.load(text: yaml, file: "t.yaml")
        let inputs = [
            TemplateChecker.Input(name: "sample one", request: GatewayRequest(method: "POST", target: "/prod/a", headers: ["Content-Type": "application/json"], body: "{}")),
            TemplateChecker.Input(name: "sample two", request: GatewayRequest(method: "GET", target: "/prod/b?x=1")),
            TemplateChecker.Input(name: "sample three", request: GatewayRequest(method: "GET", target: "/prod/b")),
            TemplateChecker.Input(name: "sample elsewhere", request: GatewayRequest(method: "GET", target: "/prod/nowhere")),
        ]
        let report = TemplateChecker(api: api).check(inputs: inputs)
        #expect(
            report.text(file: "t.yaml") == """
                t.yaml: at /paths/~1b/get/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1json (sample two): not valid JSON for application/json: line 1, column 7: Unexpected character ']', expected a value
                t.yaml: at /paths/~1b/get/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1json (sample three): not valid JSON for application/json: line 1, column 7: Unexpected character ']', expected a value
                3 templates checked (5 renders): 1 with malformed output

                """)
    }

    @Test func aCleanDefinitionSaysSo() throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: ok, version: "1"}
            paths:
              /a:
                get:
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: {application/json: "{\\"statusCode\\": 200}"}
                    responses:
                      default: {statusCode: "200"}
            """
        let report = TemplateChecker(api: try OpenAPIImporter.load(text: yaml, file: "ok.yaml")).check(inputs: [])
        #expect(report.isClean)
        #expect(report.text(file: "ok.yaml") == "1 template checked (1 render): all well-formed\n")
    }

    @Test func pipelineChecksWhatItRendersWhenAsked() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: checks, version: "1"}
            paths:
              /orders:
                post:
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates:
                      application/json: "{\\"statusCode\\": 200}"
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates:
                          application/json: "{\\"items\\": [1 2]}"
            """
        let request = GatewayRequest(method: "POST", target: "/prod/orders", headers: ["Content-Type": "application/json"], body: "{}")
        let unchecked = await (try makePipeline(yaml)).invoke(request)
        #expect(unchecked.contentCheckFailures.isEmpty)

        let result = await (try makePipeline(yaml, options: PipelineOptions(checksContent: true))).invoke(request)
        // The check reports; it does not change the response.
        #expect(result.response.statusCode == 200)
        #expect(result.response.bodyText == #"{"items": [1 2]}"#)
        #expect(
            result.contentCheckFailures.map(\.description) == [
                "/paths/~1orders/post/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1json: not valid JSON for application/json: line 1, column 14: Unexpected character '2', expected ',' or ']'"
            ])
        #expect(
            result.log.lines.map(\.text).contains(
                "Gatehouse: content check: /paths/~1orders/post/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1json: not valid JSON for application/json: line 1, column 14: Unexpected character '2', expected ',' or ']'"
            ))
    }

    @Test func aRequestTemplateIsCheckedAgainstAStaticContentTypeMapping() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(statusCode: 200, headers: ["Content-Type": "application/xml"], body: "<ok/>") }
        let pipeline = try makePipeline(Self.yaml, backend: backend, options: PipelineOptions(checksContent: true))
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/soap"))
        #expect(try #require(backend.lastCall).bodyText == "<Envelope><Body/></Envelope>")
        // The request template passes (text/xml); the response template `<done>` does not.
        #expect(
            result.contentCheckFailures.map(\.description) == [
                "/paths/~1soap/get/x-amazon-apigateway-integration/responses/default/responseTemplates/application~1xml: not valid XML for application/xml: line 1, column 7: Premature end of data in tag done line 1"
            ])
    }
}
