import Foundation
import Gatehouse
import GatehouseTestSupport
import Testing

/// Every request in samples/requests runs against every export of its API (samples/apis), with
/// the local commands in samples/backends standing in for the functions and services.
@Suite("Samples")
struct SamplesTests {
    struct Run: Sendable, CustomTestStringConvertible {
        var sample: SampleCase
        var api: SampleAPI
        var export: String
        var testDescription: String { "\(sample.api)/\(sample.name) (\(URL(fileURLWithPath: export).lastPathComponent))" }
    }

    static let suite: SampleSuite? = try? SampleSuite(root: RepositoryRoot.path("samples"))

    static var runs: [Run] {
        guard let suite else { return [] }
        return suite.apis.flatMap { api in api.exports.flatMap { export in api.cases.map { Run(sample: $0, api: api, export: export) } } }
    }

    @Test func samplesLoad() throws {
        let suite = try SampleSuite(root: RepositoryRoot.path("samples"))
        #expect(suite.apis.map(\.name) == ["greetings-http", "greetings-rest", "notes-cors", "orders-http", "pets-lambda", "soap-orders"])
        #expect(suite.apis.allSatisfy { !$0.cases.isEmpty })
        for api in suite.apis {
            for export in api.exports { _ = try OpenAPIImporter.load(path: export) }
        }
    }

    @Test(arguments: runs)
    func sample(_ run: Run) async throws {
        let pipeline = try run.api.pipeline(export: run.export)
        let result = await pipeline.invoke(run.sample.request)
        let mismatch = run.sample.mismatch(result.response)
        #expect(mismatch == nil, "\(mismatch ?? "")\n\(result.log)")
    }
}
