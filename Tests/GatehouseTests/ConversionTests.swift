import Gatehouse
import Testing

/// `x-gatehouse-conversion`: Gatehouse's opt-in XML ⇄ JSON step (not an AWS feature).
@Suite("x-gatehouse-conversion")
struct ConversionTests {
    static func api(conversion: String?) -> String {
        """
        openapi: "3.0.1"
        info: {title: xml, version: "1"}
        paths:
          /order:
            post:
              responses:
                "200":
                  description: ok
                  headers:
                    X-Status: {schema: {type: string}}
              x-amazon-apigateway-integration:
                type: http
                httpMethod: POST
                uri: "https://orders.example.com/order"
        \(conversion.map { "        x-gatehouse-conversion: \($0)" } ?? "")
                responses:
                  default:
                    statusCode: "200"
                    responseParameters:
                      method.response.header.X-Status: integration.response.body.order.status
        """
    }

    static let xml = #"<?xml version="1.0"?><order id="17"><status>shipped</status><line>a</line><line>b</line></order>"#

    static func backend(contentType: String = "text/xml", body: String = xml) -> RecordingBackend {
        RecordingBackend { _ in IntegrationResult(statusCode: 200, headers: ["Content-Type": contentType], body: body) }
    }

    static let request = GatewayRequest(method: "POST", path: "/prod/order", headers: ["Content-Type": "application/json"], body: Array("{}".utf8))

    @Test func offUnlessConfigured() async throws {
        let pipeline = try makePipeline(Self.api(conversion: nil), backend: Self.backend())
        let result = await pipeline.invoke(Self.request)
        #expect(result.response.bodyText == Self.xml)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json"])
        #expect(!result.log.lines.contains { $0.text.hasPrefix("Gatehouse:") })
    }

    @Test func xmlToJSONRunsBeforeTheIntegrationResponse() async throws {
        let pipeline = try makePipeline(Self.api(conversion: "{response: xml-to-json}"), backend: Self.backend())
        let result = await pipeline.invoke(Self.request)
        #expect(result.response.statusCode == 200)
        #expect(headerList(result.response.headers) == ["X-Status: shipped", "Content-Type: application/json"])
        #expect(result.response.bodyText == #"{"order":{"@id":"17","status":"shipped","line":["a","b"]}}"#)
        let lines = result.log.lines.map(\.text)
        let converted = try #require(lines.firstIndex(of: "Gatehouse: converted endpoint response body from XML to JSON"))
        #expect(lines[converted - 1] == "Endpoint response body before transformations: \(Self.xml)")
        #expect(lines[converted + 1] == #"Method response body after transformations: {"order":{"@id":"17","status":"shipped","line":["a","b"]}}"#)
    }

    @Test func optionsReachTheConverter() async throws {
        let conversion = "{response: xml-to-json, options: {unwrapRoot: true, forceArray: [status], typed: true}}"
        let pipeline = try makePipeline(Self.api(conversion: conversion), backend: Self.backend())
        #expect(await pipeline.invoke(Self.request).response.bodyText == #"{"@id":17,"status":["shipped"],"line":["a","b"]}"#)
    }

    @Test func aBodyThatSaysItIsNotXMLIsLeftAlone() async throws {
        let pipeline = try makePipeline(Self.api(conversion: "{response: xml-to-json}"), backend: Self.backend(contentType: "application/json", body: #"{"order":{"status":"new"}}"#))
        let result = await pipeline.invoke(Self.request)
        #expect(result.response.bodyText == #"{"order":{"status":"new"}}"#)
        #expect(headerList(result.response.headers) == ["X-Status: new", "Content-Type: application/json"])
        #expect(result.log.lines.map(\.text).contains("Gatehouse: endpoint response body not converted: its Content-Type application/json is not XML"))
    }

    @Test func malformedXMLIs500() async throws {
        let pipeline = try makePipeline(Self.api(conversion: "{response: xml-to-json}"), backend: Self.backend(body: "<order><status>shipped</order>"))
        let result = await pipeline.invoke(Self.request)
        #expect(result.response.statusCode == 500)
        #expect(headerList(result.response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: InternalServerErrorException"])
        #expect(result.response.bodyText == #"{"message": "Internal server error"}"#)
        let failure = try #require(result.log.lines.suffix(2).first?.text)
        #expect(failure.hasPrefix("Gatehouse: could not convert endpoint response body from XML to JSON: line 1, column "))
    }

    @Test func jsonToXMLFollowsTheFirstAcceptType() async throws {
        let pipeline = try makePipeline(
            Self.api(conversion: "{response: json-to-xml, options: {declaration: false}}"), backend: Self.backend(contentType: "application/json", body: #"{"order":{"@id":"17","line":["a","b"]}}"#))
        var request = Self.request
        request.headers.append("Accept", "text/xml, application/json")
        let result = await pipeline.invoke(request)
        #expect(result.response.bodyText == #"<order id="17"><line>a</line><line>b</line></order>"#)
        #expect(headerList(result.response.headers) == ["Content-Type: text/xml"])
        #expect(result.log.lines.map(\.text).contains("Gatehouse: converted method response body from JSON to XML"))
        request.headers.set("Accept", "application/json, text/xml")
        #expect(await pipeline.invoke(request).response.bodyText == #"{"order":{"@id":"17","line":["a","b"]}}"#)
    }

    @Test func requestConversionRunsBeforeTheTemplate() async throws {
        let backend = Self.backend()
        let pipeline = try makePipeline(Self.api(conversion: "{request: xml-to-json}"), backend: backend)
        let request = GatewayRequest(method: "POST", path: "/prod/order", headers: ["Content-Type": "application/xml"], body: Array("<q><id>17</id></q>".utf8))
        let result = await pipeline.invoke(request)
        #expect(try #require(backend.lastCall).bodyText == #"{"q":{"id":"17"}}"#)
        #expect(result.log.lines.map(\.text).contains("Gatehouse: converted method request body from XML to JSON"))
        let bad = await pipeline.invoke(GatewayRequest(method: "POST", path: "/prod/order", headers: ["Content-Type": "application/xml"], body: Array("<q>".utf8)))
        #expect(bad.response.statusCode == 400)
        #expect(bad.response.bodyText.hasPrefix(#"{"message": "Could not convert the request body from XML to JSON: line 1, column "#))
    }

    @Test(arguments: [
        ("{response: xml-to-yaml}", "'response' must be xml-to-json or json-to-xml"),
        ("{reply: xml-to-json}", "unknown key 'reply' (expected request, response or options)"),
        ("{options: {}}", "set 'request' or 'response' (xml-to-json or json-to-xml)"),
        ("{response: xml-to-json, options: {pretty: true}}", "unknown option 'pretty' (expected forceArray, typed, localNames, trim, keepEncodedNames, unwrapRoot, root, itemName, indent, declaration)"),
        ("{response: json-to-xml, options: {itemName: 'a:b'}}", "invalid options: The item name 'a:b' is not an XML name without a colon."),
        ("xml-to-json", "must be an object with 'request' and/or 'response' (xml-to-json or json-to-xml) and optional 'options'"),
    ])
    func badConversionsFailAtLoadTime(_ conversion: String, _ problem: String) throws {
        do {
            _ = try OpenAPIImporter.load(text: Self.api(conversion: conversion), file: "t.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.description == "t.yaml: at /paths/~1order/post/x-amazon-apigateway-integration/x-gatehouse-conversion: \(problem)")
        }
    }
}
