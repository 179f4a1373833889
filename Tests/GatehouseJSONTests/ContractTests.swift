import GatehouseJSON
import Testing

/// The exact API other modules call (GatehouseMapping, Gatehouse, the CLI): these must keep
/// compiling, so the shapes (five JSON-smart number cases, typed throws) stay as agreed.
@Suite struct ContractTests {
    /// Exhaustive on purpose: a sixth case would break GatehouseMapping's VTLBridge.
    static func kind(_ number: JSONSmartNumber) -> String {
        switch number {
        case .integer(let v): return "Integer \(v)"
        case .long(let v): return "Long \(v)"
        case .bigInteger(let s): return "BigInteger \(s)"
        case .double(let d): return "Double \(JavaDouble.string(d))"
        case .bigDecimal(let s): return "BigDecimal \(s)"
        }
    }

    @Test func jsonSmartNumberTypes() throws {
        let value = try JSONParser.parse("[1, 2147483648, 9223372036854775808, 1.50, 1e5, 1e400, -0, 01, 12345678901234567890.5, NaN]", mode: .permissive)
        let kinds = value.arrayValue!.map { Self.kind($0.numberValue!.jsonSmartValue) }
        #expect(kinds == [
            "Integer 1", "Long 2147483648", "BigInteger 9223372036854775808", "Double 1.5", "Double 100000.0",
            "Double Infinity", "Integer 0", "Integer 1", "BigDecimal 12345678901234567890.5", "Double NaN",
        ])
        #expect(value.arrayValue![9].numberValue!.isJavaFloatNaN)
    }

    @Test func parserModesAndErrors() throws {
        #expect(try JSONParser.parse("{a:'b',}", mode: .permissive) == ["a": "b"])
        #expect(try JSONParser.parse(Array("[1]".utf8), mode: .strict) == [1])
        do {
            _ = try JSONParser.parse("{a", mode: .permissive)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Unexpected End Of File position 1: null")
        }
        do {
            _ = try JSONParser.parse("{\n  \"a\": tru\n}", mode: .strict)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.column > 0)
        }
        #expect(throws: JSONError.self) { try JSONParser.parse(String(repeating: "[", count: 100_000), mode: .permissive) }
        #expect(throws: JSONError.self) { try JSONParser.parse(String(repeating: "[", count: 100_000), mode: .strict) }
    }

    @Test func pathEvaluationThrowsOnlyWhereJaywayDoes() throws {
        let path = try JSONPath("$.a")
        let result: JSONPathResult
        do {
            result = try path.evaluate(["a": [1, 2]])
        } catch {
            Issue.record("unexpected \(error.message)")
            return
        }
        #expect(result == .value([1, 2]))
        #expect(try path.evaluate(["b": 1]) == .missing)
        #expect(try JSONPath("$.a[*]").evaluate(["a": [1, 2]]) == .list([1, 2]))
        do {
            _ = try path.evaluate(.null)
            Issue.record("expected an error")
        } catch {
            #expect(error.exceptionClass == "java.lang.IllegalArgumentException")
            #expect(error.message == "json object can not be null")
        }
        do {
            _ = try JSONPath("")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "java.lang.IllegalArgumentException: path can not be null or empty")
        }
        do {
            _ = try JSONPath("$.a[::2]")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "java.lang.NumberFormatException: For input string: \"\"")
        }
    }

    @Test func hostileNestingIsAnErrorNotACrash() async throws {
        @Sendable func nested(_ n: Int) -> String {
            "$" + String(repeating: "[?(@.a", count: n) + String(repeating: ")]", count: n)
        }
        // Runs on a cooperative-pool thread (small stack), as a server request would.
        let outcome = await Task.detached { () -> [String] in
            let sizes: [Int] = [JSONPath.maxBracketNesting, JSONPath.maxBracketNesting + 1, 100_000]
            return sizes.map { (n: Int) -> String in
                do throws(JSONPathError) {
                    _ = try JSONPath(nested(n))
                    return "compiled"
                } catch {
                    return error.exceptionClass
                }
            }
        }.value
        #expect(outcome == ["com.jayway.jsonpath.InvalidPathException", "java.lang.StackOverflowError", "java.lang.StackOverflowError"])
        let deep = await Task.detached { () -> [Bool] in
            let depth = JSONValue.defaultMaxDepth
            let text = String(repeating: "{\"a\":[", count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
            let parsed = try? JSONParser.parse(text, mode: .permissive)
            let strict = try? JSONParser.parse(text, mode: .strict)
            let scanned = parsed.flatMap { try? JSONPath("$..a").evaluate($0) }
            _ = parsed.map { JSONSerializer.jsonSmart($0) + JSONSerializer.pretty($0) }
            return [parsed != nil, strict != nil, scanned != nil]
        }.value
        #expect(deep == [true, true, true])
    }

    @Test func serializers() {
        let value: JSONValue = ["url": "http://x/y", "n": 1.5, "list": [true, nil]]
        #expect(JSONSerializer.compact(value) == #"{"url":"http://x/y","n":1.5,"list":[true,null]}"#)
        #expect(JSONSerializer.jsonSmart(value) == #"{"url":"http:\/\/x\/y","n":1.5,"list":[true,null]}"#)
        #expect(JSONSerializer.pretty(["a": 1]) == "{\n  \"a\": 1\n}")
        #expect(JavaDouble.string(1e7) == "1.0E7")
        #expect(JavaDouble.string(0.001) == "0.001")
        #expect(JavaDouble.string(2e-3) == "0.002")
        #expect(JavaDouble.string(Double.leastNonzeroMagnitude) == "4.9E-324")
        #expect(JavaDouble.string(1e23) == "9.999999999999999E22")  // Java 17 is not shortest
    }
}
