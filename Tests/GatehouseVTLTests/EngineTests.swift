import Testing
@testable import GatehouseVTL

private func render(_ source: String, _ variables: [String: VTLValue] = [:], velocity: Bool = false) throws -> String {
    let template = try VTLTemplate(source: source)
    let context = VTLContext(variables)
    context.nullEqualsEmptyString = !velocity
    return try template.render(context)
}

private func renderError(_ source: String, limits: VTLLimits = .apiGateway) -> VTLError? {
    do {
        let template = try VTLTemplate(source: source, limits: limits)
        _ = try template.render(VTLContext())
        return nil
    } catch {
        return error
    }
}

@Suite("API Gateway rules")
struct APIGatewayRuleTests {
    @Test func nullEqualsEmptyStringOnAWS() throws {
        #expect(try render("#if($x == \"\")empty#{else}set#end") == "empty")
        #expect(try render("#if($x != \"\")set#{else}empty#end") == "empty")
        #expect(try render("#if(\"\" == $x)empty#end") == "empty")
    }

    @Test func nullDiffersFromEmptyStringInVelocity() throws {
        #expect(try render("#if($x == \"\")empty#{else}set#end", velocity: true) == "set")
    }

    /// Doubles print with Java 17's `Double.toString` digits, which are not always the shortest
    /// (expected output from the Velocity oracle).
    @Test func doublesPrintAsJava() throws {
        #expect(try render("#set($x = 952295264338936190.0)$x #set($y = 0.1 + 0.2)$y") == "9.5229526433893619E170.30000000000000004")
    }

    @Test func nullPrintsEmpty() throws {
        #expect(try render("{\"body\": $x, \"q\": $!x, \"f\": ${x}}") == "{\"body\": , \"q\": , \"f\": }")
    }

    /// A template can tie values into cycles that reference counting never frees; the context
    /// breaks them when it goes, after anything read back from it.
    @Test func cyclesAreFreedWithTheContext() throws {
        let template = try VTLTemplate(source: """
            #set($m = {'a': 1})#set($ok = $m.put('me', $m))#set($l = [])#set($ok = $l.add($l))\
            #set($n = {})#set($n.m = $m)#set($ok = $m.put('n', $n))\
            #foreach($i in [1])#set($foreach.me = $foreach)#set($ok = $l.add($foreach))#end$m.a $m.me.a $l.size() $m.n.m.a
            """)
        weak var map: VTLMap?
        weak var list: VTLList?
        weak var other: VTLMap?
        do {
            let context = VTLContext()
            #expect(try template.render(context) == "1 1 2 1")
            guard case .map(let m)? = context["m"], case .list(let l)? = context["l"], case .map(let n)? = context["n"] else {
                Issue.record("the variables were not written back")
                return
            }
            #expect(m.entries.count == 3 && l.elements.count == 2 && n.entries.count == 1, "intact while the context lives")
            map = m
            list = l
            other = n
        }
        #expect(map == nil)
        #expect(list == nil)
        #expect(other == nil)
    }

    @Test func setWritesTheContext() throws {
        let context = VTLContext(["m": .map(VTLMap())])
        _ = try VTLTemplate(source: "#set($a = 1)#set($m.k = 'v')").render(context)
        #expect(context["a"]?.javaString == "1")
        #expect(context["m"]?.javaString == "{k=v}")
    }
}

@Suite("Java printing")
struct JavaPrintingTests {
    @Test(arguments: [
        (1.0, "1.0"), (1.5e10, "1.5E10"), (1.0e-5, "1.0E-5"), (0.001, "0.001"), (1.0e7, "1.0E7"),
        (9999999.0, "9999999.0"), (-0.0, "-0.0"), (123456789012.5, "1.234567890125E11"), (0.1 + 0.2, "0.30000000000000004"),
    ])
    func doubleToString(_ value: Double, _ expected: String) {
        #expect(JavaText.double(value) == expected)
    }

    @Test func collections() throws {
        #expect(try render("#set($x = [1, \"a\", [2, 3], {\"k\": \"v\"}, $null, 1.5])$x") == "[1, a, [2, 3], {k=v}, null, 1.5]")
        let array = VTLList(kind: .jsonArray, elements: [.string("a/b"), .string("q\"t"), .integer(1), .null, .map(VTLMap(entries: [.string("k"): .bool(true)]))])
        #expect(VTLValue.list(array).javaString == "[\"a\\/b\",\"q\\\"t\",1,null,{\"k\":true}]")
    }

    @Test func jsonObjectUsesHashMapOrder() {
        let map = VTLMap(kind: .jsonObject)
        for (key, value) in [("b", 1), ("a", 2), ("c", 3), ("aa", 4), ("zz", 5), ("name", 6), ("id", 7)] {
            map[key] = .integer(Int32(value))
        }
        #expect(VTLValue.map(map).javaString == "{\"aa\":4,\"zz\":5,\"a\":2,\"b\":1,\"c\":3,\"name\":6,\"id\":7}")
    }
}

@Suite("Errors and limits")
struct ErrorTests {
    @Test func parseErrorNamesLineAndColumn() {
        let error = renderError("line one\n#if(true)x")
        #expect(error?.kind == .parse)
        // Velocity: Encountered "<EOF>" at line 2, column 10 (the last character's position)
        #expect(error?.location == SourceLocation(line: 2, column: 10))
        #expect(error?.description.hasPrefix("template:2:10: error: #if opened at line 2, column 1 is never closed") == true)
    }

    /// Each position is the oracle's (Velocity 1.7's ParseErrorException) for the same text.
    @Test(arguments: [
        // JavaCC's EOF token carries the position of the text's last character.
        ("#if(true)x\n", 1, 11), ("#if(true)x\r\n", 1, 12), ("#if(", 1, 4),
        ("#if(true)\t", 1, 16), ("#if(true)\t\t", 1, 24), ("#if(true)\u{1F600}", 1, 11),
        // A token that begins with a tab is at the tab's column, its tab stop.
        ("#define($s1\t#set($a = 1)", 1, 16),
        // A lexical error at the end is placed just past the last character...
        ("#set($a = \"open", 1, 16), ("\t$a.b('x", 1, 16), ("$a.b('xy\t", 1, 17), ("$a.b(-", 1, 7),
        // ...or at column 0 of the next line when that character is a line break.
        ("#set($a = \"open\n", 2, 0),
        // Elsewhere, at the last character JavaCC read: the one after "-" or "\\".
        ("$a.b(1 - 2)", 1, 9), ("$a.b(\\n)", 1, 7),
        // A bare word given to a directive: at the token after the directive's name.
        ("#foreach($i in [1] #set)x#end", 1, 9), ("a #define($d#evaluate('x'))#end", 1, 10),
    ])
    func parseErrorPositionsLikeVelocity(source: String, line: Int, column: Int) {
        let error = renderError(source)
        #expect(error?.kind == .parse)
        #expect(error?.location == SourceLocation(line: line, column: column))
    }

    @Test func macroCallDepthAtTheMacroBody() {
        // Velocity: MacroOverflowException ... at line 2, column 1 (where the body of m begins)
        #expect(renderError("#macro( m )\n  x#m()#end\n#m()")?.location == SourceLocation(line: 2, column: 1))
    }

    @Test func endOfTemplateWording() {
        #expect(renderError("#if(")?.message.hasPrefix("unexpected end of the template: expected") == true)
        #expect(renderError("#set($a = \"open")?.message == "unexpected end of the template in the string literal opened at line 1, column 11: no closing \"")
    }

    @Test func breakOutOfAMacroStaysOnItsCallStack() throws {
        // Velocity 1.7 pops a macro's name only when its body ends normally.
        #expect(try render("#macro(m)#break#end#macro(n)x#end#foreach($i in [1..19])#m()#end#n()#n()") == "xx")
        let error = renderError("#macro(m)#break#end#foreach($i in [1..25])#m()$i #end")
        #expect(error?.message.hasPrefix("Max calling depth of 20 was exceeded in macro 'm'") == true)
        #expect(error?.location == SourceLocation(line: 1, column: 10))  // the macro's body, as Velocity
        #expect(try render("#macro(m $n)#if($n < 3)#set($k = $n + 1)#m($k)#{else}#break#end#end#foreach($i in [1..10])#m(0)#end") == "")
    }

    @Test func lexicalErrorLikeVelocity() {
        // Velocity: Lexical error ... Encountered: "(" (40) at line 1, column 6
        let error = renderError("$a.b((1))")
        #expect(error?.location == SourceLocation(line: 1, column: 6))
    }

    @Test func strayEnd() {
        #expect(renderError("x#end")?.message == "#end without a matching #if, #foreach, #macro or #define")
    }

    @Test func javaExceptionFailsTheRender() {
        let error = renderError("#set($s = \"abc\")$s.substring(5)")
        #expect(error?.kind == .render)
        #expect(error?.message == "Invocation of method 'substring' in class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 5, end 3, length 3")
        #expect(error?.location == SourceLocation(line: 1, column: 20))
    }

    @Test func templateSizeLimit() {
        let limits = VTLLimits(maxForeachIterations: 1000, maxTemplateBytes: 10, maxDepth: 200, maxOutputBytes: 1 << 20)
        #expect(renderError("01234567890", limits: limits)?.kind == .limit)
    }

    @Test func foreachStopsAfterTheLimit() throws {
        let output = try render("#foreach($i in [1..1500])x#end")
        #expect(output.count == 1000)
    }

    @Test func deepNestingIsALimitNotACrash() {
        let source = String(repeating: "#if(true)", count: 5000) + String(repeating: "#end", count: 5000)
        #expect(renderError(source)?.kind == .limit)
        let recursion = "#macro(r $n)#evaluate('#r(1)')#end#r(1)"
        #expect(renderError(recursion) != nil)
    }

    @Test func outputLimit() {
        let limits = VTLLimits(maxForeachIterations: 1000, maxTemplateBytes: 1 << 20, maxDepth: 200, maxOutputBytes: 100)
        #expect(renderError("#foreach($i in [1..100])0123456789#end", limits: limits)?.kind == .limit)
    }
}

@Suite("Java regular expressions")
struct JavaRegexTests {
    @Test func emptyMatchesFallBetweenSurrogateHalves() throws {
        // The oracle prints "4 9 ---3": after an empty match Java resumes one UTF-16 unit
        // later, inside the pair; a match that starts at the pair still takes all of it.
        #expect(try render("#set($s = \"a\u{1F600}b\")$s.split(\"|\").size() $s.replaceAll(\"x*\", \"-\").length() $s.replaceAll(\".\", \"-\") #set($t = \"abc\")$t.split(\"|\").size()") == "4 9 ---3")
        #expect(try render("#set($s = \"\u{1F600}\")$s.replaceFirst(\"^\", \"-\")$s.replaceAll(\"$\", \"-\")") == "-\u{1F600}\u{1F600}-")
    }
}

@Suite("Java numbers")
struct JavaNumberTests {
    @Test func staticParsersBelongToTheirClass() throws {
        // The oracle prints [][][][5][7][7][7.0]: Long and Double have no parseInt, and each
        // class's valueOf returns its own type.
        let source = #"#set($l = 2147483648)[$l.parseInt("5")]#set($s="x")[$s.parseInt("5")]#set($d=1.5)[$d.parseInt("5")]#set($i=3)[$i.parseInt("5")][$l.valueOf("7")][$i.valueOf("7")][$d.valueOf("7")]"#
        #expect(try render(source) == "[][][][5][7][7][7.0]")
        let widening = #"#set($l = 2147483648)#set($d=1.5)#set($i=3)[$l.valueOf(5)][$d.valueOf(5)][$d.valueOf(" 1e3 ")][$l.valueOf("+12")][$i.valueOf(2147483648)][$d.valueOf($l)][$i.valueOf("+4")]"#
        #expect(try render(widening) == "[5][5.0][1000.0][12][][2.147483648E9][4]")
        #expect(renderError(#"#set($l = 2147483648)[$l.valueOf("x")]"#)?.message.hasSuffix(#"java.lang.NumberFormatException: For input string: "x""#) == true)
    }
}

@Suite("Host objects")
struct HostObjectTests {
    final class Greeter: VTLObject {
        var javaDescription: String { "Greeter" }
        func property(_ name: String) throws -> VTLValue? { name == "name" ? .string("gate") : nil }
        func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
            switch (method, arguments.count) {
            case ("hello", 1): return .string("hello " + arguments[0].javaString)
            case ("fail", 0): throw VTLHostError(exception: "java.lang.IllegalStateException", message: "nope")
            default: return nil
            }
        }
    }

    @Test func propertiesAndMethods() throws {
        let variables: [String: VTLValue] = ["g": .object(Greeter())]
        #expect(try render("$g.name $g.hello('x') [$g.missing] [$g.nope()] $g", variables) == "gate hello x [] [] Greeter")
    }

    @Test func hostExceptionsFailTheRender() {
        let template = try? VTLTemplate(source: "$g.fail()")
        #expect(throws: VTLError.self) { try template?.render(VTLContext(["g": .object(Greeter())])) }
    }
}
