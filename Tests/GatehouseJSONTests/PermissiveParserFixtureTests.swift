import GatehouseJSON
import Testing

/// Every case in Fixtures/parser-cases.json was run through json-smart 2.2 as API Gateway runs it
/// (scripts/probes/JsonSmartProbe.java); Gatehouse must give the same value, Java types, printed
/// form, or the same error message and position.
@Suite struct PermissiveParserFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: JSONValue
        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = Fixtures.load("parser-cases.json").arrayValue!.map {
        Case(input: $0["input"]!.stringValue!, expected: $0)
    }

    @Test(arguments: cases)
    func matchesJsonSmart(_ c: Case) {
        let result = Result { () throws(JSONError) in try JSONValue.parsePermissive(c.input) }
        if let dump = c.expected["dump"]?.stringValue {
            guard case .success(let value) = result else {
                Issue.record("expected \(dump), got \(result)")
                return
            }
            #expect(typedDump(value) == dump)
            #expect(value.jsonSmartString == c.expected["json"]?.stringValue)
        } else if let message = c.expected["error"]?.stringValue {
            guard case .failure(let error) = result else {
                Issue.record("expected error \(message), got \(result)")
                return
            }
            #expect(error.message == message)
            #expect(error.position == c.expected["position"]?.numberValue?.intValue)
            #expect(error.jsonSmartErrorType == c.expected["errorType"]?.numberValue?.intValue)
        } else if let exception = c.expected["exception"]?.stringValue {
            guard case .failure(let error) = result else {
                Issue.record("expected exception \(exception), got \(result)")
                return
            }
            #expect(error.kind == .numberFormat)
            #expect((error.message.isEmpty ? "java.lang.NumberFormatException" : "java.lang.NumberFormatException: " + error.message) == exception)
        }
    }

    @Test func caseCount() {
        #expect(Self.cases.count >= 200)
    }
}
