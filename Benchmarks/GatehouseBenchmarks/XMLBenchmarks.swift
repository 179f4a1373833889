import Foundation
import GatehouseJSON
import GatehouseXML

/// XML ⇄ JSON conversion (to a `JSONValue` and straight to JSON text) and content checks on a generated ~1 MB catalog (namespaces,
/// attributes, repeated elements, CDATA, mixed content). scripts/bench-xml compares the same
/// conversion with xmllint and xmltodict on 1 MB and 50 MB files.
func xmlBenchmarks() -> [Benchmark] {
    let document = makeCatalog(bytes: 1_000_000)
    let bytes = Array(document.utf8)
    let small = Array(makeCatalog(bytes: 2_000).utf8)
    let converter = XMLToJSON()
    var typedOptions = XMLConversionOptions()
    typedOptions.typedValues = true
    let typed = XMLToJSON(options: typedOptions)
    let json = (try? converter.convert(bytes)) ?? .null
    let writer = JSONToXML()
    let xmlSize = (try? writer.convert(json).utf8.count) ?? 0
    return [
        Benchmark(group: "xml", name: "xml-to-json 1MB", bytes: bytes.count) {
            guard case .object(let root) = try converter.convert(bytes) else { return 0 }
            return root.count
        },
        Benchmark(group: "xml", name: "xml-to-json-text 1MB", bytes: bytes.count) {
            try converter.convertToJSONText(bytes).utf8.count
        },
        Benchmark(group: "xml", name: "xml-to-json typed 1MB", bytes: bytes.count) {
            guard case .object(let root) = try typed.convert(bytes) else { return 0 }
            return root.count
        },
        Benchmark(group: "xml", name: "xml-to-json 2KB", bytes: small.count) {
            guard case .object(let root) = try converter.convert(small) else { return 0 }
            return root.count
        },
        Benchmark(group: "xml", name: "xml-to-json-text 2KB", bytes: small.count) {
            try converter.convertToJSONText(small).utf8.count
        },
        Benchmark(group: "xml", name: "json-to-xml 1MB", bytes: xmlSize) {
            try writer.convert(json).utf8.count
        },
        Benchmark(group: "xml", name: "content-check xml 1MB", bytes: bytes.count) {
            ContentCheck.validate(document, mediaType: "application/xml") == nil ? 1 : 0
        },
    ]
}

/// The same shape scripts/bench-xml generates (deterministic).
private func makeCatalog(bytes target: Int) -> String {
    let words = ["alpha", "beta", "gamma", "delta", "café", "naïve", "東京", "über", "zeta", "omega"]
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog xmlns=\"urn:example:catalog\" xmlns:x=\"urn:example:extra\">\n"
    var index = 0
    while out.utf8.count < target {
        index += 1
        let description = (0..<(5 + next(16))).map { _ in words[next(words.count)] }.joined(separator: " ")
        out += """
              <product id="p\(index)" available="\(index % 3 == 0 ? "false" : "true")">
                <name>Product \(index) \(words[next(words.count)])</name>
                <price currency="EUR">\(next(99_999) / 100).\(next(90) + 10)</price>
                <tag>\(words[next(words.count)])</tag>
                <tag>\(words[next(words.count)])</tag>
                <x:stock warehouse="w\(index % 7)">\(next(500))</x:stock>
                <description>\(description) &amp; more <![CDATA[<b>\(words[next(words.count)])</b>]]></description>
                <note>See <link href="https://example.com/p/\(index)">page \(index)</link> for details.</note>
              </product>

            """
    }
    return out + "</catalog>\n"
}
