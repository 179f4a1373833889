import GatehouseJSON
import GatehouseTestSupport
import Testing

@testable import GatehouseXML

/// Generated documents, converted and compared with the convention of docs/xml-json.md applied
/// directly to the generator's model: many element shapes (more than the converter caches
/// small), elements with more than 15 distinct children, repeated names, attributes, text and
/// mixed content.
@Suite struct GeneratedDocumentTests {
    indirect enum Node {
        case element(name: String, attributes: [(String, String)], content: [Node])
        case text(String)
    }

    struct Generator {
        var random: SplitMix
        init(state: UInt64) { random = SplitMix(seed: state) }
        mutating func below(_ n: Int) -> Int { random.below(n) }

        static let names = (0..<24).map { "e\($0)" } + ["x:a", "x:b", "item", "longer-element-name-here"]
        static let attributeNames = ["id", "k", "x:k", "lang", "a-rather-long-attribute-name", "n"]
        static let words = ["", "1", "12.5", "true", "alpha", "a & b < c", "é東京", "a longer run of text, past 15 bytes", "\"q\""]
        static let spaces = ["\n  ", " ", "\n\t\n"]

        mutating func element(depth: Int) -> Node {
            let name = Self.names[below(depth == 0 ? 4 : Self.names.count)]
            // The root declares the prefix the names use (`@xmlns:x`, first like every declaration).
            var attributes: [(String, String)] = depth == 0 ? [("xmlns:x", "urn:x")] : []
            for attribute in Self.attributeNames where below(5) == 0 {
                attributes.append((attribute, Self.words[below(Self.words.count)]))
            }
            var content: [Node] = []
            let counts = depth <= 1 ? [0, 1, 2, 3, 5, 8, 20, 40] : depth >= 4 ? [0] : [0, 0, 1, 2, 3]
            let childCount = counts[below(counts.count)]
            let mixed = below(4) == 0
            for index in 0..<childCount {
                if mixed, below(2) == 0 {
                    content.append(.text(Self.words[below(Self.words.count - 1) + 1]))
                } else if below(2) == 0 {
                    content.append(.text(Self.spaces[below(Self.spaces.count)]))
                }
                content.append(element(depth: depth + 1))
                if index == childCount - 1, below(3) == 0 { content.append(.text(Self.spaces[0])) }
            }
            if childCount == 0, below(3) > 0 { content.append(.text(Self.words[below(Self.words.count)])) }
            return .element(name: name, attributes: attributes, content: content)
        }
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    static func xml(_ node: Node) -> String {
        switch node {
        case .text(let text):
            return escaped(text)
        case .element(let name, let attributes, let content):
            let attributeText = attributes.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined()
            return "<\(name)\(attributeText)>" + content.map(xml).joined() + "</\(name)>"
        }
    }

    /// The convention, straight from the model (default options).
    static func expected(_ node: Node) -> JSONValue {
        guard case .element(_, let attributes, let content) = node else { return .null }
        var object = JSONObject()
        for (name, value) in attributes { object["@" + name] = .string(value) }
        let children = content.filter { if case .element = $0 { true } else { false } }
        let texts = content.compactMap { if case .text(let text) = $0 { text } else { nil } }
        if children.isEmpty {
            let text = texts.joined()
            if attributes.isEmpty { return text.isEmpty ? .null : .string(text) }
            if !text.isEmpty { object["#text"] = .string(text) }
            return .object(object)
        }
        if texts.contains(where: { $0.contains { !" \n\t\r".contains($0) } }) {
            var items: [JSONValue] = []
            for part in content {
                switch part {
                case .text(let text) where !text.isEmpty:
                    if case .string(let previous)? = items.last {
                        items[items.count - 1] = .string(previous + text)
                    } else {
                        items.append(.string(text))
                    }
                case .element(let name, _, _):
                    items.append(.object([name: expected(part)]))
                default:
                    break
                }
            }
            object["#mixed"] = .array(items)
            return .object(object)
        }
        for child in children {
            guard case .element(let name, _, _) = child else { continue }
            switch object[name] {
            case nil: object[name] = expected(child)
            case .array(let items)?: object[name] = .array(items + [expected(child)])
            case let single?: object[name] = .array([single, expected(child)])
            }
        }
        return .object(object)
    }

    @Test(arguments: 0..<60)
    func followsTheConvention(_ seed: Int) throws {
        var generator = Generator(state: UInt64(seed))
        let root = generator.element(depth: 0)
        guard case .element(let name, _, _) = root else { return }
        let document = Self.xml(root)
        let converter = XMLToJSON()
        #expect(try converter.convert(document) == .object([name: Self.expected(root)]))
        #expect(try converter.convertToJSONText(document) == JSONSerializer.compact(try converter.convert(document)))
    }

    /// The text path equals the serialized tree for every option set on the same documents.
    @Test(arguments: 0..<20, XMLToJSONTextTests.optionSets.indices)
    func textMatchesTheTree(_ seed: Int, _ optionSet: Int) throws {
        var generator = Generator(state: UInt64(seed) &+ 1000)
        let document = Self.xml(generator.element(depth: 0))
        var options = XMLToJSONTextTests.optionSets[optionSet]
        options.forceArray.formUnion(["e1", "e7", "item"])
        let converter = XMLToJSON(options: options)
        #expect(try converter.convertToJSONText(document) == JSONSerializer.compact(try converter.convert(document)))
    }

    /// Objects of one shape share their keys; changing one leaves the others as they were.
    @Test func objectsOfOneShapeAreIndependent() throws {
        let value = try XMLToJSON().convert(#"<r><p id="1"><n>a</n></p><p id="2"><n>b</n></p></r>"#)
        guard case .object(var root) = value, case .object(var r)? = root["r"], case .array(var items)? = r["p"],
            case .object(var first) = items[0]
        else {
            Issue.record("unexpected shape: \(value)")
            return
        }
        first["extra"] = .null
        first["@id"] = nil
        items[0] = .object(first)
        r["p"] = .array(items)
        root["r"] = .object(r)
        #expect(items[0] == .object(["n": .string("a"), "extra": .null]))
        #expect(items[1] == .object(["@id": .string("2"), "n": .string("b")]))
    }
}
