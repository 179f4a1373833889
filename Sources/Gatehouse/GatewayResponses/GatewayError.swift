/// A response API Gateway makes itself rather than the integration: it knows its response
/// type, status, message and the execution log's failure line, so no adapter invents one.
public struct GatewayError: Error, Sendable, Hashable, CustomStringConvertible {
    public var type: GatewayResponseType
    public var statusCode: Int
    /// `$context.error.message`.
    public var message: String
    /// The uncustomized body is `{"message": "..."}` (with a space) for errors API Gateway raises
    /// once the integration is involved, and `{"message":"..."}` for the others, as recorded.
    public var spacedBody: Bool
    /// `x-amzn-ErrorType`, when API Gateway sends one.
    public var errorType: String?
    /// The execution log's line (`Execution failed due to ...`), if it logs one.
    public var logLine: String?
    /// A body API Gateway sends as it is, instead of `{"message": ...}` (the 413's plain text).
    public var literalBody: String?
    /// Whether `x-amazon-apigateway-gateway-responses` can change it (AWS: not the 413).
    public var isCustomizable: Bool = true

    public init(type: GatewayResponseType, statusCode: Int, message: String, spacedBody: Bool = false, errorType: String? = nil, logLine: String? = nil) {
        self.type = type
        self.statusCode = statusCode
        self.message = message
        self.spacedBody = spacedBody
        self.errorType = errorType
        self.logLine = logLine
    }

    public var description: String { "\(statusCode) \(type.rawValue): \(message)" }

    /// The uncustomized body.
    public var defaultBody: String {
        if let literalBody { return literalBody }
        return spacedBody ? "{\"message\": \(JSONText.quoted(message))}" : "{\"message\":\(JSONText.quoted(message))}"
    }

    // MARK: - The errors the pipeline raises

    public static let missingAuthenticationToken = GatewayError(
        type: .missingAuthenticationToken, statusCode: 403, message: "Missing Authentication Token", errorType: "IncompleteSignatureException")

    /// A request to a stage that does not exist.
    public static let forbidden = GatewayError(type: .default4XX, statusCode: 403, message: "Forbidden", errorType: "ForbiddenException")

    /// HTTP APIs: no route and no `$default` route.
    public static let notFound = GatewayError(type: .resourceNotFound, statusCode: 404, message: "Not Found")

    public static let unsupportedMediaType = GatewayError(
        type: .unsupportedMediaType, statusCode: 415, message: "Unsupported Media Type", spacedBody: true,
        logLine: "Execution failed: Request body does not match any mapping template and the passthrough behavior does not allow it")

    /// A body over API Gateway's 10 MB limit (10,485,760 bytes).
    public static let requestTooLarge = requestTooLarge(limit: 10 * 1024 * 1024)

    /// A body over `limit` bytes: 413 with API Gateway's plain-text body
    /// `HTTP content length exceeded 10485760 bytes.`, which a gateway response cannot customize.
    public static func requestTooLarge(limit: Int) -> GatewayError {
        var error = GatewayError(type: .requestTooLarge, statusCode: 413, message: "HTTP content length exceeded \(limit) bytes.")
        error.literalBody = error.message
        error.isCustomizable = false
        return error
    }

    public static func integrationTimeout(api: APIDefinition.Kind) -> GatewayError {
        api == .http
            ? GatewayError(type: .integrationTimeout, statusCode: 503, message: "Service Unavailable", logLine: "Execution failed due to a timeout error")
            : GatewayError(type: .integrationTimeout, statusCode: 504, message: "Endpoint request timed out", spacedBody: true, logLine: "Execution failed due to a timeout error")
    }

    /// A Lambda proxy function error or malformed response (REST: 502; HTTP APIs: 500).
    public static func badProxyResponse(api: APIDefinition.Kind, logLine: String) -> GatewayError {
        api == .http
            ? GatewayError(type: .default5XX, statusCode: 500, message: "Internal Server Error", logLine: logLine)
            : GatewayError(type: .default5XX, statusCode: 502, message: "Internal server error", spacedBody: true, errorType: "InternalServerErrorException", logLine: logLine)
    }

    /// A refused invoke, a denied permission, a configuration problem found at request time.
    public static func internalError(api: APIDefinition.Kind, logLine: String) -> GatewayError {
        api == .http
            ? GatewayError(type: .default5XX, statusCode: 500, message: "Internal Server Error", logLine: logLine)
            : GatewayError(
                type: .apiConfigurationError, statusCode: 500, message: "Internal server error", spacedBody: true, errorType: "InternalServerErrorException",
                logLine: logLine)
    }

    /// A template read a body that is not JSON.
    public static func badPayload(_ message: String) -> GatewayError {
        GatewayError(type: .badRequestBody, statusCode: 400, message: message, spacedBody: true, logLine: "Execution failed: \(message)")
    }
}
