import GatehouseJSON
import Testing

/// The writers copy plain text eight bytes at a time and stop at any byte that may need escaping.
/// Every character with its own escape (from ``SerializerEscapeTests``, taken from json-smart),
/// at every position in strings longer than a few words, must come out as it does alone.
@Suite struct SerializerRunTests {
    /// The escaped form of `scalar` alone, from the one-character result `"a…b"`.
    static func alone(_ scalar: Unicode.Scalar, _ write: (JSONValue) -> String) -> String {
        let quoted = write(.string("a" + String(scalar) + "b"))
        return String(quoted.dropFirst(2).dropLast(2))
    }

    static let scalars: [Unicode.Scalar] = SerializerEscapeTests.jsonSmart.map { Unicode.Scalar($0.0)! }
        + ["\u{E000}", "\u{C0}", "\u{E0}", "\u{2100}"]

    static let writers: [(String, @Sendable (JSONValue) -> String)] = [
        ("compact", JSONSerializer.compact),
        ("pretty", JSONSerializer.pretty),
        ("json-smart", JSONSerializer.jsonSmart),
    ]

    @Test func everyEscapeAtEveryPosition() {
        let filler = Array("0123456789abcdefghijklmnopqrstuv")
        for (name, write) in Self.writers {
            for scalar in Self.scalars {
                let escaped = Self.alone(scalar, write)
                for length in [8, 9, 15, 16, 17, 24, 31] {
                    for position in 0...length {
                        let prefix = String(filler[0..<position])
                        let suffix = String(filler[position..<length])
                        let got = write(.string(prefix + String(scalar) + suffix))
                        #expect(got == "\"" + prefix + escaped + suffix + "\"", "\(name) U+\(String(scalar.value, radix: 16)) at \(position) of \(length)")
                    }
                }
            }
        }
    }

    @Test func severalEscapesInOneWord() {
        for (name, write) in Self.writers {
            let pieces: [Unicode.Scalar] = ["\"", "x", "\\", "/", "\u{85}", "\n", "\u{2028}", "é", "\u{7F}", "y", "\u{0}"]
            let text = String(String.UnicodeScalarView(pieces + pieces + pieces))
            let expected = "\"" + (pieces + pieces + pieces).map { Self.alone($0, write) }.joined() + "\""
            #expect(write(.string(text)) == expected, "\(name)")
        }
    }

    @Test func namesAreEscapedLikeValues() {
        let name = "long name with \"quotes\" and / slash \u{2003}"
        for (label, write) in Self.writers {
            let object = write(.object([name: 1]))
            let escapedName = write(.string(name))
            let separator = label == "pretty" ? ": " : ":"
            let expected = label == "pretty" ? "{\n  \(escapedName)\(separator)1\n}" : "{\(escapedName)\(separator)1}"
            #expect(object == expected, "\(label)")
        }
    }

    @Test func repeatedNumbersPrintAsJavaEveryTime() throws {
        // The json-smart writer remembers how it printed a number text; a text that differs only in
        // its last bytes, or is longer than what is remembered, must not reuse another's output.
        let texts = ["1.50", "1.5", "1.500", "2.50", "1e5", "1E5", "0.00012345678901", "0.00012345678902",
                     "12345678901234567.5", "12345678901234567.6", "1.50", "1e5"]
        let value = try JSONParser.parse("[" + texts.joined(separator: ",") + "]", mode: .permissive)
        let one = texts.map { JSONSerializer.jsonSmart(.number(JSONNumber(text: $0))) }
        #expect(JSONSerializer.jsonSmart(value) == "[" + one.joined(separator: ",") + "]")
        #expect(one[0] == "1.5" && one[4] == "100000.0" && one[10] == "1.5")
    }
}
