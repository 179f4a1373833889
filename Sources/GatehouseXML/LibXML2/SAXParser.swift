internal import CLibXML2

/// What the SAX layer reports. Names arrive already shaped by `SAXNaming` (and cached per
/// libxml2 dictionary entry, so a name seen a million times is built once).
protocol SAXContentHandler: AnyObject {
    /// `attributes` lists namespace declarations first (when kept), then attributes, each in
    /// document order; keys are already shaped (`@xmlns:soap`, `@id`). `nameID` numbers the
    /// distinct shaped names from 0 in order of first appearance (equal names, equal IDs), so a
    /// handler can keep per-name data in an array; each attribute's `keyID` numbers the distinct
    /// shaped attribute keys the same way (a numbering of its own).
    func startElement(name: String, nameID: Int, attributes: [SAXAttribute])
    func endElement()
    /// Character data, CDATA included, in one or more pieces per text run.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// An attribute (or kept namespace declaration) as the SAX layer reports it.
struct SAXAttribute {
    /// The shaped key (`@id`, `@xmlns:soap`).
    var key: String
    /// The key's number: equal keys, equal numbers, from 0 in order of first appearance.
    var keyID: Int
    var value: String
}

/// How the SAX layer shapes names before reporting them.
struct SAXNaming {
    /// Keep `prefix:` on names and report namespace declarations as attributes.
    var keepsPrefixes: Bool
    /// Applied once per distinct element name.
    var elementName: (String) -> String
    /// Applied once per distinct attribute name (including `xmlns` / `xmlns:p`).
    var attributeKey: (String) -> String
    /// When false, names are not built at all (a well-formedness check).
    var reportsEvents: Bool = true
}

/// Parses a document with libxml2's SAX2 interface: no tree is built, and the safety options are
/// fixed here (see `XMLParsingLimits`).
///
/// SAX2 rather than the `xmlTextReader` API, for two reasons: the `internalSubset` and
/// `entityDecl` callbacks let us stop at `<!DOCTYPE` or `<!ENTITY` before libxml2 parses a
/// declaration (the reader only reports a DOCTYPE after its whole internal subset, and perhaps
/// the start of the body, has been parsed), and no per-node tree is allocated, which roughly
/// doubles throughput.
enum SAXParser {
    static func parse(
        _ bytes: UnsafeRawBufferPointer,
        limits: XMLParsingLimits,
        naming: SAXNaming,
        handler: any SAXContentHandler
    ) throws(XMLConversionError) {
        if bytes.count > limits.maxDocumentBytes || bytes.count > Int(Int32.max) {
            throw XMLConversionError(
                code: .tooLarge,
                message: "The document is \(bytes.count) bytes; the limit is \(limits.maxDocumentBytes) bytes."
            )
        }
        if bytes.isEmpty {
            throw XMLConversionError(code: .malformed, message: "Document is empty", line: 1, column: 1)
        }
        _ = libxml2Initialized
        // The callbacks reach the session through a raw pointer: no reference counting and no
        // dynamic exclusivity checks on the hot path.
        let session = UnsafeMutablePointer<SAXSession>.allocate(capacity: 1)
        session.initialize(to: SAXSession(limits: limits, naming: naming, handler: handler))
        defer {
            session.deinitialize(count: 1)
            session.deallocate()
        }
        let failure: XMLConversionError? = {
            guard let ctxt = xmlCreateMemoryParserCtxt(bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
            else {
                return XMLConversionError(code: .malformed, message: "libxml2 could not create a parser.")
            }
            defer { xmlFreeParserCtxt(ctxt) }
            // Our handlers replace the default SAX2 ones (which would build a tree, load DTDs and
            // resolve entities). The context owns its handler block, so copy into it.
            ctxt.pointee.sax.pointee = SAXSession.makeHandlerTable()
            ctxt.pointee.userData = UnsafeMutableRawPointer(session)
            session.pointee.ctxt = ctxt
            // NONET: no network. Not NOENT (no entity substitution), not DTDLOAD/DTDATTR/DTDVALID
            // (no DTD loading), not HUGE (libxml2 keeps its depth and amplification limits).
            _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue))
            _ = xmlParseDocument(ctxt)
            session.pointee.ctxt = nil
            if let failure = session.pointee.failure { return failure }
            if ctxt.pointee.wellFormed == 0 || ctxt.pointee.nsWellFormed == 0 {
                return SAXSession.error(from: xmlCtxtGetLastError(ctxt))
            }
            return nil
        }()
        if let failure { throw failure }
    }
}

private let libxml2Initialized: Void = xmlInitParser()

private struct NameKey {
    var prefix: UnsafeRawPointer?
    var local: UnsafeRawPointer
}

/// State shared with the C callbacks through `userData`.
private struct SAXSession {
    let limits: XMLParsingLimits
    let naming: SAXNaming
    let handler: any SAXContentHandler
    var ctxt: xmlParserCtxtPtr?
    var depth = 0
    var failure: XMLConversionError? {
        didSet { failed = failure != nil }
    }
    /// Whether `failure` is set (checked per element without copying the error).
    var failed = false
    var elementNames = NameTable<(name: String, id: Int)>()
    /// The ID of each distinct shaped element name (two libxml2 names can shape to one name).
    var elementNameIDs: [String: Int] = [:]
    var attributeKeys = NameTable<(key: String, id: Int)>()
    /// The ID of each distinct shaped attribute key.
    var attributeKeyIDs: [String: Int] = [:]
    var attributeBuffer: [SAXAttribute] = []

    init(limits: XMLParsingLimits, naming: SAXNaming, handler: any SAXContentHandler) {
        self.limits = limits
        self.naming = naming
        self.handler = handler
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXSession> {
        context!.assumingMemoryBound(to: SAXSession.self)
    }

    /// Records the first failure and stops the parser (allowed from inside a SAX callback).
    mutating func fail(_ code: XMLConversionError.Code, _ message: String) {
        guard failure == nil else { return }
        var line: Int?
        var column: Int?
        if let input = ctxt?.pointee.input {
            line = Int(input.pointee.line)
            column = Int(input.pointee.col)
        }
        failure = XMLConversionError(code: code, message: message, line: line, column: column)
        if let ctxt { xmlStopParser(ctxt) }
    }

    /// An error libxml2 reported, with libxml2's message, line and column.
    static func error(from error: xmlErrorPtr?) -> XMLConversionError {
        guard let error else { return XMLConversionError(code: .malformed, message: "The document is not well-formed.") }
        var message = error.pointee.message.map { String(cString: $0) } ?? "The document is not well-formed."
        while message.last == "\n" || message.last == " " { message.removeLast() }
        message = message.split(separator: "\n").joined(separator: " ")
        let code: XMLConversionError.Code
        switch xmlParserErrors(rawValue: UInt32(error.pointee.code)) {
        case XML_ERR_INVALID_CHAR, XML_ERR_INVALID_ENCODING, XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING:
            code = .invalidEncoding
        case XML_ERR_ENTITY_LOOP, XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_ENTITY_PE_INTERNAL:
            code = .entityRefused
        default:
            code = .malformed
        }
        return XMLConversionError(
            code: code,
            message: message,
            line: error.pointee.line > 0 ? Int(error.pointee.line) : nil,
            column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
        )
    }

    mutating func elementName(prefix: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>) -> (name: String, id: Int) {
        let key = NameKey(prefix: naming.keepsPrefixes ? UnsafeRawPointer(prefix) : nil, local: UnsafeRawPointer(local))
        if let entry = elementNames[key.prefix, key.local] { return entry }
        let name = naming.elementName(Self.qualified(key))
        let id: Int
        if let known = elementNameIDs[name] {
            id = known
        } else {
            id = elementNameIDs.count
            elementNameIDs[name] = id
        }
        elementNames.insert((name, id), prefix: key.prefix, local: key.local)
        return (name, id)
    }

    mutating func attributeKey(prefix: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>) -> (key: String, id: Int) {
        let key = NameKey(prefix: naming.keepsPrefixes ? UnsafeRawPointer(prefix) : nil, local: UnsafeRawPointer(local))
        if let entry = attributeKeys[key.prefix, key.local] { return entry }
        return addAttributeKey(naming.attributeKey(Self.qualified(key)), key)
    }

    private mutating func addAttributeKey(_ name: String, _ key: NameKey) -> (key: String, id: Int) {
        let id: Int
        if let known = attributeKeyIDs[name] {
            id = known
        } else {
            id = attributeKeyIDs.count
            attributeKeyIDs[name] = id
        }
        attributeKeys.insert((name, id), prefix: key.prefix, local: key.local)
        return (name, id)
    }

    private static func qualified(_ key: NameKey) -> String {
        let local = String(cString: key.local.assumingMemoryBound(to: CChar.self))
        guard let prefix = key.prefix else { return local }
        return String(cString: prefix.assumingMemoryBound(to: CChar.self)) + ":" + local
    }

    /// A namespace declaration's attribute name: `xmlns` or `xmlns:p`.
    mutating func namespaceKey(prefix: UnsafePointer<xmlChar>?) -> (key: String, id: Int) {
        let sentinel = UnsafeRawPointer(bitPattern: 1)!
        let key = NameKey(prefix: UnsafeRawPointer(prefix), local: sentinel)
        if let entry = attributeKeys[key.prefix, key.local] { return entry }
        let qualified = prefix.map { "xmlns:" + String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? "xmlns"
        return addAttributeKey(naming.attributeKey(qualified), key)
    }

    // MARK: The handler table

    static func makeHandlerTable() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: use startElementNs/endElementNs/serror
        sax.startElementNs = { context, local, prefix, _, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
            SAXSession.from(context).pointee.startElement(
                local: local!, prefix: prefix,
                namespaceCount: Int(namespaceCount), namespaces: namespaces,
                attributeCount: Int(attributeCount) - Int(defaultedCount), attributes: attributes
            )
        }
        sax.endElementNs = { context, _, _, _ in
            let session = SAXSession.from(context)
            session.pointee.depth -= 1
            if session.pointee.naming.reportsEvents { session.pointee.handler.endElement() }
        }
        let characters: charactersSAXFunc = { context, bytes, length in
            let session = SAXSession.from(context)
            guard session.pointee.naming.reportsEvents, let bytes, length > 0 else { return }
            session.pointee.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        sax.internalSubset = { context, name, _, _ in
            let session = SAXSession.from(context)
            if !session.pointee.limits.allowsDoctype {
                let root = name.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
                session.pointee.fail(
                    .doctypeRefused,
                    "DOCTYPE declarations are refused (<!DOCTYPE \(root) …>): Gatehouse does not load DTDs or expand entities."
                )
            }
        }
        sax.entityDecl = { context, name, _, _, _, _ in
            let session = SAXSession.from(context)
            let entity = name.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
            session.pointee.fail(
                .entityRefused,
                "Entity declarations are refused (<!ENTITY \(entity) …>): external entities and entity expansion are disabled."
            )
        }
        sax.unparsedEntityDecl = { context, name, _, _, _ in
            let session = SAXSession.from(context)
            let entity = name.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
            session.pointee.fail(.entityRefused, "Entity declarations are refused (<!ENTITY \(entity) … NDATA …>).")
        }
        sax.reference = { context, name in
            let session = SAXSession.from(context)
            let entity = name.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
            session.pointee.fail(.entityRefused, "The entity reference &\(entity); is refused: Gatehouse expands only the five predefined entities.")
        }
        // getEntity / getParameterEntity / resolveEntity / externalSubset stay nil: no entity is
        // ever found, and no external subset is ever loaded.
        sax.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let session = SAXSession.from(context)
            if session.pointee.failure == nil {
                session.pointee.failure = SAXSession.error(from: error)
            }
        }
        return sax
    }

    private mutating func startElement(
        local: UnsafePointer<xmlChar>,
        prefix: UnsafePointer<xmlChar>?,
        namespaceCount: Int,
        namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        attributeCount: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        if failed {
            // A recoverable error (such as an undeclared namespace prefix) was reported; stop here.
            if let ctxt { xmlStopParser(ctxt) }
            return
        }
        depth += 1
        if depth > limits.maxDepth {
            fail(.tooDeep, "Elements are nested deeper than \(limits.maxDepth) levels.")
            return
        }
        guard naming.reportsEvents else { return }
        let (name, nameID) = elementName(prefix: prefix, local: local)
        if !attributeBuffer.isEmpty { attributeBuffer.removeAll(keepingCapacity: true) }
        if naming.keepsPrefixes, namespaceCount > 0, let namespaces {
            for index in 0..<namespaceCount {
                let uri = namespaces[2 * index + 1].map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
                let (key, keyID) = namespaceKey(prefix: namespaces[2 * index])
                attributeBuffer.append(SAXAttribute(key: key, keyID: keyID, value: uri))
            }
        }
        if attributeCount > 0, let attributes {
            for index in 0..<attributeCount {
                // localname, prefix, URI, value, end
                let base = 5 * index
                let (key, keyID) = attributeKey(prefix: attributes[base + 1], local: attributes[base]!)
                let start = attributes[base + 3]!
                let end = attributes[base + 4]!
                let value = Self.attributeValue(UnsafeBufferPointer(start: start, count: end - start))
                attributeBuffer.append(SAXAttribute(key: key, keyID: keyID, value: value))
            }
        }
        if attributeBuffer.count > 1 { mergeRepeatedKeys() }
        handler.startElement(name: name, nameID: nameID, attributes: attributeBuffer)
    }

    /// Names that differ in the document can shape to one key (`a:k` and `b:k` with local names,
    /// `_x0041_` and `A` once decoded): the last value wins, at the first one's position.
    private mutating func mergeRepeatedKeys() {
        var index = 1
        while index < attributeBuffer.count {
            let keyID = attributeBuffer[index].keyID
            if let earlier = attributeBuffer[..<index].firstIndex(where: { $0.keyID == keyID }) {
                attributeBuffer[earlier].value = attributeBuffer[index].value
                attributeBuffer.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Without entity substitution libxml2 hands over an attribute's `&` as `&#38;` (for
    /// xmlSAX2 to decode later); every other reference is already resolved, so `&#38;` is the
    /// only sequence left to undo.
    private static func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + 4 < bytes.count, bytes[index + 1] == UInt8(ascii: "#"),
                bytes[index + 2] == UInt8(ascii: "3"), bytes[index + 3] == UInt8(ascii: "8"), bytes[index + 4] == UInt8(ascii: ";")
            {
                out.append(UInt8(ascii: "&"))
                index += 5
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
