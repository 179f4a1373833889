/// Velocity 1.7's parser (Parser.jjt), production for production, over `Lexer`.
///
/// Tokens are pulled lazily, in the order JavaCC's generated parser pulls them, because two
/// productions reach into the lexer (`Directive` switches it to the DIRECTIVE state and
/// backs out of it; `SetDirective` clears `inSet`), and both depend on which tokens have already
/// been lexed.

struct ParseFailure: Error {
    var offset: Int
    var message: String
    var kind: VTLError.Kind = .parse
    /// Where Velocity reports the failure.
    var placement: Placement = .offset

    enum Placement {
        /// At `offset`.
        case offset
        /// At JavaCC's EOF token, which carries the position of the text's last character
        /// (`Encountered "<EOF>" at line 3, column 7` for a text ending in column 7).
        case endToken
        /// Just past the text's last character (JavaCC's lexical errors at the end), or at
        /// column 0 of the next line when that character is a line break.
        case endLexical
    }

    /// Velocity's line and column for this failure in `bytes`.
    func location(in bytes: [UInt8]) -> (line: Int, column: Int) {
        guard placement != .offset, !bytes.isEmpty else { return SourceText.lineColumn(bytes, offset) }
        var last = bytes.count - 1
        while last > 0 && bytes[last] & 0xC0 == 0x80 { last -= 1 }
        var (line, column): (Int, Int)
        if bytes[last] == UInt8(ascii: "\n") && last > 0 && bytes[last - 1] == UInt8(ascii: "\r") {
            (line, column) = SourceText.lineColumn(bytes, last - 1)
            column += 1
        } else {
            (line, column) = SourceText.lineColumn(bytes, last)
            if bytes.count - last == 4 { column += 1 }  // the low surrogate of a pair
        }
        guard placement == .endLexical else { return (line, column) }
        if bytes[last] == UInt8(ascii: "\n") || bytes[last] == UInt8(ascii: "\r") { return (line + 1, 0) }
        return (line, column + 1)
    }

    /// The offset of the source line to show under the message.
    func lineOffset(in bytes: [UInt8]) -> Int {
        placement == .endToken ? max(bytes.count - 1, 0) : offset
    }
}

/// Variable names shared by a template and everything parsed for it (string literals,
/// `#evaluate` text), so one name has one slot.
final class SymbolTable {
    private(set) var names: [String]
    private var index: [String: Int32]

    init(names: [String] = []) {
        self.names = names
        var index: [String: Int32] = [:]
        for (slot, name) in names.enumerated() where index[name] == nil { index[name] = Int32(slot) }
        self.index = index
    }

    func slot(_ name: String) -> Int32 {
        if let slot = index[name] { return slot }
        let slot = Int32(names.count)
        names.append(name)
        index[name] = slot
        return slot
    }

    func lookup(_ name: String) -> Int32? { index[name] }
}

/// Directives Velocity 1.7 registers, and whether each takes a block (`#end`).
let builtinDirectives: [String: Bool] = [
    "foreach": true, "include": false, "parse": false, "macro": true,
    "literal": true, "evaluate": false, "break": false, "define": true, "stop": false,
]

struct Parser {
    typealias Kind = Lexer.Kind
    typealias Token = Lexer.Token

    private var lexer: Lexer
    private let bytes: [UInt8]
    private var tokens: [Token] = []
    private var index = 0
    private var lastEnd = 0
    let symbols: SymbolTable
    /// Macros defined earlier in this text (Velocity's `macroNames`, used for escapes).
    private var macroNames: Set<String> = []
    /// Macros already registered when this text is parsed (Velocity's `isVelocimacro`).
    private let knownMacros: Set<String>
    private(set) var macros: [MacroDefinition] = []
    private var depth: Int
    private let maxDepth: Int
    /// For text parsed out of a string literal: every node's offset is the literal's.
    private let fixedOffset: Int32?

    init(bytes: [UInt8], symbols: SymbolTable, knownMacros: Set<String> = [], maxDepth: Int, depth: Int = 0, fixedOffset: Int32? = nil) {
        self.bytes = bytes
        self.lexer = Lexer(bytes: bytes)
        self.symbols = symbols
        self.knownMacros = knownMacros
        self.maxDepth = maxDepth
        self.depth = depth
        self.fixedOffset = fixedOffset
    }

    static func parse(_ bytes: [UInt8], symbols: SymbolTable, knownMacros: Set<String> = [], maxDepth: Int) throws(ParseFailure) -> Program {
        var parser = Parser(bytes: bytes, symbols: symbols, knownMacros: knownMacros, maxDepth: maxDepth)
        let nodes = try parser.parseProcess()
        return Program(nodes: nodes, macros: parser.macros, names: symbols.names)
    }

    // MARK: Tokens

    private mutating func fill(_ count: Int) throws(ParseFailure) {
        while tokens.count < count {
            if let last = tokens.last, last.kind == .eof {
                tokens.append(last)
                continue
            }
            do {
                tokens.append(try lexer.next())
            } catch {
                throw ParseFailure(offset: error.offset, message: error.message,
                                   placement: error.offset >= bytes.count ? .endLexical : .offset)
            }
        }
    }

    /// The kind of the token `k` places ahead (0 = next).
    private mutating func peek(_ k: Int = 0) throws(ParseFailure) -> Kind {
        try fill(index + k + 1)
        return tokens[index + k].kind
    }

    private mutating func token(_ k: Int = 0) throws(ParseFailure) -> Token {
        try fill(index + k + 1)
        return tokens[index + k]
    }

    @discardableResult
    private mutating func consume() throws(ParseFailure) -> Token {
        try fill(index + 1)
        let token = tokens[index]
        index += 1
        if token.kind != .eof { lastEnd = token.end }
        return token
    }

    @discardableResult
    private mutating func expect(_ kind: Kind, _ what: @autoclosure () -> String) throws(ParseFailure) -> Token {
        let next = try token()
        guard next.kind == kind else { throw failure(at: next, expected: what()) }
        return try consume()
    }

    private mutating func skipWhitespace() throws(ParseFailure) {
        if try peek() == .whitespace { try consume() }
    }

    private func image(_ token: Token) -> String {
        String(decoding: bytes[token.begin..<token.end], as: UTF8.self)
    }

    private func imageBytes(_ token: Token) -> ArraySlice<UInt8> {
        bytes[token.begin..<token.end]
    }

    private func offset(_ token: Token) -> Int32 {
        fixedOffset ?? Int32(token.begin)
    }

    private func describe(_ token: Token) -> String {
        if token.kind == .eof { return "end of the template" }
        var text = image(token)
        if text.count > 30 { text = String(text.prefix(30)) + "..." }
        text = text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(text)\""
    }

    private func failure(at token: Token, expected: String) -> ParseFailure {
        ParseFailure(offset: token.begin, message: "unexpected \(describe(token)): expected \(expected)",
                     placement: token.kind == .eof ? .endToken : .offset)
    }

    private mutating func enter(_ token: Token) throws(ParseFailure) {
        depth += 1
        if depth > maxDepth {
            throw ParseFailure(offset: token.begin, message: "the template nests directives, references or expressions more than \(maxDepth) deep", kind: .limit)
        }
    }

    // MARK: Statements

    private static func startsStatement(_ kind: Kind) -> Bool {
        switch kind {
        case .lParen, .rParen, .escapeDirective, .setDirective, .singleLineCommentStart, .doubleEscape, .escape,
             .text, .formalComment, .multiLineComment, .textblock, .stringLiteral, .ifDirective, .integerLiteral,
             .floatingPointLiteral, .word, .bracketedWord, .identifier, .dot, .lCurly, .rCurly, .emptyIndex:
            return true
        default:
            return false
        }
    }

    mutating func parseProcess() throws(ParseFailure) -> [Node] {
        var nodes: [Node] = []
        try block(into: &nodes)
        let next = try token()
        guard next.kind == .eof else { throw strayToken(next) }
        return nodes
    }

    private func strayToken(_ token: Token) -> ParseFailure {
        switch token.kind {
        case .end:
            return ParseFailure(offset: token.begin, message: "#end without a matching #if, #foreach, #macro or #define")
        case .elseDirective:
            return ParseFailure(offset: token.begin, message: "#else without a matching #if")
        case .elseifDirective:
            return ParseFailure(offset: token.begin, message: "#elseif without a matching #if")
        case .true, .false:
            return ParseFailure(offset: token.begin, message: "unexpected \(describe(token)): $true and $false are not references in Velocity (true and false are keywords)")
        default:
            return failure(at: token, expected: "text, a reference or a directive")
        }
    }

    /// `( Statement() )*`, merging adjacent text.
    private mutating func block(into nodes: inout [Node]) throws(ParseFailure) {
        var pendingText = ""
        while Self.startsStatement(try peek()) {
            if let node = try statement() {
                if case .text(let text) = node {
                    pendingText += text
                } else {
                    if !pendingText.isEmpty {
                        nodes.append(.text(pendingText))
                        pendingText = ""
                    }
                    nodes.append(node)
                }
            }
        }
        if !pendingText.isEmpty { nodes.append(.text(pendingText)) }
    }

    private mutating func statement() throws(ParseFailure) -> Node? {
        let next = try token()
        if next.kind == .ifDirective { return try ifStatement() }
        if try lookaheadReference() {
            let reference = try parseReference()
            return .reference(reference)
        }
        switch next.kind {
        case .singleLineCommentStart, .multiLineComment, .formalComment:
            return try comment()
        case .textblock:
            let token = try consume()
            let slice = imageBytes(token)
            // ASTTextblock: the image less "#[[" and "]]#".
            guard slice.count >= 6 else { return .text("") }
            return .text(String(decoding: slice.dropFirst(3).dropLast(3), as: UTF8.self))
        case .setDirective:
            return try setDirective()
        case .escapeDirective:
            return .text(escapedDirective(try consume()))
        case .doubleEscape:
            return .text(try escape())
        case .word, .bracketedWord:
            return try directive()
        default:
            let token = try consume()
            return .text(tokenLiteral(token))
        }
    }

    /// `LOOKAHEAD(2) Reference()` at the start of a statement.
    private mutating func lookaheadReference() throws(ParseFailure) -> Bool {
        switch try peek() {
        case .identifier: return true
        case .lCurly: return try peek(1) == .identifier
        default: return false
        }
    }

    /// NodeUtils.tokenLiteral: the text a Text token renders, with the `$` and `#` of any
    /// reference or directive that failed to start just before it.
    private func tokenLiteral(_ token: Token) -> String {
        let text = image(token)
        guard token.specialCount > 0 else { return text }
        let last = lexer.specials[Int(token.specialStart + token.specialCount - 1)]
        if bytes[last].starts(with: [UInt8(ascii: "#"), UInt8(ascii: "#")]) { return text }
        var special: [UInt8] = []
        for s in Int(token.specialStart)..<Int(token.specialStart + token.specialCount) {
            let st = Array(bytes[lexer.specials[s]])
            var i = 0
            while i < st.count {
                let c = st[i]
                if c == UInt8(ascii: "#") || c == UInt8(ascii: "$") { special.append(c) }
                if c == UInt8(ascii: "\\") {
                    var j = i
                    var ok = true
                    var term = false
                    while ok && j < st.count {
                        let cc = st[j]
                        if cc != UInt8(ascii: "\\") {
                            if cc == UInt8(ascii: "$") { term = true }
                            ok = false
                        }
                        j += 1
                    }
                    if term {
                        special.append(contentsOf: st[i..<j])
                        i = j
                    }
                }
                i += 1
            }
        }
        return String(decoding: special, as: UTF8.self) + text
    }

    private mutating func comment() throws(ParseFailure) -> Node? {
        let first = try consume()
        if first.kind == .singleLineCommentStart, try peek() == .singleLineComment { try consume() }
        // ASTComment prints what its first token holds before "##" or "#*" (a `$` lexed first).
        let slice = Array(imageBytes(first))
        var cut: Int? = nil
        for i in 0..<max(0, slice.count - 1) where slice[i] == UInt8(ascii: "#") && (slice[i + 1] == UInt8(ascii: "#") || slice[i + 1] == UInt8(ascii: "*")) {
            cut = i
            break
        }
        guard let cut, cut > 0 else { return nil }
        return .text(String(decoding: slice[..<cut], as: UTF8.self))
    }

    /// `\#if` and friends: the escaped directive prints as text.
    private func escapedDirective(_ token: Token) -> String {
        let text = Array(imageBytes(token))
        guard let last = text.lastIndex(of: UInt8(ascii: "\\")) else { return image(token) }
        let directive = text[(last + 1)...]
        var tag = Array(directive.dropFirst())
        if tag.first == UInt8(ascii: "{") { tag = Array(tag.dropFirst().dropLast()) }
        let name = String(decoding: tag, as: UTF8.self)
        let recognized = builtinDirectives[name] != nil || macroNames.contains(name) || knownMacros.contains(name)
            || ["if", "end", "set", "else", "elseif", "stop"].contains(name)
        guard recognized else { return image(token) }
        return String(repeating: "\\", count: last / 2) + String(decoding: directive, as: UTF8.self)
    }

    /// `\\` runs: each prints as one backslash before a directive, as two otherwise.
    private mutating func escape() throws(ParseFailure) -> String {
        var count = 0
        repeat {
            try consume()
            count += 1
        } while try peek() == .doubleEscape
        let next = try token()
        var control = false
        switch next.kind {
        case .ifDirective, .elseDirective, .elseifDirective, .end: control = true
        default: break
        }
        let nextImage = Array(imageBytes(next))
        if nextImage.count >= 1 {
            let tag = String(decoding: nextImage.dropFirst(), as: UTF8.self)
            if builtinDirectives[tag] != nil || macroNames.contains(tag) || knownMacros.contains(tag) { control = true }
        }
        return String(repeating: control ? "\\" : "\\\\", count: count)
    }

    // MARK: #set

    private mutating func setDirective() throws(ParseFailure) -> Node {
        let start = try consume()
        try enter(start)
        defer { depth -= 1 }
        try skipWhitespace()
        let next = try token()
        guard next.kind == .identifier || next.kind == .lCurly else {
            throw failure(at: next, expected: "a reference to assign, as in #set($name = value)")
        }
        let target = try parseReference()
        try skipWhitespace()
        let equals = try token()
        guard equals.kind == .equals else {
            throw failure(at: equals, expected: "\"=\" after #set(\(target.literal)")
        }
        try consume()
        let value = try expression()
        let close = try token()
        guard close.kind == .rParen else {
            throw failure(at: close, expected: "\")\" to close #set(...), or an operator")
        }
        try consume()
        lexer.inSet = false
        return .set(target, value, offset: offset(start))
    }

    // MARK: #if

    private mutating func ifStatement() throws(ParseFailure) -> Node {
        let start = try consume()
        try enter(start)
        defer { depth -= 1 }
        var branches: [IfBranch] = []
        let condition = try condition(after: "#if")
        var body: [Node] = []
        try block(into: &body)
        branches.append(IfBranch(condition: condition, body: body))
        while try peek() == .elseifDirective {
            try consume()
            let condition = try self.condition(after: "#elseif")
            var body: [Node] = []
            try block(into: &body)
            branches.append(IfBranch(condition: condition, body: body))
        }
        var otherwise: [Node]? = nil
        if try peek() == .elseDirective {
            try consume()
            var body: [Node] = []
            try block(into: &body)
            otherwise = body
        }
        let end = try token()
        guard end.kind == .end else {
            throw unclosed("#if", start, found: end)
        }
        try consume()
        return .ifChain(branches, otherwise: otherwise)
    }

    private func unclosed(_ what: String, _ start: Token, found: Token) -> ParseFailure {
        let (line, column) = SourceText.lineColumn(bytes, start.begin)
        if found.kind == .eof {
            return ParseFailure(offset: found.begin, message: "\(what) opened at line \(line), column \(column) is never closed: expected #end before the end of the template", placement: .endToken)
        }
        if found.kind == .elseDirective || found.kind == .elseifDirective {
            return ParseFailure(offset: found.begin, message: "unexpected \(describe(found)) in \(what) opened at line \(line), column \(column) (after its #else only #end may follow)")
        }
        return ParseFailure(offset: found.begin, message: "unexpected \(describe(found)) in \(what) opened at line \(line), column \(column): expected #end")
    }

    private mutating func condition(after directive: String) throws(ParseFailure) -> Expr {
        try skipWhitespace()
        try expect(.lParen, "\"(\" after \(directive)")
        let condition = try expression()
        let close = try token()
        guard close.kind == .rParen else {
            if close.kind == .equals {
                throw ParseFailure(offset: close.begin, message: "unexpected \"=\" in the \(directive) condition: use \"==\" to compare")
            }
            throw failure(at: close, expected: "\")\" to close the \(directive) condition, or an operator")
        }
        try consume()
        return condition
    }

    // MARK: Directives (#foreach, #macro, macro calls, ...)

    private mutating func directive() throws(ParseFailure) -> Node? {
        let start = try consume()
        try enter(start)
        defer { depth -= 1 }
        let startImage = Array(imageBytes(start))
        let name: String
        if start.kind == .bracketedWord {
            name = String(decoding: startImage.dropFirst(2).dropLast(), as: UTF8.self)
        } else {
            name = String(decoding: startImage.dropFirst(), as: UTF8.self)
        }
        let builtin = builtinDirectives[name]
        let isBlock: Bool = builtin ?? name.hasPrefix("@")
        let isMacroDefinition = name == "macro"
        let isVelocimacro = builtin == nil && !name.hasPrefix("@") && knownMacros.contains(name)
        // Velocity switches the lexer out of PRE_DIRECTIVE before looking for "(".
        lexer.state = .directive
        guard tokens.count == index, lexer.nextIsLeftParenthesis() else {
            if isMacroDefinition {
                throw ParseFailure(offset: start.begin, message: "#macro needs a name in parentheses, as in #macro(name $argument)")
            }
            lexer.pop()
            return makeDirective(name: name, start: start, arguments: [], body: nil, literalEnd: start.end)
        }
        // Velocity reports a bare word given to a directive at the token after its name.
        let afterName = try token()
        try skipWhitespace()
        try expect(.lParen, "\"(\"")
        var arguments: [Expr] = []
        while try lookaheadDirectiveArgument() {
            try skipWhitespace()
            if try peek() == .comma {
                try consume()
                try skipWhitespace()
            }
            let argumentToken = try token()
            let (argument, isWord) = try directiveArgument()
            let position = arguments.count
            if isWord {
                if isMacroDefinition && position == 0 {
                } else if isVelocimacro {
                    throw ParseFailure(offset: argumentToken.begin, message: "invalid argument \(describe(argumentToken)) in the call of macro #\(name): a bare word is not a value (quote it or use a reference)")
                } else if builtin != nil && (name != "foreach" || position != 1) {
                    throw ParseFailure(offset: afterName.begin, message: "invalid argument \(describe(argumentToken)) in #\(name): a bare word is not a value")
                }
            } else if isMacroDefinition && position == 0 {
                throw ParseFailure(offset: argumentToken.begin, message: "the first argument of #macro must be the macro's name, a plain word without quotes")
            }
            arguments.append(argument)
        }
        try skipWhitespace()
        let close = try token()
        guard close.kind == .rParen else {
            throw failure(at: close, expected: "\")\" to close #\(name)(...), or an argument (literals, references, lists, maps or ranges)")
        }
        try consume()
        let literalEnd = close.end
        guard isBlock else {
            return makeDirective(name: name, start: start, arguments: arguments, body: nil, literalEnd: literalEnd)
        }
        var body: [Node] = []
        let bodyStart = close.end
        try block(into: &body)
        let end = try token()
        guard end.kind == .end else { throw unclosed("#\(name)", start, found: end) }
        try consume()
        if name == "literal" {
            if body.isEmpty && bodyStart == end.begin {
                // Velocity 1.7's Literal.init walks past the end of an empty block and fails.
                throw ParseFailure(offset: start.begin, message: "#literal() needs a body: Velocity 1.7 fails on an empty #literal() block")
            }
            return .literalBlock(String(decoding: bytes[bodyStart..<end.begin], as: UTF8.self))
        }
        if isMacroDefinition {
            guard case .word(let macroName)? = arguments.first else {
                throw ParseFailure(offset: start.begin, message: "#macro needs a name as its first argument")
            }
            var parameters: [String] = []
            var slots: [Int32] = []
            for argument in arguments.dropFirst() {
                let parameter: String
                switch argument {
                case .reference(let reference): parameter = reference.setName
                case .word(let word): parameter = word
                case .constant(_, let literal), .interpolated(_, let literal): parameter = literal
                default: parameter = ""
                }
                parameters.append(parameter)
                slots.append(symbols.slot(parameter))
            }
            macros.append(MacroDefinition(name: macroName, parameters: parameters, parameterSlots: slots, body: body, offset: fixedOffset ?? Int32(bodyStart)))
            macroNames.insert(macroName)
            return Node.nothing
        }
        return makeDirective(name: name, start: start, arguments: arguments, body: body, literalEnd: end.end)
    }

    private mutating func makeDirective(name: String, start: Token, arguments: [Expr], body: [Node]?, literalEnd: Int) -> Node {
        let at = offset(start)
        switch name {
        case "foreach":
            var variable = ""
            if let first = arguments.first {
                switch first {
                case .reference(let reference): variable = reference.name
                case .word(let word): variable = String(word.dropFirst())
                default: variable = ""
                }
            }
            return .foreach(ForeachNode(variable: variable, slot: symbols.slot(variable), arguments: arguments, body: body ?? [], offset: at))
        case "define":
            var key = ""
            if case .reference(let reference)? = arguments.first { key = reference.setName }
            return .define(name: key, slot: symbols.slot(key), body: body ?? [], offset: at)
        case "evaluate": return .evaluate(arguments, offset: at)
        case "include": return .include(arguments, offset: at)
        case "parse": return .parse(arguments, offset: at)
        case "stop": return .stop(arguments, offset: at)
        case "break": return .breakLoop(arguments, offset: at)
        case "literal": return .literalBlock("")
        default:
            let literal = String(decoding: bytes[start.begin..<literalEnd], as: UTF8.self)
            if name.hasPrefix("@") {
                guard let body else { return .text("#" + name) }
                return .macroCall(MacroCall(name: String(name.dropFirst()), arguments: arguments, literal: literal, body: body, offset: at))
            }
            return .macroCall(MacroCall(name: name, arguments: arguments, literal: literal, body: nil, offset: at))
        }
    }

    /// `LOOKAHEAD(2) [WS] [COMMA [WS]] DirectiveArg()`.
    private mutating func lookaheadDirectiveArgument() throws(ParseFailure) -> Bool {
        var k = 0
        if try peek(k) == .whitespace {
            k += 1
            if try peek(k) == .comma { return true }
            return try startsDirectiveArgument(at: k, budget: 1)
        }
        if try peek(k) == .comma {
            k += 1
            if try peek(k) == .whitespace { return true }
            return try startsDirectiveArgument(at: k, budget: 1)
        }
        return try startsDirectiveArgument(at: k, budget: 2)
    }

    private mutating func startsDirectiveArgument(at k: Int, budget: Int) throws(ParseFailure) -> Bool {
        switch try peek(k) {
        case .identifier, .word, .stringLiteral, .integerLiteral, .floatingPointLiteral, .true, .false:
            return true
        case .lCurly:
            if budget < 2 { return true }
            return try peek(k + 1) == .identifier
        case .lBracket:
            guard budget >= 2 else { return true }
            switch try peek(k + 1) {
            case .rBracket, .whitespace, .stringLiteral, .integerLiteral, .lBracket, .leftCurley, .true, .false,
                 .identifier, .lCurly, .floatingPointLiteral:
                return true
            default: return false
            }
        case .leftCurley:
            guard budget >= 2 else { return true }
            switch try peek(k + 1) {
            case .rightCurley, .rCurly, .whitespace, .stringLiteral, .integerLiteral, .lBracket, .leftCurley, .true,
                 .false, .identifier, .lCurly, .floatingPointLiteral:
                return true
            default: return false
            }
        default:
            return false
        }
    }

    /// DirectiveArg(): (argument, is it a bare word).
    private mutating func directiveArgument() throws(ParseFailure) -> (Expr, Bool) {
        let next = try token()
        switch next.kind {
        case .identifier, .lCurly:
            return (.reference(try parseReference()), false)
        case .word:
            try consume()
            return (.word(image(next)), true)
        case .stringLiteral:
            return (try stringLiteral(), false)
        case .integerLiteral:
            return (try integerLiteral(), false)
        default:
            if try lookaheadRange() { return (try integerRange(), false) }
            switch next.kind {
            case .floatingPointLiteral: return (try floatLiteral(), false)
            case .leftCurley: return (try mapLiteral(), false)
            case .lBracket: return (try listLiteral(), false)
            case .true:
                try consume()
                return (.constant(.bool(true), literal: "true"), false)
            case .false:
                try consume()
                return (.constant(.bool(false), literal: "false"), false)
            default:
                throw failure(at: next, expected: "an argument (a literal, a reference, a list, a map or a range)")
            }
        }
    }

    // MARK: References

    private mutating func parseReference() throws(ParseFailure) -> Reference {
        let first = try consume()
        try enter(first)
        defer { depth -= 1 }
        var raw = Array(imageBytes(first))
        // ASTReference.getRoot()
        var escaped = false
        var escapePrefix = ""
        var morePrefix = ""
        var computable = true
        var kind = Reference.Kind.normal
        var name = ""
        var nullString = ""
        let formal = first.kind == .lCurly
        var rootToken: Token? = nil
        if formal {
            rootToken = try expect(.identifier, "a name after \"${\"")
        }
        if let slashBang = raw.firstRange(of: [UInt8(ascii: "\\"), UInt8(ascii: "!")]) {
            _ = slashBang
            var i = raw.firstIndex(of: UInt8(ascii: "$")) ?? 0
            while i < raw.count && raw[i] != UInt8(ascii: "\\") { i += 1 }
            let start = i
            var count = 0
            while i < raw.count && raw[i] == UInt8(ascii: "\\") {
                count += 1
                i += 1
            }
            var text = Array(raw[..<start])
            text += raw[start..<(start + count - 1)]
            text += raw[(start + count)...]
            nullString = String(decoding: text, as: UTF8.self)
            computable = false
            name = nullString
            kind = .normal
        } else {
            if raw.first == UInt8(ascii: "\\") {
                var i = 0
                while i < raw.count && raw[i] == UInt8(ascii: "\\") { i += 1 }
                if i % 2 != 0 { escaped = true }
                escapePrefix = String(repeating: "\\", count: i / 2)
                raw = Array(raw[i...])
            }
            if let dollar = raw.lastIndex(of: UInt8(ascii: "$")), dollar > 0 {
                morePrefix = String(decoding: raw[..<dollar], as: UTF8.self)
                raw = Array(raw[dollar...])
            }
            if raw.starts(with: [UInt8(ascii: "$"), UInt8(ascii: "!")]) {
                kind = .quiet
                if raw.starts(with: Array("$!{".utf8)) {
                    name = rootToken.map(image) ?? ""
                } else {
                    name = String(decoding: raw.dropFirst(2), as: UTF8.self)
                }
            } else if raw == Array("${".utf8) {
                kind = .formal
                name = rootToken.map(image) ?? ""
            } else if raw.first == UInt8(ascii: "$") {
                kind = .normal
                name = String(decoding: raw.dropFirst(), as: UTF8.self)
            } else {
                kind = .runt
                name = String(decoding: raw, as: UTF8.self)
            }
        }
        let setName = String(decoding: raw.dropFirst(), as: UTF8.self)
        // Modifiers
        var modifiers: [Modifier] = []
        while try peek() == .indexLBracket { modifiers.append(try indexModifier()) }
        while try lookaheadDotModifier() {
            try consume()  // DOT
            let nameToken = try token()
            if try lookaheadMethod() {
                modifiers.append(try method())
            } else {
                guard nameToken.kind == .identifier else { throw failure(at: nameToken, expected: "a property name") }
                try consume()
                modifiers.append(.property(name: image(nameToken), offset: offset(nameToken)))
            }
            while try peek() == .indexLBracket { modifiers.append(try indexModifier()) }
        }
        if formal {
            let close = try token()
            guard close.kind == .rCurly else { throw failure(at: close, expected: "\"}\" to close ${...}") }
            try consume()
        }
        let tail = String(decoding: bytes[first.end..<lastEnd], as: UTF8.self)
        let literal = String(decoding: raw, as: UTF8.self) + tail
        if computable {
            nullString = kind == .quiet && !escaped ? "" : literal
            if escaped { nullString = literal }
        }
        let slot = symbols.slot(name)
        return Reference(kind: kind, name: name, slot: slot, modifiers: modifiers, escaped: escaped, escapePrefix: escapePrefix,
                         morePrefix: morePrefix, nullString: nullString, computable: computable, literal: literal,
                         setName: setName, setSlot: symbols.slot(setName), offset: offset(first))
    }

    /// `LOOKAHEAD(2) <DOT> (Method() | Identifier())`: a dot followed by a name.
    private mutating func lookaheadDotModifier() throws(ParseFailure) -> Bool {
        guard try peek() == .dot else { return false }
        return try peek(1) == .identifier
    }

    /// `LOOKAHEAD(3) Method()` after the dot: name, "(", then an argument or ")".
    private mutating func lookaheadMethod() throws(ParseFailure) -> Bool {
        guard try peek() == .identifier, try peek(1) == .lParen else { return false }
        switch try peek(2) {
        case .refmod2RParen, .whitespace, .stringLiteral, .integerLiteral, .lBracket, .leftCurley, .true, .false,
             .identifier, .lCurly, .floatingPointLiteral:
            return true
        default:
            return false
        }
    }

    private mutating func method() throws(ParseFailure) -> Modifier {
        let nameToken = try consume()
        try consume()  // (
        var arguments: [Expr] = []
        switch try peek() {
        case .lBracket, .leftCurley, .whitespace, .stringLiteral, .true, .false, .integerLiteral, .floatingPointLiteral,
             .identifier, .lCurly:
            arguments.append(try parameter())
            while try peek() == .comma {
                try consume()
                arguments.append(try parameter())
            }
        default: break
        }
        let close = try token()
        guard close.kind == .refmod2RParen else {
            throw failure(at: close, expected: "\")\" to close the call of \(image(nameToken))(...), or \",\" and another argument")
        }
        try consume()
        let name = image(nameToken)
        return .method(name: name, arguments: arguments, offset: offset(nameToken), known: KnownCall(name: name, arguments: arguments))
    }

    private mutating func indexModifier() throws(ParseFailure) -> Modifier {
        let open = try consume()
        try skipWhitespace()
        let next = try token()
        let value: Expr
        switch next.kind {
        case .stringLiteral: value = try stringLiteral()
        case .integerLiteral: value = try integerLiteral()
        case .true:
            try consume()
            value = .constant(.bool(true), literal: "true")
        case .false:
            try consume()
            value = .constant(.bool(false), literal: "false")
        case .identifier, .lCurly: value = .reference(try parseReference())
        default: throw failure(at: next, expected: "an index: a number, a string or a reference")
        }
        try skipWhitespace()
        let close = try token()
        guard close.kind == .indexRBracket else { throw failure(at: close, expected: "\"]\" to close the index") }
        try consume()
        return .index(value, offset: offset(open))
    }

    // MARK: Literals

    private mutating func integerLiteral() throws(ParseFailure) -> Expr {
        let token = try consume()
        let text = image(token)
        if let value = Int32(text) { return .constant(.integer(value), literal: text) }
        if let value = Int64(text) { return .constant(.long(value), literal: text) }
        guard let canonical = BigInt(text) else {
            throw ParseFailure(offset: token.begin, message: "\"\(text)\" is not a number")
        }
        return .constant(.bigInteger(canonical.description), literal: text)
    }

    private mutating func floatLiteral() throws(ParseFailure) -> Expr {
        let token = try consume()
        let text = image(token)
        guard let value = Double(text) else {
            throw ParseFailure(offset: token.begin, message: "\"\(text)\" is not a number")
        }
        return .constant(.double(value), literal: text)
    }

    private mutating func stringLiteral() throws(ParseFailure) -> Expr {
        let token = try consume()
        let raw = Array(imageBytes(token))
        let literal = image(token)
        guard raw.count >= 2 else { return .constant(.string(""), literal: literal) }
        let quote = raw[0]
        var content = Array(raw[1..<(raw.count - 1)])
        if quote == UInt8(ascii: "\"") {
            content = try unescapeUnicode(content, at: token)
        }
        content = replaceDoubledQuotes(content, quote: quote)
        let interpolate = quote == UInt8(ascii: "\"") && (raw.contains(UInt8(ascii: "$")) || raw.contains(UInt8(ascii: "#")))
        guard interpolate else {
            return .constant(.string(String(decoding: content, as: UTF8.self)), literal: literal)
        }
        let containsLineComment = content.firstRange(of: [UInt8(ascii: "#"), UInt8(ascii: "#")]) != nil
        if !containsLineComment { content.append(UInt8(ascii: " ")) }
        var inner = Parser(bytes: content, symbols: symbols, knownMacros: knownMacros.union(macroNames), maxDepth: maxDepth,
                           depth: depth + 1, fixedOffset: offset(token))
        let nodes: [Node]
        do {
            nodes = try inner.parseProcess()
        } catch {
            let (line, column) = error.location(in: content)
            throw ParseFailure(offset: token.begin, message: "in the string literal: \(error.message) (at line \(line), column \(column) of the string)", kind: error.kind)
        }
        macros.append(contentsOf: inner.macros)
        return .interpolated(Interpolation(nodes: nodes, dropLast: !containsLineComment), literal: literal)
    }

    /// ASTStringLiteral.unescape: only `\uXXXX` is an escape in Velocity 1.7.
    private func unescapeUnicode(_ content: [UInt8], at token: Token) throws(ParseFailure) -> [UInt8] {
        guard content.firstRange(of: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) != nil else { return content }
        var units: [UInt16] = []
        var text = Array(String(decoding: content, as: UTF8.self).utf16)
        var i = 0
        while i < text.count {
            if text[i] == 0x5C, i + 1 < text.count, text[i + 1] == 0x75 {
                guard i + 6 <= text.count,
                      let value = UInt16(String(decoding: text[(i + 2)..<(i + 6)], as: UTF16.self), radix: 16) else {
                    throw ParseFailure(offset: token.begin, message: "malformed \\u escape in string literal \(describe(token))")
                }
                units.append(value)
                i += 6
            } else {
                units.append(text[i])
                i += 1
            }
        }
        text = units
        return Array(JavaString.fromUTF16(text).utf8)
    }

    private func replaceDoubledQuotes(_ content: [UInt8], quote: UInt8) -> [UInt8] {
        guard content.contains(quote) else { return content }
        var result: [UInt8] = []
        result.reserveCapacity(content.count)
        var i = 0
        while i < content.count {
            let c = content[i]
            result.append(c)
            if c == quote, i + 1 < content.count, content[i + 1] == quote { i += 1 }
            i += 1
        }
        return result
    }

    /// `LOOKAHEAD(<LBRACKET> [<WS>] (Reference() | IntegerLiteral()) [<WS>] <DOUBLEDOT>)`.
    private mutating func lookaheadRange() throws(ParseFailure) -> Bool {
        guard try peek() == .lBracket else { return false }
        var k = 1
        if try peek(k) == .whitespace { k += 1 }
        switch try peek(k) {
        case .integerLiteral:
            k += 1
        case .identifier, .lCurly:
            guard let after = try scanReference(at: k) else { return false }
            k = after
        default:
            return false
        }
        if try peek(k) == .whitespace { k += 1 }
        return try peek(k) == .doubleDot
    }

    /// Syntactic scan of a Reference() at `k`: the index after it, or nil.
    private mutating func scanReference(at start: Int, nesting: Int = 0) throws(ParseFailure) -> Int? {
        guard nesting < 64 else { return nil }
        var k = start
        let formal = try peek(k) == .lCurly
        if formal { k += 1 }
        guard try peek(k) == .identifier else { return nil }
        k += 1
        func scanIndexes(_ k: inout Int, _ parser: inout Parser) throws(ParseFailure) -> Bool {
            while try parser.peek(k) == .indexLBracket {
                k += 1
                if try parser.peek(k) == .whitespace { k += 1 }
                switch try parser.peek(k) {
                case .stringLiteral, .integerLiteral, .true, .false: k += 1
                case .identifier, .lCurly:
                    guard let after = try parser.scanReference(at: k, nesting: nesting + 1) else { return false }
                    k = after
                default: return false
                }
                if try parser.peek(k) == .whitespace { k += 1 }
                guard try parser.peek(k) == .indexRBracket else { return false }
                k += 1
            }
            return true
        }
        guard try scanIndexes(&k, &self) else { return nil }
        while try peek(k) == .dot, try peek(k + 1) == .identifier {
            k += 2
            if try peek(k) == .lParen {
                k += 1
                var first = true
                while true {
                    let kind = try peek(k)
                    if kind == .refmod2RParen { k += 1; break }
                    if !first {
                        guard kind == .comma else { return nil }
                        k += 1
                    }
                    guard let after = try scanParameter(at: k, nesting: nesting + 1) else { return nil }
                    k = after
                    first = false
                }
            }
            guard try scanIndexes(&k, &self) else { return nil }
        }
        if formal {
            guard try peek(k) == .rCurly else { return nil }
            k += 1
        }
        return k
    }

    private mutating func scanParameter(at start: Int, nesting: Int) throws(ParseFailure) -> Int? {
        guard nesting < 64 else { return nil }
        var k = start
        if try peek(k) == .whitespace { k += 1 }
        switch try peek(k) {
        case .stringLiteral, .integerLiteral, .true, .false, .floatingPointLiteral: k += 1
        case .identifier, .lCurly:
            guard let after = try scanReference(at: k, nesting: nesting + 1) else { return nil }
            k = after
        case .lBracket, .leftCurley:
            // Lists, maps and ranges: skip to the matching close.
            var level = 0
            repeat {
                switch try peek(k) {
                case .lBracket, .leftCurley: level += 1
                case .rBracket, .rightCurley, .rCurly: level -= 1
                case .eof: return nil
                default: break
                }
                k += 1
            } while level > 0
        default:
            return nil
        }
        if try peek(k) == .whitespace { k += 1 }
        return k
    }

    private mutating func integerRange() throws(ParseFailure) -> Expr {
        let open = try consume()
        try skipWhitespace()
        let low = try rangeBound()
        try skipWhitespace()
        try expect(.doubleDot, "\"..\" in the range")
        try skipWhitespace()
        let high = try rangeBound()
        try skipWhitespace()
        try expect(.rBracket, "\"]\" to close the range")
        return .range(low, high, offset: offset(open))
    }

    private mutating func rangeBound() throws(ParseFailure) -> Expr {
        let next = try token()
        switch next.kind {
        case .identifier, .lCurly: return .reference(try parseReference())
        case .integerLiteral: return try integerLiteral()
        default: throw failure(at: next, expected: "an integer or a reference in the range [n..m]")
        }
    }

    private mutating func listLiteral() throws(ParseFailure) -> Expr {
        let open = try consume()
        try enter(open)
        defer { depth -= 1 }
        var elements: [Expr] = []
        switch try peek() {
        case .lBracket, .leftCurley, .whitespace, .stringLiteral, .true, .false, .integerLiteral, .floatingPointLiteral,
             .identifier, .lCurly:
            elements.append(try parameter())
            while try peek() == .comma {
                try consume()
                elements.append(try parameter())
            }
        default: break
        }
        let close = try token()
        guard close.kind == .rBracket else { throw failure(at: close, expected: "\"]\" to close the list, or \",\" and another element") }
        try consume()
        return .list(elements)
    }

    private mutating func mapLiteral() throws(ParseFailure) -> Expr {
        let open = try consume()
        try enter(open)
        defer { depth -= 1 }
        var entries: [Expr] = []
        if try lookaheadMapEntry() {
            entries.append(try parameter())
            try expect(.colon, "\":\" between a map key and its value")
            entries.append(try parameter())
            while try peek() == .comma {
                try consume()
                entries.append(try parameter())
                try expect(.colon, "\":\" between a map key and its value")
                entries.append(try parameter())
            }
        } else {
            try skipWhitespace()
        }
        let close = try token()
        guard close.kind == .rightCurley || close.kind == .rCurly else {
            throw failure(at: close, expected: "\"}\" to close the map, or \",\" and another key: value")
        }
        try consume()
        return .map(entries)
    }

    /// `LOOKAHEAD(2) Parameter() <COLON> Parameter()`.
    private mutating func lookaheadMapEntry() throws(ParseFailure) -> Bool {
        var k = 0
        if try peek(k) == .whitespace {
            k += 1
            return Self.startsParameterValue(try peek(k))
        }
        let first = try peek(k)
        guard Self.startsParameterValue(first) else { return false }
        switch first {
        case .lCurly:
            return try peek(1) == .identifier
        case .lBracket, .leftCurley:
            return true
        case .identifier:
            switch try peek(1) {
            case .whitespace, .colon, .indexLBracket, .dot: return true
            default: return false
            }
        default:
            let second = try peek(1)
            return second == .whitespace || second == .colon
        }
    }

    private static func startsParameterValue(_ kind: Kind) -> Bool {
        switch kind {
        case .stringLiteral, .integerLiteral, .lBracket, .leftCurley, .true, .false, .identifier, .lCurly, .floatingPointLiteral:
            return true
        default:
            return false
        }
    }

    /// Parameter(): `[WS] value [WS]`.
    private mutating func parameter() throws(ParseFailure) -> Expr {
        try skipWhitespace()
        let next = try token()
        let value: Expr
        switch next.kind {
        case .stringLiteral: value = try stringLiteral()
        case .integerLiteral: value = try integerLiteral()
        default:
            if try lookaheadRange() {
                value = try integerRange()
            } else {
                switch next.kind {
                case .leftCurley: value = try mapLiteral()
                case .lBracket: value = try listLiteral()
                case .true:
                    try consume()
                    value = .constant(.bool(true), literal: "true")
                case .false:
                    try consume()
                    value = .constant(.bool(false), literal: "false")
                case .identifier, .lCurly: value = .reference(try parseReference())
                case .floatingPointLiteral: value = try floatLiteral()
                default: throw failure(at: next, expected: "a value (a literal, a reference, a list, a map or a range)")
                }
            }
        }
        try skipWhitespace()
        return value
    }

    // MARK: Expressions

    private mutating func expression() throws(ParseFailure) -> Expr {
        let start = try token()
        try enter(start)
        defer { depth -= 1 }
        let first = index
        let inner = try orExpression()
        return .group(inner, literal: sourceText(from: first))
    }

    /// The source of the tokens consumed since token index `first` (Velocity's `literal()`).
    private func sourceText(from first: Int) -> String {
        guard first < index, index <= tokens.count else { return "" }
        return String(decoding: bytes[tokens[first].begin..<tokens[index - 1].end], as: UTF8.self)
    }

    private static func literalOf(_ expr: Expr) -> String {
        switch expr {
        case .reference(let reference): return reference.literal
        case .constant(_, let literal), .interpolated(_, let literal), .group(_, let literal): return literal
        case .math(_, _, _, _, _, let literal, _): return literal
        case .word(let word): return word
        default: return ""
        }
    }

    private mutating func orExpression() throws(ParseFailure) -> Expr {
        var left = try andExpression()
        while try peek() == .logicalOr {
            try consume()
            left = .or(left, try andExpression())
        }
        return left
    }

    private mutating func andExpression() throws(ParseFailure) -> Expr {
        var left = try equalityExpression()
        while try peek() == .logicalAnd {
            try consume()
            left = .and(left, try equalityExpression())
        }
        return left
    }

    private mutating func equalityExpression() throws(ParseFailure) -> Expr {
        var left = try relationalExpression()
        while true {
            let op: CompareOperator
            switch try peek() {
            case .logicalEquals: op = .equal
            case .logicalNotEquals: op = .notEqual
            default: return left
            }
            let token = try consume()
            left = .compare(op, left, try relationalExpression(), offset: offset(token))
        }
    }

    private mutating func relationalExpression() throws(ParseFailure) -> Expr {
        var left = try additiveExpression()
        while true {
            let op: CompareOperator
            switch try peek() {
            case .logicalLT: op = .less
            case .logicalGT: op = .greater
            case .logicalLE: op = .lessOrEqual
            case .logicalGE: op = .greaterOrEqual
            default: return left
            }
            let token = try consume()
            left = .compare(op, left, try additiveExpression(), offset: offset(token))
        }
    }

    private mutating func additiveExpression() throws(ParseFailure) -> Expr {
        var left = try multiplicativeExpression()
        while true {
            let op: MathOperator
            switch try peek() {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            let token = try consume()
            let first = index
            let right = try multiplicativeExpression()
            left = .math(op, left, right, leftLiteral: Self.literalOf(left), rightLiteral: Self.literalOf(right), literal: sourceText(from: first), offset: offset(token))
        }
    }

    private mutating func multiplicativeExpression() throws(ParseFailure) -> Expr {
        var left = try unaryExpression()
        while true {
            let op: MathOperator
            switch try peek() {
            case .multiply: op = .multiply
            case .divide: op = .divide
            case .modulus: op = .modulo
            default: return left
            }
            let token = try consume()
            let first = index
            let right = try unaryExpression()
            left = .math(op, left, right, leftLiteral: Self.literalOf(left), rightLiteral: Self.literalOf(right), literal: sourceText(from: first), offset: offset(token))
        }
    }

    private mutating func unaryExpression() throws(ParseFailure) -> Expr {
        let first = try peek()
        var isNot = first == .logicalNot
        if !isNot && first == .whitespace { isNot = try peek(1) == .logicalNot }
        if isNot {
            if first == .whitespace { try consume() }
            let token = try consume()
            try enter(token)
            defer { depth -= 1 }
            return .not(try unaryExpression())
        }
        return try primaryExpression()
    }

    private mutating func primaryExpression() throws(ParseFailure) -> Expr {
        try skipWhitespace()
        let next = try token()
        let value: Expr
        switch next.kind {
        case .stringLiteral: value = try stringLiteral()
        case .identifier: value = .reference(try parseReference())
        case .lCurly:
            value = .reference(try parseReference())
        case .integerLiteral: value = try integerLiteral()
        default:
            if try lookaheadRange() {
                value = try integerRange()
            } else {
                switch next.kind {
                case .floatingPointLiteral: value = try floatLiteral()
                case .leftCurley: value = try mapLiteral()
                case .lBracket: value = try listLiteral()
                case .true:
                    try consume()
                    value = .constant(.bool(true), literal: "true")
                case .false:
                    try consume()
                    value = .constant(.bool(false), literal: "false")
                case .lParen:
                    try consume()
                    let inner = try expression()
                    let close = try token()
                    guard close.kind == .rParen else { throw failure(at: close, expected: "\")\" to close the parenthesis, or an operator") }
                    try consume()
                    value = inner
                default:
                    throw failure(at: next, expected: "a value: a literal, a reference, a list, a map, a range or a parenthesis")
                }
            }
        }
        try skipWhitespace()
        return value
    }
}

/// Line and column arithmetic over template bytes, as Velocity counts them.
enum SourceText {
    /// Velocity's 1-based line and column for a byte offset: columns count UTF-16 units and
    /// a tab advances to the next multiple of 8 (JavaCC's char stream), which is also the
    /// column JavaCC gives the tab itself.
    static func lineColumn(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == UInt8(ascii: "\r") {
                if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") {
                    i += 1
                }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 0
        var j = lineStart
        while j < end {
            let c = bytes[j]
            if c == UInt8(ascii: "\t") {
                column += 8 - (column % 8)
                j += 1
            } else if c < 0x80 {
                column += 1
                j += 1
            } else {
                let length = Lexer.scalarLength(c)
                column += length == 4 ? 2 : 1
                j += length
            }
        }
        if end < bytes.count && bytes[end] == UInt8(ascii: "\t") { return (line, column + 8 - column % 8) }
        return (line, column + 1)
    }

    static func lineText(_ bytes: [UInt8], _ offset: Int) -> String {
        let end = min(offset, bytes.count)
        var start = end
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") && bytes[start - 1] != UInt8(ascii: "\r") { start -= 1 }
        var stop = end
        while stop < bytes.count && bytes[stop] != UInt8(ascii: "\n") && bytes[stop] != UInt8(ascii: "\r") { stop += 1 }
        var text = ""
        var column = 0
        for scalar in String(decoding: bytes[start..<stop], as: UTF8.self).unicodeScalars {
            if scalar == "\t" {
                let spaces = 8 - (column % 8)
                text += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                text.unicodeScalars.append(scalar)
                column += scalar.value > 0xFFFF ? 2 : 1
            }
        }
        return text
    }
}
