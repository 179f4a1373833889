import Gatehouse
import GatehouseJSON
import Testing

@Suite("Proxy integrations")
struct ProxyTests {
    static let restYAML = """
        openapi: "3.0.1"
        info: {title: proxy, version: "1"}
        paths:
          /items/{id}:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: "\(lambdaURI)"
        """

    @Test func eventV1IsExact() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 200, "body": "ok"}"#) }
        let pipeline = try makePipeline(Self.restYAML, stage: Stage(name: "prod", variables: ["color": "blue"]), backend: backend)
        let request = GatewayRequest(
            method: "POST", path: "/prod/items/a%20b", query: "q=1&q=2&plus=a+b&enc=%2B",
            headers: ["Content-Type": "application/json", "X-Multi": "one", "x-multi": "two", "User-Agent": "curl/8"], body: Array(#"{"a":1}"#.utf8),
            sourceIP: "203.0.113.9")
        let result = await pipeline.invoke(request)
        #expect(result.response.statusCode == 200)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == "ok")
        let event = try #require(backend.lastCall).bodyText
        #expect(
            event
                == #"{"resource":"/items/{id}","path":"/items/a%20b","httpMethod":"POST","headers":{"Content-Type":"application/json","X-Multi":"two","User-Agent":"curl/8"},"multiValueHeaders":{"Content-Type":["application/json"],"X-Multi":["one","two"],"User-Agent":["curl/8"]},"queryStringParameters":{"q":"2","plus":"a b","enc":"+"},"multiValueQueryStringParameters":{"q":["1","2"],"plus":["a b"],"enc":["+"]},"pathParameters":{"id":"a b"},"stageVariables":{"color":"blue"},"requestContext":{"resourceId":"ggl5by","resourcePath":"/items/{id}","httpMethod":"POST","extendedRequestId":"00000000000000=","requestTime":"25/Nov/2026:03:20:09 +0000","path":"/prod/items/a%20b","accountId":"123456789012","protocol":"HTTP/1.1","stage":"prod","domainPrefix":"a1b2c3d4e5","requestTimeEpoch":1795576809000,"requestId":"00000000-0000-0000-0000-000000000001","identity":{"cognitoIdentityPoolId":null,"accountId":null,"cognitoIdentityId":null,"caller":null,"sourceIp":"203.0.113.9","principalOrgId":null,"accessKey":null,"cognitoAuthenticationType":null,"cognitoAuthenticationProvider":null,"userArn":null,"userAgent":"curl/8","user":null},"domainName":"a1b2c3d4e5.execute-api.us-east-1.amazonaws.com","apiId":"a1b2c3d4e5"},"body":"{\"a\":1}","isBase64Encoded":false}"#
        )
    }

    @Test func eventV1WithoutHeadersQueryOrBodyUsesNulls() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: "{}") }
        let pipeline = try makePipeline(Self.restYAML, backend: backend)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1"))
        #expect(result.response.statusCode == 200)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == "")
        let event = try JSONParser.parse(try #require(backend.lastCall).bodyText, mode: .strict)
        for key in ["headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "stageVariables", "body"] {
            #expect(event[key] == .null, "\(key)")
        }
        #expect(event["isBase64Encoded"] == .bool(false))
    }

    @Test(arguments: [
        (#"{"statusCode": 200, "body": "ok", "extra": 1}"#, "unknown key"),
        (#"{"statusCode": 200, "multiValueHeaders": {"a": "b"}}"#, "multiValueHeaders not a map of lists"),
        (#"{"statusCode": 200, "body": {"a": 1}}"#, "body not a string"),
        (#"[1, 2]"#, "not an object"),
        (#"not json"#, "not JSON"),
        (#"{"statusCode": "abc"}"#, "statusCode not a number"),
    ])
    func malformedResponsesAre502(payload: String, reason: String) async throws {
        let pipeline = try makePipeline(Self.restYAML, backend: RecordingBackend { _ in IntegrationResult(body: payload) })
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1")).response
        #expect(response.statusCode == 502, "\(reason)")
        #expect(headerList(response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(response.bodyText == #"{"message": "Internal server error"}"#)
    }

    @Test func responseRules() throws {
        let response = try ProxyResponse.parseV1(
            #"{"statusCode": "201", "headers": {"X-A": "1", "Set-Cookie": "c=3"}, "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]}, "body": "aGk=", "isBase64Encoded": true}"#
        )
        #expect(response.statusCode == 201)
        #expect(headerList(response.headers) == ["Set-Cookie: a=1", "Set-Cookie: b=2", "X-A: 1", "Set-Cookie: c=3"])
        #expect(String(decoding: response.body, as: UTF8.self) == "hi")
        let empty = try ProxyResponse.parseV1("{}")
        #expect(empty.statusCode == 200 && empty.body.isEmpty && empty.headers.isEmpty)
    }

    @Test func v2Inference() throws {
        let text = try ProxyResponse.parseV2(#""hello""#)
        #expect(text.statusCode == 200)
        #expect(headerList(text.headers) == ["content-type: application/json"])
        #expect(String(decoding: text.body, as: UTF8.self) == "hello")
        let object = try ProxyResponse.parseV2(#"{"message":"hi"}"#)
        #expect(String(decoding: object.body, as: UTF8.self) == #"{"message":"hi"}"#)
        let structured = try ProxyResponse.parseV2(#"{"statusCode": 302, "headers": {"location": "/x"}, "cookies": ["a=1", "b=2"]}"#)
        #expect(structured.statusCode == 302)
        #expect(headerList(structured.headers) == ["location: /x", "set-cookie: a=1", "set-cookie: b=2"])
        #expect(throws: ProxyResponse.Malformed.self) { try ProxyResponse.parseV2("{nope") }
    }

    @Test func functionErrorIs502AndNoRetry() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"errorMessage":"boom","errorType":"Error"}"#, functionError: "Unhandled") }
        let pipeline = try makePipeline(Self.restYAML, backend: backend)
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1"))
        #expect(result.response.statusCode == 502)
        #expect(result.response.bodyText == #"{"message": "Internal server error"}"#)
        #expect(result.log.lines.map(\.text).contains("Lambda execution failed with status 200 due to customer function error: boom. Lambda request id: 00000000-0000-0000-0000-000000000001"))
    }

    @Test func refusedInvokeIs500() async throws {
        let pipeline = try makePipeline(Self.restYAML, backend: RecordingBackend { _ in throw IntegrationFailure.refused("ResourceNotFoundException") })
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1")).response
        #expect(response.statusCode == 500)
        #expect(headerList(response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(response.bodyText == #"{"message": "Internal server error"}"#)
    }

    @Test func timeoutIs504() async throws {
        let pipeline = try makePipeline(Self.restYAML, backend: RecordingBackend { _ in throw IntegrationFailure.timeout })
        let result = await pipeline.invoke(GatewayRequest(method: "GET", target: "/prod/items/1"))
        #expect(result.response.statusCode == 504)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(result.response.bodyText == #"{"message": "Endpoint request timed out"}"#)
        #expect(result.log.lines.suffix(2).map(\.text) == ["Execution failed due to a timeout error", "Method completed with status: 504"])
    }

    @Test func eventV2IsExact() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: v2, version: "1"}
            x-amazon-apigateway-importexport-version: "1.0"
            paths:
              /items/{id}:
                get:
                  x-amazon-apigateway-integration:
                    type: aws_proxy
                    httpMethod: POST
                    uri: "arn:aws:lambda:us-east-1:123456789012:function:fn"
                    payloadFormatVersion: "2.0"
            """
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"ok":true}"#) }
        let pipeline = try makePipeline(yaml, stage: .httpDefault, backend: backend)
        let request = GatewayRequest(
            method: "GET", path: "/items/7", query: "a=1&a=2", headers: ["User-Agent": "curl/8", "Cookie": "x=1; y=2", "X-Two": "1", "x-two": "2"], sourceIP: "198.51.100.1")
        let response = await pipeline.invoke(request).response
        #expect(response.statusCode == 200)
        #expect(headerList(response.headers) == ["content-type: application/json"])
        #expect(response.bodyText == #"{"ok":true}"#)
        #expect(
            try #require(backend.lastCall).bodyText
                == #"{"version":"2.0","routeKey":"GET /items/{id}","rawPath":"/items/7","rawQueryString":"a=1&a=2","cookies":["x=1","y=2"],"headers":{"user-agent":"curl/8","x-two":"1,2"},"queryStringParameters":{"a":"1,2"},"requestContext":{"accountId":"123456789012","apiId":"a1b2c3d4e5","domainName":"a1b2c3d4e5.execute-api.us-east-1.amazonaws.com","domainPrefix":"a1b2c3d4e5","http":{"method":"GET","path":"/items/7","protocol":"HTTP/1.1","sourceIp":"198.51.100.1","userAgent":"curl/8"},"requestId":"00000000000000=","routeKey":"GET /items/{id}","stage":"$default","time":"25/Nov/2026:03:20:09 +0000","timeEpoch":1795576809000},"pathParameters":{"id":"7"},"isBase64Encoded":false}"#
        )
    }

    @Test func binaryMediaTypesAreBase64Encoded() async throws {
        let yaml = Self.restYAML + "\nx-amazon-apigateway-binary-media-types: [\"image/*\"]"
        let backend = RecordingBackend { _ in IntegrationResult(body: "{}") }
        let pipeline = try makePipeline(yaml, backend: backend)
        _ = await pipeline.invoke(GatewayRequest(method: "PUT", path: "/prod/items/1", headers: ["Content-Type": "image/png"], body: [0x89, 0x50, 0x4E, 0x47]))
        let event = try JSONParser.parse(try #require(backend.lastCall).bodyText, mode: .strict)
        #expect(event["body"] == .string("iVBORw=="))
        #expect(event["isBase64Encoded"] == .bool(true))
    }
}
