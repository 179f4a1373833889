import Foundation
import Gatehouse
@testable import GatehouseServer
import Logging
import NIOCore
import Synchronization
import Testing

@Suite("Request id generator")
struct FastRequestIDTests {
    static func isVersionFour(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !((0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)) {
                return false
            }
        }
        return bytes[14] == UInt8(ascii: "4") && "89ab".utf8.contains(bytes[19])
    }

    @Test("Words are written most significant nibble first, 8-4-4-4-12")
    func format() {
        #expect(FastRandomRequestIDs.format(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210) == "01234567-89ab-cdef-fedc-ba9876543210")
        #expect(FastRandomRequestIDs.format(high: 0, low: .max) == "00000000-0000-0000-ffff-ffffffffffff")
    }

    @Test("200,000 ids: all version 4 with the RFC 4122 variant, none repeated")
    func unique() {
        let generator = FastRandomRequestIDs()
        var seen = Set<String>()
        for _ in 0..<200_000 {
            let id = generator.next()
            #expect(Self.isVersionFour(id), "\(id)")
            seen.insert(id)
        }
        #expect(seen.count == 200_000)
    }

    @Test("Every hex digit appears in every free position")
    func spread() {
        let generator = FastRandomRequestIDs()
        var digits = [Set<UInt8>](repeating: [], count: 36)
        for _ in 0..<2_000 {
            for (index, byte) in generator.next().utf8.enumerated() { digits[index].insert(byte) }
        }
        for index in 0..<36 where ![8, 13, 18, 23, 14, 19].contains(index) {
            #expect(digits[index].count == 16, "position \(index)")
        }
        #expect(digits[14] == [UInt8(ascii: "4")])
        #expect(digits[19] == Set("89ab".utf8))
    }

    @Test("The seeds fix the sequence; other seeds give another")
    func seeded() {
        let first = FastRandomRequestIDs(seed: 1, highSeed: 2, lowSeed: 3)
        let again = FastRandomRequestIDs(seed: 1, highSeed: 2, lowSeed: 3)
        let other = FastRandomRequestIDs(seed: 1, highSeed: 2, lowSeed: 4)
        let a = (0..<50).map { _ in first.next() }
        #expect(a == (0..<50).map { _ in again.next() })
        let b = (0..<50).map { _ in other.next() }
        #expect(Set(a).isDisjoint(with: b))
        #expect(Set(a).count == 50)
    }

    @Test("Ids taken from many tasks at once are still all different")
    func concurrent() async {
        let generator = FastRandomRequestIDs()
        let ids = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<5_000).map { _ in generator.next() } }
            }
            var all: [String] = []
            for await part in group { all += part }
            return all
        }
        #expect(ids.count == 40_000)
        #expect(Set(ids).count == 40_000)
    }
}

@Suite("Deferred log metadata")
struct DeferredMetadataTests {
    final class Capture: LogHandler, @unchecked Sendable {
        private let lock = NSLock()
        private var events: [(String, Logger.Metadata)] = []
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            var merged = metadata
            for (key, value) in event.metadata ?? [:] { merged[key] = value }
            lock.withLock { events.append((event.message.description, merged)) }
        }
        var lines: [(String, Logger.Metadata)] { lock.withLock { events } }
    }

    @Test("Metadata set on the logger reaches the line, under the line's own")
    func metadataReachesLines() {
        let capture = Capture()
        capture.metadata = ["base": "kept"]
        var logger = Logger(label: "t") { _ in capture }
        logger.handler = DeferredMetadataLogHandler(logger.handler)
        logger.logLevel = .notice
        #expect(capture.logLevel == .notice)
        logger[metadataKey: "hb.request.id"] = "42"
        // Storing it did not touch the wrapped handler.
        #expect(capture.metadata == ["base": "kept"])
        #expect(logger[metadataKey: "hb.request.id"] == "42")
        #expect(logger[metadataKey: "base"] == "kept")
        logger.info("below the level")
        logger.notice("first", metadata: ["hb.request.id": "explicit", "x": "1"])
        logger.error("second")
        let lines = capture.lines
        #expect(lines.map(\.0) == ["first", "second"])
        #expect(lines.first?.1 == ["base": "kept", "hb.request.id": "explicit", "x": "1"])
        #expect(lines.last?.1 == ["base": "kept", "hb.request.id": "42"])
        logger[metadataKey: "hb.request.id"] = nil
        logger[metadataKey: "base"] = nil
        #expect(logger.handler.metadata == [:])
    }
}

@Suite("Server shortcuts")
struct ServerShortcutTests {
    @Test("Lines written straight into the buffer read as the formatted lines")
    func accessLogBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gatehouse-access-\(UUID().uuidString).log").path
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer {
            close(descriptor)
            unlink(path)
        }
        let format = try AccessLogFormat(#"$context.identity.sourceIp "$context.httpMethod $context.path" $context.status $context.integrationLatency [$context.requestTime] é"#)
        let log = AccessLog(format: format, output: AccessLogOutput(fileDescriptor: descriptor))
        let records = [
            AccessLogRecord(
                requestID: "r-1", extendedRequestID: "R1=", method: "GET", path: "/prod/a", status: 200, responseLength: 2,
                responseLatencyMilliseconds: 1, integrationLatencyMilliseconds: 3, requestTime: Date(timeIntervalSince1970: 1_795_576_809),
                sourceIP: "203.0.113.9", stage: "prod"),
            AccessLogRecord(
                requestID: "r-2", extendedRequestID: "R2=", method: "POST", path: "/prod/b", status: 502, responseLength: 0,
                responseLatencyMilliseconds: 1, requestTime: Date(timeIntervalSince1970: 1_795_576_810.5), sourceIP: "::1", stage: "prod"),
        ]
        for record in records { log.record(record) }
        log.output.flush()
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == records.map { format.line(for: $0) + "\n" }.joined())
        #expect(written.hasPrefix(#"203.0.113.9 "GET /prod/a" 200 3 [25/Nov/2026:03:20:09 +0000] é"#))
        #expect(written.contains(#"::1 "POST /prod/b" 502 - [25/Nov/2026:03:20:10 +0000] é"#))
    }

    @Test("The caller's address text, for IPv4 callers taking turns, IPv6 and none")
    func sourceIP() throws {
        let a = try SocketAddress(ipAddress: "203.0.113.9", port: 40_001)
        let b = try SocketAddress(ipAddress: "127.0.0.1", port: 40_002)
        let c = try SocketAddress(ipAddress: "203.0.113.9", port: 40_003)
        let v6 = try SocketAddress(ipAddress: "::1", port: 40_004)
        #expect([a, b, b, c, a, v6, b].map { GatewayResponder.sourceIP($0) } == ["203.0.113.9", "127.0.0.1", "127.0.0.1", "203.0.113.9", "203.0.113.9", "::1", "127.0.0.1"])
        #expect(GatewayResponder.sourceIP(nil) == "127.0.0.1")
    }
}
