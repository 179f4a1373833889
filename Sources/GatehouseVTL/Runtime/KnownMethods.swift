/// The `String` methods templates call most, recognised once when the template is parsed, so a
/// call goes straight to the method instead of searching Java's method table by name on every
/// render. Only calls whose receiver and arguments fit take this path; everything else (other
/// receivers, argument types that need Velocity's overload rules, errors) takes the general
/// `JavaRuntime.invoke`, which gives the same results.
enum KnownMethod: UInt8, Sendable {
    case other
    case toUpperCase, toLowerCase, length, isEmpty, equals, replace, replaceAll, replaceFirst

    init(_ name: String) {
        switch name {
        case "toUpperCase": self = .toUpperCase
        case "toLowerCase": self = .toLowerCase
        case "length": self = .length
        case "isEmpty": self = .isEmpty
        case "equals": self = .equals
        case "replace": self = .replace
        case "replaceAll": self = .replaceAll
        case "replaceFirst": self = .replaceFirst
        default: self = .other
        }
    }
}

/// What the parser knows about a method call: the method, when it is a known one, and for the
/// string methods that analyse their arguments (`replaceAll("\\'", "'")`, `split(",")`), that
/// analysis when the arguments are constants.
struct KnownCall: Sendable {
    let method: KnownMethod
    let constant: ConstantCall?

    init(name: String, arguments: [Expr]) {
        method = KnownMethod(name)
        constant = ConstantCall(name: name, arguments: arguments)
    }
}

/// A `String` method called with constant arguments whose analysis is done once, when the
/// template is parsed, instead of on every call: whether a `replaceAll`/`replaceFirst` pattern is
/// plain text and its bytes, what the replacement's `\` escapes leave, `split`'s single-character
/// shortcut. AWS's own passthrough template calls `$util.escapeJavaScript($x).replaceAll("\\'","'")`
/// for every parameter, so this analysis used to be a good part of the cost of such a call.
///
/// Only a `String` receiver takes this path; the result and the errors (thrown only when the call
/// runs, so a bad pattern in a branch not taken fails nothing) are those of the general path,
/// whose routines it calls for every case the analysis does not reduce to bytes. The argument
/// expressions are constants, so not evaluating them changes nothing. A class, so that every
/// `Modifier.method` grows by one optional reference only (the AST's enums are copied often).
final class ConstantCall: Sendable {
    enum Plan: Sendable {
        /// `replaceAll`/`replaceFirst` of plain text by plain text, and `replace` with a target.
        case literal(needle: [UInt8], replacement: [UInt8], all: Bool)
        /// `replaceAll`/`replaceFirst` of a regular expression, or with a replacement holding `$`.
        case regex(pattern: String, replacement: String, all: Bool)
        /// `replace("", replacement)`.
        case replace(target: String, replacement: String)
        case matches(pattern: String)
        case split(pattern: String, literal: [UInt16]?, limit: Int)
    }

    let plan: Plan

    /// `nil` when the call is not one of these methods with constant arguments of the types the
    /// method takes.
    init?(name: String, arguments: [Expr]) {
        func string(_ index: Int) -> String? {
            guard index < arguments.count, case .constant(.string(let text), _) = arguments[index] else { return nil }
            return text
        }
        switch (name, arguments.count) {
        case ("replaceAll", 2), ("replaceFirst", 2):
            guard let pattern = string(0), let replacement = string(1) else { return nil }
            let all = name == "replaceAll"
            if let needle = JavaRegex.literal(pattern), let bytes = JavaRegex.plainReplacement(replacement) {
                plan = .literal(needle: needle, replacement: bytes, all: all)
            } else {
                plan = .regex(pattern: pattern, replacement: replacement, all: all)
            }
        case ("replace", 2):
            guard let target = string(0), let replacement = string(1) else { return nil }
            plan = target.isEmpty
                ? .replace(target: target, replacement: replacement)
                : .literal(needle: Array(target.utf8), replacement: Array(replacement.utf8), all: true)
        case ("matches", 1):
            guard let pattern = string(0) else { return nil }
            plan = .matches(pattern: pattern)
        case ("split", 1), ("split", 2):
            guard let pattern = string(0) else { return nil }
            var limit: Int32 = 0
            if arguments.count == 2 {
                guard case .constant(.integer(let n), _) = arguments[1] else { return nil }
                limit = n
            }
            plan = .split(pattern: pattern, literal: JavaRegex.fastPathLiteral(pattern), limit: Int(limit))
        default:
            return nil
        }
    }

    /// The call on `text`, as `JavaRuntime.invoke` makes it.
    func call(_ text: String) throws -> VTLValue {
        switch plan {
        case .literal(let needle, let replacement, let all):
            return .string(JavaRegex.replaceLiteral(text, needle, replacement, all: all))
        case .regex(let pattern, let replacement, let all):
            return .string(try JavaRegex.replace(text, pattern, replacement, all: all))
        case .replace(let target, let replacement):
            return .string(JavaRuntime.replaceLiteral(text, target, replacement))
        case .matches(let pattern):
            return .bool(try JavaRegex.matches(text, pattern))
        case .split(let pattern, let literal, let limit):
            let parts = try JavaRegex.split(text, pattern, literal: literal, limit: limit)
            return .list(VTLList(kind: .array, elements: parts.map { .string($0) }))
        }
    }
}

extension JavaRuntime {
    /// `receiver.method(arguments)` for a known method on a `String` with `String` arguments;
    /// `nil` when the call needs the general path.
    @inline(__always)
    static func invokeKnown(_ receiver: VTLValue, _ method: KnownMethod, _ arguments: [VTLValue]) throws -> VTLValue? {
        guard method != .other, case .string(let s) = receiver else { return nil }
        switch (method, arguments.count) {
        case (.toUpperCase, 0): return .string(upperCase(s))
        case (.toLowerCase, 0): return .string(lowerCase(s))
        case (.length, 0): return .integer(Int32(s.utf16.count))
        case (.isEmpty, 0): return .bool(s.isEmpty)
        case (.equals, 1):
            if case .string(let other) = arguments[0] { return .bool(other == s) }
            return nil
        case (.replace, 2):
            guard case .string(let target) = arguments[0], case .string(let replacement) = arguments[1] else { return nil }
            return .string(replaceLiteral(s, target, replacement))
        case (.replaceAll, 2), (.replaceFirst, 2):
            guard case .string(let regex) = arguments[0], case .string(let replacement) = arguments[1] else { return nil }
            return .string(try JavaRegex.replace(s, regex, replacement, all: method == .replaceAll))
        default:
            return nil
        }
    }

    /// `String.toUpperCase()`.
    static func upperCase(_ s: String) -> String { JavaString.asciiCase(s, upper: true) ?? s.uppercased() }

    /// `String.toLowerCase()`.
    static func lowerCase(_ s: String) -> String { JavaString.asciiCase(s, upper: false) ?? s.lowercased() }
}
