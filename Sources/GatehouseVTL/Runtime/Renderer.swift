import Foundation

/// Why rendering left the normal flow: a failure, `#stop`, or `#break`.
enum Interrupt: Error {
    case failure(VTLError)
    /// `#stop`: ends the template (or the innermost `#evaluate`).
    case stopAll
    /// `#break`: ends the innermost `#foreach`, macro call, `#define` block or `#evaluate`.
    case breakNearest
    /// `#break($foreach)`: ends the loop owning that scope.
    case breakScope(ObjectIdentifier)
}

/// Slots every program reserves, so directives find them without a lookup.
enum WellKnownSlot {
    static let foreach: Int32 = 0
    static let velocityCount: Int32 = 1
    static let velocityHasNext: Int32 = 2
    static let bodyContent: Int32 = 3
    static let names = ["foreach", "velocityCount", "velocityHasNext", "bodyContent"]
}

/// The variables a macro call sees (Velocity's `ProxyVMContext`): its own values, and its
/// arguments, which are re-evaluated in the caller's context on every read (pass by name).
final class MacroFrame {
    let parent: MacroFrame?
    var locals: [Int32: VTLValue] = [:]
    var proxies: [Int32: Expr] = [:]
    init(parent: MacroFrame?) { self.parent = parent }
}

/// The render's variables by slot, and which of them the template assigned: one allocation each
/// rather than arrays, so reading or writing a slot costs no uniqueness check and no retain of
/// an array buffer. Its owner calls `free()` exactly once.
struct SlotStore {
    private(set) var values: UnsafeMutablePointer<VTLValue>
    private(set) var touched: UnsafeMutablePointer<Bool>
    private(set) var count: Int

    init(count: Int) {
        self.count = count
        values = .allocate(capacity: max(count, 1))
        values.initialize(repeating: .null, count: count)
        touched = .allocate(capacity: max(count, 1))
        touched.initialize(repeating: false, count: count)
    }

    /// Adds null, unassigned slots up to `newCount` (names an `#evaluate` text introduced).
    mutating func grow(to newCount: Int) {
        guard newCount > count else { return }
        let newValues = UnsafeMutablePointer<VTLValue>.allocate(capacity: newCount)
        newValues.moveInitialize(from: values, count: count)
        (newValues + count).initialize(repeating: .null, count: newCount - count)
        let newTouched = UnsafeMutablePointer<Bool>.allocate(capacity: newCount)
        newTouched.moveInitialize(from: touched, count: count)
        (newTouched + count).initialize(repeating: false, count: newCount - count)
        values.deallocate()
        touched.deallocate()
        values = newValues
        touched = newTouched
        count = newCount
    }

    func free() {
        values.deinitialize(count: count)
        values.deallocate()
        touched.deallocate()
    }
}

/// One render of a template: the output buffer, the variables, the macro frames.
final class Renderer {
    let storage: TemplateStorage
    let context: VTLContext
    let limits: VTLLimits
    let nullEqualsEmptyString: Bool
    /// The output so far, as UTF-8: appending bytes is much cheaper than growing a `String`.
    @exclusivity(unchecked) var out: OutputBuffer
    /// Emptied buffers that string interpolation renders into, reused rather than reallocated.
    @exclusivity(unchecked) private var spareBuffers: [OutputBuffer] = []
    /// The variables by slot, and which ones the template assigned.
    @exclusivity(unchecked) private var slots: SlotStore
    private(set) var names: [String]
    @exclusivity(unchecked) private var current: MacroFrame? = nil
    private var macros: [String: MacroDefinition]
    private var macroStack: [String] = []
    /// Macros defined by `#evaluate` text, whose offsets are in that text.
    private var evaluatedMacros: Set<String> = []
    @exclusivity(unchecked) private var depth = 0
    /// The text that node offsets currently refer to (the template, or `#evaluate` text).
    private var sourceBytes: [UInt8]
    private var sourcePrefix = ""

    init(storage: TemplateStorage, context: VTLContext) {
        self.storage = storage
        self.context = context
        self.limits = storage.limits
        self.nullEqualsEmptyString = context.nullEqualsEmptyString
        self.names = storage.program.names
        self.macros = storage.macros
        self.sourceBytes = storage.bytes
        var slots = SlotStore(count: names.count)
        if context.variables.count < names.count {
            // Usually a handful of variables and more names: look each variable up.
            let slotsByName = storage.slotsByName
            for (name, value) in context.variables {
                if let index = slotsByName[name] { slots.values[index] = value }
            }
        } else {
            for (index, name) in names.enumerated() {
                if let value = context.variables[name] { slots.values[index] = value }
            }
        }
        self.slots = slots
        out = OutputBuffer(capacity: storage.outputCapacityHint)
    }

    deinit {
        out.free()
        for buffer in spareBuffers { buffer.free() }
        slots.free()
    }

    /// Renders the template; the context receives every variable the template changed.
    func run() throws(VTLError) -> String {
        defer { writeBack() }
        do {
            try render(storage.program.nodes)
        } catch {
            switch error {
            case .failure(let failure): throw failure
            case .stopAll, .breakNearest, .breakScope: break
            }
        }
        return out.string
    }

    private func writeBack() {
        let contextWasEmpty = context.variables.isEmpty
        for index in 0..<slots.count where slots.touched[index] {
            let name = names[index]
            if case .null = slots.values[index] {
                if !contextWasEmpty { context.variables.removeValue(forKey: name) }
            } else {
                context.variables[name] = slots.values[index]
            }
        }
    }

    // MARK: Variables

    @inline(__always) func get(_ slot: Int32) throws(Interrupt) -> VTLValue {
        guard let frame = current else { return slots.values[Int(slot)] }
        return try get(slot, from: frame)
    }

    private func get(_ slot: Int32, from start: MacroFrame) throws(Interrupt) -> VTLValue {
        var frame: MacroFrame? = start
        while let f = frame {
            if let value = f.locals[slot], !value.isNull { return value }
            if let proxy = f.proxies[slot] {
                let saved = current
                current = f.parent
                defer { current = saved }
                return try value(proxy)
            }
            frame = f.parent
        }
        return slots.values[Int(slot)]
    }

    @inline(__always) func put(_ slot: Int32, _ value: VTLValue) {
        var frame = current
        while let f = frame {
            f.locals[slot] = value
            frame = f.parent
        }
        slots.values[Int(slot)] = value
        slots.touched[Int(slot)] = true
    }

    private func remove(_ slot: Int32) {
        var frame = current
        while let f = frame {
            f.locals[slot] = nil
            f.proxies[slot] = nil
            frame = f.parent
        }
        slots.values[Int(slot)] = .null
        slots.touched[Int(slot)] = true
    }

    // MARK: Errors

    func failure(_ message: String, at offset: Int32, kind: VTLError.Kind = .render) -> Interrupt {
        .failure(makeError(message, at: Int(offset), kind: kind))
    }

    private func makeError(_ message: String, at offset: Int, kind: VTLError.Kind) -> VTLError {
        let (line, column) = SourceText.lineColumn(sourceBytes, offset)
        return VTLError(kind: kind, message: sourcePrefix + message, location: SourceLocation(line: line, column: column),
                        templateName: storage.name, sourceLine: SourceText.lineText(sourceBytes, offset))
    }

    private func javaFailure(_ error: any Error, method: String, receiver: VTLValue, at offset: Int32) -> Interrupt {
        if let interrupt = error as? Interrupt { return interrupt }
        return failure("Invocation of method '\(method)' in class \(receiver.javaClassName) threw exception \(Self.describe(error))", at: offset)
    }

    static func describe(_ error: any Error) -> String {
        if let java = error as? JavaException { return java.description }
        if let host = error as? VTLHostError { return host.description }
        if let vtl = error as? VTLError { return vtl.message }
        return String(describing: error)
    }

    private func enter(_ offset: Int32) throws(Interrupt) {
        depth += 1
        if depth > limits.maxDepth {
            throw failure("rendering nests macros, #evaluate or blocks more than \(limits.maxDepth) deep", at: offset, kind: .limit)
        }
    }

    @inline(__always) private func checkOutput(_ offset: Int32) throws(Interrupt) {
        if out.count > limits.maxOutputBytes {
            throw failure("the output is larger than \(limits.maxOutputBytes) bytes", at: offset, kind: .limit)
        }
    }

    // MARK: Nodes

    func render(_ nodes: [Node]) throws(Interrupt) {
        // Through the buffer, so each node is read in place rather than copied out of the array.
        try nodes.withUnsafeBufferPointer { (nodes) throws(Interrupt) in
            for index in nodes.indices {
                try render(node: nodes[index])
            }
        }
    }

    @inline(__always) private func render(node: borrowing Node) throws(Interrupt) {
        switch node {
        case .text(let text):
            out += text
        case .reference(let reference):
            try renderReference(reference)
        case .set(let target, let expression, let offset):
            try set(target, expression, offset)
        case .ifChain(let branches, let otherwise):
            var taken = false
            for branch in branches where try evaluate(branch.condition) {
                try render(branch.body)
                taken = true
                break
            }
            if !taken, let otherwise { try render(otherwise) }
        case .foreach(let loop):
            try foreach(loop)
        case .macroCall(let call):
            try callMacro(call)
        case .define(_, let slot, let body, _):
            put(slot, .object(BlockReference(body: body, maxDepth: 2, renderer: self)))
        case .evaluate(let arguments, let offset):
            try evaluateDirective(arguments, offset)
        case .include(let arguments, let offset):
            try include(arguments, offset)
        case .parse(let arguments, let offset):
            try parseDirective(arguments, offset)
        case .stop(let arguments, _):
            if let first = arguments.first { _ = try value(first) }
            throw Interrupt.stopAll
        case .breakLoop(let arguments, let offset):
            guard let first = arguments.first else { throw Interrupt.breakNearest }
            let scope = try value(first)
            if case .object(let object) = scope, let foreach = object as? ForeachScope {
                throw Interrupt.breakScope(ObjectIdentifier(foreach))
            }
            throw failure("\(Self.literal(first)) is not a valid org.apache.velocity.runtime.directive.Scope instance", at: offset)
        case .literalBlock(let text):
            out += text
        case .nothing:
            break
        }
    }

    private static func literal(_ expr: Expr) -> String {
        switch expr {
        case .reference(let reference): return reference.literal
        case .constant(_, let literal), .interpolated(_, let literal): return literal
        case .word(let word): return word
        default: return "argument"
        }
    }

    private func renderReference(_ reference: Reference) throws(Interrupt) {
        if reference.kind == .runt {
            out += reference.name
            return
        }
        let value = try execute(reference)
        if reference.escaped {
            out += reference.escapePrefix
            if value.isNull { out += "\\" }
            out += reference.nullString
            return
        }
        if case .object(let object) = value, let block = object as? BlockReference {
            out += reference.escapePrefix
            out += reference.morePrefix
            _ = try renderBlock(block)
            try checkOutput(reference.offset)
            return
        }
        if !reference.escapePrefix.isEmpty { out += reference.escapePrefix }
        if !reference.morePrefix.isEmpty { out += reference.morePrefix }
        switch value {
        case .null: break
        case .string(let text): out += text
        case .integer(let n): appendDecimal(Int64(n))
        case .long(let n): appendDecimal(n)
        default:
            var text = ""
            JavaText.append(value, to: &text, depth: 0)
            out += text
        }
        try checkOutput(reference.offset)
    }

    /// Appends `Integer.toString` / `Long.toString` of `n`.
    private func appendDecimal(_ n: Int64) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        out.appendDigits(n.magnitude)
    }

    /// Renders a `#define` block or `$bodyContent` in the current context; false past its depth.
    func renderBlock(_ block: BlockReference) throws(Interrupt) -> Bool {
        block.depth += 1
        defer { block.depth -= 1 }
        if block.depth > block.maxDepth { return false }
        try enter(0)
        defer { depth -= 1 }
        do {
            try render(block.body)
        } catch {
            if case .breakNearest = error { return true }
            throw error
        }
        return true
    }

    /// The block's `toString()`: its rendering, `nil` past the depth limit. What the body throws
    /// propagates, as from Velocity's `Block.Reference.toString()`.
    func renderBlockToString(_ block: BlockReference) throws(Interrupt) -> String? {
        let saved = out
        out = spareBuffers.popLast() ?? OutputBuffer()
        defer {
            out.removeAll()
            spareBuffers.append(out)
            out = saved
        }
        guard try renderBlock(block) else { return nil }
        return out.string
    }

    /// A `#define` block as `==` sees it once Velocity has called its `toString()`: its text, or
    /// null past the depth limit; any other value unchanged. What the block throws propagates.
    private func renderedIfBlock(_ value: VTLValue) throws(Interrupt) -> VTLValue {
        guard case .object(let object) = value, let block = object as? BlockReference else { return value }
        return try renderBlockToString(block).map(VTLValue.string) ?? .null
    }

    // MARK: #set

    private func set(_ target: Reference, _ expression: Expr, _ offset: Int32) throws(Interrupt) {
        let newValue = try value(expression)
        if newValue.isNull { return }
        guard let last = target.modifiers.last else {
            put(target.setSlot, newValue)
            return
        }
        var result = try get(target.slot)
        if result.isNull { return }
        for modifier in target.modifiers.dropLast() {
            result = try apply(modifier, to: result)
            if result.isNull { return }
        }
        noteHolder(result, given: CollectionOfOne(newValue))
        switch last {
        case .property(let name, let at), .method(let name, _, let at, _):
            do {
                _ = try JavaRuntime.setProperty(result, name, newValue)
            } catch {
                throw failure("Invocation of method 'set\(name.prefix(1).uppercased() + name.dropFirst())' in class \(result.javaClassName) threw exception \(Self.describe(error))", at: at)
            }
        case .index(let indexExpression, let at):
            var argument = try value(indexExpression)
            if case .integer(let i) = argument, i < 0 {
                switch result {
                case .list(let list): argument = .integer(Int32(truncatingIfNeeded: list.elements.count) &+ i)
                case .map(let map): argument = .integer(Int32(truncatingIfNeeded: map.entries.count) &+ i)
                default: break
                }
            }
            do {
                switch result {
                case .list(let list):
                    if case .integer = argument { _ = try JavaRuntime.listMethod(list, "set", [argument, newValue]) }
                case .map(let map):
                    map.entries[VTLMapKey(argument)] = newValue
                case .object(let object):
                    if let scope = object as? ForeachScope {
                        if case .string(let key) = argument { scope.storage[key] = newValue }
                    } else if try object.call("set", arguments: [argument, newValue]) == nil {
                        _ = try object.call("put", arguments: [argument, newValue])
                    }
                default:
                    break
                }
            } catch {
                throw failure("Exception calling method 'set(\(argument.javaClassName),\(newValue.javaClassName))' in \(result.javaClassName): \(Self.describe(error))", at: at)
            }
        }
    }

    /// Notes a list, map or `$foreach` scope about to be given a list, map or object (see
    /// `VTLContext.holders`): only such a change can close a reference cycle.
    @inline(__always) private func noteHolder(_ receiver: VTLValue, given values: some Collection<VTLValue>) {
        guard values.contains(where: \.isReferenceType) else { return }
        let holder: VTLContext.Holder
        switch receiver {
        case .map(let map):
            if case .map(let last)? = context.holders.last, last === map { return }
            holder = .map(map)
        case .list(let list):
            if case .list(let last)? = context.holders.last, last === list { return }
            holder = .list(list)
        case .object(let object):
            guard let scope = object as? ForeachScope else { return }
            holder = .scope(scope)
        default:
            return
        }
        context.holders.append(holder)
    }

    // MARK: References

    func execute(_ reference: Reference) throws(Interrupt) -> VTLValue {
        var result = try get(reference.slot)
        if result.isNull { return .null }
        let modifiers = reference.modifiers
        var index = 0
        while index < modifiers.count {
            result = try apply(modifiers[index], to: result)
            if result.isNull { return .null }
            index += 1
        }
        return result
    }

    private func apply(_ modifier: Modifier, to receiver: VTLValue) throws(Interrupt) -> VTLValue {
        switch modifier {
        case .property(let name, let offset):
            if case .object(let object) = receiver, ObjectIdentifier(type(of: object)) == ObjectIdentifier(ForeachScope.self) {
                return ForeachScope.fastProperty(unsafeDowncast(object, to: ForeachScope.self), name)
            }
            do {
                return try JavaRuntime.property(receiver, name) ?? .null
            } catch {
                throw javaFailure(error, method: "get" + name.prefix(1).uppercased() + name.dropFirst(), receiver: receiver, at: offset)
            }
        case .method(let name, let arguments, let offset, let known):
            if let constant = known.constant, case .string(let text) = receiver {
                do {
                    return try constant.call(text)
                } catch {
                    throw javaFailure(error, method: name, receiver: receiver, at: offset)
                }
            }
            var values: [VTLValue] = []
            if !arguments.isEmpty {
                // (`reserveCapacity(0)` would allocate.)
                values.reserveCapacity(arguments.count)
                for argument in arguments { values.append(try value(argument)) }
            }
            noteHolder(receiver, given: values)
            do {
                if let result = try JavaRuntime.invokeKnown(receiver, known.method, values) { return result }
                return try JavaRuntime.invoke(receiver, name, values) ?? .null
            } catch {
                throw javaFailure(error, method: name, receiver: receiver, at: offset)
            }
        case .index(let expression, let offset):
            let argument = try value(expression)
            do {
                return try JavaRuntime.index(receiver, argument) ?? .null
            } catch let failure as JavaRuntime.IndexFailure {
                switch failure {
                case .noSize(let className):
                    throw self.failure("A 'size()' method required for negative value \(argument.javaString) does not exist for class '\(className)'", at: offset)
                }
            } catch {
                if let interrupt = error as? Interrupt { throw interrupt }
                throw self.failure("Error invoking method 'get(\(argument.javaClassName))' in \(receiver.javaClassName): \(Self.describe(error))", at: offset)
            }
        }
    }

    // MARK: Expressions

    func value(_ expr: Expr) throws(Interrupt) -> VTLValue {
        switch expr {
        case .constant(let constant, _):
            switch constant {
            case .string(let text): return .string(text)
            case .integer(let n): return .integer(n)
            case .long(let n): return .long(n)
            case .double(let d): return .double(d)
            case .bool(let b): return .bool(b)
            case .bigInteger(let text): return .bigNumber(VTLBigNumber(kind: .integer, text: text))
            }
        case .interpolated(let interpolation, _):
            return .string(try interpolate(interpolation))
        case .reference(let reference):
            return try execute(reference)
        case .group(let inner, _):
            return try value(inner)
        case .list(let elements):
            var values: [VTLValue] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try value(element)) }
            return .list(VTLList(kind: .arrayList, elements: values))
        case .map(let entries):
            let map = VTLMap(kind: .linkedHashMap)
            var i = 0
            while i + 1 < entries.count {
                let key = try value(entries[i])
                let element = try value(entries[i + 1])
                map.entries[VTLMapKey(key)] = element
                i += 2
            }
            return .map(map)
        case .range(let low, let high, let offset):
            let left = try value(low), right = try value(high)
            guard JavaRuntime.isNumber(left), JavaRuntime.isNumber(right) else { return .null }
            let l = Int(JavaNumber.intValue(left)), r = Int(JavaNumber.intValue(right))
            let count = abs(l - r) + 1
            guard count <= 10_000_000 else {
                throw failure("the range [\(l)..\(r)] has more than 10,000,000 elements", at: offset, kind: .limit)
            }
            let step = l >= r ? -1 : 1
            var values: [VTLValue] = []
            values.reserveCapacity(count)
            var n = l
            for _ in 0..<count {
                values.append(.integer(Int32(truncatingIfNeeded: n)))
                n += step
            }
            return .list(VTLList(kind: .arrayList, elements: values))
        case .math(let op, let a, let b, let leftLiteral, let rightLiteral, _, _):
            let left = try value(a), right = try value(b)
            if op == .add {
                if case .string(let l) = left {
                    if case .string(let r) = right { return .string(l + r) }
                    return .string(l + (right.isNull ? rightLiteral : right.javaString))
                }
                if case .string(let r) = right {
                    return .string((left.isNull ? leftLiteral : left.javaString) + r)
                }
            }
            guard JavaRuntime.isNumber(left), JavaRuntime.isNumber(right) else { return .null }
            if op == .modulo, JavaNumber.base(left, right) == .bigDecimal, !JavaNumber.isZero(right) {
                throw failure("java.lang.ArithmeticException: Cannot calculate the modulo of BigDecimals.", at: mathOffset(expr))
            }
            return JavaNumber.perform(op, left, right) ?? .null
        case .compare, .and, .or, .not:
            return .bool(try evaluate(expr))
        case .word:
            return .null
        }
    }

    /// Velocity's `evaluate()`: how a node counts as a condition.
    func evaluate(_ expr: Expr) throws(Interrupt) -> Bool {
        switch expr {
        case .reference(let reference):
            let result = try execute(reference)
            switch result {
            case .null: return false
            case .bool(let flag): return flag
            case .object(let object):
                if let block = object as? BlockReference {
                    // ASTReference.evaluate: toString() != null, its exceptions wrapped.
                    do {
                        return try renderBlockToString(block) != nil
                    } catch {
                        guard case .failure = error else { throw error }
                        throw failure("Reference evaluation threw an exception", at: reference.offset)
                    }
                }
                return true
            default: return true
            }
        case .constant(.bool(let flag), _):
            return flag
        case .group(let inner, _):
            return try evaluate(inner)
        case .and(let a, let b):
            guard try evaluate(a) else { return false }
            return try evaluate(b)
        case .or(let a, let b):
            if try evaluate(a) { return true }
            return try evaluate(b)
        case .not(let a):
            return !(try evaluate(a))
        case .compare(let op, let a, let b, _):
            let left = try value(a), right = try value(b)
            switch op {
            case .equal: return try equals(left, right)
            case .notEqual: return !(try equals(left, right))
            default:
                guard !left.isNull, !right.isNull, JavaRuntime.isNumber(left), JavaRuntime.isNumber(right) else { return false }
                let c = JavaNumber.compare(left, right)
                switch op {
                case .less: return c == -1
                case .greater: return c == 1
                case .lessOrEqual: return c != 1
                default: return c != -1
                }
            }
        default:
            return false
        }
    }

    /// `==` as Velocity 1.7 computes it (with AWS's null == "" when enabled).
    private func equals(_ left: VTLValue, _ right: VTLValue) throws(Interrupt) -> Bool {
        if JavaRuntime.isNumber(left) && JavaRuntime.isNumber(right) {
            return JavaNumber.compare(left, right) == 0
        }
        if !left.isNull && !right.isNull && JavaRuntime.sameJavaClassFamily(left, right) {
            return JavaRuntime.javaEquals(left, right)
        }
        // Velocity compares the sides' toString() from here on, taken before it looks for nulls.
        let left = try renderedIfBlock(left), right = try renderedIfBlock(right)
        switch (left, right) {
        case (.null, .null): return true
        case (.null, .string(let text)), (.string(let text), .null): return nullEqualsEmptyString && text.isEmpty
        case (.null, _), (_, .null): return false
        default: return left.javaString == right.javaString
        }
    }

    private func mathOffset(_ expr: Expr) -> Int32 {
        if case .math(_, _, _, _, _, _, let offset) = expr { return offset }
        return 0
    }

    private func interpolate(_ interpolation: Interpolation) throws(Interrupt) -> String {
        // Render into a spare buffer (kept between interpolations) in place of the output.
        let saved = out
        out = spareBuffers.popLast() ?? OutputBuffer()
        defer {
            out.removeAll()
            spareBuffers.append(out)
            out = saved
        }
        try render(interpolation.nodes)
        if interpolation.dropLast, !out.isEmpty {
            // Drop the last character (Unicode scalar); Java drops one UTF-16 unit, so a
            // supplementary character leaves its high surrogate, which prints as `?`.
            var start = out.count - 1
            while start > 0, out[start] & 0xC0 == 0x80 { start -= 1 }
            let supplementary = out[start] >= 0xF0
            out.truncate(to: start)
            if supplementary { out.append(UInt8(ascii: "?")) }
        }
        return out.string
    }

    // MARK: #foreach

    private func foreach(_ loop: ForeachNode) throws(Interrupt) {
        guard loop.arguments.count >= 2 else {
            throw failure("#foreach needs a variable, \"in\" and a list, as in #foreach($item in $list)", at: loop.offset)
        }
        guard loop.arguments.count >= 3 else { return }
        let source = try value(loop.arguments[2])
        guard let iteration = JavaRuntime.iterationSource(source) else { return }
        let savedElement = try get(loop.slot)
        let savedCounter = try get(WellKnownSlot.velocityCount)
        let savedHasNext = try get(WellKnownSlot.velocityHasNext)
        let scope = ForeachScope(previous: try get(WellKnownSlot.foreach).nonNull)
        put(WellKnownSlot.foreach, .object(scope))
        defer {
            restore(loop.slot, savedElement)
            restore(WellKnownSlot.velocityCount, savedCounter)
            restore(WellKnownSlot.velocityHasNext, savedHasNext)
            if let parent = scope.parent {
                put(WellKnownSlot.foreach, .object(parent))
            } else if let replaced = scope.replaced {
                put(WellKnownSlot.foreach, replaced)
            } else {
                remove(WellKnownSlot.foreach)
            }
        }
        let maxLoops = limits.maxForeachIterations > 0 ? limits.maxForeachIterations : Int.max
        var counter = 0
        var index = 0
        let list: VTLList?
        let values: [VTLValue]
        var owner: VTLMap? = nil
        switch iteration {
        case .list(let l):
            list = l.isMapView ? nil : l
            values = l.isMapView ? l.elements : []
            owner = l.owner
        case .values(let v):
            list = nil
            values = v
        case .map(let map, let v):
            list = nil
            values = v
            owner = map
        }
        let ownerCount = owner?.entries.count
        let expectedCount = list?.elements.count ?? values.count
        while counter < maxLoops {
            let element: VTLValue
            let hasNext: Bool
            if let list {
                guard index != list.elements.count else { break }
                if list.elements.count != expectedCount {
                    throw failure("#foreach over a list that changed while looping: java.util.ConcurrentModificationException", at: loop.offset)
                }
                element = list.elements[index]
                index += 1
                hasNext = index != list.elements.count
            } else {
                guard index < values.count else { break }
                if let owner, owner.entries.count != ownerCount {
                    throw failure("#foreach over a map that changed while looping: java.util.ConcurrentModificationException", at: loop.offset)
                }
                element = values[index]
                index += 1
                hasNext = index < values.count
            }
            counter += 1
            put(WellKnownSlot.velocityCount, .integer(Int32(truncatingIfNeeded: counter)))
            put(WellKnownSlot.velocityHasNext, .bool(hasNext))
            put(loop.slot, element)
            scope.index += 1
            scope.hasNext = hasNext
            do {
                if loop.arguments.count == 3 {
                    try render(loop.body)
                } else if case .reference(let reference) = loop.arguments[3] {
                    try renderReference(reference)
                }
            } catch {
                switch error {
                case .breakNearest: return
                case .breakScope(let id) where id == ObjectIdentifier(scope): return
                default: throw error
                }
            }
            try checkOutput(loop.offset)
        }
    }

    private func restore(_ slot: Int32, _ saved: VTLValue) {
        if saved.isNull { remove(slot) } else { put(slot, saved) }
    }

    // MARK: Macros

    private func callMacro(_ call: MacroCall) throws(Interrupt) {
        guard let macro = macros[call.name] else {
            out += call.literal
            return
        }
        for argument in call.arguments {
            if case .word(let word) = argument {
                throw failure("Invalid arg '\(word)' in macro #\(call.name)", at: call.offset)
            }
        }
        if macroStack.count >= 20 {
            // Velocity places the error at the called macro's body (when it is in this text).
            let offset = evaluatedMacros.contains(call.name) ? call.offset : macro.offset
            throw failure("Max calling depth of 20 was exceeded in macro '\(call.name)' with Call Stack:\(macroStack.joined(separator: "->"))", at: offset)
        }
        let frame = MacroFrame(parent: current)
        for (i, argument) in call.arguments.prefix(macro.parameters.count).enumerated() {
            let slot = macro.parameterSlots[i]
            switch argument {
            case .constant(.string, _), .interpolated, .reference, .list, .map, .range:
                frame.proxies[slot] = argument
            default:
                frame.locals[slot] = try value(argument)
            }
        }
        if let body = call.body {
            frame.locals[WellKnownSlot.bodyContent] = .object(BlockReference(body: body, maxDepth: 20, renderer: self))
        }
        try enter(call.offset)
        let saved = current
        current = frame
        macroStack.append(call.name)
        defer {
            current = saved
            depth -= 1
        }
        // Velocity 1.7 pops the macro's name only when its body ends normally: a #break (or
        // #stop, or an exception) leaves it on the call stack, so each #break out of a macro
        // brings the 20-call limit one step closer for the rest of the render.
        do {
            try render(macro.body)
        } catch {
            if case .breakNearest = error { return }
            throw error
        }
        macroStack.removeLast()
    }

    // MARK: #evaluate, #include, #parse

    private func evaluateDirective(_ arguments: [Expr], _ offset: Int32) throws(Interrupt) {
        guard let argument = arguments.first else { return }
        let text = try value(argument)
        let sourceText = text.isNull ? "" : text.javaString
        let bytes = Array(sourceText.utf8)
        let symbols = SymbolTable(names: names)
        let program: Program
        do {
            program = try Parser.parse(bytes, symbols: symbols, knownMacros: Set(macros.keys), maxDepth: limits.maxDepth)
        } catch {
            let (line, column) = error.location(in: bytes)
            throw failure("in #evaluate, at line \(line), column \(column) of the evaluated text: \(error.message)", at: offset, kind: error.kind)
        }
        if symbols.names.count > names.count {
            let added = symbols.names.count - names.count
            names = symbols.names
            slots.grow(to: names.count)
            for index in (names.count - added)..<names.count {
                if let value = context.variables[names[index]] { slots.values[index] = value }
            }
        }
        for macro in program.macros where macros[macro.name] == nil {
            macros[macro.name] = macro
            evaluatedMacros.insert(macro.name)
        }
        try enter(offset)
        let savedBytes = sourceBytes
        let savedPrefix = sourcePrefix
        let (line, column) = SourceText.lineColumn(sourceBytes, Int(offset))
        sourceBytes = bytes
        sourcePrefix = "in #evaluate at line \(line), column \(column): "
        defer {
            sourceBytes = savedBytes
            sourcePrefix = savedPrefix
            depth -= 1
        }
        do {
            try render(program.nodes)
        } catch {
            switch error {
            case .stopAll, .breakNearest: return
            default: throw error
            }
        }
    }

    private func include(_ arguments: [Expr], _ offset: Int32) throws(Interrupt) {
        for (i, argument) in arguments.enumerated() {
            switch argument {
            case .constant(.string, _), .interpolated, .reference: break
            default:
                out += "<!-- include error : error with arg \(i) please see log. see error log -->"
                throw failure("invalid #include() argument '\(Self.literal(argument))'", at: offset)
            }
            let name = try value(argument)
            if name.isNull {
                out += "<!-- include error : error with arg \(i) please see log. see error log -->"
                continue
            }
            throw failure("Unable to find resource '\(name.javaString)' (templates cannot #include files)", at: offset)
        }
    }

    private func parseDirective(_ arguments: [Expr], _ offset: Int32) throws(Interrupt) {
        guard let argument = arguments.first else {
            throw failure("#parse(): argument missing", at: offset)
        }
        let name = try value(argument)
        if name.isNull { return }
        throw failure("Unable to find resource '\(name.javaString)' (templates cannot #parse files)", at: offset)
    }
}

extension VTLValue {
    var nonNull: VTLValue? { isNull ? nil : self }
}
