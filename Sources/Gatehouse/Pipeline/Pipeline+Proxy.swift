import Foundation
import GatehouseJSON

/// Hop-by-hop and gateway-owned request headers an HTTP proxy integration does not forward.
let droppedProxyRequestHeaders: Set<String> = ["host", "connection", "content-length", "transfer-encoding", "expect", "te", "trailer", "upgrade", "max-forwards"]
/// Response headers a proxy integration's answer loses on a REST API (API Gateway frames the
/// body itself). An HTTP proxy also loses `Content-Encoding` and `Via`: the gateway's client
/// has already decoded the body.
let droppedProxyResponseHeaders: Set<String> = ["transfer-encoding"]
let droppedHTTPProxyResponseHeaders: Set<String> = ["transfer-encoding", "content-encoding", "via"]
/// REST proxy responses keep these under `x-amzn-Remapped-NAME`: the method response list plus
/// `Content-Length` (the gateway sets its own).
let remappedProxyResponseHeaders: Set<String> = remappedResponseHeaders.union(["content-length"])

/// Headers of a proxy integration's answer as the client gets them: on REST APIs the reserved
/// ones renamed `x-amzn-Remapped-NAME` and the framing ones dropped; on HTTP APIs only framing
/// headers dropped.
func proxyResponseHeaders(_ headers: HeaderFields, kind: APIDefinition.Kind, dropping dropped: Set<String>) -> HeaderFields {
    var result = HeaderFields()
    for (name, value) in headers {
        let lower = name.lowercased()
        if kind == .http {
            if ["content-length", "transfer-encoding", "connection"].contains(lower) { continue }
            result.append(name, value)
            continue
        }
        if dropped.contains(lower) { continue }
        result.append(remappedProxyResponseHeaders.contains(lower) ? "x-amzn-Remapped-\(name)" : name, value)
    }
    return result
}

extension InvocationRun {
    // MARK: - Lambda proxy (aws_proxy)

    func invokeLambdaProxy(_ method: APIMethod) async throws -> GatewayResponse {
        let integration = method.integration
        guard let function = LambdaFunctionReference(integrationURI: substituteStageVariables(integration.uri ?? "")) else {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: Invalid Lambda function URI")
        }
        try checkPermission(function, method: method)
        let version = parts.api.kind == .rest ? "1.0" : integration.payloadFormatVersion
        let input = ProxyEventInput(
            request: request, method: method, pathParameters: pathParameters, resourcePathRequested: resourcePathRequested,
            environment: environment, requestID: requestID, extendedRequestID: extendedRequestID, date: start,
            isBase64Encoded: parts.api.kind == .rest
                ? isBinary(contentType: request.headers["Content-Type"])
                : isBinary(contentType: request.headers["Content-Type"]) || String(validating: request.body, as: UTF8.self) == nil,
            context: context)
        let event = version == "2.0" ? ProxyEventV2.make(input) : ProxyEventV1.make(input)
        let uri = function.endpointURI(defaultRegion: parts.environment.region)
        let result = try await send(
            IntegrationCall(
                target: .lambda(function), method: "POST", headers: lambdaHeaders(function, method: method), body: Array(event.compactJSONText.utf8),
                timeout: .milliseconds(integration.timeoutInMillis)),
            uri: uri, remoteName: function.name, namespace: "aws")
        if result.functionError != nil {
            let message = JSONText.parse(result.bodyText)?["errorMessage"]?.stringValue ?? result.bodyText
            throw GatewayError.badProxyResponse(
                api: parts.api.kind, logLine: "Lambda execution failed with status \(result.statusCode) due to customer function error: \(message). Lambda request id: \(requestID)")
        }
        let parsed: ProxyResponse
        do {
            parsed = version == "2.0" ? try ProxyResponse.parseV2(result.bodyText) : try ProxyResponse.parseV1(result.bodyText)
        } catch {
            throw GatewayError.badProxyResponse(api: parts.api.kind, logLine: "Execution failed due to configuration error: Malformed Lambda proxy response")
        }
        var headers = proxyResponseHeaders(parsed.headers, kind: parts.api.kind, dropping: droppedProxyResponseHeaders)
        if parts.api.kind == .rest && !headers.contains("Content-Type") { headers.append("Content-Type", "application/json") }
        if let traceHeaderValue, !headers.contains("X-Amzn-Trace-Id") { headers.append("X-Amzn-Trace-Id", traceHeaderValue) }
        // A REST API returns the decoded bytes only to a client whose first Accept type is a
        // binary media type; anyone else gets the base64 text the function sent.
        var body = parsed.body
        var binary = parsed.isBase64Encoded
        if parts.api.kind == .rest, parsed.isBase64Encoded, !acceptsBinary, let encoded = parsed.encodedBody {
            body = Array(encoded.utf8)
            binary = false
        }
        let response = GatewayResponse(statusCode: parsed.statusCode, headers: headers, body: body)
        debug("proxy response", metadata: ["status": "\(parsed.statusCode)", "base64": "\(parsed.isBase64Encoded)", "binary": "\(binary)"])
        note("Method response body after transformations: \(binary ? "[Binary Data]" : response.bodyText)")
        note("Method response headers: \(JavaText.map(headers.singleValues))")
        return response
    }

    // MARK: - HTTP proxy (http_proxy)

    func invokeHTTPProxy(_ method: APIMethod) async throws -> GatewayResponse {
        let integration = method.integration
        var path: [String: String] = [:]
        var headers = HeaderFields()
        for (name, value) in request.headers where !droppedProxyRequestHeaders.contains(name.lowercased()) {
            headers.append(name, value)
        }
        var query: [(String, String)] = []
        for mapping in integration.requestParameters {
            guard let values = requestParameterValues(mapping.source) else { continue }
            switch mapping.targetLocation {
            case .path: path[mapping.targetName] = values.joined(separator: ",")
            case .header: headers.set(mapping.targetName, values.joined(separator: ","))
            case .multivalueheader:
                headers.remove(mapping.targetName)
                for value in values { headers.append(mapping.targetName, value) }
            case .querystring: query.append((mapping.targetName, values.joined(separator: ",")))
            case .multivaluequerystring: query += values.map { (mapping.targetName, $0) }
            }
        }
        // Without explicit path mappings, `{name}` in the URI takes the method's parameter of that name.
        for (name, value) in pathParameters where path[name] == nil { path[name] = value }
        var uri = httpURI(integration.uri ?? "", path: path, query: query)
        if !request.query.isEmpty { uri += (uri.contains("?") ? "&" : "?") + request.query }
        let result = try await send(
            IntegrationCall(
                target: .http(url: uri), method: integration.httpMethod == nil || integration.httpMethod == "ANY" ? request.method : integration.httpMethod!,
                headers: headers, body: request.body, timeout: .milliseconds(integration.timeoutInMillis)),
            uri: uri, remoteName: URL(string: uri)?.host ?? uri, namespace: "remote", binaryBody: isBinary(contentType: request.headers["Content-Type"]))
        var responseHeaders = proxyResponseHeaders(result.headers, kind: parts.api.kind, dropping: droppedHTTPProxyResponseHeaders)
        if let traceHeaderValue, !responseHeaders.contains("X-Amzn-Trace-Id") { responseHeaders.append("X-Amzn-Trace-Id", traceHeaderValue) }
        // REST: a binary answer (its Content-Type is a binary media type) reaches a client that
        // does not accept binary as base64 text, as for a custom integration without contentHandling.
        var body = result.body
        let binary = parts.api.kind == .rest && isBinary(contentType: result.headers["Content-Type"])
        if binary && !acceptsBinary { body = Array(Payload.encodeBase64(body).utf8) }
        let response = GatewayResponse(statusCode: result.statusCode, headers: responseHeaders, body: body)
        note("Method response body after transformations: \(binary && acceptsBinary ? "[Binary Data]" : response.bodyText)")
        note("Method response headers: \(JavaText.map(responseHeaders.singleValues))")
        return response
    }
}
