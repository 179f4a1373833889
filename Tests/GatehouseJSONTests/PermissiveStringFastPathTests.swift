@testable import GatehouseJSON
import GatehouseTestSupport
import Testing

/// The permissive parser's strings and containers on its fast paths (strings written straight in
/// `String`'s small form, values read inside the object and array loops) against its general
/// path: the same value or the same error, message and position.
@Suite struct PermissiveStringFastPathTests {
    /// String and name texts of every kind the parser reads differently: empty, 1–17 bytes
    /// around the 8- and 16-byte edges, escapes of every letter, `\u` escapes with surrogate
    /// pairs and lone halves, non-ASCII, U+FFFD (what invalid UTF-8 becomes), control
    /// characters, single quotes and quotes of the other kind inside.
    static let quoted: [String] = {
        var texts = [
            #""""#, #""a""#, #"''"#, #"'a'"#, #""it's""#, #"'say "hi"'"#, #""a\"b""#, #"'a\'b'"#,
            #""\t\n\r\f\b\\\/\'\"""#, #""\q\z""#, #""\u0041\u00e9\u4e2d""#, #""\uD83D\uDE00""#,
            #""\uD83D""#, #""\uDE00x""#, #""\uD83Dx\uDE00""#, #""\x41\x7e""#, #""\u12""#, #""\u12G4""#,
            "\"é\"", "\"aé\"", "\"中文字\"", "\"😀\"", "\"abcdefghijklmn😀\"", "\"\u{FFFD}\"", "\"a\u{FFFD}b\"",
            "\"a\tb\"", "\"a\u{01}b\"", "\"a\u{7F}b\"", "\"a\\\u{01}b\"", "\"a\\\"\u{7F}\"",
            "\"abc", "'abc", "\"abc\\", "\"abc\\u00",
        ]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-_ .:/")
        for n in 0...17 {
            let plain = String((0..<n).map { alphabet[($0 * 7 + n) % alphabet.count] })
            texts.append("\"\(plain)\"")
            texts.append("'\(plain)'")
            texts.append("\"\(plain)é\"")
            texts.append("\"\(plain)\\n\"")
        }
        return texts
    }()

    /// Unquoted (permissive) texts, which end at a stop character and are trimmed.
    static let unquoted: [String] = [
        "a", "abc", "a b", "abcdefghijklmnop", "abcdefghijklmnopq", "null", "nul", "true", "truex", "false",
        "NaN", "é", "a=b", "x\u{01}", "1a", "-x",
    ]

    static func mismatches(_ texts: [String]) -> [String] {
        PermissiveFastPathTests.mismatches(texts)
    }

    @Test func stringsInEveryPosition() {
        var texts: [String] = []
        for s in Self.quoted + Self.unquoted {
            for space in ["", " ", "\n\t\r ", "\u{1A}"] {
                texts.append(s + space)
                texts.append("[" + space + s + space + "]")
                texts.append("[" + s + "," + space + s + space + "]")
                texts.append("[" + s + space + "}")
                texts.append("{" + s + space + ":" + space + s + space + "}")
                texts.append("{" + s + ":" + s + "," + space + s + ":" + "[" + s + "]}")
                texts.append("{\"a\":" + space + s + space + ",\"b\":{\"c\":" + s + "}}")
                texts.append("{" + s + space)
                texts.append("{" + s + ":" + space)
                texts.append("{\"a\":" + space + s)
                texts.append("{" + s + "}")
                texts.append("{\"a\" " + space + s + "}")
                texts.append("{\"a\":" + s + space + "]")
                texts.append("[{" + s + ":{" + s + ":[" + s + "]}}," + s + "]")
            }
        }
        // Strings within 17 bytes of the end are read on the general path; padded, the same
        // texts take the short-string path.
        texts += texts.map { $0 + String(repeating: " ", count: 20) }
        #expect(Self.mismatches(texts) == [])
    }

    /// Documents long enough for the builder's caches, with every string repeated, names and
    /// values alike.
    @Test func stringsInALargeDocument() {
        let members = (Self.quoted + Self.unquoted).enumerated().map { "\"k\($0.offset)\": \($0.element)" }
        let text = "[" + Array(repeating: "{" + members.joined(separator: ", ") + "}", count: 3).joined(separator: ",\n") + "]"
        #expect(text.utf8.count > JSONTreeBuilder.cachedDocumentLength)
        let names = (Self.quoted + Self.unquoted).map { "{\($0): 1, \($0) : [\($0)]}" }
        let asNames = "[" + Array(repeating: names.joined(separator: ",\n"), count: 3).joined(separator: ",\n") + "]"
        #expect(Self.mismatches([text, asNames]) == [])
    }

    /// Random texts of quotes, escapes, separators and short words.
    @Test func randomStringsAndSurroundings() {
        var random = SplitMix(seed: 7)
        let pieces = [
            "\"", "'", "\\", "\\u", "00", "D8", "3D", "DE", "e9", "a", "bc", "defghijk", "é", " ", "\n", ",", ":",
            "{", "}", "[", "]", "\u{1A}", "\u{FFFD}", "x",
        ]
        var texts: [String] = []
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...16, using: &random) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            switch Int.random(in: 0...3, using: &random) {
            case 0: texts.append(text)
            case 1: texts.append("[" + text + "]")
            case 2: texts.append("{\"k\": " + text + "}")
            default: texts.append("{" + text + ": 1}")
            }
        }
        #expect(Self.mismatches(texts) == [])
    }

    /// Invalid UTF-8 is decoded as Java decodes a body before either path sees it.
    @Test func invalidUTF8() throws {
        let bodies: [[UInt8]] = [
            [0x22, 0xFF, 0x22], [0x22, 0x61, 0xC3, 0x22], [0x7B, 0x22, 0xE2, 0x82, 0x22, 0x3A, 0x22, 0x80, 0x22, 0x7D],
            [0x5B, 0x27, 0xF0, 0x9F, 0x98, 0x27, 0x5D],
        ]
        for body in bodies {
            let text = String(decoding: body, as: UTF8.self)
            #expect(Self.mismatches([text]) == [])
            let value = try JSONValue.parsePermissive(utf8: body)
            #expect(typedDump(value) == typedDump(try JSONValue.parsePermissive(text, maxDepth: 400, fastPaths: false)))
        }
    }

    /// The small form written directly is bit for bit the string `String(decoding:as:)` makes,
    /// and hashes and compares the same, for every length and with or without room to read a
    /// whole word past the bytes.
    @Test func smallStringsAreTheStandardLibrarysOwn() {
        #expect(smallStringLayoutMatches)
        var random = SplitMix(seed: 3)
        for n in 0...20 {
            for trial in 0..<50 {
                var bytes = (0..<n).map { _ in UInt8.random(in: 0...127, using: &random) }
                if trial == 0 { bytes = Array(repeating: 0x7F, count: n) }
                if trial == 1 { bytes = Array(repeating: 0, count: n) }
                let expected = String(decoding: bytes, as: UTF8.self)
                for slack in [0, 8] {
                    let padded = bytes + Array(repeating: 0xFF, count: slack)
                    for documentLength in [10, 5000] {
                        var builder = JSONTreeBuilder(documentLength: documentLength)
                        defer { builder.release() }
                        let made = padded.withUnsafeBufferPointer { buffer in
                            builder.string(UnsafeBufferPointer(rebasing: buffer[0..<n]), readable: n + slack)
                        }
                        #expect(made == expected)
                        #expect(made.hashValue == expected.hashValue)
                        #expect(made.utf8.count == n)
                        #expect(Array(made.utf8) == bytes)
                        if n < 16 {
                            let (a, b) = unsafeBitCast(made, to: (UInt64, UInt64).self)
                            let (c, d) = unsafeBitCast(expected, to: (UInt64, UInt64).self)
                            #expect(a == c && b == d)
                        }
                        #expect(made + "x" == expected + "x")
                    }
                }
            }
        }
    }
}
