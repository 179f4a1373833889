import Foundation
import GatehouseVTL
import Testing

/// Developer aid: with VTL_ADHOC=DIR, renders every DIR/*.json case (plain Velocity, no
/// `$input`) and compares with the oracle's DIR/*.out / *.err, printing differences.
@Suite struct VTLAdhocOracleTests {
    @Test func adhocDirectory() throws {
        guard let dir = ProcessInfo.processInfo.environment["VTL_ADHOC"] else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
        for f in files {
            let path = dir + "/" + f
            guard let data = FileManager.default.contents(atPath: path),
                  let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let template = obj["template"] as? String else { continue }
            let stem = String(path.dropLast(5))
            let expected = FileManager.default.contents(atPath: stem + ".out").map { String(decoding: $0, as: UTF8.self) }
            var actual: String
            do {
                let ctx = VTLContext()
                ctx.nullEqualsEmptyString = false
                actual = try VTLTemplate(source: template).render(ctx)
            } catch {
                actual = "<error: \(error.message)>"
            }
            let ok = expected.map { $0 == actual } ?? actual.hasPrefix("<error")
            print("ADHOC \(ok ? "OK  " : "DIFF") \(f): \(template.debugDescription)\n   oracle: \(expected?.debugDescription ?? "<error>")\n   ours:   \(actual.debugDescription)")
        }
    }
}
