import Gatehouse
import Testing

@Suite("Routing")
struct RoutingTests {
    static let yaml = """
        openapi: "3.0.1"
        info: {title: routes, version: "1"}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "http://backend/pets"}
          /pets/{petId}:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "http://backend/pets/{petId}"}
          /pets/mine:
            get:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "http://backend/mine"}
          /files/{proxy+}:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: "http://backend/files/{proxy}"}
        """

    func target(_ method: String, _ path: String) async throws -> (Int, String) {
        let backend = RecordingBackend { call in
            guard case .http(let url) = call.target else { return IntegrationResult(statusCode: 500, body: "") }
            return IntegrationResult(statusCode: 200, body: "\(call.method) \(url)")
        }
        let pipeline = try makePipeline(Self.yaml, backend: backend)
        let result = await pipeline.invoke(GatewayRequest(method: method, target: path))
        return (result.response.statusCode, result.response.bodyText)
    }

    @Test func literalBeatsParameter() async throws {
        #expect(try await target("GET", "/prod/pets/mine") == (200, "GET http://backend/mine"))
        #expect(try await target("GET", "/prod/pets/7") == (200, "GET http://backend/pets/7"))
        #expect(try await target("GET", "/prod/pets") == (200, "GET http://backend/pets"))
    }

    @Test func greedyParameterTakesTheRestOfThePath() async throws {
        #expect(try await target("DELETE", "/prod/files/a/b/c.txt?x=1") == (200, "DELETE http://backend/files/a/b/c.txt?x=1"))
    }

    @Test func greedyParameterNeedsOneSegment() async throws {
        let (status, body) = try await target("GET", "/prod/files")
        #expect(status == 403)
        #expect(body == #"{"message":"Missing Authentication Token"}"#)
    }

    @Test func unknownRouteAndMethodGetMissingAuthenticationToken() async throws {
        let pipeline = try makePipeline(Self.yaml)
        for (method, path) in [("GET", "/prod/owners"), ("POST", "/prod/pets"), ("GET", "/prod")] {
            let response = await pipeline.invoke(GatewayRequest(method: method, target: path)).response
            #expect(response.statusCode == 403)
            #expect(headerList(response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: IncompleteSignatureException"])
            #expect(response.bodyText == #"{"message":"Missing Authentication Token"}"#)
        }
    }

    @Test func unknownStageIsForbidden() async throws {
        let pipeline = try makePipeline(Self.yaml)
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/test/pets")).response
        #expect(response.statusCode == 403)
        #expect(headerList(response.headers) == ["Content-Type: application/json", "x-amzn-ErrorType: ForbiddenException"])
        #expect(response.bodyText == #"{"message":"Forbidden"}"#)
    }

    @Test func httpAPIDefaultStageAndDefaultRoute() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: http, version: "1"}
            x-amazon-apigateway-importexport-version: "1.0"
            paths:
              /items/{id}:
                get:
                  x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "http://backend/items/{id}", payloadFormatVersion: "1.0"}
              /$default:
                x-amazon-apigateway-any-method:
                  x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: "http://backend/fallback", payloadFormatVersion: "1.0"}
            """
        let backend = RecordingBackend { call in
            guard case .http(let url) = call.target else { return IntegrationResult(statusCode: 500, body: "") }
            return IntegrationResult(statusCode: 200, body: url)
        }
        let pipeline = try makePipeline(yaml, stage: .httpDefault, backend: backend)
        #expect(pipeline.api.kind == .http)
        #expect(await pipeline.invoke(GatewayRequest(method: "GET", target: "/items/3")).response.bodyText == "http://backend/items/3")
        #expect(await pipeline.invoke(GatewayRequest(method: "PUT", target: "/somewhere/else")).response.bodyText == "http://backend/fallback")
    }

    @Test func httpAPIWithoutDefaultRouteSaysNotFound() async throws {
        let yaml = """
            openapi: "3.0.1"
            info: {title: http, version: "1"}
            x-amazon-apigateway-importexport-version: "1.0"
            paths:
              /items:
                get:
                  x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: "http://backend/items", payloadFormatVersion: "1.0"}
            """
        let pipeline = try makePipeline(yaml, stage: .httpDefault)
        let response = await pipeline.invoke(GatewayRequest(method: "GET", target: "/nothing")).response
        #expect(response.statusCode == 404)
        #expect(headerList(response.headers) == ["Content-Type: application/json"])
        #expect(response.bodyText == #"{"message":"Not Found"}"#)
    }

    @Test func pathParametersAreDecoded() throws {
        let path = try ResourcePath("/users/{name}")
        let matcher = RouteMatcher(methods: [APIMethod(path: path, httpMethod: "GET", integration: Integration(type: .mock))], kind: .rest)
        let match = try #require(matcher.match(method: "GET", path: "/users/J%C3%BCrgen%20K"))
        #expect(match.pathParameters.map { "\($0.0)=\($0.1)" } == ["name=Jürgen K"])
    }
}
