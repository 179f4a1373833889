import Gatehouse
import Testing

@Suite("Lambda resource policies")
struct LambdaPermissionTests {
    static let policy = """
        {"Policy": "{\\"Version\\":\\"2012-10-17\\",\\"Id\\":\\"default\\",\\"Statement\\":[{\\"Sid\\":\\"a\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"apigateway.amazonaws.com\\"},\\"Action\\":\\"lambda:InvokeFunction\\",\\"Resource\\":\\"arn:aws:lambda:us-east-1:123456789012:function:fn\\",\\"Condition\\":{\\"ArnLike\\":{\\"AWS:SourceArn\\":\\"arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*/GET/items/*\\"}}}]}", "RevisionId": "1"}
        """

    @Test func wildcardsMatchAnyRun() throws {
        let policy = try LambdaPermissionPolicy(json: Self.policy)
        #expect(policy.allows(sourceARN: "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/items/7", account: "123456789012"))
        #expect(policy.allows(sourceARN: "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/dev/GET/items/7/parts", account: "123456789012"))
        #expect(!policy.allows(sourceARN: "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/POST/items/7", account: "123456789012"))
        #expect(!policy.allows(sourceARN: "arn:aws:execute-api:us-east-1:123456789012:zzz/prod/GET/items/7", account: "123456789012"))
    }

    @Test func denyWins() throws {
        let policy = try LambdaPermissionPolicy(
            json: #"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"lambda:*"},{"Effect":"Deny","Principal":{"Service":"apigateway.amazonaws.com"},"Action":"lambda:InvokeFunction","Condition":{"ArnLike":{"AWS:SourceArn":"*/DELETE/*"}}}]}"#
        )
        #expect(policy.allows(sourceARN: "arn:x/prod/GET/a", account: "1"))
        #expect(!policy.allows(sourceARN: "arn:x/prod/DELETE/a", account: "1"))
    }

    @Test func deniedInvokeIs500() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: t, version: "1"}
            paths:
              /items/{id}:
                x-amazon-apigateway-any-method:
                  x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)"}
            """
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode":200,"body":"ok"}"#) }
        let pipeline = try makePipeline(yaml, policies: ["fn": try LambdaPermissionPolicy(json: Self.policy)], backend: backend)
        let allowed = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1")).response
        #expect(allowed.statusCode == 200)
        #expect(allowed.bodyText == "ok")
        let denied = await pipeline.invoke(GatewayRequest(method: "PUT", target: "/prod/items/1"))
        #expect(denied.response.statusCode == 500)
        #expect(headerList(denied.response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(denied.response.bodyText == #"{"message": "Internal server error"}"#)
        #expect(denied.log.lines.suffix(2).map(\.text) == ["Execution failed due to configuration error: Invalid permissions on Lambda function", "Method completed with status: 500"])
    }

    @Test func functionReferences() throws {
        let reference = try #require(LambdaFunctionReference(integrationURI: lambdaURI))
        #expect(reference.name == "fn")
        #expect(reference.arn == "arn:aws:lambda:us-east-1:123456789012:function:fn")
        #expect(reference.invocationPath == "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Afn/invocations")
        let alias = try #require(LambdaFunctionReference(integrationURI: "arn:aws:lambda:eu-west-1:1:function:fn:live"))
        #expect(alias.qualifier == "live")
        #expect(alias.region == "eu-west-1")
    }
}

@Suite("Lambda source ARN")
struct LambdaSourceARNTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: t, version: "1"}
        paths:
          /items/{id}:
            get:
              x-amazon-apigateway-integration: {type: aws, httpMethod: POST, uri: "\(lambdaURI)", responses: {default: {statusCode: "200"}}}
          /{proxy+}:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)"}
        """

    /// The source ARN names the resource as defined (`items/{id}`, `{proxy+}`), as the policies
    /// `aws lambda add-permission` is given for API Gateway do.
    @Test func sourceARNUsesTheResourcePath() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200, "body": "ok"}"#) }
        let pipeline = try makePipeline(Self.yaml, backend: backend)
        _ = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/7"))
        #expect(try #require(backend.lastCall).headers["X-Amz-Source-Arn"] == "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/items/{id}")
        _ = await pipeline.invoke(GatewayRequest(method: "DELETE", target: "/prod/a/b"))
        #expect(try #require(backend.lastCall).headers["X-Amz-Source-Arn"] == "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/DELETE/{proxy+}")
    }

    @Test func aProxyPolicyAllowsEveryPathUnderIt() async throws {
        let policy = try LambdaPermissionPolicy(
            json: #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"},"Action":"lambda:InvokeFunction","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*/*/{proxy+}"}}}]}"#
        )
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200, "body": "ok"}"#) }
        let pipeline = try makePipeline(Self.yaml, policies: ["fn": policy], backend: backend)
        #expect(await pipeline.invoke(GatewayRequest(method: "POST", target: "/prod/a/b/c")).response.statusCode == 200)
        // `items/{id}` is not under the policy: refused.
        #expect(await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/7")).response.statusCode == 500)
    }
}
