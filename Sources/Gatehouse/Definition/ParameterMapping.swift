import Foundation

/// Where a method request or integration response value goes or comes from.
public enum ParameterLocation: String, Sendable, Hashable {
    case path
    case querystring
    case header
    case multivaluequerystring
    case multivalueheader
}

/// `integration.request.LOCATION.NAME: SOURCE` in an integration's `requestParameters`.
public struct RequestParameterMapping: Sendable, Hashable {
    public var targetLocation: ParameterLocation
    public var targetName: String
    public var source: RequestParameterSource

    public init(targetLocation: ParameterLocation, targetName: String, source: RequestParameterSource) {
        self.targetLocation = targetLocation
        self.targetName = targetName
        self.source = source
    }

    /// Parses one entry; throws a message naming what is wrong.
    public init(key: String, value: String) throws(ParameterMappingError) {
        let prefix = "integration.request."
        guard key.hasPrefix(prefix) else {
            throw ParameterMappingError("the key '\(key)' must be integration.request.{header|querystring|path|multivalueheader|multivaluequerystring}.NAME")
        }
        let rest = key.dropFirst(prefix.count)
        guard let dot = rest.firstIndex(of: "."), let location = ParameterLocation(rawValue: String(rest[..<dot])),
            rest.index(after: dot) < rest.endIndex
        else {
            throw ParameterMappingError("the key '\(key)' must be integration.request.{header|querystring|path|multivalueheader|multivaluequerystring}.NAME")
        }
        self.targetLocation = location
        self.targetName = String(rest[rest.index(after: dot)...])
        self.source = try RequestParameterSource(value)
    }
}

/// The value side of a request parameter mapping.
public enum RequestParameterSource: Sendable, Hashable {
    /// `method.request.LOCATION.NAME`
    case methodRequest(ParameterLocation, String)
    /// `method.request.body` (nil path) or `method.request.body.JSONPATH`.
    case methodRequestBody(String?)
    /// `context.a.b`
    case context(String)
    /// `stageVariables.NAME`
    case stageVariable(String)
    /// `'literal'`
    case literal(String)

    public init(_ text: String) throws(ParameterMappingError) {
        if let literal = Self.literal(text) {
            self = .literal(literal)
        } else if text == "method.request.body" {
            self = .methodRequestBody(nil)
        } else if text.hasPrefix("method.request.body.") {
            self = .methodRequestBody(String(text.dropFirst("method.request.body.".count)))
        } else if text.hasPrefix("method.request.") {
            let rest = text.dropFirst("method.request.".count)
            guard let dot = rest.firstIndex(of: "."), let location = ParameterLocation(rawValue: String(rest[..<dot])),
                rest.index(after: dot) < rest.endIndex
            else {
                throw ParameterMappingError("'\(text)' is not a method request parameter (method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME)")
            }
            self = .methodRequest(location, String(rest[rest.index(after: dot)...]))
        } else if text.hasPrefix("context."), text.count > "context.".count {
            self = .context(String(text.dropFirst("context.".count)))
        } else if text.hasPrefix("stageVariables."), text.count > "stageVariables.".count {
            self = .stageVariable(String(text.dropFirst("stageVariables.".count)))
        } else {
            throw ParameterMappingError("'\(text)' is not a valid source (method.request.*, context.*, stageVariables.* or a quoted 'value')")
        }
    }

    static func literal(_ text: String) -> String? {
        guard text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") else { return nil }
        return String(text.dropFirst().dropLast())
    }
}

/// `method.response.header.NAME: SOURCE` in an integration response's `responseParameters`.
public struct ResponseParameterMapping: Sendable, Hashable {
    public var headerName: String
    public var source: ResponseParameterSource

    public init(headerName: String, source: ResponseParameterSource) {
        self.headerName = headerName
        self.source = source
    }

    public init(key: String, value: String) throws(ParameterMappingError) {
        let prefix = "method.response.header."
        guard key.hasPrefix(prefix), key.count > prefix.count else {
            throw ParameterMappingError("the key '\(key)' must be method.response.header.NAME")
        }
        self.headerName = String(key.dropFirst(prefix.count))
        if let literal = RequestParameterSource.literal(value) {
            self.source = .literal(literal)
        } else if value == "integration.response.body" {
            self.source = .body(nil)
        } else if value.hasPrefix("integration.response.body.") {
            self.source = .body(try BodyPath(String(value.dropFirst("integration.response.body.".count))))
        } else if value.hasPrefix("integration.response.header."), value.count > "integration.response.header.".count {
            self.source = .header(String(value.dropFirst("integration.response.header.".count)))
        } else if value.hasPrefix("integration.response.multivalueheader."), value.count > "integration.response.multivalueheader.".count {
            self.source = .multiValueHeader(String(value.dropFirst("integration.response.multivalueheader.".count)))
        } else if value.hasPrefix("context."), value.count > "context.".count {
            self.source = .context(String(value.dropFirst("context.".count)))
        } else if value.hasPrefix("stageVariables."), value.count > "stageVariables.".count {
            self.source = .stageVariable(String(value.dropFirst("stageVariables.".count)))
        } else {
            throw ParameterMappingError(
                "'\(value)' is not a valid source (integration.response.header.NAME, integration.response.multivalueheader.NAME, integration.response.body[.PATH], context.*, stageVariables.* or a quoted 'value')"
            )
        }
    }
}

public enum ResponseParameterSource: Sendable, Hashable {
    case header(String)
    case multiValueHeader(String)
    /// The whole body (nil) or a JSON path into it.
    case body(BodyPath?)
    case context(String)
    case stageVariable(String)
    case literal(String)
}

public struct ParameterMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
