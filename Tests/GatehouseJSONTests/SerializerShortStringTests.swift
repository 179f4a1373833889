import GatehouseJSON
import Testing

/// The json-smart writer reads a string shorter than a word into one padded word, and a longer
/// string's tail as an overlapping last word; a byte that needs escaping must be found wherever it
/// falls, and plain text must come out unchanged (padding included nowhere).
@Suite struct SerializerShortStringTests {
    @Test func everyEscapeAtEveryPositionOfShortStrings() {
        let filler = Array("AAAAAAAbcdefghijklmnopq")
        for scalar in SerializerRunTests.scalars {
            let escaped = SerializerRunTests.alone(scalar, JSONSerializer.jsonSmart)
            for length in 0...8 {
                for position in 0...length {
                    let prefix = String(filler[0..<position])
                    let suffix = String(filler[position..<length])
                    let got = JSONSerializer.jsonSmart(.string(prefix + String(scalar) + suffix))
                    #expect(got == "\"" + prefix + escaped + suffix + "\"", "U+\(String(scalar.value, radix: 16)) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func plainTextOfEveryLengthIsCopied() {
        let alphabet = Array("Aé𝄞az09 -_.,:;!?AAAA\u{2100}")
        for length in 0...40 {
            let text = String((0..<length).map { alphabet[($0 * 5) % alphabet.count] })
            #expect(JSONSerializer.jsonSmart(.string(text)) == "\"" + text + "\"", "length \(length)")
            let object = JSONValue.object([text: .string(text)])
            #expect(JSONSerializer.jsonSmart(object) == "{\"\(text)\":\"\(text)\"}")
        }
    }
}
