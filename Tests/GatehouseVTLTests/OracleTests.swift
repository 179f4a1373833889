import Foundation
import Testing
@testable import GatehouseVTL

/// The oracle-recorded cases in `OracleCases.swift`, rendered in plain-Velocity mode.
@Suite("Velocity 1.7 oracle cases")
struct OracleTests {
    struct Case: Sendable {
        var group: String
        var template: String
        var output: String?
        var error: String?
    }

    static let cases: [Case] = {
        let data = Data(oracleCasesJSON.utf8)
        guard let array = try? JSONSerialization.jsonObject(with: data) as? [[String: String]] else { return [] }
        return array.map { Case(group: $0["g"] ?? "", template: $0["t"] ?? "", output: $0["o"], error: $0["e"]) }
    }()

    static let groups = ["t1", "t2", "t5", "t6", "expr", "ws1", "ws2", "corpus_pure"]

    @Test("the table holds the recorded cases")
    func tableSize() {
        #expect(Self.cases.count >= 2000)
    }

    @Test("renders as Velocity 1.7 does", arguments: groups)
    func group(_ group: String) {
        for item in Self.cases where item.group == group {
            let result: Result<String, VTLError>
            do {
                let template = try VTLTemplate(source: item.template)
                let context = VTLContext()
                context.nullEqualsEmptyString = false
                result = .success(try template.render(context))
            } catch {
                result = .failure(error)
            }
            switch (result, item.output) {
            case (.success(let actual), .some(let expected)):
                #expect(actual == expected, "template: \(item.template.debugDescription)")
            case (.failure(let error), .some(let expected)):
                Issue.record("template \(item.template.debugDescription): expected \(expected.debugDescription), got \(error)")
            case (.success(let actual), .none):
                Issue.record("template \(item.template.debugDescription): Velocity fails (\(item.error ?? "")), we rendered \(actual.debugDescription)")
            case (.failure, .none):
                break
            }
        }
    }
}
