import GatehouseJSON
import GatehouseServer
import GatehouseXRay
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("X-Ray daemon")
struct XRayDaemonTests {
    static let document = #"{"name":"svc","id":"70de5b6f19ff9a0a","start_time":1700000000,"end_time":1700000000.25,"trace_id":"1-6553f100-a006649127e371903a2de979","http":{"response":{"status":503}},"fault":true}"#

    /// Starts a daemon on free loopback ports, runs `body` with it, then stops it.
    func withDaemon(_ body: (XRayDaemon, _ udpPort: Int, _ httpPort: Int) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: (Int, Int?).self)
        let daemon = try XRayDaemon(configuration: XRayDaemonConfiguration(udpPort: 0, httpPort: 0)) { udp, http in
            continuation.yield((udp, http))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await daemon.run() }
            var iterator = ports.makeAsyncIterator()
            let (udp, http) = try #require(await iterator.next())
            try await body(daemon, udp, try #require(http))
            group.cancelAll()
        }
    }

    /// Waits (by polling, with no time limit asserted) until `condition` holds or 2,000 polls pass.
    func eventually(_ condition: () -> Bool) async throws {
        for _ in 0..<2_000 where !condition() {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test("Datagrams over loopback UDP are validated, counted and stored")
    func ingestsOverUDP() async throws {
        try await withDaemon { daemon, udpPort, _ in
            let sender = try DaemonUDPSink(address: "127.0.0.1:\(udpPort)")
            sender.send(Array("garbage".utf8))
            sender.send(Array("{\"format\":\"json\",\"version\":1}\n{\"name\":1}".utf8))
            sender.send(Array(("{\"format\": \"json\", \"version\": 1}\n" + Self.document).utf8))
            try await eventually { daemon.ingest.statistics.received == 3 }
            let statistics = daemon.ingest.statistics
            #expect(statistics.accepted == 1)
            #expect(statistics.rejectedByReason == ["missing-header": 1, "invalid-field": 1])
            #expect(daemon.store.trace(TraceID("1-6553f100-a006649127e371903a2de979")!)?.segments.first?.fault == true)
        }
    }

    @Test("The read API answers at X-Ray's REST paths over a live socket")
    func readAPI() async throws {
        try await withDaemon { daemon, udpPort, httpPort in
            let sender = try DaemonUDPSink(address: "127.0.0.1:\(udpPort)")
            sender.send(Array(("{\"format\": \"json\", \"version\": 1}\n" + Self.document).utf8))
            try await eventually { daemon.ingest.statistics.accepted == 1 }
            let app = Application(router: XRayDaemon.makeRouter(api: XRayReadAPI(store: daemon.store)))
            try await app.test(.router) { client in
                try await client.execute(uri: "/ServiceGraph", method: .post, body: ByteBuffer(string: #"{"StartTime":1699999999,"EndTime":1700000001}"#)) { response in
                    #expect(response.status == .ok)
                    let json = try XRayJSON.parse(String(buffer: response.body))
                    #expect(json["Services"]?.arrayValue?.compactMap { $0["Name"]?.stringValue } == ["client", "svc"])
                    #expect(json["Services"]?[1]?["SummaryStatistics"]?["FaultStatistics"]?["TotalCount"] == 1)
                }
                try await client.execute(uri: "/TraceSummaries", method: .post, body: ByteBuffer(string: #"{"StartTime":0,"EndTime":1800000000,"FilterExpression":"http.status = 503"}"#)) { response in
                    let json = try XRayJSON.parse(String(buffer: response.body))
                    #expect(json["TraceSummaries"]?[0]?["Id"] == "1-6553f100-a006649127e371903a2de979")
                }
                try await client.execute(uri: "/TraceSummaries", method: .post, body: ByteBuffer(string: #"{"EndTime":1}"#)) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.headers[HTTPFields.Element.Name("x-amzn-ErrorType")!] == "InvalidRequestException")
                    #expect(String(buffer: response.body) == #"{"message":"StartTime is required"}"#)
                }
            }
            _ = httpPort
        }
    }
}
