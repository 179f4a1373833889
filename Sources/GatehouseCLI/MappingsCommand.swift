import ArgumentParser
import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseXML

/// `gatehouse mappings`: the library of mapping templates in `mappings/`, each proven by its
/// examples. `list` shows it, `show` prints one template exactly, `test` renders the examples and
/// shows any difference as a diff.
struct MappingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mappings",
        abstract: "List, print and test the library of mapping templates (mappings/).",
        discussion: """
            Each template lives in mappings/<group>/<name>/template.vtl with a README.md and
            examples/<example>/{case.json, expected.txt}. NAME is <group>/<name>, or just <name>
            when that is unique; `test` also takes <name>/<example>. The library is found in
            --library, $GATEHOUSE_MAPPINGS, or the mappings/ folder of the current directory or
            the nearest one above it.
            """,
        subcommands: [List.self, Show.self, Test.self],
        defaultSubcommand: List.self
    )

    struct LibraryOptions: ParsableArguments {
        @Option(help: "The library folder (default: ./mappings or the nearest one above).")
        var library: String?

        func load() throws -> MappingLibrary {
            try MappingLibrary(root: try MappingLibrary.locate(library))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the templates, one a line.")

        @OptionGroup var options: LibraryOptions

        func run() throws {
            let library = try options.load()
            let width = library.templates.map(\.id.count).max() ?? 0
            for template in library.templates {
                let padding = String(repeating: " ", count: width - template.id.count)
                let count = template.examples.count
                print("\(template.id)\(padding)  \(template.title) (\(count) example\(count == 1 ? "" : "s"))")
            }
            let examples = library.templates.reduce(0) { $0 + $1.examples.count }
            print("\(library.templates.count) templates, \(examples) examples in \(library.root)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a template exactly as it is pasted into API Gateway.",
            discussion: "With --readme, print its README and the list of its examples instead."
        )

        @OptionGroup var options: LibraryOptions

        @Argument(help: "The template: <group>/<name> or <name>.")
        var name: String

        @Flag(help: "Print the README and the examples instead of the template.")
        var readme = false

        func run() throws {
            let library = try options.load()
            let template = try library.template(named: name)
            if readme {
                print(template.readme.trimmingCharacters(in: .whitespacesAndNewlines))
                print("")
                print("Template: \(template.directory)/template.vtl")
                print("Examples:")
                for example in template.examples {
                    print("  \(example.name): \(example.description)")
                }
            } else {
                FileHandle.standardOutput.write(Data(template.source.utf8))
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the examples and compare them with their expected output.",
            discussion: """
                Renders every example (of NAME, or of the whole library) with Gatehouse and
                compares the output with expected.txt byte for byte, the $context overrides with
                expected-overrides.json, and, for examples with an xmlBody, Gatehouse's XML-to-JSON
                conversion with the body. Prints a diff for each difference; exits 1 if any.
                """
        )

        @OptionGroup var options: LibraryOptions

        @Argument(help: "A template (<group>/<name> or <name>) or one example (<name>/<example>); default: all.")
        var name: String?

        @Flag(name: .shortAndLong, help: "Print a line for every example, not only failures.")
        var verbose = false

        func run() throws {
            let library = try options.load()
            let examples = try library.examples(matching: name)
            var failed = 0
            for (template, example) in examples {
                let problems = example.check(template: template)
                if problems.isEmpty {
                    if verbose { print("ok    \(template.id)/\(example.name)") }
                } else {
                    failed += 1
                    print("FAIL  \(template.id)/\(example.name)")
                    for problem in problems {
                        print(problem.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }.joined(separator: "\n"))
                    }
                }
            }
            print("\(examples.count - failed) of \(examples.count) examples passed")
            if failed > 0 { throw ExitCode.failure }
        }
    }
}

/// The templates under a `mappings/` folder.
struct MappingLibrary {
    let root: String
    let templates: [LibraryTemplate]

    init(root: String) throws {
        self.root = root
        let files = FileManager.default
        var found: [LibraryTemplate] = []
        let groups = (try? files.contentsOfDirectory(atPath: root))?.sorted() ?? []
        for group in groups {
            let groupPath = (root as NSString).appendingPathComponent(group)
            let names = (try? files.contentsOfDirectory(atPath: groupPath))?.sorted() ?? []
            for name in names {
                let directory = (groupPath as NSString).appendingPathComponent(name)
                if files.fileExists(atPath: (directory as NSString).appendingPathComponent("template.vtl")) {
                    found.append(try LibraryTemplate(group: group, name: name, directory: directory))
                }
            }
        }
        guard !found.isEmpty else { throw CLIError(message: "no templates in \(root)") }
        self.templates = found
    }

    /// `--library`, `$GATEHOUSE_MAPPINGS`, or `mappings/` here or in the nearest folder above.
    static func locate(_ given: String?) throws -> String {
        if let given { return given }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GATEHOUSE_MAPPINGS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            let candidate = directory.appendingPathComponent("mappings")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate.path
            }
            if directory.path == "/" { break }
            directory.deleteLastPathComponent()
        }
        throw CLIError(message: "no mappings/ folder here or above; use --library PATH or GATEHOUSE_MAPPINGS")
    }

    func template(named name: String) throws -> LibraryTemplate {
        let matches = templates.filter { $0.id == name || $0.name == name }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            let close = templates.filter { $0.id.contains(name) }.map(\.id)
            let hint = close.isEmpty ? "" : " (did you mean \(close.prefix(5).joined(separator: ", "))?)"
            throw CLIError(message: "no template named \(name)\(hint); `gatehouse mappings list` shows them")
        }
        throw CLIError(message: "\(name) is ambiguous: \(matches.map(\.id).joined(separator: ", "))")
    }

    /// Every example of the library, of one template, or one example (`name/example`).
    func examples(matching name: String?) throws -> [(LibraryTemplate, LibraryExampleCase)] {
        guard let name else {
            return templates.flatMap { template in template.examples.map { (template, $0) } }
        }
        if let template = try? template(named: name) {
            return template.examples.map { (template, $0) }
        }
        let slash = name.lastIndex(of: "/")
        guard let slash else { _ = try template(named: name); return [] }
        let template = try template(named: String(name[..<slash]))
        let exampleName = String(name[name.index(after: slash)...])
        guard let example = template.examples.first(where: { $0.name == exampleName }) else {
            throw CLIError(message: "\(template.id) has no example \(exampleName) (it has \(template.examples.map(\.name).joined(separator: ", ")))")
        }
        return [(template, example)]
    }
}

/// One template of the library: its source, README and examples.
struct LibraryTemplate {
    let group: String
    let name: String
    let directory: String
    let source: String
    let readme: String
    let examples: [LibraryExampleCase]

    var id: String { "\(group)/\(name)" }

    /// The README's `# Title`, or the name.
    var title: String {
        for line in readme.split(separator: "\n") where line.hasPrefix("# ") {
            return String(line.dropFirst(2))
        }
        return name
    }

    init(group: String, name: String, directory: String) throws {
        self.group = group
        self.name = name
        self.directory = directory
        guard let source = readFile((directory as NSString).appendingPathComponent("template.vtl")) else {
            throw CLIError(message: "cannot read \(directory)/template.vtl")
        }
        self.source = source
        self.readme = readFile((directory as NSString).appendingPathComponent("README.md")) ?? ""
        let examplesPath = (directory as NSString).appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesPath))?.sorted() ?? []
        self.examples = names.compactMap { example in
            let path = (examplesPath as NSString).appendingPathComponent(example)
            guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("case.json")) else { return nil }
            return LibraryExampleCase(name: example, directory: path)
        }
    }
}

/// One example: `case.json`, `expected.txt` and maybe `expected-overrides.json`.
struct LibraryExampleCase {
    let name: String
    let directory: String

    private func file(_ name: String) -> String? {
        readFile((directory as NSString).appendingPathComponent(name))
    }

    var description: String {
        guard let text = file("case.json"), let document = try? JSONParser.parse(text, mode: .strict) else { return "" }
        return document["description"]?.stringValue ?? ""
    }

    /// What is wrong with this example when rendered with Gatehouse (nothing: an empty list).
    func check(template: LibraryTemplate) -> [String] {
        guard let caseText = file("case.json") else { return ["cannot read case.json"] }
        guard let expected = file("expected.txt") else { return ["no expected.txt (run scripts/mappings-record)"] }
        var problems: [String] = []
        let document: JSONValue
        var mappingCase: MappingCase
        do {
            document = try JSONParser.parse(caseText, mode: .strict)
            mappingCase = try MappingCase(document: document)
        } catch {
            return ["case.json: \(error)"]
        }
        if document["checked"]?.stringValue != "velocity-oracle" {
            problems.append("case.json does not record \"checked\": \"velocity-oracle\"")
        }
        if let xml = document["xmlBody"]?.stringValue {
            problems += checkConversion(xml: xml, body: mappingCase.input.body, conversion: document["conversion"])
        }
        mappingCase.template = template.source
        let output: MappingOutput
        do {
            let compiled = try MappingTemplate(source: template.source, name: "\(template.id)/template.vtl")
            output = try compiled.render(mappingCase.input)
        } catch {
            problems.append("rendering failed: \(error)")
            return problems
        }
        if output.body != expected {
            problems.append(TextDiff.unified(expected: expected, actual: output.body))
        }
        let expectedOverrides: MappingOverrides
        if let text = file("expected-overrides.json") {
            do {
                expectedOverrides = try MappingOverrides(json: text)
            } catch {
                problems.append("expected-overrides.json: \(error)")
                return problems
            }
        } else {
            expectedOverrides = MappingOverrides()
        }
        let actualOverrides = MappingOverrides(output)
        if actualOverrides != expectedOverrides {
            problems.append("overrides differ\n  expected: \(expectedOverrides)\n  actual:   \(actualOverrides)")
        }
        return problems
    }

    /// The example's `body` must be what Gatehouse's XML-to-JSON step makes of its `xmlBody`.
    private func checkConversion(xml: String, body: String, conversion: JSONValue?) -> [String] {
        var options = XMLConversionOptions()
        if let settings = conversion?["options"]?.objectValue {
            for (key, value) in settings {
                switch key {
                case "localNames": options.namespaces = value.boolValue == true ? .localNames : .keepPrefixes
                case "typed": options.typedValues = value.boolValue == true
                case "trim": options.trimsText = value.boolValue == true
                case "keepEncodedNames": options.decodesNames = value.boolValue != true
                case "unwrapRoot": options.unwrapsRoot = value.boolValue == true
                case "forceArray": options.forceArray = Set((value.arrayValue ?? []).compactMap(\.stringValue))
                default: return ["conversion option \(key) is not supported by `mappings test`"]
                }
            }
        }
        do {
            let converted = try XMLToJSON(options: options).convert(xml)
            let given = try JSONParser.parse(body, mode: .strict)
            if converted != given {
                return ["body is not the XML-to-JSON conversion of xmlBody; the conversion gives:\n\(converted.jsonString)"]
            }
            return []
        } catch {
            return ["converting xmlBody failed: \(error)"]
        }
    }
}

private func readFile(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}
