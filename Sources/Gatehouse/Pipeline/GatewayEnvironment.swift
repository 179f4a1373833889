import Foundation
import GatehouseXRay

/// The clock the pipeline reads: request times, the execution log's dates and latencies.
/// Tests inject a fixed one so every log line is exact.
public protocol GatewayClock: Sendable {
    func now() -> Date
}

public struct SystemClock: GatewayClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// Always the same instant.
public struct FixedClock: GatewayClock {
    public var date: Date
    public init(_ date: Date) { self.date = date }
    /// Seconds since 1970.
    public init(epochSeconds: Double) { self.date = Date(timeIntervalSince1970: epochSeconds) }
    public func now() -> Date { date }
}

/// Makes request ids (`$context.requestId`).
public protocol RequestIDGenerator: Sendable {
    func next() -> String
}

public struct RandomRequestIDs: RequestIDGenerator {
    public init() {}
    public func next() -> String { UUID().uuidString.lowercased() }
}

/// Ids `00000000-0000-0000-0000-000000000001`, `…0002`, … in order.
public final class SequentialRequestIDs: RequestIDGenerator, @unchecked Sendable {
    private let lock = NSLock()
    private var counter = 0
    public init(start: Int = 1) { counter = start - 1 }
    public func next() -> String {
        lock.lock()
        counter += 1
        let value = counter
        lock.unlock()
        let digits = String(value)
        return "00000000-0000-0000-0000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}

/// Everything about the deployment that the definition does not say: account, region, API id,
/// stage, Lambda resource policies, clock and id generator.
public struct GatewayEnvironment: Sendable {
    public var region: String
    public var accountID: String
    public var apiID: String
    public var stage: Stage
    /// Resource policies by function name; a function without one may be invoked.
    public var lambdaPolicies: [String: LambdaPermissionPolicy]
    public var clock: any GatewayClock
    public var requestIDs: any RequestIDGenerator
    /// Largest request body accepted (API Gateway: 10 MB).
    public var maximumBodyBytes: Int
    /// Makes an `X-Amzn-Trace-Id` value for a request id (nil: the header is not added).
    /// The tracing module plugs in here.
    public var traceHeader: (@Sendable (_ requestID: String, _ incoming: String?) -> String)?
    /// Records X-Ray segments for each invocation of a REST API (the stage segment and its
    /// template and integration subsegments), continuing an incoming `X-Amzn-Trace-Id`. When set,
    /// the trace header comes from the recorded segments and `traceHeader` is not used. Nil: no
    /// tracing and no cost.
    public var tracer: TraceRecorder?

    public init(
        region: String = "us-east-1",
        accountID: String = "123456789012",
        apiID: String = "a1b2c3d4e5",
        stage: Stage = Stage(name: "prod"),
        lambdaPolicies: [String: LambdaPermissionPolicy] = [:],
        clock: any GatewayClock = SystemClock(),
        requestIDs: any RequestIDGenerator = RandomRequestIDs(),
        maximumBodyBytes: Int = 10 * 1024 * 1024,
        traceHeader: (@Sendable (_ requestID: String, _ incoming: String?) -> String)? = nil,
        tracer: TraceRecorder? = nil
    ) {
        self.region = region
        self.accountID = accountID
        self.apiID = apiID
        self.stage = stage
        self.lambdaPolicies = lambdaPolicies
        self.clock = clock
        self.requestIDs = requestIDs
        self.maximumBodyBytes = maximumBodyBytes
        self.traceHeader = traceHeader
        self.tracer = tracer
    }

    /// `arn:aws:execute-api:REGION:ACCOUNT:API/STAGE/METHOD/PATH` for a resource path.
    public func sourceARN(method: String, resourcePath: String) -> String {
        let path = resourcePath.hasPrefix("/") ? String(resourcePath.dropFirst()) : resourcePath
        return "arn:aws:execute-api:\(region):\(accountID):\(apiID)/\(stage.name)/\(method)/\(path)"
    }

    var domainName: String { "\(apiID).execute-api.\(region).amazonaws.com" }
}
