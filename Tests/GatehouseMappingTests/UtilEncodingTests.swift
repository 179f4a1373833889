import Foundation
import GatehouseMapping
import Testing

/// `$util.urlEncode` against `java.net.URLEncoder.encode(s, "UTF-8")`'s rule, written out the
/// plain way here: letters, digits and `.-*_` stay, a space becomes `+`, every other UTF-8 byte
/// becomes `%XX` with upper-case digits.
@Suite("$util.urlEncode byte by byte")
struct UtilEncodingTests {
    private static func javaURLEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || ".-*_".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else if byte == 0x20 {
                out += "+"
            } else {
                out += "%" + String(format: "%02X", byte)
            }
        }
        return out
    }

    private func render(_ value: String) throws -> String {
        let template = "$util.urlEncode($input.path('$.v'))"
        let body = "{\"v\": \"" + value.unicodeScalars.map { "\\u" + String(format: "%04x", $0.value) }.joined()
        // Characters outside the BMP go in as their UTF-16 surrogate pair escapes.
        return try MappingTemplate(source: template).render(MappingInput(body: body + "\"}"), dialect: .velocity).body
    }

    @Test func everyASCIICharacter() throws {
        let all = String(String.UnicodeScalarView((1...127).compactMap(Unicode.Scalar.init)))
        #expect(try render(all) == Self.javaURLEncode(all))
    }

    @Test func multiByteCharacters() throws {
        let text = "é ü 中文 — ÿ\u{80}\u{7FF}\u{800}\u{FFFF}"
        #expect(try render(text) == Self.javaURLEncode(text))
        #expect(try render("a b") == "a+b")
        #expect(try render("") == "")
    }
}
