import ArgumentParser
import Foundation
import Gatehouse

/// `gatehouse check API.yaml`: renders every mapping template of a definition against sample
/// inputs and reports each template whose output does not parse as its content type.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every mapping template renders well-formed output for its content type.",
        discussion: """
            Each request template, integration response template and gateway response template is
            rendered and its output parsed as the media type it is mapped under (JSON: application/json
            and */*+json; XML: application/xml, text/xml and */*+xml; other types are rendered, not
            parsed). A request template whose integration maps a static Content-Type header is checked
            against that header instead (a SOAP template keyed application/json that sends text/xml).

            Inputs are the example requests of the API (samples/requests/NAME/*.json when the definition
            is samples/apis/NAME/FILE, or --requests DIR) that route to the template's method; a method
            no example reaches is rendered once with an empty body and no parameters. Response templates
            see an empty integration body.

            Prints one line per malformed output (file, JSON pointer of the template, input, first
            error with line and column) and a summary; exits 1 when any template is malformed.
            """
    )

    @Argument(help: "The OpenAPI 3 / Swagger 2 export (YAML or JSON) with x-amazon-apigateway extensions.")
    var definition: String

    @Option(help: "A folder of example requests (default: samples/requests/NAME next to samples/apis/NAME).")
    var requests: String?

    @Option(help: "The stage the example paths use (default: the samples' gatehouse.json, else prod; $default for HTTP APIs).")
    var stage: String?

    func run() throws {
        let api: APIDefinition
        do {
            api = try OpenAPIImporter.load(path: definition)
        } catch {
            throw ValidationError(error.description)
        }
        let definitionURL = URL(fileURLWithPath: definition)
        let folder = definitionURL.deletingLastPathComponent()
        let name = folder.lastPathComponent
        var requestsFolder = requests
        if requestsFolder == nil, folder.deletingLastPathComponent().lastPathComponent == "apis" {
            let candidate = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("requests").appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: candidate) { requestsFolder = candidate }
        }
        var stageName = stage
        if stageName == nil, let data = FileManager.default.contents(atPath: folder.appendingPathComponent("gatehouse.json").path),
            let settings = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            stageName = settings["stage"] as? String
        }
        let deployed = Stage(name: stageName ?? (api.kind == .http ? "$default" : "prod"))

        var inputs: [TemplateChecker.Input] = []
        if let requestsFolder {
            do {
                inputs = try SampleCase.load(folder: requestsFolder, api: name).map { TemplateChecker.Input(name: "sample \($0.name)", request: $0.request) }
            } catch {
                throw ValidationError(error.description)
            }
        }
        let environment = GatewayEnvironment(stage: deployed, clock: FixedClock(epochSeconds: 1_795_576_809), requestIDs: SequentialRequestIDs())
        let report = TemplateChecker(api: api, environment: environment).check(inputs: inputs)
        print(report.text(file: definitionURL.lastPathComponent), terminator: "")
        if !report.isClean { throw ExitCode.failure }
    }
}
