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
        #expect(output.body == expected, "\(example.name) differs from expected.txt:\n\(LibraryDiff.unified(expected: expected, actual: output.body))")

        let expectedOverrides = try example.text("expected-overrides.json").map { try OverridesSnapshot(json: $0) } ?? OverridesSnapshot()
        let actualOverrides = OverridesSnapshot(output)
        #expect(actualOverrides == expectedOverrides, "\(example.name): overrides differ\n  expected: \(expectedOverrides)\n  actual:   \(actualOverrides)")
    }

    private func checkedByOracle(_ caseText: String) throws -> Bool {
        let document = try JSONParser.parse(caseText, mode: .strict)
        return document["checked"]?.stringValue == "velocity-oracle"
    }
}

/// What a template asked of the gateway through `$context`, compared without regard to order
/// (the oracle records its maps in `HashMap` order).
struct OverridesSnapshot: Equatable, CustomStringConvertible {
    var status: Int?
    var responseHeaders: [String: String] = [:]
    var requestHeader: [String: String] = [:]
    var requestQuerystring: [String: String] = [:]
    var requestPath: [String: String] = [:]

    init() {}

    init(_ output: MappingOutput) {
        status = output.statusOverride
        responseHeaders = Self.plain(output.responseHeaderOverrides)
        requestHeader = Self.plain(output.requestOverrides.header)
        requestQuerystring = Self.plain(output.requestOverrides.querystring)
        requestPath = Self.plain(output.requestOverrides.path)
    }

    /// `expected-overrides.json`: `{"status": 404, "responseHeaders": {...}, "request": {"header",
    /// "querystring", "path"}}`, every part optional.
    init(json text: String) throws {
        let document = try JSONParser.parse(text, mode: .strict)
        if let number = document["status"]?.numberValue {
            status = number.intValue
        } else if let string = document["status"]?.stringValue {
            status = Int(string)
        }
        responseHeaders = Self.strings(document["responseHeaders"])
        requestHeader = Self.strings(document["request"]?["header"])
        requestQuerystring = Self.strings(document["request"]?["querystring"])
        requestPath = Self.strings(document["request"]?["path"])
    }

    private static func plain<Pairs: Sequence>(_ values: Pairs) -> [String: String] where Pairs.Element == (key: String, value: String) {
        Dictionary(values.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    private static func strings(_ value: JSONValue?) -> [String: String] {
        guard let object = value?.objectValue else { return [:] }
        var result: [String: String] = [:]
        for (key, member) in object {
            result[key] = member.stringValue ?? member.numberValue?.text ?? "\(member)"
        }
        return result
    }

    var description: String {
        func show(_ map: [String: String]) -> String {
            "{" + map.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
        return "status \(status.map(String.init) ?? "-"), response headers \(show(responseHeaders)), "
            + "request header \(show(requestHeader)), querystring \(show(requestQuerystring)), path \(show(requestPath))"
    }
}

/// A small line diff for failure messages: `-` expected, `+` actual, with a few lines of context.
enum LibraryDiff {
    static func unified(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table (templates' outputs are small).
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(Character, String)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append((" ", old[i])); i += 1; j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(("-", old[i])); i += 1
            } else {
                lines.append(("+", new[j])); j += 1
            }
        }
        var keep = Array(repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where line.0 != " " {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
        }
        var out = ["--- expected.txt (\(expected.utf8.count) bytes)", "+++ rendered (\(actual.utf8.count) bytes)"]
        var skipped = false
        for (index, line) in lines.enumerated() {
            if keep[index] {
                out.append("\(line.0)\(visible(line.1))")
                skipped = false
            } else if !skipped {
                out.append("@@")
                skipped = true
            }
        }
        if !keep.contains(true) { out.append("(the texts differ only in invisible characters or line ends)") }
        return out.joined(separator: "\n")
    }

    /// Shows carriage returns and tabs, which a diff would otherwise hide.
    private static func visible(_ line: String) -> String {
        line.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
    }
}
