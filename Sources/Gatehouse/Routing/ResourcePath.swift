/// A resource path as API Gateway declares it: `/pets/{petId}`, `/files/{proxy+}`, `/`, or an
/// HTTP API's `$default` route.
public struct ResourcePath: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        /// `{name+}`: one or more remaining segments. Only last.
        case greedy(String)
    }

    public var text: String
    public var segments: [Segment]
    public var isDefaultRoute: Bool { text == "$default" }

    public init(_ text: String) throws(ParameterMappingError) {
        self.text = text
        if text == "$default" || text == "/$default" {
            self.text = "$default"
            self.segments = []
            return
        }
        guard text.hasPrefix("/") else { throw ParameterMappingError("the path '\(text)' must start with '/'") }
        var segments: [Segment] = []
        let parts = text.split(separator: "/", omittingEmptySubsequences: true)
        for (index, part) in parts.enumerated() {
            if part.hasPrefix("{") && part.hasSuffix("}") {
                var name = String(part.dropFirst().dropLast())
                if name.hasSuffix("+") {
                    name.removeLast()
                    guard index == parts.count - 1 else {
                        throw ParameterMappingError("in '\(text)' the greedy parameter {\(name)+} must be the last segment")
                    }
                    guard !name.isEmpty else { throw ParameterMappingError("in '\(text)' a parameter has no name") }
                    segments.append(.greedy(name))
                } else {
                    guard !name.isEmpty, !name.contains("{"), !name.contains("}") else {
                        throw ParameterMappingError("in '\(text)' the segment '\(part)' is not a valid parameter")
                    }
                    segments.append(.parameter(name))
                }
            } else {
                guard !part.contains("{"), !part.contains("}") else {
                    throw ParameterMappingError("in '\(text)' the segment '\(part)' mixes text and a parameter, which API Gateway does not allow")
                }
                segments.append(.literal(String(part)))
            }
        }
        self.segments = segments
    }

    public var description: String { text }

    /// Path parameter names in order.
    public var parameterNames: [String] {
        segments.compactMap {
            switch $0 {
            case .parameter(let name), .greedy(let name): return name
            case .literal: return nil
            }
        }
    }

    /// Matches request path segments (already split, not decoded); on success returns the
    /// parameters (decoded) and a rank for choosing the most specific match (lower is better).
    func match(_ parts: [Substring]) -> (parameters: [(String, String)], rank: [Int])? {
        var parameters: [(String, String)] = []
        var rank: [Int] = []
        var index = 0
        for segment in segments {
            switch segment {
            case .literal(let literal):
                guard index < parts.count, parts[index] == literal else { return nil }
                rank.append(0)
                index += 1
            case .parameter(let name):
                guard index < parts.count else { return nil }
                parameters.append((name, PercentDecoding.decode(parts[index], plusAsSpace: false)))
                rank.append(1)
                index += 1
            case .greedy(let name):
                guard index < parts.count else { return nil }
                let rest = parts[index...].joined(separator: "/")
                parameters.append((name, PercentDecoding.decode(Substring(rest), plusAsSpace: false)))
                rank.append(2)
                index = parts.count
            }
        }
        guard index == parts.count else { return nil }
        return (parameters, rank)
    }
}

enum PercentDecoding {
    /// Decodes `%XX` escapes (invalid ones are kept as written) and, when asked, `+` as space.
    static func decode(_ text: Substring, plusAsSpace: Bool) -> String {
        // A byte scan: `Substring.contains(_: String)` goes through Foundation's string search.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let high = hexValue(iterator[iterator.startIndex]), let low = hexValue(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else if byte == UInt8(ascii: "+") && plusAsSpace {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
