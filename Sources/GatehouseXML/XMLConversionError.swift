/// Why a document could not be parsed or converted, and where.
///
/// `line` and `column` are 1-based. For XML input they are libxml2's: the column counts
/// characters (Unicode scalars) and points at, or just after, the offending token. For JSON input
/// (JSON → XML) there is no line; `path` names the value (`$.order.items[2]`).
public struct XMLConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. New kinds can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// libxml2 found the document not well-formed (or not namespace-well-formed).
        public static let malformed = Code("malformed")
        /// The bytes are not valid in the document's encoding (for example invalid UTF-8).
        public static let invalidEncoding = Code("invalid encoding")
        /// The document has a DOCTYPE declaration and `XMLParsingLimits.allowsDoctype` is off.
        public static let doctypeRefused = Code("DOCTYPE refused")
        /// The document declares or references an entity (XXE, entity expansion).
        public static let entityRefused = Code("entity refused")
        /// Elements (or JSON values) are nested deeper than the limit.
        public static let tooDeep = Code("too deep")
        /// The document is larger than the limit.
        public static let tooLarge = Code("too large")
        /// JSON → XML: the value needs a single root element (or a root name).
        public static let invalidRoot = Code("invalid root")
        /// JSON → XML: a string holds a character XML 1.0 cannot represent (such as U+0000).
        public static let unrepresentable = Code("unrepresentable character")
        /// The conversion options contradict each other.
        public static let invalidOptions = Code("invalid options")

        public var description: String { name }
    }

    public var code: Code
    /// One sentence, without the location.
    public var message: String
    public var line: Int?
    public var column: Int?
    /// JSON → XML: where in the JSON value the problem is.
    public var path: String?

    public init(code: Code, message: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    /// `line 3, column 7: message`, or `$.a.b: message`, or the bare message.
    public var description: String {
        if let line {
            if let column { return "line \(line), column \(column): \(message)" }
            return "line \(line): \(message)"
        }
        if let path { return "\(path): \(message)" }
        return message
    }
}
