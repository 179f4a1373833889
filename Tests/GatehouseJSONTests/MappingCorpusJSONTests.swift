import Foundation
import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The mapping-template corpus (Tests/GatehouseMappingTests/Corpus/{jsonpath,input}) was rendered
/// by the Velocity/Jayway/json-smart oracle. Templates made only of `$input.json(...)` and
/// `$input.path(...)` lines are replayed here without Velocity: body parsed as `$input` parses it,
/// path compiled and read, result printed as `$input.json` (json-smart) or `$input.path`
/// (Java `toString`, null as nothing) prints it, or the oracle's error reproduced.
@Suite struct MappingCorpusJSONTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: String
        var calls: [(method: String, path: String)]
        var output: String?
        var error: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for folder in ["jsonpath", "input"] {
            let directory = RepositoryRoot.path("Tests/GatehouseMappingTests/Corpus/\(folder)")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            for file in names {
                let base = directory + "/" + String(file.dropLast(5))
                guard let data = FileManager.default.contents(atPath: base + ".json"),
                    let spec = try? JSONParser.parse(String(decoding: data, as: UTF8.self), mode: .strict),
                    let template = spec["template"]?.stringValue,
                    let calls = parseCalls(template)
                else { continue }
                let output = FileManager.default.contents(atPath: base + ".out").map { String(decoding: $0, as: UTF8.self) }
                let error = FileManager.default.contents(atPath: base + ".err").map { String(decoding: $0, as: UTF8.self) }
                guard output != nil || error != nil else { continue }
                cases.append(Case(name: "\(folder)/\(file)", body: spec["body"]?.stringValue ?? "", calls: calls, output: output, error: error))
            }
        }
        return cases
    }()

    /// Lines of `$input.json('...')` / `$input.path("...")` with literal paths, or nil.
    static func parseCalls(_ template: String) -> [(method: String, path: String)]? {
        var calls: [(method: String, path: String)] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            var method = ""
            var rest = Substring(line)
            for m in ["json", "path"] where rest.hasPrefix("$input.\(m)(") {
                method = m
                rest = rest.dropFirst("$input.\(m)(".count)
            }
            guard !method.isEmpty, let quote = rest.first, quote == "'" || quote == "\"", rest.hasSuffix("\(quote))"), rest.count >= 3 else { return nil }
            var inner = String(rest.dropFirst().dropLast(2))
            // Velocity escapes a quote inside a string literal by doubling it.
            inner = inner.replacingOccurrences(of: "\(quote)\(quote)", with: "\(quote)")
            if inner.contains("\(quote)") { return nil }
            // A double-quoted literal interpolates references: keep only paths without them.
            if quote == "\"", inner.range(of: #"\$!?\{?[A-Za-z]"#, options: .regularExpression) != nil { return nil }
            calls.append((method, inner))
        }
        return calls.isEmpty ? nil : calls
    }

    @Test(arguments: cases)
    func replaysOracle(_ c: Case) {
        var lines: [String] = []
        var thrown: String?
        let document: Result<JSONValue, JSONError> = Result { () throws(JSONError) in
            try JSONParser.parse(c.body.isEmpty ? "{}" : c.body, mode: .permissive)
        }
        for call in c.calls {
            let value: JSONValue?
            do throws(JSONPathError) {
                let path = try JSONPath(call.path)
                switch document {
                case .failure(let error):
                    thrown = "com.jayway.jsonpath.InvalidJsonException: net.minidev.json.parser.ParseException: \(error.message)"
                    value = nil
                case .success(let root):
                    switch try path.evaluate(root) {
                    case .value(let v): value = v
                    case .missing: value = nil
                    case .list(let l): value = .array(l)
                    }
                }
            } catch {
                thrown = error.description
                value = nil
            }
            if thrown != nil { break }
            if call.method == "json" {
                lines.append(value.map(JSONSerializer.jsonSmart) ?? "null")
            } else {
                lines.append(value?.javaToString ?? "")
            }
        }
        if let expectedError = c.error {
            #expect(thrown.map { expectedError.contains("threw exception \($0) at template") } == true, "\(thrown ?? "no error"); oracle: \(expectedError)")
        } else {
            #expect(thrown == nil)
            #expect(lines.joined(separator: "\n") == c.output)
        }
    }

    @Test func coversTheCorpus() {
        #expect(Self.cases.count >= 90)
    }
}
