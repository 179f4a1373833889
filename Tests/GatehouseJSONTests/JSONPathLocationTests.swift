import GatehouseJSON
import Testing

/// `evaluateWithLocations` says where in the document each result was found, so a reader that
/// keeps its own objects for the document's parts can hand back those objects.
@Suite("JSONPath result locations")
struct JSONPathLocationTests {
    static let document: JSONValue = try! JSONParser.parse(
        #"{"store": {"book": [{"title": "A", "price": 8}, {"title": "B", "price": 12, "isbn": "x"}], "bike": {"price": 20}}, "n": 1}"#,
        mode: .permissive)

    private func locate(_ path: String) throws -> (JSONPathResult, [String]) {
        let (result, locations) = try JSONPath(path).evaluateWithLocations(Self.document)
        let texts = locations.map { location -> String in
            var text = "$"
            for step in location.steps {
                switch step {
                case .key(let key): text += "['\(key)']"
                case .index(let index): text += "[\(index)]"
                }
            }
            if let keys = location.mergedKeys { text += "{" + keys.joined(separator: ",") + "}" }
            return text
        }
        return (result, texts)
    }

    @Test func definitePaths() throws {
        #expect(try locate("$").1 == ["$"])
        #expect(try locate("$.store.book[1]").1 == ["$['store']['book'][1]"])
        #expect(try locate("$.store.book[1].title") == (.value("B"), ["$['store']['book'][1]['title']"]))
        #expect(try locate("$.store.book[5]") == (.missing, []))
        #expect(try locate("$.nothing.here") == (.missing, []))
    }

    @Test func indefinitePathsGiveOneLocationPerResult() throws {
        #expect(try locate("$.store.book[*].title").1 == ["$['store']['book'][0]['title']", "$['store']['book'][1]['title']"])
        #expect(try locate("$..price").1 == [
            "$['store']['book'][0]['price']", "$['store']['book'][1]['price']", "$['store']['bike']['price']",
        ])
        #expect(try locate("$.store.book[?(@.price > 10)]").1 == ["$['store']['book'][1]"])
        #expect(try locate("$..book[?(@.isbn)].title").1 == ["$['store']['book'][1]['title']"])
        #expect(try locate("$.store.*").1 == ["$['store']['book']", "$['store']['bike']"])
        #expect(try locate("$.store.book[-1:]").1 == ["$['store']['book'][1]"])
        #expect(try locate("$.store.book[0,1].price").1 == ["$['store']['book'][0]['price']", "$['store']['book'][1]['price']"])
    }

    @Test func severalPropertiesAreANewObjectOfTheParentsMembers() throws {
        let (result, locations) = try locate("$.store.book[1]['title','price']")
        #expect(result == .value(["title": "B", "price": 12]))
        #expect(locations == ["$['store']['book'][1]{title,price}"])
    }

    /// Locations agree with the values found, for every path and document the other tests use.
    @Test func locationsLeadToTheValues() throws {
        for path in ["$..*", "$.store..title", "$..book[*]", "$.store.book[?(@.price < 20)].price", "$.*.*"] {
            let (result, locations) = try JSONPath(path).evaluateWithLocations(Self.document)
            guard case .list(let values) = result else { Issue.record("\(path) is indefinite"); continue }
            #expect(values.count == locations.count, "\(path)")
            for (value, location) in zip(values, locations) {
                var current: JSONValue? = Self.document
                for step in location.steps {
                    switch step {
                    case .key(let key): current = current?[key]
                    case .index(let index): current = current?[index]
                    }
                }
                #expect(current == value, "\(path) at \(location.steps)")
            }
            #expect(result == (try JSONPath(path).evaluate(Self.document)), "\(path)")
        }
    }
}
