import Foundation
import GatehouseMapping
import GatehouseTestSupport
import Testing

/// One conformance case: `Corpus/<group>/<name>.json` with the oracle's output beside it in
/// `<name>.out` (or `<name>.err` when Velocity fails), and AWS's output in the case's `"aws"`
/// field where recorded AWS behaviour differs from the oracle. A case whose construct is a known
/// difference (listed in docs/differences.md) names it in `"difference"` and pins Gatehouse's own
/// output in `"gatehouse"`, so the difference stays exactly as documented.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    let path: String
    var name: String { path.components(separatedBy: "/Corpus/").last ?? path }
    var testDescription: String { name }

    static let all: [CorpusCase] = RepositoryRoot.files(under: "Tests/GatehouseMappingTests/Corpus", suffix: ".json")
        .map { CorpusCase(path: $0) }

    var stem: String { String(path.dropLast(5)) }

    func text(_ suffix: String) -> String? {
        FileManager.default.contents(atPath: stem + suffix).map { String(decoding: $0, as: UTF8.self) }
    }
}

@Suite("Conformance corpus (oracle-recorded)")
struct CorpusTests {
    @Test("the corpus holds at least 400 cases")
    func corpusSize() {
        #expect(CorpusCase.all.count >= 400)
    }

    @Test("renders as AWS does", arguments: CorpusCase.all)
    func renders(_ corpusCase: CorpusCase) throws {
        let source = try #require(corpusCase.text(".json"))
        let mappingCase = try MappingCase(json: source)
        let fields = try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String: Any] ?? [:]
        let awsExpectation = fields["aws"] as? String
        let documentedOutput = fields["gatehouse"] as? String
        if documentedOutput != nil {
            #expect(fields["difference"] is String, "a \"gatehouse\" output must name its documented difference")
            #expect(corpusCase.text(".out") != documentedOutput, "the documented difference no longer differs from the oracle")
        }
        let result: Result<String, any Error>
        do {
            let template = try MappingTemplate(source: mappingCase.template)
            result = .success(try template.render(mappingCase.input).body)
        } catch {
            result = .failure(error)
        }
        if let expected = documentedOutput ?? awsExpectation ?? corpusCase.text(".out") {
            switch result {
            case .success(let actual):
                #expect(actual == expected, "\(Golden.difference(expected: expected, actual: actual))")
            case .failure(let error):
                Issue.record("expected output, got error: \(error)")
            }
        } else {
            let oracleError = try #require(corpusCase.text(".err"), "no .out or .err beside \(corpusCase.name)")
            if case .success(let actual) = result {
                Issue.record("Velocity fails (\(oracleError)), we rendered: \(actual.debugDescription)")
            }
        }
    }
}
