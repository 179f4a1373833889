import Foundation

/// What the pipeline asks a backend to do: invoke a Lambda function with a payload, or send an
/// HTTP request.
public struct IntegrationCall: Sendable {
    public enum Target: Sendable, Hashable {
        case lambda(LambdaFunctionReference)
        case http(url: String)
    }

    public var target: Target
    /// The HTTP method (always `POST` for Lambda).
    public var method: String
    public var headers: HeaderFields
    public var body: [UInt8]
    /// How long the gateway waits (the integration's `timeoutInMillis`).
    public var timeout: Duration

    public init(target: Target, method: String, headers: HeaderFields = [:], body: [UInt8] = [], timeout: Duration = .milliseconds(29_000)) {
        self.target = target
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// What came back. For Lambda, `statusCode` is the Invoke API's (200) and `functionError` is the
/// `X-Amz-Function-Error` header (`Unhandled` or `Handled`) when the function failed.
public struct IntegrationResult: Sendable {
    public var statusCode: Int
    public var headers: HeaderFields
    public var body: [UInt8]
    public var functionError: String?

    public init(statusCode: Int = 200, headers: HeaderFields = [:], body: [UInt8], functionError: String? = nil) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.functionError = functionError
    }

    public init(statusCode: Int = 200, headers: HeaderFields = [:], body: String, functionError: String? = nil) {
        self.init(statusCode: statusCode, headers: headers, body: Array(body.utf8), functionError: functionError)
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Why a backend gave no result. The pipeline turns these into API Gateway's responses:
/// `timeout` → 504, `refused` → 500, `unreachable` → 500 (HTTP: 502 is reserved for bad proxy
/// responses).
public enum IntegrationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The backend did not answer within the integration timeout.
    case timeout
    /// The backend refused the call (no such function, no permission, throttled).
    case refused(String)
    /// The backend could not be reached.
    case unreachable(String)

    public var description: String {
        switch self {
        case .timeout: return "timeout"
        case .refused(let reason): return "refused: \(reason)"
        case .unreachable(let reason): return "unreachable: \(reason)"
        }
    }
}

/// Something that can answer integration calls: a Lambda Invoke API endpoint, an HTTP client,
/// a local command, or code in the same process.
public protocol IntegrationBackend: Sendable {
    func invoke(_ call: IntegrationCall) async throws -> IntegrationResult
}

/// A backend made of a closure; tests and benchmarks use it to stand in for functions and
/// services without a network.
public struct InProcessBackend: IntegrationBackend {
    public let handler: @Sendable (IntegrationCall) async throws -> IntegrationResult

    public init(_ handler: @escaping @Sendable (IntegrationCall) async throws -> IntegrationResult) {
        self.handler = handler
    }

    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        try await handler(call)
    }
}

/// Sends Lambda calls to one backend and HTTP calls to another.
public struct RoutingBackend: IntegrationBackend {
    public var lambda: (any IntegrationBackend)?
    public var http: (any IntegrationBackend)?

    public init(lambda: (any IntegrationBackend)? = nil, http: (any IntegrationBackend)? = nil) {
        self.lambda = lambda
        self.http = http
    }

    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        switch call.target {
        case .lambda(let function):
            guard let lambda else { throw IntegrationFailure.refused("no Lambda backend for function \(function.name)") }
            return try await lambda.invoke(call)
        case .http(let url):
            guard let http else { throw IntegrationFailure.unreachable("no HTTP backend for \(url)") }
            return try await http.invoke(call)
        }
    }
}

/// A backend that refuses everything (the default when none is given).
public struct NoBackend: IntegrationBackend {
    public init() {}
    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        throw IntegrationFailure.refused("no backend configured")
    }
}
