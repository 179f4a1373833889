import AsyncHTTPClient
import Foundation
import Gatehouse
import GatehouseServer
import Hummingbird

/// A `GatewayServer` listening on an ephemeral loopback port for the length of one test, driven
/// with a real HTTP client (AsyncHTTPClient).
struct LiveServer {
    let server: GatewayServer
    let running: RunningGatewayServer
    var port: Int { running.port }

    /// Starts `loader`'s API on port 0, runs `body`, then shuts down gracefully. The watcher's
    /// polling loop runs too, but slowly: tests call `check()` themselves.
    static func with<T: Sendable>(
        _ loader: @escaping APILoader, accessLog: AccessLog? = nil, watch: Bool = false, limits: ServerLimits = ServerLimits(),
        _ body: (LiveServer) async throws -> T
    ) async throws -> T {
        let server = try GatewayServer(
            loader: loader,
            configuration: GatewayServerConfiguration(
                host: "127.0.0.1", port: 0, accessLog: accessLog, limits: limits, watch: watch, watchInterval: .seconds(3600)))
        let running = try await server.start()
        let live = LiveServer(server: server, running: running)
        do {
            let result = try await body(live)
            try await running.shutdown()
            return result
        } catch {
            try? await running.shutdown()
            throw error
        }
    }

    /// Sends a request; `target` is the raw path with its query string.
    func send(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8]? = nil) async throws -> WireResponse {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(target)")
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        var buffer = try await response.body.collect(upTo: 20 * 1024 * 1024)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        return WireResponse(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
    }
}

/// A response as it came off the wire: every header line in order.
struct WireResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The first value of `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// Every line but the ones the server itself adds (`Date`, `Content-Length` and the request
    /// ids), as `Name: value`, in order.
    var gatewayHeaderLines: [String] {
        headers.filter { !Self.serverHeaders.contains($0.0.lowercased()) }.map { "\($0.0): \($0.1)" }
    }

    static let serverHeaders: Set<String> = ["date", "content-length", "x-amzn-requestid", "x-amz-apigw-id", "apigw-requestid"]
}

extension HeaderFields {
    var lines: [String] { map { "\($0.name): \($0.value)" } }
}

/// Loads a definition from text into a served version.
func inlineAPI(
    _ yaml: String, file: String = "api.yaml", stage: String? = nil, backend: any IntegrationBackend = NoBackend(), traceHeader: TraceHeaderMaker? = nil
) -> APILoader {
    return {
        let api = try OpenAPIImporter.load(text: yaml, file: file)
        let environment = GatewayEnvironment(
            stage: Stage(name: stage ?? (api.kind == .http ? "$default" : "prod")), clock: SampleSuite.clock, requestIDs: SequentialRequestIDs(),
            traceHeader: traceHeader?.closure)
        return ServedAPI(pipeline: Pipeline(api: api, environment: environment, backend: backend), files: [])
    }
}
