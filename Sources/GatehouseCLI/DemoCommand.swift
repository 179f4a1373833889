import ArgumentParser
import Foundation
import Gatehouse

/// `gatehouse demo`: runs every sample API's example requests (samples/requests) against each of
/// its exports, with the local commands in samples/backends standing in for the functions and
/// services, and prints one line per request.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the sample APIs' example requests through the pipeline."
    )

    @Option(help: "The samples folder.")
    var samples: String = "samples"

    @Flag(help: "Also print each request's execution log.")
    var verbose = false

    func run() async throws {
        let suite: SampleSuite
        do {
            suite = try SampleSuite(root: samples)
        } catch {
            throw ValidationError(error.description)
        }
        guard !suite.apis.isEmpty else { throw ValidationError("no sample APIs under \(samples)/apis") }
        var total = 0
        var failed = 0
        for api in suite.apis {
            let exports = api.exports.map { URL(fileURLWithPath: $0).lastPathComponent }
            print("\(api.name) (\(exports.joined(separator: ", ")))")
            for export in api.exports {
                let pipeline: Pipeline
                do {
                    pipeline = try api.pipeline(export: export)
                } catch {
                    print("  ✗ \(error.description)")
                    failed += 1
                    continue
                }
                let exportName = URL(fileURLWithPath: export).lastPathComponent
                for sample in api.cases {
                    total += 1
                    let result = await pipeline.invoke(sample.request)
                    let mismatch = sample.mismatch(result.response)
                    if mismatch != nil { failed += 1 }
                    let target = sample.request.path + (sample.request.query.isEmpty ? "" : "?" + sample.request.query)
                    let line = "\(sample.request.method) \(target) → \(result.response.statusCode)"
                    let label = api.exports.count > 1 ? "\(sample.name) [\(exportName)]" : sample.name
                    print("  \(mismatch == nil ? "✓" : "✗") \(label.padding(toLength: 40, withPad: " ", startingAt: 0)) \(line)")
                    if let mismatch { print("      \(mismatch)") }
                    if verbose { print(result.log.description.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")) }
                }
            }
        }
        print("\(total) requests, \(total - failed) as expected")
        if failed > 0 { throw ExitCode.failure }
    }
}
