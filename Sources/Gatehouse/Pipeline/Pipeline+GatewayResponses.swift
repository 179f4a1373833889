import Foundation
import GatehouseJSON
import GatehouseMapping

extension InvocationRun {
    /// Answers with a gateway response: the API's customized one for the error's type (or its
    /// DEFAULT_4XX / DEFAULT_5XX), else API Gateway's built-in body.
    func fail(_ error: GatewayError) -> GatewayResponse {
        failure = error
        if let line = error.logLine, method != nil { note(line) }
        var response = render(error)
        if parts.api.kind == .http, let cors = parts.api.cors { cors.apply(to: &response, request: request) }
        if method != nil { note("Method completed with status: \(response.statusCode)") }
        return response
    }

    func render(_ error: GatewayError) -> GatewayResponse {
        let family: GatewayResponseType = error.statusCode >= 500 ? .default5XX : .default4XX
        debug("gateway response", metadata: ["type": "\(error.type.rawValue)", "status": "\(error.statusCode)"])
        guard parts.api.kind == .rest, error.isCustomizable, let definition = parts.api.gatewayResponses[error.type] ?? parts.api.gatewayResponses[family] else {
            var headers = HeaderFields()
            headers.append("Content-Type", "application/json")
            if let type = error.errorType { headers.append("x-amzn-ErrorType", type) }
            return GatewayResponse(statusCode: error.statusCode, headers: headers, body: error.defaultBody)
        }
        let status = parts.api.gatewayResponses[error.type]?.statusCode ?? parts.api.gatewayResponses[family]?.statusCode ?? error.statusCode
        var errorContext = context.isEmpty ? makeContext() : context
        errorContext["error"] = [
            "message": .string(error.message),
            "messageString": .string(JSONText.quoted(error.message)),
            "responseType": .string(error.type.rawValue),
            "validationErrorString": "",
        ]
        var headers = HeaderFields()
        for (name, source) in definition.headers {
            let value: String?
            switch source {
            case .literal(let text): value = text
            case .methodRequest(let location, let key): value = methodRequestValue(location, key)?.first
            case .context(let path): value = contextValue(path, in: errorContext)
            case .stageVariable(let key): value = parts.environment.stage.variables[key]
            }
            if let value { headers.set(name, value) }
        }
        var body = "{\"message\":\(JSONText.quoted(error.message))}"
        var contentType = "application/json"
        if let (type, template) = chooseTemplate(definition.templates.map { ($0.contentType, $0.template) }) {
            contentType = type
            let input = MappingInput(body: "", parameters: mappingParameters, context: errorContext, stageVariables: parts.environment.stage.variables)
            if let output = try? template.template.render(input) { body = output.body }
        }
        if !headers.contains("Content-Type") { headers.append("Content-Type", contentType) }
        if let type = error.errorType, !headers.contains("x-amzn-ErrorType") { headers.append("x-amzn-ErrorType", type) }
        return GatewayResponse(statusCode: status, headers: headers, body: body)
    }

    /// The response template the request's `Accept` selects: an exact match on its first media
    /// type, else `application/json`, else the first one.
    func chooseTemplate(_ templates: [(String, CompiledTemplate)]) -> (String, CompiledTemplate)? {
        guard !templates.isEmpty else { return nil }
        if let accept = MediaType.essence(request.headers["Accept"]?.split(separator: ",").first.map(String.init)),
            let exact = templates.first(where: { $0.0 == accept })
        {
            return exact
        }
        return templates.first { $0.0 == "application/json" } ?? templates.first
    }

    /// A method request parameter's values (`method.request.LOCATION.NAME`).
    func methodRequestValue(_ location: ParameterLocation, _ name: String) -> [String]? {
        switch location {
        case .path:
            return pathParameters.last { $0.0 == name }.map { [$0.1] }
        case .querystring:
            return request.queryParameters.last { $0.0 == name }.map { [$0.1] }
        case .multivaluequerystring:
            let values = request.queryParameters.filter { $0.0 == name }.map(\.1)
            return values.isEmpty ? nil : values
        case .header:
            return request.headers.values(name).last.map { [$0] }
        case .multivalueheader:
            let values = request.headers.values(name)
            return values.isEmpty ? nil : values
        }
    }
}
