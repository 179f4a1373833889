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
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// Every value of `name`, in order.
    public func values(_ name: String) -> [String] {
        let lower = name.lowercased()
        return fields.filter { $0.name.lowercased() == lower }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public mutating func append(_ name: String, _ value: String) {
        fields.append(HeaderField(name: name, value: value))
    }

    /// Replaces every field named `name` with one field (at the first one's position).
    public mutating func set(_ name: String, _ value: String) {
        let lower = name.lowercased()
        if let index = fields.firstIndex(where: { $0.name.lowercased() == lower }) {
            fields[index] = HeaderField(name: name, value: value)
            var position = fields.index(after: index)
            while position < fields.endIndex {
                if fields[position].name.lowercased() == lower { fields.remove(at: position) } else { position += 1 }
            }
        } else {
            append(name, value)
        }
    }

    public mutating func remove(_ name: String) {
        let lower = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lower }
    }

    /// One value per name (the last one wins, at the first one's position), as API Gateway's
    /// single-value maps keep them.
    public var singleValues: OrderedDictionary<String, String> {
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
