@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The permissive parser's one-pass readings of common shapes against its general path (the
/// transcription of json-smart): the same value or the same error, message and position, for
/// every input either path could see.
@Suite struct PermissiveFastPathTests {
    /// The result of a parse as text, errors included, for comparing the two paths.
    static func outcome(_ text: String, fastPaths: Bool) -> String {
        do {
            let value = try JSONValue.parsePermissive(text, maxDepth: JSONValue.defaultMaxDepth, fastPaths: fastPaths)
            return "value \(typedDump(value))"
        } catch {
            return "error \(error.kind) \(error.message) at \(error.position) (\(error.line):\(error.column))"
        }
    }

    static func mismatches(_ texts: [String]) -> [String] {
        texts.compactMap { text in
            let fast = outcome(text, fastPaths: true)
            let general = outcome(text, fastPaths: false)
            return fast == general ? nil : "\(text.debugDescription): fast \(fast) / general \(general)"
        }
    }

    /// Number texts of every shape json-smart's permissive mode treats differently: signs,
    /// leading zeros, missing digits on either side of the point, exponents with and without
    /// signs or digits, long exponents, huge and tiny values, and text glued to the number.
    static let numbers: [String] = [
        "0", "-0", "00", "-00", "007", "-007", "1", "-1", "12345678901234567890123",
        "0.5", "-0.5", ".5", "-.5", "5.", "-5.", "5..5", "1.2.3", "-", "--1", "+1",
        "1e5", "1E5", "1e+5", "1E+5", "1e-5", "1E-05", "1e", "1e+", "1e-", "1E", "1.e5", ".e5",
        "1e123456789", "1e1234567890", "1e-1234567890", "-1e999", "1e400", "1e-400", "2.5e-324",
        "1.7976931348623157e308", "4.9e-324", "16.990000000000002", "9.99", "0.1e1", "1e5e5",
        "1x", "1 x", "1-2", "1+2", "1.5x", "1e5x", "1e5 5", "0x1F", "1_000", "NaN", "1~", "1é",
        "1\u{1A}", "1\t", "1 \n ", "-\u{1A}",
    ]

    @Test func numbersInEveryPosition() {
        var texts: [String] = []
        for number in Self.numbers {
            for space in ["", " ", "\n\t ", "\u{1A}"] {
                texts.append(number + space)
                texts.append("[" + number + space + "]")
                texts.append("[" + number + space + ",2]")
                texts.append("[" + number + space + ":2]")
                texts.append("[" + number + space + "}")
                texts.append("{\"a\":" + number + space + "}")
                texts.append("{\"a\":" + number + space + ",\"b\":2}")
                texts.append("{\"a\":" + number + space + "]")
                texts.append("{\"a\":" + number + space + ":")
                texts.append("{\"a\":" + number + space)
                texts.append("[" + number + space)
            }
        }
        #expect(Self.mismatches(texts) == [])
    }

    @Test func randomNumbersAndSurroundings() {
        var random = SplitMix(seed: 42)
        let pieces = ["-", "0", "1", "9", "5", ".", "e", "E", "+", "-", " ", ",", "]", "}", ":", "x", "\u{1A}", "\n"]
        var texts: [String] = []
        for _ in 0..<20_000 {
            var number = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                number += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            switch Int.random(in: 0...2, using: &random) {
            case 0: texts.append(number)
            case 1: texts.append("[" + number + "]")
            default: texts.append("{\"k\": " + number + "}")
            }
        }
        #expect(Self.mismatches(texts) == [])
    }

    /// Large documents are parsed with the builder's caches: the same number texts repeated
    /// many times must come back the same from the cache.
    @Test func numbersInALargeDocument() {
        let readable = Self.numbers.filter { Self.outcome("{\"a\":\($0)}", fastPaths: false).hasPrefix("value") }
        #expect(readable.count > 40)
        let members = readable.enumerated().map { "\"n\($0.offset)\": \($0.element)" }
        let object = "{" + members.joined(separator: ", ") + "}"
        let text = "[" + Array(repeating: object, count: 20).joined(separator: ",\n") + "]"
        #expect(text.utf8.count > JSONTreeBuilder.cachedDocumentLength)
        #expect(Self.mismatches([text]) == [])
        let array = "[" + Array(repeating: "1, 2.5, -0, 1e5, 16.990000000000002", count: 100).joined(separator: ", ") + "]"
        #expect(Self.mismatches([array]) == [])
    }
}
