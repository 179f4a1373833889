import Gatehouse
import Testing

@Suite("Definition errors name the file, the JSON pointer and the problem")
struct ImportErrorTests {
    func error(_ yaml: String) -> String? {
        do {
            _ = try OpenAPIImporter.load(text: yaml, file: "api.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    static func operation(_ integration: String) -> String {
        """
        openapi: "3.0.1"
        info: {title: t, version: "1"}
        paths:
          /pets/{id}:
            get:
              x-amazon-apigateway-integration:
        \(integration.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
        """
    }

    @Test func unknownIntegrationType() {
        #expect(
            error(Self.operation("type: lambda\nuri: x"))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/type: unknown integration type 'lambda' (expected aws, aws_proxy, http, http_proxy or mock)"
        )
    }

    @Test func invalidSelectionPattern() {
        #expect(
            error(Self.operation("type: mock\nresponses:\n  \"4\\\\d{2\":\n    statusCode: \"400\""))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/responses/4\\d{2: the selection pattern '4\\d{2' is not a valid regular expression"
        )
    }

    @Test func badRequestParameterSource() {
        #expect(
            error(Self.operation("type: http\nuri: \"http://x/\"\nrequestParameters:\n  integration.request.header.X: \"method.request.cookie.a\""))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.X: 'method.request.cookie.a' is not a method request parameter (method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME)"
        )
    }

    @Test func badRequestParameterTarget() {
        #expect(
            error(Self.operation("type: http\nuri: \"http://x/\"\nrequestParameters:\n  integration.request.body: \"'x'\""))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/requestParameters/integration.request.body: the key 'integration.request.body' must be integration.request.{header|querystring|path|multivalueheader|multivaluequerystring}.NAME"
        )
    }

    @Test func badResponseParameter() {
        #expect(
            error(Self.operation("type: mock\nresponses:\n  default:\n    statusCode: \"200\"\n    responseParameters:\n      method.response.header.X: \"integration.response.body.a..b\""))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.X: 'a..b' is not a valid JSON path (empty member name)"
        )
    }

    @Test func lambdaIntegrationNeedsAFunctionURI() {
        #expect(
            error(Self.operation("type: aws_proxy\nuri: \"https://example.com\""))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/uri: 'https://example.com' is not a Lambda function invocation URI (arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations)"
        )
    }

    @Test func missingStatusCode() {
        #expect(
            error(Self.operation("type: mock\nresponses:\n  default: {}"))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/responses/default/statusCode: an integration response needs a statusCode between 100 and 599"
        )
    }

    @Test func badPassthroughBehavior() {
        #expect(
            error(Self.operation("type: mock\npassthroughBehavior: SOMETIMES"))
                == "api.yaml: at /paths/~1pets~1{id}/get/x-amazon-apigateway-integration/passthroughBehavior: must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER"
        )
    }

    @Test func missingIntegration() {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  responses: {}
            """
        #expect(error(yaml) == "api.yaml: at /paths/~1pets/get: the operation has no x-amazon-apigateway-integration (export with --extensions integrations)")
    }

    @Test func unknownGatewayResponseType() {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths: {}
            x-amazon-apigateway-gateway-responses:
              DEFAULT_3XX: {}
            """
        #expect(error(yaml) == "api.yaml: at /x-amazon-apigateway-gateway-responses/DEFAULT_3XX: unknown gateway response type 'DEFAULT_3XX'")
    }

    @Test func corsCredentialsWithWildcardOrigin() {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths: {}
            x-amazon-apigateway-cors:
              allowOrigins: ["*"]
              allowCredentials: true
            """
        #expect(error(yaml) == "api.yaml: at /x-amazon-apigateway-cors: allowCredentials cannot be true when allowOrigins contains '*'")
    }

    @Test func undeclaredMethodResponseHeader() {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    "200": {description: ok}
                  x-amazon-apigateway-integration:
                    type: mock
                    responses:
                      default:
                        statusCode: "200"
                        responseParameters:
                          method.response.header.X-Id: "'1'"
            """
        #expect(
            error(yaml)
                == "api.yaml: at /paths/~1pets/get/x-amazon-apigateway-integration/responses: method.response.header.X-Id is mapped but the 200 method response does not declare the header X-Id"
        )
    }

    @Test func notAnExport() {
        #expect(error("title: nothing") == "api.yaml: at /: neither 'openapi' nor 'swagger' is set: this is not an OpenAPI export")
        #expect(error("a: [") != nil)
    }

    @Test func jsonFilesAreReadAsJSON() {
        #expect(throws: DefinitionError.self) { try OpenAPIImporter.load(text: "{\"swagger\": ", file: "api.json") }
    }
}
