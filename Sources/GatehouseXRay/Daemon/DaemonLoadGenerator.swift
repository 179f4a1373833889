#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Load for a daemon: datagrams encoded up front, sent over loopback UDP from several connected
/// sockets and threads, optionally paced to a rate. Used by
/// `gatehouse traces send --generate` and the ingest benchmark, so the sender is not what limits
/// the measurement.
public enum DaemonLoadGenerator {
    /// What a send run did.
    public struct Report: Sendable, Hashable {
        public var sent = 0
        /// Datagrams the kernel refused on the sending side.
        public var failed = 0
        public var seconds = 0.0

        public var datagramsPerSecond: Double { seconds > 0 ? Double(sent) / seconds : 0 }
    }

    /// `count` one-segment traces (an API Gateway stage segment with an HTTP request and
    /// response), each with its own trace id and segment id, as daemon datagrams. The documents
    /// are one template with the ids written in, so a million take well under a second.
    public static func datagrams(count: Int, startTime: Double = Date().timeIntervalSince1970) -> [[UInt8]] {
        let epoch = UInt32(startTime)
        var template = Segment(name: "bench-0", id: SegmentID(0), traceID: TraceID(epoch: epoch, high: 0, low: 0),
                               startTime: startTime, endTime: startTime + 0.010)
        template.origin = "AWS::ApiGateway::Stage"
        template.http = HTTPInfo(request: .init(method: "GET", url: "http://localhost/pets"), response: .init(status: 200))
        let bytes = DaemonPacket.encode(template)
        let idOffset = offset(of: "\"id\":\"0000000000000000\"", in: bytes)! + 6
        let traceOffset = offset(of: "\"trace_id\":\"1-", in: bytes)! + 12 + 8 + 1 + 8
        let nameOffset = offset(of: "\"name\":\"bench-0\"", in: bytes)! + 14
        let hexDigits = Array("0123456789abcdef".utf8)
        var result: [[UInt8]] = []
        result.reserveCapacity(count)
        // Distinct, well spread ids without a random generator: a multiplicative hash of the index.
        for index in 0..<count {
            var datagram = bytes
            let value = UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
            var id = value
            for position in stride(from: 15, through: 0, by: -1) {
                datagram[idOffset + position] = hexDigits[Int(id & 0xF)]
                id >>= 4
            }
            var low = value ^ 0x5DEE_CE66_D1CE_4E5B
            for position in stride(from: 15, through: 0, by: -1) {
                datagram[traceOffset + position] = hexDigits[Int(low & 0xF)]
                low >>= 4
            }
            datagram[nameOffset] = UInt8(ascii: "0") + UInt8(index % 8)
            result.append(datagram)
        }
        return result
    }

    private static func offset(of text: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// Sends `datagrams` to `address` (`HOST:PORT`, IPv4) from `threads` threads, each with its
    /// own connected socket and an equal share; at most `rate` datagrams per second in total
    /// when given. Returns when all are sent.
    public static func send(_ datagrams: [[UInt8]], to address: String, threads: Int = 2, rate: Double? = nil) throws -> Report {
        let target = try DaemonUDPSink.socketAddress(address)
        let threadCount = max(1, min(threads, max(1, datagrams.count)))
        let results = UnsafeMutableBufferPointer<Report>.allocate(capacity: threadCount)
        results.initialize(repeating: Report())
        defer { results.deallocate() }
        let start = DispatchTime.now().uptimeNanoseconds
        let group = DispatchGroup()
        let perThreadRate = rate.map { $0 / Double(threadCount) }
        let shared = SendableBuffer(results)
        for thread in 0..<threadCount {
            let range = stride(from: thread, to: datagrams.count, by: threadCount)
            group.enter()
            Thread {
                shared.buffer[thread] = sendShare(datagrams, indices: Array(range), to: target, rate: perThreadRate)
                group.leave()
            }.start()
        }
        group.wait()
        var report = Report()
        for result in results {
            report.sent += result.sent
            report.failed += result.failed
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    private struct SendableBuffer: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Report>
        init(_ buffer: UnsafeMutableBufferPointer<Report>) { self.buffer = buffer }
    }

    private static func sendShare(_ datagrams: [[UInt8]], indices: [Int], to target: sockaddr_in, rate: Double?) -> Report {
        var report = Report()
        #if canImport(Darwin)
        let descriptor = socket(AF_INET, SOCK_DGRAM, 0)
        #else
        let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        #endif
        guard descriptor >= 0 else {
            report.failed = indices.count
            return report
        }
        defer { close(descriptor) }
        var bufferSize: Int32 = 4 << 20
        _ = setsockopt(descriptor, SOL_SOCKET, SO_SNDBUF, &bufferSize, socklen_t(MemoryLayout<Int32>.size))
        var address = target
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            report.failed = indices.count
            return report
        }
        // This thread's share, back to back in one buffer.
        var storage: [UInt8] = []
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(indices.count)
        for index in indices {
            bounds.append(storage.count..<storage.count + datagrams[index].count)
            storage.append(contentsOf: datagrams[index])
        }
        let batchSize = 64
        let begin = DispatchTime.now().uptimeNanoseconds
        storage.withUnsafeBytes { bytes in
            var position = 0
            while position < bounds.count {
                let end = min(position + batchSize, bounds.count)
                if let rate {
                    // Pace: this batch may start once `position` datagrams' worth of time has passed.
                    let due = begin + UInt64(Double(position) / rate * 1e9)
                    let now = DispatchTime.now().uptimeNanoseconds
                    if due > now { usleep(UInt32(min((due - now) / 1000, 1_000_000))) }
                }
                let sent = sendBatch(bytes, bounds[position..<end], descriptor: descriptor)
                report.sent += sent
                report.failed += (end - position) - sent
                position = end
            }
        }
        return report
    }

    /// Sends one batch of datagrams (ranges of `bytes`) on a connected socket; returns how many
    /// the kernel took.
    private static func sendBatch(_ bytes: UnsafeRawBufferPointer, _ bounds: ArraySlice<Range<Int>>, descriptor: Int32) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var sent = 0
        for range in bounds where Foundation.send(descriptor, base + range.lowerBound, range.count, 0) >= 0 { sent += 1 }
        return sent
    }
}
