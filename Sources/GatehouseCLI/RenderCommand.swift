import ArgumentParser
import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseVTL
import OrderedCollections

/// `gatehouse render`: renders one mapping template as API Gateway would and prints exactly
/// the output, nothing added.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a mapping template as API Gateway would.",
        discussion: """
            The body comes from --body, --body-file (use - for standard input), or a case file.
            A case file (--case) is the oracle's format: {"template", "body", "params", "context",
            "stageVariables"}. --batch DIR renders every DIR/NAME.json into DIR/NAME.gh.out (or
            NAME.gh.err). --bench N renders N times after a warm-up and prints ns per render.
            """
    )

    @Argument(help: "The template file (omit with --case or --batch).")
    var template: String?

    @Option(help: "The body text.")
    var body: String?

    @Option(name: .customLong("body-file"), help: "Read the body from a file (- for standard input).")
    var bodyFile: String?

    @Option(name: .customLong("path"), help: "A path parameter, NAME=VALUE (repeatable).")
    var pathParameters: [String] = []

    @Option(name: .customLong("query"), help: "A query string parameter, NAME=VALUE (repeatable).")
    var queryParameters: [String] = []

    @Option(name: .customLong("header"), help: "A header, NAME=VALUE or NAME:VALUE (repeatable).")
    var headers: [String] = []

    @Option(name: .customLong("stage-variable"), help: "A stage variable, NAME=VALUE (repeatable).")
    var stageVariables: [String] = []

    @Option(help: "$context as a JSON object (or @FILE).")
    var context: String?

    @Option(name: .customLong("case"), help: "Render a case file.")
    var caseFile: String?

    @Option(help: "Render every DIR/NAME.json case into NAME.gh.out or NAME.gh.err.")
    var batch: String?

    @Option(help: "Render N times after a warm-up and print the time per render.")
    var bench: Int?

    @Flag(name: .customLong("velocity-compat"), help: "Follow plain Velocity where AWS differs (null == \"\" is false; an empty $input.body is empty text).")
    var velocityCompatible = false

    var dialect: MappingDialect { velocityCompatible ? .velocity : .apiGateway }

    func run() throws {
        if let batch {
            try runBatch(directory: batch)
            return
        }
        let mappingCase = try loadCase()
        let template: MappingTemplate
        do {
            template = try MappingTemplate(source: mappingCase.template, name: self.template.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "template")
        } catch {
            throw CLIError(message: error.description)
        }
        if let bench {
            try runBench(template: template, input: mappingCase.input, count: bench)
            return
        }
        do {
            let output = try template.render(mappingCase.input, dialect: dialect)
            FileHandle.standardOutput.write(Data(output.body.utf8))
        } catch {
            throw CLIError(message: error.description)
        }
    }

    private func loadCase() throws -> MappingCase {
        if let caseFile {
            return try readCase(at: caseFile)
        }
        guard let templatePath = template else {
            throw ValidationError("Give a template file, --case FILE or --batch DIR.")
        }
        var input = MappingInput()
        if let body {
            input.body = body
        } else if let bodyFile {
            input.body = try readText(bodyFile)
        }
        input.parameters = MappingParameters(
            path: try pairs(pathParameters, option: "--path"),
            querystring: try pairs(queryParameters, option: "--query"),
            header: try pairs(headers, option: "--header", allowColon: true)
        )
        input.stageVariables = try pairs(stageVariables, option: "--stage-variable")
        if let context {
            let text = context.hasPrefix("@") ? try readText(String(context.dropFirst())) : context
            guard case .object(let object)? = try? JSONParser.parse(text, mode: .strict) else {
                throw ValidationError("--context must be a JSON object.")
            }
            input.context = object
        }
        return MappingCase(template: try readText(templatePath), input: input)
    }

    private func readCase(at path: String) throws -> MappingCase {
        do {
            return try MappingCase(json: try readText(path))
        } catch let error as MappingCaseError {
            throw CLIError(message: "\(path): \(error.message)")
        }
    }

    private func runBatch(directory: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        for file in files {
            let stem = (directory as NSString).appendingPathComponent(String(file.dropLast(5)))
            let result: Result<String, any Error>
            do {
                let mappingCase = try readCase(at: "\(stem).json")
                let template = try MappingTemplate(source: mappingCase.template)
                result = .success(try template.render(mappingCase.input, dialect: dialect).body)
            } catch {
                result = .failure(error)
            }
            switch result {
            case .success(let output):
                try Data(output.utf8).write(to: URL(fileURLWithPath: "\(stem).gh.out"))
                try? FileManager.default.removeItem(atPath: "\(stem).gh.err")
            case .failure(let error):
                try Data(String(describing: error).utf8).write(to: URL(fileURLWithPath: "\(stem).gh.err"))
                try? FileManager.default.removeItem(atPath: "\(stem).gh.out")
            }
        }
    }

    /// Parse once, render many: the body is parsed on every render, as API Gateway does.
    private func runBench(template: MappingTemplate, input: MappingInput, count: Int) throws {
        guard count > 0 else { throw ValidationError("--bench needs a positive count.") }
        var characters = 0
        let warmUp = max(1000, count / 5)
        do {
            for _ in 0..<warmUp { characters &+= try template.render(input, dialect: dialect).body.utf16.count }
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<count { characters &+= try template.render(input, dialect: dialect).body.utf16.count }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            print("\(elapsed / UInt64(count)) ns/render (\(count) renders, output chars \(characters))")
        } catch {
            throw CLIError(message: error.description)
        }
    }

    private func pairs(_ values: [String], option: String, allowColon: Bool = false) throws -> OrderedDictionary<String, String> {
        var result = OrderedDictionary<String, String>()
        for value in values {
            let separator = value.firstIndex(of: "=") ?? (allowColon ? value.firstIndex(of: ":") : nil)
            guard let separator else { throw ValidationError("\(option) takes NAME=VALUE, not '\(value)'.") }
            let name = String(value[..<separator])
            var rest = value[value.index(after: separator)...]
            if allowColon, value[separator] == ":" { rest = rest.drop { $0 == " " } }
            result[name] = String(rest)
        }
        return result
    }
}

/// Reads a file (or standard input for `-`) as UTF-8 text.
func readText(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw CLIError(message: "cannot read \(path)")
        }
        data = contents
    }
    return String(decoding: data, as: UTF8.self)
}

/// A failure reported to the user as one message on standard error, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
