/// An HTTP API's `corsConfiguration` (`x-amazon-apigateway-cors`).
///
/// API Gateway answers preflight requests (`OPTIONS` with `Origin` and
/// `Access-Control-Request-Method`) itself, with 204, whether or not an OPTIONS route exists; on
/// other requests with an allowed `Origin` it adds the CORS headers to the integration's response
/// and drops any the integration sent. A request without `Origin` gets no CORS headers.
public struct CORSConfiguration: Sendable, Hashable {
    public var allowOrigins: [String]
    public var allowMethods: [String]
    public var allowHeaders: [String]
    public var exposeHeaders: [String]
    public var allowCredentials: Bool
    public var maxAge: Int?

    public init(
        allowOrigins: [String] = [],
        allowMethods: [String] = [],
        allowHeaders: [String] = [],
        exposeHeaders: [String] = [],
        allowCredentials: Bool = false,
        maxAge: Int? = nil
    ) throws(ParameterMappingError) {
        if allowCredentials && allowOrigins.contains("*") {
            throw ParameterMappingError("allowCredentials cannot be true when allowOrigins contains '*'")
        }
        for origin in allowOrigins where origin != "*" {
            let stars = origin.filter { $0 == "*" }.count
            if stars > 1 || (stars == 1 && !origin.contains("://*.")) {
                throw ParameterMappingError("the origin '\(origin)' may only use '*' as a whole subdomain label (https://*.example.com)")
            }
        }
        self.allowOrigins = allowOrigins
        self.allowMethods = allowMethods
        self.allowHeaders = allowHeaders
        self.exposeHeaders = exposeHeaders
        self.allowCredentials = allowCredentials
        self.maxAge = maxAge
    }

    /// The value for `Access-Control-Allow-Origin`, or nil when the origin is not allowed.
    public func allowedOrigin(_ origin: String) -> String? {
        let lower = origin.lowercased()
        for allowed in allowOrigins {
            if allowed == "*" { return "*" }
            let pattern = allowed.lowercased()
            if pattern == lower { return origin }
            if let star = pattern.range(of: "://*.") {
                let scheme = pattern[..<star.lowerBound]
                let suffix = pattern[star.upperBound...]
                if lower.hasPrefix(scheme + "://"), lower.hasSuffix("." + suffix) {
                    let host = lower.dropFirst(scheme.count + 3).dropLast(suffix.count + 1)
                    if !host.isEmpty, !host.contains("/") { return origin }
                }
            }
        }
        return nil
    }

    static let responseHeaderNames: Set<String> = [
        "access-control-allow-origin", "access-control-allow-credentials", "access-control-expose-headers",
        "access-control-max-age", "access-control-allow-methods", "access-control-allow-headers",
    ]

    /// The preflight response for `request`, or nil when the request is not a preflight.
    func preflight(_ request: GatewayRequest) -> GatewayResponse? {
        guard request.method == "OPTIONS", let origin = request.headers["Origin"],
            let requestedMethod = request.headers["Access-Control-Request-Method"]
        else { return nil }
        var headers = HeaderFields()
        if let allowed = allowedOrigin(origin) {
            headers.append("access-control-allow-origin", allowed)
            if allowCredentials { headers.append("access-control-allow-credentials", "true") }
            if !allowMethods.isEmpty {
                headers.append("access-control-allow-methods", allowMethods.contains("*") ? requestedMethod : allowMethods.joined(separator: ","))
            }
            if !allowHeaders.isEmpty {
                let requested = request.headers["Access-Control-Request-Headers"]
                headers.append("access-control-allow-headers", allowHeaders.contains("*") ? (requested ?? "*") : allowHeaders.joined(separator: ","))
            }
            if let maxAge { headers.append("access-control-max-age", String(maxAge)) }
        }
        return GatewayResponse(statusCode: 204, headers: headers)
    }

    /// Adds the CORS headers for an actual request, replacing the integration's.
    func apply(to response: inout GatewayResponse, request: GatewayRequest) {
        guard let origin = request.headers["Origin"] else { return }
        for name in Self.responseHeaderNames { response.headers.remove(name) }
        guard let allowed = allowedOrigin(origin) else { return }
        response.headers.append("access-control-allow-origin", allowed)
        if allowCredentials { response.headers.append("access-control-allow-credentials", "true") }
        if !exposeHeaders.isEmpty { response.headers.append("access-control-expose-headers", exposeHeaders.joined(separator: ",")) }
    }
}
