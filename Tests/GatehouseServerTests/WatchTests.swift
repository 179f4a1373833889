import Foundation
import Gatehouse
import GatehouseServer
import Synchronization
import Testing

/// The first call waits until `release()`; later calls answer at once.
final class GatedBackend: IntegrationBackend, Sendable {
    private let calls = Mutex(0)
    private let entered: AsyncStream<Void>.Continuation
    let enteredStream: AsyncStream<Void>
    private let released: Mutex<CheckedContinuation<Void, Never>?> = Mutex(nil)
    private let isReleased = Mutex(false)

    init() {
        (enteredStream, entered) = AsyncStream.makeStream(of: Void.self)
    }

    func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        let first = calls.withLock { count in
            count += 1
            return count == 1
        }
        if first {
            await withCheckedContinuation { continuation in
                let alreadyReleased = isReleased.withLock { released in
                    if !released { self.released.withLock { $0 = continuation } }
                    return released
                }
                entered.yield()
                if alreadyReleased { continuation.resume() }
            }
        }
        return IntegrationResult(statusCode: 200, headers: ["Content-Type": "application/json"], body: #"{"ok": true}"#)
    }

    /// Waits until the first call is inside the backend.
    func waitUntilEntered() async {
        for await _ in enteredStream { return }
    }

    func release() {
        let continuation = isReleased.withLock { released in
            released = true
            return self.released.withLock { value in
                defer { value = nil }
                return value
            }
        }
        continuation?.resume()
    }
}

func versionedAPI(_ version: Int) -> String {
    """
    openapi: "3.0.1"
    info:
      title: "versioned"
    paths:
      /thing:
        get:
          responses:
            "200":
              description: "ok"
              headers:
                X-Version:
                  schema: {type: string}
          x-amazon-apigateway-integration:
            type: http
            httpMethod: GET
            uri: "http://backend.example/thing"
            responses:
              default:
                statusCode: "200"
                responseParameters:
                  method.response.header.X-Version: "'\(version)'"
    """
}

@Suite("Reloading under --watch")
struct WatchTests {
    static func file(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gatehouse-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("api.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func loader(_ path: String, backend: any IntegrationBackend) -> APILoader {
        return {
            let api = try OpenAPIImporter.load(path: path)
            let environment = GatewayEnvironment(clock: SampleSuite.clock, requestIDs: SequentialRequestIDs())
            return ServedAPI(pipeline: Pipeline(api: api, environment: environment, backend: backend), files: [path])
        }
    }

    @Test("An edit is served next; a bad edit is refused and the last good version keeps serving")
    func reload() async throws {
        let path = try Self.file(versionedAPI(1))
        let backend = GatedBackend()
        backend.release()
        try await LiveServer.with(Self.loader(path, backend: backend), watch: true) { server in
            let watcher = try #require(server.server.watcher)
            #expect(watcher.check() == .unchanged)
            #expect(try await server.send("GET", "/prod/thing").header("X-Version") == "1")

            try versionedAPI(2).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(watcher.check() == .reloaded)
            #expect(try await server.send("GET", "/prod/thing").header("X-Version") == "2")

            try versionedAPI(3).replacingOccurrences(of: "type: http", with: "type: carrier-pigeon").write(toFile: path, atomically: true, encoding: .utf8)
            guard case .refused(let reason) = watcher.check() else {
                Issue.record("a bad definition was not refused")
                return
            }
            #expect(reason.hasPrefix("api.yaml: at /paths/~1thing/get/x-amazon-apigateway-integration"))
            #expect(watcher.check() == .unchanged)  // reported once
            #expect(try await server.send("GET", "/prod/thing").header("X-Version") == "2")
            #expect(server.server.store.version == 2)

            try versionedAPI(4).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(watcher.check() == .reloaded)
            #expect(try await server.send("GET", "/prod/thing").header("X-Version") == "4")
        }
    }

    @Test("A request in flight during a reload finishes on the version it started with")
    func inFlightReload() async throws {
        let path = try Self.file(versionedAPI(1))
        let backend = GatedBackend()
        try await LiveServer.with(Self.loader(path, backend: backend), watch: true) { server in
            let watcher = try #require(server.server.watcher)
            async let slow = server.send("GET", "/prod/thing")
            await backend.waitUntilEntered()
            try versionedAPI(2).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(watcher.check() == .reloaded)
            #expect(try await server.send("GET", "/prod/thing").header("X-Version") == "2")
            backend.release()
            let response = try await slow
            #expect(response.status == 200)
            #expect(response.header("X-Version") == "1")
        }
    }

    @Test("Graceful shutdown answers the requests in flight")
    func gracefulShutdown() async throws {
        let backend = GatedBackend()
        let server = try GatewayServer(
            loader: Self.loader(try Self.file(versionedAPI(1)), backend: backend),
            configuration: GatewayServerConfiguration(host: "127.0.0.1", port: 0, accessLog: nil))
        let running = try await server.start()
        let live = LiveServer(server: server, running: running)
        async let slow = live.send("GET", "/prod/thing")
        await backend.waitUntilEntered()
        async let stopped: Void = running.shutdown()
        backend.release()
        let response = try await slow
        try await stopped
        #expect(response.status == 200)
        #expect(response.header("X-Version") == "1")
    }

    @Test("A definition that does not load stops the server from starting, naming the problem")
    func badDefinitionAtStart() throws {
        let path = try Self.file("openapi: 3.0.1\npaths: [")
        #expect {
            _ = try GatewayServer(loader: Self.loader(path, backend: NoBackend()), configuration: GatewayServerConfiguration(port: 0, accessLog: nil))
        } throws: { error in
            "\(error)".hasPrefix("api.yaml: at /: not valid YAML")
        }
    }
}
