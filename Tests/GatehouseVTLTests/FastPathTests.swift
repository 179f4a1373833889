import Foundation
import Testing
@testable import GatehouseVTL

private func renderFast(_ source: String, _ variables: [String: VTLValue] = [:]) throws -> String {
    try VTLTemplate(source: source).render(VTLContext(variables))
}

/// The engine's shortcuts (plain-text regular expressions, ASCII case mapping, the UTF-8 output
/// buffer, direct number printing) must give exactly what the general paths give.
@Suite("Fast paths agree with the general paths")
struct FastPathTests {
    @Test(arguments: [
        ("\\'", "'"), ("\\.", ""), ("a", "b"), ("--", "="), ("ö", "o"), ("😀", "?"), ("\\/", "/"), ("é", ""), (" ", "%20"),
    ])
    func literalReplaceAllMatchesTheRegexEngine(_ pattern: String, _ replacement: String) throws {
        #expect(JavaRegex.literal(pattern) != nil)
        let texts = ["", "a", "aaa", "Ana O\\'Neil", "a.b.c.", "--x---", "wörld öö", "😀a😀", "a/b\\/c", "é e é", "one two  three"]
        for text in texts {
            for all in [true, false] {
                // A group makes the pattern a real regular expression, matched by ICU.
                let viaRegex = try JavaRegex.replace(text, "(?:" + pattern + ")", replacement, all: all)
                #expect(try JavaRegex.replace(text, pattern, replacement, all: all) == viaRegex, "\(text) / \(pattern) / all: \(all)")
            }
        }
    }

    @Test(arguments: ["", "a.b", "\\d", "x*", "(a)", "[ab]", "a|b", "^a", "a$", "\\", "a{2}", "\\Qa\\E", "\\é"])
    func patternsThatAreNotPlainText(_ pattern: String) {
        #expect(JavaRegex.literal(pattern) == nil)
    }

    @Test func replacementsWithGroupsOrEscapesUseTheRegexEngine() throws {
        #expect(try renderFast("$s.replaceAll('b', '[$0]')", ["s": .string("abcb")]) == "a[b]c[b]")
        #expect(try renderFast("$s.replaceAll('b', '\\$')", ["s": .string("abc")]) == "a$c")
        #expect(try renderFast("$s.replaceFirst('b', 'x')", ["s": .string("abcb")]) == "axcb")
        #expect(try renderFast("$s.replaceAll(\"\\\\'\", \"'\")", ["s": .string("O\\'Neil \\'x\\'")]) == "O'Neil 'x'")
    }

    @Test func stringReplaceIsLiteral() throws {
        let variables: [String: VTLValue] = ["s": .string("SKU-1:2;SKU-22:1;sku-3"), "u": .string("wörld öö 😀x😀")]
        #expect(try renderFast("$s.replace('SKU-', '#')|$s.replace('.', '!')|$s.replace(';', '')", variables) == "#1:2;#22:1;sku-3|SKU-1:2;SKU-22:1;sku-3|SKU-1:2SKU-22:1sku-3")
        #expect(try renderFast("$u.replace('ö', 'o')|$u.replace('😀', '')|$u.replace('x', '😀')", variables) == "world oo 😀x😀|wörld öö x|wörld öö 😀😀😀")
        #expect(try renderFast("$s.replace('', '-')", ["s": .string("ab")]) == "-a-b-")
        #expect(try renderFast("$s.replace('aa', 'b')", ["s": .string("aaaaa")]) == "bba")
    }

    @Test func utf16TextDecodesAsJavaWritesIt() {
        let samples = ["", "plain ascii", "héllo wörld", "日本語テキスト", "a😀b🎉c", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        for sample in samples {
            #expect(JavaString.fromUTF16(Array(sample.utf16)) == sample)
        }
        // Unpaired surrogates print as `?`, as Java's UTF-8 encoder writes them.
        #expect(JavaString.fromUTF16([0x61, 0xD83D]) == "a?")
        #expect(JavaString.fromUTF16([0xD83D, 0x62]) == "?b")
        #expect(JavaString.fromUTF16([0xDE00, 0x63]) == "?c")
        #expect(JavaString.fromUTF16([0xD83D, 0xD83D, 0xDE00]) == "?😀")
    }

    @Test func substringsCountUTF16Units() throws {
        #expect(try renderFast("$s.substring(0, 2)|$s.substring(1, 3)|$s.substring(3)", ["s": .string("a😀bé")]) == "a?|😀|bé")
    }

    @Test func caseMappingOfASCIIAndOtherText() throws {
        #expect(JavaString.asciiCase("item-12 Ab", upper: true) == "ITEM-12 AB")
        #expect(JavaString.asciiCase("ITEM-12 aB", upper: false) == "item-12 ab")
        #expect(JavaString.asciiCase("héllo", upper: true) == nil)
        #expect(try renderFast("$a.toUpperCase() $b.toUpperCase() $c.toLowerCase() $d.toUpperCase()",
                           ["a": .string("item-7"), "b": .string("straße"), "c": .string("ÀÉÎ"), "d": .string("[@`{]")])
            == "ITEM-7 STRASSE àéî [@`{]")
    }

    @Test func numbersPrintAsJavaPrintsThem() throws {
        #expect(try renderFast("#foreach($i in [-2..2])$i,#end") == "-2,-1,0,1,2,")
        // Velocity's arithmetic widens an overflowing Integer to Long (recorded from Velocity 1.7).
        #expect(try renderFast("#set($a = 2147483647)#set($b = $a + 1)$a $b") == "2147483647 2147483648")
        #expect(try renderFast("#set($l = 9223372036854775807)$l") == "9223372036854775807")
        #expect(try renderFast("$v", ["v": .integer(.min)]) == "-2147483648")
        #expect(try renderFast("$v", ["v": .long(.min)]) == "-9223372036854775808")
        #expect(try renderFast("$v", ["v": .long(.max)]) == "9223372036854775807")
        #expect(try renderFast("$v", ["v": .long(0)]) == "0")
    }

    @Test func multibyteOutputAndInterpolation() throws {
        // Recorded from Velocity 1.7.
        #expect(try renderFast("#set($x = \"ü😀\")\"$x\" ${x}é #set($y = \"${x}😀 $x\")$y|#set($z = \"a😀\")$z|")
            == "\"ü😀\" ü😀é ü😀😀 ü😀|a😀|")
        #expect(try renderFast("#set($x = \"ü😀\")#set($y = \"$x-😀\")$y") == "😀")
    }

    @Test func outputBufferGrowsAcrossRenders() throws {
        let template = try VTLTemplate(source: "#foreach($i in [1..$n])$i#end")
        #expect(try template.render(VTLContext(["n": .integer(3)])) == "123")
        let long = try template.render(VTLContext(["n": .integer(900)]))
        #expect(long.count == 9 + 90 * 2 + 801 * 3)
        #expect(try template.render(VTLContext(["n": .integer(2)])) == "12")
    }
}
