import Foundation
import Gatehouse
import GatehouseXRay
import Logging

/// What `gatehouse serve` was told, and how it builds a served version from the files: the
/// definition, the `gatehouse.json` beside it (stage, stage variables, functions, services,
/// Lambda policies; see `LocalSettings`) and policy files. Explicit settings win over
/// `gatehouse.json`.
public struct ServeSettings: Sendable {
    public var definition: String
    /// The `gatehouse.json` read on every load (nil: none).
    public var localSettingsFile: String?
    /// The stage name (default: `gatehouse.json`'s, else prod for REST APIs, `$default` for HTTP APIs).
    public var stage: String?
    /// Set after `gatehouse.json`'s, in order.
    public var stageVariables: [(String, String)]
    /// A Lambda Invoke API endpoint: every Lambda call goes there.
    public var lambdaEndpoint: String?
    /// Function name → command line (run in the current directory).
    public var functions: [String: [String]]
    /// Function name → resource policy file.
    public var lambdaPolicies: [(String, String)]
    /// Records X-Ray segments (nil: no tracing).
    public var tracer: TraceRecorder?
    public var clock: any GatewayClock
    /// Makes the request-id generator of each loaded version.
    public var requestIDs: @Sendable () -> any RequestIDGenerator
    public var options: PipelineOptions

    /// `localSettingsFile` defaults to the `gatehouse.json` beside the definition, if any.
    public init(
        definition: String, localSettingsFile: String?? = nil, stage: String? = nil, stageVariables: [(String, String)] = [],
        lambdaEndpoint: String? = nil, functions: [String: [String]] = [:], lambdaPolicies: [(String, String)] = [],
        tracer: TraceRecorder? = nil, clock: any GatewayClock = SystemClock(),
        requestIDs: @escaping @Sendable () -> any RequestIDGenerator = { FastRandomRequestIDs() },
        options: PipelineOptions = PipelineOptions(recordsExecutionLog: false)
    ) {
        self.definition = definition
        self.localSettingsFile = localSettingsFile ?? LocalSettings.file(beside: definition)
        self.stage = stage
        self.stageVariables = stageVariables
        self.lambdaEndpoint = lambdaEndpoint
        self.functions = functions
        self.lambdaPolicies = lambdaPolicies
        self.tracer = tracer
        self.clock = clock
        self.requestIDs = requestIDs
        self.options = options
    }

    /// Reads the definition, `gatehouse.json` and the policy files into a pipeline each time it
    /// is called. Errors name the file.
    public func loader(logger: Logger) -> APILoader {
        let settings = self
        let commandLine = CommandBackend(functions: settings.functions)
        let endpoint = settings.lambdaEndpoint.map { LambdaInvokeBackend(endpoint: $0) }
        let http = HTTPBackend()
        let traceHeaders = TraceHeaderMaker()
        var pipelineLogger = logger
        pipelineLogger[metadataKey: "component"] = "pipeline"
        let pipelineLog = pipelineLogger
        return {
            let api = try OpenAPIImporter.load(path: settings.definition)
            let local = try settings.localSettingsFile.map { file throws(DefinitionError) in try LocalSettings(path: file) }
            var deployed = Stage(name: settings.stage ?? local?.stage ?? (api.kind == .http ? "$default" : "prod"))
            for (name, value) in local?.stageVariables ?? [:] { deployed.variables[name] = value }
            for (name, value) in settings.stageVariables { deployed.variables[name] = value }
            var lambdaPolicies = try local?.lambdaPolicies() ?? [:]
            for (function, file) in settings.lambdaPolicies {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw DefinitionError(file: file, pointer: "", problem: "cannot read the Lambda policy")
                }
                lambdaPolicies[function] = try LambdaPermissionPolicy(json: String(decoding: data, as: UTF8.self))
            }
            let backend = LocalBackend(
                endpoint: endpoint, commandLine: commandLine,
                local: local.map { CommandBackend(functions: $0.functions, services: $0.services, directory: $0.root) }, http: http)
            let environment = GatewayEnvironment(
                stage: deployed, lambdaPolicies: lambdaPolicies, clock: settings.clock, requestIDs: settings.requestIDs(),
                traceHeader: traceHeaders.closure, tracer: settings.tracer)
            let pipeline = Pipeline(api: api, environment: environment, backend: backend, logger: pipelineLog, options: settings.options)
            var files = [settings.definition]
            if let file = settings.localSettingsFile { files.append(file) }
            files += local?.lambdaPolicyFiles.values.elements ?? []
            files += settings.lambdaPolicies.map(\.1)
            return ServedAPI(pipeline: pipeline, files: files)
        }
    }
}

/// Where `serve` sends each call: Lambda to the endpoint when there is one, else to a
/// command-line function, else to a `gatehouse.json` function; HTTP to a `gatehouse.json`
/// service whose prefix matches the URL, else over the network.
struct LocalBackend: IntegrationBackend {
    var endpoint: LambdaInvokeBackend?
    var commandLine: CommandBackend
    var local: CommandBackend?
    var http: HTTPBackend

    func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        switch call.target {
        case .lambda(let function):
            if let endpoint { return try await endpoint.invoke(call) }
            if commandLine.functions[function.name] == nil, let local, local.functions[function.name] != nil { return try await local.invoke(call) }
            return try await commandLine.invoke(call)
        case .http(let url):
            if let local, local.services.keys.contains(where: { url.hasPrefix($0) }) { return try await local.invoke(call) }
            return try await http.invoke(call)
        }
    }
}
