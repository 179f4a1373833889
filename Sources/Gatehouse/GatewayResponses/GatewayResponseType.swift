/// API Gateway's gateway response types and their default status codes.
public enum GatewayResponseType: String, Sendable, Hashable, CaseIterable {
    case accessDenied = "ACCESS_DENIED"
    case apiConfigurationError = "API_CONFIGURATION_ERROR"
    case authorizerConfigurationError = "AUTHORIZER_CONFIGURATION_ERROR"
    case authorizerFailure = "AUTHORIZER_FAILURE"
    case badRequestParameters = "BAD_REQUEST_PARAMETERS"
    case badRequestBody = "BAD_REQUEST_BODY"
    case default4XX = "DEFAULT_4XX"
    case default5XX = "DEFAULT_5XX"
    case expiredToken = "EXPIRED_TOKEN"
    case integrationFailure = "INTEGRATION_FAILURE"
    case integrationTimeout = "INTEGRATION_TIMEOUT"
    case invalidAPIKey = "INVALID_API_KEY"
    case invalidSignature = "INVALID_SIGNATURE"
    case missingAuthenticationToken = "MISSING_AUTHENTICATION_TOKEN"
    case quotaExceeded = "QUOTA_EXCEEDED"
    case requestTooLarge = "REQUEST_TOO_LARGE"
    case resourceNotFound = "RESOURCE_NOT_FOUND"
    case throttled = "THROTTLED"
    case unauthorized = "UNAUTHORIZED"
    case unsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE"
    case wafFiltered = "WAF_FILTERED"

    /// The status API Gateway uses when the response is not customized (nil for the DEFAULT_ ones).
    public var defaultStatusCode: Int? {
        switch self {
        case .accessDenied, .expiredToken, .invalidAPIKey, .invalidSignature, .missingAuthenticationToken, .wafFiltered: return 403
        case .apiConfigurationError, .authorizerConfigurationError, .authorizerFailure: return 500
        case .badRequestParameters, .badRequestBody: return 400
        case .default4XX, .default5XX: return nil
        case .integrationFailure, .integrationTimeout: return 504
        case .quotaExceeded, .throttled: return 429
        case .requestTooLarge: return 413
        case .resourceNotFound: return 404
        case .unauthorized: return 401
        case .unsupportedMediaType: return 415
        }
    }
}

/// A customized gateway response (`x-amazon-apigateway-gateway-responses`).
public struct GatewayResponseDefinition: Sendable {
    public var statusCode: Int?
    /// `gatewayresponse.header.NAME` → source (`'static'`, `method.request.header.X`, ...).
    public var headers: [(name: String, source: GatewayHeaderSource)]
    /// Templates by content type.
    public var templates: [(contentType: String, template: CompiledTemplate)]

    public init(statusCode: Int? = nil, headers: [(name: String, source: GatewayHeaderSource)] = [], templates: [(contentType: String, template: CompiledTemplate)] = []) {
        self.statusCode = statusCode
        self.headers = headers
        self.templates = templates
    }
}

public enum GatewayHeaderSource: Sendable, Hashable {
    case literal(String)
    case methodRequest(ParameterLocation, String)
    case context(String)
    case stageVariable(String)

    init(_ text: String) throws(ParameterMappingError) {
        switch try RequestParameterSource(text) {
        case .literal(let value): self = .literal(value)
        case .methodRequest(let location, let name): self = .methodRequest(location, name)
        case .context(let path): self = .context(path)
        case .stageVariable(let name): self = .stageVariable(name)
        case .methodRequestBody: throw ParameterMappingError("'\(text)' cannot be used in a gateway response")
        }
    }
}
