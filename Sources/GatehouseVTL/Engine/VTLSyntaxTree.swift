// The parsed template: a compact, immutable tree of enums and structs (Sendable).

enum Const: Sendable {
    case int(Int32)
    case long(Int64)
    case big(VTLBigNumber)
    case double(Double)
}

enum RefKind: Sendable { case normal, formal, quiet, runt, noncomputable }

final class RefNode: Sendable {
    let root: String
    let rootSlot: Int32
    let kind: RefKind
    let escaped: Bool
    let escPrefix: String
    let morePrefix: String
    /// What prints for a null value (before the AWS/oracle null-as-empty rule).
    let nullString: String
    /// The reference's source text (literal()).
    let literal: String
    /// Key `#set` writes when there are no parts (first token image minus its first char).
    let setKey: String
    let setSlot: Int32
    let parts: [RefPart]
    let loc: SourceLocation
    /// escPrefix + morePrefix, as bytes.
    let prefixBytes: [UInt8]

    init(root: String, rootSlot: Int32, kind: RefKind, escaped: Bool, escPrefix: String, morePrefix: String,
         nullString: String, literal: String, setKey: String, setSlot: Int32, parts: [RefPart], loc: SourceLocation) {
        self.root = root
        self.rootSlot = rootSlot
        self.kind = kind
        self.escaped = escaped
        self.escPrefix = escPrefix
        self.morePrefix = morePrefix
        self.nullString = nullString
        self.literal = literal
        self.setKey = setKey
        self.setSlot = setSlot
        self.parts = parts
        self.loc = loc
        prefixBytes = Array((escPrefix + morePrefix).utf8)
    }
}

/// Variable names seen while parsing, each with a slot number, so rendering can keep the
/// template's variables in an array instead of hashing names.
final class NameTable {
    var index: [String: Int32] = [:]
    var names: [String] = []
    /// A table that no longer grows (templates parsed while rendering, by #evaluate).
    var frozen = false

    static let foreach: Int32 = 0
    static let velocityCount: Int32 = 1
    static let velocityHasNext: Int32 = 2

    init() {
        _ = slot("foreach")
        _ = slot("velocityCount")
        _ = slot("velocityHasNext")
    }

    init(frozen names: [String]) {
        self.names = names
        for (i, n) in names.enumerated() { index[n] = Int32(i) }
        frozen = true
    }

    func slot(_ name: String) -> Int32 {
        if let i = index[name] { return i }
        if frozen { return -1 }
        let i = Int32(names.count)
        names.append(name)
        index[name] = i
        return i
    }
}

enum RefPart: Sendable {
    case property(String, SourceLocation)
    case method(MethodCall)
    case index(Expr, SourceLocation)
}

enum BinOp: Sendable {
    case or, and, eq, ne, lt, gt, le, ge, add, sub, mul, div, mod
    var symbol: String {
        switch self {
        case .or: "||"
        case .and: "&&"
        case .eq: "=="
        case .ne: "!="
        case .lt: "<"
        case .gt: ">"
        case .le: "<="
        case .ge: ">="
        case .add: "+"
        case .sub: "-"
        case .mul: "*"
        case .div: "/"
        case .mod: "%"
        }
    }
}

indirect enum Expr: Sendable {
    case string(String)
    case interpolated([Node], String)   // parsed body, the raw content
    case number(Const)
    case bool(Bool)
    case ref(RefNode)
    case list([Expr])
    case range(Expr, Expr, SourceLocation)
    case map([MapEntry])
    case binary(BinaryExpr)
    case not(Expr)
    case word(String)
}

struct MapEntry: Sendable {
    var key: Expr
    var value: Expr
}

struct IfBranch: Sendable {
    var condition: Expr
    var body: [Node]
}

final class MacroDef: Sendable {
    let name: String
    let params: [String]
    let paramSlots: [Int32]
    let body: [Node]
    init(name: String, params: [String], paramSlots: [Int32], body: [Node]) {
        self.name = name
        self.params = params
        self.paramSlots = paramSlots
        self.body = body
    }
}

final class MacroCallNode: Sendable {
    /// The name as written (`@wrap` for a block call).
    let name: String
    /// The macro to look up (`wrap`).
    let macroName: String
    let args: [Expr]
    let body: [Node]?
    let literal: String
    let loc: SourceLocation
    init(name: String, args: [Expr], body: [Node]?, literal: String, loc: SourceLocation) {
        self.name = name
        macroName = name.hasPrefix("@") ? String(name.dropFirst()) : name
        self.args = args
        self.body = body
        self.literal = literal
        self.loc = loc
    }
}

extension Node {
    static func txt(_ s: String) -> Node { .text(Array(s.utf8)) }
}

indirect enum Node: Sendable {
    case text([UInt8])
    case ref(RefNode)
    case set(SetNode)
    case ifChain(IfNode)
    case foreach(ForeachNode)
    /// A macro call, or an unknown directive (printed literally when no macro has the name).
    case macroCall(MacroCallNode)
    case define(String, Int32, [Node])
    case evaluate(Expr, SourceLocation)
    case breakLoop(Expr?, SourceLocation)
    case stop
    case resource(String, SourceLocation)   // #include / #parse: no resource loader
}

final class BinaryExpr: Sendable {
    let op: BinOp
    let left: Expr
    let right: Expr
    /// The operands' source text (Velocity prints it for a null operand of `+` with a string).
    let leftLiteral: String
    let rightLiteral: String
    let loc: SourceLocation
    init(op: BinOp, left: Expr, right: Expr, leftLiteral: String, rightLiteral: String, loc: SourceLocation) {
        self.op = op
        self.left = left
        self.right = right
        self.leftLiteral = leftLiteral
        self.rightLiteral = rightLiteral
        self.loc = loc
    }
}

final class MethodCall: Sendable {
    let name: String
    let id: JM
    let args: [Expr]
    let loc: SourceLocation
    init(name: String, id: JM, args: [Expr], loc: SourceLocation) {
        self.name = name
        self.id = id
        self.args = args
        self.loc = loc
    }
}

final class SetNode: Sendable {
    let target: RefNode
    let value: Expr
    let loc: SourceLocation
    init(target: RefNode, value: Expr, loc: SourceLocation) {
        self.target = target
        self.value = value
        self.loc = loc
    }
}

final class IfNode: Sendable {
    let branches: [IfBranch]
    let elseBody: [Node]?
    init(branches: [IfBranch], elseBody: [Node]?) {
        self.branches = branches
        self.elseBody = elseBody
    }
}

final class ForeachNode: Sendable {
    let varName: String
    let slot: Int32
    let iterable: Expr
    let body: [Node]
    let loc: SourceLocation
    init(varName: String, slot: Int32, iterable: Expr, body: [Node], loc: SourceLocation) {
        self.varName = varName
        self.slot = slot
        self.iterable = iterable
        self.body = body
        self.loc = loc
    }
}
