import Foundation
import GatehouseJSON
import OrderedCollections

/// A `gatehouse.json`: what an export does not say, for local runs (stage, stage variables,
/// local commands for functions and services, Lambda resource policies). `samples/README.md`
/// describes the format.
///
/// Relative paths (policy files) and the commands' working directory are the *root*: for a file
/// at `ROOT/apis/NAME/gatehouse.json` (the samples layout) that is `ROOT`, otherwise the folder
/// holding the file.
public struct LocalSettings: Sendable {
    /// The stage name, when the file names one.
    public var stage: String?
    public var stageVariables: OrderedDictionary<String, String>
    /// Function name → command line.
    public var functions: [String: [String]]
    /// URL prefix → command line standing in for an HTTP service.
    public var services: [String: [String]]
    /// Function name → policy file, resolved against `root`.
    public var lambdaPolicyFiles: OrderedDictionary<String, String>
    /// The folder relative paths are resolved against and commands run in.
    public var root: String

    /// The file name looked for beside a definition.
    public static let fileName = "gatehouse.json"

    /// The `gatehouse.json` in the definition's folder, if there is one.
    public static func file(beside definition: String) -> String? {
        let folder = (definition as NSString).deletingLastPathComponent
        let path = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// `ROOT` for `ROOT/apis/NAME/gatehouse.json`, else the file's folder.
    public static func root(forFileAt path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let apiFolder = (folder.isEmpty ? "." : folder) as NSString
        let parent = apiFolder.deletingLastPathComponent as NSString
        if parent.lastPathComponent == "apis" {
            let root = parent.deletingLastPathComponent
            return root.isEmpty ? "." : root
        }
        return apiFolder as String
    }

    /// Reads the file at `path`; `name` is how errors name it. An absent file is empty settings.
    public init(path: String, root: String? = nil, name: String? = nil) throws(DefinitionError) {
        let name = name ?? path
        self.name = name
        self.root = root ?? Self.root(forFileAt: path)
        var config = JSONValue.object([:])
        if let data = FileManager.default.contents(atPath: path) {
            guard let parsed = JSONText.parse(String(decoding: data, as: UTF8.self)), case .object = parsed else {
                throw DefinitionError(file: name, pointer: "", problem: "not valid JSON")
            }
            config = parsed
        }
        stage = config["stage"]?.stringValue
        stageVariables = [:]
        if case .object(let object)? = config["stageVariables"] {
            for (key, value) in object { stageVariables[key] = value.stringValue ?? value.compactJSONText }
        }
        func commands(_ key: String) -> [String: [String]] {
            var result: [String: [String]] = [:]
            if case .object(let object)? = config[key] {
                for (name, command) in object { result[name] = command.arrayValue?.compactMap(\.stringValue) ?? [] }
            }
            return result
        }
        functions = commands("functions")
        services = commands("services")
        lambdaPolicyFiles = [:]
        if case .object(let policies)? = config["lambdaPolicies"] {
            for (function, file) in policies {
                lambdaPolicyFiles[function] = (self.root as NSString).appendingPathComponent(file.stringValue ?? "")
            }
        }
    }

    /// How errors name the file.
    var name: String

    /// The policy files read and parsed; an unreadable file names the function.
    public func lambdaPolicies() throws(DefinitionError) -> [String: LambdaPermissionPolicy] {
        var result: [String: LambdaPermissionPolicy] = [:]
        for (function, path) in lambdaPolicyFiles {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DefinitionError(file: name, pointer: "/lambdaPolicies/\(function)", problem: "cannot read \(path)")
            }
            result[function] = try LambdaPermissionPolicy(json: String(decoding: data, as: UTF8.self))
        }
        return result
    }
}
