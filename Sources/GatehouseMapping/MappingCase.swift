import GatehouseJSON
import OrderedCollections

/// A template with one request's inputs, in the case-file format Gatehouse shares with the
/// Velocity oracle:
///
///     {"template": "...", "body": "...",
///      "params": {"path": {}, "querystring": {}, "header": {}},
///      "context": {...}, "stageVariables": {...}}
///
/// Every field is optional; a missing template reads as empty text.
public struct MappingCase: Sendable {
    public var template: String
    public var input: MappingInput

    public init(template: String, input: MappingInput) {
        self.template = template
        self.input = input
    }

    /// Reads a case from its JSON text. Throws `MappingCaseError` naming the field at fault.
    public init(json text: String) throws(MappingCaseError) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(text, mode: .strict)
        } catch {
            throw MappingCaseError(message: "not valid JSON: \(error)")
        }
        try self.init(document: document)
    }

    public init(document: JSONValue) throws(MappingCaseError) {
        guard case .object(let root) = document else { throw MappingCaseError(message: "a case must be a JSON object") }
        self.template = try Self.string(root["template"], field: "template") ?? ""
        var input = MappingInput()
        input.body = try Self.string(root["body"], field: "body") ?? ""
        if let params = root["params"], !params.isNull {
            guard case .object(let locations) = params else { throw MappingCaseError(message: "params must be an object") }
            input.parameters = MappingParameters(
                path: try Self.stringMap(locations["path"], field: "params.path"),
                querystring: try Self.stringMap(locations["querystring"], field: "params.querystring"),
                header: try Self.stringMap(locations["header"], field: "params.header")
            )
        }
        if let context = root["context"], !context.isNull {
            guard case .object(let object) = context else { throw MappingCaseError(message: "context must be an object") }
            input.context = object
        }
        input.stageVariables = try Self.stringMap(root["stageVariables"], field: "stageVariables")
        self.input = input
    }

    private static func string(_ value: JSONValue?, field: String) throws(MappingCaseError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw MappingCaseError(message: "\(field) must be a string")
        }
    }

    /// An object of scalars, read as Java's `String.valueOf` would print each value.
    private static func stringMap(_ value: JSONValue?, field: String) throws(MappingCaseError) -> OrderedDictionary<String, String> {
        switch value {
        case nil, .null?: return [:]
        case .object(let object)?:
            var result = OrderedDictionary<String, String>()
            for (key, member) in object {
                switch member {
                case .string(let text): result[key] = text
                case .number(let number): result[key] = number.text
                case .bool(let bool): result[key] = bool ? "true" : "false"
                case .null: result[key] = "null"
                default: throw MappingCaseError(message: "\(field).\(key) must be a string")
                }
            }
            return result
        default:
            throw MappingCaseError(message: "\(field) must be an object")
        }
    }
}

/// A case file that does not have the expected shape.
public struct MappingCaseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
