import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseXML
import OrderedCollections

/// Headers API Gateway renames to `x-amzn-Remapped-NAME` when a method response maps them.
let remappedResponseHeaders: Set<String> = [
    "authorization", "connection", "content-md5", "date", "expect", "host", "max-forwards", "proxy-authenticate",
    "server", "te", "trailer", "upgrade", "user-agent", "www-authenticate",
]
/// Headers a method response may not set at all (mapping them fails the request with 500).
let forbiddenResponseHeaders: Set<String> = ["content-length", "transfer-encoding"]

extension InvocationRun {
    // MARK: - Custom integrations (aws, http, mock)

    func invokeCustom(_ method: APIMethod) async throws -> GatewayResponse {
        let integration = method.integration
        let contentType = MediaType.essence(request.headers["Content-Type"]) ?? "application/json"

        // 1. Content handling: binary media types and the integration's contentHandling decide
        //    whether the payload is text (templates read it) or bytes (they pass through).
        var payload: Payload
        do {
            payload = try Payload.integrationRequest(
                body: request.body, isBinary: isBinary(contentType: request.headers["Content-Type"]), handling: integration.contentHandlingStrategy)
        } catch {
            throw GatewayError.internalError(
                api: parts.api.kind, logLine: "Execution failed due to configuration error: Unable to convert the request body: it is not valid base64 (CONVERT_TO_BINARY)")
        }
        if let direction = integration.conversion?.request, case .text(let text) = payload, !text.isEmpty {
            payload = .text(try convertRequestBody(text, direction, options: integration.conversion!.options))
        }

        // 2. The request template, or passthrough. Templates read text; a binary payload passes
        //    through as it is.
        let templateStart = now()
        var endpointPayload = payload
        var requestOutput: MappingOutput?
        if let template = integration.requestTemplates[contentType] {
            if case .text(let text) = payload {
                let output = try render(template, body: text, failure: "Unable to transform request", step: "request-template")
                requestOutput = output
                endpointPayload = .text(output.body)
                step("request-template", templateStart)
                debug("request template rendered", metadata: ["content-type": "\(contentType)", "bytes": "\(output.body.utf8.count)"])
                checkContent(output.body, mediaType: requestTemplateMediaType(integration, key: contentType), template: template)
            } else {
                debug("request template skipped: the payload is binary", metadata: ["content-type": "\(contentType)"])
            }
        } else {
            switch integration.passthroughBehavior {
            case .whenNoMatch: break
            case .whenNoTemplates: if !integration.requestTemplates.isEmpty { throw GatewayError.unsupportedMediaType }
            case .never: throw GatewayError.unsupportedMediaType
            }
            debug("request body passed through", metadata: ["content-type": "\(contentType)", "passthrough": "\(integration.passthroughBehavior.rawValue)"])
        }
        let endpointBody = endpointPayload.bytes
        let endpointText = String(decoding: endpointBody, as: UTF8.self)

        // 3. Parameter mappings, then `$context.requestOverride`.
        var endpointHeaders = HeaderFields()
        var endpointQuery: [(String, String)] = []
        var endpointPath: [String: String] = [:]
        for mapping in integration.requestParameters {
            guard let values = requestParameterValues(mapping.source) else { continue }
            switch mapping.targetLocation {
            case .header: endpointHeaders.set(mapping.targetName, values.joined(separator: ","))
            case .multivalueheader:
                endpointHeaders.remove(mapping.targetName)
                for value in values { endpointHeaders.append(mapping.targetName, value) }
            case .querystring:
                endpointQuery.removeAll { $0.0 == mapping.targetName }
                endpointQuery.append((mapping.targetName, values.joined(separator: ",")))
            case .multivaluequerystring:
                endpointQuery.removeAll { $0.0 == mapping.targetName }
                endpointQuery += values.map { (mapping.targetName, $0) }
            case .path: endpointPath[mapping.targetName] = values.joined(separator: ",")
            }
        }
        if let overrides = requestOutput?.requestOverrides {
            for (name, value) in overrides.header { endpointHeaders.set(name, value) }
            for (name, value) in overrides.querystring {
                endpointQuery.removeAll { $0.0 == name }
                endpointQuery.append((name, value))
            }
            for (name, value) in overrides.path { endpointPath[name] = value }
        }

        // 4. The backend.
        var integrationStatus = 200
        var integrationHeaders = HeaderFields()
        var integrationBody: [UInt8] = []
        var selectionInput: String
        switch integration.type {
        case .mock:
            integrationStatus = pipeline.parts.mockStatuses.value(for: endpointText, Self.mockStatus)
            selectionInput = String(integrationStatus)
            debug("mock integration answered", metadata: ["status": "\(integrationStatus)"])
        case .aws:
            guard let function = LambdaFunctionReference(integrationURI: substituteStageVariables(integration.uri ?? "")) else {
                throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: Invalid Lambda function URI")
            }
            try checkPermission(function, method: method)
            let uri = function.endpointURI(defaultRegion: parts.environment.region)
            var headers = lambdaHeaders(function, method: method)
            for (name, value) in endpointHeaders { headers.append(name, value) }
            let result = try await send(
                IntegrationCall(target: .lambda(function), method: "POST", headers: headers, body: endpointBody, timeout: .milliseconds(integration.timeoutInMillis)),
                uri: uri, remoteName: function.name, namespace: "aws", binaryBody: endpointPayload.isBinary)
            integrationStatus = result.statusCode
            integrationHeaders = result.headers
            integrationBody = result.body
            if result.functionError != nil {
                let errorJSON = JSONText.parse(result.bodyText)
                let message = errorJSON?["errorMessage"]?.stringValue ?? result.bodyText
                note("Lambda execution failed with status \(integrationStatus) due to customer function error: \(message). Lambda request id: \(requestID)")
                selectionInput = message
            } else {
                selectionInput = ""
            }
        case .http:
            let uri = httpURI(integration.uri ?? "", path: endpointPath, query: endpointQuery)
            var headers = endpointHeaders
            if !headers.contains("Content-Type") && !endpointBody.isEmpty {
                headers.append("Content-Type", requestOutput == nil ? (request.headers["Content-Type"] ?? "application/json") : contentType)
            }
            let result = try await send(
                IntegrationCall(
                    target: .http(url: uri), method: integration.httpMethod ?? request.method, headers: headers, body: endpointBody,
                    timeout: .milliseconds(integration.timeoutInMillis)),
                uri: uri, remoteName: URL(string: uri)?.host ?? uri, namespace: "remote", binaryBody: endpointPayload.isBinary)
            integrationStatus = result.statusCode
            integrationHeaders = result.headers
            integrationBody = result.body
            selectionInput = String(integrationStatus)
        case .awsProxy, .httpProxy:
            preconditionFailure("proxy integrations are not custom")
        }

        // 5. The integration response.
        let chosen: IntegrationResponse?
        if integration.type == .aws && selectionInput.isEmpty {
            chosen = integration.defaultResponse
        } else {
            chosen = integration.responses.first { $0.selectionPattern?.matches(selectionInput) ?? false } ?? integration.defaultResponse
        }
        guard let chosen else {
            throw GatewayError.internalError(
                api: parts.api.kind,
                logLine: "Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: \(integrationStatus)")
        }
        debug(
            "integration response selected",
            metadata: ["selection": "\(selectionInput)", "pattern": "\(chosen.selectionPattern?.description ?? "default")", "status": "\(chosen.statusCode)"])
        return try methodResponse(chosen, integration: integration, body: integrationBody, headers: integrationHeaders, requestOutput: requestOutput)
    }

    /// The status a mock integration answers with: the request's `statusCode` (a number, or a
    /// string of digits), else 200.
    static func mockStatus(_ endpointText: String) -> Int {
        guard let parsed = JSONText.parse(endpointText), let status = parsed["statusCode"] else { return 200 }
        return status.numberValue?.intValue ?? status.stringValue.flatMap { Int($0) } ?? 200
    }

    /// Sends a call, logging API Gateway's endpoint lines around it.
    func send(_ call: IntegrationCall, uri: String, remoteName: String, namespace: String, binaryBody: Bool = false) async throws -> IntegrationResult {
        var call = call
        let subsegment = beginIntegrationSubsegment(&call, remoteName: remoteName, namespace: namespace)
        note("Endpoint request URI: \(uri)")
        note("Endpoint request headers: \(JavaText.map(call.headers.singleValues))")
        note("Endpoint request body after transformations: \(binaryBody ? "[Binary Data]" : call.bodyText)")
        note("Sending request to \(uri)")
        trace.remoteName = remoteName
        trace.remoteNamespace = namespace
        debug("calling the integration", metadata: ["uri": "\(uri)", "method": "\(call.method)", "body-bytes": "\(call.body.count)"])
        let begin = now()
        let result: IntegrationResult
        do {
            result = try await self.call(call)
        } catch {
            failIntegrationSubsegment(subsegment, error: error)
            throw error
        }
        endIntegrationSubsegment(subsegment, result: result)
        let latency = Pipeline.milliseconds(from: begin, to: now())
        step("integration", begin)
        trace.integrationStatus = result.statusCode
        trace.integrationLatencyMilliseconds = latency
        debug(
            "integration responded",
            metadata: ["status": "\(result.statusCode)", "latency-ms": "\(latency)", "body-bytes": "\(result.body.count)", "function-error": "\(result.functionError ?? "")"])
        note("Received response. Status: \(result.statusCode), Integration latency: \(latency) ms")
        note("Endpoint response headers: \(JavaText.map(result.headers.singleValues))")
        note("Endpoint response body before transformations: \(isBinary(contentType: result.headers["Content-Type"]) ? "[Binary Data]" : result.bodyText)")
        return result
    }

    /// The headers API Gateway sends with a Lambda invocation.
    func lambdaHeaders(_ function: LambdaFunctionReference, method: APIMethod) -> HeaderFields {
        var headers = HeaderFields()
        headers.append("x-amzn-lambda-integration-tag", requestID)
        headers.append("User-Agent", "AmazonAPIGateway_\(parts.environment.apiID)")
        headers.append("X-Amz-Source-Arn", sourceARN(method))
        headers.append("Content-Type", "application/json")
        if let traceHeaderValue { headers.append("X-Amzn-Trace-Id", traceHeaderValue) }
        return headers
    }

    /// `arn:aws:execute-api:REGION:ACCOUNT:API/STAGE/METHOD/RESOURCE`: the resource path as the
    /// definition writes it (`pets/{petId}`, `{proxy+}`), not the requested path, so a policy
    /// made for `…/*/GET/pets/{petId}` or `…/*/*/{proxy+}` matches. The method is the request's.
    func sourceARN(_ method: APIMethod) -> String {
        parts.environment.sourceARN(method: request.method, resourcePath: method.path.isDefaultRoute ? "$default" : method.path.text)
    }

    /// The function's resource policy, when one is configured, must allow this source ARN.
    func checkPermission(_ function: LambdaFunctionReference, method: APIMethod) throws {
        guard let policy = parts.environment.lambdaPolicies[function.name] else { return }
        let arn = sourceARN(method)
        if !policy.allows(sourceARN: arn, account: parts.environment.accountID) {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: Invalid permissions on Lambda function")
        }
    }

    /// The HTTP endpoint: `{name}` path parameters and `${stageVariables.x}` filled in, the mapped
    /// query string appended.
    func httpURI(_ template: String, path: [String: String], query: [(String, String)]) -> String {
        var uri = substituteStageVariables(template)
        for (name, value) in path {
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value
            uri = uri.replacingOccurrences(of: "{\(name)+}", with: encoded).replacingOccurrences(of: "{\(name)}", with: encoded)
        }
        if !query.isEmpty {
            var allowed = CharacterSet.urlQueryAllowed
            allowed.remove(charactersIn: "&=+")
            let text = query.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }
                .joined(separator: "&")
            uri += (uri.contains("?") ? "&" : "?") + text
        }
        return uri
    }

    /// The values a request parameter mapping's source gives, or nil when it is absent.
    func requestParameterValues(_ source: RequestParameterSource) -> [String]? {
        switch source {
        case .literal(let text): return [text]
        case .methodRequest(let location, let name): return methodRequestValue(location, name)
        case .methodRequestBody(let path):
            guard let path else { return [request.bodyText] }
            guard let body = JSONText.parse(request.bodyText), let path = try? BodyPath(path), let value = path.select(body) else { return nil }
            if case .string(let text) = value { return [text] }
            if case .null = value { return nil }
            return [value.compactJSONText]
        case .context(let path): return contextValue(path).map { [$0] }
        case .stageVariable(let name): return parts.environment.stage.variables[name].map { [$0] }
        }
    }

    /// Renders a mapping template; `step` names its trace subsegment.
    func render(_ template: CompiledTemplate, body: String, failure: String, step: String) throws -> MappingOutput {
        let input = MappingInput(body: body, parameters: mappingParameters, context: context, stageVariables: parts.environment.stage.variables)
        let subsegment = beginSubsegment(step)
        defer { subsegment?.end() }
        do {
            return try template.template.render(input)
        } catch {
            let gatewayError: GatewayError
            switch error {
            case .payload(let message): gatewayError = GatewayError.badPayload(message)
            case .template(let vtl):
                gatewayError = GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: \(failure): \(vtl.message)")
            }
            if let subsegment {
                subsegment.setOutcome(gatewayError.statusCode >= 500 ? .fault : .error)
                subsegment.addException(message: gatewayError.logLine ?? gatewayError.message, type: gatewayError.type.rawValue)
            }
            throw gatewayError
        }
    }

    // MARK: - Integration response → method response

    func methodResponse(
        _ chosen: IntegrationResponse, integration: Integration, body endpointBody: [UInt8], headers integrationHeaders: HeaderFields, requestOutput: MappingOutput?
    ) throws -> GatewayResponse {
        // Content handling first: what the client accepts and contentHandling decide text or bytes.
        var payload: Payload
        do {
            payload = try Payload.methodResponse(
                body: endpointBody, isBinary: isBinary(contentType: integrationHeaders["Content-Type"]), acceptsBinary: acceptsBinary,
                handling: chosen.contentHandlingStrategy)
        } catch {
            throw GatewayError.internalError(
                api: parts.api.kind, logLine: "Execution failed due to configuration error: Unable to convert the response body: it is not valid base64 (CONVERT_TO_BINARY)")
        }
        // Gatehouse's XML → JSON step, before anything reads the body.
        if integration.conversion?.response == .xmlToJSON, case .text(let text) = payload {
            payload = .text(try convertEndpointResponse(text, contentType: integrationHeaders["Content-Type"], options: integration.conversion!.options))
        }
        let integrationBody: String
        if case .text(let text) = payload { integrationBody = text } else { integrationBody = "" }

        // No `X-Amzn-Trace-Id` here: API Gateway returns it on proxy integrations' responses only.
        var headers = HeaderFields()
        var integrationJSON: JSONValue??
        for mapping in chosen.responseParameters {
            let value: String?
            switch mapping.source {
            case .literal(let text): value = text
            case .header(let name): value = integrationHeaders.values(name).last
            case .multiValueHeader(let name):
                let values = integrationHeaders.values(name)
                value = values.isEmpty ? nil : values.joined(separator: ",")
            case .body(let path):
                if let path {
                    if integrationJSON == nil { integrationJSON = .some(JSONText.parse(integrationBody)) }
                    switch integrationJSON!.flatMap({ path.select($0) }) {
                    case .string(let text)?: value = text
                    case .null?, nil: value = nil
                    case let other?: value = other.compactJSONText
                    }
                } else {
                    value = integrationBody
                }
            case .context(let path): value = contextValue(path)
            case .stageVariable(let name): value = parts.environment.stage.variables[name]
            }
            guard let value else { continue }
            try setResponseHeader(&headers, mapping.headerName, value)
        }

        var contentType = "application/json"
        var responseOutput: MappingOutput?
        if let (type, template) = chooseTemplate(Array(chosen.responseTemplates.map { ($0.key, $0.value) })) {
            contentType = type
            if case .text(let text) = payload {
                let begin = now()
                let output = try render(template, body: text, failure: "Unable to transform response", step: "response-template")
                responseOutput = output
                payload = .text(output.body)
                step("response-template", begin)
                debug("response template rendered", metadata: ["content-type": "\(type)", "bytes": "\(output.body.utf8.count)"])
                checkContent(output.body, mediaType: type, template: template)
            } else {
                debug("response template skipped: the payload is binary", metadata: ["content-type": "\(type)"])
            }
        }
        // Gatehouse's JSON → XML step, for a client whose Accept asks for XML.
        if integration.conversion?.response == .jsonToXML, case .text(let text) = payload,
            let accepted = MediaType.firstAccepted(request.headers["Accept"]), ContentCheck.syntax(ofMediaType: accepted) == .xml
        {
            if !text.isEmpty {
                payload = .text(try convertMethodResponse(text, options: integration.conversion!.options))
                contentType = accepted
                headers.remove("Content-Type")
            }
        }
        if !headers.contains("Content-Type") { headers.append("Content-Type", contentType) }

        var status = chosen.statusCode
        // The request template's overrides, then the response template's (no array of copies).
        for index in 0..<2 {
            guard let output = index == 0 ? requestOutput : responseOutput else { continue }
            if let override = output.statusOverride { status = override }
            for (name, value) in output.responseHeaderOverrides { try setResponseHeader(&headers, name, value, replacing: true) }
        }
        note("Method response body after transformations: \(payload.logText)")
        note("Method response headers: \(JavaText.map(headers.singleValues))")
        return GatewayResponse(statusCode: status, headers: headers, body: payload.bytes)
    }

    // MARK: - Gatehouse's own steps (not API Gateway's)

    /// `x-gatehouse-conversion.request`: the method request body, converted before the template.
    func convertRequestBody(_ text: String, _ direction: BodyConversion.Direction, options: XMLConversionOptions) throws -> String {
        do {
            let converted: String
            switch direction {
            case .xmlToJSON: converted = JSONText.compact(try XMLToJSON(options: options).convert(text))
            case .jsonToXML:
                guard let json = JSONText.parse(text) else { throw XMLConversionError(code: .malformed, message: "The body is not JSON.") }
                converted = try JSONToXML(options: options).convert(json)
            }
            gatehouseNote("converted method request body from \(direction == .xmlToJSON ? "XML to JSON" : "JSON to XML")")
            debug("converted the method request body", metadata: ["conversion": "\(direction.rawValue)"])
            return converted
        } catch {
            let what = direction == .xmlToJSON ? "from XML to JSON" : "from JSON to XML"
            gatehouseNote("could not convert method request body \(what): \(error)")
            throw GatewayError(
                type: .badRequestBody, statusCode: 400, message: "Could not convert the request body \(what): \(error)", spacedBody: true)
        }
    }

    /// `x-gatehouse-conversion.response: xml-to-json`: the endpoint's XML body as compact JSON. A
    /// body whose Content-Type says it is not XML is left alone.
    func convertEndpointResponse(_ text: String, contentType: String?, options: XMLConversionOptions) throws -> String {
        if text.isEmpty { return text }
        if let contentType, let syntax = ContentCheck.syntax(ofMediaType: contentType), syntax != .xml {
            gatehouseNote("endpoint response body not converted: its Content-Type \(contentType) is not XML")
            return text
        }
        do {
            let converted = JSONText.compact(try XMLToJSON(options: options).convert(text))
            gatehouseNote("converted endpoint response body from XML to JSON")
            debug("converted the endpoint response body", metadata: ["conversion": "xml-to-json"])
            return converted
        } catch {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Gatehouse: could not convert endpoint response body from XML to JSON: \(error)")
        }
    }

    /// `x-gatehouse-conversion.response: json-to-xml`: the method response's JSON as XML.
    func convertMethodResponse(_ text: String, options: XMLConversionOptions) throws -> String {
        guard let json = JSONText.parse(text) else {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Gatehouse: could not convert method response body from JSON to XML: the body is not JSON")
        }
        do {
            let converted = try JSONToXML(options: options).convert(json)
            gatehouseNote("converted method response body from JSON to XML")
            debug("converted the method response body", metadata: ["conversion": "json-to-xml"])
            return converted
        } catch {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Gatehouse: could not convert method response body from JSON to XML: \(error)")
        }
    }

    /// The media type a request template's output is checked against: a static
    /// `integration.request.header.Content-Type` mapping when there is one (a SOAP template keyed
    /// `application/json` that sends `text/xml`), else the template's key.
    func requestTemplateMediaType(_ integration: Integration, key: String) -> String {
        for mapping in integration.requestParameters where mapping.targetLocation == .header && mapping.targetName.lowercased() == "content-type" {
            if case .literal(let value) = mapping.source { return value }
        }
        return key
    }

    /// With `PipelineOptions.checksContent`: records (and logs) a template output that does not
    /// parse as its media type.
    func checkContent(_ output: String, mediaType: String, template: CompiledTemplate) {
        guard pipeline.parts.options.checksContent else { return }
        guard let failure = ContentCheck.validate(output, mediaType: mediaType) else { return }
        let report = ContentCheckReport(template: template.pointer, mediaType: mediaType, failure: failure)
        contentCheckFailures.append(report)
        gatehouseNote("content check: \(report)")
        debug("template output failed the content check", metadata: ["template": "\(template.pointer)", "failure": "\(failure)"])
    }

    func setResponseHeader(_ headers: inout HeaderFields, _ name: String, _ value: String, replacing: Bool = false) throws {
        let lower = name.lowercased()
        if forbiddenResponseHeaders.contains(lower) {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: Invalid mapping expression specified: \(name) cannot be set")
        }
        let finalName = remappedResponseHeaders.contains(lower) ? "x-amzn-Remapped-\(name)" : name
        if replacing || lower == "content-type" { headers.set(finalName, value) } else { headers.set(finalName, value) }
    }
}
