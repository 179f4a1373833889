import Foundation
@testable import GatehouseMapping
import GatehouseTestSupport
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

/// `$util.escapeJavaScript` against commons-lang 2.6's rule written out the plain way, over UTF-16
/// units: `\b \t \n \f \r \' \" \\ \/`, other units below 0x20 and every unit above 0x7F as
/// `\uXXXX` with upper-case digits, everything else as itself.
@Suite("$util.escapeJavaScript unit by unit")
struct EscapeJavaScriptTests {
    private static func commonsLangEscape(_ text: String) -> String {
        var out = ""
        for unit in text.utf16 {
            switch unit {
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x27: out += "\\'"
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x2F: out += "\\/"
            case 0..<0x20, 0x80...: out += "\\u" + String(format: "%04X", unit)
            default: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            }
        }
        return out
    }

    @Test func agreesWithTheRuleOnEveryKindOfCharacter() {
        let ascii = String(String.UnicodeScalarView((0...127).compactMap(Unicode.Scalar.init)))
        var texts = ["", "plain-id_123", ascii, "Ana O'Neil", "a/b\\c\"d", "é", "中文", "😀", "a😀b\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        var random = SplitMix(seed: 11)
        let pool: [Unicode.Scalar] = Array((0...127).compactMap(Unicode.Scalar.init))
            + ["é", "ß", "\u{7FF}", "\u{800}", "中", "\u{FFFD}", "\u{FFFF}", "😀", "\u{10000}", "\u{10FFFF}"]
        for _ in 0..<2000 {
            let length = Int.random(in: 0...24, using: &random)
            texts.append(String(String.UnicodeScalarView((0..<length).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] })))
        }
        for text in texts {
            #expect(UtilObject.escapeJavaScript(text) == Self.commonsLangEscape(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
