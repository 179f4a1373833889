import ArgumentParser
import Foundation
import Gatehouse
import GatehouseServer
import GatehouseXRay
import Logging

/// `gatehouse serve API.yaml`: the API on a local port, as `sam local start-api` serves one, but
/// with API Gateway's custom integrations, mapping templates, gateway responses and CORS.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve an API definition on a local port, as API Gateway would.",
        discussion: """
            Every request goes through the pipeline: the stage is the first path segment (/prod/pets/7; \
            none on an HTTP API's $default stage), and missing routes, template errors, timeouts and \
            oversized bodies get API Gateway's own responses.

            A gatehouse.json beside the definition (the samples' local settings: stage, stage variables, \
            functions, services, Lambda policies) is read too; its paths and commands are relative to the \
            folder that holds apis/ (the samples folder), and command-line options override it.

            Lambda functions are called through --lambda-endpoint (any Lambda Invoke API endpoint) or run \
            as local commands with --function NAME=COMMAND; HTTP integrations are called for real, or \
            through gatehouse.json's services.

            With --watch, the definition (and gatehouse.json and the policy files) are reloaded when they \
            change; a version that does not load is refused and the last good one keeps serving.

            With --xray-daemon, each request of a REST API records the stage segment and its \
            subsegments (sampled by X-Ray's default rule, or --sampling-rules) in a local X-Ray daemon \
            running beside the API; `gatehouse traces map` draws them.

            An access log line per request goes to standard output. SIGINT or SIGTERM stops the server \
            once the requests in flight have been answered.
            """
    )

    @Argument(help: "The OpenAPI 3 / Swagger 2 export (YAML or JSON) with x-amazon-apigateway extensions.")
    var definition: String

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 3000

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The stage name, the first path segment (default: prod for REST APIs, $default for HTTP APIs).")
    var stage: String?

    @OptionGroup var deployment: DeploymentOptions

    @Flag(help: "Reload the definition when it changes.")
    var watch = false

    @Option(
        name: .customLong("access-log-format"),
        help: "The access log format, with $context variables (default: API Gateway's CLF).")
    var accessLogFormat: String?

    @Flag(name: .customLong("no-access-log"), help: "Write no access log.")
    var noAccessLog = false

    @Flag(name: .customLong("xray-daemon"), help: "Also run a local X-Ray daemon beside the API (UDP 127.0.0.1:2000).")
    var xrayDaemon = false

    @Option(name: .customLong("xray-udp-port"), help: "The X-Ray daemon's UDP port.")
    var xrayUDPPort: Int = 2000

    @Option(name: .customLong("xray-store"), help: "Where the X-Ray daemon stores segments (read by `gatehouse traces`).")
    var xrayStore: String = TracesCommand.defaultStore

    @Option(
        name: .customLong("sampling-rules"),
        help: "X-Ray sampling rules, a JSON file in `aws xray get-sampling-rules` shape (default: X-Ray's default rule).")
    var samplingRules: String?

    @Option(name: .customLong("log-level"), help: "Server log level (trace, debug, info, notice, warning, error).")
    var logLevel: String = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if noAccessLog && accessLogFormat != nil { throw ValidationError("--access-log-format and --no-access-log contradict each other") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level '\(logLevel)'") }
        if samplingRules != nil && !xrayDaemon { throw ValidationError("--sampling-rules needs --xray-daemon") }
    }

    func run() async throws {
        var logger = Logger(label: "gatehouse.serve") { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .trace
            return handler
        }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info

        let settings = try Settings(command: self)
        let accessLog: AccessLog?
        if noAccessLog {
            accessLog = nil
        } else if let accessLogFormat {
            do throws(AccessLogFormatError) {
                accessLog = AccessLog(format: try AccessLogFormat(accessLogFormat))
            } catch {
                throw ValidationError("--access-log-format: \(error.description)")
            }
        } else {
            accessLog = AccessLog()
        }
        let loader = settings.loader(logger: logger)
        let server: GatewayServer
        do {
            server = try GatewayServer(
                loader: loader, configuration: GatewayServerConfiguration(
                    host: host, port: port, accessLog: accessLog, watch: watch,
                    xrayDaemon: xrayDaemon
                        ? XRayDaemonConfiguration(udpPort: xrayUDPPort, store: TraceStoreConfiguration(directory: xrayStore)) : nil),
                logger: logger)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }

        let api = server.store.current.pipeline
        let host = host
        let watching = watch
        try await server.run { address in
            let base = "http://\(host.contains(":") ? "[\(host)]" : host):\(address.port ?? 0)"
            var lines = ["Serving \(api.api.title) (\(api.api.kind == .http ? "HTTP API" : "REST API"), stage \(api.environment.stage.name)) on \(base)"]
            let prefix = api.environment.stage.name == "$default" ? "" : "/" + api.environment.stage.name
            for method in api.api.methods {
                let path = method.path.text == "$default" ? "$default" : prefix + method.path.text
                lines.append("  \(method.httpMethod.padding(toLength: 7, withPad: " ", startingAt: 0)) \(path)")
            }
            if let local = settings.localFile { lines.append("Local settings from \(local)") }
            if watching { lines.append("Watching \(URL(fileURLWithPath: definition).lastPathComponent) for changes") }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }

    /// The command line read once; `loader` builds a served version from the files each time.
    struct Settings: Sendable {
        var definition: String
        /// The `gatehouse.json` beside the definition, when there is one (read on every load).
        var localFile: String?
        var stage: String?
        var variables: [(String, String)]
        var lambdaEndpoint: String?
        var commands: [String: [String]]
        var policies: [(String, String)]
        /// Records segments, with `--xray-daemon`.
        var tracer: TraceRecorder?

        init(command: ServeCommand) throws {
            definition = command.definition
            localFile = LocalSettings.file(beside: command.definition)
            stage = command.stage
            lambdaEndpoint = command.deployment.lambdaEndpoint
            variables = try command.deployment.variables()
            policies = try command.deployment.policyFiles()
            commands = try command.deployment.commands()
            if command.xrayDaemon {
                var rules: [SamplingRule] = []
                if let file = command.samplingRules {
                    guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("--sampling-rules: cannot read \(file)") }
                    do {
                        rules = try SamplingRule.parseRules(String(decoding: data, as: UTF8.self))
                    } catch {
                        throw ValidationError("--sampling-rules: \(file): \(error)")
                    }
                }
                let sink: DaemonUDPSink
                do {
                    sink = try DaemonUDPSink(address: "127.0.0.1:\(command.xrayUDPPort)")
                } catch {
                    throw ValidationError("--xray-udp-port: \(error)")
                }
                tracer = TraceRecorder(sink: sink, sampler: Sampler(rules: rules))
            }
        }

        /// The served versions' loader (see `ServeSettings`).
        func loader(logger: Logger) -> APILoader {
            ServeSettings(
                definition: definition, localSettingsFile: .some(localFile), stage: stage, stageVariables: variables, lambdaEndpoint: lambdaEndpoint,
                functions: commands, lambdaPolicies: policies, tracer: tracer
            ).loader(logger: logger)
        }
    }
}
