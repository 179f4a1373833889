/// The daemon's UDP protocol: a header line `{"format": "json", "version": 1}`, a newline, then
/// one segment document; at most 64 KB per datagram.
public enum DaemonPacket {
    /// The header line as the X-Ray daemon documentation writes it.
    public static let header = #"{"format": "json", "version": 1}"#
    /// The largest datagram the daemon reads.
    public static let maxDatagramSize = 65_536

    /// The datagram for one document.
    public static func encode(_ segment: Segment) -> [UInt8] {
        var bytes = Array(header.utf8)
        bytes.append(0x0A)
        bytes.append(contentsOf: segment.document.utf8)
        return bytes
    }

    /// Splits a datagram into its header and document and validates both.
    public static func decode(_ datagram: some Collection<UInt8>, report: inout DecodeReport) throws(DaemonPacketError) -> Segment {
        let bytes = datagram as? [UInt8] ?? Array(datagram)
        guard bytes.count <= maxDatagramSize else { throw DaemonPacketError(.tooLarge(bytes.count)) }
        guard let newline = bytes.firstIndex(of: 0x0A) else { throw DaemonPacketError(.missingHeader) }
        guard isValidHeader(bytes[..<newline]) else { throw DaemonPacketError(.invalidHeader) }
        do {
            return try Segment.decode(document: bytes[(newline + 1)...], report: &report)
        } catch {
            throw DaemonPacketError(.invalidDocument(error))
        }
    }

    /// The document bytes of a datagram whose header is valid (no validation of the document).
    public static func document(of datagram: [UInt8]) -> ArraySlice<UInt8>? {
        guard let newline = datagram.firstIndex(of: 0x0A), isValidHeader(datagram[..<newline]) else { return nil }
        return datagram[(newline + 1)...]
    }

    private static let compactHeader = Array(#"{"format":"json","version":1}"#.utf8)
    private static let spacedHeader = Array(header.utf8)

    static func isValidHeader(_ line: ArraySlice<UInt8>) -> Bool {
        if line.elementsEqual(compactHeader) || line.elementsEqual(spacedHeader) { return true }
        guard line.count < 256, case .object(let object)? = try? XRayJSON.parse(line) else { return false }
        return object["format"]?.stringValue == "json" && object["version"]?.numberValue?.text == "1"
    }
}

/// Why a datagram was dropped.
public struct DaemonPacketError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case tooLarge(Int)
        case missingHeader
        case invalidHeader
        case invalidDocument(SegmentDocumentError)
    }

    public var kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .tooLarge(let size): "datagram of \(size) bytes is over the 64 KB limit"
        case .missingHeader: "no header line (expected {\"format\": \"json\", \"version\": 1} and a newline)"
        case .invalidHeader: "header line is not {\"format\": \"json\", \"version\": 1}"
        case .invalidDocument(let error): "invalid segment document: \(error)"
        }
    }

    /// A short stable reason for counters: `too-large`, `missing-header`, `invalid-header`,
    /// or the document's reason (`invalid-json`, `missing-field`, …).
    public var reason: String {
        switch kind {
        case .tooLarge: "too-large"
        case .missingHeader: "missing-header"
        case .invalidHeader: "invalid-header"
        case .invalidDocument(let error): error.reason
        }
    }
}
