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
    case method(String, JM, [Expr], SourceLocation)
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
    case binary(BinOp, Expr, Expr, String, String, SourceLocation)   // literals of left/right
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

struct MacroDef: Sendable {
    var name: String
    var params: [String]
    var paramSlots: [Int32]
    var body: [Node]
}

extension Node {
    static func txt(_ s: String) -> Node { .text(Array(s.utf8)) }
}

indirect enum Node: Sendable {
    case text([UInt8])
    case ref(RefNode)
    case set(RefNode, Expr, SourceLocation)
    case ifChain([IfBranch], [Node]?)
    case foreach(String, Int32, Expr, [Node], SourceLocation)
    /// A macro call, or an unknown directive (printed literally when no macro has the name).
    case macroCall(String, [Expr], [Node]?, String, SourceLocation)
    case define(String, Int32, [Node])
    case evaluate(Expr, SourceLocation)
    case breakLoop(Expr?, SourceLocation)
    case stop
    case resource(String, SourceLocation)   // #include / #parse: no resource loader
}
