import GatehouseJSON
import Testing

/// 5,000 random texts built from JSON-ish pieces (scripts/probes/random-parser-inputs.py), each
/// run through json-smart 2.2 as API Gateway runs it (JsonSmartProbe): Gatehouse must build the
/// same Java values, print them the same, or fail with the same message, position and type.
@Suite struct PermissiveParserRandomTests {
    @Test func matchesJsonSmartOnRandomTexts() {
        let cases = Fixtures.load("parser-random-cases.json").arrayValue!
        #expect(cases.count == 5000)
        var mismatches: [String] = []
        for c in cases {
            let input = c["input"]!.stringValue!
            let got: String
            do {
                let value = try JSONParser.parse(input, mode: .permissive)
                got = "dump=\(typedDump(value)) json=\(JSONSerializer.jsonSmart(value))"
            } catch {
                if error.kind == .numberFormat {
                    got = "exception=java.lang.NumberFormatException" + (error.message.isEmpty ? "" : ": " + error.message)
                } else {
                    got = "error=\(error.message) position=\(error.position) type=\(error.jsonSmartErrorType)"
                }
            }
            let want: String
            if let dump = c["dump"]?.stringValue {
                want = "dump=\(dump) json=\(c["json"]!.stringValue!)"
            } else if let message = c["error"]?.stringValue {
                want = "error=\(message) position=\(c["position"]!.numberValue!.text) type=\(c["errorType"]!.numberValue!.text)"
            } else {
                want = "exception=\(c["exception"]!.stringValue!)"
            }
            if got != want { mismatches.append("\(input.debugDescription): java \(want) / gatehouse \(got)") }
        }
        #expect(mismatches == [])
    }

    @Test func bigDecimalErrorsAsJDK17WordsThem() {
        func message(_ text: String) -> String? {
            do {
                _ = try JSONParser.parse(text, mode: .permissive)
                return nil
            } catch {
                return error.kind == .numberFormat ? error.message : "ParseException: \(error.message)"
            }
        }
        // Probed with JsonSmartProbe: json-smart hands BigDecimal only some malformed texts (the
        // others become strings); these are the ones that reach it.
        let p = "1234567890123456789"
        #expect(message(p + "e+") == "")
        #expect(message("-" + p + "e+") == "")
        #expect(message(p + "e12345678901") == "Too many nonzero exponent digits.")
        #expect(message(p + "e") == nil)
        #expect(message(p + "e+-") == nil)
        #expect(message(p + "-1") == nil)
        #expect(message(p + ".5.5") == nil)
    }
}
