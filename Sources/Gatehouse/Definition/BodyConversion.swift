import GatehouseJSON
import GatehouseXML

/// `x-gatehouse-conversion` on an integration: Gatehouse's own XML ⇄ JSON step, which API
/// Gateway does not have. It is off unless an integration asks for it (`docs/extensions.md`).
///
/// ```yaml
/// x-gatehouse-conversion:
///   response: xml-to-json          # the backend's XML body becomes JSON before the template
///   options: {localNames: true, forceArray: [item]}
/// ```
public struct BodyConversion: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case xmlToJSON = "xml-to-json"
        case jsonToXML = "json-to-xml"
    }

    /// Applied to the method request body before the request template (or passthrough).
    public var request: Direction?
    /// `xml-to-json`: applied to the endpoint response body before the integration response
    /// (parameter mappings and templates read the JSON). `json-to-xml`: applied to the method
    /// response body after the template, when the first media type of the client's `Accept` is
    /// an XML type.
    public var response: Direction?
    /// The convention's options (`docs/xml-json.md`).
    public var options: XMLConversionOptions

    public init(request: Direction? = nil, response: Direction? = nil, options: XMLConversionOptions = XMLConversionOptions()) {
        self.request = request
        self.response = response
        self.options = options
    }

    /// Option names as `x-gatehouse-conversion.options` spells them, with what they set.
    static let optionKeys = [
        "forceArray", "typed", "localNames", "trim", "keepEncodedNames", "unwrapRoot", "root", "itemName", "indent", "declaration",
    ]

    /// Reads the extension's value; the error says what is wrong (the caller adds where).
    init(json value: JSONValue) throws(ParameterMappingError) {
        guard case .object(let object) = value else {
            throw ParameterMappingError("must be an object with 'request' and/or 'response' (xml-to-json or json-to-xml) and optional 'options'")
        }
        for key in object.keys where !["request", "response", "options"].contains(key) {
            throw ParameterMappingError("unknown key '\(key)' (expected request, response or options)")
        }
        func direction(_ key: String) throws(ParameterMappingError) -> Direction? {
            guard let raw = object[key] else { return nil }
            guard let text = raw.stringValue, let direction = Direction(rawValue: text) else {
                throw ParameterMappingError("'\(key)' must be xml-to-json or json-to-xml")
            }
            return direction
        }
        request = try direction("request")
        response = try direction("response")
        if request == nil && response == nil {
            throw ParameterMappingError("set 'request' or 'response' (xml-to-json or json-to-xml)")
        }
        options = XMLConversionOptions()
        guard let rawOptions = object["options"] else { return }
        guard case .object(let settings) = rawOptions else { throw ParameterMappingError("'options' must be an object") }
        func flag(_ key: String, _ value: JSONValue) throws(ParameterMappingError) -> Bool {
            guard let flag = value.boolValue else { throw ParameterMappingError("options.\(key) must be true or false") }
            return flag
        }
        func text(_ key: String, _ value: JSONValue) throws(ParameterMappingError) -> String {
            guard let text = value.stringValue else { throw ParameterMappingError("options.\(key) must be a string") }
            return text
        }
        for (key, value) in settings {
            switch key {
            case "forceArray":
                guard case .array(let names) = value, names.allSatisfy({ $0.stringValue != nil }) else {
                    throw ParameterMappingError("options.forceArray must be a list of element names")
                }
                options.forceArray = Set(names.compactMap(\.stringValue))
            case "typed": options.typedValues = try flag(key, value)
            case "localNames": options.namespaces = try flag(key, value) ? .localNames : .keepPrefixes
            case "trim": options.trimsText = try flag(key, value)
            case "keepEncodedNames": options.decodesNames = !(try flag(key, value))
            case "unwrapRoot": options.unwrapsRoot = try flag(key, value)
            case "root": options.rootName = try text(key, value)
            case "itemName": options.itemName = try text(key, value)
            case "declaration": options.writesDeclaration = try flag(key, value)
            case "indent":
                guard let indent = value.numberValue?.intValue, indent >= 0 else { throw ParameterMappingError("options.indent must be a whole number ≥ 0") }
                options.indent = indent
            default:
                throw ParameterMappingError("unknown option '\(key)' (expected \(Self.optionKeys.joined(separator: ", ")))")
            }
        }
        // The converters check their options when they run; run them once now so a bad option
        // is a load-time error, not a request-time one.
        do {
            _ = try JSONToXML(options: options).convert(.object(["a": .null]))
        } catch {
            throw ParameterMappingError("invalid options: \(error)")
        }
    }
}
