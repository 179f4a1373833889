import Foundation
import GatehouseJSON
import OrderedCollections

/// The `samples/` folder: APIs (`apis/NAME/openapi.yaml`, `swagger.json`, `gatehouse.json`),
/// their example requests with exact expected responses (`requests/NAME/*.json`) and the local
/// commands standing in for their backends (`backends/`). `samples/README.md` describes the
/// formats; `gatehouse demo` and the tests run them.
public struct SampleSuite: Sendable {
    public var root: String
    public var apis: [SampleAPI]

    /// The fixed instant and request ids sample runs use, so logs and events are exact.
    public static let clock = FixedClock(epochSeconds: 1_795_576_809)

    public init(root: String) throws(DefinitionError) {
        self.root = root
        let apisFolder = (root as NSString).appendingPathComponent("apis")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: apisFolder)) ?? []).sorted()
        var apis: [SampleAPI] = []
        for name in names {
            let folder = (apisFolder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            apis.append(try SampleAPI(name: name, root: root))
        }
        self.apis = apis
    }
}

/// One sample API: its exports, its local settings and its example requests.
public struct SampleAPI: Sendable {
    public var name: String
    /// Paths of the exports (`openapi.yaml`, `swagger.json`), each run with every request.
    public var exports: [String]
    public var stage: Stage
    public var functions: [String: [String]]
    public var services: [String: [String]]
    public var lambdaPolicies: [String: LambdaPermissionPolicy]
    public var cases: [SampleCase]
    public var root: String

    init(name: String, root: String) throws(DefinitionError) {
        self.name = name
        self.root = root
        let folder = (root as NSString).appendingPathComponent("apis/\(name)")
        exports = ["openapi.yaml", "openapi.json", "swagger.json", "swagger.yaml"].map { (folder as NSString).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let settings = try LocalSettings(path: (folder as NSString).appendingPathComponent(LocalSettings.fileName), root: root, name: "\(name)/gatehouse.json")
        stage = Stage(name: settings.stage ?? "prod", variables: settings.stageVariables)
        functions = settings.functions
        services = settings.services
        lambdaPolicies = try settings.lambdaPolicies()
        let requestsFolder = (root as NSString).appendingPathComponent("requests/\(name)")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: requestsFolder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        cases = try files.map { file throws(DefinitionError) in
            try SampleCase(path: (requestsFolder as NSString).appendingPathComponent(file), api: name)
        }
    }

    /// The environment sample runs use: fixed clock, sequential request ids.
    public func environment() -> GatewayEnvironment {
        GatewayEnvironment(stage: stage, lambdaPolicies: lambdaPolicies, clock: SampleSuite.clock, requestIDs: SequentialRequestIDs())
    }

    /// Local commands for the API's functions and services, run from the samples folder.
    public func backend() -> CommandBackend {
        CommandBackend(functions: functions, services: services, directory: root)
    }

    public func pipeline(export: String) throws(DefinitionError) -> Pipeline {
        Pipeline(api: try OpenAPIImporter.load(path: export), environment: environment(), backend: backend())
    }
}

extension SampleCase {
    /// The example requests in `folder` (`samples/requests/NAME`), sorted by file name; an
    /// absent folder has none.
    public static func load(folder: String, api: String) throws(DefinitionError) -> [SampleCase] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { file throws(DefinitionError) in
            try SampleCase(path: (folder as NSString).appendingPathComponent(file), api: api)
        }
    }
}

/// One example request and the exact response expected.
public struct SampleCase: Sendable, CustomStringConvertible {
    public var api: String
    public var name: String
    public var summary: String
    public var request: GatewayRequest
    public var expected: GatewayResponse

    public var description: String { "\(api)/\(name)" }

    init(path: String, api: String) throws(DefinitionError) {
        let file = "\(api)/\(URL(fileURLWithPath: path).lastPathComponent)"
        self.api = api
        self.name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let document = JSONText.parse(String(decoding: data, as: UTF8.self)) else {
            throw DefinitionError(file: file, pointer: "", problem: "not valid JSON")
        }
        summary = document["description"]?.stringValue ?? ""
        guard case .object(let request)? = document["request"], let method = request["method"]?.stringValue, let target = request["path"]?.stringValue else {
            throw DefinitionError(file: file, pointer: "/request", problem: "a request needs method and path")
        }
        self.request = GatewayRequest(method: method, target: target, headers: Self.headers(request["headers"]), body: request["body"]?.stringValue ?? "")
        if let encoded = request["bodyBase64"]?.stringValue {
            guard let data = Data(base64Encoded: encoded) else { throw DefinitionError(file: file, pointer: "/request/bodyBase64", problem: "not valid base64") }
            self.request.body = Array(data)
        }
        guard case .object(let response)? = document["response"], let status = response["status"]?.numberValue?.intValue else {
            throw DefinitionError(file: file, pointer: "/response", problem: "a response needs status")
        }
        let body: [UInt8]
        if let text = response["body"]?.stringValue {
            body = Array(text.utf8)
        } else if let json = response["bodyJSON"] {
            body = Array(json.compactJSONText.utf8)
        } else if let encoded = response["bodyBase64"]?.stringValue {
            guard let data = Data(base64Encoded: encoded) else { throw DefinitionError(file: file, pointer: "/response/bodyBase64", problem: "not valid base64") }
            body = Array(data)
        } else {
            body = []
        }
        expected = GatewayResponse(statusCode: status, headers: Self.headers(response["headers"]), body: body)
    }

    static func headers(_ value: JSONValue?) -> HeaderFields {
        var headers = HeaderFields()
        guard case .object(let object)? = value else { return headers }
        for (name, value) in object {
            switch value {
            case .array(let list): for item in list { headers.append(name, item.stringValue ?? item.compactJSONText) }
            default: headers.append(name, value.stringValue ?? value.compactJSONText)
            }
        }
        return headers
    }

    /// Nil when `actual` is exactly the expected response, else what differs.
    public func mismatch(_ actual: GatewayResponse) -> String? {
        var problems: [String] = []
        if actual.statusCode != expected.statusCode { problems.append("status \(actual.statusCode), expected \(expected.statusCode)") }
        if actual.headers != expected.headers {
            problems.append("headers \(Self.describe(actual.headers)), expected \(Self.describe(expected.headers))")
        }
        if actual.body != expected.body { problems.append("body \(actual.bodyText.debugDescription), expected \(expected.bodyText.debugDescription)") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    static func describe(_ headers: HeaderFields) -> String {
        "{" + headers.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
