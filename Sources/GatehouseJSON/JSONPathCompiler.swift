// A transcription of Jayway JsonPath 2.0.0's PathCompiler, PathComponentAnalyzer, Filter.parse and
// Criteria.parse/create. Strings are handled as UTF-16 code units, as Java indexes them, and the
// Java exceptions these throw (including StringIndexOutOfBounds from running off the end) are
// reproduced with their messages, because Jayway reports them.

/// A Java exception as compile steps throw it: `toString()` is `class: message`.
struct JavaException: Error, Sendable, CustomStringConvertible {
    var className: String
    var message: String?

    var description: String { message.map { "\(className): \($0)" } ?? className }

    static func invalidPath(_ message: String) -> JavaException {
        JavaException(className: "com.jayway.jsonpath.InvalidPathException", message: message)
    }

    static func indexOutOfRange(_ index: Int) -> JavaException {
        JavaException(className: "java.lang.StringIndexOutOfBoundsException", message: "String index out of range: \(index)")
    }

    static func numberFormat(_ text: [UInt16]) -> JavaException {
        JavaException(className: "java.lang.NumberFormatException", message: "For input string: \"\(String(decoding: text, as: UTF16.self))\"")
    }
}

/// A compiled path: Jayway's token chain.
struct PathProgram: Sendable {
    var tokens: [PathToken]
    /// `CompiledPath.isRootPath`: the (prefixed) path starts with `$` rather than `@`.
    var isRootPath: Bool

    var isDefinite: Bool { tokens.allSatisfy(\.isDefinite) }
}

enum PathToken: Sendable {
    case root
    case property([String])
    case wildcard
    case scan
    case array(ArrayOperation, [Int])
    case predicate([FilterNode?])

    var isDefinite: Bool {
        switch self {
        case .root, .property: return true
        case .wildcard, .scan, .predicate: return false
        case .array(let op, _): return op == .singleIndex || op == .contextSize
        }
    }
}

enum ArrayOperation: Sendable {
    case contextSize, sliceTo, sliceFrom, sliceBetween, indexSequence, singleIndex, none
}

/// Jayway's `Filter` tree (SingleFilter / AndFilter / OrFilter) over `Criteria`.
indirect enum FilterNode: Sendable {
    case single(Criterion)
    case and([FilterNode])
    case or(FilterNode, FilterNode)

    func and(_ other: FilterNode) -> FilterNode {
        switch self {
        case .and(let list): return .and(list + [other])
        case .or(let left, let right): return .or(left, .and([right, other]))
        case .single: return .and([self, other])
        }
    }

    func or(_ other: FilterNode) -> FilterNode { .or(self, other) }
}

struct Criterion: Sendable {
    enum Operand: Sendable {
        case path(PathProgram)
        case string(String)
        case pattern(RegexBox)
    }

    enum Kind: Sendable {
        case exists(Bool)
        case compare(CompareOperator)
    }

    enum CompareOperator: Sendable {
        case eq, ne, gt, gte, lt, lte, regex
    }

    var left: Operand
    var kind: Kind
    var right: Operand
}

/// A compiled regular expression (Java `Pattern` stand-in).
final class RegexBox: @unchecked Sendable {
    let source: String
    let regex: Regex<AnyRegexOutput>

    init(source: String, ignoreCase: Bool) throws {
        self.source = source
        var regex = try Regex(source)
        if ignoreCase { regex = regex.ignoresCase() }
        self.regex = regex
    }

    func matches(_ text: String) -> Bool {
        (try? regex.wholeMatch(in: text)) != nil
    }
}

enum PathCompiler {
    typealias U = UInt16

    static let dollar = U(UInt8(ascii: "$"))
    static let at = U(UInt8(ascii: "@"))
    static let period = U(UInt8(ascii: "."))
    static let bracketOpen = U(UInt8(ascii: "["))
    static let bracketClose = U(UInt8(ascii: "]"))
    static let space = U(UInt8(ascii: " "))
    static let star = U(UInt8(ascii: "*"))
    static let quote = U(UInt8(ascii: "'"))

    /// `PathCompiler.compile(path)` without the outer wrapping: throws the original exception.
    static func compile(_ original: [U]) throws(JavaException) -> PathProgram {
        if original.isEmpty {
            throw JavaException(className: "java.lang.IllegalArgumentException", message: "Path may not be null empty")
        }
        var path = javaTrim(original)
        if path.count >= 2 && path[path.count - 1] == period && path[path.count - 2] == period {
            throw .invalidPath("A path can not end with a scan.")
        }
        guard !path.isEmpty else { throw .indexOutOfRange(0) }
        if path[0] != dollar && path[0] != at {
            path = [dollar, period] + path
        }
        let isRootPath = path[0] == dollar
        if path[0] == at {
            path[0] = dollar
        }
        if path.count > 1 && path[1] != period && path[1] != bracketOpen {
            throw .invalidPath("Invalid path " + string(path))
        }
        var tokens: [PathToken] = []
        var i = 0
        repeat {
            let current = try charAt(path, i)
            var fragment: [U]
            switch current {
            case space:
                throw .invalidPath("Space not allowed in path")
            case dollar:
                fragment = [dollar]
                i += 1
            case bracketOpen:
                let positions = fastForwardUntilClosed(path, i)
                fragment = Array(path[i..<i + positions])
                i += positions
            case period:
                i += 1
                if try charAt(path, i) == period {
                    fragment = [period, period]
                    i += 1
                } else {
                    let positions = fastForward(path, i)
                    if positions == 0 { continue }
                    if positions == 1 && path[i] == star {
                        fragment = Array("[*]".utf16)
                    } else {
                        fragment = Array("['".utf16) + path[i..<i + positions] + Array("']".utf16)
                    }
                    i += positions
                }
            case star:
                fragment = Array("[*]".utf16)
                i += 1
            default:
                let positions = fastForward(path, i)
                fragment = Array("['".utf16) + path[i..<i + positions] + Array("']".utf16)
                i += positions
            }
            var analyzer = ComponentAnalyzer(fragment: fragment)
            tokens.append(try analyzer.analyze())
        } while i < path.count
        return PathProgram(tokens: tokens, isRootPath: isRootPath)
    }

    /// `PathCompiler.compile` as other code calls it: any exception comes out wrapped in an
    /// `InvalidPathException(cause)`, whose message is the cause's `toString()`.
    static func compileWrapped(_ path: [U]) throws(JavaException) -> PathProgram {
        do {
            return try compile(path)
        } catch {
            throw .invalidPath(error.description)
        }
    }

    static func fastForward(_ s: [U], _ start: Int) -> Int {
        var index = start
        var count = 0
        while index < s.count {
            let current = s[index]
            if current == period || current == bracketOpen || current == space { break }
            index += 1
            count += 1
        }
        return count
    }

    static func fastForwardUntilClosed(_ s: [U], _ start: Int) -> Int {
        var count = 1
        var index = start + 1
        var nested = 0
        while index < s.count {
            let current = s[index]
            index += 1
            count += 1
            if current == bracketClose && nested == 0 { break }
            if current == bracketOpen { nested += 1 }
            if current == bracketClose { nested -= 1 }
        }
        return count
    }

    @inline(__always)
    static func charAt(_ s: [U], _ i: Int) throws(JavaException) -> U {
        guard i >= 0 && i < s.count else { throw .indexOutOfRange(i) }
        return s[i]
    }

    /// `String.trim()`: drops every char up to U+0020 at both ends.
    static func javaTrim(_ s: [U]) -> [U] {
        var start = 0
        var end = s.count
        while start < end && s[start] <= 0x20 { start += 1 }
        while end > start && s[end - 1] <= 0x20 { end -= 1 }
        return Array(s[start..<end])
    }

    static func javaTrim(_ s: ArraySlice<U>) -> [U] { javaTrim(Array(s)) }

    static func string(_ s: [U]) -> String { String(decoding: s, as: UTF16.self) }
    static func string(_ s: ArraySlice<U>) -> String { String(decoding: s, as: UTF16.self) }

    /// `Character.isDigit` for a UTF-16 unit.
    static func isDigit(_ u: U) -> Bool {
        if u >= 0x30 && u <= 0x39 { return true }
        if u < 0x80 { return false }
        guard let scalar = Unicode.Scalar(UInt32(u)) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// `Integer.parseInt(s)`.
    static func parseInt(_ s: [U]) throws(JavaException) -> Int {
        guard !s.isEmpty else { throw .numberFormat(s) }
        var i = 0
        var negative = false
        if s[0] == U(UInt8(ascii: "-")) || s[0] == U(UInt8(ascii: "+")) {
            negative = s[0] == U(UInt8(ascii: "-"))
            i = 1
            if s.count == 1 { throw .numberFormat(s) }
        }
        var value: Int64 = 0
        while i < s.count {
            guard let digit = digitValue(s[i]) else { throw .numberFormat(s) }
            value = value * 10 + Int64(digit)
            if value > Int64(Int32.max) + 1 { throw .numberFormat(s) }
            i += 1
        }
        if negative { value = -value }
        guard value >= Int64(Int32.min) && value <= Int64(Int32.max) else { throw .numberFormat(s) }
        return Int(value)
    }

    static func digitValue(_ u: U) -> Int? {
        if u >= 0x30 && u <= 0x39 { return Int(u - 0x30) }
        guard u >= 0x80, let scalar = Unicode.Scalar(UInt32(u)),
              scalar.properties.generalCategory == .decimalNumber,
              let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }
}

/// `PathCompiler.PathComponentAnalyzer`.
struct ComponentAnalyzer {
    typealias U = UInt16
    let fragment: [U]
    var i = 0
    var current: U = 0

    init(fragment: [U]) {
        self.fragment = fragment
    }

    mutating func analyze() throws(JavaException) -> PathToken {
        let text = PathCompiler.string(fragment)
        switch text {
        case "$": return .root
        case "..": return .scan
        case "[*]", ".*": return .wildcard
        case "[?]": return .predicate([nil])
        default: break
        }
        if let count = Self.placeholderCount(fragment) {
            return .predicate([FilterNode?](repeating: nil, count: count))
        }
        i = 0
        repeat {
            current = try PathCompiler.charAt(fragment, i)
            switch current {
            case U(UInt8(ascii: "?")):
                return try analyzeCriteriaSequence()
            case U(UInt8(ascii: "'")):
                return try analyzeProperty()
            default:
                if PathCompiler.isDigit(current) || current == U(UInt8(ascii: ":")) || current == U(UInt8(ascii: "-"))
                    || current == U(UInt8(ascii: "@"))
                {
                    return try analyzeArraySequence()
                }
                i += 1
            }
        } while i < fragment.count
        throw .invalidPath("Could not analyze path component: " + text)
    }

    /// `^\[\s*\?\s*[,\s*\?]*?\s*]$`: `[?]`, `[?,?]`, ... (placeholders for filters passed as
    /// arguments; API Gateway passes none, so evaluating them fails).
    static func placeholderCount(_ f: [U]) -> Int? {
        guard f.count >= 3, f.first == U(UInt8(ascii: "[")), f.last == U(UInt8(ascii: "]")) else { return nil }
        var questionMarks = 0
        var sawQuestion = false
        for (index, u) in f.enumerated() where index > 0 && index < f.count - 1 {
            switch u {
            case U(UInt8(ascii: "?")):
                questionMarks += 1
                sawQuestion = true
            case U(UInt8(ascii: ",")), U(UInt8(ascii: "*")), 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                if !sawQuestion && u != 0x20 && u != 0x09 && u != 0x0A && u != 0x0B && u != 0x0C && u != 0x0D { return nil }
            default:
                return nil
            }
        }
        return sawQuestion ? questionMarks : nil
    }

    mutating func next() throws(JavaException) {
        i += 1
        current = try PathCompiler.charAt(fragment, i)
    }

    mutating func analyzeProperty() throws(JavaException) -> PathToken {
        var properties: [String] = []
        var buffer: [U] = []
        var open = false
        while current != PathCompiler.bracketClose {
            if current == PathCompiler.quote {
                if open {
                    properties.append(PathCompiler.string(buffer))
                    buffer.removeAll()
                    open = false
                } else {
                    open = true
                }
            } else if open {
                buffer.append(current)
            }
            try next()
        }
        return .property(properties)
    }

    mutating func analyzeCriteriaSequence() throws(JavaException) -> PathToken {
        // findFilterBounds
        var start = i
        while try PathCompiler.charAt(fragment, start) != PathCompiler.bracketOpen { start -= 1 }
        var mem: U = 0x20
        var curr = start
        var inProp = false
        var openSquare = 0
        var openBrackets = 0
        var end = 0
        while end == 0 {
            let c = try PathCompiler.charAt(fragment, curr)
            switch c {
            case U(UInt8(ascii: "(")):
                if !inProp { openBrackets += 1 }
            case U(UInt8(ascii: ")")):
                if !inProp { openBrackets -= 1 }
            case U(UInt8(ascii: "[")):
                if !inProp { openSquare += 1 }
            case U(UInt8(ascii: "]")):
                if !inProp {
                    openSquare -= 1
                    if openBrackets == 0 { end = curr + 1 }
                }
            case U(UInt8(ascii: "'")):
                if mem != U(UInt8(ascii: "\\")) { inProp.toggle() }
            default:
                break
            }
            mem = c
            curr += 1
        }
        if openBrackets != 0 || openSquare != 0 {
            throw .invalidPath("Filter brackets are not balanced")
        }
        i = end
        return .predicate([try FilterParser.parse(Array(fragment[start..<end]))])
    }

    mutating func analyzeArraySequence() throws(JavaException) -> PathToken {
        var buffer: [U] = []
        var numbers: [Int] = []
        let contextSize = current == U(UInt8(ascii: "@"))
        var sliceTo = false
        var sliceFrom = false
        var sliceBetween = false
        var indexSequence = false
        let minus = U(UInt8(ascii: "-"))
        let colon = U(UInt8(ascii: ":"))
        let comma = U(UInt8(ascii: ","))
        let space = U(UInt8(ascii: " "))
        if contextSize {
            try next()
            try next()
            while current != minus {
                if current == space || current == U(UInt8(ascii: "(")) || current == U(UInt8(ascii: ")")) {
                    try next()
                    continue
                }
                buffer.append(current)
                try next()
            }
            let function = PathCompiler.string(buffer)
            buffer.removeAll()
            if function != "size" && function != "length" {
                throw .invalidPath(
                    "Invalid function: @." + function + ". Supported functions are: [(@.length - n)] and [(@.size() - n)]")
            }
            while current != U(UInt8(ascii: ")")) {
                if current == space {
                    try next()
                    continue
                }
                buffer.append(current)
                try next()
            }
        } else {
            while PathCompiler.isDigit(current) || current == comma || current == space || current == colon || current == minus {
                switch current {
                case space:
                    break
                case colon:
                    if buffer.isEmpty {
                        sliceTo = true
                        try next()
                        while PathCompiler.isDigit(current) || current == space || current == minus {
                            if current != space { buffer.append(current) }
                            try next()
                        }
                        numbers.append(try PathCompiler.parseInt(buffer))
                        buffer.removeAll()
                    } else {
                        numbers.append(try PathCompiler.parseInt(buffer))
                        buffer.removeAll()
                        try next()
                        while PathCompiler.isDigit(current) || current == space || current == minus {
                            if current != space { buffer.append(current) }
                            try next()
                        }
                        if buffer.isEmpty {
                            sliceFrom = true
                        } else {
                            sliceBetween = true
                            numbers.append(try PathCompiler.parseInt(buffer))
                            buffer.removeAll()
                        }
                    }
                case comma:
                    numbers.append(try PathCompiler.parseInt(buffer))
                    buffer.removeAll()
                    indexSequence = true
                default:
                    buffer.append(current)
                }
                if current == PathCompiler.bracketClose { break }
                try next()
            }
        }
        if !buffer.isEmpty {
            numbers.append(try PathCompiler.parseInt(buffer))
        }
        let singleIndex = numbers.count == 1 && !sliceTo && !sliceFrom && !contextSize
        let operation: ArrayOperation
        if singleIndex {
            operation = .singleIndex
        } else if indexSequence {
            operation = .indexSequence
        } else if sliceFrom {
            operation = .sliceFrom
        } else if sliceTo {
            operation = .sliceTo
        } else if sliceBetween {
            operation = .sliceBetween
        } else if contextSize {
            operation = .contextSize
        } else {
            operation = .none
        }
        return .array(operation, numbers)
    }
}

/// `Filter.parse` and `Criteria.parse`/`create` of Jayway 2.0.0.
enum FilterParser {
    typealias U = UInt16

    static func parse(_ text: [U]) throws(JavaException) -> FilterNode {
        let originalText = text
        _ = originalText
        var filter = PathCompiler.javaTrim(text)
        let s = { (x: [U]) in PathCompiler.string(x) }
        if !(filter.first == U(UInt8(ascii: "[")) && filter.last == U(UInt8(ascii: "]"))) {
            throw .invalidPath("Filter must start with '[' and end with ']'. " + s(filter))
        }
        filter = filter.count >= 2 ? PathCompiler.javaTrim(filter[1..<filter.count - 1]) : []
        if filter.first != U(UInt8(ascii: "?")) {
            throw .invalidPath("Filter must start with '[?' and end with ']'. " + s(filter))
        }
        filter = PathCompiler.javaTrim(filter.dropFirst())
        if !(filter.first == U(UInt8(ascii: "(")) && filter.last == U(UInt8(ascii: ")"))) {
            throw .invalidPath("Filter must start with '[?(' and end with ')]'. " + s(filter))
        }
        if filter.count < 2 { throw JavaException(className: "java.lang.StringIndexOutOfBoundsException", message: "begin 1, end 0, length 1") }
        filter = PathCompiler.javaTrim(filter[1..<filter.count - 1])

        var operators: [Bool] = []  // true = &&
        var criteria: [Criterion] = []
        for piece in splitOperators(filter) {
            let exp = PathCompiler.javaTrim(piece)
            let expText = s(exp)
            if expText == "&&" || expText == "||" {
                operators.append(expText == "&&")
            } else {
                criteria.append(try parseCriteria(try cleanCriteria(exp)))
            }
        }
        guard let last = criteria.popLast() else { throw JavaException(className: "java.util.EmptyStackException", message: nil) }
        var root = FilterNode.single(last)
        while let isAnd = operators.popLast() {
            if isAnd {
                guard let next = criteria.popLast() else { throw JavaException(className: "java.util.EmptyStackException", message: nil) }
                root = root.and(.single(next))
            } else {
                guard let next = criteria.popLast() else { throw .invalidPath("Invalid operators " + s(filter)) }
                root = root.or(.single(next))
            }
        }
        if !criteria.isEmpty { throw .invalidPath("Invalid operators " + s(filter)) }
        return root
    }

    /// `Pattern.compile("((?<=&&|\\|\\|)|(?=&&|\\|\\|))").split(filter)`: zero-width splits
    /// before and after every `&&` / `||`; trailing empty strings dropped.
    static func splitOperators(_ s: [U]) -> [[U]] {
        func isOperator(at i: Int) -> Bool {
            guard i >= 0 && i + 1 < s.count else { return false }
            return (s[i] == U(UInt8(ascii: "&")) && s[i + 1] == U(UInt8(ascii: "&")))
                || (s[i] == U(UInt8(ascii: "|")) && s[i + 1] == U(UInt8(ascii: "|")))
        }
        var pieces: [[U]] = []
        var last = 0
        var found = false
        if s.count >= 1 {
            for position in 1...s.count where isOperator(at: position) || isOperator(at: position - 2) {
                found = true
                pieces.append(Array(s[last..<position]))
                last = position
            }
        }
        if !found { return [s] }
        pieces.append(Array(s[last..<s.count]))
        while let lastPiece = pieces.last, lastPiece.isEmpty { pieces.removeLast() }
        return pieces
    }

    static func cleanCriteria(_ filter: [U]) throws(JavaException) -> [U] {
        var begin = 0
        var end = filter.count - 1
        var c = try PathCompiler.charAt(filter, begin)
        while c == U(UInt8(ascii: "[")) || c == U(UInt8(ascii: "?")) || c == U(UInt8(ascii: "(")) || c == U(UInt8(ascii: " ")) {
            begin += 1
            c = try PathCompiler.charAt(filter, begin)
        }
        c = try PathCompiler.charAt(filter, end)
        while c == U(UInt8(ascii: ")")) || c == U(UInt8(ascii: " ")) {
            end -= 1
            c = try PathCompiler.charAt(filter, end)
        }
        guard begin <= end + 1 else {
            throw JavaException(className: "java.lang.StringIndexOutOfBoundsException", message: "begin \(begin), end \(end + 1), length \(filter.count)")
        }
        return Array(filter[begin..<end + 1])
    }

    static let operatorTexts: [(String, Criterion.CompareOperator)] = [
        ("==", .eq), (">=", .gte), ("<=", .lte), ("!=", .ne), ("<", .lt), (">", .gt), ("=~", .regex),
    ]

    static func parseCriteria(_ criteria: [U]) throws(JavaException) -> Criterion {
        for (op, kind) in operatorTexts {
            let opUnits = Array(op.utf16)
            if let index = indexOf(criteria, opUnits) {
                let left = PathCompiler.javaTrim(criteria[..<index])
                let right = PathCompiler.javaTrim(criteria[(index + opUnits.count)...])
                return try create(left: left, operator: kind, right: right)
            }
        }
        return try create(left: PathCompiler.javaTrim(criteria), operator: nil, right: [])
    }

    static func indexOf(_ s: [U], _ sub: [U]) -> Int? {
        guard sub.count <= s.count else { return nil }
        var i = 0
        while i + sub.count <= s.count {
            if s[i..<i + sub.count].elementsEqual(sub) { return i }
            i += 1
        }
        return nil
    }

    static func isPath(_ s: [U]) -> Bool {
        guard let first = s.first else { return false }
        return first == U(UInt8(ascii: "$")) || first == U(UInt8(ascii: "@"))
            || (s.count >= 2 && first == U(UInt8(ascii: "!")) && s[1] == U(UInt8(ascii: "@")))
    }

    static func isString(_ s: [U]) -> Bool {
        !s.isEmpty && s.first == U(UInt8(ascii: "'")) && s.last == U(UInt8(ascii: "'"))
    }

    static func isPattern(_ s: [U]) throws(JavaException) -> Bool {
        guard !s.isEmpty, s[0] == U(UInt8(ascii: "/")) else { return false }
        if s[s.count - 1] == U(UInt8(ascii: "/")) { return true }
        return try PathCompiler.charAt(s, s.count - 2) == U(UInt8(ascii: "/")) && s[s.count - 1] == U(UInt8(ascii: "i"))
    }

    static func compilePattern(_ s: [U]) throws(JavaException) -> RegexBox {
        let lastIndex = s.lastIndex(of: U(UInt8(ascii: "/")))!
        let ignoreCase = s.last == U(UInt8(ascii: "i"))
        guard lastIndex >= 1 else {
            throw JavaException(className: "java.lang.StringIndexOutOfBoundsException", message: "begin 1, end \(lastIndex), length \(s.count)")
        }
        let source = PathCompiler.string(s[1..<lastIndex])
        do {
            return try RegexBox(source: source, ignoreCase: ignoreCase)
        } catch {
            throw JavaException(className: "java.util.regex.PatternSyntaxException", message: "\(error)")
        }
    }

    static func operand(_ s: [U], isLeft: Bool) throws(JavaException) -> (Criterion.Operand, negated: Bool) {
        if isPath(s) {
            var text = s
            var negated = false
            if text[0] == U(UInt8(ascii: "!")) {
                if !isLeft {
                    throw .invalidPath("Invalid negation! Can only be used for existence check e.g [?(!@.foo)]")
                }
                negated = true
                text.removeFirst()
            }
            let program = try PathCompiler.compileWrapped(text)
            if !program.isDefinite {
                throw .invalidPath("the predicate path: " + PathCompiler.string(text) + " is not definite")
            }
            return (.path(program), negated)
        }
        if isString(s) {
            guard s.count >= 2 else {
                throw JavaException(className: "java.lang.StringIndexOutOfBoundsException", message: "begin 1, end 0, length 1")
            }
            return (.string(PathCompiler.string(s[1..<s.count - 1])), false)
        }
        if try isPattern(s) {
            return (.pattern(try compilePattern(s)), false)
        }
        return (.string(PathCompiler.string(s)), false)
    }

    static func create(left: [U], operator op: Criterion.CompareOperator?, right: [U]) throws(JavaException) -> Criterion {
        let (leftOperand, negated) = try operand(left, isLeft: true)
        let (rightOperand, _) = try operand(right, isLeft: false)
        if case .path = leftOperand, op == nil {
            return Criterion(left: leftOperand, kind: .exists(!negated), right: .string(""))
        }
        guard let op else {
            throw JavaException(className: "java.lang.UnsupportedOperationException", message: "CriteriaType  can not be parsed")
        }
        return Criterion(left: leftOperand, kind: .compare(op), right: rightOperand)
    }
}
