import Foundation
import GatehouseJSON

/// Runs a local command per call, standing in for a Lambda function or an HTTP service.
///
/// - Lambda: the command gets the invocation payload (the event) on standard input (and the
///   trace header, when there is one, in `_X_AMZN_TRACE_ID`) and writes the function's result
///   to standard output. A non-zero exit status is a function error
///   (`X-Amz-Function-Error: Unhandled`); its output should then be Lambda's error shape,
///   `{"errorMessage": "...", "errorType": "..."}`.
/// - HTTP: the command gets `{"method", "url", "headers", "body"}` on standard input and writes
///   `{"statusCode", "headers", "body"}`.
///
/// A command still running when the call's timeout passes is terminated and the call fails with
/// `IntegrationFailure.timeout`.
public struct CommandBackend: IntegrationBackend {
    /// Function name → command line.
    public var functions: [String: [String]]
    /// URL prefix → command line (the longest prefix wins).
    public var services: [String: [String]]
    /// Working directory for the commands.
    public var directory: String?
    public var environment: [String: String]
    /// Whether the commands' standard error reaches ours (a function's logs); off by default, as
    /// a Lambda function's logs never reach the caller.
    public var passesStandardError: Bool

    public init(
        functions: [String: [String]] = [:], services: [String: [String]] = [:], directory: String? = nil, environment: [String: String] = [:],
        passesStandardError: Bool = false
    ) {
        self.functions = functions
        self.services = services
        self.directory = directory
        self.environment = environment
        self.passesStandardError = passesStandardError
    }

    public func invoke(_ call: IntegrationCall) async throws -> IntegrationResult {
        switch call.target {
        case .lambda(let function):
            guard let command = functions[function.name] else {
                throw IntegrationFailure.refused("Function not found: \(function.arn)")
            }
            // As Lambda does, the function gets the trace header in `_X_AMZN_TRACE_ID`.
            var environment = environment
            if let trace = call.headers["X-Amzn-Trace-Id"] { environment["_X_AMZN_TRACE_ID"] = trace }
            let output = try await Self.run(command, input: call.body, timeout: call.timeout, directory: directory, environment: environment, standardError: passesStandardError)
            var headers = HeaderFields()
            headers.append("Content-Type", "application/json")
            if output.status != 0 { headers.append("X-Amz-Function-Error", "Unhandled") }
            // `print` ends the output with a newline that a real function's result does not have.
            var payload = output.stdout
            if payload.last == UInt8(ascii: "\n") { payload.removeLast() }
            return IntegrationResult(statusCode: 200, headers: headers, body: payload, functionError: output.status != 0 ? "Unhandled" : nil)
        case .http(let url):
            guard let (_, command) = services.filter({ url.hasPrefix($0.key) }).max(by: { $0.key.count < $1.key.count }) else {
                throw IntegrationFailure.unreachable("no local service for \(url)")
            }
            var headers = JSONObject()
            for (name, value) in call.headers { headers[name] = .string(value) }
            let request: JSONValue = ["method": .string(call.method), "url": .string(url), "headers": .object(headers), "body": .string(call.bodyText)]
            let output = try await Self.run(command, input: Array(request.compactJSONText.utf8), timeout: call.timeout, directory: directory, environment: environment, standardError: passesStandardError)
            let text = String(decoding: output.stdout, as: UTF8.self)
            guard output.status == 0, let response = JSONText.parse(text), case .object = response else {
                throw IntegrationFailure.unreachable("the local service for \(url) failed (exit \(output.status)): \(text)")
            }
            var result = IntegrationResult(statusCode: response["statusCode"]?.numberValue?.intValue ?? 200, body: response["body"]?.stringValue ?? "")
            if case .object(let fields)? = response["headers"] {
                for (name, value) in fields {
                    switch value {
                    case .string(let single): result.headers.append(name, single)
                    case .array(let list): for item in list { result.headers.append(name, item.stringValue ?? item.compactJSONText) }
                    default: result.headers.append(name, value.compactJSONText)
                    }
                }
            }
            return result
        }
    }

    struct Output {
        var status: Int32
        var stdout: [UInt8]
    }

    /// Runs `command` with `input` on standard input; standard error is passed through or dropped.
    static func run(_ command: [String], input: [UInt8], timeout: Duration, directory: String?, environment: [String: String], standardError: Bool) async throws -> Output {
        guard let executable = command.first else { throw IntegrationFailure.refused("empty command") }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                if executable.contains("/") {
                    process.executableURL = URL(fileURLWithPath: executable)
                    process.arguments = Array(command.dropFirst())
                } else {
                    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                    process.arguments = command
                }
                if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
                if !environment.isEmpty {
                    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
                }
                let stdin = Pipe(), stdout = Pipe()
                process.standardInput = stdin
                process.standardOutput = stdout
                if !standardError { process.standardError = FileHandle.nullDevice }
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: IntegrationFailure.unreachable("cannot run \(executable): \(error)"))
                    return
                }
                let timedOut = TimeoutFlag()
                let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
                let killer = DispatchWorkItem {
                    if process.isRunning {
                        timedOut.set()
                        process.terminate()
                    }
                }
                DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: killer)
                DispatchQueue.global().async {
                    stdin.fileHandleForWriting.write(Data(input))
                    try? stdin.fileHandleForWriting.close()
                }
                let data = stdout.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                killer.cancel()
                if timedOut.value {
                    continuation.resume(throwing: IntegrationFailure.timeout)
                } else {
                    continuation.resume(returning: Output(status: process.terminationStatus, stdout: Array(data)))
                }
            }
        }
    }
}

private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    func set() {
        lock.lock()
        flag = true
        lock.unlock()
    }
    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }
}
