import OrderedCollections
// Evaluates the AST the way Velocity 1.7's node classes do (ASTReference.render, ASTSetDirective,
// Foreach, VelocimacroProxy + ProxyVMContext, Evaluate, Define, ...).

enum Interrupt: Error {
    case error(VTLError)
    case stop
    /// #break: nil breaks the nearest loop/macro/evaluate; otherwise the scope object to stop.
    case brk(AnyObject?)
}

/// A #define block (Velocity's Block.Reference): renders its body when printed.
final class DefineBlock: VTLObject {
    let body: [Node]
    init(body: [Node]) { self.body = body }
    var javaDescription: String { "Block$Reference" }
}

/// `$foreach` (Velocity's ForeachScope).
final class ForeachScope: VTLObject {
    @exclusivity(unchecked) var index = -1
    @exclusivity(unchecked) var hasNext = false
    let parent: VTLValue
    init(parent: VTLValue) { self.parent = parent }
    /// Velocity's Scope prints its (empty) storage map.
    var javaDescription: String { "{}" }
    func property(_ name: String) throws -> VTLValue? {
        switch name {
        case "index": return .integer(Int32(truncatingIfNeeded: index))
        case "count": return .integer(Int32(truncatingIfNeeded: index + 1))
        case "hasNext": return .bool(hasNext)
        case "first": return .bool(index == 0)
        case "last": return .bool(!hasNext)
        case "parent": return parent
        case "topmost":
            var top: ForeachScope = self
            while case .object(let o) = top.parent, let p = o as? ForeachScope { top = p }
            return .object(top)
        case "depth":
            var d = 1
            var cur: ForeachScope = self
            while case .object(let o) = cur.parent, let p = o as? ForeachScope { d += 1; cur = p }
            return .integer(Int32(d))
        default: return nil
        }
    }
    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        guard arguments.isEmpty else { return nil }
        switch method {
        case "getIndex": return try property("index")
        case "getCount": return try property("count")
        case "getHasNext", "hasNext": return try property("hasNext")
        case "isFirst": return try property("first")
        case "isLast": return try property("last")
        case "getParent": return try property("parent")
        case "getTopmost": return try property("topmost")
        case "getDepth": return try property("depth")
        default: return nil
        }
    }
}

/// A `java.lang.Class`, as `$x.class` gives it.
final class JavaClassObject: VTLObject {
    let name: String
    init(_ name: String) { self.name = name }
    var javaDescription: String { (name.hasPrefix("[") ? "class " : "class ") + name }
    var simpleName: String {
        if name == "[Ljava.lang.String;" { return "String[]" }
        return String(name.split(separator: ".").last ?? Substring(name))
    }
    func property(_ p: String) throws -> VTLValue? {
        switch p {
        case "name", "typeName": return .string(name)
        case "simpleName": return .string(simpleName)
        default: return nil
        }
    }
    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        guard arguments.isEmpty else { return nil }
        switch method {
        case "getName", "getTypeName": return .string(name)
        case "getSimpleName": return .string(simpleName)
        case "toString": return .string(javaDescription)
        default: return nil
        }
    }
}

/// A map entry from `entrySet()`.
final class MapEntryObject: VTLObject {
    let key: VTLValue
    let value: VTLValue
    init(key: VTLValue, value: VTLValue) { self.key = key; self.value = value }
    var javaDescription: String { key.javaString + "=" + value.javaString }
    func property(_ name: String) throws -> VTLValue? {
        switch name {
        case "key": return key
        case "value": return value
        default: return nil
        }
    }
    func call(_ method: String, arguments: [VTLValue]) throws -> VTLValue? {
        guard arguments.isEmpty else { return nil }
        switch method {
        case "getKey": return key
        case "getValue": return value
        case "toString": return .string(javaDescription)
        default: return nil
        }
    }
}

/// One macro call's context (Velocity's ProxyVMContext): its local variables (constant
/// arguments, #set results, $bodyContent) and its pass-by-name arguments.
final class MacroFrame {
    @exclusivity(unchecked) var localSlots: [Int32] = []
    @exclusivity(unchecked) var localNames: [String] = []
    @exclusivity(unchecked) var localValues: [VTLValue] = []
    @exclusivity(unchecked) var proxySlots: [Int32] = []
    @exclusivity(unchecked) var proxyNames: [String] = []
    @exclusivity(unchecked) var proxyExprs: [Expr] = []
    let name: String
    init(name: String) { self.name = name }

    @inline(__always) func localIndex(_ key: String, _ slot: Int32) -> Int? {
        if slot >= 0 {
            for i in 0..<localSlots.count where localSlots[i] == slot { return i }
            return nil
        }
        for i in 0..<localSlots.count where localSlots[i] < 0 && localNames[i] == key { return i }
        return nil
    }

    @inline(__always) func proxyIndex(_ key: String, _ slot: Int32) -> Int? {
        if slot >= 0 {
            for i in 0..<proxySlots.count where proxySlots[i] == slot { return i }
            return nil
        }
        for i in 0..<proxySlots.count where proxySlots[i] < 0 && proxyNames[i] == key { return i }
        return nil
    }

    func setLocal(_ key: String, _ slot: Int32, _ v: VTLValue) {
        if let i = localIndex(key, slot) {
            localValues[i] = v
        } else {
            localSlots.append(slot)
            localNames.append(key)
            localValues.append(v)
        }
    }

    func removeLocal(_ key: String, _ slot: Int32) {
        if let i = localIndex(key, slot) {
            localSlots.remove(at: i)
            localNames.remove(at: i)
            localValues.remove(at: i)
        }
    }
}

/// The render's output: a growable byte buffer without copy-on-write checks.
struct OutputBuffer {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    func free() { base.deallocate() }

    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        nb.update(from: base, count: count)
        base.deallocate()
        base = nb
        capacity = c
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(from: bytes.baseAddress!, count: n)
        count += n
    }

    @inline(__always) mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.assumingMemoryBound(to: UInt8.self))
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func string(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    subscript(i: Int) -> UInt8 { base[i] }
}

final class Renderer {
    let storage: TemplateStorage
    let ctx: VTLContext
    let limits: VTLLimits
    @exclusivity(unchecked) var out: OutputBuffer
    @exclusivity(unchecked) var frames: [MacroFrame] = []
    /// The frame whose context is current (-1: the template's own context).
    @exclusivity(unchecked) var level = -1
    @exclusivity(unchecked) var macros: [String: MacroDef]
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var macroDepth = 0
    let nullEqualsEmpty: Bool
    /// The template's variables by slot (see NameTable); state 0 = not read from the context yet,
    /// 1 = read, 2 = written (copied back to the context at the end).
    let slots: UnsafeMutablePointer<VTLValue?>
    let slotState: UnsafeMutablePointer<UInt8>
    let slotCount: Int
    let names: [String]
    let trackCounters: Bool
    /// Loop iterations left for this render (all loops together), so nested loops cannot spin
    /// for hours.
    @exclusivity(unchecked) var iterationBudget = 10_000_000

    init(storage: TemplateStorage, context: VTLContext) {
        self.storage = storage
        ctx = context
        limits = storage.limits
        macros = storage.macros
        nullEqualsEmpty = context.nullEqualsEmptyString
        names = storage.names
        slotCount = storage.names.count
        slots = .allocate(capacity: max(1, slotCount))
        slots.initialize(repeating: nil, count: slotCount)
        slotState = .allocate(capacity: max(1, slotCount))
        slotState.initialize(repeating: 0, count: slotCount)
        trackCounters = storage.usesCounters
        out = OutputBuffer(capacity: storage.outputHint)
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        slotState.deallocate()
        out.free()
    }

    /// Copies the variables the render wrote back into the context.
    func flush() {
        for i in 0..<slotCount where slotState[i] == 2 {
            if let v = slots[i] { ctx.variables[names[i]] = v } else { ctx.variables.removeValue(forKey: names[i]) }
        }
    }

    // MARK: errors

    func error(_ message: String, _ loc: SourceLocation, kind: VTLError.Kind = .render) -> Interrupt {
        .error(VTLError(kind: kind, message: message, location: loc, templateName: storage.name,
                        sourceLine: sourceLine(storage.bytes, loc.line)))
    }

    // MARK: context

    @inline(__always) func globalGet(_ key: String, _ slot: Int32) -> VTLValue {
        if slot >= 0 {
            let i = Int(slot)
            if slotState[i] == 0 {
                slots[i] = ctx.variables[key]
                slotState[i] = 1
            }
            return slots[i] ?? .null
        }
        if let i = storage.slotIndex[key] { return globalGet(key, i) }
        return ctx.variables[key] ?? .null
    }

    @inline(__always) func globalPut(_ key: String, _ slot: Int32, _ v: VTLValue?) {
        if slot >= 0 {
            let i = Int(slot)
            slots[i] = v
            slotState[i] = 2
            return
        }
        if let i = storage.slotIndex[key] { globalPut(key, i, v); return }
        if let v { ctx.variables[key] = v } else { ctx.variables.removeValue(forKey: key) }
    }

    func lookup(_ key: String, _ slot: Int32) throws(Interrupt) -> VTLValue {
        if level < 0 { return globalGet(key, slot) }
        return try lookup(key, slot, at: level)
    }

    func lookup(_ key: String, _ slot: Int32, at lvl: Int) throws(Interrupt) -> VTLValue {
        var l = lvl
        while l >= 0 {
            let f = frames[l]
            if let i = f.localIndex(key, slot) {
                let v = f.localValues[i]
                if case .null = v {} else { return v }
            }
            if let pi = f.proxyIndex(key, slot) {
                let e = f.proxyExprs[pi]
                let saved = level
                level = l - 1
                defer { level = saved }
                depth += 1
                defer { depth -= 1 }
                if depth > limits.maxDepth { throw error("macro arguments nest deeper than \(limits.maxDepth) levels", SourceLocation(line: 1, column: 1), kind: .limit) }
                if case .ref(let r) = e, r.parts.isEmpty {
                    return try lookup(r.root, r.rootSlot, at: l - 1)
                }
                return try value(e)
            }
            l -= 1
        }
        return globalGet(key, slot)
    }

    func put(_ key: String, _ slot: Int32, _ v: VTLValue) {
        var l = level
        while l >= 0 {
            frames[l].setLocal(key, slot, v)
            l -= 1
        }
        globalPut(key, slot, v)
    }

    func remove(_ key: String, _ slot: Int32) {
        var l = level
        while l >= 0 {
            frames[l].removeLocal(key, slot)
            l -= 1
        }
        globalPut(key, slot, nil)
    }

    // MARK: output

    @inline(__always) func checkOutput() throws(Interrupt) {
        if out.count > limits.maxOutputBytes {
            throw error("output is larger than \(limits.maxOutputBytes) bytes", SourceLocation(line: 1, column: 1), kind: .limit)
        }
    }

    @inline(__always) func write(_ s: String) throws(Interrupt) {
        var s = s
        s.withUTF8 { out.append($0) }
        try checkOutput()
    }

    @inline(__always) func write(_ b: [UInt8]) throws(Interrupt) {
        if b.count == 1 {
            out.append(b[0])
        } else {
            b.withUnsafeBufferPointer { out.append($0) }
        }
        try checkOutput()
    }

    func writeInt(_ v: Int64) throws(Interrupt) {
        if v >= 0 && v < 10 {
            out.append(UInt8(48 + v))
            return
        }
        var buf: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var m = v.magnitude
        withUnsafeMutableBytes(of: &buf) { p in
            repeat {
                p[19 - n] = UInt8(48 + m % 10)
                m /= 10
                n += 1
            } while m > 0
            if v < 0 { p[19 - n] = 45; n += 1 }
            out.append(UnsafeRawBufferPointer(rebasing: p[(20 - n)...]))
        }
        try checkOutput()
    }

    func capture(_ body: () throws(Interrupt) -> Void) throws(Interrupt) -> String {
        let start = out.count
        defer { out.count = start }
        try body()
        return out.string(from: start, to: out.count)
    }

    // MARK: statements

    func render(_ nodes: [Node]) throws(Interrupt) {
        for n in nodes { try render(n) }
    }

    func render(_ node: Node) throws(Interrupt) {
        switch node {
        case .text(let b):
            try write(b)
        case .ref(let r):
            try renderRef(r)
        case .set(let sn):
            try doSet(sn.target, sn.value, sn.loc)
        case .ifChain(let ifn):
            for b in ifn.branches {
                if try evaluate(b.condition) {
                    try nested { () throws(Interrupt) in try render(b.body) }
                    return
                }
            }
            if let elseBody = ifn.elseBody { try nested { () throws(Interrupt) in try render(elseBody) } }
        case .foreach(let fe):
            try nested { () throws(Interrupt) in try foreach(fe.varName, fe.slot, fe.iterable, fe.body, fe.loc) }
        case .macroCall(let mc):
            try macroCall(mc)
        case .define(let key, let slot, let body):
            put(key, slot, .object(DefineBlock(body: body)))
        case .evaluate(let e, let loc):
            try evaluateDirective(e, loc)
        case .breakLoop(let arg, let loc):
            guard let arg else { throw Interrupt.brk(nil) }
            let v = try value(arg)
            if case .object(let o) = v, o is ForeachScope { throw Interrupt.brk(o) }
            throw error("#break: the argument is not a scope", loc)
        case .stop:
            throw Interrupt.stop
        case .resource(let name, let loc):
            throw error("#\(name): unable to find resource (templates cannot load other templates)", loc)
        }
    }

    func nested(_ body: () throws(Interrupt) -> Void) throws(Interrupt) {
        depth += 1
        defer { depth -= 1 }
        if depth > limits.maxDepth {
            throw error("rendering nests deeper than \(limits.maxDepth) levels", SourceLocation(line: 1, column: 1), kind: .limit)
        }
        try body()
    }

    func renderRef(_ r: RefNode) throws(Interrupt) {
        if r.kind == .runt {
            try write(r.root)
            return
        }
        let v = try execute(r)
        if r.escaped {
            if case .null = v {
                try write(r.escPrefix + "\\" + r.nullString)
            } else {
                try write(r.escPrefix + r.nullString)
            }
            return
        }
        if case .object(let o) = v, let block = o as? DefineBlock {
            try nested { () throws(Interrupt) in try render(block.body) }
            return
        }
        if !r.prefixBytes.isEmpty { try write(r.prefixBytes) }
        switch v {
        case .null: break
        case .string(let s): try write(s)
        case .integer(let i): try writeInt(Int64(i))
        case .long(let l): try writeInt(l)
        default: try write(try javaString(v))
        }
    }

    /// toString() of a value, rendering #define blocks.
    func javaString(_ v: VTLValue) throws(Interrupt) -> String {
        if case .object(let o) = v, let block = o as? DefineBlock {
            return try capture { () throws(Interrupt) in try nested { () throws(Interrupt) in try render(block.body) } }
        }
        return v.javaString
    }

    func doSet(_ target: RefNode, _ e: Expr, _ loc: SourceLocation) throws(Interrupt) {
        let v = try value(e)
        if case .null = v { return }
        if target.parts.isEmpty {
            put(target.setKey, target.setSlot, v)
            return
        }
        // setValue: evaluate all but the last part, then set through it
        var cur = try lookup(target.root, target.rootSlot)
        if case .null = cur { return }
        for p in target.parts.dropLast() {
            cur = try applyPart(p, cur)
            if case .null = cur { return }
        }
        switch target.parts.last! {
        case .property(let name, let ploc):
            switch cur {
            case .map(let m):
                m.entries[.string(name)] = v
            case .object(let o):
                do {
                    _ = try o.call("set" + name.prefix(1).uppercased() + name.dropFirst(), arguments: [v])
                } catch {
                    throw hostError(error, method: name, ploc)
                }
            default:
                return
            }
        case .index(let ie, let iloc):
            let k = try value(ie)
            switch cur {
            case .map(let m):
                m.entries[k.mapKey] = v
            case .list(let l):
                guard case .integer(var i) = k else { return }
                if i < 0 { i += Int32(l.elements.count) }
                guard i >= 0 && Int(i) < l.elements.count else {
                    throw error("Error invoking method 'set(java.lang.Integer)': java.lang.IndexOutOfBoundsException: Index \(i) out of bounds for length \(l.elements.count)", iloc)
                }
                l.elements[Int(i)] = v
            default:
                return
            }
        case .method:
            return
        }
    }

    func foreach(_ varName: String, _ varSlot: Int32, _ iter: Expr, _ body: [Node], _ loc: SourceLocation) throws(Interrupt) {
        let src = try value(iter)
        var items: [VTLValue]
        var liveList: VTLList? = nil
        switch src {
        case .list(let l):
            items = []
            liveList = l
        case .map(let m):
            items = m.orderedValues
        default:
            return
        }
        let counters = trackCounters
        let savedCounter = counters ? try lookupOpt("velocityCount", NameTable.velocityCount) : nil
        let savedHasNext = counters ? try lookupOpt("velocityHasNext", NameTable.velocityHasNext) : nil
        let savedVar = try lookupOpt(varName, varSlot)
        let savedScope = try lookupOpt("foreach", NameTable.foreach)
        let scope = ForeachScope(parent: savedScope ?? .null)
        put("foreach", NameTable.foreach, .object(scope))
        var count = 1
        var cursor = 0
        let expected = liveList?.elements.count ?? items.count
        let maxLoops = limits.maxForeachIterations
        defer {
            if counters {
                if let s = savedCounter { put("velocityCount", NameTable.velocityCount, s) } else { remove("velocityCount", NameTable.velocityCount) }
                if let s = savedHasNext { put("velocityHasNext", NameTable.velocityHasNext, s) } else { remove("velocityHasNext", NameTable.velocityHasNext) }
            }
            if let s = savedVar { put(varName, varSlot, s) } else { remove(varName, varSlot) }
            if let s = savedScope { put("foreach", NameTable.foreach, s) } else { remove("foreach", NameTable.foreach) }
        }
        while count - 1 < maxLoops {
            let size = liveList?.elements.count ?? items.count
            if cursor >= size { break }
            if let l = liveList, l.elements.count != expected {
                throw error("Invocation of method 'next' threw exception java.util.ConcurrentModificationException", loc)
            }
            iterationBudget -= 1
            if iterationBudget < 0 {
                throw error("more than 10,000,000 loop iterations in one render", loc, kind: .limit)
            }
            if counters { put("velocityCount", NameTable.velocityCount, .integer(Int32(truncatingIfNeeded: count))) }
            let item = liveList?.elements[cursor] ?? items[cursor]
            cursor += 1
            let hasNext = cursor != (liveList?.elements.count ?? items.count)
            if counters { put("velocityHasNext", NameTable.velocityHasNext, .bool(hasNext)) }
            put(varName, varSlot, item)
            scope.index += 1
            scope.hasNext = hasNext
            do {
                try render(body)
            } catch .brk(let target) where target == nil || target === scope {
                break
            }
            count += 1
        }
    }

    func lookupOpt(_ key: String, _ slot: Int32) throws(Interrupt) -> VTLValue? {
        let v = try lookup(key, slot)
        if case .null = v { return nil }
        return v
    }

    func macroCall(_ mc: MacroCallNode) throws(Interrupt) {
        let mname = mc.macroName
        let args = mc.args
        let body = mc.body
        let loc = mc.loc
        guard let def = macros[mname] else {
            // An unknown macro (or directive) prints as its source text.
            try write(mc.literal)
            return
        }
        if macroDepth >= 20 {
            throw error("Max calling depth of 20 was exceeded in macro '\(mname)'", loc)
        }
        let frame = MacroFrame(name: mname)
        let np = min(def.params.count, args.count)
        frame.proxySlots.reserveCapacity(np)
        frame.proxyNames.reserveCapacity(np)
        frame.proxyExprs.reserveCapacity(np)
        for (i, p) in def.params.enumerated() where i < args.count {
            let a = args[i]
            switch a {
            case .number, .bool:
                frame.setLocal(p, def.paramSlots[i], try value(a))
            case .word:
                break
            default:
                frame.proxySlots.append(def.paramSlots[i])
                frame.proxyNames.append(p)
                frame.proxyExprs.append(a)
            }
        }
        if let body {
            frame.setLocal("bodyContent", storage.slotIndex["bodyContent"] ?? -1, .object(DefineBlock(body: body)))
        }
        frames.append(frame)
        let savedLevel = level
        level = frames.count - 1
        macroDepth += 1
        defer {
            macroDepth -= 1
            level = savedLevel
            frames.removeLast()
        }
        do {
            try nested { () throws(Interrupt) in try render(def.body) }
        } catch .brk(nil) {
        }
    }

    func evaluateDirective(_ e: Expr, _ loc: SourceLocation) throws(Interrupt) {
        let v = try value(e)
        var text = ""
        if case .null = v {} else { text = try javaString(v) }
        if text.isEmpty { return }
        var parser = VTLParser(bytes: Array(text.utf8), maxDepth: max(1, limits.maxDepth - depth), names: NameTable(frozen: names))
        let nodes: [Node]
        do {
            nodes = try parser.parseTemplate()
        } catch {
            let inner = locate(Array(text.utf8), error.offset)
            throw self.error("#evaluate: the text does not parse at \(inner.line):\(inner.column): \(error.message)", loc, kind: error.kind == .limit ? .limit : .render)
        }
        for m in parser.macros where macros[m.name] == nil { macros[m.name] = m }
        do {
            try nested { () throws(Interrupt) in try render(nodes) }
        } catch .brk(nil) {
        }
    }

    // MARK: references

    func execute(_ r: RefNode) throws(Interrupt) -> VTLValue {
        if r.kind == .runt { return .null }
        var v = try lookup(r.root, r.rootSlot)
        if case .null = v { return .null }
        for p in r.parts {
            v = try applyPart(p, v)
            if case .null = v { return .null }
        }
        return v
    }

    func applyPart(_ p: RefPart, _ target: VTLValue) throws(Interrupt) -> VTLValue {
        switch p {
        case .property(let name, let loc):
            return try getProperty(target, name, loc)
        case .method(let mc):
            let n = mc.args.count
            if n == 0 {
                return try callMethod(target, mc.name, mc.id, MethodArgs(start: nil, count: 0), mc.loc) ?? .null
            }
            let result: Result<VTLValue, Interrupt> = withUnsafeTemporaryAllocation(of: VTLValue.self, capacity: n) { buf in
                let base = buf.baseAddress!
                var i = 0
                defer { base.deinitialize(count: i) }
                do throws(Interrupt) {
                    while i < n {
                        (base + i).initialize(to: try value(mc.args[i]))
                        i += 1
                    }
                    return .success(try callMethod(target, mc.name, mc.id, MethodArgs(start: base, count: n), mc.loc) ?? .null)
                } catch {
                    return .failure(error)
                }
            }
            return try result.get()
        case .index(let e, let loc):
            let k = try value(e)
            return try index(target, k, loc)
        }
    }

    func hostError(_ e: any Error, method: String, _ loc: SourceLocation) -> Interrupt {
        if let i = e as? Interrupt { return i }
        if let h = e as? VTLHostError {
            return error("Invocation of method '\(method)' threw exception \(h.exception): \(h.message)", loc)
        }
        if let v = e as? VTLError { return .error(v) }
        return error("Invocation of method '\(method)' threw exception \(e)", loc)
    }

    func getProperty(_ target: VTLValue, _ name: String, _ loc: SourceLocation) throws(Interrupt) -> VTLValue {
        switch target {
        case .map(let m):
            if name == "class" { return .object(JavaClassObject(javaClassName(target))) }
            return m.entries[.string(name)] ?? .null
        case .object(let o):
            do {
                return try o.property(name) ?? .null
            } catch {
                throw hostError(error, method: "get" + name, loc)
            }
        case .list(let l):
            switch name {
            case "empty": return .bool(l.elements.isEmpty)
            case "class": return .object(JavaClassObject(javaClassName(target)))
            default: return .null
            }
        case .string(let s):
            switch name {
            case "empty": return .bool(s.isEmpty)
            case "blank": return .bool(s.unicodeScalars.allSatisfy { javaIsWhitespace($0) })
            case "class": return .object(JavaClassObject("java.lang.String"))
            case "bytes": return .list(VTLList(kind: .array, elements: Array(s.utf8).map { .integer(Int32(Int8(bitPattern: $0))) }))
            default: return .null
            }
        case .double(let d):
            switch name {
            case "infinite": return .bool(d.isInfinite)
            case "naN": return .bool(d.isNaN)
            case "class": return .object(JavaClassObject("java.lang.Double"))
            default: return .null
            }
        case .integer, .long, .bool, .bigNumber: return name == "class" ? .object(JavaClassObject(javaClassName(target))) : .null
        case .null: return .null
        }
    }

    func index(_ target: VTLValue, _ k: VTLValue, _ loc: SourceLocation) throws(Interrupt) -> VTLValue {
        switch target {
        case .list(let l):
            guard case .integer(var i) = k else { return .null }
            if i < 0 { i += Int32(l.elements.count) }
            guard i >= 0 && Int(i) < l.elements.count else {
                throw error("Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList: Index \(i) out of bounds for length \(l.elements.count)", loc)
            }
            return l.elements[Int(i)]
        case .map(let m):
            return m.entries[k.mapKey] ?? .null
        case .object(let o):
            do {
                return try o.call("get", arguments: [k]) ?? .null
            } catch {
                throw hostError(error, method: "get", loc)
            }
        default:
            return .null
        }
    }

    // MARK: expressions

    func value(_ e: Expr) throws(Interrupt) -> VTLValue {
        switch e {
        case .string(let s): return .string(s)
        case .interpolated(let nodes, let marker):
            let start = out.count
            defer { out.count = start }
            try nested { () throws(Interrupt) in try render(nodes) }
            var end = out.count
            if marker == " " && end > start {
                // drop the last character (the space the parser appended)
                end -= 1
                while end > start && out[end] & 0xC0 == 0x80 { end -= 1 }
            }
            return .string(out.string(from: start, to: end))
        case .number(let c):
            switch c {
            case .int(let i): return .integer(i)
            case .long(let l): return .long(l)
            case .big(let b): return .bigNumber(b)
            case .double(let d): return .double(d)
            }
        case .bool(let b): return .bool(b)
        case .ref(let r): return try execute(r)
        case .list(let items):
            var vals: [VTLValue] = []
            vals.reserveCapacity(items.count)
            for i in items { vals.append(try value(i)) }
            return .list(VTLList(kind: .arrayList, elements: vals))
        case .range(let a, let b, let loc):
            let l = try value(a), r = try value(b)
            guard l.isNumber, r.isNumber else { return .null }
            let x = Int(l.intValue), y = Int(r.intValue)
            let n = abs(x - y) + 1
            if n > 10_000_000 {
                throw error("range [\(x)..\(y)] has more than 10,000,000 elements", loc, kind: .limit)
            }
            let delta = x >= y ? -1 : 1
            var vals: [VTLValue] = []
            vals.reserveCapacity(n)
            var v = x
            for _ in 0..<n { vals.append(.integer(Int32(truncatingIfNeeded: v))); v += delta }
            return .list(VTLList(kind: .arrayList, elements: vals))
        case .map(let entries):
            let m = VTLMap(kind: .linkedHashMap, entries: OrderedDictionary(minimumCapacity: entries.count))
            for en in entries {
                let k = try value(en.key)
                let v = try value(en.value)
                m.entries[k.mapKey] = v
            }
            return .map(m)
        case .binary(let bx):
            let op = bx.op
            switch op {
            case .or, .and, .eq, .ne, .lt, .gt, .le, .ge:
                return .bool(try evaluate(e))
            case .add, .sub, .mul, .div, .mod:
                let a = try value(bx.left), b = try value(bx.right)
                if op == .add {
                    var isStr = false
                    if case .string = a { isStr = true }
                    if case .string = b { isStr = true }
                    if isStr {
                        let sa: String
                        if case .null = a { sa = bx.leftLiteral } else { sa = try javaString(a) }
                        let sb: String
                        if case .null = b { sb = bx.rightLiteral } else { sb = try javaString(b) }
                        if sa.utf8.count + sb.utf8.count > limits.maxOutputBytes {
                            throw self.error("string is larger than \(limits.maxOutputBytes) bytes", bx.loc, kind: .limit)
                        }
                        return .string(sa + sb)
                    }
                }
                guard a.isNumber, b.isNumber else { return .null }
                let mop: MathOp
                switch op {
                case .add: mop = .add
                case .sub: mop = .sub
                case .mul: mop = .mul
                case .div: mop = .div
                default: mop = .mod
                }
                do {
                    return try javaMath(mop, a, b) ?? .null
                } catch {
                    throw self.error("arithmetic overflow beyond 128 bits", bx.loc)
                }
            }
        case .not:
            return .bool(try evaluate(e))
        case .word:
            return .null
        }
    }

    func evaluate(_ e: Expr) throws(Interrupt) -> Bool {
        switch e {
        case .bool(let b): return b
        case .ref(let r):
            let v = try execute(r)
            switch v {
            case .null: return false
            case .bool(let b): return b
            default: return true
            }
        case .not(let inner):
            return !(try evaluate(inner))
        case .binary(let bx):
            let l = bx.left, r = bx.right
            switch bx.op {
            case .or:
                if try evaluate(l) { return true }
                return try evaluate(r)
            case .and:
                if !(try evaluate(l)) { return false }
                return try evaluate(r)
            case .eq:
                return try equalsOp(try value(l), try value(r))
            case .ne:
                return !(try equalsOp(try value(l), try value(r)))
            case .lt, .gt, .le, .ge:
                let a = try value(l), b = try value(r)
                guard a.isNumber, b.isNumber else { return false }
                let c = javaCompareNumbers(a, b)
                switch bx.op {
                case .lt: return c < 0
                case .gt: return c > 0
                case .le: return c <= 0
                default: return c >= 0
                }
            default:
                return false
            }
        default:
            return false
        }
    }

    func equalsOp(_ a: VTLValue, _ b: VTLValue) throws(Interrupt) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, .string(let s)), (.string(let s), .null):
            return nullEqualsEmpty && s.isEmpty
        case (.null, _), (_, .null): return false
        default: break
        }
        if a.isNumber && b.isNumber { return javaCompareNumbers(a, b) == 0 }
        if javaClassRelated(a, b) { return javaEquals(a, b) }
        let sa = try javaString(a), sb = try javaString(b)
        return sa.utf16.elementsEqual(sb.utf16)
    }
}

/// Is one value's Java class assignable from the other's (so Velocity uses equals())?
func javaClassRelated(_ a: VTLValue, _ b: VTLValue) -> Bool {
    switch (a, b) {
    case (.string, .string), (.bool, .bool): return true
    case (.list(let x), .list(let y)):
        if x.kind == .array || y.kind == .array { return x.kind == y.kind }
        return true
    case (.map(let x), .map(let y)): return x.kind == y.kind
    case (.object(let x), .object(let y)): return type(of: x) == type(of: y)
    default: return false
    }
}

/// Java's equals().
func javaEquals(_ a: VTLValue, _ b: VTLValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.string(let x), .string(let y)): return x.utf16.elementsEqual(y.utf16)
    case (.bool(let x), .bool(let y)): return x == y
    case (.integer(let x), .integer(let y)): return x == y
    case (.long(let x), .long(let y)): return x == y
    case (.double(let x), .double(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
    case (.bigNumber(let x), .bigNumber(let y)): return x == y
    case (.list(let x), .list(let y)):
        if x === y { return true }
        if x.kind == .array || y.kind == .array { return false }
        guard x.elements.count == y.elements.count else { return false }
        for (p, q) in zip(x.elements, y.elements) where !javaEquals(p, q) { return false }
        return true
    case (.map(let x), .map(let y)):
        if x === y { return true }
        guard x.entries.count == y.entries.count else { return false }
        for (k, v) in x.entries {
            guard let w = y.entries[k], javaEquals(v, w) else { return false }
        }
        return true
    case (.object(let x), .object(let y)): return x === y
    default: return false
    }
}

func javaIsWhitespace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09...0x0D, 0x1C...0x1F, 0x20: return true
    case 0xA0, 0x2007, 0x202F: return false
    default: return u.properties.isWhitespace
    }
}
