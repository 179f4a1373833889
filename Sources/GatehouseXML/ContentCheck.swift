internal import GatehouseJSON

/// Checks that text parses as the media type it is sent under, for JSON and XML media types.
///
/// ```swift
/// ContentCheck.validate("{\"a\": }", mediaType: "application/json")
/// // line 1, column 7: Unexpected character '}', expected a value
/// ```
public enum ContentCheck {
    /// The syntaxes Gatehouse can check.
    public enum Syntax: String, Sendable, Hashable {
        case json = "JSON"
        case xml = "XML"
    }

    /// The syntax a media type promises: `application/json` and `*/*+json` are JSON;
    /// `application/xml`, `text/xml` and `*/*+xml` are XML; anything else is not checked.
    /// Parameters (`; charset=utf-8`) and case are ignored.
    public static func syntax(ofMediaType mediaType: String) -> Syntax? {
        var essence = Substring(mediaType)
        if let semicolon = essence.firstIndex(of: ";") { essence = essence[..<semicolon] }
        let type = essence.trimmingSpaces.lowercased()
        guard let slash = type.firstIndex(of: "/"), slash != type.startIndex, type.index(after: slash) != type.endIndex else {
            return nil
        }
        let subtype = type[type.index(after: slash)...]
        if type == "application/json" || subtype.hasSuffix("+json") { return .json }
        if type == "application/xml" || type == "text/xml" || subtype.hasSuffix("+xml") { return .xml }
        return nil
    }

    /// The first syntax error in `text` for `mediaType`, or nil when the text parses (or the media
    /// type is not one Gatehouse checks). An empty body (nothing but whitespace) is accepted for
    /// every media type: it means "no content", not malformed content.
    ///
    /// XML is parsed with the same safe settings as the converter, except that a DOCTYPE is
    /// accepted (entity declarations in it are still refused).
    public static func validate(_ text: String, mediaType: String) -> ContentCheckFailure? {
        guard let syntax = syntax(ofMediaType: mediaType) else { return nil }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        switch syntax {
        case .json:
            do {
                _ = try JSONParser.parse(text, mode: .strict)
                return nil
            } catch {
                return ContentCheckFailure(mediaType: mediaType, syntax: .json, message: error.message, line: error.line, column: error.column)
            }
        case .xml:
            var text = text
            text.makeContiguousUTF8()
            let failure: XMLConversionError? = text.utf8.withContiguousStorageIfAvailable { buffer -> XMLConversionError? in
                let naming = SAXNaming(keepsPrefixes: true, elementName: { $0 }, attributeKey: { $0 }, reportsEvents: false)
                do throws(XMLConversionError) {
                    try SAXParser.parse(
                        UnsafeRawBufferPointer(buffer),
                        limits: XMLParsingLimits(maxDocumentBytes: Int(Int32.max), allowsDoctype: true),
                        naming: naming,
                        handler: NoContentHandler()
                    )
                    return nil
                } catch {
                    return error
                }
            } ?? nil
            guard let failure else { return nil }
            return ContentCheckFailure(mediaType: mediaType, syntax: .xml, message: failure.message, line: failure.line, column: failure.column)
        }
    }
}

/// Why text does not parse as its media type: the first error, with its 1-based line and column
/// (for JSON the column counts Unicode scalars; for XML it is libxml2's).
public struct ContentCheckFailure: Sendable, Hashable, CustomStringConvertible {
    public var mediaType: String
    public var syntax: ContentCheck.Syntax
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(mediaType: String, syntax: ContentCheck.Syntax, message: String, line: Int?, column: Int?) {
        self.mediaType = mediaType
        self.syntax = syntax
        self.message = message
        self.line = line
        self.column = column
    }

    /// `not valid JSON for application/json: line 1, column 7: Unexpected character '}', expected a value`
    public var description: String {
        var location = ""
        if let line {
            location = "line \(line)"
            if let column { location += ", column \(column)" }
            location += ": "
        }
        return "not valid \(syntax.rawValue) for \(mediaType): \(location)\(message)"
    }
}

private final class NoContentHandler: SAXContentHandler {
    func startElement(name: String, nameID: Int, attributes: [SAXAttribute]) {}
    func endElement() {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
