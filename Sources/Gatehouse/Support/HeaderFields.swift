import OrderedCollections

/// HTTP header fields in arrival order, names compared without case, repeated names kept.
public struct HeaderFields: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, value: String)
    public private(set) var fields: [HeaderField]

    public struct HeaderField: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init() { fields = [] }

    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { HeaderField(name: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public func makeIterator() -> some IteratorProtocol<Element> {
        fields.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }

    public var isEmpty: Bool { fields.isEmpty }
    public var count: Int { fields.count }

    /// The first value of `name` (case-insensitive).
    public subscript(name: String) -> String? {
        for field in fields where Self.sameName(field.name, name) { return field.value }
        return nil
    }

    /// Every value of `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// Whether two field names are equal ignoring case: ASCII letters compared byte by byte
    /// without building lower-cased copies; a name with any other byte outside ASCII falls back
    /// to `lowercased()`, as before.
    @inline(__always)
    static func sameName(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        let answer: Bool? = left.withUTF8 { a in
            right.withUTF8 { b in
                guard a.count == b.count else {
                    // Lower-casing can change the length of non-ASCII text only.
                    return a.contains(where: { $0 >= 0x80 }) || b.contains(where: { $0 >= 0x80 }) ? nil : false
                }
                for index in 0..<a.count {
                    let x = a[index]
                    let y = b[index]
                    if x == y { continue }
                    if x >= 0x80 || y >= 0x80 { return nil }
                    // ASCII letters differ in bit 0x20 only; anything else that differs is different.
                    guard x | 0x20 == y | 0x20, (x | 0x20) >= UInt8(ascii: "a"), (x | 0x20) <= UInt8(ascii: "z") else { return false }
                }
                return true
            }
        }
        return answer ?? (left.lowercased() == right.lowercased())
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public mutating func append(_ name: String, _ value: String) {
        fields.append(HeaderField(name: name, value: value))
    }

    /// Replaces every field named `name` with one field (at the first one's position).
    public mutating func set(_ name: String, _ value: String) {
        if let index = fields.firstIndex(where: { Self.sameName($0.name, name) }) {
            fields[index] = HeaderField(name: name, value: value)
            var position = fields.index(after: index)
            while position < fields.endIndex {
                if Self.sameName(fields[position].name, name) { fields.remove(at: position) } else { position += 1 }
            }
        } else {
            append(name, value)
        }
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { Self.sameName($0.name, name) }
    }

    /// One value per name (the last one wins, at the first one's position), as API Gateway's
    /// single-value maps keep them.
    public var singleValues: OrderedDictionary<String, String> {
        if fields.count <= 16 {
            // A request's few headers: compare names pairwise rather than lower-case each one.
            var result = OrderedDictionary<String, String>(minimumCapacity: fields.count)
            for index in fields.indices {
                let field = fields[index]
                let first = fields[..<index].first { Self.sameName($0.name, field.name) }
                result[first?.name ?? field.name] = field.value
            }
            return result
        }
        var result = OrderedDictionary<String, String>()
        var spelled: [String: String] = [:]
        for field in fields {
            let lower = field.name.lowercased()
            if let existing = spelled[lower] {
                result[existing] = field.value
            } else {
                spelled[lower] = field.name
                result[field.name] = field.value
            }
        }
        return result
    }

    /// All values per name, in order.
    public var multiValues: OrderedDictionary<String, [String]> {
        var result = OrderedDictionary<String, [String]>()
        var spelled: [String: String] = [:]
        for field in fields {
            let lower = field.name.lowercased()
            let key = spelled[lower] ?? field.name
            spelled[lower] = key
            result[key, default: []].append(field.value)
        }
        return result
    }
}
