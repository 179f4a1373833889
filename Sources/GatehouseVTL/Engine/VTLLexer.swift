// A faithful emulation of Velocity 1.7's JavaCC token manager (Parser.jjt): the same lexical
// states, the same longest-match rule with ties broken by declaration order, the same MORE /
// SPECIAL_TOKEN behaviour and the same state-stack actions. Velocity's whitespace and escape
// rules fall out of this lexer, so it is copied closely rather than redesigned.

enum LexState: UInt8 {
    case defaultState, preDirective, directive, reference, refModifier, refMod2, refIndex
    case inSingleLineComment, inFormalComment, inMultiLineComment, inTextBlock
}

enum TK: UInt8 {
    case eof
    case indexLBracket, indexRBracket, lbracket, rbracket, comma, doubleDot, colon, leftCurley, rightCurley
    case lparen, rparen, refmod2RParen, escapeDirective, setDirective
    case singleLineCommentStart, doubleEscape, escape, text
    case singleLineComment, formalComment, multiLineComment, textBlock
    case whitespace, stringLiteral, trueLit, falseLit, newline
    case minus, plus, multiply, divide, modulus, and, or, lt, le, gt, ge, eq, ne, not, equals
    case end, ifDirective, elseIfDirective, elseDirective, stopDirective
    case integerLiteral, floatingPointLiteral, word, bracketedWord
    case identifier, dot, lcurly, rcurly, emptyIndex
}

struct Token {
    var kind: TK
    /// Image as byte range in the source (already adjusted by lexical actions).
    var start: Int
    var end: Int
    /// Override image (DOT's "." munge).
    var imageOverride: String? = nil
    /// The special tokens before this one (image ranges), oldest first.
    var specials: [Range<Int>] = []
}

struct LexError: Error {
    var offset: Int
    var message: String
}

// Candidates; the raw value is the declaration order used to break ties.
private enum Cand: Int {
    case indexLBracket = 0, indexRBracket, lbracket, rbracket, comma, doubleDot, colon, leftCurley, rightCurley
    case lparen, rparen, refmod2RParen, escapeDirective, setDirective
    case dollar, dollarBang, textBlockStart, formalCommentStart, multiCommentStart, hash
    case singleLineCommentStart, doubleEscape, escape, text
    case singleLineComment, formalComment, multiLineComment, textBlock, skipAny, moreAny
    case whitespace, stringLiteral, trueLit, falseLit, newline
    case minus, plus, multiply, divide, modulus, and, or, lt, le, gt, ge, eq, ne, not, equals
    case end, ifDirective, elseIfDirective, elseDirective, stopDirective
    case integerLiteral, floatingPointLiteral, word, bracketedWord
    case identifier, dot, lcurly, rcurly, referenceTerminator, directiveTerminator, emptyIndex
}

private struct Frame {
    var lparen: Int
    var rparen: Int
    var state: LexState
}

@inline(__always) private func isLetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 65 && c <= 90) }
@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

struct VTLLexer {
    let b: [UInt8]
    var pos = 0
    var state: LexState = .defaultState
    private var stack: [Frame] = []
    var lparen = 0
    var rparen = 0
    var inReference = false
    var inDirective = false
    var inComment = false
    var inSet = false

    init(_ bytes: [UInt8]) { b = bytes }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
    @inline(__always) func has(_ i: Int) -> Bool { i < b.count }

    mutating func push() {
        stack.append(Frame(lparen: lparen, rparen: rparen, state: state))
        lparen = 0
    }

    @discardableResult
    mutating func pop() -> Bool {
        guard let f = stack.popLast() else {
            lparen = 0
            state = .defaultState
            return false
        }
        lparen = f.lparen
        rparen = f.rparen
        state = f.state
        return true
    }

    mutating func switchTo(_ s: LexState) { state = s }

    /// Parser's isLeftParenthesis(): skip whitespace, is the next char '('?
    func isLeftParenthesis() -> Bool {
        var i = pos
        while i < b.count {
            let c = b[i]
            if c == 40 { return true }
            if c != 32 && c != 10 && c != 13 && c != 9 { return false }
            i += 1
        }
        return false
    }

    private mutating func rparenHandler() {
        var closed = inComment
        while !closed {
            if lparen > 0 {
                if lparen == rparen + 1 { pop() } else { rparen += 1 }
                closed = true
            } else {
                if !pop() { break }
            }
        }
    }

    // MARK: matching helpers (lengths, 0 = no match)

    private func wordLen(_ p: Int) -> Int {
        let c = at(p)
        guard has(p), isLetter(c) || c == 95 || c == 64 else { return 0 }
        var i = p + 1
        while has(i) { let d = b[i]; if isLetter(d) || isDigit(d) || d == 95 || d == 64 { i += 1 } else { break } }
        return i - p
    }

    private func bracketedWordLen(_ p: Int) -> Int {
        guard at(p) == 123, has(p + 1), isLetter(b[p + 1]) || b[p + 1] == 95 else { return 0 }
        var i = p + 2
        while has(i) { let d = b[i]; if isLetter(d) || isDigit(d) || d == 95 || d == 64 { i += 1 } else { break } }
        return at(i) == 125 && has(i) ? i + 1 - p : 0
    }

    private func optNewlineAfter(_ p: Int) -> Int {
        // ( (" " | "\t")* ( "\n" | "\r" | "\r\n" ) )?  returns the total end
        var i = p
        while has(i) && (b[i] == 32 || b[i] == 9) { i += 1 }
        if at(i) == 10 && has(i) { return i + 1 }
        if at(i) == 13 && has(i) { return at(i + 1) == 10 && has(i + 1) ? i + 2 : i + 1 }
        return p
    }

    private func literal(_ p: Int, _ s: StaticString) -> Int {
        let n = s.utf8CodeUnitCount
        guard p + n <= b.count else { return 0 }
        let base = s.utf8Start
        for k in 0..<n where b[p + k] != base[k] { return 0 }
        return n
    }

    private func dollarLen(_ p: Int, bang: Bool) -> Int {
        var i = p
        while at(i) == 92 && has(i) { i += 1 }
        guard at(i) == 36, has(i) else { return 0 }
        i += 1
        if !bang { return i - p }
        while at(i) == 92 && has(i) { i += 1 }
        guard at(i) == 33, has(i) else { return 0 }
        return i + 1 - p
    }

    private func setDirectiveLen(_ p: Int) -> Int {
        var i = p
        while has(i) && (b[i] == 32 || b[i] == 9) { i += 1 }
        var n = literal(i, "#set")
        if n == 0 { n = literal(i, "#{set}") }
        if n == 0 { return 0 }
        i += n
        while at(i) == 32 && has(i) { i += 1 }
        return at(i) == 40 && has(i) ? i + 1 - p : 0
    }

    private func escapeDirectiveLen(_ p: Int) -> Int {
        // (\\\\)* \\# (WORD | BRACKETED_WORD): longest possible
        var best = 0
        var i = p
        while true {
            if at(i) == 92 && at(i + 1) == 35 && has(i + 1) {
                let w = max(wordLen(i + 2), bracketedWordLen(i + 2))
                if w > 0 { best = i + 2 + w - p }
            }
            if at(i) == 92 && at(i + 1) == 92 && has(i + 1) { i += 2 } else { break }
        }
        return best
    }

    private func stringLiteralLen(_ p: Int) -> Int {
        let q = at(p)
        guard has(p), q == 34 || q == 39 else { return 0 }
        // Observed (oracle): a literal ends at the first matching quote; `\"` does not escape.
        // A doubled quote stands for one and continues the literal.
        var i = p + 1
        while has(i) {
            if b[i] == q {
                if at(i + 1) == q && has(i + 1) { i += 2; continue }
                return i + 1 - p
            }
            i += 1
        }
        return 0
    }

    private func numberLens(_ p: Int) -> (int: Int, float: Int) {
        var i = p
        if at(i) == 45 && has(i) { i += 1 }
        let ds = i
        while has(i) && isDigit(b[i]) { i += 1 }
        let nd = i - ds
        var intLen = 0
        if nd > 0 {
            intLen = i - p
            if at(i) == 46 && at(i + 1) == 46 && has(i + 1) { intLen += 2 }
        }
        var floatLen = 0
        func expLen(_ j: Int) -> Int {
            guard has(j), b[j] == 101 || b[j] == 69 else { return 0 }
            var k = j + 1
            if has(k) && (b[k] == 43 || b[k] == 45) { k += 1 }
            let s = k
            while has(k) && isDigit(b[k]) { k += 1 }
            return k > s ? k - j : 0
        }
        if nd > 0 {
            if at(i) == 46 && has(i) {
                var k = i + 1
                while has(k) && isDigit(b[k]) { k += 1 }
                k += expLen(k)
                floatLen = k - p
            } else {
                let e = expLen(i)
                if e > 0 { floatLen = i + e - p }
            }
        } else if at(i) == 46 && has(i) {
            var k = i + 1
            while has(k) && isDigit(b[k]) { k += 1 }
            if k > i + 1 { k += expLen(k); floatLen = k - p }
        }
        return (intLen, floatLen)
    }

    private func identifierLen(_ p: Int) -> Int {
        let c = at(p)
        guard has(p), isLetter(c) || c == 95 else { return 0 }
        var i = p + 1
        while has(i) { let d = b[i]; if isLetter(d) || isDigit(d) || d == 45 || d == 95 { i += 1 } else { break } }
        return i - p
    }

    private func whitespaceLen(_ p: Int) -> Int {
        var i = p
        while has(i) && (b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13) { i += 1 }
        return i - p
    }

    private func emptyIndexLen(_ p: Int) -> Int {
        max(literal(p, "$["), literal(p, "$!["), literal(p, "$\\!["))
    }

    /// Longest match in the current state.
    private func match(_ p: Int) -> (Cand, Int) {
        var bestC = Cand.emptyIndex
        var bestL = 0
        @inline(__always) func offer(_ c: Cand, _ l: Int) {
            if l > bestL || (l == bestL && l > 0 && c.rawValue < bestC.rawValue) { bestC = c; bestL = l }
        }
        let c = at(p)
        let st = state
        // <*> MORE and ## token
        if c == 92 || c == 36 {
            offer(.dollar, dollarLen(p, bang: false))
            offer(.dollarBang, dollarLen(p, bang: true))
        }
        if c == 35 {
            offer(.textBlockStart, literal(p, "#[["))
            if literal(p, "#**") > 0 && has(p + 3) && b[p + 3] != 35 { offer(.formalCommentStart, 4) }
            offer(.multiCommentStart, literal(p, "#*"))
            offer(.hash, 1)
            if !inComment { offer(.singleLineCommentStart, literal(p, "##")) }
        }
        switch st {
        case .defaultState:
            if c == 92 {
                offer(.escapeDirective, escapeDirectiveLen(p))
                offer(.doubleEscape, literal(p, "\\\\"))
                offer(.escape, 1)
            }
            if c == 32 || c == 9 || c == 35 { offer(.setDirective, setDirectiveLen(p)) }
            if c != 36 && c != 35 && c != 92 {
                var i = p + 1
                while has(i) { let d = b[i]; if d == 36 || d == 35 || d == 92 { break }; i += 1 }
                offer(.text, i - p)
            }
            if c == 36 { offer(.emptyIndex, emptyIndexLen(p)) }
        case .preDirective:
            offer(.end, endLike(p, "end", "{end}"))
            offer(.ifDirective, max(literal(p, "if"), literal(p, "{if}")))
            offer(.elseIfDirective, max(literal(p, "elseif"), literal(p, "{elseif}")))
            offer(.elseDirective, endLike(p, "else", "{else}"))
            offer(.stopDirective, max(literal(p, "stop"), literal(p, "{stop}")))
            let (il, fl) = numberLens(p)
            offer(.integerLiteral, il)
            offer(.floatingPointLiteral, fl)
            offer(.word, wordLen(p))
            offer(.bracketedWord, bracketedWordLen(p))
            if has(p) { offer(.directiveTerminator, 1) }
        case .directive:
            switch c {
            case 91: offer(.lbracket, 1)
            case 93: offer(.rbracket, 1)
            case 44: offer(.comma, 1)
            case 46: offer(.doubleDot, literal(p, ".."))
            case 58: offer(.colon, 1)
            case 123: offer(.leftCurley, 1)
            case 125: offer(.rightCurley, 1)
            case 40: offer(.lparen, 1)
            case 41: offer(.rparen, optNewlineAfter(p + 1) - p)
            case 45: offer(.minus, 1)
            case 43: offer(.plus, 1)
            case 42: offer(.multiply, 1)
            case 47: offer(.divide, 1)
            case 37: offer(.modulus, 1)
            case 38: offer(.and, literal(p, "&&"))
            case 124: offer(.or, literal(p, "||"))
            case 60: offer(.lt, 1); offer(.le, literal(p, "<="))
            case 62: offer(.gt, 1); offer(.ge, literal(p, ">="))
            case 61: offer(.eq, literal(p, "==")); offer(.equals, 1)
            case 33: offer(.ne, literal(p, "!=")); offer(.not, 1)
            default: break
            }
            if has(p) && (c == 32 || c == 9 || c == 10 || c == 13) {
                offer(.whitespace, whitespaceLen(p))
                if c == 10 || c == 13 { offer(.newline, c == 13 && at(p + 1) == 10 && has(p + 1) ? 2 : 1) }
            }
            if c == 34 || c == 39 { offer(.stringLiteral, stringLiteralLen(p)) }
            if isLetter(c) {
                offer(.trueLit, literal(p, "true"))
                offer(.falseLit, literal(p, "false"))
                offer(.and, literal(p, "and"))
                offer(.or, literal(p, "or"))
                offer(.lt, literal(p, "lt"))
                offer(.le, literal(p, "le"))
                offer(.gt, literal(p, "gt"))
                offer(.ge, literal(p, "ge"))
                offer(.eq, literal(p, "eq"))
                offer(.ne, literal(p, "ne"))
                offer(.not, literal(p, "not"))
            }
            if isDigit(c) || c == 45 || c == 46 {
                let (il, fl) = numberLens(p)
                offer(.integerLiteral, il)
                offer(.floatingPointLiteral, fl)
            }
            offer(.word, wordLen(p))
            offer(.bracketedWord, bracketedWordLen(p))
        case .reference, .refModifier:
            if c == 91 { offer(.indexLBracket, 1) }
            if c == 32 || c == 9 || c == 35 { offer(.setDirective, setDirectiveLen(p)) }
            if st == .refModifier && c == 40 { offer(.lparen, 1) }
            offer(.trueLit, literal(p, "true"))
            offer(.falseLit, literal(p, "false"))
            offer(.identifier, identifierLen(p))
            // Right after `$` (or `$!`) a dot is not a modifier: `$.x` is text (observed in the oracle).
            let afterDollar = p > 0 && (b[p - 1] == 36 || (b[p - 1] == 33 && p > 1 && b[p - 2] == 36))
            if !afterDollar && c == 46 && has(p + 1) && isLetter(b[p + 1]) { offer(.dot, 2) }
            if c == 123 { offer(.lcurly, 1) }
            if c == 125 { offer(.rcurly, 1) }
            if has(p) { offer(.referenceTerminator, 1) }
            if st == .reference && c == 36 { offer(.emptyIndex, emptyIndexLen(p)) }
        case .refMod2:
            switch c {
            case 91: offer(.lbracket, 1)
            case 93: offer(.rbracket, 1)
            case 44: offer(.comma, 1)
            case 46: offer(.doubleDot, literal(p, ".."))
            case 58: offer(.colon, 1)
            case 123: offer(.leftCurley, 1)
            case 125: offer(.rightCurley, 1)
            case 41: offer(.refmod2RParen, 1)
            default: break
            }
            if c == 32 || c == 9 || c == 35 { offer(.setDirective, setDirectiveLen(p)) }
            if has(p) && (c == 32 || c == 9 || c == 10 || c == 13) { offer(.whitespace, whitespaceLen(p)) }
            if c == 34 || c == 39 { offer(.stringLiteral, stringLiteralLen(p)) }
            offer(.trueLit, literal(p, "true"))
            offer(.falseLit, literal(p, "false"))
            if isDigit(c) || c == 45 || c == 46 {
                let (il, fl) = numberLens(p)
                offer(.integerLiteral, il)
                offer(.floatingPointLiteral, fl)
            }
            offer(.identifier, identifierLen(p))
            if c == 46 && has(p + 1) && isLetter(b[p + 1]) { offer(.dot, 2) }
        case .refIndex:
            if c == 93 { offer(.indexRBracket, 1) }
            if has(p) && (c == 32 || c == 9 || c == 10 || c == 13) { offer(.whitespace, whitespaceLen(p)) }
            if c == 34 || c == 39 { offer(.stringLiteral, stringLiteralLen(p)) }
            offer(.trueLit, literal(p, "true"))
            offer(.falseLit, literal(p, "false"))
            if isDigit(c) || c == 45 || c == 46 {
                let (il, fl) = numberLens(p)
                offer(.integerLiteral, il)
                offer(.floatingPointLiteral, fl)
            }
        case .inSingleLineComment:
            if c == 10 && has(p) { offer(.singleLineComment, 1) }
            if c == 13 && has(p) { offer(.singleLineComment, at(p + 1) == 10 && has(p + 1) ? 2 : 1) }
            if has(p) { offer(.skipAny, 1) }
        case .inFormalComment:
            offer(.formalComment, literal(p, "*#"))
            if has(p) { offer(.skipAny, 1) }
        case .inMultiLineComment:
            offer(.multiLineComment, literal(p, "*#"))
            if has(p) { offer(.skipAny, 1) }
        case .inTextBlock:
            offer(.textBlock, literal(p, "]]#"))
            if has(p) { offer(.moreAny, 1) }
        }
        return (bestC, bestL)
    }

    private func endLike(_ p: Int, _ a: StaticString, _ bw: StaticString) -> Int {
        var n = literal(p, a)
        if n == 0 { n = literal(p, bw) }
        if n == 0 { return 0 }
        return optNewlineAfter(p + n) - p
    }

    /// The next token, as JavaCC's getNextToken would return it.
    mutating func next() throws(LexError) -> Token {
        var specials: [Range<Int>] = []
        var moreStart: Int? = nil
        while true {
            if pos >= b.count {
                if moreStart != nil {
                    throw LexError(offset: b.count, message: "Lexical error: encountered <EOF>")
                }
                return Token(kind: .eof, start: pos, end: pos, specials: specials)
            }
            let tokStart = moreStart ?? pos
            let (cand, len) = match(pos)
            if len == 0 {
                throw LexError(offset: pos, message: "Lexical error: encountered \"\(String(decoding: b[pos..<min(pos + 1, b.count)], as: UTF8.self))\"")
            }
            let end = pos + len
            switch cand {
            case .dollar, .dollarBang:
                moreStart = tokStart
                pos = end
                if !inComment {
                    if state == .reference { inReference = false; pop() }
                    inReference = true
                    push()
                    state = .reference
                }
                continue
            case .textBlockStart:
                moreStart = tokStart; pos = end
                if !inComment { inComment = true; push(); state = .inTextBlock }
                continue
            case .formalCommentStart:
                moreStart = tokStart; pos = end - 1
                if !inComment { inComment = true; push(); state = .inFormalComment }
                continue
            case .multiCommentStart:
                moreStart = tokStart; pos = end
                if !inComment { inComment = true; push(); state = .inMultiLineComment }
                continue
            case .hash:
                moreStart = tokStart; pos = end
                if !inComment {
                    if state == .reference || state == .refModifier { inReference = false; pop() }
                    inDirective = true
                    push()
                    state = .preDirective
                }
                continue
            case .moreAny:
                moreStart = tokStart; pos = end
                continue
            case .skipAny:
                moreStart = nil; pos = end
                continue
            case .referenceTerminator:
                specials.append(tokStart..<end)
                moreStart = nil
                pos = end - 1
                inReference = false
                pop()
                continue
            case .directiveTerminator:
                specials.append(tokStart..<end)
                moreStart = nil
                pos = end - 1
                inDirective = false
                pop()
                continue
            default:
                break
            }
            // A real token.
            pos = end
            var tok = Token(kind: .eof, start: tokStart, end: end, specials: specials)
            switch cand {
            case .indexLBracket: tok.kind = .indexLBracket; push(); state = .refIndex
            case .indexRBracket: tok.kind = .indexRBracket; pop()
            case .lbracket: tok.kind = .lbracket
            case .rbracket: tok.kind = .rbracket
            case .comma: tok.kind = .comma
            case .doubleDot: tok.kind = .doubleDot
            case .colon: tok.kind = .colon
            case .leftCurley: tok.kind = .leftCurley
            case .rightCurley: tok.kind = .rightCurley
            case .lparen:
                tok.kind = .lparen
                if !inComment { lparen += 1 }
                if state == .refModifier { state = .refMod2 }
            case .rparen: tok.kind = .rparen; rparenHandler()
            case .refmod2RParen: tok.kind = .refmod2RParen; state = .reference
            case .escapeDirective: tok.kind = .escapeDirective
            case .setDirective:
                tok.kind = .setDirective
                if !inComment {
                    inDirective = true
                    push()
                    inSet = true
                    state = .directive
                    lparen += 1
                }
            case .singleLineCommentStart:
                tok.kind = .singleLineCommentStart
                if !inComment {
                    if state == .reference { inReference = false; pop() }
                    inComment = true
                    push()
                    state = .inSingleLineComment
                }
            case .doubleEscape: tok.kind = .doubleEscape
            case .escape: tok.kind = .escape
            case .text: tok.kind = .text
            case .singleLineComment: tok.kind = .singleLineComment; inComment = false; pop()
            case .formalComment: tok.kind = .formalComment; inComment = false; pop()
            case .multiLineComment: tok.kind = .multiLineComment; inComment = false; pop()
            case .textBlock: tok.kind = .textBlock; inComment = false; pop()
            case .whitespace: tok.kind = .whitespace
            case .stringLiteral:
                tok.kind = .stringLiteral
                if state == .directive && !inSet && lparen == 0 { pop() }
            case .trueLit: tok.kind = .trueLit
            case .falseLit: tok.kind = .falseLit
            case .newline:
                tok.kind = .newline
                pop()
                inSet = false
                inDirective = false
            case .minus: tok.kind = .minus
            case .plus: tok.kind = .plus
            case .multiply: tok.kind = .multiply
            case .divide: tok.kind = .divide
            case .modulus: tok.kind = .modulus
            case .and: tok.kind = .and
            case .or: tok.kind = .or
            case .lt: tok.kind = .lt
            case .le: tok.kind = .le
            case .gt: tok.kind = .gt
            case .ge: tok.kind = .ge
            case .eq: tok.kind = .eq
            case .ne: tok.kind = .ne
            case .not: tok.kind = .not
            case .equals: tok.kind = .equals
            case .end: tok.kind = .end; inDirective = false; pop()
            case .ifDirective: tok.kind = .ifDirective; state = .directive
            case .elseIfDirective: tok.kind = .elseIfDirective; state = .directive
            case .elseDirective: tok.kind = .elseDirective; inDirective = false; pop()
            case .stopDirective: tok.kind = .stopDirective; inDirective = false; pop()
            case .integerLiteral:
                tok.kind = .integerLiteral
                if end - 2 >= tokStart && b[end - 1] == 46 && b[end - 2] == 46 {
                    pos -= 2
                    tok.end -= 2
                }
                if lparen == 0 && !inSet && state != .refMod2 && state != .refIndex { pop() }
            case .floatingPointLiteral:
                tok.kind = .floatingPointLiteral
                if lparen == 0 && !inSet && state != .refMod2 { pop() }
            case .word: tok.kind = .word
            case .bracketedWord: tok.kind = .bracketedWord
            case .identifier: tok.kind = .identifier
            case .dot:
                tok.kind = .dot
                pos -= 1
                tok.end -= 1
                tok.imageOverride = "."
                state = .refModifier
            case .lcurly: tok.kind = .lcurly
            case .rcurly: tok.kind = .rcurly; pop()
            case .emptyIndex: tok.kind = .emptyIndex
            default: break
            }
            return tok
        }
    }
}
