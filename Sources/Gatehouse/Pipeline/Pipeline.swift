import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseXML
import GatehouseXRay
import Logging
import OrderedCollections

/// Runs requests through an API the way API Gateway does, in its fixed order: method request →
/// integration request (templates, parameter mappings, passthrough) → backend → integration
/// response (selection pattern, parameters, templates) → method response → CORS.
///
/// Each invocation returns the response, TestInvokeMethod's execution log and the step timings
/// tracing needs. The pipeline never throws: every failure is API Gateway's own response.
///
/// The pipeline logs each step at `debug` (and nothing above it) to the `Logger` it is given,
/// with the request id as `request-id` metadata.
public struct Pipeline: Sendable {
    public let api: APIDefinition
    public let environment: GatewayEnvironment
    public let backend: any IntegrationBackend
    public let logger: Logger
    public let options: PipelineOptions
    let matcher: RouteMatcher

    public init(
        api: APIDefinition, environment: GatewayEnvironment = GatewayEnvironment(), backend: any IntegrationBackend = NoBackend(),
        logger: Logger = Logger(label: "gatehouse.pipeline"), options: PipelineOptions = PipelineOptions()
    ) {
        self.api = api
        var environment = environment
        if api.kind == .http && environment.stage.name.isEmpty { environment.stage = .httpDefault }
        self.environment = environment
        self.backend = backend
        self.logger = logger
        self.options = options
        self.matcher = RouteMatcher(methods: api.methods, kind: api.kind)
    }

    /// Runs one request.
    public func invoke(_ request: GatewayRequest) async -> InvocationResult {
        let run = InvocationRun(pipeline: self, request: request)
        if let tracer = environment.tracer, api.kind == .rest { run.beginStageSegment(tracer) }
        let response = await run.execute()
        run.endStageSegment(response)
        let end = environment.clock.now()
        var result = InvocationResult(
            response: response, log: run.log, trace: run.trace, requestID: run.requestID, extendedRequestID: run.extendedRequestID,
            latencyMilliseconds: Self.milliseconds(from: run.start, to: end))
        result.error = run.failure
        result.contentCheckFailures = run.contentCheckFailures
        result.segment = run.recordedSegment
        return result
    }

    static func milliseconds(from start: Date, to end: Date) -> Int {
        max(0, Int(((end.timeIntervalSince(start)) * 1000).rounded()))
    }
}

/// Settings that change what the pipeline checks, not what API Gateway would do.
public struct PipelineOptions: Sendable, Hashable {
    /// Check that each rendered mapping template's output parses as the media type it is mapped
    /// under (JSON or XML; other types are not checked). A failure does not change the response:
    /// it is reported in `InvocationResult.contentCheckFailures` and as a `Gatehouse:` log line.
    public var checksContent: Bool
    /// Build TestInvokeMethod's execution log (`InvocationResult.log`). On by default (`test-invoke`
    /// prints it); a server that never reads it turns it off and saves formatting every line.
    public var recordsExecutionLog: Bool

    public init(checksContent: Bool = false, recordsExecutionLog: Bool = true) {
        self.checksContent = checksContent
        self.recordsExecutionLog = recordsExecutionLog
    }
}

/// A rendered template whose output does not parse as its media type.
public struct ContentCheckReport: Sendable, Hashable, CustomStringConvertible {
    /// Which template, as a JSON pointer into the definition.
    public var template: String
    /// The media type the output was checked against.
    public var mediaType: String
    /// The first error, with its line and column.
    public var failure: ContentCheckFailure

    public init(template: String, mediaType: String, failure: ContentCheckFailure) {
        self.template = template
        self.mediaType = mediaType
        self.failure = failure
    }

    /// `POINTER: not valid JSON for application/json: line 1, column 7: message`.
    public var description: String { "\(template): \(failure)" }
}

/// One request's outcome.
public struct InvocationResult: Sendable {
    public var response: GatewayResponse
    /// Empty (no lines) when `PipelineOptions.recordsExecutionLog` is off.
    public var log: ExecutionLog
    public var trace: InvocationTrace
    public var requestID: String
    /// `$context.extendedRequestId` (the `x-amz-apigw-id` header).
    public var extendedRequestID: String
    public var latencyMilliseconds: Int
    /// The response API Gateway made itself instead of the integration's (a missing route, a
    /// template error, a timeout, a malformed proxy response, …); nil when the integration answered.
    public var error: GatewayError?
    /// With `PipelineOptions.checksContent`: each template whose output did not parse.
    public var contentCheckFailures: [ContentCheckReport] = []
    /// With `GatewayEnvironment.tracer`: the stage segment as recorded (whether or not it was
    /// sampled and sent); nil without a tracer or on an HTTP API (API Gateway does not trace those).
    public var segment: Segment?

    public init(
        response: GatewayResponse, log: ExecutionLog, trace: InvocationTrace, requestID: String, extendedRequestID: String,
        latencyMilliseconds: Int
    ) {
        self.response = response
        self.log = log
        self.trace = trace
        self.requestID = requestID
        self.extendedRequestID = extendedRequestID
        self.latencyMilliseconds = latencyMilliseconds
    }
}

/// The state of one invocation while it runs.
final class InvocationRun {
    let pipeline: Pipeline
    let request: GatewayRequest
    let requestID: String
    let extendedRequestID: String
    let start: Date
    var log: ExecutionLog
    var trace = InvocationTrace()

    // Filled in once routing succeeds.
    var method: APIMethod?
    var pathParameters: [(String, String)] = []
    var resourcePathRequested = ""
    var context = JSONObject()
    var traceHeaderValue: String?

    var contentCheckFailures: [ContentCheckReport] = []
    var logger: Logger
    /// The gateway error the response came from, if any.
    var failure: GatewayError?
    let recordsLog: Bool
    /// With a tracer: the stage segment being recorded, and the finished document.
    var stageSegment: ActiveSegment?
    var recordedSegment: Segment?

    var api: APIDefinition { pipeline.api }
    var environment: GatewayEnvironment { pipeline.environment }

    init(pipeline: Pipeline, request: GatewayRequest) {
        self.pipeline = pipeline
        self.request = request
        self.start = pipeline.environment.clock.now()
        self.requestID = pipeline.environment.requestIDs.next()
        self.extendedRequestID = Self.extendedID(from: requestID)
        self.log = ExecutionLog(requestID: requestID)
        self.recordsLog = pipeline.options.recordsExecutionLog
        self.logger = pipeline.logger
        self.logger[metadataKey: "request-id"] = "\(requestID)"
    }

    /// API Gateway's short extended id (`$context.extendedRequestId`), derived from the request id.
    static func extendedID(from id: String) -> String {
        // The first 14 characters that are not dashes, upper-cased, then `=`; byte by byte.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(15)
        for byte in id.utf8 where byte != UInt8(ascii: "-") {
            bytes.append(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte)
            if bytes.count == 14 { break }
        }
        bytes.append(UInt8(ascii: "="))
        return String(decoding: bytes, as: UTF8.self)
    }

    func now() -> Date { pipeline.environment.clock.now() }

    /// Adds an execution-log line; with the log off, the text is never built.
    func note(_ text: @autoclosure () -> String) {
        guard recordsLog else { return }
        log.append(ExecutionLog.truncated(text()), at: now())
    }

    func step(_ name: String, _ begin: Date) {
        trace.steps.append(InvocationTrace.Step(name: name, start: begin, end: now()))
    }

    // MARK: - The whole flow

    /// Strips the stage and finds the method: routing only, no integration. On success `method`,
    /// `pathParameters` and `context` are set.
    func route() -> GatewayError? {
        // The stage prefix.
        let stageName = environment.stage.name
        if stageName == "$default" {
            resourcePathRequested = request.path
        } else {
            let prefix = "/" + stageName
            guard request.path == prefix || request.path.hasPrefix(prefix + "/") else {
                return api.kind == .http ? .notFound : .forbidden
            }
            resourcePathRequested = String(request.path.dropFirst(prefix.count))
            if resourcePathRequested.isEmpty { resourcePathRequested = "/" }
        }
        guard let match = pipeline.matcher.match(method: request.method, path: resourcePathRequested) else {
            return api.kind == .http ? .notFound : .missingAuthenticationToken
        }
        method = match.method
        pathParameters = match.pathParameters
        context = makeContext()
        return nil
    }

    func execute() async -> GatewayResponse {
        logger.debug("request received", metadata: ["method": "\(request.method)", "path": "\(request.path)", "body-bytes": "\(request.body.count)"])
        if request.body.count > environment.maximumBodyBytes {
            return fail(.requestTooLarge(limit: environment.maximumBodyBytes))
        }
        if api.kind == .http, let cors = api.cors, let preflight = cors.preflight(request) {
            logger.debug("answered a CORS preflight", metadata: ["status": "\(preflight.statusCode)"])
            return preflight
        }
        let methodStart = now()
        if let error = route() {
            return fail(error)
        }
        guard let method else { return fail(.internalError(api: api.kind, logLine: "Execution failed: no method")) }
        if traceHeaderValue == nil, let makeTrace = environment.traceHeader {
            traceHeaderValue = makeTrace(requestID, request.headers["X-Amzn-Trace-Id"])
        }
        trace.resourcePath = method.path.text
        trace.httpMethod = request.method
        logger.debug(
            "method request", metadata: ["resource": "\(method.path.text)", "http-method": "\(method.httpMethod)", "integration": "\(method.integration.type.rawValue)"])

        note("Starting execution for request: \(requestID)")
        note("HTTP Method: \(request.method), Resource Path: \(resourcePathRequested)")
        note("Method request path: \(JavaText.map(pathParameters))")
        note("Method request query string: \(JavaText.map(singleQuery))")
        note("Method request headers: \(JavaText.map(request.headers.singleValues))")
        note("Method request body before transformations: \(isBinary(contentType: request.headers["Content-Type"]) ? "[Binary Data]" : request.bodyText)")
        step("method-request", methodStart)

        var response: GatewayResponse
        do {
            switch method.integration.type {
            case .awsProxy: response = try await invokeLambdaProxy(method)
            case .httpProxy: response = try await invokeHTTPProxy(method)
            case .aws, .http, .mock: response = try await invokeCustom(method)
            }
        } catch let error as GatewayError {
            return fail(error)
        } catch {
            return fail(.internalError(api: api.kind, logLine: "Execution failed due to configuration error: \(error)"))
        }
        if api.kind == .http, let cors = api.cors {
            cors.apply(to: &response, request: request)
        }
        note("Successfully completed execution")
        note("Method completed with status: \(response.statusCode)")
        logger.debug("method completed", metadata: ["status": "\(response.statusCode)", "body-bytes": "\(response.body.count)"])
        return response
    }

    /// A log line of Gatehouse's own (not API Gateway's), marked so nobody mistakes it for AWS's.
    func gatehouseNote(_ text: String) {
        note("Gatehouse: " + text)
    }

    // MARK: - Method request views

    /// Query parameters, one value per name (the last), as `$input.params()` and the log see them.
    var singleQuery: OrderedDictionary<String, String> {
        var result = OrderedDictionary<String, String>()
        for (key, value) in request.queryParameters { result[key] = value }
        return result
    }

    var mappingParameters: MappingParameters {
        var path = OrderedDictionary<String, String>()
        for (key, value) in pathParameters { path[key] = value }
        return MappingParameters(path: path, querystring: singleQuery, header: request.headers.singleValues)
    }

    /// `$context` for templates.
    func makeContext() -> JSONObject {
        var context = JSONObject()
        context["accountId"] = .string(environment.accountID)
        context["apiId"] = .string(environment.apiID)
        context["domainName"] = .string(environment.domainName)
        context["domainPrefix"] = .string(environment.apiID)
        context["extendedRequestId"] = .string(extendedRequestID)
        context["httpMethod"] = .string(request.method)
        context["identity"] = .object(ProxyEventV1.identity(request))
        context["path"] = .string(request.path)
        context["protocol"] = "HTTP/1.1"
        context["requestId"] = .string(requestID)
        context["requestTime"] = .string(ExecutionLog.requestTime(start))
        context["requestTimeEpoch"] = .number(JSONNumber(text: String(Int64((start.timeIntervalSince1970 * 1000).rounded(.down)))))
        if let method {
            context["resourceId"] = .string(ProxyEventV1.resourceID(method))
            context["resourcePath"] = .string(method.path.text)
        }
        context["stage"] = .string(environment.stage.name)
        // The override maps exist before any template runs, so `#set($context.responseOverride.status = 400)`
        // and `#set($context.requestOverride.header.X = ...)` have somewhere to write.
        context["requestOverride"] = ["header": [:], "querystring": [:], "path": [:]]
        context["responseOverride"] = ["header": [:]]
        return context
    }

    /// A dotted path into `$context` (`identity.sourceIp`), as text.
    func contextValue(_ path: String, in object: JSONObject? = nil) -> String? {
        var current = JSONValue.object(object ?? context)
        for part in path.split(separator: ".") {
            guard let next = current[String(part)] else { return nil }
            current = next
        }
        switch current {
        case .null: return nil
        case .string(let text): return text
        default: return current.compactJSONText
        }
    }

    // MARK: - Calling the backend

    func call(_ call: IntegrationCall) async throws -> IntegrationResult {
        let backend = pipeline.backend
        let timeout = call.timeout
        do {
            return try await withThrowingTaskGroup(of: IntegrationResult?.self) { group in
                group.addTask { try await backend.invoke(call) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let result = first else {
                    throw IntegrationFailure.timeout
                }
                return result
            }
        } catch IntegrationFailure.timeout {
            throw GatewayError.integrationTimeout(api: api.kind)
        } catch let failure as IntegrationFailure {
            throw GatewayError.internalError(api: api.kind, logLine: "Execution failed due to configuration error: \(failure)")
        } catch let error as GatewayError {
            throw error
        } catch is CancellationError {
            throw GatewayError.integrationTimeout(api: api.kind)
        } catch {
            throw GatewayError.internalError(api: api.kind, logLine: "Execution failed due to configuration error: \(error)")
        }
    }

    func substituteStageVariables(_ text: String) -> String {
        guard text.contains("${stageVariables.") else { return text }
        var result = text
        for (name, value) in environment.stage.variables {
            result = result.replacingOccurrences(of: "${stageVariables.\(name)}", with: value)
        }
        return result
    }

    func isBinary(contentType: String?) -> Bool {
        guard let contentType else { return false }
        return MediaType.matches(api.binaryMediaTypes, contentType)
    }

    /// Whether the client wants binary: the first media type of `Accept` (only the first
    /// counts) matches `binaryMediaTypes`.
    var acceptsBinary: Bool {
        guard let first = MediaType.firstAccepted(request.headers["Accept"]) else { return false }
        return MediaType.matches(api.binaryMediaTypes, first)
    }
}

enum MediaType {
    /// `application/json; charset=utf-8` → `application/json`.
    static func essence(_ value: String?) -> String? {
        guard let value else { return nil }
        let base = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base.isEmpty ? nil : base
    }

    /// The first media type of an `Accept` header (`image/webp,image/*;q=0.8` → `image/webp`).
    static func firstAccepted(_ accept: String?) -> String? {
        guard let accept, let first = accept.split(separator: ",", omittingEmptySubsequences: true).first else { return nil }
        return essence(String(first))
    }

    /// Whether `contentType` matches one of `types` (`image/png`, `image/*`, `*/*`; `*/x` is ignored).
    static func matches(_ types: [String], _ contentType: String) -> Bool {
        guard let essence = essence(contentType) else { return false }
        for type in types {
            let pattern = type.lowercased()
            if pattern == "*/*" || pattern == essence { return true }
            if pattern.hasSuffix("/*"), !pattern.hasPrefix("*/"), essence.hasPrefix(pattern.dropLast()) { return true }
        }
        return false
    }
}
