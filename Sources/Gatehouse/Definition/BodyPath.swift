import GatehouseJSON

/// The JSON path of `integration.response.body.a.b[0]` / `method.request.body.x`: member names
/// separated by dots and array indexes in brackets (the subset API Gateway accepts there).
public struct BodyPath: Sendable, Hashable, CustomStringConvertible {
    public enum Step: Sendable, Hashable {
        case member(String)
        case index(Int)
    }

    public var steps: [Step]
    public var text: String

    public init(_ text: String) throws(ParameterMappingError) {
        self.text = text
        var steps: [Step] = []
        var name = ""
        var characters = Substring(text)
        var afterBracket = false
        func flush() {
            if !name.isEmpty { steps.append(.member(name)) }
            name = ""
        }
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case ".":
                if (name.isEmpty && !afterBracket) || characters.isEmpty {
                    throw ParameterMappingError("'\(text)' is not a valid JSON path (empty member name)")
                }
                flush()
                afterBracket = false
            case "[":
                flush()
                guard let close = characters.firstIndex(of: "]") else {
                    throw ParameterMappingError("'\(text)' is not a valid JSON path (unclosed '[')")
                }
                let inside = characters[..<close]
                characters = characters[characters.index(after: close)...]
                if let index = Int(inside), index >= 0 {
                    steps.append(.index(index))
                } else if inside.count >= 2, inside.first == "'" || inside.first == "\"", inside.last == inside.first {
                    steps.append(.member(String(inside.dropFirst().dropLast())))
                } else {
                    throw ParameterMappingError("'\(text)' is not a valid JSON path ('[\(inside)]' is not an index or a quoted name)")
                }
                afterBracket = true
            default:
                name.append(character)
                afterBracket = false
            }
        }
        flush()
        if steps.isEmpty { throw ParameterMappingError("'\(text)' is not a valid JSON path") }
        self.steps = steps
    }

    /// The value at this path, or nil when a step is missing.
    public func select(_ value: JSONValue) -> JSONValue? {
        var current = value
        for step in steps {
            switch step {
            case .member(let name):
                guard let next = current[name] else { return nil }
                current = next
            case .index(let index):
                guard let next = current[index] else { return nil }
                current = next
            }
        }
        return current
    }

    public var description: String { text }
}
