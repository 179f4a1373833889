import AsyncHTTPClient
import Foundation
import Gatehouse
import NIOCore

/// Sends HTTP integration calls with AsyncHTTPClient. The integration's timeout becomes the
/// request deadline; running out of it is `IntegrationFailure.timeout` (API Gateway's 504).
public struct HTTPBackend: IntegrationBackend {
    public let client: HTTPClient
    /// The largest response body read (API Gateway's payload limit).
    public var maximumResponseBytes: Int

    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 10 * 1024 * 1024) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        guard case .http(let url) = call.target else {
            throw IntegrationFailure.refused("HTTPBackend only sends HTTP calls")
        }
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: call.method)
        for (name, value) in call.headers { request.headers.add(name: name, value: value) }
        if !call.body.isEmpty { request.body = .bytes(ByteBuffer(bytes: call.body)) }
        return try await Self.execute(client: client, request: request, timeout: call.timeout, limit: maximumResponseBytes) { status, headers, body in
            IntegrationResult(statusCode: status, headers: headers, body: body)
        }
    }

    /// Runs a request, mapping AsyncHTTPClient's failures onto `IntegrationFailure`.
    static func execute(
        client: HTTPClient, request: HTTPClientRequest, timeout: Duration, limit: Int,
        _ makeResult: (Int, HeaderFields, [UInt8]) -> IntegrationResult
    ) async throws -> IntegrationResult {
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        do {
            let response = try await client.execute(request, timeout: .milliseconds(milliseconds))
            var buffer = try await response.body.collect(upTo: limit)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            var headers = HeaderFields()
            for (name, value) in response.headers { headers.append(name, value) }
            return makeResult(Int(response.status.code), headers, bytes)
        } catch let error as HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                throw IntegrationFailure.timeout
            }
            throw IntegrationFailure.unreachable("\(error)")
        } catch is CancellationError {
            throw IntegrationFailure.timeout
        } catch let failure as IntegrationFailure {
            throw failure
        } catch {
            throw IntegrationFailure.unreachable("\(error)")
        }
    }
}
