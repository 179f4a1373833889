import Foundation
import Gatehouse
import GatehouseJSON
import Logging

/// Builds a pipeline from inline YAML with a fixed clock and sequential request ids.
func makePipeline(
    _ yaml: String,
    stage: Stage = Stage(name: "prod"),
    policies: [String: LambdaPermissionPolicy] = [:],
    backend: any IntegrationBackend = NoBackend(),
    maximumBodyBytes: Int = 10 * 1024 * 1024,
    logger: Logger = Logger(label: "test"),
    options: PipelineOptions = PipelineOptions()
) throws -> Pipeline {
    let api = try OpenAPIImporter.load(text: yaml, file: "test.yaml")
    let environment = GatewayEnvironment(
        stage: stage, lambdaPolicies: policies, clock: FixedClock(epochSeconds: 1_795_576_809), requestIDs: SequentialRequestIDs(),
        maximumBodyBytes: maximumBodyBytes)
    return Pipeline(api: api, environment: environment, backend: backend, logger: logger, options: options)
}

/// A log handler that keeps what it is given, for exact expectations on the pipeline's logs.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    struct Entry: Equatable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let lock = NSLock()
    private var stored: [Entry] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        var merged: [String: String] = [:]
        for (key, value) in metadata { merged[key] = "\(value)" }
        for (key, value) in explicit ?? [:] { merged[key] = "\(value)" }
        lock.withLock { stored.append(Entry(level: level, message: message.description, metadata: merged)) }
    }

    var entries: [Entry] { lock.withLock { stored } }

    /// A logger writing here (each `Logger` copy shares this handler's storage).
    func logger() -> Logger {
        Logger(label: "test") { _ in self }
    }
}

/// A Lambda stand-in that records the payload it got and answers with `result`.
final class RecordingBackend: IntegrationBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [IntegrationCall] = []
    let answer: @Sendable (IntegrationCall) throws -> IntegrationResult

    init(_ answer: @escaping @Sendable (IntegrationCall) throws -> IntegrationResult) {
        self.answer = answer
    }

    func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        lock.withLock { calls.append(call) }
        return try answer(call)
    }

    var lastCall: IntegrationCall? {
        lock.lock()
        defer { lock.unlock() }
        return calls.last
    }
}

func headerList(_ headers: HeaderFields) -> [String] {
    headers.map { "\($0.name): \($0.value)" }
}

let lambdaURI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/invocations"
