import GatehouseJSON
import Testing

/// Every case in Fixtures/jsonpath-cases.json was read by Jayway JsonPath 2.0.0 over json-smart
/// 2.2 with SUPPRESS_EXCEPTIONS, as API Gateway reads `$input.path`/`$input.json`
/// (scripts/probes/JsonPathProbe.java over Fixtures/jsonpath-inputs.json).
@Suite struct JSONPathFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var doc: String
        var path: String
        var expected: JSONValue
        var testDescription: String { "\(doc): \(path)" }
    }

    static let docs: JSONObject = Fixtures.load("jsonpath-inputs.json")["docs"]!.objectValue!

    static let cases: [Case] = Fixtures.load("jsonpath-cases.json").arrayValue!.map {
        Case(doc: $0["doc"]!.stringValue!, path: $0["path"]!.stringValue!, expected: $0)
    }

    @Test(arguments: cases)
    func matchesJayway(_ c: Case) throws {
        let document = try JSONValue.parsePermissive(Self.docs[c.doc]!.stringValue!)
        let compiled: JSONPath
        do {
            compiled = try JSONPath(c.path)
        } catch {
            #expect(c.expected["error"]?.stringValue == error.description)
            return
        }
        guard let dump = c.expected["dump"]?.stringValue else {
            Issue.record("Jayway threw \(c.expected["error"]?.stringValue ?? "?"), Gatehouse compiled it")
            return
        }
        #expect(compiled.isDefinite == c.expected["definite"]?.boolValue)
        let result = try compiled.evaluate(document)
        #expect(typedDump(result.jsonValue) == dump)
        #expect(result.jsonSmartString == c.expected["json"]?.stringValue)
        switch result {
        case .list: #expect(!compiled.isDefinite)
        case .value, .missing: #expect(compiled.isDefinite)
        }
    }

    @Test func caseCount() {
        #expect(Self.cases.count >= 300)
    }
}
