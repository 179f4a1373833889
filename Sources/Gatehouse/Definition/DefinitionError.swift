import Foundation

/// A definition that API Gateway would refuse, located by file and JSON pointer.
public struct DefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// RFC 6901 pointer into the document (`/paths/~1pets/get/x-amazon-apigateway-integration`).
    public var pointer: String
    public var problem: String

    public init(file: String, pointer: String, problem: String) {
        self.file = file
        self.pointer = pointer
        self.problem = problem
    }

    /// `file: at POINTER: problem`.
    public var description: String {
        "\(file): at \(pointer.isEmpty ? "/" : pointer): \(problem)"
    }
}

enum JSONPointer {
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func appending(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }
}
