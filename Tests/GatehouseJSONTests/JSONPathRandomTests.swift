import GatehouseJSON
import Testing

/// 3,000 paths generated at random from Jayway 2.0.0 syntax pieces (valid and broken) over the
/// documents of Fixtures/jsonpath-inputs.json, with what Jayway read for each
/// (scripts/probes/random-jsonpath-cases.py, then JsonPathProbe in chunks).
@Suite struct JSONPathRandomTests {
    @Test func matchesJaywayOnRandomPaths() throws {
        let docs = Fixtures.load("jsonpath-inputs.json")["docs"]!.objectValue!
        var parsed: [String: JSONValue] = [:]
        for (name, text) in docs { parsed[name] = try JSONParser.parse(text.stringValue!, mode: .permissive) }
        let cases = Fixtures.load("jsonpath-random-cases.json").arrayValue!
        #expect(cases.count == 3000)
        var mismatches: [String] = []
        for c in cases {
            let path = c["path"]!.stringValue!
            let document = parsed[c["doc"]!.stringValue!]!
            let got: String
            do {
                let compiled = try JSONPath(path)
                let result = try compiled.evaluate(document)
                got = "definite=\(compiled.isDefinite) dump=\(typedDump(result.jsonValue)) json=\(result.jsonSmartString)"
            } catch {
                got = "error=\(error.description)"
            }
            let want: String
            if let error = c["error"]?.stringValue {
                want = "error=\(error)"
            } else {
                want = "definite=\(c["definite"]!.boolValue!) dump=\(c["dump"]!.stringValue!) json=\(c["json"]!.stringValue!)"
            }
            if got != want { mismatches.append("\(path): java \(want) / gatehouse \(got)") }
        }
        #expect(mismatches == [])
    }

    @Test func aLoneDotIsAScanWithNothingAfterIt() throws {
        // "." is checked for a trailing ".." before "$." is put in front: it compiles to "$..",
        // whose evaluation fails inside Jayway and is suppressed to an empty list.
        let path = try JSONPath(".")
        #expect(!path.isDefinite)
        #expect(try path.evaluate(["a": 1]) == .list([]))
        #expect(throws: JSONPathError.self) { try JSONPath("$..") }
    }
}
