import Foundation
import OrderedCollections

/// A request as it reaches API Gateway: method, raw path (with the stage for REST APIs), raw
/// query string, headers and body.
public struct GatewayRequest: Sendable {
    public var method: String
    /// The raw path, not decoded (`/prod/pets/7`).
    public var path: String
    /// The raw query string, without `?` (`a=1&b=x+y`).
    public var query: String
    public var headers: HeaderFields
    public var body: [UInt8]
    /// The caller's address (`$context.identity.sourceIp`).
    public var sourceIP: String

    public init(method: String, path: String, query: String = "", headers: HeaderFields = [:], body: [UInt8] = [], sourceIP: String = "127.0.0.1") {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.sourceIP = sourceIP
    }

    /// `target` may carry a query string (`/prod/pets?limit=2`).
    public init(method: String, target: String, headers: HeaderFields = [:], body: String = "", sourceIP: String = "127.0.0.1") {
        let (path, query) = Self.split(target)
        self.init(method: method, path: path, query: query, headers: headers, body: Array(body.utf8), sourceIP: sourceIP)
    }

    static func split(_ target: String) -> (String, String) {
        if let mark = target.firstIndex(of: "?") {
            return (String(target[..<mark]), String(target[target.index(after: mark)...]))
        }
        return (target, "")
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Query parameters in order, decoded (`+` is a space, `%2B` a plus), repeated keys kept.
    public var queryParameters: [(String, String)] {
        guard !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return (
                    PercentDecoding.decode(pair[..<equals], plusAsSpace: true),
                    PercentDecoding.decode(pair[pair.index(after: equals)...], plusAsSpace: true)
                )
            }
            return (PercentDecoding.decode(pair, plusAsSpace: true), "")
        }
    }
}

/// What API Gateway sends back.
public struct GatewayResponse: Sendable, Hashable {
    public var statusCode: Int
    public var headers: HeaderFields
    public var body: [UInt8]

    public init(statusCode: Int, headers: HeaderFields = [:], body: [UInt8] = []) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    public init(statusCode: Int, headers: HeaderFields = [:], body: String) {
        self.init(statusCode: statusCode, headers: headers, body: Array(body.utf8))
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
