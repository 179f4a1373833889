import OrderedCollections

/// How the execution log prints maps and lists: Java's `AbstractMap.toString` (`{a=1, b=2}`).
enum JavaText {
    static func map(_ pairs: some Sequence<(String, String)>) -> String {
        "{" + pairs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "}"
    }

    static func map(_ dictionary: OrderedDictionary<String, String>) -> String {
        map(dictionary.map { ($0.key, $0.value) })
    }

    static func list(_ values: [String]) -> String {
        "[" + values.joined(separator: ", ") + "]"
    }
}
