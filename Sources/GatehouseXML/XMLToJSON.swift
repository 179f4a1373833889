public import GatehouseJSON

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
/// exclusivity checks), and open elements share three stacks (attributes, children, text runs)
/// instead of owning arrays, so a leaf element costs no allocation beyond its text.
final class JSONTreeBuilder: SAXContentHandler {
    private let state: UnsafeMutablePointer<TreeState>

    init(options: XMLConversionOptions) {
        state = .allocate(capacity: 1)
        state.initialize(to: TreeState(options: options))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var root: (name: String, value: JSONValue)? { state.pointee.root }

    func startElement(name: String, nameID: Int, attributes: [(key: String, value: String)]) {
        state.pointee.startElement(name: name, attributes: attributes)
    }

    func endElement() { state.pointee.endElement() }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        state.pointee.pending.append(contentsOf: bytes)
    }
}

private struct TreeState {
    struct Frame {
        var name: String
        var attributeStart: Int
        var childStart: Int
        var textStart: Int
        /// Whether any text run holds more than whitespace (which makes the content mixed).
        var hasText = false
    }

    var frames: [Frame] = []
    var attributes: [(key: String, value: String)] = []
    var children: [(name: String, value: JSONValue)] = []
    /// Text runs between children: the number of the element's children before the run, and
    /// the run's bytes in `textBytes`. Strings are made only for mixed content, so the
    /// whitespace between elements costs a copy and nothing more.
    var texts: [(position: Int, start: Int, end: Int)] = []
    var textBytes: [UInt8] = []
    var pending: [UInt8] = []
    var root: (name: String, value: JSONValue)?

    let forceArray: Set<String>
    let typedValues: Bool
    let trimsText: Bool
    let textKey: String
    let mixedKey: String

    init(options: XMLConversionOptions) {
        forceArray = options.forceArray
        typedValues = options.typedValues
        trimsText = options.trimsText
        textKey = options.textKey
        mixedKey = options.mixedKey
        pending.reserveCapacity(256)
        frames.reserveCapacity(32)
        children.reserveCapacity(64)
    }

    mutating func startElement(name: String, attributes newAttributes: [(key: String, value: String)]) {
        if !frames.isEmpty, !pending.isEmpty { flushText() }
        frames.append(Frame(name: name, attributeStart: attributes.count, childStart: children.count, textStart: texts.count))
        if !newAttributes.isEmpty { attributes.append(contentsOf: newAttributes) }
    }

    mutating func endElement() {
        let frame = frames.removeLast()
        let value: JSONValue
        if children.count == frame.childStart {
            let text = leafText()
            if attributes.count == frame.attributeStart {
                value = text.map(scalar) ?? .null
            } else {
                var keys = attributeKeys(frame, extra: 1)
                var values = attributeValues(frame, extra: 1)
                if let text {
                    keys.append(textKey)
                    values.append(scalar(text))
                }
                value = .object(JSONObject(.init(uncheckedUniqueKeys: keys, values: values)))
            }
        } else {
            if !pending.isEmpty { flushText(closing: true) }
            let hasText = frame.hasText || flushedText
            flushedText = false
            value = hasText ? mixed(frame) : grouped(frame)
            children.removeSubrange(frame.childStart...)
            if frame.textStart < texts.count {
                textBytes.removeSubrange(texts[frame.textStart].start...)
                texts.removeSubrange(frame.textStart...)
            }
        }
        attributes.removeSubrange(frame.attributeStart...)
        if frames.isEmpty {
            root = (frame.name, value)
        } else {
            children.append((frame.name, value))
        }
    }

    /// Set when the last flush (of a frame already popped) found non-whitespace text.
    private var flushedText = false

    // MARK: Values

    private mutating func leafText() -> String? {
        defer { pending.removeAll(keepingCapacity: true) }
        if pending.isEmpty { return nil }
        if trimsText {
            var start = 0
            var end = pending.count
            while start < end, Self.isSpace(pending[start]) { start += 1 }
            while end > start, Self.isSpace(pending[end - 1]) { end -= 1 }
            if start == end { return nil }
            return pending.withUnsafeBufferPointer { String(decoding: $0[start..<end], as: UTF8.self) }
        }
        return String(decoding: pending, as: UTF8.self)
    }

    /// Moves the pending text run onto the text stack, for the innermost open element (or, when
    /// `closing`, for the element being closed, which is no longer on the frame stack).
    private mutating func flushText(closing: Bool = false) {
        let isText = pending.contains(where: { !Self.isSpace($0) })
        if closing {
            flushedText = isText
        } else if isText {
            frames[frames.count - 1].hasText = true
        }
        texts.append((children.count, textBytes.count, textBytes.count + pending.count))
        textBytes.append(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    private func attributeKeys(_ frame: Frame, extra: Int) -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(attributes.count - frame.attributeStart + extra)
        for index in frame.attributeStart..<attributes.count { keys.append(attributes[index].key) }
        return keys
    }

    private func attributeValues(_ frame: Frame, extra: Int) -> [JSONValue] {
        var values: [JSONValue] = []
        values.reserveCapacity(attributes.count - frame.attributeStart + extra)
        for index in frame.attributeStart..<attributes.count { values.append(scalar(attributes[index].value)) }
        return values
    }

    /// Attributes, then children grouped by name in order of first appearance; a name that
    /// occurs more than once (or is in `forceArray`) holds an array.
    private func grouped(_ frame: Frame) -> JSONValue {
        let childCount = children.count - frame.childStart
        var keys = attributeKeys(frame, extra: childCount)
        var values = attributeValues(frame, extra: childCount)
        let firstChildKey = keys.count
        // Small elements: find repeats by scanning; larger ones: by a dictionary.
        var positions: [String: Int]? = childCount > 12 ? [:] : nil
        for index in frame.childStart..<children.count {
            let child = children[index]
            var found: Int?
            if positions != nil {
                found = positions![child.name]
            } else {
                var position = firstChildKey
                while position < keys.count {
                    if keys[position] == child.name {
                        found = position
                        break
                    }
                    position += 1
                }
            }
            if let found {
                Self.appendOccurrence(&values[found], child.value)
            } else {
                positions?[child.name] = keys.count
                keys.append(child.name)
                values.append(!forceArray.isEmpty && forceArray.contains(child.name) ? .array([child.value]) : child.value)
            }
        }
        return .object(JSONObject(.init(uncheckedUniqueKeys: keys, values: values)))
    }

    private func text(_ index: Int) -> String {
        textBytes.withUnsafeBufferPointer { String(decoding: $0[texts[index].start..<texts[index].end], as: UTF8.self) }
    }

    /// An element value is never an array, so an array here already collects occurrences.
    private static func appendOccurrence(_ slot: inout JSONValue, _ value: JSONValue) {
        if case .array(var items) = slot {
            slot = .null  // leave `items` uniquely referenced so the append does not copy
            items.append(value)
            slot = .array(items)
        } else {
            slot = .array([slot, value])
        }
    }

    /// Attributes, then `#mixed`: text runs (as they are) and one-member objects, in order.
    private func mixed(_ frame: Frame) -> JSONValue {
        var items: [JSONValue] = []
        items.reserveCapacity(children.count - frame.childStart + texts.count - frame.textStart)
        var next = frame.textStart
        for index in frame.childStart..<children.count {
            let position = index - frame.childStart
            while next < texts.count, texts[next].position - frame.childStart == position {
                items.append(.string(text(next)))
                next += 1
            }
            let child = children[index]
            items.append(.object(JSONObject(.init(uncheckedUniqueKeys: [child.name], values: [child.value]))))
        }
        while next < texts.count {
            items.append(.string(text(next)))
            next += 1
        }
        var keys = attributeKeys(frame, extra: 1)
        var values = attributeValues(frame, extra: 1)
        keys.append(mixedKey)
        values.append(.array(items))
        return .object(JSONObject(.init(uncheckedUniqueKeys: keys, values: values)))
    }

    private func scalar(_ text: String) -> JSONValue {
        guard typedValues else { return .string(text) }
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
