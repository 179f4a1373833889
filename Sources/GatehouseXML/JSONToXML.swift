public import GatehouseJSON

/// Converts JSON to XML by Gatehouse's convention (`docs/xml-json.md`), the inverse of
/// `XMLToJSON`. It accepts any JSON value: member names that are not XML names are encoded
/// (`first name` → `first_x0020_name`), and the only failures are a missing root, nesting deeper
/// than `maxJSONDepth`, and characters XML 1.0 cannot hold (U+0000 and most other C0 controls).
///
/// ```swift
/// try JSONToXML().convert(["a": ["@id": "1", "#text": "x"]])
/// // <?xml version="1.0" encoding="UTF-8"?>\n<a id="1">x</a>
/// ```
public struct JSONToXML: Sendable {
    public var options: XMLConversionOptions

    public init(options: XMLConversionOptions = XMLConversionOptions()) {
        self.options = options
    }

    public func convert(_ value: JSONValue) throws(XMLConversionError) -> String {
        try options.validate()
        var writer = XMLWriter(options: options)
        if options.writesDeclaration {
            writer.out.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
            writer.out.append(0x0A)
        }
        if let rootName = options.rootName {
            try writer.element(rootName, value, level: 0, inline: false)
        } else {
            guard case .object(let object) = value, object.count == 1, let member = object.first(where: { _ in true }) else {
                throw XMLConversionError(
                    code: .invalidRoot,
                    message: "JSON → XML needs an object with exactly one member, the root element (\(Self.describe(value))); "
                        + "set a root name to wrap the whole value in one element.",
                    path: "$"
                )
            }
            if case .array = member.value {
                throw XMLConversionError(
                    code: .invalidRoot,
                    message: "The root member '\(member.key)' is an array, which would make several root elements; set a root name.",
                    path: "$"
                )
            }
            writer.path.append(.key(member.key))
            try writer.element(member.key, member.value, level: 0, inline: false)
        }
        return String(decoding: writer.out, as: UTF8.self)
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .object(let object): return "found an object with \(object.count) members"
        case .array: return "found an array"
        case .string: return "found a string"
        case .number: return "found a number"
        case .bool: return "found a boolean"
        case .null: return "found null"
        }
    }
}

/// The writer behind `JSONToXML`: bytes out, a stack of declared namespace prefixes, and the JSON
/// path of the value being written (for errors).
struct XMLWriter {
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    var out: [UInt8] = []
    var path: [PathComponent] = []
    private var prefixes: [[String]] = []
    private let options: XMLConversionOptions

    init(options: XMLConversionOptions) {
        self.options = options
        out.reserveCapacity(4096)
    }

    /// Writes one element per item when `value` is an array (a member's repeated elements),
    /// otherwise one element.
    mutating func member(_ key: String, _ value: JSONValue, level: Int, inline: Bool) throws(XMLConversionError) {
        path.append(.key(key))
        defer { path.removeLast() }
        if case .array(let items) = value {
            for (position, item) in items.enumerated() {
                path.append(.index(position))
                try element(key, item, level: level, inline: inline)
                path.removeLast()
            }
        } else {
            try element(key, value, level: level, inline: inline)
        }
    }

    /// Writes `<name …>…</name>` for one value (an array becomes `item` children). `level` is the
    /// nesting depth; `inline` (inside text) turns indentation off.
    mutating func element(_ key: String, _ value: JSONValue, level: Int, inline: Bool) throws(XMLConversionError) {
        if level >= options.maxJSONDepth {
            throw failure(.tooDeep, "Values are nested deeper than \(options.maxJSONDepth) levels.")
        }
        let object = value.objectValue
        // Declarations first: they are in scope for the element's own name.
        var declared: [String] = []
        if let object {
            for (key, member) in object where key.hasPrefix(options.attributePrefix) {
                let name = key.dropFirst(options.attributePrefix.count)
                if name.hasPrefix("xmlns:"), member.isScalar { declared.append(String(name.dropFirst(6))) }
            }
        }
        prefixes.append(declared)
        defer { prefixes.removeLast() }

        let name = xmlName(key)
        if !inline { newline(level) }
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: name.utf8)

        switch value {
        case .null:
            out.append(contentsOf: "/>".utf8)
        case .string, .number, .bool:
            out.append(UInt8(ascii: ">"))
            try text(value)
            closeTag(name)
        case .array(let items):
            out.append(UInt8(ascii: ">"))
            if items.isEmpty {
                closeTag(name)
                return
            }
            for (position, item) in items.enumerated() {
                path.append(.index(position))
                try element(options.itemName, item, level: level + 1, inline: inline)
                path.removeLast()
            }
            if !inline { newline(level) }
            closeTag(name)
        case .object(let object):
            try objectContent(name, object, level: level, inline: inline)
        }
    }

    private mutating func objectContent(_ name: String, _ object: JSONObject, level: Int, inline outerInline: Bool) throws(XMLConversionError) {
        var children: [(key: String, value: JSONValue)] = []
        var text: JSONValue?
        var mixed: [JSONValue]?
        for (key, member) in object {
            if key.hasPrefix(options.attributePrefix), member.isScalar || member.isNull {
                guard !member.isNull else { continue }
                let attribute = String(key.dropFirst(options.attributePrefix.count))
                let attributeName = attribute.hasPrefix("xmlns:") || attribute == "xmlns" ? attribute : xmlName(attribute)
                out.append(0x20)
                out.append(contentsOf: attributeName.utf8)
                out.append(contentsOf: "=\"".utf8)
                path.append(.key(key))
                try escape(member.scalarText!, attribute: true)
                path.removeLast()
                out.append(UInt8(ascii: "\""))
            } else if key == options.textKey, member.isScalar {
                text = member
            } else if key == options.mixedKey, case .array(let items) = member {
                mixed = items
            } else {
                children.append((key, member))
            }
        }
        if text == nil, mixed == nil, children.isEmpty {
            out.append(contentsOf: "/>".utf8)
            return
        }
        out.append(UInt8(ascii: ">"))
        // Text makes the content mixed: children are then written inline, so that indentation
        // never adds whitespace to the element's text.
        let inline = outerInline || text != nil || mixed != nil
        if let text {
            path.append(.key(options.textKey))
            try self.text(text)
            path.removeLast()
        }
        if let mixed {
            path.append(.key(options.mixedKey))
            for (position, item) in mixed.enumerated() {
                path.append(.index(position))
                switch item {
                case .null: break
                case .string, .number, .bool: try self.text(item)
                case .object(let object):
                    for (key, member) in object { try self.member(key, member, level: level + 1, inline: inline) }
                case .array:
                    try element(options.itemName, item, level: level + 1, inline: inline)
                }
                path.removeLast()
            }
        }
        for child in children {
            try member(child.key, child.value, level: level + 1, inline: inline)
        }
        if !inline { newline(level) }
        closeTag(name)
    }

    private mutating func closeTag(_ name: String) {
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: ">"))
    }

    /// Indentation before a tag: nothing when compact, or before the root.
    private mutating func newline(_ level: Int) {
        guard options.indent > 0, !(level == 0 && out.isEmpty) else { return }
        if level == 0, out.last == 0x0A { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: options.indent * level))
    }

    /// The element or attribute name for a JSON key: the key itself when it is an XML name whose
    /// prefix (if any) is declared in scope, otherwise its encoding.
    private func xmlName(_ key: String) -> String {
        if XMLNames.isNCName(key), !key.contains("_x") { return key }
        if let prefix = XMLNames.prefix(of: key), !key.contains("_x") {
            if prefix == "xml" || prefixes.contains(where: { $0.contains(String(prefix)) }) { return key }
        }
        return XMLNames.encode(key)
    }

    private mutating func text(_ value: JSONValue) throws(XMLConversionError) {
        if let text = value.scalarText { try escape(text, attribute: false) }
    }

    private mutating func escape(_ text: String, attribute: Bool) throws(XMLConversionError) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22 where attribute: out.append(contentsOf: "&quot;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            case 0x09 where attribute: out.append(contentsOf: "&#9;".utf8)
            case 0x0A where attribute: out.append(contentsOf: "&#10;".utf8)
            case 0x09, 0x0A, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
                if scalar.isASCII {
                    out.append(UInt8(scalar.value))
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                throw failure(
                    .unrepresentable,
                    "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) cannot appear in XML 1.0 text."
                )
            }
        }
    }

    private func failure(_ code: XMLConversionError.Code, _ message: String) -> XMLConversionError {
        var text = "$"
        for component in path {
            switch component {
            case .key(let key):
                if XMLNames.isNCName(key), !key.contains("-"), !key.contains(".") {
                    text += "." + key
                } else {
                    text += "['" + key.replacingAll("'", with: "\\'") + "']"
                }
            case .index(let index): text += "[\(index)]"
            }
        }
        return XMLConversionError(code: code, message: message, path: text)
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .string, .number, .bool: return true
        default: return false
        }
    }

    /// The text of a string, number or boolean.
    var scalarText: String? {
        switch self {
        case .string(let string): return string
        case .number(let number): return number.text
        case .bool(let bool): return bool ? "true" : "false"
        default: return nil
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
