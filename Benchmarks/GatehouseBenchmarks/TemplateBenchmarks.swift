import Foundation
import GatehouseMapping

/// Renders each case in `Benchmarks/cases/` (the Velocity oracle's case format): the template is
/// parsed once, and every render parses the body again, as API Gateway does per request.
/// `scripts/bench-templates` puts these figures beside the oracle's own `--bench` for the same cases.
func templateBenchmarks() -> [Benchmark] {
    let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("cases")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
        .filter { $0.hasSuffix(".json") }.sorted() ?? []
    return files.compactMap { file in
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path),
            let mappingCase = try? MappingCase(json: String(decoding: data, as: UTF8.self)),
            let template = try? MappingTemplate(source: mappingCase.template, name: file)
        else { return nil }
        let input = mappingCase.input
        return Benchmark(group: "template", name: String(file.dropLast(5)), bytes: input.body.utf8.count) {
            (try? template.render(input).body.utf8.count) ?? -1
        }
    }
}
