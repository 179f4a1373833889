#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends segments to an X-Ray daemon (Gatehouse's or AWS's) over UDP, one datagram per document,
/// as the SDKs do. A document larger than a datagram is split: its subsegments go first as
/// independent subsegments, then the segment without them.
///
/// Sending never blocks and never fails the caller; a datagram the kernel refuses is counted in
/// `failedSends`.
public final class DaemonUDPSink: TraceSink {
    private let socketDescriptor: Int32
    private let address: sockaddr_in
    private let failures = AtomicCounter()

    /// The address in `AWS_XRAY_DAEMON_ADDRESS` form: `127.0.0.1:2000` (IPv4 only).
    public struct AddressError: Error, CustomStringConvertible {
        public var address: String
        public var description: String { "not an IPv4 daemon address (HOST:PORT): \(address)" }
    }

    /// Parses `HOST:PORT` (IPv4; `localhost` is 127.0.0.1).
    static func socketAddress(_ text: String) throws(AddressError) -> sockaddr_in {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            throw AddressError(address: text)
        }
        var host = String(text[..<colon])
        if host == "localhost" { host = "127.0.0.1" }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw AddressError(address: text) }
        return address
    }

    public init(address text: String) throws {
        let address = try Self.socketAddress(text)
        #if canImport(Darwin)
        let descriptor = socket(AF_INET, SOCK_DGRAM, 0)
        #else
        let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        #endif
        guard descriptor >= 0 else { throw AddressError(address: text) }
        let flags = fcntl(descriptor, F_GETFL, 0)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        self.socketDescriptor = descriptor
        self.address = address
    }

    deinit {
        close(socketDescriptor)
    }

    /// Datagrams the kernel did not accept (buffer full, no route).
    public var failedSends: Int { failures.value }

    public func record(_ segment: Segment) {
        let packet = DaemonPacket.encode(segment)
        if packet.count <= DaemonPacket.maxDatagramSize || segment.subsegments.isEmpty {
            send(packet)
            return
        }
        guard let traceID = segment.traceID else { return }
        for var subsegment in segment.subsegments {
            subsegment.traceID = traceID
            subsegment.parentID = segment.id
            subsegment.type = "subsegment"
            record(subsegment)
        }
        var bare = segment
        bare.subsegments = []
        send(DaemonPacket.encode(bare))
    }

    /// Sends raw bytes as one datagram (for tests and benchmarks of the daemon).
    public func send(_ bytes: [UInt8]) {
        var target = address
        let sent = bytes.withUnsafeBytes { buffer in
            withUnsafePointer(to: &target) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(socketDescriptor, buffer.baseAddress, buffer.count, 0, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        if sent < 0 { failures.increment() }
    }
}

import Synchronization

final class AtomicCounter: Sendable {
    private let storage = Atomic<Int>(0)
    func increment(by amount: Int = 1) { storage.add(amount, ordering: .relaxed) }
    var value: Int { storage.load(ordering: .relaxed) }
}
