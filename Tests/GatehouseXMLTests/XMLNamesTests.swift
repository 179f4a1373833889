import Testing

@testable import GatehouseXML

@Suite struct XMLNamesTests {
    @Test(arguments: [
        ("name", "name"),
        ("first name", "first_x0020_name"),
        ("2fa", "_x0032_fa"),
        ("a:b", "a_x003A_b"),
        ("", "_x_"),
        ("@context", "_x0040_context"),
        ("_x0041_", "_x005F_x0041_"),
        ("x_y", "x_y"),
        ("🚀", "🚀"),
        ("\u{F0000}x", "_x000F0000_x"),
        ("a\u{E000}", "a_xE000_"),
        ("naïve", "naïve"),
        ("-dash", "_x002D_dash"),
    ])
    func encodes(_ name: String, _ encoded: String) {
        #expect(XMLNames.encode(name) == encoded)
        #expect(XMLNames.isNCName(encoded))
        #expect(XMLNames.decode(encoded) == name)
    }

    @Test func decodeLeavesOtherTextAlone() {
        #expect(XMLNames.decode("_x12_") == "_x12_")
        #expect(XMLNames.decode("a_xZZZZ_b") == "a_xZZZZ_b")
        #expect(XMLNames.decode("_x0041_x") == "Ax")
    }

    @Test func optionsAreChecked() {
        var options = XMLConversionOptions()
        options.attributePrefix = "a"
        #expect(throws: XMLConversionError.self) { try XMLToJSON(options: options).convert("<a/>") }
        options = XMLConversionOptions()
        options.textKey = options.mixedKey
        #expect(throws: XMLConversionError.self) { try JSONToXML(options: options).convert(["a": 1]) }
        options = XMLConversionOptions()
        options.rootName = "not a name"
        #expect(throws: XMLConversionError.self) { try JSONToXML(options: options).convert(1) }
    }
}
