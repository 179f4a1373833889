import GatehouseJSON
import Testing

@Suite struct StrictParserTests {
    @Test func parsesRFC8259() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5e3, true, false, null, "x\u00e9\n\ud83d\ude00"], "b": {}} "#)
        #expect(value["a"]?[0] == .number(JSONNumber(text: "1")))
        #expect(value["a"]?[1]?.numberValue?.text == "-2.5e3")
        #expect(value["a"]?[5] == .string("xé\n😀"))
        #expect(value["b"] == .object(JSONObject()))
        #expect(value.jsonString == #"{"a":[1,-2.5e3,true,false,null,"xé\n😀"],"b":{}}"#)
    }

    @Test func repeatedNameKeepsFirstPositionLastValue() throws {
        let value = try JSONValue.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(value.jsonString == #"{"a":3,"b":2}"#)
    }

    @Test(arguments: [
        ("", 1, 1, "Unexpected end of input, expected a value"),
        ("{a:1}", 1, 2, "Unexpected character 'a', expected a member name"),
        ("[1,]", 1, 4, "Unexpected character ']', expected a value"),
        ("[01]", 1, 3, "Invalid number: leading zero"),
        ("{\"a\":1}x", 1, 8, "Unexpected data after the JSON value"),
        ("{\n  \"a\": tru\n}", 2, 11, "Invalid literal, expected 'true'"),
        ("\"a\u{1}\"", 1, 3, "Unescaped control character in string"),
        ("'a'", 1, 1, "Unexpected character ''', expected a value"),
        ("[1.]", 1, 4, "Invalid number: expected a digit after '.'"),
        ("\"\\q\"", 1, 3, "Invalid escape \\'q'"),
        ("NaN", 1, 1, "Unexpected character 'N', expected a value"),
        ("[1 2]", 1, 4, "Unexpected character '2', expected ',' or ']'"),
    ])
    func rejects(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            try JSONValue.parse(text)
        } throws: { error in
            guard let error = error as? JSONError else { return false }
            return error.kind == .syntax && error.line == line && error.column == column && error.message == message
        }
    }

    @Test func depthLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONError.self) { try JSONValue.parse(deep) }
        #expect(throws: JSONError.self) { try JSONValue.parsePermissive(deep) }
        let ok = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
        #expect((try? JSONValue.parse(ok)) != nil)
        #expect((try? JSONValue.parse(ok, maxDepth: 399)) == nil)
    }

    @Test func invalidUTF8IsRejectedStrictly() {
        #expect(throws: JSONError.self) { try JSONValue.parse(utf8: [0x22, 0xFF, 0x22]) }
    }
}

@Suite struct PermissiveParserTests {
    @Test func emptyBodyIsAnEmptyObject() throws {
        #expect(try JSONValue.parseBody("") == .object(JSONObject()))
        #expect(try JSONValue.parseBody("").jsonSmartString == "{}")
        // json-smart itself reads an empty text as the empty string.
        #expect(try JSONValue.parsePermissive("") == .string(""))
    }

    @Test func depthMessageAndPosition() {
        let text = String(repeating: "[", count: 401) + String(repeating: "]", count: 401)
        #expect {
            try JSONValue.parsePermissive(text)
        } throws: { error in
            guard let error = error as? JSONError else { return false }
            return error.kind == .tooDeep && error.position == 400
                && error.message == "Malicious payload, having non natural depths, parsing stoped"
        }
        // Many sibling objects are fine (Debian's json-smart 2.2 jar leaks depth on every
        // non-empty object and fails here; AWS does not).
        let wide = "[" + Array(repeating: #"{"a":1}"#, count: 1000).joined(separator: ",") + "]"
        #expect((try? JSONValue.parsePermissive(wide))?.arrayValue?.count == 1000)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let value = try JSONValue.parsePermissive(utf8: Array("[\"a".utf8) + [0xFF] + Array("b\"]".utf8))
        #expect(value == .array([.string("a\u{FFFD}b")]))
    }

    @Test func noCrashOnArbitraryBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("{}[]\"':,\\/ \t\n0123456789-+.eEnulltruefalseNaNx\u{1}\u{1A}é😀".unicodeScalars)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<24, using: &generator) {
                text.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            _ = try? JSONValue.parsePermissive(text)
            _ = try? JSONValue.parse(text)
        }
    }
}

@Suite struct JSONSmartNumberTests {
    @Test(arguments: [
        ("1", JSONSmartNumber.integer(1)),
        ("-0", .integer(0)),
        ("01", .integer(1)),
        ("-", .integer(0)),
        ("2147483648", .long(2_147_483_648)),
        ("-9223372036854775808", .long(.min)),
        ("9223372036854775808", .bigInteger("9223372036854775808")),
        ("000000000000000000001", .bigInteger("1")),
        ("1.50", .double(1.5)),
        ("1e5", .double(100_000)),
        ("1e400", .double(.infinity)),
        ("1.", .double(1)),
        ("-.5", .double(-0.5)),
        ("1.2345678901234567890", .bigDecimal("1.2345678901234567890")),
        ("0.0000000000000000001", .bigDecimal("1E-19")),
        ("1.23456789012345678e5", .bigDecimal("123456.789012345678")),
        ("1.0000000000000000000e-30", .bigDecimal("1.0000000000000000000E-30")),
    ])
    func javaType(_ text: String, _ expected: JSONSmartNumber) {
        #expect(JSONNumber(text: text).jsonSmartValue == expected)
    }

    @Test func printing() {
        #expect(JSONNumber(text: "1.50").jsonSmartValue.javaString == "1.5")
        #expect(JSONNumber(text: "1e5").jsonSmartValue.javaString == "100000.0")
        #expect(JSONNumber(text: "1e400").jsonSmartValue.jsonSmartString == "null")
        #expect(JSONNumber(text: "-0.0").jsonSmartValue.javaString == "-0.0")
        #expect(JSONNumber(text: "NaN").isJavaFloatNaN)
        #expect(JSONNumber(text: "NaN").jsonSmartValue.jsonSmartString == "NaN")
    }
}

@Suite struct SerializationTests {
    let value: JSONValue = ["a": "x/y\"\\\u{1}\u{7F}\u{2028}é😀", "n": .number(JSONNumber(text: "1.50")), "l": [1, true, nil], "e": [:], "f": []]

    @Test func compact() {
        #expect(value.jsonString == "{\"a\":\"x/y\\\"\\\\\\u0001\u{7F}\u{2028}é😀\",\"n\":1.50,\"l\":[1,true,null],\"e\":{},\"f\":[]}")
    }

    @Test func pretty() {
        #expect(value.prettyJSONString == """
            {
              "a": "x/y\\"\\\\\\u0001\u{7F}\u{2028}é😀",
              "n": 1.50,
              "l": [
                1,
                true,
                null
              ],
              "e": {},
              "f": []
            }
            """)
    }

    @Test func jsonSmartStyle() {
        #expect(value.jsonSmartString == "{\"a\":\"x\\/y\\\"\\\\\\u0001\\u007F\\u2028é😀\",\"n\":1.5,\"l\":[1,true,null],\"e\":{},\"f\":[]}")
        #expect(JSONValue.string("€ \u{A0} \u{20AC} \u{FEFF}").jsonSmartString == "\"\\u20AC \u{A0} \\u20AC \u{FEFF}\"")
        #expect(JSONValue.string("\u{8}\u{C}\n\r\t").jsonSmartString == "\"\\b\\f\\n\\r\\t\"")
    }

    @Test func nonStandardNumberTextPrintsAsJava() {
        #expect(JSONValue.number(JSONNumber(text: "01")).jsonString == "1")
        #expect(JSONValue.number(JSONNumber(text: "NaN")).jsonString == "null")
        #expect(JSONValue.number(JSONNumber(text: "-.5")).jsonString == "-0.5")
    }

    @Test func javaToStringOfPathResults() throws {
        let doc = try JSONValue.parsePermissive(#"{"foo":"bar","n":1.50,"list":[{"foo":"bar"}],"o":{"x":null}}"#)
        #expect(doc.javaToString == #"{foo=bar, n=1.5, list=[{"foo":"bar"}], o={x=null}}"#)
    }
}

@Suite struct JSONPathAPITests {
    @Test func compileOnceEvaluateMany() throws {
        let path = try JSONPath("$.a[*].b")
        #expect(!path.isDefinite)
        #expect(try path.evaluate(["a": [["b": 1], ["b": 2]]]) == .list([1, 2]))
        #expect(try path.evaluate(["a": []]) == .list([]))
        #expect(try path.evaluate("x") == .list([]))
    }

    @Test func definiteResults() throws {
        let doc: JSONValue = ["a": ["b": nil]]
        #expect(try JSONPath("$.a.b").evaluate(doc) == .value(.null))
        #expect(try JSONPath("$.a.c").evaluate(doc) == .missing)
        #expect(try JSONPath("$.a.c").evaluate(doc).jsonSmartString == "null")
        #expect(try JSONPath("a.b").evaluate(doc) == .value(.null))
        #expect(try JSONPath("$").evaluate(doc) == .value(doc))
    }

    @Test func nullDocumentIsRefusedAsJaywayRefusesIt() throws {
        #expect(throws: JSONPathError.self) { try JSONPath("$.a").evaluate(.null) }
        #expect(try JSONPath("$.a").evaluateSuppressingErrors(.null) == .missing)
    }

    @Test func compileErrorsCarryJaywaysMessage() {
        #expect(throws: JSONPathError(
            exceptionClass: "com.jayway.jsonpath.InvalidPathException",
            message: "com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [\"a\"]")) {
            try JSONPath("$[\"a\"]")
        }
        #expect(throws: JSONPathError(
            exceptionClass: "com.jayway.jsonpath.InvalidPathException",
            message: "java.lang.StringIndexOutOfBoundsException: String index out of range: 2")) {
            try JSONPath("$.")
        }
        #expect(throws: JSONPathError.self) { try JSONPath("") }
    }

    @Test func sendableAcrossTasks() async throws {
        let path = try JSONPath("$.items[?(@.price > 10)].name")
        let doc = try JSONValue.parsePermissive(#"{"items":[{"name":"a","price":5},{"name":"b","price":15}]}"#)
        let results = await withTaskGroup(of: JSONPathResult.self) { group in
            for _ in 0..<8 { group.addTask { path.evaluateSuppressingErrors(doc) } }
            var all: [JSONPathResult] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 == .list(["b"]) })
    }
}
