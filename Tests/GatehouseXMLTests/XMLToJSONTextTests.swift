import GatehouseJSON
import Testing

@testable import GatehouseXML

/// `convertToJSONText` writes JSON text without a tree; it must equal serializing the tree.
@Suite struct XMLToJSONTextTests {
    static let documents: [String] = [
        "<a/>",
        "<a></a>",
        "<a> x </a>",
        #"<a id="1" b="&quot;q&quot; \ &amp; &lt;">x</a>"#,
        #"<a id="1"/>"#,
        "<a><b>1</b><c/><b>2</b><d><b>3</b></d><b>4</b></a>",
        "<p>Hi <b>you</b>! <i a=\"1\">there</i><br/></p>",
        "<p x=\"y\">\n  <q>1</q>\n  text\n  <q>2</q>\n</p>",
        "<r>\n  <s>\n    <t>  </t>\n  </s>\n</r>",
        "<r>tab&#9;nl&#10;cr&#13;bs\\quote\"é東京😀</r>",
        "<r><![CDATA[<b>x</b>]]> &amp; <![CDATA[y]]></r>",
        #"<soap:Envelope xmlns:soap="urn:s" xmlns="urn:d"><soap:Body><x:a xmlns:x="urn:x" x:k="v">1</x:a><a>2</a></soap:Body></soap:Envelope>"#,
        #"<r xmlns:a="urn:a" xmlns:b="urn:b"><a:x>1</a:x><b:x>2</b:x><x a:k="1" b:k="2"/></r>"#,
        "<r><n>12.50</n><n>-0</n><n>012</n><n>1e5</n><n>1.</n><t>true</t><f>false</f><s> 1</s><e></e></r>",
        "<r><first_x0020_name>A</first_x0020_name><_x0041_>b</_x0041_><A>c</A></r>",
        "<r><order><line>1</line></order><category/></r>",
        "<r>  <a>1</a>  </r>",
        "<r><a>1</a>x</r>",
        "<r>x<a>1</a></r>",
    ]

    static let optionSets: [XMLConversionOptions] = {
        var typed = XMLConversionOptions()
        typed.typedValues = true
        var local = XMLConversionOptions()
        local.namespaces = .localNames
        var forced = XMLConversionOptions()
        forced.forceArray = ["order", "line", "category", "b", "a", "n"]
        var trimmed = XMLConversionOptions()
        trimmed.trimsText = true
        var unwrapped = XMLConversionOptions()
        unwrapped.unwrapsRoot = true
        var keys = XMLConversionOptions()
        keys.attributePrefix = "-"
        keys.textKey = "$"
        keys.mixedKey = "$$"
        var encoded = XMLConversionOptions()
        encoded.decodesNames = false
        return [XMLConversionOptions(), typed, local, forced, trimmed, unwrapped, keys, encoded]
    }()

    @Test(arguments: documents.indices, optionSets.indices)
    func matchesTheTree(_ document: Int, _ optionSet: Int) throws {
        let converter = XMLToJSON(options: Self.optionSets[optionSet])
        let text = Self.documents[document]
        let direct = try converter.convertToJSONText(text)
        let serialized = JSONSerializer.compact(try converter.convert(text))
        #expect(direct == serialized)
    }

    @Test func writesCompactJSON() throws {
        let text = try XMLToJSON().convertToJSONText("<a id=\"1\"><b>x</b><c/><b>y\n</b>z</a>")
        #expect(text == ##"{"a":{"@id":"1","#mixed":[{"b":"x"},{"c":null},{"b":"y\n"},"z"]}}"##)
        let grouped = try XMLToJSON().convertToJSONText("<a>\n <b>x</b>\n <c/>\n <b>y</b>\n</a>")
        #expect(grouped == #"{"a":{"b":["x","y"],"c":null}}"#)
        var local = XMLConversionOptions()
        local.namespaces = .localNames
        let merged = try XMLToJSON(options: local).convertToJSONText(#"<r xmlns:a="u:a" xmlns:b="u:b" a:k="1" j="0" b:k="2"/>"#)
        #expect(merged == #"{"r":{"@k":"2","@j":"0"}}"#)
    }

    @Test func refusesWhatTheTreeRefuses() {
        for document in ["", "<a>", "<a></b>", "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"] {
            #expect(throws: XMLConversionError.self) { try XMLToJSON().convertToJSONText(document) }
        }
        var shallow = XMLConversionOptions()
        shallow.limits.maxDepth = 3
        #expect(throws: XMLConversionError.self) { try XMLToJSON(options: shallow).convertToJSONText("<a><b><c><d/></c></b></a>") }
    }
}
