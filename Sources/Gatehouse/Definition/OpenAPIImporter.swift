import Foundation
import GatehouseJSON
import OrderedCollections
import Yams

/// Reads an OpenAPI 3 or Swagger 2 export (YAML or JSON) with API Gateway's
/// `x-amazon-apigateway-*` extensions into an `APIDefinition`.
///
/// Every problem is reported with the file, the JSON pointer and what is wrong, at load time:
/// unknown integration types, templates that do not parse, selection patterns that are not
/// regular expressions, malformed parameter mappings, bad CORS settings.
public enum OpenAPIImporter {
    static let operationKeys = ["get", "put", "post", "delete", "options", "head", "patch", "x-amazon-apigateway-any-method"]

    /// Reads a file; the format follows the extension (`.json` is JSON, anything else YAML).
    public static func load(path: String) throws(DefinitionError) -> APIDefinition {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DefinitionError(file: name, pointer: "", problem: "cannot read the file")
        }
        return try load(text: String(decoding: data, as: UTF8.self), file: name)
    }

    /// Reads definition text; `file` names it in errors and chooses the format (`*.json` → JSON).
    public static func load(text: String, file: String = "definition.yaml") throws(DefinitionError) -> APIDefinition {
        let document = try parseDocument(text, file: file)
        return try build(document, file: file)
    }

    static func parseDocument(_ text: String, file: String) throws(DefinitionError) -> JSONValue {
        if file.lowercased().hasSuffix(".json") {
            do {
                return try JSONParser.parse(text, mode: .strict)
            } catch {
                throw DefinitionError(file: file, pointer: "", problem: "not valid JSON: \(error)")
            }
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw DefinitionError(file: file, pointer: "", problem: "not valid YAML: \(error)")
        }
        guard let node else { throw DefinitionError(file: file, pointer: "", problem: "the document is empty") }
        return convert(node)
    }

    static func convert(_ node: Node) -> JSONValue {
        switch node {
        case .mapping(let mapping):
            var object = JSONObject()
            for (key, value) in mapping { object[key.string ?? "\(key)"] = convert(value) }
            return .object(object)
        case .sequence(let sequence):
            return .array(sequence.map(convert))
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let bool = node.bool { return .bool(bool) }
                if let int = node.int, String(int) == scalar.string { return .number(JSONNumber(int)) }
                if node.float != nil, Double(scalar.string) != nil { return .number(JSONNumber(text: scalar.string)) }
            }
            return .string(scalar.string)
        case .alias:
            return .null
        }
    }

    static func build(_ document: JSONValue, file: String) throws(DefinitionError) -> APIDefinition {
        func fail(_ pointer: String, _ problem: String) -> DefinitionError {
            DefinitionError(file: file, pointer: pointer, problem: problem)
        }
        guard case .object(let root) = document else { throw fail("", "the document must be an object") }
        guard root["openapi"] != nil || root["swagger"] != nil else {
            throw fail("", "neither 'openapi' nor 'swagger' is set: this is not an OpenAPI export")
        }
        let title = root["info"]?["title"]?.stringValue ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var isHTTP = root["x-amazon-apigateway-importexport-version"] != nil || root["x-amazon-apigateway-cors"] != nil

        var binaryMediaTypes: [String] = []
        if let types = root["x-amazon-apigateway-binary-media-types"] {
            guard case .array(let list) = types, list.allSatisfy({ $0.stringValue != nil }) else {
                throw fail("/x-amazon-apigateway-binary-media-types", "must be a list of media types")
            }
            binaryMediaTypes = list.compactMap(\.stringValue)
        }

        guard case .object(let paths)? = root["paths"] else { throw fail("/paths", "an export needs a 'paths' object") }
        var methods: [APIMethod] = []
        for (pathText, item) in paths {
            let pathPointer = JSONPointer.appending("/paths", pathText)
            guard case .object(let operations) = item else { throw fail(pathPointer, "a path item must be an object") }
            let resourcePath: ResourcePath
            do {
                resourcePath = try ResourcePath(pathText)
            } catch {
                throw fail(pathPointer, error.message)
            }
            if resourcePath.isDefaultRoute { isHTTP = true }
            for (key, operation) in operations {
                let lower = key.lowercased()
                guard operationKeys.contains(lower) else { continue }
                let pointer = JSONPointer.appending(pathPointer, key)
                guard case .object(let op) = operation else { throw fail(pointer, "an operation must be an object") }
                let httpMethod = lower == "x-amazon-apigateway-any-method" ? "ANY" : lower.uppercased()
                guard let rawIntegration = op["x-amazon-apigateway-integration"] else {
                    throw fail(pointer, "the operation has no x-amazon-apigateway-integration (export with --extensions integrations)")
                }
                let integrationPointer = pointer + "/x-amazon-apigateway-integration"
                let integration = try readIntegration(rawIntegration, pointer: integrationPointer, file: file)
                if integration.payloadFormatVersion == "2.0" { isHTTP = true }
                var methodResponses: [Int: MethodResponse] = [:]
                if case .object(let responses)? = op["responses"] {
                    for (code, response) in responses {
                        guard let status = Int(code) else { continue }
                        var names: [String] = []
                        if case .object(let headers)? = response["headers"] { names = Array(headers.keys) }
                        methodResponses[status] = MethodResponse(statusCode: status, headerNames: names)
                    }
                }
                for (index, response) in integration.responses.enumerated() {
                    guard let declared = methodResponses[response.statusCode] else { continue }
                    for mapping in response.responseParameters where !declared.headerNames.contains(where: { $0.lowercased() == mapping.headerName.lowercased() }) {
                        _ = index
                        throw fail(
                            integrationPointer + "/responses",
                            "method.response.header.\(mapping.headerName) is mapped but the \(response.statusCode) method response does not declare the header \(mapping.headerName)")
                    }
                }
                methods.append(APIMethod(path: resourcePath, httpMethod: httpMethod, integration: integration, methodResponses: methodResponses, pointer: pointer))
            }
        }

        var gatewayResponses: [GatewayResponseType: GatewayResponseDefinition] = [:]
        if let raw = root["x-amazon-apigateway-gateway-responses"] {
            let pointer = "/x-amazon-apigateway-gateway-responses"
            guard case .object(let entries) = raw else { throw fail(pointer, "must be an object keyed by response type") }
            for (typeName, entry) in entries {
                let entryPointer = JSONPointer.appending(pointer, typeName)
                guard let type = GatewayResponseType(rawValue: typeName) else {
                    throw fail(entryPointer, "unknown gateway response type '\(typeName)'")
                }
                gatewayResponses[type] = try readGatewayResponse(entry, pointer: entryPointer, file: file)
            }
        }

        var cors: CORSConfiguration?
        if let raw = root["x-amazon-apigateway-cors"] {
            cors = try readCORS(raw, pointer: "/x-amazon-apigateway-cors", file: file)
        }

        return APIDefinition(
            title: title, kind: isHTTP ? .http : .rest, methods: methods, binaryMediaTypes: binaryMediaTypes,
            gatewayResponses: gatewayResponses, cors: cors, source: file)
    }

    static func readIntegration(_ value: JSONValue, pointer: String, file: String) throws(DefinitionError) -> Integration {
        func fail(_ at: String, _ problem: String) -> DefinitionError { DefinitionError(file: file, pointer: at, problem: problem) }
        guard case .object(let object) = value else { throw fail(pointer, "the integration must be an object") }
        guard let typeText = object["type"]?.stringValue else { throw fail(pointer + "/type", "the integration needs a type") }
        guard let type = Integration.Kind(rawValue: typeText.lowercased()) else {
            throw fail(pointer + "/type", "unknown integration type '\(typeText)' (expected aws, aws_proxy, http, http_proxy or mock)")
        }
        var integration = Integration(type: type)
        integration.uri = object["uri"]?.stringValue
        integration.httpMethod = object["httpMethod"]?.stringValue?.uppercased()
        if type != .mock {
            guard let uri = integration.uri, !uri.isEmpty else { throw fail(pointer + "/uri", "a \(typeText) integration needs a uri") }
            if type == .aws || type == .awsProxy {
                guard LambdaFunctionReference(integrationURI: uri) != nil else {
                    throw fail(pointer + "/uri", "'\(uri)' is not a Lambda function invocation URI (arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations)")
                }
            } else if !(uri.hasPrefix("http://") || uri.hasPrefix("https://")) {
                throw fail(pointer + "/uri", "'\(uri)' is not an http:// or https:// URL")
            }
        }
        if let behavior = object["passthroughBehavior"] {
            guard let text = behavior.stringValue, let parsed = PassthroughBehavior(rawValue: text.uppercased()) else {
                throw fail(pointer + "/passthroughBehavior", "must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER")
            }
            integration.passthroughBehavior = parsed
        }
        integration.contentHandling = try readContentHandling(object["contentHandling"], pointer: pointer + "/contentHandling", file: file)
        if let raw = object["x-gatehouse-conversion"] {
            do {
                integration.conversion = try BodyConversion(json: raw)
            } catch {
                throw fail(pointer + "/x-gatehouse-conversion", error.message)
            }
        }
        if let timeout = object["timeoutInMillis"] {
            let millis = timeout.numberValue?.intValue ?? timeout.stringValue.flatMap { Int($0) }
            guard let millis, (50...29_000).contains(millis) || type == .awsProxy || type == .httpProxy, millis >= 50 else {
                throw fail(pointer + "/timeoutInMillis", "must be a whole number of milliseconds between 50 and 29000")
            }
            integration.timeoutInMillis = millis
        }
        if let version = object["payloadFormatVersion"] {
            guard let text = version.stringValue ?? version.numberValue?.text, text == "1.0" || text == "2.0" else {
                throw fail(pointer + "/payloadFormatVersion", "must be 1.0 or 2.0")
            }
            integration.payloadFormatVersion = text
        }
        integration.requestTemplates = try readTemplates(object["requestTemplates"], pointer: pointer + "/requestTemplates", file: file)
        if let raw = object["requestParameters"] {
            guard case .object(let parameters) = raw else { throw fail(pointer + "/requestParameters", "must be an object") }
            for (key, source) in parameters {
                let at = JSONPointer.appending(pointer + "/requestParameters", key)
                guard let text = source.stringValue else { throw fail(at, "the source must be a string") }
                do {
                    integration.requestParameters.append(try RequestParameterMapping(key: key, value: text))
                } catch {
                    throw fail(at, error.message)
                }
            }
        }
        if let raw = object["responses"] {
            guard case .object(let responses) = raw else { throw fail(pointer + "/responses", "must be an object keyed by selection pattern") }
            for (key, response) in responses {
                let at = JSONPointer.appending(pointer + "/responses", key)
                guard case .object(let entry) = response else { throw fail(at, "an integration response must be an object") }
                let statusText = entry["statusCode"]?.stringValue ?? entry["statusCode"]?.numberValue?.text
                guard let statusText, let status = Int(statusText), (100...599).contains(status) else {
                    throw fail(at + "/statusCode", "an integration response needs a statusCode between 100 and 599")
                }
                var pattern: SelectionPattern?
                let patternText = key == "default" ? entry["selectionPattern"]?.stringValue : key
                if let patternText, !patternText.isEmpty {
                    do {
                        pattern = try SelectionPattern(patternText)
                    } catch {
                        throw fail(at, "the selection pattern '\(patternText)' is not a valid regular expression")
                    }
                }
                var integrationResponse = IntegrationResponse(selectionPattern: pattern, statusCode: status)
                integrationResponse.contentHandling = try readContentHandling(entry["contentHandling"], pointer: at + "/contentHandling", file: file)
                if let rawParameters = entry["responseParameters"] {
                    guard case .object(let parameters) = rawParameters else { throw fail(at + "/responseParameters", "must be an object") }
                    for (name, source) in parameters {
                        let parameterPointer = JSONPointer.appending(at + "/responseParameters", name)
                        guard let text = source.stringValue else { throw fail(parameterPointer, "the source must be a string") }
                        do {
                            integrationResponse.responseParameters.append(try ResponseParameterMapping(key: name, value: text))
                        } catch {
                            throw fail(parameterPointer, error.message)
                        }
                    }
                }
                integrationResponse.responseTemplates = try readTemplates(entry["responseTemplates"], pointer: at + "/responseTemplates", file: file)
                integration.responses.append(integrationResponse)
            }
        }
        return integration
    }

    /// `CONVERT_TO_TEXT`, `CONVERT_TO_BINARY`, or absent (passthrough).
    static func readContentHandling(_ value: JSONValue?, pointer: String, file: String) throws(DefinitionError) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue, let handling = ContentHandling(rawValue: text.uppercased()) else {
            throw DefinitionError(file: file, pointer: pointer, problem: "must be CONVERT_TO_TEXT or CONVERT_TO_BINARY")
        }
        return handling.rawValue
    }

    static func readTemplates(_ value: JSONValue?, pointer: String, file: String) throws(DefinitionError) -> OrderedDictionary<String, CompiledTemplate> {
        guard let value else { return [:] }
        guard case .object(let templates) = value else {
            throw DefinitionError(file: file, pointer: pointer, problem: "must be an object keyed by content type")
        }
        var result = OrderedDictionary<String, CompiledTemplate>()
        for (contentType, source) in templates {
            let at = JSONPointer.appending(pointer, contentType)
            guard let text = source.stringValue else {
                if source.isNull { continue }
                throw DefinitionError(file: file, pointer: at, problem: "a template must be a string")
            }
            result[contentType.lowercased()] = try CompiledTemplate(source: text, pointer: at, file: file)
        }
        return result
    }

    static func readGatewayResponse(_ value: JSONValue, pointer: String, file: String) throws(DefinitionError) -> GatewayResponseDefinition {
        guard case .object(let object) = value else {
            throw DefinitionError(file: file, pointer: pointer, problem: "a gateway response must be an object")
        }
        var definition = GatewayResponseDefinition()
        if let status = object["statusCode"] {
            let text = status.stringValue ?? status.numberValue?.text ?? ""
            guard let code = Int(text), (100...599).contains(code) else {
                throw DefinitionError(file: file, pointer: pointer + "/statusCode", problem: "must be an HTTP status code")
            }
            definition.statusCode = code
        }
        if case .object(let parameters)? = object["responseParameters"] {
            for (key, source) in parameters {
                let at = JSONPointer.appending(pointer + "/responseParameters", key)
                let prefix = "gatewayresponse.header."
                guard key.hasPrefix(prefix), key.count > prefix.count else {
                    throw DefinitionError(file: file, pointer: at, problem: "the key must be gatewayresponse.header.NAME")
                }
                guard let text = source.stringValue else { throw DefinitionError(file: file, pointer: at, problem: "the source must be a string") }
                do {
                    definition.headers.append((String(key.dropFirst(prefix.count)), try GatewayHeaderSource(text)))
                } catch {
                    throw DefinitionError(file: file, pointer: at, problem: error.message)
                }
            }
        }
        for (contentType, template) in try readTemplates(object["responseTemplates"], pointer: pointer + "/responseTemplates", file: file) {
            definition.templates.append((contentType, template))
        }
        return definition
    }

    static func readCORS(_ value: JSONValue, pointer: String, file: String) throws(DefinitionError) -> CORSConfiguration {
        guard case .object(let object) = value else { throw DefinitionError(file: file, pointer: pointer, problem: "must be an object") }
        func list(_ key: String) throws(DefinitionError) -> [String] {
            guard let raw = object[key] else { return [] }
            guard case .array(let items) = raw, items.allSatisfy({ $0.stringValue != nil }) else {
                throw DefinitionError(file: file, pointer: pointer + "/" + key, problem: "must be a list of strings")
            }
            return items.compactMap(\.stringValue)
        }
        var maxAge: Int?
        if let raw = object["maxAge"] {
            guard let age = raw.numberValue?.intValue ?? raw.stringValue.flatMap({ Int($0) }), age >= -1 else {
                throw DefinitionError(file: file, pointer: pointer + "/maxAge", problem: "must be a number of seconds")
            }
            maxAge = age
        }
        let credentials = object["allowCredentials"]?.boolValue ?? false
        do {
            return try CORSConfiguration(
                allowOrigins: try list("allowOrigins"), allowMethods: try list("allowMethods"), allowHeaders: try list("allowHeaders"),
                exposeHeaders: try list("exposeHeaders"), allowCredentials: credentials, maxAge: maxAge)
        } catch let error as ParameterMappingError {
            throw DefinitionError(file: file, pointer: pointer, problem: error.message)
        } catch let error as DefinitionError {
            throw error
        } catch {
            throw DefinitionError(file: file, pointer: pointer, problem: "\(error)")
        }
    }
}
