import Gatehouse
import GatehouseJSON
import Testing

/// `binaryMediaTypes` and `contentHandling`, as AWS's "Content type conversions in API Gateway"
/// tables describe them, with the exact bytes on each side.
@Suite("Binary media and contentHandling")
struct BinaryMediaTests {
    /// An HTTP integration (`/files`), optionally with contentHandling on the integration and on
    /// its one response, under the given binary media types.
    static func api(binaryTypes: [String] = ["image/png", "application/octet-stream"], request: String? = nil, response: String? = nil, templates: String = "")
        -> String
    {
        let types = binaryTypes.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            openapi: "3.0.1"
            info: {title: files, version: "1"}
            x-amazon-apigateway-binary-media-types: [\(types)]
            paths:
              /files:
                post:
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: POST
                    uri: "https://files.example.com/upload"
            \(request.map { "        contentHandling: \($0)" } ?? "")
            \(templates)
                    responses:
                      default:
                        statusCode: "200"
            \(response.map { "            contentHandling: \($0)" } ?? "")
            """
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]
    /// `png` in base64.
    static let pngBase64 = "iVBORwD/"

    /// A backend that records the call and answers with `body` under `contentType`.
    static func backend(contentType: String = "application/json", body: [UInt8] = Array("{}".utf8)) -> RecordingBackend {
        RecordingBackend { _ in IntegrationResult(statusCode: 200, headers: ["Content-Type": contentType], body: body) }
    }

    static func post(contentType: String, body: [UInt8], accept: String? = nil) -> GatewayRequest {
        var headers: HeaderFields = ["Content-Type": contentType]
        if let accept { headers.append("Accept", accept) }
        return GatewayRequest(method: "POST", path: "/prod/files", headers: headers, body: body)
    }

    // MARK: - Integration requests

    @Test func binaryRequestBodiesPassThroughByteForByte() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(), backend: backend)
        let result = await pipeline.invoke(Self.post(contentType: "image/png", body: Self.png))
        #expect(result.response.statusCode == 200)
        let call = try #require(backend.lastCall)
        #expect(call.body == Self.png)
        #expect(headerList(call.headers) == ["Content-Type: image/png"])
        let lines = result.log.lines.map(\.text)
        #expect(lines.contains("Method request body before transformations: [Binary Data]"))
        #expect(lines.contains("Endpoint request body after transformations: [Binary Data]"))
    }

    @Test func convertToTextBase64EncodesABinaryRequest() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(request: "CONVERT_TO_TEXT"), backend: backend)
        _ = await pipeline.invoke(Self.post(contentType: "image/png", body: Self.png))
        #expect(try #require(backend.lastCall).bodyText == Self.pngBase64)
    }

    @Test func convertToTextLeavesATextRequestAlone() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(request: "CONVERT_TO_TEXT"), backend: backend)
        _ = await pipeline.invoke(Self.post(contentType: "text/plain", body: Array("plain words".utf8)))
        #expect(try #require(backend.lastCall).body == Array("plain words".utf8))
    }

    @Test func convertToBinaryBase64DecodesATextRequest() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(request: "CONVERT_TO_BINARY"), backend: backend)
        let result = await pipeline.invoke(Self.post(contentType: "text/plain", body: Array(Self.pngBase64.utf8)))
        #expect(result.response.statusCode == 200)
        #expect(try #require(backend.lastCall).body == Self.png)
        #expect(result.log.lines.map(\.text).contains("Endpoint request body after transformations: [Binary Data]"))
    }

    @Test func convertToBinaryLeavesABinaryRequestAlone() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(request: "CONVERT_TO_BINARY"), backend: backend)
        _ = await pipeline.invoke(Self.post(contentType: "application/octet-stream", body: Self.png))
        #expect(try #require(backend.lastCall).body == Self.png)
    }

    @Test func convertToBinaryOfSomethingNotBase64Is500() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(request: "CONVERT_TO_BINARY"), backend: backend)
        let result = await pipeline.invoke(Self.post(contentType: "text/plain", body: Array("not base64!".utf8)))
        #expect(result.response.statusCode == 500)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(result.response.bodyText == #"{"message": "Internal server error"}"#)
        #expect(backend.lastCall == nil)
        #expect(
            result.log.lines.suffix(2).map(\.text) == [
                "Execution failed due to configuration error: Unable to convert the request body: it is not valid base64 (CONVERT_TO_BINARY)",
                "Method completed with status: 500",
            ])
    }

    @Test func templatesDoNotApplyToBinaryPayloads() async throws {
        let templates = """
                    requestTemplates:
                      image/png: "{\\"wrapped\\": true}"
            """
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(templates: templates), backend: backend)
        _ = await pipeline.invoke(Self.post(contentType: "image/png", body: Self.png))
        #expect(try #require(backend.lastCall).body == Self.png)
    }

    @Test func withoutBinaryMediaTypesABodyIsUTF8Text() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(binaryTypes: []), backend: backend)
        _ = await pipeline.invoke(Self.post(contentType: "image/png", body: Self.png))
        // 0x89 and 0xFF are not UTF-8: each becomes U+FFFD (EF BF BD); the rest is kept.
        #expect(try #require(backend.lastCall).body == [0xEF, 0xBF, 0xBD, 0x50, 0x4E, 0x47, 0x00, 0xEF, 0xBF, 0xBD])
    }

    // MARK: - Integration responses

    @Test func binaryResponseReachesABinaryAccept() async throws {
        let pipeline = try makePipeline(Self.api(), backend: Self.backend(contentType: "image/png", body: Self.png))
        let result = await pipeline.invoke(Self.post(contentType: "application/json", body: Array("{}".utf8), accept: "image/png"))
        #expect(result.response.statusCode == 200)
        #expect(result.response.body == Self.png)
        #expect(result.log.lines.map(\.text).contains("Endpoint response body before transformations: [Binary Data]"))
        #expect(result.log.lines.map(\.text).contains("Method response body after transformations: [Binary Data]"))
    }

    @Test func binaryResponseIsBase64TextForATextAccept() async throws {
        let pipeline = try makePipeline(Self.api(), backend: Self.backend(contentType: "image/png", body: Self.png))
        let response = await pipeline.invoke(Self.post(contentType: "application/json", body: Array("{}".utf8), accept: "application/json")).response
        #expect(response.bodyText == Self.pngBase64)
    }

    @Test func onlyTheFirstAcceptTypeCounts() async throws {
        let pipeline = try makePipeline(Self.api(), backend: Self.backend(contentType: "image/png", body: Self.png))
        let first = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "image/png, application/json")).response
        #expect(first.body == Self.png)
        let second = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "application/json, image/png")).response
        #expect(second.bodyText == Self.pngBase64)
    }

    @Test func wildcardBinaryTypes() async throws {
        // `image/*` and `*/*` match; `*/png` is ignored.
        for (types, binary) in [(["image/*"], true), (["*/*"], true), (["*/png"], false)] {
            let pipeline = try makePipeline(Self.api(binaryTypes: types), backend: Self.backend(contentType: "image/png", body: Self.png))
            let response = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "image/png")).response
            #expect(response.body == (binary ? Self.png : Array("\u{FFFD}PNG\u{0}\u{FFFD}".utf8)), "\(types)")
        }
    }

    @Test func convertToTextEncodesABinaryResponseEvenForABinaryAccept() async throws {
        let pipeline = try makePipeline(Self.api(response: "CONVERT_TO_TEXT"), backend: Self.backend(contentType: "image/png", body: Self.png))
        let response = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "image/png")).response
        #expect(response.bodyText == Self.pngBase64)
    }

    @Test func convertToBinaryKeepsABinaryResponseForATextAccept() async throws {
        let pipeline = try makePipeline(Self.api(response: "CONVERT_TO_BINARY"), backend: Self.backend(contentType: "image/png", body: Self.png))
        let response = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "application/json")).response
        #expect(response.body == Self.png)
    }

    @Test func textResponseIsDecodedForABinaryAccept() async throws {
        let backend = Self.backend(contentType: "text/plain", body: Array(Self.pngBase64.utf8))
        let pipeline = try makePipeline(Self.api(), backend: backend)
        let response = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "image/png")).response
        #expect(response.body == Self.png)
        let asText = try makePipeline(Self.api(response: "CONVERT_TO_TEXT"), backend: backend)
        #expect(await asText.invoke(Self.post(contentType: "application/json", body: [], accept: "image/png")).response.bodyText == Self.pngBase64)
    }

    @Test func convertToBinaryDecodesATextResponseForATextAccept() async throws {
        let backend = Self.backend(contentType: "text/plain", body: Array(Self.pngBase64.utf8))
        let pipeline = try makePipeline(Self.api(response: "CONVERT_TO_BINARY"), backend: backend)
        let response = await pipeline.invoke(Self.post(contentType: "application/json", body: [], accept: "application/json")).response
        #expect(response.body == Self.png)
    }

    @Test func convertToBinaryOfATextResponseThatIsNotBase64Is500() async throws {
        let pipeline = try makePipeline(Self.api(response: "CONVERT_TO_BINARY"), backend: Self.backend(contentType: "application/json", body: Array(#"{"a":1}"#.utf8)))
        let result = await pipeline.invoke(Self.post(contentType: "application/json", body: []))
        #expect(result.response.statusCode == 500)
        #expect(result.response.bodyText == #"{"message": "Internal server error"}"#)
        #expect(result.log.lines.suffix(2).first?.text == "Execution failed due to configuration error: Unable to convert the response body: it is not valid base64 (CONVERT_TO_BINARY)")
    }

    @Test func contentHandlingMustBeAKnownValue() throws {
        #expect(throws: DefinitionError.self) { try OpenAPIImporter.load(text: Self.api(request: "CONVERT_TO_JSON"), file: "t.yaml") }
        do {
            _ = try OpenAPIImporter.load(text: Self.api(response: "BINARY"), file: "t.yaml")
        } catch {
            #expect(error.description == "t.yaml: at /paths/~1files/post/x-amazon-apigateway-integration/responses/default/contentHandling: must be CONVERT_TO_TEXT or CONVERT_TO_BINARY")
        }
    }

    // MARK: - Proxy integrations

    static let lambdaProxy = """
        openapi: "3.0.1"
        info: {title: images, version: "1"}
        x-amazon-apigateway-binary-media-types: ["image/*"]
        paths:
          /image:
            get:
              x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: "\(lambdaURI)"}
        """

    @Test func lambdaProxyBase64BodiesAreBytesOnlyForABinaryAccept() async throws {
        let backend = RecordingBackend { _ in
            IntegrationResult(body: #"{"statusCode": 200, "headers": {"Content-Type": "image/png"}, "body": "\#(Self.pngBase64)", "isBase64Encoded": true}"#)
        }
        let pipeline = try makePipeline(Self.lambdaProxy, backend: backend)
        let binary = await pipeline.invoke(GatewayRequest(method: "GET", path: "/prod/image", headers: ["Accept": "image/png"])).response
        #expect(binary.statusCode == 200)
        #expect(headerList(binary.headers) == ["Content-Type: image/png"])
        #expect(binary.body == Self.png)
        let text = await pipeline.invoke(GatewayRequest(method: "GET", path: "/prod/image", headers: ["Accept": "application/json"])).response
        #expect(text.bodyText == Self.pngBase64)
    }

    @Test func restLambdaProxyRequestsAreBase64OnlyForBinaryMediaTypes() async throws {
        let backend = RecordingBackend { _ in IntegrationResult(body: #"{"statusCode": 204}"#) }
        let pipeline = try makePipeline(Self.lambdaProxy, backend: backend)
        _ = await pipeline.invoke(GatewayRequest(method: "GET", path: "/prod/image", headers: ["Content-Type": "text/plain"], body: [0x61, 0xFF]))
        let event = try JSONParser.parse(try #require(backend.lastCall).bodyText, mode: .strict)
        #expect(event["body"] == .string("a\u{FFFD}"))
        #expect(event["isBase64Encoded"] == .bool(false))
    }

    @Test func httpProxyBinaryAnswersAreBase64ForATextAccept() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: images, version: "1"}
            x-amazon-apigateway-binary-media-types: ["image/png"]
            paths:
              /image:
                get:
                  x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "https://images.example.com/image"}
            """
        let backend = Self.backend(contentType: "image/png", body: Self.png)
        let pipeline = try makePipeline(yaml, backend: backend)
        let binary = await pipeline.invoke(GatewayRequest(method: "GET", path: "/prod/image", headers: ["Accept": "image/png"])).response
        #expect(binary.body == Self.png)
        let text = await pipeline.invoke(GatewayRequest(method: "GET", path: "/prod/image", headers: ["Accept": "*/*"])).response
        #expect(text.bodyText == Self.pngBase64)
    }

    @Test func gatewayRequestsAndResponsesCarryEveryByte() {
        let every = (0...255).map { UInt8($0) }
        let request = GatewayRequest(method: "post", path: "/prod/x", body: every)
        #expect(request.body == every)
        #expect(request.method == "POST")
        #expect(GatewayResponse(statusCode: 200, body: every).body == every)
    }
}
