import Foundation
import GatehouseJSON
import GatehouseXRay

/// X-Ray segments for one invocation, with `GatewayEnvironment.tracer`: the stage segment
/// (`API-name/stage`, origin `AWS::ApiGateway::Stage`) holding a subsegment per mapping template
/// rendered and one for the integration call (`Lambda` in namespace `aws`, or the HTTP host in
/// namespace `remote`). Without a tracer none of this runs.
extension InvocationRun {
    /// Opens the stage segment, continuing the request's `X-Amzn-Trace-Id` when it has a `Root`.
    /// The header returned on proxy responses becomes this trace's.
    func beginStageSegment(_ tracer: TraceRecorder) {
        let incoming = request.headers[TraceHeader.name].flatMap { TraceHeader(parsing: $0) }
        let url = "https://\(parts.environment.domainName)\(request.path)" + (request.query.isEmpty ? "" : "?" + request.query)
        let forwarded = request.headers["X-Forwarded-For"]
        let clientIP = forwarded.flatMap { $0.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } } ?? request.sourceIP
        let segment = tracer.beginStage(
            apiName: parts.api.title, stage: parts.environment.stage.name, header: incoming?.root == nil ? nil : incoming,
            request: HTTPInfo.Request(
                method: request.method, url: url, userAgent: request.headers["User-Agent"], clientIP: clientIP,
                xForwardedFor: forwarded == nil ? nil : true),
            host: parts.environment.domainName, path: request.path, restAPIID: parts.environment.apiID, requestID: requestID, accountID: parts.environment.accountID)
        stageSegment = segment
        traceHeaderValue = segment.responseHeader.description
    }

    /// Closes the stage segment with the response's status (`error` for 4xx, `throttle` for 429,
    /// `fault` for 5xx) and, when API Gateway answered itself, the failure as its `cause`.
    func endStageSegment(_ response: GatewayResponse) {
        guard let segment = stageSegment else { return }
        segment.setHTTPResponse(status: response.statusCode, contentLength: response.body.count)
        if let failure {
            segment.addException(message: failure.logLine ?? failure.message, type: failure.type.rawValue)
        }
        recordedSegment = segment.end()
    }

    /// A subsegment for a pipeline step that costs time, or nil when not tracing.
    func beginSubsegment(_ name: String, namespace: SubsegmentNamespace? = nil) -> ActiveSegment? {
        stageSegment?.beginSubsegment(name: name, namespace: namespace)
    }

    /// The integration call's subsegment, with the trace header the backend is sent: Lambda's
    /// Invoke API header (which the function sees as `_X_AMZN_TRACE_ID`) or the HTTP header.
    func beginIntegrationSubsegment(_ call: inout IntegrationCall, remoteName: String, namespace: String) -> ActiveSegment? {
        guard let stageSegment else {
            if let traceHeaderValue, !call.headers.contains(TraceHeader.name) { call.headers.append(TraceHeader.name, traceHeaderValue) }
            return nil
        }
        let subsegment: ActiveSegment
        switch call.target {
        case .lambda(let function):
            subsegment = stageSegment.beginSubsegment(name: "Lambda", namespace: .aws)
            subsegment.setAWS("function_name", .string(function.name))
            subsegment.setAWS("operation", "Invoke")
            subsegment.setAWS("region", .string(function.region ?? parts.environment.region))
        case .http(let url):
            subsegment = stageSegment.beginSubsegment(name: remoteName, namespace: namespace == "aws" ? .aws : .remote)
            subsegment.setHTTPRequest(HTTPInfo.Request(method: call.method, url: url))
        }
        call.headers.set(TraceHeader.name, subsegment.downstreamHeader.description)
        return subsegment
    }

    /// Closes the integration subsegment: the backend's status, and a Lambda function error as a
    /// fault whose cause is the function's (remote) exception.
    func endIntegrationSubsegment(_ subsegment: ActiveSegment?, result: IntegrationResult) {
        guard let subsegment else { return }
        subsegment.setHTTPResponse(status: result.statusCode, contentLength: result.body.count)
        if let functionError = result.functionError {
            let error = JSONText.parse(result.bodyText)
            subsegment.setOutcome(.fault)
            subsegment.addException(
                message: error?["errorMessage"]?.stringValue ?? result.bodyText, type: error?["errorType"]?.stringValue ?? functionError, remote: true)
        }
        subsegment.end()
    }

    /// Closes the integration subsegment of a call that failed (timeout, unreachable backend).
    func failIntegrationSubsegment(_ subsegment: ActiveSegment?, error: any Error) {
        guard let subsegment else { return }
        if let gateway = error as? GatewayError {
            subsegment.setOutcome(.fault)
            subsegment.addException(message: gateway.logLine ?? gateway.message, type: gateway.type.rawValue, remote: true)
        } else {
            subsegment.recordError(error)
        }
        subsegment.end()
    }
}
