import Foundation
import Gatehouse
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// How `gatehouse serve` listens and what it adds around the pipeline.
public struct GatewayServerConfiguration: Sendable {
    /// Loopback by default: a local API Gateway is nobody else's business.
    public var host: String
    /// 3000 by default (as `sam local start-api`); 0 picks a free port.
    public var port: Int
    /// One line per request; nil for none.
    public var accessLog: AccessLog?
    public var limits: ServerLimits
    /// Poll the API's files and reload on change (`--watch`).
    public var watch: Bool
    public var watchInterval: Duration
    /// Run a local X-Ray daemon beside the API; nil for none.
    public var xrayDaemon: XRayDaemonConfiguration?

    public init(
        host: String = "127.0.0.1", port: Int = 3000, accessLog: AccessLog? = AccessLog(), limits: ServerLimits = ServerLimits(), watch: Bool = false,
        watchInterval: Duration = .milliseconds(500), xrayDaemon: XRayDaemonConfiguration? = nil
    ) {
        self.host = host
        self.port = port
        self.accessLog = accessLog
        self.limits = limits
        self.watch = watch
        self.watchInterval = watchInterval
        self.xrayDaemon = xrayDaemon
    }
}

/// An API served on a local port: API Gateway's front door over `Pipeline`.
///
/// Every method and every path goes to the pipeline, which strips the stage (`/prod/...`; none on
/// an HTTP API's `$default` stage) and answers as API Gateway would, missing routes included.
/// Run it as a `Service` next to others, or with `run()`, which also stops gracefully on SIGINT
/// and SIGTERM: the listener closes, requests in flight complete, then the process exits.
public struct GatewayServer: Sendable {
    public let store: APIStore
    public let configuration: GatewayServerConfiguration
    /// Present with `configuration.watch`.
    public let watcher: DefinitionWatcher?
    public let logger: Logger

    /// Loads the API once (a definition that does not load throws here, before anything
    /// listens) and prepares the services.
    public init(loader: @escaping APILoader, configuration: GatewayServerConfiguration = GatewayServerConfiguration(), logger: Logger = Logger(label: "gatehouse.serve")) throws {
        let api = try loader()
        self.store = APIStore(api)
        self.configuration = configuration
        self.logger = logger
        self.watcher = configuration.watch ? DefinitionWatcher(store: store, loader: loader, interval: configuration.watchInterval, logger: logger) : nil
    }

    /// The Hummingbird application: the responder behind an HTTP/1.1 server with the parser's
    /// header limits. `onListening` gets the bound address (useful with port 0).
    public func application(onListening: @escaping @Sendable (SocketAddress) async -> Void = { _ in }) -> some ApplicationProtocol {
        let responder = GatewayResponder(store: store, accessLog: configuration.accessLog, limits: configuration.limits, logger: logger)
        let limits = configuration.limits
        var serverLogger = logger
        // Hummingbird's own per-connection chatter stays below the access log.
        serverLogger.logLevel = max(logger.logLevel, .notice)
        // Hummingbird sets a request id on this logger for every request; keep that a dictionary
        // store rather than a formatting of all metadata (StreamLogHandler's) each time.
        serverLogger.handler = DeferredMetadataLogHandler(serverLogger.handler)
        return Application(
            responder: responder,
            server: .http1(
                configuration: .init(
                    idleTimeout: nil,
                    httpDecoderConfiguration: .init(
                        maxHeaderFieldSize: limits.parserHeaderFieldBytes, maxHeaderListSize: limits.parserHeaderListBytes,
                        maxHeaderFieldCount: limits.parserHeaderFieldCount))),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                if let address = channel.localAddress { await onListening(address) }
            },
            logger: serverLogger
        )
    }

    /// Everything `serve` runs, in start order: the access log's flusher, the X-Ray daemon (if
    /// configured), `additional` services, the watcher, then the HTTP server. A service group
    /// stops them in the reverse order, so the server drains first and the last log lines are
    /// written last.
    public func services(additional: [any Service] = [], onListening: @escaping @Sendable (SocketAddress) async -> Void = { _ in }) throws -> [any Service] {
        var services: [any Service] = []
        if let accessLog = configuration.accessLog { services.append(AccessLogFlusher(output: accessLog.output)) }
        if let xray = configuration.xrayDaemon { services.append(try XRayDaemon(configuration: xray, logger: logger)) }
        services += additional
        if let watcher { services.append(watcher) }
        services.append(application(onListening: onListening))
        return services
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    public func run(additional: [any Service] = [], onListening: @escaping @Sendable (SocketAddress) async -> Void = { _ in }) async throws {
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: try services(additional: additional, onListening: onListening).map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        configuration.accessLog?.output.flush()
    }
}

extension GatewayServer {
    /// Starts the services without waiting for a signal and returns once the server listens:
    /// for embedding the server in another program, or in a test, on port 0.
    public func start(additional: [any Service] = []) async throws -> RunningGatewayServer {
        let (addresses, continuation) = AsyncStream.makeStream(of: SocketAddress.self)
        let services = try services(additional: additional) { address in
            continuation.yield(address)
            continuation.finish()
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) }, gracefulShutdownSignals: [], logger: logger))
        let accessLog = configuration.accessLog
        let task = Task {
            defer {
                continuation.finish()
                accessLog?.output.flush()
            }
            try await group.run()
        }
        for await address in addresses {
            return RunningGatewayServer(address: address, group: group, task: task)
        }
        // The group stopped before the server listened (the port is taken, say): its error.
        try await task.value
        throw GatewayServerError(message: "the server stopped before it listened")
    }
}

/// A server started with `GatewayServer.start()`.
public struct RunningGatewayServer: Sendable {
    /// Where it listens.
    public let address: SocketAddress
    let group: ServiceGroup
    let task: Task<Void, any Error>

    public var port: Int { address.port ?? 0 }

    /// Stops accepting connections, lets requests in flight finish, and returns when all
    /// services have stopped.
    public func shutdown() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}

public struct GatewayServerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Wraps a log handler so that setting metadata only stores it: `StreamLogHandler` formats all of
/// its metadata on every change, and Hummingbird sets a request id on the server's logger for each
/// request, a line or not. The stored metadata reaches the wrapped handler when a line is logged,
/// merged under the line's own metadata, so lines read as before (metadata from a
/// `Logger.MetadataProvider` under the same key as stored metadata would lose to it, where the
/// wrapped handler would let the provider win; Gatehouse configures no provider).
struct DeferredMetadataLogHandler: LogHandler {
    var wrapped: any LogHandler
    var stored: Logger.Metadata = [:]

    init(_ wrapped: any LogHandler) {
        self.wrapped = wrapped
    }

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    var metadata: Logger.Metadata {
        get { wrapped.metadata.merging(stored) { _, stored in stored } }
        set {
            stored = newValue
            wrapped.metadata = [:]
        }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { stored[key] ?? wrapped[metadataKey: key] }
        set {
            stored[key] = newValue
            if newValue == nil, wrapped[metadataKey: key] != nil { wrapped[metadataKey: key] = nil }
        }
    }

    func log(event: LogEvent) {
        guard !stored.isEmpty else { return wrapped.log(event: event) }
        var event = event
        event.metadata = stored.merging(event.metadata ?? [:]) { _, explicit in explicit }
        wrapped.log(event: event)
    }
}
