import GatehouseJSON
import GatehouseVTL
import Foundation
import OrderedCollections

/// An API Gateway mapping template: Velocity with API Gateway's `$input`, `$util`, `$context`
/// and `$stageVariables`, parsed once and rendered per request.
public struct MappingTemplate: Sendable {
    public let template: VTLTemplate

    /// Parses a template. Throws `VTLError` with the line and column of a syntax error, or a
    /// `.limit` error when the template is larger than API Gateway's 300 KB.
    public init(source: String, name: String = "template") throws(VTLError) {
        self.template = try VTLTemplate(source: source, name: name)
    }

    /// Renders the template for one request or response.
    ///
    /// Throws `MappingError.template` when the template fails while rendering, and
    /// `MappingError.payload` when it reads a body that is not JSON API Gateway can parse (the
    /// request then fails with 400 and the error's `message`).
    ///
    /// `dialect` chooses how a null compares with `""`: `.apiGateway` (true, as AWS does) or
    /// `.velocity` (false, as plain Apache Velocity does).
    public func render(_ input: MappingInput, dialect: MappingDialect = .apiGateway) throws(MappingError) -> MappingOutput {
        let inputObject = InputObject(
            body: input.body, parameters: input.parameters, emptyBodyReadsAsObject: dialect == .apiGateway)
        let context = VTLBridge.value(.object(input.context), objectKind: .jsonObject)
        let variables = VTLContext([
            "input": .object(inputObject),
            "util": .object(UtilObject.shared),
            "context": context,
            "stageVariables": .map(VTLBridge.stringMap(input.stageVariables, kind: .jsonObject)),
        ])
        variables.nullEqualsEmptyString = dialect == .apiGateway
        // The overrides below are read from the context's values; it empties what could hold a
        // cycle when it goes, so it stays until they have been read.
        defer { withExtendedLifetime(variables) {} }
        let body: String
        do {
            body = try template.render(variables)
        } catch {
            if let payloadError = inputObject.payloadError { throw .payload(message: payloadError) }
            throw .template(error)
        }
        var output = MappingOutput(body: body)
        // `$context.responseOverride` / `requestOverride` are read back from what the template set.
        // A `$context` the template never read cannot hold overrides (and is not built to look).
        if case .map(let contextMap) = variables["context"] ?? .null, !contextMap.isUntouched {
            if case .map(let response) = contextMap["responseOverride"] ?? .null {
                output.statusOverride = response["status"].flatMap(Self.statusCode)
                if case .map(let headers) = response["header"] ?? .null {
                    output.responseHeaderOverrides = Self.strings(headers)
                }
            }
            if case .map(let request) = contextMap["requestOverride"] ?? .null {
                for (location, keyPath) in [("header", \MappingParameters.header), ("querystring", \.querystring), ("path", \.path)] {
                    if case .map(let values) = request[location] ?? .null {
                        output.requestOverrides[keyPath: keyPath] = Self.strings(values)
                    }
                }
            }
        }
        return output
    }

    private static func statusCode(_ value: VTLValue) -> Int? {
        switch value {
        case .integer(let number): return Int(number)
        case .long(let number): return Int(number)
        case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces))
        case .double(let number) where number == number.rounded() && abs(number) < 1e6: return Int(number)
        default: return nil
        }
    }

    private static func strings(_ map: VTLMap) -> OrderedDictionary<String, String> {
        var result = OrderedDictionary<String, String>()
        for (key, value) in map.entries {
            guard case .string(let name) = key else { continue }
            if case .null = value { continue }
            result[name] = value.javaString
        }
        return result
    }
}

/// Where API Gateway and plain Velocity (with Jayway and json-smart) differ, which to follow.
public enum MappingDialect: Sendable, Hashable {
    /// API Gateway: `#if($x == "")` is true when `$x` is null, and an empty body reads as `{}`
    /// through `$input.body` too.
    case apiGateway
    /// Apache Velocity 1.7 as the oracle runs it: a null equals nothing but null, and
    /// `$input.body` of an empty body is empty text.
    case velocity
}

/// What a template sees of one request or response.
public struct MappingInput: Sendable {
    /// The raw body; empty reads as `{}`.
    public var body: String
    /// `$input.params()`: path, query string and header parameters (single values, as AWS keeps).
    public var parameters: MappingParameters
    /// `$context`: a JSON object (requestId, identity, authorizer, stage, ...).
    public var context: JSONObject
    /// `$stageVariables`.
    public var stageVariables: OrderedDictionary<String, String>

    public init(
        body: String = "",
        parameters: MappingParameters = MappingParameters(),
        context: JSONObject = [:],
        stageVariables: OrderedDictionary<String, String> = [:]
    ) {
        self.body = body
        self.parameters = parameters
        self.context = context
        self.stageVariables = stageVariables
    }
}

/// `$input.params()`: the method request's parameters by location.
public struct MappingParameters: Sendable, Hashable {
    public var path: OrderedDictionary<String, String>
    public var querystring: OrderedDictionary<String, String>
    public var header: OrderedDictionary<String, String>

    public init(
        path: OrderedDictionary<String, String> = [:],
        querystring: OrderedDictionary<String, String> = [:],
        header: OrderedDictionary<String, String> = [:]
    ) {
        self.path = path
        self.querystring = querystring
        self.header = header
    }
}

/// A rendered template and what it asked of the gateway through `$context`.
public struct MappingOutput: Sendable, Hashable {
    /// The rendered text, exactly.
    public var body: String
    /// `$context.responseOverride.status`, when the template set it.
    public var statusOverride: Int?
    /// `$context.responseOverride.header.NAME` values the template set, in the order set.
    public var responseHeaderOverrides: OrderedDictionary<String, String>
    /// `$context.requestOverride.{header,querystring,path}.NAME` values the template set.
    public var requestOverrides: MappingParameters

    public init(
        body: String,
        statusOverride: Int? = nil,
        responseHeaderOverrides: OrderedDictionary<String, String> = [:],
        requestOverrides: MappingParameters = MappingParameters()
    ) {
        self.body = body
        self.statusOverride = statusOverride
        self.responseHeaderOverrides = responseHeaderOverrides
        self.requestOverrides = requestOverrides
    }
}

/// Why a mapping template could not produce output.
public enum MappingError: Error, Sendable, CustomStringConvertible {
    /// The template failed (a syntax error found late, a Java method that threw, a limit).
    case template(VTLError)
    /// The body could not be parsed as JSON when the template read it; `message` is the text
    /// API Gateway returns with its 400 (`Could not process payload: ...`).
    case payload(message: String)

    public var description: String {
        switch self {
        case .template(let error): return error.description
        case .payload(let message): return message
        }
    }
}
