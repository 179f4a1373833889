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
    /// What a pipeline holds, behind one reference: a copy of a pipeline (a server takes one per
    /// request, and each invocation keeps one) is one retain, not one per string and array inside.
    final class Parts: Sendable {
        let api: APIDefinition
        let environment: GatewayEnvironment
        let backend: any IntegrationBackend
        let logger: Logger
        let options: PipelineOptions
        let matcher: RouteMatcher
        /// `$context`'s layout and the values that are the same for every request, made once.
        let contextShape: ContextShape
        /// The last mock request text and the status it gave.
        let mockStatuses = LastResult<String, Int>()
        /// `/STAGE`, the prefix every request path starts with.
        let stagePrefix: String

        init(api: APIDefinition, environment: GatewayEnvironment, backend: any IntegrationBackend, logger: Logger, options: PipelineOptions) {
            self.api = api
            self.environment = environment
            self.backend = backend
            self.logger = logger
            self.options = options
            self.matcher = RouteMatcher(methods: api.methods, kind: api.kind)
            self.contextShape = ContextShape(environment: environment)
            self.stagePrefix = "/" + environment.stage.name
        }
    }

    let parts: Parts

    public var api: APIDefinition { parts.api }
    public var environment: GatewayEnvironment { parts.environment }
    public var backend: any IntegrationBackend { parts.backend }
    public var logger: Logger { parts.logger }
    public var options: PipelineOptions { parts.options }
    var matcher: RouteMatcher { parts.matcher }
    var contextShape: ContextShape { parts.contextShape }

    public init(
        api: APIDefinition, environment: GatewayEnvironment = GatewayEnvironment(), backend: any IntegrationBackend = NoBackend(),
        logger: Logger = Logger(label: "gatehouse.pipeline"), options: PipelineOptions = PipelineOptions()
    ) {
        var environment = environment
        if api.kind == .http && environment.stage.name.isEmpty { environment.stage = .httpDefault }
        self.parts = Parts(api: api, environment: environment, backend: backend, logger: logger, options: options)
    }

    /// Runs one request.
    public func invoke(_ request: GatewayRequest) async -> InvocationResult {
        let run = InvocationRun(pipeline: self, request: request)
        if let tracer = parts.environment.tracer, parts.api.kind == .rest { run.beginStageSegment(tracer) }
        let response = await run.execute()
        run.endStageSegment(response)
        let end = parts.environment.clock.now()
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
    var pathParameters: [(String, String)] = [] {
        didSet { cachedMappingParameters = nil }
    }
    /// The method's resource id (`$context.resourceId`), from the route.
    var resourceID: String?
    var resourcePathRequested = ""
    var context = JSONObject()
    /// The `X-Amzn-Trace-Id` sent to integrations and returned on proxy responses: the stage
    /// segment's when tracing (set before the request runs), else made on first use from
    /// `GatewayEnvironment.traceHeader`, so a request whose integration never sends it (a mock)
    /// costs nothing.
    lazy var traceHeaderValue: String? = parts.environment.traceHeader.map { $0(requestID, request.headers["X-Amzn-Trace-Id"]) }
    private var cachedMappingParameters: MappingParameters?

    var contentCheckFailures: [ContentCheckReport] = []
    var logger: Logger
    /// Whether `logger` takes debug lines (the only level the pipeline logs at).
    let logsDebug: Bool
    /// The gateway error the response came from, if any.
    var failure: GatewayError?
    let recordsLog: Bool
    /// With a tracer: the stage segment being recorded, and the finished document.
    var stageSegment: ActiveSegment?
    var recordedSegment: Segment?

    /// The pipeline's parts, read field by field (`parts.environment.stage.name`): going through
    /// `api` or `environment` copies the whole struct.
    let parts: Pipeline.Parts
    var api: APIDefinition { parts.api }
    var environment: GatewayEnvironment { parts.environment }

    init(pipeline: Pipeline, request: GatewayRequest) {
        self.pipeline = pipeline
        self.parts = pipeline.parts
        self.request = request
        self.start = pipeline.parts.environment.clock.now()
        self.requestID = pipeline.parts.environment.requestIDs.next()
        self.extendedRequestID = Self.extendedID(from: requestID)
        self.log = ExecutionLog(requestID: requestID)
        self.recordsLog = pipeline.parts.options.recordsExecutionLog
        self.logger = pipeline.parts.logger
        // The pipeline logs at debug only: with its logger set above debug no line is written
        // and the metadata is never read, and setting it costs (StreamLogHandler, for one,
        // formats all of its metadata on every change).
        self.logsDebug = logger.logLevel <= .debug
        if logsDebug {
            self.logger[metadataKey: "request-id"] = "\(requestID)"
        }
    }

    /// `logger.debug`, skipped without copying the logger when it takes no debug lines.
    @inline(__always)
    func debug(
        _ message: @autoclosure () -> Logger.Message, metadata: @autoclosure () -> Logger.Metadata? = nil, file: String = #fileID,
        function: String = #function, line: UInt = #line
    ) {
        guard logsDebug else { return }
        logger.debug(message(), metadata: metadata(), file: file, function: function, line: line)
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

    func now() -> Date { pipeline.parts.environment.clock.now() }

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
        if parts.environment.stage.name == "$default" {
            resourcePathRequested = request.path
        } else {
            // `/STAGE`, then the end of the path or `/`: compared byte by byte.
            let prefix = parts.stagePrefix.utf8
            let path = request.path.utf8
            guard path.starts(with: prefix) else { return parts.api.kind == .http ? .notFound : .forbidden }
            let rest = path.dropFirst(prefix.count)
            guard rest.isEmpty || rest.first == UInt8(ascii: "/") else { return parts.api.kind == .http ? .notFound : .forbidden }
            resourcePathRequested = rest.isEmpty ? "/" : String(Substring(rest))
        }
        guard let match = pipeline.parts.matcher.match(method: request.method, path: resourcePathRequested) else {
            return parts.api.kind == .http ? .notFound : .missingAuthenticationToken
        }
        method = match.method
        pathParameters = match.pathParameters
        resourceID = match.resourceID
        context = makeContext()
        return nil
    }

    func execute() async -> GatewayResponse {
        debug("request received", metadata: ["method": "\(request.method)", "path": "\(request.path)", "body-bytes": "\(request.body.count)"])
        if request.body.count > parts.environment.maximumBodyBytes {
            return fail(.requestTooLarge(limit: parts.environment.maximumBodyBytes))
        }
        if parts.api.kind == .http, let cors = parts.api.cors, let preflight = cors.preflight(request) {
            debug("answered a CORS preflight", metadata: ["status": "\(preflight.statusCode)"])
            return preflight
        }
        let methodStart = now()
        if let error = route() {
            return fail(error)
        }
        guard let method else { return fail(.internalError(api: parts.api.kind, logLine: "Execution failed: no method")) }
        trace.resourcePath = method.path.text
        trace.httpMethod = request.method
        debug(
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
            return fail(.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: \(error)"))
        }
        if parts.api.kind == .http, let cors = parts.api.cors {
            cors.apply(to: &response, request: request)
        }
        note("Successfully completed execution")
        note("Method completed with status: \(response.statusCode)")
        debug("method completed", metadata: ["status": "\(response.statusCode)", "body-bytes": "\(response.body.count)"])
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

    /// The parameters templates read (`$input.params()`): made once per request (both templates
    /// and the gateway responses read the same), again only if the path parameters change.
    var mappingParameters: MappingParameters {
        if let cachedMappingParameters { return cachedMappingParameters }
        var path = OrderedDictionary<String, String>()
        for (key, value) in pathParameters { path[key] = value }
        let parameters = MappingParameters(path: path, querystring: singleQuery, header: request.headers.singleValues)
        cachedMappingParameters = parameters
        return parameters
    }

    /// `$context` for templates: the pipeline's prepared layout with this request's values put in
    /// place (no hashing), or, before a method is known, built key by key.
    func makeContext() -> JSONObject {
        let values = ContextShape.Values(
            extendedRequestID: extendedRequestID, httpMethod: request.method, sourceIP: request.sourceIP, userAgent: request.headers["User-Agent"],
            path: request.path, requestID: requestID, start: start)
        if let method {
            return pipeline.parts.contextShape.context(values, resourceID: resourceID ?? ProxyEventV1.resourceID(method), resourcePath: method.path.text)
        }
        return ContextShape.build(environment: environment, values, resource: nil)
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
        let backend = pipeline.parts.backend
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
            throw GatewayError.integrationTimeout(api: parts.api.kind)
        } catch let failure as IntegrationFailure {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: \(failure)")
        } catch let error as GatewayError {
            throw error
        } catch is CancellationError {
            throw GatewayError.integrationTimeout(api: parts.api.kind)
        } catch {
            throw GatewayError.internalError(api: parts.api.kind, logLine: "Execution failed due to configuration error: \(error)")
        }
    }

    func substituteStageVariables(_ text: String) -> String {
        guard text.contains("${stageVariables.") else { return text }
        var result = text
        for (name, value) in parts.environment.stage.variables {
            result = result.replacingOccurrences(of: "${stageVariables.\(name)}", with: value)
        }
        return result
    }

    func isBinary(contentType: String?) -> Bool {
        guard let contentType else { return false }
        return MediaType.matches(parts.api.binaryMediaTypes, contentType)
    }

    /// Whether the client wants binary: the first media type of `Accept` (only the first
    /// counts) matches `binaryMediaTypes`.
    var acceptsBinary: Bool {
        guard let first = MediaType.firstAccepted(request.headers["Accept"]) else { return false }
        return MediaType.matches(parts.api.binaryMediaTypes, first)
    }
}

enum MediaType {
    /// `application/json; charset=utf-8` → `application/json`.
    static func essence(_ value: String?) -> String? {
        guard var value else { return nil }
        let base: String
        if let ascii = value.withUTF8({ asciiEssence($0) }) {
            // Most headers are ASCII and already in essence form: then `value` itself.
            base = ascii ?? value
        } else {
            base = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        }
        return base.isEmpty ? nil : base
    }

    /// For ASCII text: `.some(nil)` when the text is its own essence (no parameters, no
    /// surrounding spaces or tabs, no upper-case letters), `.some(essence)` otherwise; nil for
    /// text with non-ASCII bytes (Unicode trimming and lower-casing apply then).
    private static func asciiEssence(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var end = bytes.count
        var upper = false
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: ";") {
                end = index
                break
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { upper = true }
        }
        for byte in bytes[end...] where byte >= 0x80 { return nil }
        var start = 0
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start == 0, end == bytes.count, !upper { return .some(nil) }
        let lowered = bytes[start..<end].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        return .some(String(decoding: lowered, as: UTF8.self))
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
