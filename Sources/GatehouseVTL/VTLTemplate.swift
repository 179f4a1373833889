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
            throw VTLError(kind: .limit, message: "the template is \(bytes.count) bytes, more than the \(limits.maxTemplateBytes) allowed",
                           location: SourceLocation(line: 1, column: 1), templateName: name)
        }
        let symbols = SymbolTable(names: WellKnownSlot.names)
        let program: Program
        do {
            program = try Parser.parse(bytes, symbols: symbols, maxDepth: limits.maxDepth)
        } catch {
            let (line, column) = error.location(in: bytes)
            throw VTLError(kind: error.kind, message: error.message, location: SourceLocation(line: line, column: column),
                           templateName: name, sourceLine: SourceText.lineText(bytes, error.lineOffset(in: bytes)))
        }
        storage = TemplateStorage(name: name, bytes: bytes, program: program, limits: limits)
    }

    /// Renders the template against `context`. The context's variables may be changed by `#set`.
    public func render(_ context: VTLContext) throws(VTLError) -> String {
        let renderer = Renderer(storage: storage, context: context)
        let output = try renderer.run()
        storage.recordOutputSize(renderer.out.count)
        return output
    }
}

/// What a template keeps after parsing: the program and the macros it defines.
final class TemplateStorage: Sendable {
    let name: String
    let bytes: [UInt8]
    let program: Program
    let macros: [String: MacroDefinition]
    let limits: VTLLimits
    /// Slot by variable name, for putting the context's variables into their slots.
    let slotsByName: [String: Int]
    /// The largest output a render of this template has produced (up to 1 MB), so the next
    /// render reserves its output buffer once instead of growing it.
    private let largestOutput: Atomic<Int>
    var outputCapacityHint: Int { max(largestOutput.load(ordering: .relaxed), 256) }

    func recordOutputSize(_ count: Int) {
        let size = min(count, 1 << 20)
        if size > largestOutput.load(ordering: .relaxed) { largestOutput.store(size, ordering: .relaxed) }
    }

    init(name: String, bytes: [UInt8], program: Program, limits: VTLLimits) {
        self.name = name
        self.bytes = bytes
        self.program = program
        self.limits = limits
        var macros: [String: MacroDefinition] = [:]
        for macro in program.macros where macros[macro.name] == nil { macros[macro.name] = macro }
        self.macros = macros
        var slotsByName: [String: Int] = [:]
        for (index, name) in program.names.enumerated() where slotsByName[name] == nil { slotsByName[name] = index }
        self.slotsByName = slotsByName
        self.largestOutput = Atomic(min(bytes.count, 1 << 20))
    }
}

/// The variables a template sees (`$input`, `$util`, ...), and what `#set` writes.
public final class VTLContext {
    public var variables: [String: VTLValue]
    /// API Gateway's rule: `#if($x == "")` is true when `$x` is null (and `!=` false). Plain
    /// Velocity 1.7 says false; set this to `false` to reproduce Velocity exactly.
    public var nullEqualsEmptyString: Bool = true

    public init(_ variables: [String: VTLValue] = [:]) {
        self.variables = variables
    }

    /// The lists, maps and `$foreach` scopes that were given a list, map or object during a
    /// render. A template can tie its values into a cycle (`$m.put('me', $m)`), which reference
    /// counting never frees; every such cycle runs through one of these, so emptying them when
    /// the context goes frees it. Nothing reads them after the context: a caller that reads
    /// values back after the render keeps the context alive until it has.
    var holders: [Holder] = []

    enum Holder {
        case map(VTLMap)
        case list(VTLList)
        case scope(ForeachScope)
    }

    deinit {
        for holder in holders {
            switch holder {
            case .map(let map): map.entries.removeAll()
            case .list(let list): list.elements.removeAll()
            case .scope(let scope): scope.storage.removeAll()
            }
        }
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
