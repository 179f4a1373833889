import Foundation
import GatehouseJSON
import GatehouseMapping

/// Renders each case in `Benchmarks/cases/` (the Velocity oracle's case format): the template is
/// parsed once, and every render parses the body again, as API Gateway does per request.
/// `scripts/bench-templates` puts these figures beside the oracle's own `--bench` for the same cases.
///
/// `template-body/NAME` times only the body's permissive JSON parse that every render of NAME
/// includes, so the engine's own share of `template/NAME` can be read off.
func templateBenchmarks() -> [Benchmark] {
    let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("cases")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
        .filter { $0.hasSuffix(".json") }.sorted() ?? []
    var renders: [Benchmark] = []
    var parses: [Benchmark] = []
    for file in files {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path),
            let mappingCase = try? MappingCase(json: String(decoding: data, as: UTF8.self)),
            let template = try? MappingTemplate(source: mappingCase.template, name: file)
        else { continue }
        let input = mappingCase.input
        let name = String(file.dropLast(5))
        renders.append(Benchmark(group: "template", name: name, bytes: input.body.utf8.count) {
            (try? template.render(input).body.utf8.count) ?? -1
        })
        parses.append(Benchmark(group: "template-body", name: name, bytes: input.body.utf8.count) {
            guard case .object(let object)? = try? JSONParser.parse(input.body, mode: .permissive) else { return -1 }
            return object.count
        })
    }
    return renders + parses
}
