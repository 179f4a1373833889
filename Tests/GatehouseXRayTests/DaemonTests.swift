import GatehouseJSON
import GatehouseXRay
import Testing

@Suite("Daemon protocol")
struct DaemonPacketTests {
    static let document = #"{"name":"svc","id":"70de5b6f19ff9a0a","start_time":1,"end_time":2,"trace_id":"1-581cf771-a006649127e371903a2de979"}"#

    @Test("Both header spellings are accepted")
    func headers() throws {
        for header in [#"{"format": "json", "version": 1}"#, #"{"format":"json","version":1}"#, #"{ "version":1, "format":"json" }"#] {
            var report = DecodeReport()
            let segment = try DaemonPacket.decode(Array((header + "\n" + Self.document).utf8), report: &report)
            #expect(segment.name == "svc")
        }
    }

    @Test("Encoding writes the header line and the compact document")
    func encode() throws {
        var report = DecodeReport()
        let segment = try DaemonPacket.decode(Array(("{\"format\":\"json\",\"version\":1}\n" + Self.document).utf8), report: &report)
        #expect(String(decoding: DaemonPacket.encode(segment), as: UTF8.self)
            == "{\"format\": \"json\", \"version\": 1}\n" + #"{"name":"svc","id":"70de5b6f19ff9a0a","trace_id":"1-581cf771-a006649127e371903a2de979","start_time":1,"end_time":2}"#)
    }

    @Test("Garbage is refused with a reason", arguments: [
        ("", "missing-header"),
        ("hello", "missing-header"),
        ("{\"format\": \"xml\", \"version\": 1}\n{}", "invalid-header"),
        ("{\"format\": \"json\", \"version\": 2}\n{}", "invalid-header"),
        ("{\"format\": \"json\", \"version\": 1}\n{", "invalid-json"),
        ("{\"format\": \"json\", \"version\": 1}\n\u{FF}\u{FE}", "invalid-json"),
        ("{\"format\": \"json\", \"version\": 1}\n[1,2]", "not-an-object"),
        ("{\"format\": \"json\", \"version\": 1}\n{\"name\":\"x\"}", "missing-field"),
    ])
    func garbage(_ text: String, _ reason: String) {
        var report = DecodeReport()
        do {
            _ = try DaemonPacket.decode(Array(text.utf8), report: &report)
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test("A datagram over 64 KB is refused")
    func oversized() {
        var report = DecodeReport()
        let big = [UInt8](repeating: 0x20, count: 65_537)
        #expect(throws: DaemonPacketError(.tooLarge(65_537))) { try DaemonPacket.decode(big, report: &report) }
    }

    @Test("Ingest counts and drops garbage, with rate-limited log lines, and stores the rest")
    func ingest() throws {
        let store = try TraceStore(configuration: TraceStoreConfiguration(maxSegmentsInMemory: 100))
        let lines = LogLines()
        let ingest = DaemonIngest(store: store) { lines.append($0) }
        var generator = SystemRandomNumberGenerator()
        for index in 0..<2_000 {
            var bytes = [UInt8](repeating: 0, count: index % 300)
            for position in bytes.indices { bytes[position] = generator.next() }
            ingest.receive(bytes)
        }
        #expect(ingest.receive(Array(("{\"format\":\"json\",\"version\":1}\n" + Self.document).utf8)))
        let statistics = ingest.statistics
        #expect(statistics.received == 2_001)
        #expect(statistics.accepted == 1)
        #expect(statistics.rejected == 2_000)
        #expect(lines.count == 12)  // the first ten, then the 1000th and the 2000th
        #expect(store.statistics.segmentsInMemory == 1)
    }
}

final class LogLines: @unchecked Sendable {
    // Only touched from the test's own thread; the ingest calls back synchronously.
    private var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
    var count: Int { lines.count }
}
