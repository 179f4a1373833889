import GatehouseJSON
import GatehouseTestSupport
import Testing

/// How both parsers build objects: member names are compared by fingerprint before they are
/// compared as strings, recently read names are reused, and objects with the same names in the
/// same order share one list of names. None of that may show: these tests hold the result to a
/// plain model (`LinkedHashMap.put`: a repeated name keeps its first position and its last value).
@Suite struct TreeBuildingTests {
    static let modes: [JSONParser.Mode] = [.strict, .permissive]

    /// The object `LinkedHashMap.put` builds from `members`, in order.
    static func model(_ members: [(String, JSONValue)]) -> JSONValue {
        var object = JSONObject()
        for (name, value) in members { object[name] = value }
        return .object(object)
    }

    /// Parses `text`, and `text` followed by enough spaces to make a document the parsers build
    /// with their caches (short documents are built without them); both must agree.
    static func parse(_ text: String, mode: JSONParser.Mode) throws -> JSONValue {
        let plain = try JSONParser.parse(text, mode: mode)
        let padded = try JSONParser.parse(text + String(repeating: " ", count: 1100), mode: mode)
        #expect(plain == padded, "\(text)")
        return plain
    }

    static func names(_ value: JSONValue) -> [String] {
        value.objectValue.map { $0.map(\.key) } ?? []
    }

    static func text(_ members: [(String, JSONValue)]) -> String {
        "{" + members.map { "\(JSONSerializer.compact(.string($0.0))):\(JSONSerializer.compact($0.1))" }.joined(separator: ",") + "}"
    }

    @Test(arguments: modes) func repeatedNamesOfEveryLength(mode: JSONParser.Mode) throws {
        // Names of 0 to 40 bytes, each written twice, the second time among others.
        for length in 0...40 {
            let name = String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
            let members: [(String, JSONValue)] = [(name, 1), ("x", 2), (name + "!", 3), (name, 4), ("y", 5)]
            let parsed = try Self.parse(Self.text(members), mode: mode)
            #expect(parsed == Self.model(members), "length \(length)")
            #expect(Self.names(parsed) == [name, "x", name + "!", "y"], "length \(length)")
            #expect(parsed[name] == 4)
        }
    }

    @Test(arguments: modes) func namesThatDifferOnlyInTheMiddleStayApart(mode: JSONParser.Mode) throws {
        // Same length, same first and last eight bytes: only a full comparison tells them apart.
        let names = (0..<10).map { "abcdefgh-\($0)-stuvwxyz" }
        let members = names.enumerated().map { ($0.element, JSONValue(integerLiteral: $0.offset)) }
        let parsed = try Self.parse(Self.text(members + [(names[3], 99)]), mode: mode)
        #expect(Self.names(parsed) == names)
        #expect(parsed[names[3]] == 99)
        #expect(parsed[names[4]] == 4)
    }

    @Test(arguments: modes) func escapedNamesMatchTheirPlainSpelling(mode: JSONParser.Mode) throws {
        let parsed = try Self.parse(#"{"ab":1,"c":2,"\u0061b":3,"a\/b":4,"a/b":5}"#, mode: mode)
        #expect(Self.names(parsed) == ["ab", "c", "a/b"])
        #expect(parsed["ab"] == 3)
        #expect(parsed["a/b"] == 5)
    }

    @Test(arguments: modes) func nonASCIINamesAreComparedAsStrings(mode: JSONParser.Mode) throws {
        let parsed = try Self.parse(#"{"Zoë":1,"Zoe":2,"Zoë":3,"名前":4,"\u540d\u524d":5}"#, mode: mode)
        #expect(Self.names(parsed) == ["Zoë", "Zoe", "名前"])
        #expect(parsed["Zoë"] == 3)
        #expect(parsed["名前"] == 5)
    }

    @Test(arguments: modes) func largeObjectsWithRepeatedNames(mode: JSONParser.Mode) throws {
        var members: [(String, JSONValue)] = (0..<40).map { ("k\($0)", JSONValue(integerLiteral: $0)) }
        members.append(("k7", "again"))
        members.append(("k39", "last"))
        let parsed = try Self.parse(Self.text(members), mode: mode)
        #expect(parsed == Self.model(members))
        #expect(parsed.objectValue?.count == 40)
    }

    /// Random objects over a small set of names (so names repeat within and across objects), in
    /// records that often share their names: every object must equal the model.
    @Test(arguments: modes) func randomRecordsMatchTheModel(mode: JSONParser.Mode) throws {
        var generator = SplitMix(seed: 7)
        let pool = ["id", "name", "a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefgh-1", "abcdefgh-2", "abcdefghijklmnop",
                    "abcdefghijklmnopq", "abcdefgh-1-ijklmnop", "abcdefgh-2-ijklmnop", "é", "e\u{301}", "ü", "Name"]
        for _ in 0..<300 {
            let shapes = (0..<3).map { _ in (0..<Int(generator.next() % 20)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] } }
            var records: [[(String, JSONValue)]] = []
            for r in 0..<Int(generator.next() % 6) {
                let names = shapes[Int(generator.next() % 3)]
                records.append(names.enumerated().map { ($0.element, JSONValue(integerLiteral: r * 100 + $0.offset)) })
            }
            let text = "[" + records.map(Self.text).joined(separator: ",") + "]"
            let parsed = try Self.parse(text, mode: mode)
            #expect(parsed == .array(records.map(Self.model)), "\(text)")
            // Names come back exactly as written (not a canonically equivalent spelling).
            let written = records.map { Self.names(Self.model($0)).map { Array($0.utf8) } }
            let read = parsed.arrayValue!.map { Self.names($0).map { Array($0.utf8) } }
            #expect(read == written, "\(text)")
        }
    }

    @Test(arguments: modes) func shortTextsThatShareTheirFirstBytesStayApart(mode: JSONParser.Mode) throws {
        // Names and values of 9 to 16 bytes that differ only after their first eight bytes, and of
        // up to 8 bytes that differ only in their last byte, each read twice.
        let texts = (1...16).flatMap { length in
            (0..<3).map { k in String(repeating: "x", count: length - 1) + String(k) }
        }
        let members = (texts + texts).enumerated().map { ($0.element, JSONValue.string($0.element + "|" + String($0.offset % 3))) }
        let parsed = try Self.parse(Self.text(members), mode: mode)
        #expect(parsed == Self.model(members))
        #expect(Self.names(parsed) == texts)
        let values = try Self.parse("[" + (texts + texts).map { "\"\($0)\"" }.joined(separator: ",") + "]", mode: mode)
        #expect(values == .array((texts + texts).map { .string($0) }))
    }

    @Test(arguments: modes) func recordsWithTheSameNamesAreIndependentValues(mode: JSONParser.Mode) throws {
        let parsed = try Self.parse(#"[{"a":1,"b":2},{"a":3,"b":4},{"b":5,"a":6}]"#, mode: mode)
        guard case .array(var records) = parsed, case .object(var first) = records[0] else {
            Issue.record("not an array of objects")
            return
        }
        first["c"] = 7
        first["a"] = nil
        records[0] = .object(first)
        #expect(JSONSerializer.compact(.array(records)) == #"[{"b":2,"c":7},{"a":3,"b":4},{"b":5,"a":6}]"#)
        #expect(JSONSerializer.compact(parsed) == #"[{"a":1,"b":2},{"a":3,"b":4},{"b":5,"a":6}]"#)
    }

    @Test(arguments: modes) func manyDistinctNamesThenRepeats(mode: JSONParser.Mode) throws {
        // More names than are remembered, then the first ones again.
        let names = (0..<600).map { "n\($0 * 7919 % 1000)" }
        let members = (names + names.prefix(50)).enumerated().map { ($0.element, JSONValue(integerLiteral: $0.offset)) }
        let parsed = try Self.parse(Self.text(members), mode: mode)
        #expect(parsed == Self.model(members))
    }

    @Test(arguments: modes) func errorsInsideNestedContainersLeaveNothingBehind(mode: JSONParser.Mode) {
        // The builder frees what it holds when a parse fails deep inside containers.
        for text in [#"{"a":[{"b":"x"},{"c":[1,2,{"d":"#, #"[{"a":1},{"b":[true,"#, #"{"k":{"k":{"k":[1,2,3"#] {
            #expect(throws: JSONError.self) { try JSONParser.parse(text, mode: mode) }
            #expect(throws: JSONError.self) { try JSONParser.parse(text + String(repeating: "1", count: 1100), mode: mode) }
        }
    }
}
