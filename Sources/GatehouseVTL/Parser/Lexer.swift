/// Velocity 1.7's token manager, reproduced state for state.
///
/// Velocity's grammar is a JavaCC lexer with twelve lexical states, a stack of states, paren
/// counters and MORE/SPECIAL tokens; most of Velocity's famous whitespace and escaping quirks
/// come from it (a `#set` eats the indentation before it, `)` eats the newline after a
/// directive, a lone `$` is kept through a "special token" glued to the next text). Rather than
/// imitate those effects one by one, this lexer runs the same machine over UTF-8 bytes: at each
/// step it finds the longest match among the current state's token patterns (ties go to the
/// pattern declared first, i.e. the lowest kind number) and runs the same actions.
struct Lexer {
    /// Token kinds, numbered as in Velocity 1.7's `ParserConstants` (the number breaks ties).
    enum Kind: UInt8 {
        case eof = 0
        case indexLBracket = 1, indexRBracket = 2, lBracket = 3, rBracket = 4, comma = 5
        case doubleDot = 6, colon = 7, leftCurley = 8, rightCurley = 9, lParen = 10, rParen = 11
        case refmod2RParen = 12, escapeDirective = 13, setDirective = 14
        case dollar = 15, dollarBang = 16, textblockStart = 17, formalCommentStart = 18
        case multiCommentStart = 19, hash = 20, singleLineCommentStart = 21
        case doubleEscape = 22, escape = 23, text = 24, singleLineComment = 25
        case formalComment = 26, multiLineComment = 27, textblock = 28
        case commentSkip = 29, textblockMore = 30
        case whitespace = 31, stringLiteral = 32, `true` = 33, `false` = 34, newline = 35
        case minus = 36, plus = 37, multiply = 38, divide = 39, modulus = 40
        case logicalAnd = 41, logicalOr = 42, logicalLT = 43, logicalLE = 44, logicalGT = 45
        case logicalGE = 46, logicalEquals = 47, logicalNotEquals = 48, logicalNot = 49, equals = 50
        case end = 51, ifDirective = 52, elseifDirective = 53, elseDirective = 54
        case integerLiteral = 56, floatingPointLiteral = 57
        case word = 61, bracketedWord = 62, identifier = 66, dot = 67
        case lCurly = 68, rCurly = 69, referenceTerminator = 70, directiveTerminator = 71
        case emptyIndex = 72
    }

    enum State: UInt8 {
        case reference = 0, refModifier = 1, refIndex = 2, directive = 3, refMod2 = 4
        case `default` = 5, refMod = 6, inTextblock = 7, inMultiLineComment = 8
        case inFormalComment = 9, inSingleLineComment = 10, preDirective = 11
    }

    struct Token {
        var kind: Kind
        /// Byte offsets of the token's image (a MORE prefix included) in the source.
        var begin: Int
        var end: Int
        /// Special tokens (reference/directive terminators) lexed just before this token, as
        /// a range of indexes into `Lexer.specials`.
        var specialStart: Int32 = 0
        var specialCount: Int32 = 0
    }

    /// A character no token can start with. `offset` is where JavaCC reports it: the last
    /// character its DFA read, or `bytes.count` when that character ends the text (JavaCC then
    /// says "Encountered: <EOF>" and places the error just past the end).
    struct LexicalError: Error {
        var offset: Int
        var message: String
    }

    let bytes: [UInt8]
    private(set) var position = 0
    var state: State = .default
    private var stack: [(state: State, lparen: Int, rparen: Int)] = []
    private var lparen = 0
    private var rparen = 0
    var inComment = false
    var inSet = false
    /// Every special token's image range, in lexing order.
    private(set) var specials: [Range<Int>] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: State stack (Velocity's stateStackPush / stateStackPop)

    mutating func push() {
        stack.append((state, lparen, rparen))
        lparen = 0
    }

    @discardableResult
    mutating func pop() -> Bool {
        guard let top = stack.popLast() else {
            lparen = 0
            state = .default
            return false
        }
        lparen = top.lparen
        rparen = top.rparen
        state = top.state
        return true
    }

    private mutating func rparenHandler() {
        var closed = inComment
        while !closed {
            if lparen > 0 {
                if lparen == rparen + 1 { pop() } else { rparen += 1 }
                closed = true
            } else if !pop() {
                break
            }
        }
    }

    /// `Parser.isLeftParenthesis()`: is the next non-whitespace character a `(`?
    func nextIsLeftParenthesis() -> Bool {
        var index = position
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("): return true
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return false
            }
        }
        return false
    }

    // MARK: Character classes

    @inline(__always) private func byte(_ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }
    @inline(__always) private func has(_ index: Int) -> Bool { index < bytes.count }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isDirectiveChar(_ c: UInt8) -> Bool {
        isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "@")
    }
    @inline(__always) private static func isIdentifierChar(_ c: UInt8) -> Bool {
        isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    private func matchLiteral(_ text: StaticString, at index: Int) -> Int {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return 0 }
        let base = text.utf8Start
        for offset in 0..<count where bytes[index + offset] != base[offset] { return 0 }
        return count
    }

    // MARK: Patterns (each returns the match length, 0 for none)

    /// `( " " | "\t" )* ( "\n" | "\r" | "\r\n" )`, optional: the length of the tail or 0.
    private func optionalNewlineTail(at start: Int) -> Int {
        var index = start
        while has(index), bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard has(index) else { return 0 }
        if bytes[index] == UInt8(ascii: "\n") { return index + 1 - start }
        if bytes[index] == UInt8(ascii: "\r") {
            return (has(index + 1) && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1) - start
        }
        return 0
    }

    private func matchWord(at index: Int) -> Int {
        guard has(index) else { return 0 }
        let c = bytes[index]
        guard Self.isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "@") else { return 0 }
        var end = index + 1
        while has(end), Self.isDirectiveChar(bytes[end]) { end += 1 }
        return end - index
    }

    private func matchBracketedWord(at index: Int) -> Int {
        guard has(index + 1), bytes[index] == UInt8(ascii: "{") else { return 0 }
        let c = bytes[index + 1]
        guard Self.isLetter(c) || c == UInt8(ascii: "_") else { return 0 }
        var end = index + 2
        while has(end), Self.isDirectiveChar(bytes[end]) { end += 1 }
        guard has(end), bytes[end] == UInt8(ascii: "}") else { return 0 }
        return end + 1 - index
    }

    private func matchIdentifier(at index: Int) -> Int {
        guard has(index) else { return 0 }
        let c = bytes[index]
        guard Self.isLetter(c) || c == UInt8(ascii: "_") else { return 0 }
        var end = index + 1
        while has(end), Self.isIdentifierChar(bytes[end]) { end += 1 }
        return end - index
    }

    private func matchSetDirective(at index: Int) -> Int {
        var i = index
        while has(i), bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        var n = matchLiteral("#set", at: i)
        if n == 0 { n = matchLiteral("#{set}", at: i) }
        guard n > 0 else { return 0 }
        i += n
        while has(i), bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard has(i), bytes[i] == UInt8(ascii: "(") else { return 0 }
        return i + 1 - index
    }

    /// DOLLAR `("\\")* "$"` and DOLLARBANG `("\\")* "$" ("\\")* "!"`: (kind, length).
    private func matchDollar(at index: Int) -> (Kind, Int)? {
        var i = index
        while has(i), bytes[i] == UInt8(ascii: "\\") { i += 1 }
        guard has(i), bytes[i] == UInt8(ascii: "$") else { return nil }
        i += 1
        var j = i
        while has(j), bytes[j] == UInt8(ascii: "\\") { j += 1 }
        if has(j), bytes[j] == UInt8(ascii: "!") { return (.dollarBang, j + 1 - index) }
        return (.dollar, i - index)
    }

    /// INTEGER_LITERAL `("-")? DIGIT+ ("..")?` and FLOATING_POINT_LITERAL: (kind, length).
    private func matchNumber(at index: Int) -> (Kind, Int)? {
        var i = index
        if has(i), bytes[i] == UInt8(ascii: "-") { i += 1 }
        var digits = i
        while has(digits), Self.isDigit(bytes[digits]) { digits += 1 }
        let intDigits = digits - i
        var best: (Kind, Int)? = nil
        if intDigits > 0 {
            best = (.integerLiteral, digits - index)
            if has(digits + 1), bytes[digits] == UInt8(ascii: "."), bytes[digits + 1] == UInt8(ascii: ".") {
                best = (.integerLiteral, digits + 2 - index)
            }
        }
        func exponent(at start: Int) -> Int {
            var e = start
            guard has(e), bytes[e] == UInt8(ascii: "e") || bytes[e] == UInt8(ascii: "E") else { return 0 }
            e += 1
            if has(e), bytes[e] == UInt8(ascii: "+") || bytes[e] == UInt8(ascii: "-") { e += 1 }
            let digitsStart = e
            while has(e), Self.isDigit(bytes[e]) { e += 1 }
            return e > digitsStart ? e - start : 0
        }
        var floatLength = 0
        if intDigits > 0 {
            if has(digits), bytes[digits] == UInt8(ascii: ".") {
                var f = digits + 1
                while has(f), Self.isDigit(bytes[f]) { f += 1 }
                f += exponent(at: f)
                floatLength = f - index
            } else {
                let e = exponent(at: digits)
                if e > 0 { floatLength = digits + e - index }
            }
        } else if has(i), bytes[i] == UInt8(ascii: ".") {
            var f = i + 1
            while has(f), Self.isDigit(bytes[f]) { f += 1 }
            if f > i + 1 {
                f += exponent(at: f)
                floatLength = f - index
            }
        }
        if floatLength > (best?.1 ?? 0) { best = (.floatingPointLiteral, floatLength) }
        return best
    }

    /// STRING_LITERAL: a quoted run where a doubled quote stands for one quote (longest match).
    private func matchString(at index: Int) -> Int {
        guard has(index) else { return 0 }
        let quote = bytes[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return 0 }
        var i = index + 1
        var best = 0
        while i < bytes.count {
            guard let q = bytes[i...].firstIndex(of: quote) else { return best }
            var run = q
            while has(run), bytes[run] == quote { run += 1 }
            if (run - q) % 2 == 1 { return run - index }
            best = run - 1 - index
            i = run
        }
        return best
    }

    private func matchWhitespace(at index: Int) -> Int {
        var i = index
        while has(i) {
            switch bytes[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): i += 1
            default: return i - index
            }
        }
        return i - index
    }

    private func matchText(at index: Int) -> Int {
        var i = index
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "\\"): return i - index
            default: i += 1
            }
        }
        return i - index
    }

    /// ESCAPE_DIRECTIVE `(DOUBLE_ESCAPE)* "\\#" (WORD | BRACKETED_WORD)`.
    private func matchEscapeDirective(at index: Int) -> Int {
        var i = index
        while has(i), bytes[i] == UInt8(ascii: "\\") { i += 1 }
        let slashes = i - index
        guard slashes % 2 == 1, has(i), bytes[i] == UInt8(ascii: "#") else { return 0 }
        let word = max(matchWord(at: i + 1), matchBracketedWord(at: i + 1))
        return word > 0 ? i + 1 + word - index : 0
    }

    // MARK: The token manager

    /// The next token, lexed in the current state (Velocity's `getNextToken`).
    mutating func next() throws(LexicalError) -> Token {
        let specialStart = specials.count
        var tokenBegin = position
        var moreActive = false
        while true {
            if position >= bytes.count {
                if moreActive {
                    throw LexicalError(offset: position, message: Self.eofMessage(bytes, tokenBegin, position))
                }
                return Token(kind: .eof, begin: position, end: position,
                             specialStart: Int32(specialStart), specialCount: Int32(specials.count - specialStart))
            }
            if !moreActive { tokenBegin = position }
            guard let (kind, length) = match(at: position) else {
                throw LexicalError(offset: errorOffset(at: position), message: unexpectedCharacterMessage(at: position))
            }
            var end = position + length
            switch kind {
            // MORE tokens: accumulate and keep matching.
            case .dollar, .dollarBang:
                position = end
                moreActive = true
                if !inComment {
                    if state == .reference { pop() }
                    push()
                    state = .reference
                }
                continue
            case .textblockStart:
                position = end
                moreActive = true
                if !inComment {
                    inComment = true
                    push()
                    state = .inTextblock
                }
                continue
            case .formalCommentStart:
                position = end
                moreActive = true
                if !inComment {
                    position -= 1
                    inComment = true
                    push()
                    state = .inFormalComment
                }
                continue
            case .multiCommentStart:
                position = end
                moreActive = true
                if !inComment {
                    inComment = true
                    push()
                    state = .inMultiLineComment
                }
                continue
            case .hash:
                position = end
                moreActive = true
                if !inComment {
                    if state == .reference || state == .refModifier { pop() }
                    push()
                    state = .preDirective
                }
                continue
            case .textblockMore:
                position = end
                moreActive = true
                continue
            case .commentSkip:
                position = end
                moreActive = false
                continue
            case .referenceTerminator, .directiveTerminator:
                specials.append(tokenBegin..<end)
                position = end - 1
                moreActive = false
                pop()
                continue
            default:
                break
            }
            // TOKEN: apply its action.
            switch kind {
            case .indexLBracket:
                push()
                state = .refIndex
            case .indexRBracket:
                pop()
            case .lParen:
                if !inComment { lparen += 1 }
                if state == .refModifier { state = .refMod2 }
            case .rParen:
                rparenHandler()
            case .refmod2RParen:
                state = .reference
            case .setDirective:
                if !inComment {
                    push()
                    inSet = true
                    state = .directive
                    lparen += 1
                }
            case .singleLineCommentStart:
                if !inComment {
                    if state == .reference { pop() }
                    inComment = true
                    push()
                    state = .inSingleLineComment
                }
            case .singleLineComment, .formalComment, .multiLineComment, .textblock:
                inComment = false
                pop()
            case .stringLiteral:
                if state == .directive && !inSet && lparen == 0 { pop() }
            case .end, .elseDirective:
                pop()
            case .ifDirective, .elseifDirective:
                state = .directive
            case .integerLiteral:
                if end - position >= 2, bytes[end - 1] == UInt8(ascii: "."), bytes[end - 2] == UInt8(ascii: ".") {
                    end -= 2
                }
                if lparen == 0 && !inSet && state != .refMod2 && state != .refIndex { pop() }
            case .floatingPointLiteral:
                if lparen == 0 && !inSet && state != .refMod2 { pop() }
            case .dot:
                // The action backs up the letter and sets the image to "." (dropping any MORE prefix).
                end = position + 1
                tokenBegin = position
                state = .refModifier
            case .rCurly:
                pop()
            default:
                break
            }
            position = end
            return Token(kind: kind, begin: tokenBegin, end: end,
                         specialStart: Int32(specialStart), specialCount: Int32(specials.count - specialStart))
        }
    }

    /// The longest match in the current state; ties go to the lowest kind.
    private func match(at index: Int) -> (Kind, Int)? {
        var bestKind: Kind? = nil
        var bestLength = 0
        func consider(_ kind: Kind, _ length: Int) {
            guard length > 0 else { return }
            if length > bestLength || (length == bestLength && kind.rawValue < (bestKind?.rawValue ?? 255)) {
                bestKind = kind
                bestLength = length
            }
        }
        let c = bytes[index]
        // <*> MORE: DOLLAR, DOLLARBANG, "#[[", "#**" ~["#"], "#*", HASH
        if c == UInt8(ascii: "$") || c == UInt8(ascii: "\\") {
            if let (kind, length) = matchDollar(at: index) { consider(kind, length) }
        }
        if c == UInt8(ascii: "#") {
            consider(.hash, 1)
            consider(.textblockStart, matchLiteral("#[[", at: index))
            if matchLiteral("#**", at: index) == 3, has(index + 3), bytes[index + 3] != UInt8(ascii: "#") {
                consider(.formalCommentStart, 4)
            }
            consider(.multiCommentStart, matchLiteral("#*", at: index))
        }
        switch state {
        case .default:
            if c == UInt8(ascii: "#") {
                consider(.singleLineCommentStart, matchLiteral("##", at: index))
            }
            if c == UInt8(ascii: "\\") {
                consider(.escapeDirective, matchEscapeDirective(at: index))
                consider(.doubleEscape, matchLiteral("\\\\", at: index))
                consider(.escape, 1)
            }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "#") {
                consider(.setDirective, matchSetDirective(at: index))
            }
            if c == UInt8(ascii: "$") {
                consider(.emptyIndex, max(matchLiteral("$[", at: index), matchLiteral("$.", at: index), matchLiteral("$![", at: index), matchLiteral("$\\![", at: index)))
            }
            consider(.text, matchText(at: index))
        case .reference, .refModifier:
            if state == .reference {
                if c == UInt8(ascii: "#") { consider(.singleLineCommentStart, matchLiteral("##", at: index)) }
                if c == UInt8(ascii: "$") {
                    consider(.emptyIndex, max(matchLiteral("$[", at: index), matchLiteral("$.", at: index), matchLiteral("$![", at: index), matchLiteral("$\\![", at: index)))
                }
            } else if c == UInt8(ascii: "(") {
                consider(.lParen, 1)
            }
            if c == UInt8(ascii: "[") { consider(.indexLBracket, 1) }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "#") {
                consider(.setDirective, matchSetDirective(at: index))
            }
            consider(.true, matchLiteral("true", at: index))
            consider(.false, matchLiteral("false", at: index))
            consider(.identifier, matchIdentifier(at: index))
            if c == UInt8(ascii: "."), has(index + 1), Self.isLetter(bytes[index + 1]) { consider(.dot, 2) }
            if c == UInt8(ascii: "{") { consider(.lCurly, 1) }
            if c == UInt8(ascii: "}") { consider(.rCurly, 1) }
            consider(.referenceTerminator, 1)
        case .refMod2:
            matchBrackets(at: index, consider)
            if c == UInt8(ascii: ")") { consider(.refmod2RParen, 1) }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "#") {
                consider(.setDirective, matchSetDirective(at: index))
            }
            consider(.whitespace, matchWhitespace(at: index))
            consider(.stringLiteral, matchString(at: index))
            consider(.true, matchLiteral("true", at: index))
            consider(.false, matchLiteral("false", at: index))
            if let (kind, length) = matchNumber(at: index) { consider(kind, length) }
            consider(.identifier, matchIdentifier(at: index))
            if c == UInt8(ascii: "."), has(index + 1), Self.isLetter(bytes[index + 1]) { consider(.dot, 2) }
        case .refIndex:
            if c == UInt8(ascii: "]") { consider(.indexRBracket, 1) }
            consider(.whitespace, matchWhitespace(at: index))
            consider(.stringLiteral, matchString(at: index))
            consider(.true, matchLiteral("true", at: index))
            consider(.false, matchLiteral("false", at: index))
            if let (kind, length) = matchNumber(at: index) { consider(kind, length) }
        case .directive:
            matchBrackets(at: index, consider)
            if c == UInt8(ascii: "(") { consider(.lParen, 1) }
            if c == UInt8(ascii: ")") { consider(.rParen, 1 + optionalNewlineTail(at: index + 1)) }
            if c == UInt8(ascii: "#") { consider(.singleLineCommentStart, matchLiteral("##", at: index)) }
            consider(.whitespace, matchWhitespace(at: index))
            consider(.stringLiteral, matchString(at: index))
            consider(.true, matchLiteral("true", at: index))
            consider(.false, matchLiteral("false", at: index))
            switch c {
            case UInt8(ascii: "-"): consider(.minus, 1)
            case UInt8(ascii: "+"): consider(.plus, 1)
            case UInt8(ascii: "*"): consider(.multiply, 1)
            case UInt8(ascii: "/"): consider(.divide, 1)
            case UInt8(ascii: "%"): consider(.modulus, 1)
            case UInt8(ascii: "&"): consider(.logicalAnd, matchLiteral("&&", at: index))
            case UInt8(ascii: "|"): consider(.logicalOr, matchLiteral("||", at: index))
            case UInt8(ascii: "<"): consider(.logicalLT, 1); consider(.logicalLE, matchLiteral("<=", at: index))
            case UInt8(ascii: ">"): consider(.logicalGT, 1); consider(.logicalGE, matchLiteral(">=", at: index))
            case UInt8(ascii: "="): consider(.equals, 1); consider(.logicalEquals, matchLiteral("==", at: index))
            case UInt8(ascii: "!"): consider(.logicalNot, 1); consider(.logicalNotEquals, matchLiteral("!=", at: index))
            case UInt8(ascii: "a"): consider(.logicalAnd, matchLiteral("and", at: index))
            case UInt8(ascii: "o"): consider(.logicalOr, matchLiteral("or", at: index))
            case UInt8(ascii: "l"): consider(.logicalLT, matchLiteral("lt", at: index)); consider(.logicalLE, matchLiteral("le", at: index))
            case UInt8(ascii: "g"): consider(.logicalGT, matchLiteral("gt", at: index)); consider(.logicalGE, matchLiteral("ge", at: index))
            case UInt8(ascii: "e"): consider(.logicalEquals, matchLiteral("eq", at: index))
            case UInt8(ascii: "n"):
                consider(.logicalNotEquals, matchLiteral("ne", at: index))
                consider(.logicalNot, matchLiteral("not", at: index))
            default: break
            }
            if let (kind, length) = matchNumber(at: index) { consider(kind, length) }
            consider(.word, matchWord(at: index))
            consider(.bracketedWord, matchBracketedWord(at: index))
        case .preDirective:
            if c == UInt8(ascii: "#") { consider(.singleLineCommentStart, matchLiteral("##", at: index)) }
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "{") {
                var n = matchLiteral("end", at: index)
                if n > 0 { consider(.end, n + optionalNewlineTail(at: index + n)) }
                n = matchLiteral("{end}", at: index)
                if n > 0 { consider(.end, n + optionalNewlineTail(at: index + n)) }
                n = matchLiteral("else", at: index)
                if n > 0 { consider(.elseDirective, n + optionalNewlineTail(at: index + n)) }
                n = matchLiteral("{else}", at: index)
                if n > 0 { consider(.elseDirective, n + optionalNewlineTail(at: index + n)) }
                consider(.elseifDirective, max(matchLiteral("elseif", at: index), matchLiteral("{elseif}", at: index)))
            }
            if c == UInt8(ascii: "i") || c == UInt8(ascii: "{") {
                consider(.ifDirective, max(matchLiteral("if", at: index), matchLiteral("{if}", at: index)))
            }
            if let (kind, length) = matchNumber(at: index) { consider(kind, length) }
            consider(.word, matchWord(at: index))
            consider(.bracketedWord, matchBracketedWord(at: index))
            consider(.directiveTerminator, 1)
        case .inTextblock:
            consider(.textblock, matchLiteral("]]#", at: index))
            consider(.textblockMore, 1)
        case .inMultiLineComment:
            consider(.multiLineComment, matchLiteral("*#", at: index))
            consider(.commentSkip, 1)
        case .inFormalComment:
            consider(.formalComment, matchLiteral("*#", at: index))
            consider(.commentSkip, 1)
        case .inSingleLineComment:
            if c == UInt8(ascii: "\n") { consider(.singleLineComment, 1) }
            if c == UInt8(ascii: "\r") {
                consider(.singleLineComment, has(index + 1) && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1)
            }
            consider(.commentSkip, 1)
        case .refMod:
            consider(.referenceTerminator, 1)
        }
        guard let bestKind else { return nil }
        return (bestKind, bestLength)
    }

    private func matchBrackets(at index: Int, _ consider: (Kind, Int) -> Void) {
        switch bytes[index] {
        case UInt8(ascii: "["): consider(.lBracket, 1)
        case UInt8(ascii: "]"): consider(.rBracket, 1)
        case UInt8(ascii: ","): consider(.comma, 1)
        case UInt8(ascii: ":"): consider(.colon, 1)
        case UInt8(ascii: "{"): consider(.leftCurley, 1)
        case UInt8(ascii: "}"): consider(.rightCurley, 1)
        case UInt8(ascii: "."):
            if has(index + 1), bytes[index + 1] == UInt8(ascii: ".") { consider(.doubleDot, 2) }
        default: break
        }
    }

    // MARK: Messages

    /// Where JavaCC reports a lexical error whose token would begin at `index`: at the last
    /// character its DFA read before giving up, or at `bytes.count` when that is the text's last
    /// character. A quote in a state that lexes string literals is a literal never closed, read
    /// to the end; `-` and `\` begin longer tokens, so one more character is read.
    private func errorOffset(at index: Int) -> Int {
        var last = index
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if state == .directive || state == .refMod2 || state == .refIndex { return bytes.count }
        case UInt8(ascii: "-"), UInt8(ascii: "\\"):
            if index + 1 < bytes.count { last = index + 1 }
        default:
            break
        }
        return last + Self.scalarLength(bytes[last]) >= bytes.count ? bytes.count : last
    }

    private static func eofMessage(_ bytes: [UInt8], _ begin: Int, _ end: Int) -> String {
        let text = String(decoding: bytes[begin..<min(end, bytes.count)], as: UTF8.self)
        let shown = text.count > 20 ? String(text.prefix(20)) + "..." : text
        return "unexpected end of template after \"\(shown)\" (a \"$\" or \"#\" at the very end, or an unclosed #[[ ]]# block)"
    }

    private func unexpectedCharacterMessage(at index: Int) -> String {
        let scalar = String(decoding: bytes[index..<min(index + Self.scalarLength(bytes[index]), bytes.count)], as: UTF8.self)
        let shown = scalar == "\n" ? "\\n" : scalar == "\r" ? "\\r" : scalar == "\t" ? "\\t" : scalar
        let place: String
        if (scalar == "\"" || scalar == "'") && (state == .directive || state == .refMod2 || state == .refIndex) {
            let (line, column) = SourceText.lineColumn(bytes, index)
            return "unexpected end of the template in the string literal opened at line \(line), column \(column): no closing \(scalar)"
        }
        switch state {
        case .refMod2: place = "in a method call's arguments (arguments must be literals or references)"
        case .refIndex: place = "in an index [ ] (an index must be a number, a string or a reference)"
        case .directive: place = "in a directive's arguments"
        default: place = "here"
        }
        return "unexpected character \"\(shown)\" \(place)"
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
