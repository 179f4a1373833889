import AsyncHTTPClient
import Foundation
import Gatehouse
import NIOCore

/// Invokes Lambda functions through the Lambda Invoke API over HTTP
/// (`POST /2015-03-31/functions/NAME/invocations`), so it works against any endpoint that speaks
/// it: a local Lambda emulator, a runtime interface emulator front, or a test double.
///
/// A function error arrives as status 200 with `X-Amz-Function-Error`; the Invoke API's own
/// errors (no such function 404, access denied 403, throttling 429, ...) are a refused invoke,
/// which API Gateway answers with 500. Requests are not signed.
public struct LambdaInvokeBackend: IntegrationBackend {
    /// `http://127.0.0.1:3001`, without a trailing slash.
    public var endpoint: String
    public let client: HTTPClient

    public init(endpoint: String, client: HTTPClient = .shared) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.client = client
    }

    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        guard case .lambda(let function) = call.target else {
            throw IntegrationFailure.refused("LambdaInvokeBackend only invokes Lambda functions")
        }
        var url = endpoint + "/2015-03-31/functions/\(function.name)/invocations"
        if let qualifier = function.qualifier { url += "?Qualifier=\(qualifier)" }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "X-Amz-Invocation-Type", value: "RequestResponse")
        for (name, value) in call.headers where name.lowercased() == "x-amzn-trace-id" {
            request.headers.add(name: name, value: value)
        }
        request.body = .bytes(ByteBuffer(bytes: call.body))
        let result = try await HTTPBackend.execute(client: client, request: request, timeout: call.timeout, limit: 6 * 1024 * 1024 + 1024) {
            status, headers, body in
            IntegrationResult(statusCode: status, headers: headers, body: body, functionError: headers["X-Amz-Function-Error"])
        }
        guard (200..<300).contains(result.statusCode) else {
            let type = result.headers["x-amzn-ErrorType"] ?? "status \(result.statusCode)"
            throw IntegrationFailure.refused("Lambda Invoke API error \(type): \(result.bodyText)")
        }
        return result
    }
}
