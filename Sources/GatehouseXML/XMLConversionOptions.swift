/// The knobs of Gatehouse's XML ⇄ JSON convention (`docs/xml-json.md`). One value serves both
/// directions; each direction reads the options that concern it.
public struct XMLConversionOptions: Sendable, Hashable {
    /// How element and attribute names carry namespaces.
    public enum Namespaces: Sendable, Hashable {
        /// Names as written (`soap:Envelope`), and `xmlns`/`xmlns:p` declarations kept as
        /// attributes. Lossless.
        case keepPrefixes
        /// Local names only (`Envelope`), declarations dropped. Lossy: two names that differ only
        /// by prefix collide, and the result cannot be turned back into the same XML.
        case localNames
    }

    // MARK: Keys (both directions)

    /// Prefix of the members that hold attributes: `@id`.
    public var attributePrefix: String = "@"
    /// Member that holds an element's text when the element also has attributes.
    public var textKey: String = "#text"
    /// Member that holds mixed content (text and elements interleaved), in order.
    public var mixedKey: String = "#mixed"

    // MARK: XML → JSON

    /// Element names (as they appear as JSON keys) that are always arrays, even when they occur
    /// once, so that the shape does not depend on the count.
    public var forceArray: Set<String> = []
    /// Read text that is exactly a JSON number as a number (keeping its text) and `true`/`false`
    /// as booleans. Off: every value is a string.
    public var typedValues: Bool = false
    public var namespaces: Namespaces = .keepPrefixes
    /// Trim XML whitespace around element text and attribute-free text (not inside mixed content).
    /// Whitespace-only text then makes the element empty (`null`).
    public var trimsText: Bool = false
    /// Decode names that JSON → XML had to encode (`_x0020_` back to a space).
    public var decodesNames: Bool = true
    /// Return the root element's value instead of `{"root": value}`.
    public var unwrapsRoot: Bool = false
    public var limits: XMLParsingLimits = XMLParsingLimits()

    // MARK: JSON → XML

    /// When set, the whole JSON value becomes the content of an element with this name. When
    /// nil, the value must be an object with exactly one member: the root element.
    public var rootName: String?
    /// Name of the elements that hold the items of an array nested directly in an array (or of an
    /// array at the root).
    public var itemName: String = "item"
    /// Spaces per level for pretty-printed XML; 0 writes everything on one line. Elements with
    /// text are never re-indented, so the text is unchanged.
    public var indent: Int = 0
    /// Start with `<?xml version="1.0" encoding="UTF-8"?>` and a newline.
    public var writesDeclaration: Bool = true
    /// The deepest JSON nesting converted.
    public var maxJSONDepth: Int = 512

    public init() {}

    /// Checks that the keys cannot be confused with element names or with each other.
    func validate() throws(XMLConversionError) {
        func fail(_ message: String) -> XMLConversionError {
            XMLConversionError(code: .invalidOptions, message: message)
        }
        for (label, key) in [("attribute prefix", attributePrefix), ("text key", textKey), ("mixed key", mixedKey)] {
            guard let first = key.unicodeScalars.first else { throw fail("The \(label) must not be empty.") }
            if XMLNames.isNameStartChar(first) {
                throw fail("The \(label) '\(key)' must start with a character that cannot start an XML name, such as @, # or -.")
            }
        }
        if textKey == mixedKey { throw fail("The text key and the mixed key must differ.") }
        if textKey.hasPrefix(attributePrefix) || mixedKey.hasPrefix(attributePrefix) {
            throw fail("The text and mixed keys must not start with the attribute prefix '\(attributePrefix)'.")
        }
        if let rootName, !XMLNames.isName(rootName) { throw fail("The root name '\(rootName)' is not an XML name.") }
        if !XMLNames.isNCName(itemName) { throw fail("The item name '\(itemName)' is not an XML name without a colon.") }
        if indent < 0 { throw fail("The indent must not be negative.") }
    }
}
