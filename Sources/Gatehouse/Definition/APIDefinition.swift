import GatehouseJSON
import GatehouseMapping
import OrderedCollections

/// An API as API Gateway holds it after importing an OpenAPI export: its methods with their
/// integrations, gateway responses, binary media types and (for HTTP APIs) CORS.
///
/// Everything that can be wrong with a definition is found when it is built (templates parsed,
/// selection patterns compiled, mappings checked), so a request never fails on configuration.
public struct APIDefinition: Sendable {
    /// REST APIs (API Gateway v1) or HTTP APIs (v2, detected from their export's extensions).
    public enum Kind: String, Sendable, Hashable {
        case rest
        case http
    }

    public var title: String
    public var kind: Kind
    public var methods: [APIMethod]
    /// `x-amazon-apigateway-binary-media-types`.
    public var binaryMediaTypes: [String]
    /// `x-amazon-apigateway-gateway-responses`, by type.
    public var gatewayResponses: [GatewayResponseType: GatewayResponseDefinition]
    /// `x-amazon-apigateway-cors` (HTTP APIs).
    public var cors: CORSConfiguration?
    /// The file it was read from (for messages).
    public var source: String

    public init(
        title: String,
        kind: Kind = .rest,
        methods: [APIMethod],
        binaryMediaTypes: [String] = [],
        gatewayResponses: [GatewayResponseType: GatewayResponseDefinition] = [:],
        cors: CORSConfiguration? = nil,
        source: String = "definition"
    ) {
        self.title = title
        self.kind = kind
        self.methods = methods
        self.binaryMediaTypes = binaryMediaTypes
        self.gatewayResponses = gatewayResponses
        self.cors = cors
        self.source = source
    }
}

/// One method of one resource (`GET /pets/{id}`), or an HTTP API route.
public struct APIMethod: Sendable {
    /// The resource path, e.g. `/pets/{petId}` or `/{proxy+}`; `$default` for an HTTP API's
    /// catch-all route.
    public var path: ResourcePath
    /// `GET`, `POST`, ... or `ANY` (`x-amazon-apigateway-any-method`).
    public var httpMethod: String
    public var integration: Integration
    /// Declared method responses by status code, with their header names.
    public var methodResponses: [Int: MethodResponse]
    /// Where it is in the definition (a JSON pointer).
    public var pointer: String

    public init(path: ResourcePath, httpMethod: String, integration: Integration, methodResponses: [Int: MethodResponse] = [:], pointer: String = "") {
        self.path = path
        self.httpMethod = httpMethod
        self.integration = integration
        self.methodResponses = methodResponses
        self.pointer = pointer
    }
}

public struct MethodResponse: Sendable, Hashable {
    public var statusCode: Int
    public var headerNames: [String]
    public init(statusCode: Int, headerNames: [String] = []) {
        self.statusCode = statusCode
        self.headerNames = headerNames
    }
}

/// `x-amazon-apigateway-integration`.
public struct Integration: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case aws
        case awsProxy = "aws_proxy"
        case http
        case httpProxy = "http_proxy"
        case mock

        public var isProxy: Bool { self == .awsProxy || self == .httpProxy }
    }

    public var type: Kind
    public var uri: String?
    /// The method used to call the backend (`POST` for Lambda).
    public var httpMethod: String?
    /// Request templates by content type, in definition order.
    public var requestTemplates: OrderedDictionary<String, CompiledTemplate>
    public var requestParameters: [RequestParameterMapping]
    /// Integration responses in definition order (the default one included).
    public var responses: [IntegrationResponse]
    public var passthroughBehavior: PassthroughBehavior
    /// `CONVERT_TO_TEXT` / `CONVERT_TO_BINARY`, kept as written.
    public var contentHandling: String?
    /// Milliseconds; API Gateway's default is 29,000.
    public var timeoutInMillis: Int
    /// Proxy payload version for HTTP APIs (`1.0` or `2.0`); REST APIs always use `1.0`.
    public var payloadFormatVersion: String
    /// `x-gatehouse-conversion`: Gatehouse's opt-in XML ⇄ JSON step (not an AWS feature).
    public var conversion: BodyConversion?

    /// `contentHandling` read as a strategy (the importer accepts only the two AWS values).
    public var contentHandlingStrategy: ContentHandling? { contentHandling.flatMap(ContentHandling.init(rawValue:)) }

    public init(
        type: Kind,
        uri: String? = nil,
        httpMethod: String? = nil,
        requestTemplates: OrderedDictionary<String, CompiledTemplate> = [:],
        requestParameters: [RequestParameterMapping] = [],
        responses: [IntegrationResponse] = [],
        passthroughBehavior: PassthroughBehavior = .whenNoMatch,
        contentHandling: String? = nil,
        timeoutInMillis: Int = 29_000,
        payloadFormatVersion: String = "1.0",
        conversion: BodyConversion? = nil
    ) {
        self.type = type
        self.uri = uri
        self.httpMethod = httpMethod
        self.requestTemplates = requestTemplates
        self.requestParameters = requestParameters
        self.responses = responses
        self.passthroughBehavior = passthroughBehavior
        self.contentHandling = contentHandling
        self.timeoutInMillis = timeoutInMillis
        self.payloadFormatVersion = payloadFormatVersion
        self.conversion = conversion
    }

    /// The response with no selection pattern (`default`), if any.
    public var defaultResponse: IntegrationResponse? { responses.first { $0.selectionPattern == nil } }
}

public enum PassthroughBehavior: String, Sendable, Hashable, CaseIterable {
    case whenNoMatch = "WHEN_NO_MATCH"
    case whenNoTemplates = "WHEN_NO_TEMPLATES"
    case never = "NEVER"
}

/// One entry of the integration's `responses`.
public struct IntegrationResponse: Sendable {
    /// The regular expression (Java syntax, whole-string match); nil for the default response.
    public var selectionPattern: SelectionPattern?
    public var statusCode: Int
    public var responseParameters: [ResponseParameterMapping]
    public var responseTemplates: OrderedDictionary<String, CompiledTemplate>
    public var contentHandling: String?

    /// `contentHandling` read as a strategy.
    public var contentHandlingStrategy: ContentHandling? { contentHandling.flatMap(ContentHandling.init(rawValue:)) }

    public init(
        selectionPattern: SelectionPattern? = nil,
        statusCode: Int,
        responseParameters: [ResponseParameterMapping] = [],
        responseTemplates: OrderedDictionary<String, CompiledTemplate> = [:],
        contentHandling: String? = nil
    ) {
        self.selectionPattern = selectionPattern
        self.statusCode = statusCode
        self.responseParameters = responseParameters
        self.responseTemplates = responseTemplates
        self.contentHandling = contentHandling
    }
}

/// A mapping template parsed at load time, with its text and where it came from.
public struct CompiledTemplate: Sendable {
    public var source: String
    public var template: MappingTemplate
    public var pointer: String

    /// Parses `source`; the error names `pointer`.
    public init(source: String, pointer: String = "template", file: String = "definition") throws(DefinitionError) {
        self.source = source
        self.pointer = pointer
        do {
            self.template = try MappingTemplate(source: source, name: pointer)
        } catch {
            throw DefinitionError(file: file, pointer: pointer, problem: "the mapping template does not parse: \(error.description)")
        }
    }
}

/// A deployed stage: its name and stage variables.
public struct Stage: Sendable, Hashable {
    /// `prod`, `dev`, ...; `$default` for an HTTP API's default stage (no path prefix).
    public var name: String
    public var variables: OrderedDictionary<String, String>

    public init(name: String, variables: OrderedDictionary<String, String> = [:]) {
        self.name = name
        self.variables = variables
    }

    public static let httpDefault = Stage(name: "$default")
}
