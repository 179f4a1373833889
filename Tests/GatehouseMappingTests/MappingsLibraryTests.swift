import Foundation
import GatehouseJSON
import GatehouseMapping
import GatehouseTestSupport
import Testing

/// One example of the mapping-template library: `mappings/<group>/<name>/examples/<example>/`
/// holding `case.json` (the inputs, in the oracle's case format without `template`),
/// `expected.txt` (the exact output) and, for templates that set `$context.responseOverride` or
/// `requestOverride`, `expected-overrides.json`. The template is `mappings/<group>/<name>/template.vtl`.
struct LibraryExample: Sendable, CustomTestStringConvertible {
    /// The example's folder.
    let directory: String

    /// `group/name/example`.
    var name: String {
        let parts = directory.split(separator: "/").map(String.init)
        guard parts.count >= 4 else { return directory }
        return "\(parts[parts.count - 4])/\(parts[parts.count - 3])/\(parts[parts.count - 1])"
    }

    var testDescription: String { name }

    /// The template's folder (`mappings/<group>/<name>`).
    var templateDirectory: String {
        URL(fileURLWithPath: directory).deletingLastPathComponent().deletingLastPathComponent().path
    }

    static let all: [LibraryExample] = RepositoryRoot.files(under: "mappings", suffix: "case.json")
        .filter { $0.hasSuffix("/case.json") }
        .map { LibraryExample(directory: URL(fileURLWithPath: $0).deletingLastPathComponent().path) }

    static let templates: [String] = RepositoryRoot.files(under: "mappings", suffix: "template.vtl")

    func text(_ file: String, in folder: String? = nil) -> String? {
        let path = ((folder ?? directory) as NSString).appendingPathComponent(file)
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}

@Suite("Mapping-template library (mappings/)")
struct MappingsLibraryTests {
    @Test("the library holds at least 30 templates and 60 examples")
    func librarySize() {
        #expect(LibraryExample.templates.count >= 30)
        #expect(LibraryExample.all.count >= 60)
    }

    @Test("every template has a README and at least one example")
    func everyTemplateIsDocumentedAndProven() {
        for template in LibraryExample.templates {
            let folder = URL(fileURLWithPath: template).deletingLastPathComponent().path
            #expect(FileManager.default.fileExists(atPath: folder + "/README.md"), "no README.md in \(folder)")
            let examples = LibraryExample.all.filter { $0.templateDirectory == folder }
            #expect(!examples.isEmpty, "no examples for \(folder)")
        }
    }

    @Test("renders exactly the expected output", arguments: LibraryExample.all)
    func renders(_ example: LibraryExample) throws {
        let caseText = try #require(example.text("case.json"), "no case.json in \(example.directory)")
        var mappingCase = try MappingCase(json: caseText)
        mappingCase.template = try #require(example.text("template.vtl", in: example.templateDirectory), "no template.vtl for \(example.name)")
        let expected = try #require(example.text("expected.txt"), "no expected.txt in \(example.directory) (run scripts/mappings-record)")
        #expect(try checkedByOracle(caseText), "\(example.name): case.json must say \"checked\": \"velocity-oracle\"")

        let template = try MappingTemplate(source: mappingCase.template, name: "\(example.name)/template.vtl")
        let output = try template.render(mappingCase.input)
        #expect(output.body == expected, "\(example.name) differs from expected.txt:\n\(TextDiff.unified(expected: expected, actual: output.body))")

        let expectedOverrides = try example.text("expected-overrides.json").map { try MappingOverrides(json: $0) } ?? MappingOverrides()
        let actualOverrides = MappingOverrides(output)
        #expect(actualOverrides == expectedOverrides, "\(example.name): overrides differ\n  expected: \(expectedOverrides)\n  actual:   \(actualOverrides)")
    }

    private func checkedByOracle(_ caseText: String) throws -> Bool {
        let document = try JSONParser.parse(caseText, mode: .strict)
        return document["checked"]?.stringValue == "velocity-oracle"
    }
}
