/// The parsed form of a template: immutable values, shared freely across threads.

/// A value fixed at parse time.
enum Constant: Sendable {
    case string(String)
    case integer(Int32)
    case long(Int64)
    case bigInteger(String)
    case double(Double)
    case bool(Bool)
}

/// One step after a reference's root: `.name`, `.name(args)`, `[index]`.
enum Modifier: Sendable {
    case property(name: String, offset: Int32)
    /// `known`: what the parser worked out about the call once (see `KnownCall`).
    indirect case method(name: String, arguments: [Expr], offset: Int32, known: KnownCall)
    case index(Expr, offset: Int32)
}

/// A `$reference`, with Velocity's escape bookkeeping (`ASTReference.getRoot`).
final class Reference: Sendable {
    enum Kind: Sendable { case normal, formal, quiet, runt }
    let kind: Kind
    let name: String
    let slot: Int32
    let modifiers: [Modifier]
    /// An odd number of backslashes before the `$`: the reference prints as its own text.
    let escaped: Bool
    /// Half the leading backslashes, printed before the value.
    let escapePrefix: String
    /// Text lexed before the last `$` of the token (`#$x`, `$$x`), printed before the value.
    let morePrefix: String
    /// What an escaped reference prints (its source text, less the escaping backslashes).
    let nullString: String
    /// `false` for the `$\!x` form, which never evaluates.
    let computable: Bool
    /// The reference's source text, for messages.
    let literal: String
    /// The name `#set($x = ...)` assigns when the reference has no modifiers (Velocity takes the
    /// token's text after its first character, so `${x}` sets `{`).
    let setName: String
    let setSlot: Int32
    let offset: Int32

    init(kind: Kind, name: String, slot: Int32, modifiers: [Modifier], escaped: Bool, escapePrefix: String, morePrefix: String, nullString: String, computable: Bool, literal: String, setName: String, setSlot: Int32, offset: Int32) {
        self.kind = kind
        self.name = name
        self.slot = slot
        self.modifiers = modifiers
        self.escaped = escaped
        self.escapePrefix = escapePrefix
        self.morePrefix = morePrefix
        self.nullString = nullString
        self.computable = computable
        self.literal = literal
        self.setName = setName
        self.setSlot = setSlot
        self.offset = offset
    }
}

enum MathOperator: Sendable { case add, subtract, multiply, divide, modulo }
enum CompareOperator: Sendable { case equal, notEqual, less, greater, lessOrEqual, greaterOrEqual }

/// A double-quoted string literal containing `$` or `#`: a small template rendered on use.
struct Interpolation: Sendable {
    var nodes: [Node]
    /// Without a `##` inside, Velocity renders `image + " "` and drops the last character.
    var dropLast: Bool
}

/// Every case but `reference` is boxed, so an expression stays one word; a reference (the most
/// common expression) is read in place, without reaching through a box.
enum Expr: Sendable {
    indirect case constant(Constant, literal: String)
    indirect case interpolated(Interpolation, literal: String)
    case reference(Reference)
    indirect case list([Expr])
    indirect case map([Expr])
    indirect case range(Expr, Expr, offset: Int32)
    /// `leftLiteral`/`rightLiteral`: the operands' source text as Velocity's `literal()` gives it,
    /// used when `+` joins a string with a null operand.
    indirect case math(MathOperator, Expr, Expr, leftLiteral: String, rightLiteral: String, literal: String, offset: Int32)
    indirect case compare(CompareOperator, Expr, Expr, offset: Int32)
    indirect case and(Expr, Expr)
    indirect case or(Expr, Expr)
    indirect case not(Expr)
    /// `( expression )`, and the top of `#set` / `#if` expressions (Velocity's ASTExpression),
    /// with its source text.
    indirect case group(Expr, literal: String)
    /// A bare word in a directive's arguments (`in` of `#foreach`, a macro's name).
    indirect case word(String)
}

struct IfBranch: Sendable {
    var condition: Expr
    var body: [Node]
}

final class ForeachNode: Sendable {
    let variable: String
    let slot: Int32
    let arguments: [Expr]
    let body: [Node]
    let offset: Int32

    init(variable: String, slot: Int32, arguments: [Expr], body: [Node], offset: Int32) {
        self.variable = variable
        self.slot = slot
        self.arguments = arguments
        self.body = body
        self.offset = offset
    }
}

final class MacroCall: Sendable {
    let name: String
    let arguments: [Expr]
    /// The call's source text, printed when no such macro exists.
    let literal: String
    /// The body of a `#@name(...) ... #end` block call.
    let body: [Node]?
    let offset: Int32

    init(name: String, arguments: [Expr], literal: String, body: [Node]?, offset: Int32) {
        self.name = name
        self.arguments = arguments
        self.literal = literal
        self.body = body
        self.offset = offset
    }
}

/// A `#macro` definition.
final class MacroDefinition: Sendable {
    let name: String
    let parameters: [String]
    let parameterSlots: [Int32]
    let body: [Node]
    /// Where the body begins: Velocity reports a call that exceeds the call depth there.
    let offset: Int32
    init(name: String, parameters: [String], parameterSlots: [Int32], body: [Node], offset: Int32) {
        self.name = name
        self.parameters = parameters
        self.parameterSlots = parameterSlots
        self.body = body
        self.offset = offset
    }
}

/// Only the cases with large payloads are boxed: a text or reference node is read in place,
/// without reaching through a box (and without the reference counting a box costs).
enum Node: Sendable {
    case text(String)
    case reference(Reference)
    indirect case set(Reference, Expr, offset: Int32)
    indirect case ifChain([IfBranch], otherwise: [Node]?)
    case foreach(ForeachNode)
    case macroCall(MacroCall)
    indirect case define(name: String, slot: Int32, body: [Node], offset: Int32)
    indirect case evaluate([Expr], offset: Int32)
    indirect case include([Expr], offset: Int32)
    indirect case parse([Expr], offset: Int32)
    indirect case stop([Expr], offset: Int32)
    indirect case breakLoop([Expr], offset: Int32)
    /// `#literal() ... #end`: the block's source text.
    case literalBlock(String)
    /// A directive that renders nothing (`#macro`).
    case nothing
}

/// A parsed template or `#evaluate` text.
struct Program: Sendable {
    var nodes: [Node]
    /// Every `#macro` in the text, in the order Velocity registers them (inner ones first).
    var macros: [MacroDefinition]
    /// Variable names by slot.
    var names: [String]
}
