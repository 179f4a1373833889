import Foundation
import GatehouseJSON
import Testing

@testable import GatehouseXML

/// Every document in samples/xml converted with the default convention, written back, and
/// checked for the round-trip guarantee.
@Suite struct ConversionGoldenTests {
    static let documents = GoldenFiles.sampleNames(extension: "xml")

    @Test(arguments: documents)
    func xmlToJSONAndBack(_ name: String) throws {
        let json = try XMLToJSON().convert(GoldenFiles.sample("\(name).xml"))
        GoldenFiles.assert(JSONSerializer.pretty(json) + "\n", matches: "xml-to-json/\(name).json")
        // The direct text path writes exactly what serializing the tree writes.
        #expect(try XMLToJSON().convertToJSONText(GoldenFiles.sample("\(name).xml")) == JSONSerializer.compact(json))

        var pretty = XMLConversionOptions()
        pretty.indent = 2
        let xml = try JSONToXML(options: pretty).convert(json)
        GoldenFiles.assert(xml + "\n", matches: "xml-to-json/\(name).back.xml")

        // JSON from XML is canonical: back to XML (compact or indented) and to JSON again gives
        // the same value, member order included.
        #expect(try XMLToJSON().convert(xml) == json)
        #expect(try XMLToJSON().convert(try JSONToXML().convert(json)) == json)
    }

    /// The same documents under the other options of the convention.
    static let variants: [(document: String, label: String, options: XMLConversionOptions)] = {
        var typed = XMLConversionOptions()
        typed.typedValues = true
        var local = XMLConversionOptions()
        local.namespaces = .localNames
        var forced = XMLConversionOptions()
        forced.forceArray = ["order", "line", "category"]
        var trimmed = XMLConversionOptions()
        trimmed.trimsText = true
        var unwrapped = XMLConversionOptions()
        unwrapped.unwrapsRoot = true
        var keys = XMLConversionOptions()
        keys.attributePrefix = "-"
        keys.textKey = "$"
        keys.mixedKey = "$$"
        return [
            ("attributes", "typed", typed),
            ("soap-envelope", "typed", typed),
            ("soap-envelope", "local-names", local),
            ("atom", "local-names", local),
            ("single-vs-repeated", "force-array", forced),
            ("rss", "force-array", forced),
            ("mixed-content", "trimmed", trimmed),
            ("attributes", "trimmed", trimmed),
            ("rss", "unwrapped", unwrapped),
            ("mixed-content", "custom-keys", keys),
        ]
    }()

    @Test(arguments: variants.indices)
    func variant(_ index: Int) throws {
        let (document, label, options) = Self.variants[index]
        let json = try XMLToJSON(options: options).convert(GoldenFiles.sample("\(document).xml"))
        GoldenFiles.assert(JSONSerializer.pretty(json) + "\n", matches: "variants/\(document).\(label).json")
        #expect(try XMLToJSON(options: options).convertToJSONText(GoldenFiles.sample("\(document).xml")) == JSONSerializer.compact(json))
    }

    /// samples/xml/json: JSON → XML, and what reading that XML back gives.
    static let jsonDocuments = GoldenFiles.sampleNames(in: "json", extension: "json")

    @Test(arguments: jsonDocuments)
    func jsonToXMLAndBack(_ name: String) throws {
        let text = String(decoding: GoldenFiles.sample("json/\(name).json"), as: UTF8.self)
        let json = try JSONParser.parse(text, mode: .strict)
        var options = XMLConversionOptions()
        options.indent = 2
        if name == "api-response" { options.rootName = "response" }
        let xml = try JSONToXML(options: options).convert(json)
        GoldenFiles.assert(xml + "\n", matches: "json-to-xml/\(name).xml")

        options.unwrapsRoot = name == "api-response"
        options.typedValues = true
        let back = try XMLToJSON(options: options).convert(xml)
        GoldenFiles.assert(JSONSerializer.pretty(back) + "\n", matches: "json-to-xml/\(name).back.json")
        #expect(try XMLToJSON(options: options).convertToJSONText(xml) == JSONSerializer.compact(back))
        // Normalizing twice changes nothing.
        #expect(try XMLToJSON(options: options).convert(try JSONToXML(options: options).convert(back)) == back)
    }
}
