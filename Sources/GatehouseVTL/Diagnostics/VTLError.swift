/// A template that could not be parsed or rendered, located in the template's text.
public struct VTLError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The template's syntax is wrong.
        case parse
        /// Evaluation failed (a Java method threw, a macro recursed too deep, ...).
        case render
        /// A limit in `VTLLimits` was exceeded.
        case limit
    }

    public var kind: Kind
    /// What went wrong, without the location (`Encountered "#end" ...`).
    public var message: String
    public var location: SourceLocation
    public var templateName: String
    /// The text of the offending line, for the caret snippet.
    public var sourceLine: String?

    public init(kind: Kind, message: String, location: SourceLocation, templateName: String, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.templateName = templateName
        self.sourceLine = sourceLine
    }

    /// `name:line:col: error: message`, then the line and a caret under the column.
    public var description: String {
        var text = "\(templateName):\(location.line):\(location.column): error: \(message)"
        if let sourceLine {
            text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^"
        }
        return text
    }
}
