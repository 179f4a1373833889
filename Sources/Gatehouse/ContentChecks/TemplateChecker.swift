import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseXML

/// Renders every mapping template of a definition against sample inputs and checks that each
/// output parses as the media type the template is mapped under (`gatehouse check`).
///
/// Inputs: the example requests that route to the template's method (a request template only
/// gets the requests whose `Content-Type` selects it); when none do, one empty input (no body, no
/// parameters). Response templates get each input's parameters and an empty integration body, as
/// the examples do not say what the backend answers. Gateway response templates get the empty
/// input and an error context.
///
/// The media type is the template's key, except for a request template when the integration
/// maps a static `Content-Type` header (a SOAP template keyed `application/json` that sends
/// `text/xml`): then it is that header's value. Media types other than JSON and XML are rendered
/// (so a template that fails is still reported) but not parsed.
public struct TemplateChecker: Sendable {
    /// One named request to render templates for (an example from `samples/requests`).
    public struct Input: Sendable {
        public var name: String
        public var request: GatewayRequest
        public init(name: String, request: GatewayRequest) {
            self.name = name
            self.request = request
        }
    }

    /// A template that rendered malformed output, or did not render.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Problem: Sendable, Hashable {
            case malformed(ContentCheckFailure)
            case renderFailed(String)
        }

        /// JSON pointer of the template in the definition.
        public var template: String
        public var mediaType: String
        /// The input's name (`empty input` when there was no example).
        public var input: String
        public var problem: Problem

        /// `at POINTER (INPUT): PROBLEM`.
        public var description: String {
            switch problem {
            case .malformed(let failure): return "at \(template) (\(input)): \(failure)"
            case .renderFailed(let message): return "at \(template) (\(input)): does not render: \(message)"
            }
        }
    }

    /// What a check found.
    public struct Report: Sendable {
        /// Templates rendered (each counted once, whatever the number of inputs).
        public var templatesChecked: Int
        /// Renders, over all inputs.
        public var renders: Int
        public var findings: [Finding]

        public var isClean: Bool { findings.isEmpty }

        /// One line per finding (`FILE: at POINTER (INPUT): PROBLEM`), then a summary line.
        public func text(file: String) -> String {
            var out = ""
            for finding in findings { out += "\(file): \(finding.description)\n" }
            let templates = templatesChecked == 1 ? "1 template" : "\(templatesChecked) templates"
            let renders = renders == 1 ? "1 render" : "\(renders) renders"
            let bad = Set(findings.map(\.template)).count
            out += "\(templates) checked (\(renders)): " + (bad == 0 ? "all well-formed\n" : "\(bad) with malformed output\n")
            return out
        }
    }

    public var api: APIDefinition
    public var environment: GatewayEnvironment

    public init(api: APIDefinition, environment: GatewayEnvironment = GatewayEnvironment(clock: FixedClock(epochSeconds: 1_795_576_809), requestIDs: SequentialRequestIDs())) {
        self.api = api
        self.environment = environment
    }

    public static let emptyInputName = "empty input"

    /// Checks every template with `inputs` (example requests, paths with the stage).
    public func check(inputs: [Input]) -> Report {
        let pipeline = Pipeline(api: api, environment: environment)
        var report = Report(templatesChecked: 0, renders: 0, findings: [])

        // Which inputs reach which method.
        var routed: [Int: [(Input, InvocationRun)]] = [:]
        for input in inputs {
            let run = InvocationRun(pipeline: pipeline, request: input.request)
            guard run.route() == nil, let method = run.method, let index = api.methods.firstIndex(where: { $0.pointer == method.pointer }) else { continue }
            routed[index, default: []].append((input, run))
        }

        for (index, method) in api.methods.enumerated() {
            let integration = method.integration
            var candidates = routed[index] ?? []
            if candidates.isEmpty {
                candidates = [(Input(name: Self.emptyInputName, request: Self.emptyRequest(method, stage: environment.stage)), Self.emptyRun(pipeline, method))]
            }
            for (key, template) in integration.requestTemplates {
                var selected = candidates.filter { (MediaType.essence($0.0.request.headers["Content-Type"]) ?? "application/json") == key }
                if selected.isEmpty {
                    selected = [(Input(name: Self.emptyInputName, request: Self.emptyRequest(method, stage: environment.stage)), Self.emptyRun(pipeline, method))]
                }
                let mediaType = selected[0].1.requestTemplateMediaType(integration, key: key)
                report.templatesChecked += 1
                for (input, run) in selected {
                    check(template, mediaType: mediaType, body: input.request.bodyText, run: run, input: input.name, into: &report)
                }
            }
            for response in integration.responses {
                for (key, template) in response.responseTemplates {
                    report.templatesChecked += 1
                    for (input, run) in candidates {
                        check(template, mediaType: key, body: "", run: run, input: input.name, into: &report)
                    }
                }
            }
        }

        let errorRun = Self.emptyRun(pipeline, nil)
        for type in GatewayResponseType.allCases {
            guard let definition = api.gatewayResponses[type] else { continue }
            var context = errorRun.context
            context["error"] = [
                "message": "Gatehouse check", "messageString": "\"Gatehouse check\"", "responseType": .string(type.rawValue), "validationErrorString": "",
            ]
            errorRun.context = context
            for (key, template) in definition.templates {
                report.templatesChecked += 1
                check(template, mediaType: key, body: "", run: errorRun, input: "gateway response \(type.rawValue)", into: &report)
            }
        }
        return report
    }

    private func check(_ template: CompiledTemplate, mediaType: String, body: String, run: InvocationRun, input: String, into report: inout Report) {
        report.renders += 1
        let mappingInput = MappingInput(body: body, parameters: run.mappingParameters, context: run.context, stageVariables: environment.stage.variables)
        let output: MappingOutput
        do {
            output = try template.template.render(mappingInput)
        } catch {
            report.findings.append(Finding(template: template.pointer, mediaType: mediaType, input: input, problem: .renderFailed(error.description)))
            return
        }
        if let failure = ContentCheck.validate(output.body, mediaType: mediaType) {
            report.findings.append(Finding(template: template.pointer, mediaType: mediaType, input: input, problem: .malformed(failure)))
        }
    }

    /// A request for `method` with no body and no parameters.
    static func emptyRequest(_ method: APIMethod, stage: Stage) -> GatewayRequest {
        let prefix = stage.name == "$default" ? "" : "/" + stage.name
        return GatewayRequest(method: method.httpMethod == "ANY" ? "GET" : method.httpMethod, path: prefix + (method.path.isDefaultRoute ? "/" : method.path.text))
    }

    /// A run placed on `method` without routing (empty path parameters), for the empty input.
    static func emptyRun(_ pipeline: Pipeline, _ method: APIMethod?) -> InvocationRun {
        let request = method.map { emptyRequest($0, stage: pipeline.environment.stage) } ?? GatewayRequest(method: "GET", path: "/")
        let run = InvocationRun(pipeline: pipeline, request: request)
        run.method = method
        run.context = run.makeContext()
        return run
    }
}
