import Testing

@testable import GatehouseXML

@Suite struct ContentCheckTests {
    @Test(arguments: [
        ("application/json", ContentCheck.Syntax.json),
        ("Application/JSON; charset=UTF-8", .json),
        ("application/problem+json", .json),
        ("application/vnd.api+json", .json),
        ("application/xml", .xml),
        ("text/xml; charset=utf-8", .xml),
        ("application/soap+xml", .xml),
        ("application/atom+xml", .xml),
    ])
    func mediaTypes(_ mediaType: String, _ syntax: ContentCheck.Syntax) {
        #expect(ContentCheck.syntax(ofMediaType: mediaType) == syntax)
    }

    @Test(arguments: ["text/plain", "text/html", "application/octet-stream", "json", "", "application/jsonx", "/json"])
    func notChecked(_ mediaType: String) {
        #expect(ContentCheck.syntax(ofMediaType: mediaType) == nil)
        #expect(ContentCheck.validate("{", mediaType: mediaType) == nil)
    }

    @Test func validDocumentsPass() {
        #expect(ContentCheck.validate(#"{"a": [1, 2.5e3, "x", true, null]}"#, mediaType: "application/json") == nil)
        #expect(ContentCheck.validate("\"just a string\"", mediaType: "application/json") == nil)
        #expect(ContentCheck.validate("  \n", mediaType: "application/json") == nil)
        #expect(ContentCheck.validate("<a><b x='1'/></a>", mediaType: "application/xml") == nil)
        #expect(ContentCheck.validate(#"<!DOCTYPE a SYSTEM "a.dtd"><a/>"#, mediaType: "text/xml") == nil)
    }

    @Test(arguments: [
        ("{\"body\": }", "not valid JSON for application/json: line 1, column 10: Unexpected character '}', expected a value"),
        ("{\n  \"a\": 1,\n}", "not valid JSON for application/json: line 3, column 1: Unexpected character '}', expected a member name"),
        ("{\"é\": 1 \"b\": 2}", "not valid JSON for application/json: line 1, column 9: Unexpected character '\"', expected ',' or '}'"),
        ("[01]", "not valid JSON for application/json: line 1, column 3: Invalid number: leading zero"),
        ("{'a': 1}", "not valid JSON for application/json: line 1, column 2: Unexpected character ''', expected a member name"),
        ("{\"a\": \"tab\there\"}", "not valid JSON for application/json: line 1, column 11: Unescaped control character in string"),
        ("{\"a\": 1} x", "not valid JSON for application/json: line 1, column 10: Unexpected data after the JSON value"),
        ("{\"a\": \"\\x\"}", "not valid JSON for application/json: line 1, column 9: Invalid escape \\'x'"),
        ("[1,", "not valid JSON for application/json: line 1, column 4: Unexpected end of input, expected a value"),
    ])
    func jsonErrors(_ text: String, _ expected: String) {
        #expect(ContentCheck.validate(text, mediaType: "application/json")?.description == expected)
    }

    @Test(arguments: [
        ("<a><b></a>", "not valid XML for application/xml: line 1, column 11: Opening and ending tag mismatch: b line 1 and a"),
        ("<a>\n  <b x=1/>\n</a>", "not valid XML for application/xml: line 2, column 8: AttValue: \" or ' expected"),
        ("<a>&</a>", "not valid XML for application/xml: line 1, column 5: xmlParseEntityRef: no name"),
        ("<a/><b/>", "not valid XML for application/xml: line 1, column 5: Extra content at the end of the document"),
        ("<s:a/>", "not valid XML for application/xml: line 1, column 5: Namespace prefix s on a is not defined"),
        ("<a>&nbsp;</a>", "not valid XML for application/xml: line 1, column 10: Entity 'nbsp' not defined"),
    ])
    func xmlErrors(_ text: String, _ expected: String) {
        #expect(ContentCheck.validate(text, mediaType: "application/xml")?.description == expected)
    }
}
