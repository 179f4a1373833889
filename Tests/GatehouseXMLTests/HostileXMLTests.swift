import Foundation
import GatehouseJSON
import Testing

@testable import GatehouseXML

/// samples/xml/hostile: every document is refused, with a clear error and libxml2's location,
/// without reading files, touching the network, or expanding anything.
@Suite struct HostileXMLTests {
    static let documents = GoldenFiles.sampleNames(in: "hostile", extension: "xml")

    @Test(arguments: documents)
    func refused(_ name: String) throws {
        let bytes = GoldenFiles.sample("hostile/\(name).xml")
        let start = ContinuousClock.now
        let error = #expect(throws: XMLConversionError.self) { try XMLToJSON().convert(bytes) }
        #expect(ContinuousClock.now - start < .seconds(1))
        guard let error else { return }
        GoldenFiles.assert("\(error.code): \(error)\n", matches: "hostile/\(name).txt")
        #expect(error.line != nil)
        // The direct JSON text path parses with the same settings and fails the same way.
        let textError = #expect(throws: XMLConversionError.self) { try XMLToJSON().convertToJSONText(bytes) }
        #expect(textError == error)
    }

    @Test func xxeNeverReadsTheFileEvenWhenDoctypesAreAllowed() throws {
        var options = XMLConversionOptions()
        options.limits.allowsDoctype = true
        let error = #expect(throws: XMLConversionError.self) {
            try XMLToJSON(options: options).convert(GoldenFiles.sample("hostile/xxe-file.xml"))
        }
        #expect(error?.code == .entityRefused)
        #expect(error?.description == "line 3, column 43: Entity declarations are refused (<!ENTITY xxe …>): external entities and entity expansion are disabled.")
    }

    @Test func billionLaughsIsRefusedAtTheFirstDeclarationWhenDoctypesAreAllowed() throws {
        var options = XMLConversionOptions()
        options.limits.allowsDoctype = true
        let error = #expect(throws: XMLConversionError.self) {
            try XMLToJSON(options: options).convert(GoldenFiles.sample("hostile/billion-laughs.xml"))
        }
        #expect(error?.code == .entityRefused)
        #expect(error?.line == 3)
    }

    @Test func aDoctypeWithoutEntitiesIsAcceptedWhenAllowed() throws {
        var options = XMLConversionOptions()
        options.limits.allowsDoctype = true
        let json = try XMLToJSON(options: options).convert(#"<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a x="1">t</a>"#)
        #expect(json == ["a": ["@x": "1", "#text": "t"]])
        // …but a reference to an entity the (unloaded) DTD might declare is still refused.
        let error = #expect(throws: XMLConversionError.self) {
            try XMLToJSON(options: options).convert(GoldenFiles.sample("hostile/doctype-external.xml"))
        }
        #expect(error?.code == .entityRefused)
        #expect(error?.description == "line 3, column 59: Entity 'nbsp' not defined")
    }

    @Test func depthLimitIsConfigurable() throws {
        let doc = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        var options = XMLConversionOptions()
        options.limits.maxDepth = 19
        let error = #expect(throws: XMLConversionError.self) { try XMLToJSON(options: options).convert(doc) }
        #expect(error?.description == "line 1, column 60: Elements are nested deeper than 19 levels.")
        options.limits.maxDepth = 20
        #expect(throws: Never.self) { try XMLToJSON(options: options).convert(doc) }
    }

    @Test func sizeLimit() throws {
        var options = XMLConversionOptions()
        options.limits.maxDocumentBytes = 10
        let error = #expect(throws: XMLConversionError.self) { try XMLToJSON(options: options).convert("<a>0123456789</a>") }
        #expect(error?.description == "The document is 17 bytes; the limit is 10 bytes.")
    }

    @Test func emptyAndNotXML() throws {
        let empty = #expect(throws: XMLConversionError.self) { try XMLToJSON().convert("") }
        #expect(empty?.description == "line 1, column 1: Document is empty")
        let text = #expect(throws: XMLConversionError.self) { try XMLToJSON().convert("hello") }
        #expect(text?.description == "line 1, column 1: Start tag expected, '<' not found")
    }

    @Test func jsonThatCannotBeXML() throws {
        let control = #expect(throws: XMLConversionError.self) {
            try JSONToXML().convert(["a": ["b": ["x\u{1}y"]]])
        }
        #expect(control?.description == "$.a.b[0]: U+0001 cannot appear in XML 1.0 text.")
        let roots = #expect(throws: XMLConversionError.self) { try JSONToXML().convert(["a": 1, "b": 2]) }
        #expect(
            roots?.description
                == "$: JSON → XML needs an object with exactly one member, the root element (found an object with 2 members); set a root name to wrap the whole value in one element."
        )
        var deep: JSONValue = "x"
        for _ in 0..<600 { deep = ["a": deep] }
        let tooDeep = #expect(throws: XMLConversionError.self) { try JSONToXML().convert(deep) }
        #expect(tooDeep?.code == .tooDeep)
    }
}
