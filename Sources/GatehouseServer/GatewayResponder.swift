import Foundation
import Gatehouse
import Hummingbird
import Logging
import NIOCore

/// `HTTPTypes.HTTPField`, named through `HTTPFields` (which Hummingbird exports).
typealias Field = HTTPFields.Element

/// The request context: Hummingbird's core storage plus the caller's address
/// (`$context.identity.sourceIp`).
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// The limits API Gateway puts on a request before the pipeline sees it.
public struct ServerLimits: Sendable, Hashable {
    /// API Gateway's quota on the request line and header values together: 10,240 bytes.
    /// Over it: 431 with `HTTP header is larger than 10240 bytes.` (Gatehouse's reading of the
    /// message AWS gives; the status is our choice: AWS does not document it).
    public var maximumHeaderBytes: Int
    /// Hard limits on what the HTTP parser accepts at all (a header line, all of them, how many);
    /// beyond these the connection gets 400 and is closed before any pipeline runs.
    public var parserHeaderFieldBytes: Int
    public var parserHeaderListBytes: Int
    public var parserHeaderFieldCount: Int

    public init(maximumHeaderBytes: Int = 10_240, parserHeaderFieldBytes: Int = 64 * 1024, parserHeaderListBytes: Int = 64 * 1024, parserHeaderFieldCount: Int = 500) {
        self.maximumHeaderBytes = maximumHeaderBytes
        self.parserHeaderFieldBytes = parserHeaderFieldBytes
        self.parserHeaderListBytes = parserHeaderListBytes
        self.parserHeaderFieldCount = parserHeaderFieldCount
    }
}

/// Hands every request, whatever its method and path, to the pipeline of the API version being
/// served, and writes the pipeline's response to the wire with API Gateway's own headers.
///
/// The responder only adapts: the status, headers and body come from the pipeline, which never
/// throws. It adds what API Gateway's front adds (`x-amzn-RequestId`, `x-amz-apigw-id` or, on
/// HTTP APIs, `Apigw-Requestid`), enforces the header-size quota, reads at most one byte more
/// than the payload limit (the pipeline answers 413), and keeps anything that is not a legal
/// header off the wire.
public struct GatewayResponder: HTTPResponder {
    public typealias Context = GatewayRequestContext

    public let store: APIStore
    public let accessLog: AccessLog?
    public let limits: ServerLimits
    public let logger: Logger

    public init(store: APIStore, accessLog: AccessLog?, limits: ServerLimits = ServerLimits(), logger: Logger) {
        self.store = store
        self.accessLog = accessLog
        self.limits = limits
        self.logger = logger
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let arrival = ContinuousClock.now
        let requestTime = Date()
        // One version for the whole request: a reload meanwhile does not affect it.
        let pipeline = store.current.pipeline
        let environment = pipeline.environment

        let target = request.head.path ?? "/"
        let path: String
        let query: String
        if let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = String(target[..<mark])
            query = String(target[target.utf8.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        var headers = HeaderFields()
        var headerBytes = target.utf8.count + request.method.rawValue.utf8.count + 10
        for field in request.headers {
            headers.append(field.name.rawName, field.value)
            headerBytes += field.value.utf8.count
        }
        let sourceIP = Self.sourceIP(context.remoteAddress)

        if headerBytes > limits.maximumHeaderBytes {
            let message = "HTTP header is larger than \(limits.maximumHeaderBytes) bytes."
            var fields = HTTPFields()
            fields.append(Field(name: .contentType, value: "text/plain"))
            let response = Response(status: .init(code: 431), headers: fields, body: .init(byteBuffer: ByteBuffer(string: message)))
            log(
                requestID: "-", method: request.method.rawValue, path: path, status: 431, length: message.utf8.count, arrival: arrival,
                requestTime: requestTime, sourceIP: sourceIP, headers: headers, environment: environment, kind: pipeline.api.kind, result: nil)
            return response
        }

        let body: [UInt8]
        do {
            body = try await Self.readBody(request, limit: environment.maximumBodyBytes)
        } catch {
            // The client went away while sending: nobody to answer.
            logger.debug("request body not read", metadata: ["error": "\(error)"])
            throw error
        }

        let gatewayRequest = GatewayRequest(method: request.method.rawValue, path: path, query: query, headers: headers, body: body, sourceIP: sourceIP)
        let result = await pipeline.invoke(gatewayRequest)
        let response = result.response

        var fields = HTTPFields()
        fields.reserveCapacity(response.headers.count + 4)
        for (name, value) in response.headers {
            guard let fieldName = Field.Name(name) else {
                logger.warning("dropped a response header whose name is not a legal HTTP token", metadata: ["name": "\(name.debugDescription)"])
                continue
            }
            if Self.ownedByServer.contains(fieldName.canonicalName) { continue }
            fields.append(Field(name: fieldName, value: Self.legalValue(value)))
        }
        let extendedID = result.extendedRequestID
        if pipeline.api.kind == .http {
            fields.append(Field(name: Self.apigwRequestID, value: extendedID))
        } else {
            fields.append(Field(name: Self.requestIDName, value: result.requestID))
            fields.append(Field(name: Self.apigwIDName, value: extendedID))
        }

        let wireBody: ResponseBody
        if request.method == .head {
            fields[.contentLength] = String(response.body.count)
            wireBody = ResponseBody()
        } else {
            wireBody = ResponseBody(byteBuffer: ByteBuffer(bytes: response.body))
        }
        let status = HTTPResponse.Status(code: response.statusCode)
        log(
            requestID: result.requestID, method: gatewayRequest.method, path: path, status: response.statusCode, length: response.body.count,
            arrival: arrival, requestTime: requestTime, sourceIP: sourceIP, headers: headers, environment: environment, kind: pipeline.api.kind,
            result: result)
        return Response(status: status, headers: fields, body: wireBody)
    }

    func log(
        requestID: String, method: String, path: String, status: Int, length: Int, arrival: ContinuousClock.Instant, requestTime: Date,
        sourceIP: String, headers: HeaderFields, environment: GatewayEnvironment, kind: APIDefinition.Kind, result: InvocationResult?
    ) {
        guard let accessLog else { return }
        let elapsed = ContinuousClock.now - arrival
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        accessLog.record(
            AccessLogRecord(
                requestID: requestID, extendedRequestID: result?.extendedRequestID ?? "-", method: method, path: path,
                status: status, responseLength: length, responseLatencyMilliseconds: milliseconds,
                integrationLatencyMilliseconds: result?.trace.integrationLatencyMilliseconds, integrationStatus: result?.trace.integrationStatus,
                requestTime: requestTime, sourceIP: sourceIP, userAgent: headers["User-Agent"], stage: environment.stage.name,
                resourcePath: result?.trace.resourcePath, apiKind: kind, apiID: environment.apiID, accountID: environment.accountID,
                region: environment.region))
    }

    /// The caller's address as text (`$context.identity.sourceIp`). An IPv4 caller's text is
    /// kept for the next request from the same address (each connection of a client comes from
    /// it): formatting it takes `inet_ntop` and an array every time.
    static func sourceIP(_ address: SocketAddress?) -> String {
        guard let address else { return "127.0.0.1" }
        if case .v4(let v4) = address {
            return lastIPv4.value(for: v4.address.sin_addr.s_addr) { _ in address.ipAddress ?? "127.0.0.1" }
        }
        return address.ipAddress ?? "127.0.0.1"
    }

    static let lastIPv4 = LastResult<UInt32, String>()

    /// Reads the body, stopping one byte past `limit`: enough for the pipeline to answer 413
    /// without holding an arbitrarily large upload. (Hummingbird drains the rest afterwards.)
    static func readBody(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }) {
            if declared > limit { return [UInt8](repeating: 0, count: limit + 1) }
            if declared == 0 { return [] }
        }
        var bytes: [UInt8] = []
        for try await buffer in request.body {
            let room = limit + 1 - bytes.count
            if buffer.readableBytes >= room {
                bytes.append(contentsOf: buffer.readableBytesView.prefix(room))
                break
            }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }

    /// Framing headers the server writes itself; the pipeline's (say, a passed-through
    /// backend's `Content-Length`) would contradict the body actually sent.
    static let ownedByServer: Set<String> = ["content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer", "proxy-connection"]

    static let requestIDName = Field.Name("x-amzn-RequestId")!
    static let apigwIDName = Field.Name("x-amz-apigw-id")!
    static let apigwRequestID = Field.Name("Apigw-Requestid")!

    /// A header value with every byte HTTP forbids in a field value (CR, LF, NUL and the other
    /// controls but tab) replaced by a space, and the ends trimmed: a mapping that puts CRLF in a
    /// value can never split the response.
    static func legalValue(_ value: String) -> String {
        var clean = true
        for byte in value.utf8 where (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            clean = false
            break
        }
        if clean, value.utf8.first != 0x20, value.utf8.last != 0x20 { return value }
        var bytes = Array(value.utf8)
        for index in bytes.indices where (bytes[index] < 0x20 && bytes[index] != 0x09) || bytes[index] == 0x7F {
            bytes[index] = 0x20
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    }
}
