import Synchronization

/// A parsed Velocity template, ready to render many times.
///
/// Parsing happens once, in `init`; `render` only evaluates. The template is an immutable value
/// and can be shared across threads.
public struct VTLTemplate: Sendable {
    /// The name used in error messages (a file name, or `template`).
    public let name: String
    /// The template's text.
    public let source: String

    let storage: TemplateStorage

    /// Parses `source`. Throws a `VTLError` naming the line and column of the first syntax error.
    public init(source: String, name: String = "template", limits: VTLLimits = .apiGateway) throws(VTLError) {
        self.name = name
        self.source = source
        let bytes = Array(source.utf8)
        if bytes.count > limits.maxTemplateBytes {
            throw VTLError(kind: .limit, message: "template is \(bytes.count) bytes, more than the \(limits.maxTemplateBytes) allowed",
                           location: SourceLocation(line: 1, column: 1), templateName: name)
        }
        let table = NameTable()
        var parser = VTLParser(bytes: bytes, maxDepth: limits.maxDepth, names: table)
        let nodes: [Node]
        do {
            nodes = try parser.parseTemplate()
        } catch {
            let loc = locate(bytes, error.offset)
            throw VTLError(kind: error.kind, message: error.message, location: loc, templateName: name,
                           sourceLine: sourceLine(bytes, loc.line))
        }
        var macros: [String: MacroDef] = [:]
        for m in parser.macros where macros[m.name] == nil { macros[m.name] = m }
        // $velocityCount / $velocityHasNext are kept up to date only when something can read them.
        let usesCounters = source.contains("velocityCount") || source.contains("velocityHasNext")
            || source.contains("evaluate")
        storage = TemplateStorage(name: name, source: source, bytes: bytes, nodes: nodes, macros: macros, limits: limits,
                                  names: table.names, usesCounters: usesCounters)
    }

    /// Renders the template against `context`. The context's variables may be changed by `#set`.
    public func render(_ context: VTLContext) throws(VTLError) -> String {
        let r = Renderer(storage: storage, context: context)
        defer { r.flush() }
        do {
            try r.render(storage.nodes)
        } catch {
            switch error {
            case .error(let e): throw e
            case .stop, .brk: break
            }
        }
        if r.out.count > storage.outputHint { storage.outputSizeHint.store(r.out.count, ordering: .relaxed) }
        return String(decoding: r.out.bytes, as: UTF8.self)
    }

    /// Renders into UTF-8 bytes (no String conversion).
    public func renderBytes(_ context: VTLContext) throws(VTLError) -> [UInt8] {
        let r = Renderer(storage: storage, context: context)
        defer { r.flush() }
        do {
            try r.render(storage.nodes)
        } catch {
            switch error {
            case .error(let e): throw e
            case .stop, .brk: break
            }
        }
        if r.out.count > storage.outputHint { storage.outputSizeHint.store(r.out.count, ordering: .relaxed) }
        return Array(r.out.bytes)
    }
}

final class TemplateStorage: Sendable {
    let name: String
    let source: String
    let bytes: [UInt8]
    let nodes: [Node]
    let macros: [String: MacroDef]
    let limits: VTLLimits
    let names: [String]
    let slotIndex: [String: Int32]
    let usesCounters: Bool
    /// The largest output seen so far, to size the next render's buffer.
    let outputSizeHint: Atomic<Int>
    var outputHint: Int { outputSizeHint.load(ordering: .relaxed) }
    init(name: String, source: String, bytes: [UInt8], nodes: [Node], macros: [String: MacroDef], limits: VTLLimits,
         names: [String], usesCounters: Bool) {
        self.name = name
        self.source = source
        self.bytes = bytes
        self.nodes = nodes
        self.macros = macros
        self.limits = limits
        self.names = names
        var index: [String: Int32] = [:]
        for (i, n) in names.enumerated() { index[n] = Int32(i) }
        slotIndex = index
        self.usesCounters = usesCounters
        outputSizeHint = Atomic(bytes.count + 256)
    }
}

/// The variables a template sees (`$input`, `$util`, ...), and what `#set` writes.
public final class VTLContext {
    @exclusivity(unchecked) public var variables: [String: VTLValue]
    /// AWS treats a null reference as equal to `""` in `==` / `!=`; `false` is plain Velocity.
    public var nullEqualsEmptyString: Bool = true
    public init(_ variables: [String: VTLValue] = [:]) {
        self.variables = variables
    }
    public subscript(name: String) -> VTLValue? {
        get { variables[name] }
        set { variables[name] = newValue }
    }
}

/// The limits a render runs under. `.apiGateway` holds API Gateway's.
public struct VTLLimits: Sendable, Hashable {
    /// Iterations of one `#foreach` before it stops (Velocity's `directive.foreach.maxloops`).
    public var maxForeachIterations: Int
    /// The largest template accepted, in UTF-8 bytes.
    public var maxTemplateBytes: Int
    /// The deepest nesting of directives, macro calls and `#evaluate` allowed.
    public var maxDepth: Int
    /// The most output a render may produce, in UTF-8 bytes.
    public var maxOutputBytes: Int

    public init(maxForeachIterations: Int, maxTemplateBytes: Int, maxDepth: Int, maxOutputBytes: Int) {
        self.maxForeachIterations = maxForeachIterations
        self.maxTemplateBytes = maxTemplateBytes
        self.maxDepth = maxDepth
        self.maxOutputBytes = maxOutputBytes
    }

    /// API Gateway's quotas: 1,000 `#foreach` iterations, 300 KB templates, 10 MB payloads.
    public static let apiGateway = VTLLimits(
        maxForeachIterations: 1_000,
        maxTemplateBytes: 300 * 1024,
        maxDepth: 200,
        maxOutputBytes: 10 * 1024 * 1024
    )
}
