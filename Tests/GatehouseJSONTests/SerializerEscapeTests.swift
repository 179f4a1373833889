import GatehouseJSON
import Testing

/// json-smart 2.2 `JSONValue.toJSONString` of `"a" + code point + "b"` at the edges of its
/// escaping ranges (scripts/probes/EscapeProbe.java), and the standard writers on the same text.
@Suite struct SerializerEscapeTests {
    static let jsonSmart: [(UInt32, String)] = [
        (0x0, "\"a\\u0000b\""),
        (0x1, "\"a\\u0001b\""),
        (0x8, "\"a\\bb\""),
        (0x9, "\"a\\tb\""),
        (0xA, "\"a\\nb\""),
        (0xC, "\"a\\fb\""),
        (0xD, "\"a\\rb\""),
        (0x1F, "\"a\\u001Fb\""),
        (0x20, "\"a b\""),
        (0x22, "\"a\\\"b\""),
        (0x27, "\"a'b\""),
        (0x2F, "\"a\\/b\""),
        (0x3C, "\"a<b\""),
        (0x3E, "\"a>b\""),
        (0x5C, "\"a\\\\b\""),
        (0x7E, "\"a~b\""),
        (0x7F, "\"a\\u007Fb\""),
        (0x80, "\"a\\u0080b\""),
        (0x85, "\"a\\u0085b\""),
        (0x9F, "\"a\\u009Fb\""),
        (0xA0, "\"a\u{A0}b\""),
        (0xFF, "\"a\u{FF}b\""),
        (0x100, "\"a\u{100}b\""),
        (0x7FF, "\"a\u{7FF}b\""),
        (0x800, "\"a\u{800}b\""),
        (0x1FFF, "\"a\u{1FFF}b\""),
        (0x2000, "\"a\\u2000b\""),
        (0x2028, "\"a\\u2028b\""),
        (0x2029, "\"a\\u2029b\""),
        (0x20AC, "\"a\\u20ACb\""),
        (0x20FF, "\"a\\u20FFb\""),
        (0x2100, "\"a\u{2100}b\""),
        (0xFEFF, "\"a\u{FEFF}b\""),
        (0xFFFD, "\"a\u{FFFD}b\""),
        (0xFFFF, "\"a\u{FFFF}b\""),
        (0x10000, "\"a\u{10000}b\""),
        (0x1F600, "\"a\u{1F600}b\""),
        (0x10FFFF, "\"a\u{10FFFF}b\""),
    ]

    @Test func jsonSmartEscapesLikeJava() {
        for (codePoint, expected) in Self.jsonSmart {
            let value = JSONValue.string("a" + String(Unicode.Scalar(codePoint)!) + "b")
            #expect(JSONSerializer.jsonSmart(value) == expected, "U+\(String(codePoint, radix: 16))")
        }
    }

    @Test func standardEscapesOnlyWhatRFC8259Requires() {
        #expect(JSONSerializer.compact("a\u{0}\u{1F}\"\\/\u{7F}\u{2028}é😀\n\t") == "\"a\\u0000\\u001f\\\"\\\\/\u{7F}\u{2028}é😀\\n\\t\"")
        #expect(JSONSerializer.pretty(["a": [1, "x"], "b": [:], "c": []]) == "{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test func longRunsAndMixedText() {
        let text = String(repeating: "plain text ", count: 50) + "/\u{2003}\u{85}" + String(repeating: "ü", count: 20)
        let expected = "\"" + String(repeating: "plain text ", count: 50) + "\\/\\u2003\\u0085" + String(repeating: "ü", count: 20) + "\""
        #expect(JSONSerializer.jsonSmart(.string(text)) == expected)
    }

    @Test func numbersThroughTheirJavaType() throws {
        let value = try JSONParser.parse("[1, -0, 01, 1.50, 1e5, 1e400, 123456789012, 12345678901234567890123, 2.5E-3, -7]", mode: .permissive)
        #expect(JSONSerializer.jsonSmart(value) == "[1,0,1,1.5,100000.0,null,123456789012,12345678901234567890123,0.0025,-7]")
        #expect(JSONSerializer.compact(value) == "[1,-0,1,1.50,1e5,1e400,123456789012,12345678901234567890123,2.5E-3,-7]")
    }
}
