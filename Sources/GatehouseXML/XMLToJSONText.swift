internal import GatehouseJSON

extension XMLToJSON {
    /// Converts `bytes` straight to compact JSON text, without building a `JSONValue`: the result
    /// is byte for byte `JSONSerializer.compact(try convert(bytes))`, made several times faster
    /// (no per-object or per-string allocation, nothing to free).
    ///
    /// Whether a child is a single value or one of an array depends on its later siblings, so each
    /// element's children are held as JSON text until the element closes, then written grouped by
    /// name; a document is copied about once per nesting level, never held as a tree.
    public func convertToJSONText(_ bytes: some Collection<UInt8>) throws(XMLConversionError) -> String {
        try options.validate()
        let writer = JSONTextWriter(options: options)
        let outcome = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(XMLConversionError) in try parse(UnsafeRawBufferPointer(buffer), into: writer) }
        }
        if let outcome {
            try outcome.get()
        } else {
            try Array(bytes).withUnsafeBytes { buffer in
                Result { () throws(XMLConversionError) in try parse(buffer, into: writer) }
            }.get()
        }
        guard let text = writer.result() else {
            throw XMLConversionError(code: .malformed, message: "The document has no root element.")
        }
        return text
    }

    /// Converts XML held in a string to compact JSON text (see ``convertToJSONText(_:)-(Collection<UInt8>)``).
    public func convertToJSONText(_ text: String) throws(XMLConversionError) -> String {
        var text = text
        text.makeContiguousUTF8()
        return try convertToJSONText(text.utf8)
    }
}

/// Writes compact JSON text from SAX events by the same rules as `JSONTreeBuilder` (see
/// `docs/xml-json.md`). The state lives behind a pointer, like the tree builder's.
final class JSONTextWriter: SAXContentHandler {
    private let state: UnsafeMutablePointer<TextState>

    init(options: XMLConversionOptions) {
        state = .allocate(capacity: 1)
        state.initialize(to: TextState(options: options))
    }

    deinit {
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The document's JSON text, once the root element has closed.
    func result() -> String? { state.pointee.result() }

    func startElement(name: String, nameID: Int, attributes: [SAXAttribute]) {
        state.pointee.startElement(name: name, nameID: nameID, attributes: attributes)
    }

    func endElement() { state.pointee.endElement() }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        state.pointee.pending.append(bytes)
    }
}

/// A growable byte buffer that owns its memory (``release()`` frees it).
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func release() { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    subscript(index: Int) -> UInt8 { base[index] }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends bytes `range` of this buffer again at its end.
    mutating func appendCopy(of range: Range<Int>) {
        reserve(range.count)
        (base + count).update(from: base + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Moves bytes `from..<count` down to `to` and drops what was between.
    mutating func moveTail(from: Int, to: Int) {
        let length = count - from
        UnsafeMutableRawPointer(base + to).copyMemory(from: base + from, byteCount: length)  // memmove
        count = to + length
    }

    func buffer(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// A JSON string literal for `bytes` (valid UTF-8), escaped as `JSONSerializer` escapes:
    /// `"`, `\`, and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx`).
    mutating func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 2)
        base[count] = UInt8(ascii: "\"")
        count += 1
        var runStart = 0
        while true {
            let index = ByteScanning.firstStringSpecial(in: bytes, from: runStart)
            if runStart < index { append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if index == bytes.count { break }
            reserve(6)
            count += ByteScanning.writeStandardEscape(bytes[index], to: base + count)
            runStart = index + 1
        }
        append(UInt8(ascii: "\""))
    }

    mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString($0) }
    }
}

private struct TextState {
    struct Frame {
        var nameID: Int
        var attributeStart: Int
        var childStart: Int
        var textStart: Int
        /// Where the element's children's JSON text begins in `output`.
        var outputStart: Int
        var hasText = false
    }

    /// Per distinct element name: its key as JSON (`"name"`) and whether it is always an array.
    var keys = ByteBuffer(capacity: 1024)
    var keyRanges: [Range<Int>] = []
    var forcedArray: [Bool] = []
    /// Grouping scratch, indexed by name ID: the group a name has in the element being closed
    /// (valid while `groupStamp` matches).
    var groupSlot: [(stamp: Int, group: Int)] = []
    var groupStamp = 0
    var groups: [(first: Int, last: Int, count: Int)] = []
    var nextSame: [Int] = []

    var frames: [Frame] = []
    var attributes: [SAXAttribute] = []
    /// Closed children of open elements: name ID and the value's JSON text in `output`.
    var children: [(nameID: Int, start: Int, end: Int)] = []
    var texts: [(position: Int, start: Int, end: Int)] = []
    var textBytes = ByteBuffer(capacity: 256)
    var pending = ByteBuffer(capacity: 256)
    var output = ByteBuffer(capacity: 1 << 16)
    var hasRoot = false
    var flushedText = false

    let options: XMLConversionOptions

    init(options: XMLConversionOptions) {
        self.options = options
        frames.reserveCapacity(32)
        children.reserveCapacity(64)
    }

    func release() {
        keys.release()
        textBytes.release()
        pending.release()
        output.release()
    }

    mutating func result() -> String? {
        guard hasRoot, frames.isEmpty else { return nil }
        if !options.unwrapsRoot { output.append(UInt8(ascii: "}")) }
        return String(decoding: output.buffer(0..<output.count), as: UTF8.self)
    }

    mutating func startElement(name: String, nameID: Int, attributes newAttributes: [SAXAttribute]) {
        if nameID == keyRanges.count {
            let start = keys.count
            keys.appendJSONString(name)
            keyRanges.append(start..<keys.count)
            forcedArray.append(options.forceArray.contains(name))
            groupSlot.append((-1, 0))
        }
        if frames.isEmpty {
            // `{"root":` goes first, so the root's value is written in place after it.
            hasRoot = true
            if !options.unwrapsRoot {
                output.append(UInt8(ascii: "{"))
                output.append(keys.buffer(keyRanges[nameID]))
                output.append(UInt8(ascii: ":"))
            }
        }
        if !frames.isEmpty, !pending.isEmpty { flushText() }
        frames.append(
            Frame(nameID: nameID, attributeStart: attributes.count, childStart: children.count, textStart: texts.count, outputStart: output.count)
        )
        if !newAttributes.isEmpty { attributes.append(contentsOf: newAttributes) }
    }

    mutating func endElement() {
        let frame = frames.removeLast()
        if children.count == frame.childStart {
            writeLeaf(frame)
        } else {
            if !pending.isEmpty { flushText(closing: true) }
            let hasText = frame.hasText || flushedText
            flushedText = false
            // Compose after the children's text, then move the result down over it.
            let composed = output.count
            if hasText { writeMixed(frame) } else { writeGrouped(frame) }
            output.moveTail(from: composed, to: frame.outputStart)
            children.removeSubrange(frame.childStart...)
            if frame.textStart < texts.count {
                textBytes.count = texts[frame.textStart].start
                texts.removeSubrange(frame.textStart...)
            }
        }
        attributes.removeSubrange(frame.attributeStart...)
        if !frames.isEmpty { children.append((frame.nameID, frame.outputStart, output.count)) }
    }

    // MARK: Values

    private mutating func writeLeaf(_ frame: Frame) {
        var start = 0
        var end = pending.count
        if options.trimsText {
            while start < end, Self.isSpace(pending[start]) { start += 1 }
            while end > start, Self.isSpace(pending[end - 1]) { end -= 1 }
        }
        let hasText = start < end
        if attributes.count == frame.attributeStart {
            if hasText { writeScalar(pending.buffer(start..<end)) } else { output.append("null") }
        } else {
            output.append(UInt8(ascii: "{"))
            writeAttributes(frame)
            if hasText {
                output.append(UInt8(ascii: ","))
                output.appendJSONString(options.textKey)
                output.append(UInt8(ascii: ":"))
                writeScalar(pending.buffer(start..<end))
            }
            output.append(UInt8(ascii: "}"))
        }
        pending.count = 0
    }

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
        texts.append((children.count, textBytes.count, textBytes.count + pending.count))
        textBytes.append(pending.buffer(0..<pending.count))
        pending.count = 0
    }

    /// `"@a":value,…` without braces.
    private mutating func writeAttributes(_ frame: Frame) {
        for index in frame.attributeStart..<attributes.count {
            if index > frame.attributeStart { output.append(UInt8(ascii: ",")) }
            output.appendJSONString(attributes[index].key)
            output.append(UInt8(ascii: ":"))
            var value = attributes[index].value
            value.withUTF8 { writeScalar($0) }
        }
    }

    private mutating func writeKey(_ nameID: Int) {
        output.append(keys.buffer(keyRanges[nameID]))
        output.append(UInt8(ascii: ":"))
    }

    private mutating func writeChild(_ index: Int) {
        output.appendCopy(of: children[index].start..<children[index].end)
    }

    /// Attributes, then children grouped by name in order of first appearance.
    private mutating func writeGrouped(_ frame: Frame) {
        output.append(UInt8(ascii: "{"))
        writeAttributes(frame)
        var needsComma = attributes.count > frame.attributeStart
        groupStamp += 1
        groups.removeAll(keepingCapacity: true)
        nextSame.removeAll(keepingCapacity: true)
        for index in frame.childStart..<children.count {
            nextSame.append(-1)
            let id = children[index].nameID
            if groupSlot[id].stamp == groupStamp {
                let group = groupSlot[id].group
                nextSame[groups[group].last - frame.childStart] = index
                groups[group].last = index
                groups[group].count += 1
            } else {
                groupSlot[id] = (groupStamp, groups.count)
                groups.append((index, index, 1))
            }
        }
        for group in groups {
            if needsComma { output.append(UInt8(ascii: ",")) }
            needsComma = true
            let id = children[group.first].nameID
            writeKey(id)
            if group.count == 1 && !forcedArray[id] {
                writeChild(group.first)
                continue
            }
            output.append(UInt8(ascii: "["))
            var index = group.first
            while true {
                writeChild(index)
                index = nextSame[index - frame.childStart]
                if index < 0 { break }
                output.append(UInt8(ascii: ","))
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Attributes, then the mixed key: text runs and one-member objects in document order.
    private mutating func writeMixed(_ frame: Frame) {
        output.append(UInt8(ascii: "{"))
        writeAttributes(frame)
        if attributes.count > frame.attributeStart { output.append(UInt8(ascii: ",")) }
        output.appendJSONString(options.mixedKey)
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: "["))
        var first = true
        var next = frame.textStart
        for index in frame.childStart..<children.count {
            while next < texts.count, texts[next].position == index {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                writeText(next)
                next += 1
            }
            if !first { output.append(UInt8(ascii: ",")) }
            first = false
            output.append(UInt8(ascii: "{"))
            writeKey(children[index].nameID)
            writeChild(index)
            output.append(UInt8(ascii: "}"))
        }
        while next < texts.count {
            if !first { output.append(UInt8(ascii: ",")) }
            first = false
            writeText(next)
            next += 1
        }
        output.append(UInt8(ascii: "]"))
        output.append(UInt8(ascii: "}"))
    }

    private mutating func writeText(_ index: Int) {
        output.appendJSONString(textBytes.buffer(texts[index].start..<texts[index].end))
    }

    /// A text or attribute value: a string, or with `typedValues` a boolean or number when it
    /// reads as one.
    private mutating func writeScalar(_ bytes: UnsafeBufferPointer<UInt8>) {
        if options.typedValues, Self.isTrue(bytes) || Self.isFalse(bytes) || Self.isJSONNumber(bytes) {
            output.append(bytes)
        } else {
            output.appendJSONString(bytes)
        }
    }

    private static func isTrue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 4 && bytes[0] == UInt8(ascii: "t") && bytes[1] == UInt8(ascii: "r") && bytes[2] == UInt8(ascii: "u")
            && bytes[3] == UInt8(ascii: "e")
    }

    private static func isFalse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 5 && bytes[0] == UInt8(ascii: "f") && bytes[1] == UInt8(ascii: "a") && bytes[2] == UInt8(ascii: "l")
            && bytes[3] == UInt8(ascii: "s") && bytes[4] == UInt8(ascii: "e")
    }

    /// RFC 8259's number grammar, as `TreeState.isJSONNumber` reads it.
    private static func isJSONNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if isDigit(index) {
            while isDigit(index) { index += 1 }
        } else {
            return false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
