// A recursive-descent copy of Velocity 1.7's grammar (Parser.jjt), producing the AST in AST.swift.

struct ParseFailure: Error {
    var offset: Int
    var message: String
    var kind: VTLError.Kind = .parse
}

/// Directives Velocity 1.7 registers (directive.properties), and whether they take a block.
private let knownDirectives: [String: Bool] = [
    "foreach": true, "include": false, "parse": false, "macro": true,
    "literal": true, "evaluate": false, "break": false, "define": true,
]

struct VTLParser {
    var lexer: VTLLexer
    let src: [UInt8]
    var toks: [Token] = []
    var idx = 0
    var macros: [MacroDef] = []
    var macroNames: Set<String> = []
    var depth = 0
    let maxDepth: Int
    var names: NameTable

    init(bytes: [UInt8], maxDepth: Int, names: NameTable = NameTable()) {
        src = bytes
        lexer = VTLLexer(bytes)
        self.maxDepth = maxDepth
        self.names = names
    }

    // MARK: tokens

    mutating func peek(_ k: Int = 0) throws(ParseFailure) -> Token {
        while toks.count <= idx + k {
            if let last = toks.last, last.kind == .eof {
                return last
            }
            do {
                toks.append(try lexer.next())
            } catch {
                throw ParseFailure(offset: error.offset, message: error.message)
            }
        }
        return toks[idx + k]
    }

    mutating func kind(_ k: Int = 0) throws(ParseFailure) -> TK { try peek(k).kind }

    @discardableResult
    mutating func consume() throws(ParseFailure) -> Token {
        let t = try peek()
        if t.kind != .eof { idx += 1 }
        return t
    }

    func image(_ t: Token) -> String {
        if let o = t.imageOverride { return o }
        return String(decoding: src[t.start..<t.end], as: UTF8.self)
    }

    func describe(_ t: Token) -> String {
        t.kind == .eof ? "<EOF>" : "\"\(image(t))\""
    }

    mutating func fail(_ t: Token, expected: String) -> ParseFailure {
        ParseFailure(offset: t.start, message: "Encountered \(describe(t)); was expecting \(expected)")
    }

    @discardableResult
    mutating func expect(_ k: TK, _ what: String) throws(ParseFailure) -> Token {
        let t = try peek()
        guard t.kind == k else { throw fail(t, expected: what) }
        idx += 1
        return t
    }

    mutating func optWS() throws(ParseFailure) {
        if try kind() == .whitespace { idx += 1 }
    }

    /// NodeUtils.tokenLiteral: the image, preceded by the `$`/`#` characters of special tokens.
    func tokenLiteral(_ t: Token) -> String {
        guard let lastSpecial = t.specials.last else { return image(t) }
        if src[lastSpecial].starts(with: [35, 35]) { return image(t) }
        var out: [UInt8] = []
        for r in t.specials {
            var i = r.lowerBound
            while i < r.upperBound {
                let c = src[i]
                if c == 35 || c == 36 { out.append(c) }
                if c == 92 {
                    var ok = true
                    var term = false
                    var j = i
                    while ok && j < r.upperBound {
                        let cc = src[j]
                        if cc == 92 {
                        } else if cc == 36 {
                            term = true; ok = false
                        } else {
                            ok = false
                        }
                        j += 1
                    }
                    if term {
                        out.append(contentsOf: src[i..<j])
                        i = j
                    }
                }
                i += 1
            }
        }
        if out.isEmpty { return image(t) }
        return String(decoding: out, as: UTF8.self) + image(t)
    }

    func location(_ offset: Int) -> SourceLocation { locate(src, offset) }

    // MARK: template

    mutating func parseTemplate() throws(ParseFailure) -> [Node] {
        let body = try statements()
        let t = try peek()
        if t.kind != .eof { throw fail(t, expected: "text, a reference or a directive") }
        return body
    }

    mutating func statements() throws(ParseFailure) -> [Node] {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth {
            let t = try peek()
            throw ParseFailure(offset: t.start, message: "template nesting is deeper than \(maxDepth) levels", kind: .limit)
        }
        var out: [Node] = []
        while let n = try statement() {
            if case .text(let s) = n {
                if s.isEmpty { continue }
                if case .text(let prev) = out.last {
                    out[out.count - 1] = .text(prev + s)
                    continue
                }
            }
            out.append(n)
        }
        return out
    }

    /// One statement, `.text("")` for a comment, nil when the next token starts none.
    mutating func statement() throws(ParseFailure) -> Node? {
        let t = try peek()
        switch t.kind {
        case .ifDirective: return try ifStatement()
        case .stopDirective: idx += 1; return .stop
        case .identifier: return .ref(try reference())
        case .lcurly:
            if try kind(1) == .identifier { return .ref(try reference()) }
            idx += 1
            return .txt(tokenLiteral(t))
        case .singleLineCommentStart:
            idx += 1
            if try kind() == .singleLineComment { idx += 1 }
            return .txt("")
        case .multiLineComment, .formalComment:
            idx += 1
            return .txt("")
        case .textBlock:
            idx += 1
            let img = Array(src[t.start..<t.end])
            guard img.count >= 6 else { throw ParseFailure(offset: t.start, message: "Lexical error in #[[ ]]# block") }
            return .txt(String(decoding: img[3..<(img.count - 3)], as: UTF8.self))
        case .setDirective: return try setDirective()
        case .escapeDirective:
            idx += 1
            return .txt(escapedDirective(image(t)))
        case .doubleEscape:
            var count = 0
            var last = t
            while try kind() == .doubleEscape {
                last = try consume()
                count += 1
            }
            _ = last
            let next = try peek()
            var control = false
            switch next.kind {
            case .ifDirective, .elseDirective, .elseIfDirective, .end, .stopDirective: control = true
            default: break
            }
            let nimg = image(next)
            if knownDirectives[String(nimg.dropFirst())] != nil { control = true }
            return .txt(String(repeating: control ? "\\" : "\\\\", count: count))
        case .word, .bracketedWord: return try directive()
        case .text, .dot, .rparen, .lparen, .integerLiteral, .floatingPointLiteral, .stringLiteral, .escape, .rcurly, .emptyIndex:
            idx += 1
            return .txt(tokenLiteral(t))
        default:
            return nil
        }
    }

    func escapedDirective(_ img: String) -> String {
        let chars = Array(img)
        guard let iLast = chars.lastIndex(of: "\\") else { return img }
        let strDirective = String(chars[(iLast + 1)...])
        var dirTag = String(strDirective.dropFirst())
        if dirTag.hasPrefix("{") { dirTag = String(dirTag.dropFirst().dropLast()) }
        var recognized = knownDirectives[dirTag] != nil || macroNames.contains(dirTag)
        switch dirTag {
        case "if", "end", "set", "else", "elseif", "stop": recognized = true
        default: break
        }
        if recognized { return String(chars[0..<(iLast / 2)]) + strDirective }
        return img
    }

    // MARK: directives

    mutating func ifStatement() throws(ParseFailure) -> Node {
        try expect(.ifDirective, "#if")
        try optWS()
        try expect(.lparen, "\"(\" after #if")
        let cond = try expression()
        try expect(.rparen, "\")\" closing the #if condition")
        var branches = [IfBranch(condition: cond, body: try statements())]
        var elseBody: [Node]? = nil
        while try kind() == .elseIfDirective {
            idx += 1
            try optWS()
            try expect(.lparen, "\"(\" after #elseif")
            let c = try expression()
            try expect(.rparen, "\")\" closing the #elseif condition")
            branches.append(IfBranch(condition: c, body: try statements()))
        }
        if try kind() == .elseDirective {
            idx += 1
            elseBody = try statements()
        }
        try expect(.end, "#end closing #if")
        return .ifChain(IfNode(branches: branches, elseBody: elseBody))
    }

    mutating func setDirective() throws(ParseFailure) -> Node {
        let st = try expect(.setDirective, "#set")
        try optWS()
        let k = try kind()
        guard k == .identifier || k == .lcurly else { throw fail(try peek(), expected: "a reference after #set(") }
        let target = try reference()
        try optWS()
        try expect(.equals, "\"=\" in #set")
        let value = try expression()
        try expect(.rparen, "\")\" closing #set")
        lexer.inSet = false
        if try kind() == .newline { idx += 1 }
        return .set(SetNode(target: target, value: value, loc: location(st.start)))
    }

    mutating func directive() throws(ParseFailure) -> Node {
        let t = try consume()
        let img = image(t)
        let name: String
        if t.kind == .bracketedWord {
            let cs = Array(img)
            name = cs.count >= 3 ? String(cs[2..<(cs.count - 1)]) : ""
        } else {
            name = String(img.dropFirst())
        }
        let loc = location(t.start)
        let isMacro = name == "macro"
        let isBlock: Bool
        let known = knownDirectives[name]
        if let known { isBlock = known } else { isBlock = name.hasPrefix("@") }
        lexer.switchTo(.directive)
        var args: [Expr] = []
        var argIsWord: [Bool] = []
        var lastEnd = t.end
        if toks.count == idx && lexer.isLeftParenthesis() {
            try optWS()
            try expect(.lparen, "\"(\"")
            var argPos = 0
            while try directiveArgAhead() {
                try optWS()
                if try kind() == .comma {
                    idx += 1
                    try optWS()
                }
                let at = try peek()
                let (arg, isWord) = try directiveArg()
                if isWord {
                    if isMacro && argPos == 0 {
                    } else if known != nil && (name != "foreach" || argPos != 1) {
                        throw ParseFailure(offset: at.start, message: "Invalid arg #\(argPos) in directive #\(name)")
                    }
                } else if isMacro && argPos == 0 {
                    throw ParseFailure(offset: at.start, message: "Invalid first arg in #macro() directive - must be a word token (no ' or \" surrounding)")
                }
                args.append(arg)
                argIsWord.append(isWord)
                argPos += 1
            }
            try optWS()
            let rp = try expect(.rparen, "\")\" closing the arguments of #\(name)")
            lastEnd = rp.end
        } else {
            if isMacro {
                throw ParseFailure(offset: t.start, message: "A macro declaration requires at least a name argument")
            }
            lexer.pop()
            lexer.inDirective = false
            switch name {
            case "break": return .breakLoop(nil, loc)
            case "evaluate": throw ParseFailure(offset: t.start, message: "#evaluate() requires exactly one argument")
            case "include", "parse": return .resource(name, loc)
            default: break
            }
            if isBlock && known != nil {
                throw ParseFailure(offset: t.start, message: "#\(name) requires arguments in parentheses")
            }
            return .macroCall(MacroCallNode(name: name, args: [], body: nil, literal: img, loc: loc))
        }
        let literal = String(decoding: src[t.start..<lastEnd], as: UTF8.self)
        if !isBlock {
            switch name {
            case "evaluate":
                guard args.count == 1 else {
                    throw ParseFailure(offset: t.start, message: "#evaluate() requires exactly one argument")
                }
                switch args[0] {
                case .string, .interpolated, .ref: break
                default: throw ParseFailure(offset: t.start, message: "#evaluate() argument must be a string literal or reference")
                }
                return .evaluate(args[0], loc)
            case "break":
                if args.count > 1 { throw ParseFailure(offset: t.start, message: "#break() takes at most one argument") }
                return .breakLoop(args.first, loc)
            case "include", "parse":
                return .resource(name, loc)
            default:
                return .macroCall(MacroCallNode(name: name, args: args, body: nil, literal: literal, loc: loc))
            }
        }
        let bodyStart = try peek().start
        let body = try statements()
        let endTok = try expect(.end, "#end closing #\(name)")
        switch name {
        case "macro":
            guard case .word(let mname) = args.first else {
                throw ParseFailure(offset: t.start, message: "#macro() must have a name as its first argument")
            }
            var params: [String] = []
            var paramSlots: [Int32] = []
            for a in args.dropFirst() {
                guard case .ref(let r) = a else {
                    throw ParseFailure(offset: t.start, message: "#macro(\(mname)): arguments must be references")
                }
                params.append(r.root)
                paramSlots.append(r.rootSlot)
            }
            if !macros.contains(where: { $0.name == mname }) {
                macros.append(MacroDef(name: mname, params: params, paramSlots: paramSlots, body: body))
            }
            macroNames.insert(mname)
            return .txt("")
        case "foreach":
            guard args.count >= 3 else {
                // Velocity 1.7 renders nothing for a malformed #foreach.
                return .txt("")
            }
            let varName: String
            switch args[0] {
            case .ref(let r): varName = r.root
            case .word(let w): varName = String(w.dropFirst())
            default: varName = ""
            }
            return .foreach(ForeachNode(varName: varName, slot: names.slot(varName), iterable: args[2], body: body, loc: loc))
        case "define":
            guard args.count == 1, case .ref(let r) = args[0] else {
                throw ParseFailure(offset: t.start, message: "#define() requires exactly one reference argument")
            }
            return .define(r.setKey, r.setSlot, body)
        case "literal":
            return .txt(String(decoding: src[bodyStart..<endTok.start], as: UTF8.self))
        default:
            // An unknown block macro prints its whole source, body and #end included.
            let whole = String(decoding: src[t.start..<endTok.end], as: UTF8.self)
            return .macroCall(MacroCallNode(name: name, args: args, body: body, literal: whole, loc: loc))
        }
    }

    /// LOOKAHEAD(2) [WS] [COMMA [WS]] DirectiveArg()
    mutating func directiveArgAhead() throws(ParseFailure) -> Bool {
        var i = 0
        if try kind(i) == .whitespace { i += 1 }
        if i == 2 { return true }
        if try kind(i) == .comma {
            i += 1
            if i == 2 { return true }
            if try kind(i) == .whitespace { i += 1 }
            if i == 2 { return true }
        }
        switch try kind(i) {
        case .identifier, .word, .stringLiteral, .integerLiteral, .lbracket, .floatingPointLiteral, .leftCurley, .trueLit, .falseLit:
            return true
        case .lcurly:
            if i + 1 >= 2 { return true }
            return try kind(i + 1) == .identifier
        default:
            return false
        }
    }

    mutating func directiveArg() throws(ParseFailure) -> (Expr, Bool) {
        let t = try peek()
        switch t.kind {
        case .identifier, .lcurly: return (.ref(try reference()), false)
        case .word: idx += 1; return (.word(image(t)), true)
        case .stringLiteral: return (try stringLiteral(), false)
        case .integerLiteral: return (try integerLiteral(), false)
        case .lbracket:
            if try rangeAhead() { return (try integerRange(), false) }
            return (try objectArray(), false)
        case .floatingPointLiteral: return (try floatLiteral(), false)
        case .leftCurley: return (try mapLiteral(), false)
        case .trueLit: idx += 1; return (.bool(true), false)
        case .falseLit: idx += 1; return (.bool(false), false)
        default: throw fail(t, expected: "a directive argument")
        }
    }

    // MARK: references

    mutating func enter() throws(ParseFailure) {
        depth += 1
        if depth > maxDepth {
            throw ParseFailure(offset: (try? peek().start) ?? 0, message: "template nesting is deeper than \(maxDepth) levels", kind: .limit)
        }
    }

    mutating func reference() throws(ParseFailure) -> RefNode {
        try enter()
        defer { depth -= 1 }
        let first = try consume()
        let startOffset = first.start
        var formal = false
        var identTok: Token? = nil
        if first.kind == .lcurly {
            formal = true
            identTok = try expect(.identifier, "an identifier after ${")
        }
        var parts: [RefPart] = []
        try indexes(&parts)
        while try kind() == .dot, try kind(1) == .identifier {
            idx += 1
            if try methodAhead() {
                let nameTok = try consume()
                try expect(.lparen, "\"(\"")
                var args: [Expr] = []
                if try kind() != .refmod2RParen {
                    args.append(try parameter())
                    while try kind() == .comma {
                        idx += 1
                        args.append(try parameter())
                    }
                }
                try expect(.refmod2RParen, "\")\" closing the method call")
                let mname = image(nameTok)
                parts.append(.method(MethodCall(name: mname, id: JM(name: mname), args: args, loc: location(nameTok.start))))
            } else {
                let nameTok = try consume()
                parts.append(.property(image(nameTok), location(nameTok.start)))
            }
            try indexes(&parts)
        }
        if formal { try expect(.rcurly, "\"}\" closing ${") }
        let lastEnd = toks[idx - 1].end
        return makeRef(first: first, identTok: identTok, formal: formal, parts: parts, start: startOffset, end: lastEnd)
    }

    mutating func methodAhead() throws(ParseFailure) -> Bool {
        guard try kind() == .identifier, try kind(1) == .lparen else { return false }
        switch try kind(2) {
        case .whitespace, .stringLiteral, .integerLiteral, .lbracket, .leftCurley, .trueLit, .falseLit,
             .identifier, .lcurly, .floatingPointLiteral, .refmod2RParen:
            return true
        default:
            return false
        }
    }

    mutating func indexes(_ parts: inout [RefPart]) throws(ParseFailure) {
        while try kind() == .indexLBracket {
            let lb = try consume()
            try optWS()
            let t = try peek()
            let e: Expr
            switch t.kind {
            case .stringLiteral: e = try stringLiteral()
            case .integerLiteral: e = try integerLiteral()
            case .trueLit: idx += 1; e = .bool(true)
            case .falseLit: idx += 1; e = .bool(false)
            case .identifier, .lcurly: e = .ref(try reference())
            default: throw fail(t, expected: "an index (string, integer, boolean or reference)")
            }
            try optWS()
            try expect(.indexRBracket, "\"]\" closing the index")
            parts.append(.index(e, location(lb.start)))
        }
    }

    func makeRef(first: Token, identTok: Token?, formal: Bool, parts: [RefPart], start: Int, end: Int) -> RefNode {
        var img = image(first)
        let restText = String(decoding: src[first.end..<end], as: UTF8.self)
        var escaped = false
        var escPrefix = ""
        var morePrefix = ""
        let loc = location(start)
        // $\! forms: not a reference at all.
        if let r = img.range(of: "\\!") {
            _ = r
            let cs = Array(img)
            var i = cs.firstIndex(of: "$") ?? 0
            while i < cs.count && cs[i] != "\\" { i += 1 }
            let st = i
            var count = 0
            while i < cs.count {
                let c = cs[i]; i += 1
                if c == "\\" { count += 1 } else { break }
            }
            var ns = String(cs[0..<st])
            ns += String(cs[st..<(st + count - 1)])
            ns += String(cs[(st + count)...])
            let lit = ns + restText
            let sk = String(img.dropFirst())
            return RefNode(root: ns, rootSlot: names.slot(ns), kind: .noncomputable, escaped: false, escPrefix: "", morePrefix: "",
                           nullString: ns, literal: lit, setKey: sk, setSlot: names.slot(sk), parts: parts, loc: loc)
        }
        if img.hasPrefix("\\") {
            var i = 0
            for c in img.utf8 { if c == 92 { i += 1 } else { break } }
            if i % 2 != 0 { escaped = true }
            if i > 0 { escPrefix = String(repeating: "\\", count: i / 2) }
            img = String(img.dropFirst(i))
        }
        if let loc1 = img.lastIndex(of: "$"), loc1 > img.startIndex {
            morePrefix = String(img[..<loc1])
            img = String(img[loc1...])
        }
        let literal = img + restText
        var nullString = literal
        var kind = RefKind.normal
        var root: String
        if img.hasPrefix("$!") {
            kind = .quiet
            if !escaped { nullString = "" }
            if img.hasPrefix("$!{") { root = identTok.map(image) ?? "" } else { root = String(img.dropFirst(2)) }
        } else if img == "${" {
            kind = .formal
            root = identTok.map(image) ?? ""
        } else if img.hasPrefix("$") {
            root = String(img.dropFirst())
        } else {
            kind = .runt
            root = img
        }
        let sk = String(img.dropFirst())
        return RefNode(root: root, rootSlot: names.slot(root), kind: kind, escaped: escaped, escPrefix: escPrefix, morePrefix: morePrefix,
                       nullString: nullString, literal: literal, setKey: sk, setSlot: names.slot(sk), parts: parts, loc: loc)
    }

    // MARK: expressions

    mutating func expression() throws(ParseFailure) -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth {
            throw ParseFailure(offset: try peek().start, message: "expression nesting is deeper than \(maxDepth) levels", kind: .limit)
        }
        return try orExpr()
    }

    mutating func literalText(_ from: Int, _ to: Int) -> String {
        // literal(): token literals from the first to the last token of the node
        var a = from, b = to
        while a < b && toks[a].kind == .whitespace { a += 1 }
        while b > a && toks[b - 1].kind == .whitespace { b -= 1 }
        var s = ""
        for i in a..<b { s += tokenLiteral(toks[i]) }
        return s
    }

    mutating func binaryLoop(_ ops: [TK: BinOp], _ next: (inout VTLParser) throws(ParseFailure) -> Expr) throws(ParseFailure) -> Expr {
        let s0 = idx
        var left = try next(&self)
        var leftStart = s0
        while let op = ops[try kind()] {
            let opTok = try consume()
            let leftLit = literalText(leftStart, idx - 1)
            let rs = idx
            let right = try next(&self)
            let rightLit = literalText(rs, idx)
            left = .binary(BinaryExpr(op: op, left: left, right: right, leftLiteral: leftLit, rightLiteral: rightLit, loc: location(opTok.start)))
            leftStart = s0
        }
        return left
    }

    mutating func orExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.or: .or]) { p throws(ParseFailure) in try p.andExpr() }
    }
    mutating func andExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.and: .and]) { p throws(ParseFailure) in try p.eqExpr() }
    }
    mutating func eqExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.eq: .eq, .ne: .ne]) { p throws(ParseFailure) in try p.relExpr() }
    }
    mutating func relExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.lt: .lt, .gt: .gt, .le: .le, .ge: .ge]) { p throws(ParseFailure) in try p.addExpr() }
    }
    mutating func addExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.plus: .add, .minus: .sub]) { p throws(ParseFailure) in try p.mulExpr() }
    }
    mutating func mulExpr() throws(ParseFailure) -> Expr {
        try binaryLoop([.multiply: .mul, .divide: .div, .modulus: .mod]) { p throws(ParseFailure) in try p.unaryExpr() }
    }

    mutating func unaryExpr() throws(ParseFailure) -> Expr {
        let k0 = try kind()
        let k1 = k0 == .whitespace ? try kind(1) : .eof
        if k0 == .not || (k0 == .whitespace && k1 == .not) {
            if k0 == .whitespace { idx += 1 }
            idx += 1
            depth += 1
            defer { depth -= 1 }
            if depth > maxDepth {
                throw ParseFailure(offset: try peek().start, message: "expression nesting is deeper than \(maxDepth) levels", kind: .limit)
            }
            return .not(try unaryExpr())
        }
        return try primary()
    }

    mutating func primary() throws(ParseFailure) -> Expr {
        try enter()
        defer { depth -= 1 }
        try optWS()
        let t = try peek()
        let e: Expr
        switch t.kind {
        case .stringLiteral: e = try stringLiteral()
        case .identifier, .lcurly: e = .ref(try reference())
        case .integerLiteral: e = try integerLiteral()
        case .lbracket:
            if try rangeAhead() { e = try integerRange() } else { e = try objectArray() }
        case .floatingPointLiteral: e = try floatLiteral()
        case .leftCurley: e = try mapLiteral()
        case .trueLit: idx += 1; e = .bool(true)
        case .falseLit: idx += 1; e = .bool(false)
        case .lparen:
            idx += 1
            e = try expression()
            try expect(.rparen, "\")\"")
        default:
            throw fail(t, expected: "an expression")
        }
        try optWS()
        return e
    }

    mutating func parameter() throws(ParseFailure) -> Expr {
        try enter()
        defer { depth -= 1 }
        try optWS()
        let t = try peek()
        let e: Expr
        switch t.kind {
        case .stringLiteral: e = try stringLiteral()
        case .integerLiteral: e = try integerLiteral()
        case .lbracket:
            if try rangeAhead() { e = try integerRange() } else { e = try objectArray() }
        case .leftCurley: e = try mapLiteral()
        case .trueLit: idx += 1; e = .bool(true)
        case .falseLit: idx += 1; e = .bool(false)
        case .identifier, .lcurly: e = .ref(try reference())
        case .floatingPointLiteral: e = try floatLiteral()
        default: throw fail(t, expected: "a parameter")
        }
        try optWS()
        return e
    }

    /// LOOKAHEAD( <LBRACKET> [<WHITESPACE>] ( Reference() | IntegerLiteral()) [<WHITESPACE>] <DOUBLEDOT> )
    mutating func rangeAhead() throws(ParseFailure) -> Bool {
        let save = idx
        defer { idx = save }
        guard try kind() == .lbracket else { return false }
        idx += 1
        try optWS()
        switch try kind() {
        case .integerLiteral: idx += 1
        case .identifier, .lcurly:
            do { _ = try reference() } catch { return false }
        default: return false
        }
        try optWS()
        return try kind() == .doubleDot
    }

    mutating func integerRange() throws(ParseFailure) -> Expr {
        let lb = try expect(.lbracket, "\"[\"")
        try optWS()
        let a = try rangeBound()
        try optWS()
        try expect(.doubleDot, "\"..\"")
        try optWS()
        let b = try rangeBound()
        try optWS()
        try expect(.rbracket, "\"]\" closing the range")
        return .range(a, b, location(lb.start))
    }

    mutating func rangeBound() throws(ParseFailure) -> Expr {
        switch try kind() {
        case .integerLiteral: return try integerLiteral()
        case .identifier, .lcurly: return .ref(try reference())
        default: throw fail(try peek(), expected: "an integer or a reference in the range")
        }
    }

    mutating func objectArray() throws(ParseFailure) -> Expr {
        try expect(.lbracket, "\"[\"")
        var items: [Expr] = []
        if try kind() != .rbracket {
            items.append(try parameter())
            while try kind() == .comma {
                idx += 1
                items.append(try parameter())
            }
        }
        try expect(.rbracket, "\"]\" closing the list")
        return .list(items)
    }

    mutating func mapLiteral() throws(ParseFailure) -> Expr {
        try expect(.leftCurley, "\"{\"")
        var entries: [MapEntry] = []
        if try mapEntryAhead() {
            let k = try parameter()
            try expect(.colon, "\":\" in the map")
            let v = try parameter()
            entries.append(MapEntry(key: k, value: v))
            while try kind() == .comma {
                idx += 1
                let k2 = try parameter()
                try expect(.colon, "\":\" in the map")
                let v2 = try parameter()
                entries.append(MapEntry(key: k2, value: v2))
            }
        } else {
            try optWS()
        }
        let k = try kind()
        guard k == .rightCurley || k == .rcurly else { throw fail(try peek(), expected: "\"}\" closing the map") }
        idx += 1
        return .map(entries)
    }

    mutating func mapEntryAhead() throws(ParseFailure) -> Bool {
        var i = 0
        if try kind(0) == .whitespace { i = 1 }
        switch try kind(i) {
        case .stringLiteral, .integerLiteral, .lbracket, .leftCurley, .trueLit, .falseLit, .identifier, .floatingPointLiteral:
            return true
        case .lcurly:
            return i == 1 ? true : (try kind(1)) == .identifier
        default:
            return false
        }
    }

    mutating func integerLiteral() throws(ParseFailure) -> Expr {
        let t = try expect(.integerLiteral, "an integer")
        let s = image(t)
        if let v = Int32(s) { return .number(.int(v)) }
        if let v = Int64(s) { return .number(.long(v)) }
        var digits = s
        var neg = false
        if digits.hasPrefix("-") { neg = true; digits.removeFirst() }
        while digits.count > 1 && digits.hasPrefix("0") { digits.removeFirst() }
        return .number(.big(VTLBigNumber(kind: .integer, text: (neg && digits != "0" ? "-" : "") + digits)))
    }

    mutating func floatLiteral() throws(ParseFailure) -> Expr {
        let t = try expect(.floatingPointLiteral, "a number")
        let s = image(t)
        var d = Double(s) ?? 0
        if d.isNaN { d = 0 }
        return .number(.double(d))
    }

    mutating func stringLiteral() throws(ParseFailure) -> Expr {
        let t = try expect(.stringLiteral, "a string")
        let img = Array(src[t.start..<t.end])
        let q = img[0]
        var content = Array(img[1..<(img.count - 1)])
        // doubled quotes stand for one
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var i = 0
        while i < content.count {
            out.append(content[i])
            if content[i] == q && i + 1 < content.count && content[i + 1] == q { i += 2 } else { i += 1 }
        }
        content = out
        let interpolate = q == 34 && img.contains(where: { $0 == 36 || $0 == 35 })
        let text = String(decoding: content, as: UTF8.self)
        if !interpolate { return .string(text) }
        let containsLineComment = text.contains("##")
        var body = content
        if !containsLineComment { body.append(32) }
        var sub = VTLParser(bytes: body, maxDepth: maxDepth - depth, names: names)
        sub.macroNames = macroNames
        let nodes: [Node]
        do {
            nodes = try sub.parseTemplate()
        } catch {
            throw ParseFailure(offset: t.start, message: "Failed to parse String literal: \(error.message)", kind: error.kind)
        }
        for m in sub.macros where !macros.contains(where: { $0.name == m.name }) { macros.append(m) }
        return .interpolated(nodes, containsLineComment ? "##" : " ")
    }
}

func locate(_ src: [UInt8], _ offset: Int) -> SourceLocation {
    var line = 1
    var lineStart = 0
    var i = 0
    let end = min(offset, src.count)
    while i < end {
        if src[i] == 10 { line += 1; lineStart = i + 1 }
        i += 1
    }
    var col = 1
    var j = lineStart
    while j < end {
        if src[j] & 0xC0 != 0x80 { col += 1 }
        j += 1
    }
    return SourceLocation(line: line, column: col)
}

func sourceLine(_ src: [UInt8], _ line: Int) -> String {
    var l = 1
    var start = 0
    var i = 0
    while i < src.count && l < line {
        if src[i] == 10 { l += 1; start = i + 1 }
        i += 1
    }
    var e = start
    while e < src.count && src[e] != 10 && src[e] != 13 { e += 1 }
    return String(decoding: src[start..<e], as: UTF8.self)
}
