import GatehouseJSON
import GatehouseTestSupport
import Testing

@testable import GatehouseXML

/// The round-trip guarantee of docs/xml-json.md, checked over generated values.
@Suite struct RoundTripTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var random: SplitMix
        init(state: UInt64) { random = SplitMix(seed: state) }
        mutating func below(_ n: Int) -> Int { random.below(n) }

        static let names = ["a", "b", "item", "first name", "2x", "ns:x", "", "@attr", "#text", "_x0041_", "ü", "a.b"]
        static let strings = ["", " ", "x", "a & b < c > d", "\"quoted\"", "line\nbreak", "cr\rlf", "tab\t", "é🚀", "]]>", "12", "true"]

        mutating func value(depth: Int) -> JSONValue {
            switch below(depth > 3 ? 4 : 7) {
            case 0: return .null
            case 1: return .bool(below(2) == 0)
            case 2: return .number(JSONNumber(text: ["0", "-1.5", "1e10", "42"][below(4)]))
            case 3: return .string(Self.strings[below(Self.strings.count)])
            case 4, 5:
                var object = JSONObject()
                for _ in 0..<below(4) { object[Self.names[below(Self.names.count)]] = value(depth: depth + 1) }
                return .object(object)
            default:
                return .array((0..<below(4)).map { _ in value(depth: depth + 1) })
            }
        }
    }

    /// Any JSON value converts to XML; reading that XML back gives the canonical form of the
    /// value, which then survives further round trips unchanged.
    @Test(arguments: 0..<200)
    func anyJSONReachesAFixedPointAfterOneTrip(_ seed: Int) throws {
        var generator = Generator(state: UInt64(seed))
        let value = generator.value(depth: 0)
        var options = XMLConversionOptions()
        options.rootName = "root"
        options.unwrapsRoot = true
        options.typedValues = true
        let xml = try JSONToXML(options: options).convert(value)
        let canonical = try XMLToJSON(options: options).convert(xml)
        let xmlAgain = try JSONToXML(options: options).convert(canonical)
        #expect(try XMLToJSON(options: options).convert(xmlAgain) == canonical)
        #expect(xmlAgain == (try JSONToXML(options: options).convert(try XMLToJSON(options: options).convert(xmlAgain))))
        // Indentation never changes what the XML says.
        options.indent = 3
        #expect(try XMLToJSON(options: options).convert(try JSONToXML(options: options).convert(canonical)) == canonical)
    }

    /// Canonical values (shapes XML → JSON produces) survive JSON → XML → JSON exactly.
    @Test func canonicalValuesSurviveExactly() throws {
        let values: [JSONValue] = [
            ["a": nil],
            ["a": "text"],
            ["a": ["@x": "1"]],
            ["a": ["@x": "1", "#text": "t"]],
            ["a": ["b": ["1", "2"], "c": ["d": nil]]],
            ["a": ["#mixed": ["x ", ["b": "y"], " z"]]],
            ["p:a": ["@xmlns:p": "urn:p", "@p:c": "2", "p:b": "1"]],
            ["a": ["first name": "Ada", "2fa": "yes", "ns:x": "undeclared"]],
        ]
        for value in values {
            let xml = try JSONToXML().convert(value)
            #expect(try XMLToJSON().convert(xml) == value, "\(xml)")
        }
    }

    /// What non-canonical input becomes: the normalizations docs/xml-json.md lists.
    @Test func normalizations() throws {
        var options = XMLConversionOptions()
        options.rootName = "r"
        options.unwrapsRoot = true
        func trip(_ value: JSONValue) throws -> JSONValue {
            try XMLToJSON(options: options).convert(try JSONToXML(options: options).convert(value))
        }
        #expect(try trip(["n": 1, "b": true]) == ["n": "1", "b": "true"])
        #expect(try trip(["s": ""]) == ["s": nil])
        #expect(try trip(["o": [:]]) == ["o": nil])
        #expect(try trip(["one": ["x"], "none": []]) == ["one": "x"])
        #expect(try trip(["m": [[1, 2], [3]]]) == ["m": [["item": ["1", "2"]], ["item": "3"]]])
        #expect(try trip(["e": ["b": "1", "@x": "2"]]) == ["e": ["@x": "2", "b": "1"]])
        #expect(try trip(["t": ["#text": "hi", "b": "1"]]) == ["t": ["#mixed": ["hi", ["b": "1"]]]])
        #expect(try trip(["@context": ["k": "v"]]) == ["_x0040_context": ["k": "v"]])
        #expect(try trip(["a": ["@n": nil]]) == ["a": nil])
        options.typedValues = true
        #expect(try trip(["n": 1, "s": "1"]) == ["n": 1, "s": 1])
    }
}
