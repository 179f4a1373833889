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
