import GatehouseXRay
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// Where the daemon listens and keeps segments.
public struct XRayDaemonConfiguration: Sendable {
    /// UDP address for segment datagrams (the SDKs' `AWS_XRAY_DAEMON_ADDRESS`).
    public var udpHost: String
    /// 2000 by default, as AWS's daemon; 0 picks a free port.
    public var udpPort: Int
    public var httpHost: String
    /// Port of the read API (`POST /ServiceGraph`, `/TraceSummaries`, `/Traces`); nil for none,
    /// 0 for a free port.
    public var httpPort: Int?
    public var store: TraceStoreConfiguration
    /// Another daemon (`HOST:PORT`, IPv4) to forward every accepted datagram to, unchanged.
    public var forward: String?
    /// Bounds of the queue between the socket and the validator: past either, datagrams are
    /// dropped and counted (`IngestStatistics.droppedQueueFull`).
    public var queueDatagrams = 65_536
    public var queueBytes = 64 << 20

    public init(udpHost: String = "127.0.0.1", udpPort: Int = 2000, httpHost: String = "127.0.0.1", httpPort: Int? = nil,
                store: TraceStoreConfiguration = TraceStoreConfiguration(), forward: String? = nil) {
        self.udpHost = udpHost
        self.udpPort = udpPort
        self.httpHost = httpHost
        self.httpPort = httpPort
        self.store = store
        self.forward = forward
    }
}

/// A local X-Ray daemon: receives segment documents over UDP (64 KB datagrams), validates and
/// stores them, optionally forwards them to another daemon, and answers X-Ray's read API over HTTP
/// so `aws xray get-service-graph --endpoint-url http://127.0.0.1:PORT` works.
///
/// Run it in a `ServiceGroup` (it is a `Service`) or call `run()` and cancel the task to stop.
public final class XRayDaemon: Service {
    public let configuration: XRayDaemonConfiguration
    public let store: TraceStore
    public let ingest: DaemonIngest
    private let logger: Logger
    private let onReady: @Sendable (_ udpPort: Int, _ httpPort: Int?) -> Void

    /// Opens the store (replaying its log). `onReady` is called with the bound ports once both
    /// sockets listen (useful with port 0).
    public init(configuration: XRayDaemonConfiguration, logger: Logger = Logger(label: "gatehouse.xray"),
                onReady: @escaping @Sendable (_ udpPort: Int, _ httpPort: Int?) -> Void = { _, _ in }) throws {
        self.configuration = configuration
        self.store = try TraceStore(configuration: configuration.store)
        let log = logger
        self.ingest = DaemonIngest(store: store) { line in log.warning("\(line)") }
        self.logger = logger
        self.onReady = onReady
    }

    public func run() async throws {
        let forwardAddress = try configuration.forward.map { text -> SocketAddress in
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else {
                throw XRayDaemonError(message: "--forward expects HOST:PORT, got \(text)")
            }
            let host = String(text[..<colon])
            return try SocketAddress.makeAddressResolvingHost(host == "localhost" ? "127.0.0.1" : host, port: port)
        }
        // Forwarding happens on the intake worker once a batch is stored; the channel is known
        // once bound.
        let forwardChannel = ForwardChannel()
        var onAccepted: (@Sendable ([[UInt8]]) -> Void)?
        if let forwardAddress {
            onAccepted = { datagrams in forwardChannel.send(datagrams, to: forwardAddress) }
        }
        let queue = DaemonIntakeQueue(
            ingest: ingest, maxDatagrams: configuration.queueDatagrams, maxBytes: configuration.queueBytes, onAccepted: onAccepted
        )
        let handler = DatagramHandler(queue: queue)
        let udp = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .channelOption(ChannelOptions.socketOption(.so_rcvbuf), value: 8 << 20)
            .channelOption(ChannelOptions.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: DaemonPacket.maxDatagramSize + 1))
            .channelOption(ChannelOptions.datagramVectorReadMessageCount, value: 64)
            .channelOption(ChannelOptions.maxMessagesPerRead, value: 64)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(handler) }
            }
            .bind(host: configuration.udpHost, port: configuration.udpPort)
            .get()
        forwardChannel.set(udp)
        queue.start()
        let udpPort = udp.localAddress?.port ?? configuration.udpPort
        logger.info("X-Ray daemon listening on udp://\(configuration.udpHost):\(udpPort)",
                    metadata: ["store": "\(configuration.store.directory ?? "memory")", "forward": "\(configuration.forward ?? "none")"])

        defer {
            queue.stop()
            store.flush()
            let statistics = ingest.statistics
            logger.info("X-Ray daemon stopped: received \(statistics.received), stored \(statistics.accepted), dropped \(statistics.rejected)")
        }
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    if let httpPort = configuration.httpPort {
                        let ready = onReady
                        let host = configuration.httpHost
                        let app = Application(
                            router: Self.makeRouter(api: XRayReadAPI(store: store), ingest: ingest),
                            configuration: .init(address: .hostname(host, port: httpPort), serverName: "gatehouse-xray"),
                            onServerRunning: { channel in ready(udpPort, channel.localAddress?.port) },
                            logger: logger
                        )
                        group.addTask { try await app.run() }
                    } else {
                        onReady(udpPort, nil)
                    }
                    group.addTask { try await udp.closeFuture.get() }
                    try await group.next()
                    group.cancelAll()
                }
            } onGracefulShutdown: {
                udp.close(promise: nil)
            }
        } onCancel: {
            udp.close(promise: nil)
        }
    }

    /// The read API's routes, for the daemon's own server or an app that mounts them.
    /// With `ingest`, also `GET /gatehouse/ingest-statistics` (counts of received, stored and
    /// dropped datagrams, for scripts/bench-xray and for people).
    public static func makeRouter(api: XRayReadAPI, ingest: DaemonIngest? = nil) -> Router<BasicRequestContext> {
        let router = Router()
        if let ingest {
            router.get("/gatehouse/ingest-statistics") { _, _ -> Response in
                let s = ingest.statistics
                let body = "{\"Received\":\(s.received),\"Stored\":\(s.accepted),\"Dropped\":\(s.rejected),\"DroppedQueueFull\":\(s.droppedQueueFull),\"UnknownFields\":\(s.unknownFields)}"
                return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
            }
        }
        for path in ["/ServiceGraph", "/TraceSummaries", "/Traces"] {
            router.post(RouterPath(path)) { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                let result = api.handle(method: "POST", path: path, body: Array(buffer: body))
                var headers: HTTPFields = [.contentType: "application/json"]
                if let type = result.errorType, let name = HTTPFields.Element.Name("x-amzn-ErrorType") { headers[name] = type }
                return Response(
                    status: HTTPResponse.Status(code: result.status), headers: headers,
                    body: ResponseBody(byteBuffer: ByteBuffer(string: result.body))
                )
            }
        }
        return router
    }
}

public struct XRayDaemonError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reads datagrams on the event loop and hands each read burst to the intake queue in one go;
/// validation and storage happen on the queue's worker thread.
final class DatagramHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>

    let queue: DaemonIntakeQueue
    /// Datagrams of the current read burst (touched on the event loop only).
    private var burst: [[UInt8]] = []

    init(queue: DaemonIntakeQueue) {
        self.queue = queue
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        burst.append(Array(envelope.data.readableBytesView))
        if burst.count >= 256 { handOver() }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        handOver()
    }

    private func handOver() {
        guard !burst.isEmpty else { return }
        queue.offer(batch: burst)
        burst.removeAll(keepingCapacity: true)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A refused forward (ICMP port unreachable) surfaces here; the listener keeps going.
    }
}

/// The daemon's UDP channel, for forwarding from the intake worker.
final class ForwardChannel: Sendable {
    private let channel = Mutex<(any Channel)?>(nil)

    func set(_ channel: any Channel) {
        self.channel.withLock { $0 = channel }
    }

    func send(_ datagrams: [[UInt8]], to address: SocketAddress) {
        guard let channel = self.channel.withLock({ $0 }) else { return }
        channel.eventLoop.execute {
            for datagram in datagrams {
                channel.write(AddressedEnvelope(remoteAddress: address, data: ByteBuffer(bytes: datagram)), promise: nil)
            }
            channel.flush()
        }
    }
}

extension XRayDaemon {
    /// Runs the daemon until SIGINT or SIGTERM, then shuts down gracefully (flushing the log).
    public func runUntilSignalled() async throws {
        let group = ServiceGroup(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }
}
