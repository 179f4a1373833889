public import GatehouseJSON
internal import OrderedCollections

/// Converts an XML document to JSON by Gatehouse's convention (`docs/xml-json.md`), streaming:
/// libxml2 reports elements as it meets them and no XML tree is built.
///
/// ```swift
/// let json = try XMLToJSON().convert(Array("<a id=\"1\">x</a>".utf8))
/// // {"a": {"@id": "1", "#text": "x"}}
/// ```
public struct XMLToJSON: Sendable {
    public var options: XMLConversionOptions

    public init(options: XMLConversionOptions = XMLConversionOptions()) {
        self.options = options
    }

    /// Parses `bytes` (UTF-8, or the encoding the document declares) safely and converts it.
    public func convert(_ bytes: some Collection<UInt8>) throws(XMLConversionError) -> JSONValue {
        try options.validate()
        let builder = JSONTreeBuilder(options: options)
        let outcome = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(XMLConversionError) in try parse(UnsafeRawBufferPointer(buffer), into: builder) }
        }
        if let outcome {
            try outcome.get()
        } else {
            try Array(bytes).withUnsafeBytes { buffer in
                Result { () throws(XMLConversionError) in try parse(buffer, into: builder) }
            }.get()
        }
        guard let root = builder.root else {
            throw XMLConversionError(code: .malformed, message: "The document has no root element.")
        }
        if options.unwrapsRoot { return root.value }
        return .object(JSONObject([root.name: root.value]))
    }

    /// Converts XML held in a string.
    public func convert(_ text: String) throws(XMLConversionError) -> JSONValue {
        var text = text
        text.makeContiguousUTF8()
        return try convert(text.utf8)
    }

    func parse(_ buffer: UnsafeRawBufferPointer, into builder: some SAXContentHandler) throws(XMLConversionError) {
        let options = self.options
        let naming = SAXNaming(
            keepsPrefixes: options.namespaces == .keepPrefixes,
            elementName: { name in options.decodesNames ? options.decodedElementName(name) : name },
            attributeKey: { name in options.attributePrefix + (options.decodesNames ? XMLNames.decode(name) : name) }
        )
        try SAXParser.parse(buffer, limits: options.limits, naming: naming, handler: builder)
    }
}

extension XMLConversionOptions {
    /// Decodes `_xHHHH_` escapes unless the result would read as an attribute, text or mixed key.
    func decodedElementName(_ name: String) -> String {
        let decoded = XMLNames.decode(name)
        if decoded.hasPrefix(attributePrefix) || decoded.hasPrefix(textKey) || decoded.hasPrefix(mixedKey) { return name }
        return decoded
    }
}

/// Builds the JSON value from SAX events. The state lives behind a pointer (no dynamic
/// exclusivity checks), and open elements share stacks (attributes, children, text runs) instead
/// of owning arrays, so a leaf element costs no allocation beyond its text. Values are moved off
/// the stacks into their parents (no reference counting on the way), each object's values are
/// written once, in their final order, into storage of the exact size, and objects with the same
/// keys share one key array (`KeyShapes`).
final class JSONTreeBuilder: SAXContentHandler {
    private let state: UnsafeMutablePointer<TreeState>

    init(options: XMLConversionOptions) {
        state = .allocate(capacity: 1)
        state.initialize(to: TreeState(options: options))
    }

    deinit {
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var root: (name: String, value: JSONValue)? { state.pointee.root }

    func startElement(name: String, nameID: Int, attributes: [SAXAttribute]) {
        state.pointee.startElement(name: name, nameID: nameID, attributes: attributes)
    }

    func endElement() { state.pointee.endElement() }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        state.pointee.pending.append(bytes)
    }
}

private struct TreeState {
    struct Frame {
        var nameID: Int
        var attributeStart: Int
        var childStart: Int
        var textStart: Int
        /// Whether any text run holds more than whitespace (which makes the content mixed).
        var hasText = false
    }

    var frames: [Frame] = []
    /// Attributes of the open elements, values already converted.
    var attributes = MoveStack<(keyID: Int, value: JSONValue)>(capacity: 32)
    /// Closed children of the open elements.
    var children = MoveStack<(nameID: Int, value: JSONValue)>(capacity: 64)
    /// Text runs between children: the number of the element's children before the run, and
    /// the run's bytes in `textBytes`. Strings are made only for mixed content, so the
    /// whitespace between elements costs a copy and nothing more.
    var texts = MoveStack<(position: Int, start: Int, end: Int)>(capacity: 64)
    var textBytes = ByteBuffer(capacity: 256)
    var pending = ByteBuffer(capacity: 256)
    var root: (name: String, value: JSONValue)?
    /// Set when the last flush (of a frame already popped) found non-whitespace text.
    var flushedText = false

    /// Per element name ID: the name, and whether it is in `forceArray`.
    var names: [String] = []
    var forced: [Bool] = []
    /// Per attribute key ID: the key.
    var attributeKeys: [String] = []
    /// Grouping scratch, indexed by name ID: the group a name has in the element being closed
    /// (valid while `groupStamp` matches).
    var groupSlot: [(stamp: Int, group: Int)] = []
    var groupStamp = 0
    var groups = MoveStack<(nameID: Int, first: Int, last: Int, count: Int)>(capacity: 64)
    /// For each child of the element being closed, the next child with the same name (or -1).
    var nextSame = MoveStack<Int>(capacity: 64)
    var shapes = KeyShapes()
    /// The key list of the object being made (`KeyShapes` tokens).
    var tokens = MoveStack<Int>(capacity: 16)

    let options: XMLConversionOptions

    init(options: XMLConversionOptions) {
        self.options = options
        frames.reserveCapacity(32)
    }

    func release() {
        attributes.release()
        children.release()
        texts.release()
        groups.release()
        nextSame.release()
        tokens.release()
        textBytes.release()
        pending.release()
    }

    mutating func startElement(name: String, nameID: Int, attributes newAttributes: [SAXAttribute]) {
        if nameID >= names.count || names[nameID].isEmpty { register(name, nameID) }
        if !frames.isEmpty, !pending.isEmpty { flushText() }
        frames.append(Frame(nameID: nameID, attributeStart: attributes.count, childStart: children.count, textStart: texts.count))
        for attribute in newAttributes {
            if attribute.keyID >= attributeKeys.count || attributeKeys[attribute.keyID].isEmpty {
                register(attributeKey: attribute.key, attribute.keyID)
            }
            attributes.push((attribute.keyID, scalar(attribute.value)))
        }
    }

    private mutating func register(_ name: String, _ nameID: Int) {
        while names.count <= nameID {
            names.append("")
            forced.append(false)
            groupSlot.append((-1, 0))
        }
        names[nameID] = name
        forced[nameID] = options.forceArray.contains(name)
    }

    private mutating func register(attributeKey key: String, _ keyID: Int) {
        while attributeKeys.count <= keyID { attributeKeys.append("") }
        attributeKeys[keyID] = key
    }

    mutating func endElement() {
        let frame = frames.removeLast()
        let value: JSONValue
        if children.count == frame.childStart {
            value = leaf(frame)
        } else {
            if !pending.isEmpty { flushText(closing: true) }
            let hasText = frame.hasText || flushedText
            flushedText = false
            value = hasText ? mixed(frame) : grouped(frame)
            children.drop(takenFrom: frame.childStart)
            if frame.textStart < texts.count {
                textBytes.count = texts.at(frame.textStart).pointee.start
                texts.drop(takenFrom: frame.textStart)
            }
        }
        attributes.drop(takenFrom: frame.attributeStart)
        if frames.isEmpty {
            root = (names[frame.nameID], value)
        } else {
            children.push((frame.nameID, value))
        }
    }

    // MARK: Values

    /// An element without children: its text, or null, or an object of attributes and text.
    /// Takes the element's attributes.
    private mutating func leaf(_ frame: Frame) -> JSONValue {
        let text = leafText()
        if attributes.count == frame.attributeStart { return text.map(scalar) ?? .null }
        startKeys(frame)
        if text != nil { tokens.push(KeyShapes.textToken) }
        var values = ContiguousArray<JSONValue>()
        values.reserveCapacity(tokens.count)
        takeAttributes(frame, into: &values)
        if let text { values.append(scalar(text)) }
        return object(values)
    }

    private mutating func leafText() -> String? {
        defer { pending.count = 0 }
        var start = 0
        var end = pending.count
        if options.trimsText {
            while start < end, Self.isSpace(pending[start]) { start += 1 }
            while end > start, Self.isSpace(pending[end - 1]) { end -= 1 }
        }
        if start == end { return nil }
        return String(decoding: pending.buffer(start..<end), as: UTF8.self)
    }

    /// Moves the pending text run onto the text stack, for the innermost open element (or, when
    /// `closing`, for the element being closed, which is no longer on the frame stack).
    private mutating func flushText(closing: Bool = false) {
        var isText = false
        for index in 0..<pending.count where !Self.isSpace(pending[index]) {
            isText = true
            break
        }
        if closing {
            flushedText = isText
        } else if isText {
            frames[frames.count - 1].hasText = true
        }
        texts.push((children.count, textBytes.count, textBytes.count + pending.count))
        textBytes.append(pending.buffer(0..<pending.count))
        pending.count = 0
    }

    /// Starts the key list with the element's attributes.
    private mutating func startKeys(_ frame: Frame) {
        tokens.drop(takenFrom: 0)
        for index in frame.attributeStart..<attributes.count {
            tokens.push(KeyShapes.attributeToken(attributes.at(index).pointee.keyID))
        }
    }

    private mutating func takeAttributes(_ frame: Frame, into values: inout ContiguousArray<JSONValue>) {
        for index in frame.attributeStart..<attributes.count { values.append(attributes.take(index).value) }
    }

    /// An object with the keys in `tokens` and `values`, in that order.
    private mutating func object(_ values: consuming ContiguousArray<JSONValue>) -> JSONValue {
        let keys: ContiguousArray<String>
        if tokens.count <= KeyShapes.maximumShared {
            var node = KeyShapes.root
            for index in 0..<tokens.count { node = shapes.next(node, tokens.at(index).pointee) }
            if let known = shapes.keys(at: node) {
                keys = known
            } else {
                keys = makeKeys()
                shapes.setKeys(keys, at: node)
            }
        } else {
            keys = makeKeys()
        }
        return .object(JSONObject(OrderedDictionary(uncheckedUniqueKeys: keys, values: values)))
    }

    private func makeKeys() -> ContiguousArray<String> {
        var keys = ContiguousArray<String>()
        keys.reserveCapacity(tokens.count)
        for index in 0..<tokens.count {
            let token = tokens.at(index).pointee
            switch token & 3 {
            case 0: keys.append(names[token >> 2])
            case 1: keys.append(attributeKeys[token >> 2])
            case 2: keys.append(options.textKey)
            default: keys.append(options.mixedKey)
            }
        }
        return keys
    }

    /// Attributes, then children grouped by name in order of first appearance; a name that
    /// occurs more than once (or is in `forceArray`) holds an array. Takes the element's
    /// attributes and children.
    private mutating func grouped(_ frame: Frame) -> JSONValue {
        groupStamp += 1
        groups.drop(takenFrom: 0)
        nextSame.drop(takenFrom: 0)
        for index in frame.childStart..<children.count {
            nextSame.push(-1)
            let id = children.at(index).pointee.nameID
            if groupSlot[id].stamp == groupStamp {
                let group = groups.at(groupSlot[id].group)
                nextSame.at(group.pointee.last - frame.childStart).pointee = index
                group.pointee.last = index
                group.pointee.count += 1
            } else {
                groupSlot[id] = (groupStamp, groups.count)
                groups.push((id, index, index, 1))
            }
        }
        startKeys(frame)
        for group in 0..<groups.count { tokens.push(KeyShapes.elementToken(groups.at(group).pointee.nameID)) }
        var values = ContiguousArray<JSONValue>()
        values.reserveCapacity(tokens.count)
        takeAttributes(frame, into: &values)
        for slot in 0..<groups.count {
            let group = groups.at(slot).pointee
            if group.count == 1 && !forced[group.nameID] {
                values.append(children.take(group.first).value)
                continue
            }
            var items: [JSONValue] = []
            items.reserveCapacity(group.count)
            var index = group.first
            while index >= 0 {
                items.append(children.take(index).value)
                index = nextSame.at(index - frame.childStart).pointee
            }
            values.append(.array(items))
        }
        return object(values)
    }

    private func text(_ index: Int) -> String {
        let run = texts.at(index).pointee
        return String(decoding: textBytes.buffer(run.start..<run.end), as: UTF8.self)
    }

    /// Attributes, then `#mixed`: text runs (as they are) and one-member objects, in order.
    /// Takes the element's attributes and children.
    private mutating func mixed(_ frame: Frame) -> JSONValue {
        var items: [JSONValue] = []
        items.reserveCapacity(children.count - frame.childStart + texts.count - frame.textStart)
        var next = frame.textStart
        for index in frame.childStart..<children.count {
            while next < texts.count, texts.at(next).pointee.position == index {
                items.append(.string(text(next)))
                next += 1
            }
            let child = children.take(index)
            tokens.drop(takenFrom: 0)
            tokens.push(KeyShapes.elementToken(child.nameID))
            var values = ContiguousArray<JSONValue>()
            values.reserveCapacity(1)
            values.append(child.value)
            items.append(object(values))
        }
        while next < texts.count {
            items.append(.string(text(next)))
            next += 1
        }
        startKeys(frame)
        tokens.push(KeyShapes.mixedToken)
        var values = ContiguousArray<JSONValue>()
        values.reserveCapacity(tokens.count)
        takeAttributes(frame, into: &values)
        values.append(.array(items))
        return object(values)
    }

    private func scalar(_ text: String) -> JSONValue {
        guard options.typedValues else { return .string(text) }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if Self.isJSONNumber(text) { return .number(JSONNumber(text: text)) }
        return .string(text)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// RFC 8259's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        var byte = iterator.next()
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if byte == UInt8(ascii: "-") { byte = iterator.next() }
        if byte == UInt8(ascii: "0") {
            byte = iterator.next()
        } else if isDigit(byte) {
            while isDigit(byte) { byte = iterator.next() }
        } else {
            return false
        }
        if byte == UInt8(ascii: ".") {
            byte = iterator.next()
            guard isDigit(byte) else { return false }
            while isDigit(byte) { byte = iterator.next() }
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            byte = iterator.next()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { byte = iterator.next() }
            guard isDigit(byte) else { return false }
            while isDigit(byte) { byte = iterator.next() }
        }
        return byte == nil
    }
}
