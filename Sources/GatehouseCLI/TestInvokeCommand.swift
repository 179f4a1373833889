import ArgumentParser
import Foundation
import Gatehouse
import GatehouseServer

/// `gatehouse test-invoke API.yaml METHOD PATH`: runs one request through the pipeline as the
/// console's Test button (TestInvokeMethod) does, and prints the response and the execution log.
struct TestInvokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-invoke",
        abstract: "Run one request through an API definition and print the execution log.",
        discussion: """
            PATH is the resource path without the stage (as TestInvokeMethod takes it), e.g. /pets/7;
            a query string may follow it or be given with --query. Lambda functions are called through
            --lambda-endpoint (any Lambda Invoke API endpoint) or run as local commands with
            --function NAME=COMMAND (the event on standard input, the result on standard output).
            HTTP integrations are called for real.
            """
    )

    @Argument(help: "The OpenAPI 3 / Swagger 2 export (YAML or JSON) with x-amazon-apigateway extensions.")
    var definition: String

    @Argument(help: "The HTTP method.")
    var method: String

    @Argument(help: "The resource path, without the stage (/pets/7?limit=2).")
    var path: String

    @Option(name: .customLong("header"), help: "A request header, NAME:VALUE (repeatable).")
    var headers: [String] = []

    @Option(help: "The query string (a=1&b=2).")
    var query: String?

    @Option(help: "The request body.")
    var body: String?

    @Option(name: .customLong("body-file"), help: "Read the request body from a file (- for standard input).")
    var bodyFile: String?

    @Option(help: "The stage name (default: prod for REST APIs, $default for HTTP APIs).")
    var stage: String?

    @OptionGroup var deployment: DeploymentOptions

    @Flag(help: "Print TestInvokeMethod's response shape as JSON.")
    var json = false

    @Flag(
        name: .customLong("check-content"),
        help: "Check that each rendered template's output parses as its media type (JSON, XML); report the first error with line and column, exit 1 if one does not.")
    var checkContent = false

    func run() async throws {
        let api: APIDefinition
        do {
            api = try OpenAPIImporter.load(path: definition)
        } catch {
            throw ValidationError(error.description)
        }
        let stageName = stage ?? (api.kind == .http ? "$default" : "prod")
        var deployedStage = Stage(name: stageName)
        for (name, value) in try deployment.variables() {
            deployedStage.variables[name] = value
        }
        var lambdaPolicies: [String: LambdaPermissionPolicy] = [:]
        for (name, file) in try deployment.policyFiles() {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            do {
                lambdaPolicies[name] = try LambdaPermissionPolicy(json: String(decoding: data, as: UTF8.self))
            } catch {
                throw ValidationError("\(file): \(error.description)")
            }
        }
        let commands = try deployment.commands()
        let lambda: any IntegrationBackend =
            deployment.lambdaEndpoint.map { LambdaInvokeBackend(endpoint: $0) as any IntegrationBackend } ?? CommandBackend(functions: commands)
        let environment = GatewayEnvironment(stage: deployedStage, lambdaPolicies: lambdaPolicies)
        let pipeline = Pipeline(
            api: api, environment: environment, backend: RoutingBackend(lambda: lambda, http: HTTPBackend()),
            options: PipelineOptions(checksContent: checkContent))

        var target = path.hasPrefix("/") ? path : "/" + path
        if stageName != "$default" { target = "/" + stageName + (target == "/" ? "" : target) }
        if let query, !query.isEmpty { target += (target.contains("?") ? "&" : "?") + query }
        var headerFields = HeaderFields()
        for header in headers {
            guard let colon = header.firstIndex(of: ":") else { throw ValidationError("--header takes NAME:VALUE, not '\(header)'") }
            headerFields.append(String(header[..<colon]).trimmingCharacters(in: .whitespaces), String(header[header.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        var bodyBytes = Array((body ?? "").utf8)
        if let bodyFile {
            let data = bodyFile == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: bodyFile)
            guard let data else { throw ValidationError("cannot read \(bodyFile)") }
            bodyBytes = Array(data)
        }
        let (requestPath, requestQuery) = target.firstIndex(of: "?").map { (String(target[..<$0]), String(target[target.index(after: $0)...])) } ?? (target, "")
        let request = GatewayRequest(method: method, path: requestPath, query: requestQuery, headers: headerFields, body: bodyBytes)
        let result = await pipeline.invoke(request)
        print(json ? Self.json(result, checks: checkContent) : Self.text(result, checks: checkContent), terminator: "")
        if checkContent && !result.contentCheckFailures.isEmpty { throw ExitCode.failure }
    }

    /// The content-check section: one line per template whose output did not parse.
    static func checks(_ result: InvocationResult) -> String {
        if result.contentCheckFailures.isEmpty { return "Content checks: every rendered template parses as its media type\n" }
        var out = "Content checks failed:\n"
        for report in result.contentCheckFailures { out += "  \(report)\n" }
        return out
    }

    /// Status, headers and body, then the log.
    static func text(_ result: InvocationResult, checks: Bool = false) -> String {
        var out = "Status: \(result.response.statusCode)\n"
        out += "Latency: \(result.latencyMilliseconds) ms\n"
        out += "Response headers:\n"
        for (name, value) in result.response.headers { out += "  \(name): \(value)\n" }
        out += "Response body:\n\(result.response.bodyText)\n\n"
        if checks { out += Self.checks(result) + "\n" }
        out += result.log.description
        return out
    }

    /// TestInvokeMethod's response shape.
    static func json(_ result: InvocationResult, checks: Bool = false) -> String {
        var headers = JSONObjectBuilder()
        var multi = JSONObjectBuilder()
        for (name, values) in result.response.headers.multiValues {
            headers.add(name, "\"" + escape(values.last ?? "") + "\"")
            multi.add(name, "[" + values.map { "\"" + escape($0) + "\"" }.joined(separator: ",") + "]")
        }
        // Gatehouse's own member, only with --check-content (TestInvokeMethod has no such field).
        let contentChecks = checks ? ",\"gatehouseContentChecks\":[" + result.contentCheckFailures.map { "\"" + escape($0.description) + "\"" }.joined(separator: ",") + "]" : ""
        return """
            {"status":\(result.response.statusCode),"body":"\(escape(result.response.bodyText))","headers":\(headers.text),"multiValueHeaders":\(multi.text),"log":"\(escape(result.log.description))","latency":\(result.latencyMilliseconds)\(contentChecks)}

            """
    }

    struct JSONObjectBuilder {
        var members: [String] = []
        mutating func add(_ key: String, _ rawValue: String) { members.append("\"" + escape(key) + "\":" + rawValue) }
        var text: String { "{" + members.joined(separator: ",") + "}" }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
