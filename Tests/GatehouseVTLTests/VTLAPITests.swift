import GatehouseVTL
import OrderedCollections
import Testing

/// The public helpers the mapping layer uses, checked against what Java / json-smart print
/// (values recorded with velocity-oracle).
@Suite struct VTLAPITests {
    func render(_ source: String, _ variables: [String: VTLValue] = [:], aws: Bool = true) throws -> String {
        let ctx = VTLContext(variables)
        ctx.nullEqualsEmptyString = aws
        return try VTLTemplate(source: source).render(ctx)
    }

    @Test func javaDoubleToString() {
        let cases: [(Double, String)] = [
            (1.0, "1.0"), (1.5e10, "1.5E10"), (0.00001, "1.0E-5"), (0.001, "0.001"), (1234567.0, "1234567.0"),
            (12345678.0, "1.2345678E7"), (100.0, "100.0"), (0.1, "0.1"), (2.5e-7, "2.5E-7"),
            (123456789012.5, "1.234567890125E11"), (1e21, "1.0E21"), (1e22, "1.0E22"),
            (1.7976931348623157e308, "1.7976931348623157E308"), (-0.0, "-0.0"), (3.14159, "3.14159"),
            (0.1 + 0.2, "0.30000000000000004"), (1.0 / 3, "0.3333333333333333"), (2.0 / 3, "0.6666666666666666"),
            (100.0 * 1.1, "110.00000000000001"), (-2.5, "-2.5"), (.nan, "NaN"), (.infinity, "Infinity"),
        ]
        for (d, s) in cases { #expect(JavaDouble.string(d) == s, "\(d)") }
    }

    @Test func javaStringOfValues() {
        let inner = VTLMap(kind: .linkedHashMap, entries: [.string("x"): .string("y")])
        let json = VTLList(kind: .jsonArray, elements: [.integer(1), .string("a/b")])
        let list = VTLList(kind: .arrayList, elements: [.integer(1), .map(inner), .list(json), .null, .double(1.5)])
        #expect(VTLValue.list(list).javaString == #"[1, {x=y}, [1,"a\/b"], null, 1.5]"#)
        #expect(VTLValue.long(5_000_000_000).javaString == "5000000000")
        #expect(VTLValue.bool(true).javaString == "true")
        #expect(VTLValue.null.javaString == "null")
    }

    @Test func jsonSmartEscaping() {
        let m = VTLMap(kind: .jsonObject, entries: [
            .string("a"): .string("x/yé\u{2028}\u{7f}\u{01}\u{a0}"),
            .string("b"): .list(VTLList(kind: .jsonArray, elements: [.integer(1), .double(2.5), .bool(true), .null])),
            .string("c"): .map(VTLMap(kind: .jsonObject, entries: [.string("d"): .integer(1)])),
        ])
        #expect(jsonSmartString(.map(m)) == "{\"a\":\"x\\/yé\\u2028\\u007F\\u0001\u{a0}\",\"b\":[1,2.5,true,null],\"c\":{\"d\":1}}")
    }

    @Test func hashMapOrder() throws {
        let keys = ["zeta", "alpha", "mid", "k10", "k2", "B", "a", "aa", "ab", "x", "y", "z", "w", "q"]
        var entries = OrderedDictionary<VTLMapKey, VTLValue>()
        for (i, k) in keys.enumerated() { entries[.string(k)] = .integer(Int32(i + 1)) }
        let m = VTLMap(kind: .jsonObject, entries: entries)
        #expect(m.orderedKeys.map { $0.javaString } == ["zeta", "aa", "a", "ab", "B", "k2", "mid", "k10", "q", "alpha", "w", "x", "y", "z"])
        #expect(try render("$m.keySet()", ["m": .map(m)]) == "[zeta, aa, a, ab, B, k2, mid, k10, q, alpha, w, x, y, z]")
    }

    @Test func nullEqualsEmptyString() throws {
        #expect(try render(#"#if($nope == "")T#{else}F#end"#, aws: true) == "T")
        #expect(try render(#"#if($nope == "")T#{else}F#end"#, aws: false) == "F")
        #expect(try render(#"#if($nope != "")T#{else}F#end"#, aws: true) == "F")
        #expect(try render(#"#if($nope != "")T#{else}F#end"#, aws: false) == "T")
    }

    @Test func setWritesBackToContext() throws {
        let ctx = VTLContext()
        _ = try VTLTemplate(source: "#set($a = 1)#set($b = [1, 2])").render(ctx)
        guard case .integer(1)? = ctx["a"] else { Issue.record("a not set"); return }
        guard case .list(let l)? = ctx["b"] else { Issue.record("b not set"); return }
        #expect(l.elements.count == 2)
    }

    final class Host: VTLObject {
        var javaDescription: String { "Host" }
        func property(_ name: String) throws -> VTLValue? { name == "name" ? .string("Rex") : nil }
        func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
            switch method {
            case "echo": return arguments.first
            case "fail": throw VTLHostError(exception: "java.lang.IllegalArgumentException", message: "bad")
            default: return nil
            }
        }
    }

    @Test func hostObjects() throws {
        let vars: [String: VTLValue] = ["h": .object(Host())]
        #expect(try render("$h.name|$h.echo('x')|$h.nope|$h.nope()|$h", vars) == "Rex|x|||Host")
        do {
            _ = try render("line1\n  $h.fail()", vars)
            Issue.record("expected an error")
        } catch let error as VTLError {
            #expect(error.kind == .render)
            #expect(error.location == SourceLocation(line: 2, column: 6))
            #expect(error.message.contains("java.lang.IllegalArgumentException"))
            #expect(error.description.hasPrefix("template:2:6: error: "))
            #expect(error.description.hasSuffix("\n  $h.fail()\n     ^"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func parseErrorsAreLocated() {
        do {
            _ = try VTLTemplate(source: "ok\n#if(true)x", name: "t.vtl")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.kind == .parse)
            #expect(error.templateName == "t.vtl")
            #expect(error.location.line == 2)
        }
    }

    @Test func templateIsSendableAndReusable() async throws {
        let t = try VTLTemplate(source: "#foreach($i in [1..3])$i#end")
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try t.render(VTLContext()) } }
            for try await out in group { #expect(out == "123") }
        }
    }
}
