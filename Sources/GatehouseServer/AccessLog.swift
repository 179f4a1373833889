import Foundation
import Gatehouse
import ServiceLifecycle
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// API Gateway's access logging: one line per request, made from a format of literal text and
/// `$context` variables, as a stage's `accessLogSettings.format` is written.
///
/// The format is parsed once; a request only fills in the values. A variable with no value for
/// the request prints `-`, as API Gateway does.
public struct AccessLogFormat: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case text(String)
        case variable(AccessLogVariable)
    }

    let parts: [Part]
    /// The format as written.
    public let source: String

    /// API Gateway's Common Log Format preset for REST APIs (the console's "CLF").
    public static let commonLogFormat = try! AccessLogFormat(
        #"$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId"#
    )

    /// Parses `format`. Throws for a `$context.` variable Gatehouse does not know, naming it and
    /// the ones it does.
    public init(_ format: String) throws(AccessLogFormatError) {
        source = format
        var parts: [Part] = []
        var text = ""
        var index = format.startIndex
        let marker = "$context."
        while index < format.endIndex {
            if format[index...].hasPrefix(marker) {
                let nameStart = format.index(index, offsetBy: marker.count)
                var nameEnd = nameStart
                while nameEnd < format.endIndex, Self.isNameCharacter(format[nameEnd]) { nameEnd = format.index(after: nameEnd) }
                // A trailing dot belongs to the text (`$context.status.` at the end of a sentence).
                while nameEnd > nameStart, format[format.index(before: nameEnd)] == "." { nameEnd = format.index(before: nameEnd) }
                let name = String(format[nameStart..<nameEnd])
                guard let variable = AccessLogVariable(rawValue: name) else {
                    throw AccessLogFormatError(variable: "$context." + name)
                }
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.variable(variable))
                index = nameEnd
            } else {
                text.append(format[index])
                index = format.index(after: index)
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ".")
    }

    public var description: String { source }

    /// The line for one request (without the newline).
    public func line(for record: AccessLogRecord) -> String {
        var out = ""
        out.reserveCapacity(source.utf8.count + 64)
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .variable(let variable): out += record.value(variable) ?? "-"
            }
        }
        return out
    }

    /// The line's bytes appended to `bytes` (the same text as `line(for:)`, without the newline).
    func write(_ record: AccessLogRecord, into bytes: inout [UInt8]) {
        for part in parts {
            switch part {
            case .text(let text): bytes.append(contentsOf: text.utf8)
            case .variable(let variable):
                if let value = record.value(variable) { bytes.append(contentsOf: value.utf8) } else { bytes.append(UInt8(ascii: "-")) }
            }
        }
    }
}

/// A format naming a variable Gatehouse cannot fill.
public struct AccessLogFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var variable: String
    public init(variable: String) { self.variable = variable }
    public var description: String {
        "unknown access log variable \(variable); known: "
            + AccessLogVariable.allCases.map { "$context." + $0.rawValue }.joined(separator: ", ")
    }
}

/// The `$context` variables an access log line can hold.
public enum AccessLogVariable: String, Sendable, Hashable, CaseIterable {
    case accountId
    case apiId
    case domainName
    case domainPrefix
    case errorMessage = "error.message"
    case errorResponseType = "error.responseType"
    case extendedRequestId
    case httpMethod
    case identityCaller = "identity.caller"
    case identitySourceIp = "identity.sourceIp"
    case identityUser = "identity.user"
    case identityUserAgent = "identity.userAgent"
    case integrationLatency
    case integrationLatencyDotted = "integration.latency"
    case integrationStatus
    case integrationStatusDotted = "integration.status"
    case path
    case `protocol`
    case requestId
    case requestTime
    case requestTimeEpoch
    case resourcePath
    case responseLatency
    case responseLength
    case routeKey
    case stage
    case status
}

/// What one request leaves for the access log.
public struct AccessLogRecord: Sendable {
    public var requestID: String
    public var extendedRequestID: String
    public var method: String
    /// The raw path, with the stage (`$context.path`).
    public var path: String
    public var status: Int
    public var responseLength: Int
    /// Milliseconds from the request's arrival to its response.
    public var responseLatencyMilliseconds: Int
    public var integrationLatencyMilliseconds: Int?
    public var integrationStatus: Int?
    public var requestTime: Date
    public var sourceIP: String
    public var userAgent: String?
    public var stage: String
    public var resourcePath: String?
    public var apiKind: APIDefinition.Kind
    public var apiID: String
    public var accountID: String
    public var region: String
    public var errorMessage: String?
    public var errorResponseType: String?

    public init(
        requestID: String, extendedRequestID: String, method: String, path: String, status: Int, responseLength: Int,
        responseLatencyMilliseconds: Int, integrationLatencyMilliseconds: Int? = nil, integrationStatus: Int? = nil, requestTime: Date,
        sourceIP: String, userAgent: String? = nil, stage: String, resourcePath: String? = nil, apiKind: APIDefinition.Kind = .rest,
        apiID: String = "a1b2c3d4e5", accountID: String = "123456789012", region: String = "us-east-1", errorMessage: String? = nil,
        errorResponseType: String? = nil
    ) {
        self.requestID = requestID
        self.extendedRequestID = extendedRequestID
        self.method = method
        self.path = path
        self.status = status
        self.responseLength = responseLength
        self.responseLatencyMilliseconds = responseLatencyMilliseconds
        self.integrationLatencyMilliseconds = integrationLatencyMilliseconds
        self.integrationStatus = integrationStatus
        self.requestTime = requestTime
        self.sourceIP = sourceIP
        self.userAgent = userAgent
        self.stage = stage
        self.resourcePath = resourcePath
        self.apiKind = apiKind
        self.apiID = apiID
        self.accountID = accountID
        self.region = region
        self.errorMessage = errorMessage
        self.errorResponseType = errorResponseType
    }

    func value(_ variable: AccessLogVariable) -> String? {
        switch variable {
        case .accountId: return accountID
        case .apiId, .domainPrefix: return apiID
        case .domainName: return "\(apiID).execute-api.\(region).amazonaws.com"
        case .errorMessage: return errorMessage
        case .errorResponseType: return errorResponseType
        case .extendedRequestId: return extendedRequestID
        case .httpMethod: return method
        case .identityCaller, .identityUser: return nil
        case .identitySourceIp: return sourceIP
        case .identityUserAgent: return userAgent
        case .integrationLatency, .integrationLatencyDotted: return integrationLatencyMilliseconds.map(String.init)
        case .integrationStatus, .integrationStatusDotted: return integrationStatus.map(String.init)
        case .path: return path
        case .protocol: return "HTTP/1.1"
        case .requestId: return requestID
        case .requestTime: return AccessLogClock.cached.text(for: requestTime)
        case .requestTimeEpoch: return String(Int64((requestTime.timeIntervalSince1970 * 1000).rounded(.down)))
        case .resourcePath: return resourcePath
        case .responseLatency: return String(responseLatencyMilliseconds)
        case .responseLength: return String(responseLength)
        case .routeKey:
            // HTTP APIs: `GET /pets/{id}` (or `$default`); REST APIs have no route key.
            guard apiKind == .http, let resourcePath else { return nil }
            return resourcePath == "$default" ? "$default" : "\(method) \(resourcePath)"
        case .stage: return stage
        case .status: return String(status)
        }
    }
}

enum AccessLogClock {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `requestTime`, formatted once a second (it runs per line).
    static let cached = PerSecondText(requestTime)

    /// `25/Nov/2026:03:20:09 +0000`, with `gmtime_r` rather than `Calendar` (it runs per line).
    static func requestTime(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(parts.tm_mday))/\(months[Int(parts.tm_mon)])/\(1900 + Int(parts.tm_year)):\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) +0000"
    }
}

/// Where access log lines go. Lines are buffered and written in blocks (a write per line would
/// be a system call per request); `AccessLogFlusher` writes what is left every quarter second
/// and at shutdown.
public final class AccessLogOutput: Sendable {
    enum Destination: Sendable {
        case fileDescriptor(Int32)
        case closure(@Sendable (String) -> Void)
    }

    private let destination: Destination
    private let buffer: Mutex<[UInt8]>
    /// Bytes buffered before a write happens on the request's own path.
    static let blockSize = 32 * 1024

    /// Lines to a file descriptor (standard output: 1).
    public init(fileDescriptor: Int32 = 1) {
        destination = .fileDescriptor(fileDescriptor)
        buffer = Mutex([])
    }

    /// Each line (without its newline) to a closure, unbuffered; tests collect lines this way.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        destination = .closure(write)
        buffer = Mutex([])
    }

    public func write(_ line: String) {
        switch destination {
        case .closure(let write):
            write(line)
        case .fileDescriptor:
            append { $0.append(contentsOf: line.utf8) }
        }
    }

    /// A line made by `format` and `record`: straight into the buffer, with no string between.
    func write(_ record: AccessLogRecord, format: AccessLogFormat) {
        switch destination {
        case .closure(let write):
            write(format.line(for: record))
        case .fileDescriptor:
            append { format.write(record, into: &$0) }
        }
    }

    /// Appends one line (`writeLine` adds its bytes; the newline is added here) and writes the
    /// buffer out once it holds a block.
    private func append(_ writeLine: (inout [UInt8]) -> Void) {
        guard case .fileDescriptor(let descriptor) = destination else { return }
        let block: [UInt8]? = buffer.withLock { bytes in
            writeLine(&bytes)
            bytes.append(UInt8(ascii: "\n"))
            guard bytes.count >= Self.blockSize else { return nil }
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        if let block { Self.writeAll(block, to: descriptor) }
    }

    /// Writes whatever is buffered.
    public func flush() {
        guard case .fileDescriptor(let descriptor) = destination else { return }
        let block: [UInt8] = buffer.withLock { bytes in
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        if !block.isEmpty { Self.writeAll(block, to: descriptor) }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, pointer, count)
    #else
    return Darwin.write(descriptor, pointer, count)
    #endif
}

/// Writes the access log's buffered lines four times a second, and the rest at shutdown.
public struct AccessLogFlusher: Service {
    public let output: AccessLogOutput
    public let interval: Duration

    public init(output: AccessLogOutput, interval: Duration = .milliseconds(250)) {
        self.output = output
        self.interval = interval
    }

    public func run() async throws {
        let output = output
        let interval = interval
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                output.flush()
            }
        }
        output.flush()
    }
}

/// An access log: a format and an output.
public struct AccessLog: Sendable {
    public var format: AccessLogFormat
    public var output: AccessLogOutput

    public init(format: AccessLogFormat = .commonLogFormat, output: AccessLogOutput = AccessLogOutput()) {
        self.format = format
        self.output = output
    }

    public func record(_ record: AccessLogRecord) {
        output.write(record, format: format)
    }
}
