import Testing
import GatehouseVTL

/// Hostile templates fail cleanly (a VTLError), never crash or hang.
@Suite struct VTLRobustnessTests {
    func outcome(_ source: String, limits: VTLLimits = .apiGateway) -> Result<String, VTLError> {
        do {
            let t = try VTLTemplate(source: source, limits: limits)
            return .success(try t.render(VTLContext()))
        } catch {
            return .failure(error)
        }
    }

    func expectFailure(_ source: String, _ kind: VTLError.Kind? = nil, limits: VTLLimits = .apiGateway) {
        switch outcome(source, limits: limits) {
        case .success(let s): Issue.record("expected a failure, got \(s.prefix(80).debugDescription)")
        case .failure(let e): if let kind { #expect(e.kind == kind, "\(e)") }
        }
    }

    @Test func deepDirectiveNesting() {
        expectFailure(String(repeating: "#if(true)", count: 5000) + "x" + String(repeating: "#end", count: 5000), .limit)
    }

    @Test func deepParentheses() {
        expectFailure("#set($a = " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ")", .limit)
    }

    @Test func deepListLiterals() {
        expectFailure("#set($a = " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + ")", .limit)
    }

    @Test func deepMethodArguments() {
        expectFailure("$a.b(" + String(repeating: "$a.b(", count: 5000) + String(repeating: ")", count: 5001), .limit)
    }

    @Test func deepNot() {
        expectFailure("#if(" + String(repeating: "!", count: 5000) + "true)x#end", .limit)
    }

    @Test func recursiveMacro() {
        expectFailure("#macro(r $n)#r($n)#end#r(1)", .render)
    }

    @Test func recursiveEvaluate() {
        expectFailure("#set($s = '#evaluate($s)')#evaluate($s)")
    }

    @Test func recursiveDefine() {
        expectFailure("#define($d)$d#end$d")
    }

    @Test func foreachStopsAfterLimit() throws {
        let out = try VTLTemplate(source: "#foreach($i in [1..5000])x#end").render(VTLContext())
        #expect(out.utf8.count == 1000)
    }

    @Test func hugeRange() {
        expectFailure("#foreach($i in [0..2000000000])#end", .limit)
    }

    @Test func outputCap() {
        var limits = VTLLimits.apiGateway
        limits.maxOutputBytes = 10_000
        expectFailure("#foreach($i in [1..1000])#foreach($j in [1..1000])xxxxxxxxxx#end#end", .limit, limits: limits)
    }

    @Test func templateTooLarge() {
        expectFailure(String(repeating: "a", count: 300 * 1024 + 1), .limit)
    }

    @Test func growingString() {
        var limits = VTLLimits.apiGateway
        limits.maxOutputBytes = 1_000_000
        // Doubling a string 40 times would need a terabyte; the output cap stops it first.
        expectFailure("#set($s = 'xxxxxxxxxx')#foreach($i in [1..40])#set($s = \"$s$s\")#end$s", nil, limits: limits)
    }
}

extension VTLRobustnessTests {
    @Test func doublingConcat() {
        expectFailure("#set($s = 'xxxxxxxxxx')#foreach($i in [1..64])#set($s = $s + $s)#end", .limit)
    }

    @Test func doublingList() {
        expectFailure("#set($l = [1])#foreach($i in [1..64])#set($ok = $l.addAll($l))#end", .limit)
    }

    @Test func nestedLoopsBudget() {
        expectFailure("#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end", .limit)
    }

    @Test func hugeRepeat() {
        expectFailure("#set($s = 'x')$s.repeat(2000000000)")
    }
}
