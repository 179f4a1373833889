import GatehouseMapping
import Testing

/// JSON read through `$input.path` and `$util.parseJson` becomes Java maps and lists only when a
/// template first reads each part. These cases touch parts in every order, mutate them, and print
/// them; the expected texts were recorded from Velocity 1.7 (the oracle), except where noted.
@Suite("JSON values converted on first use")
struct DeferredConversionTests {
    /// Six items, each with a nested object of four members and a five-element array, so both the
    /// deferred and the directly converted shapes occur.
    static let body: String = {
        var items: [String] = []
        let tags = ["a", "b", "c", "d", "e"]
        for i in 0..<6 {
            let tagList = tags.prefix(i % 6).map { "\"\($0)\"" }.joined(separator: ", ")
            items.append("{\"id\": \(i), \"tags\": [\(tagList)], \"meta\": {\"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": {\"deep\": [1, 2, 3, 4, 5]}}}")
        }
        return "{\"name\": \"x\", \"items\": [\(items.joined(separator: ", "))], \"big\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5}}"
    }()

    private func render(_ template: String) throws -> String {
        try MappingTemplate(source: template).render(MappingInput(body: Self.body), dialect: .velocity).body
    }

    @Test func readsNestedPartsInAnyOrder() throws {
        let template = "#set($b = $input.path('$'))#set($items = $b.items)$items.size()|$items[2].tags|$items[5].meta.k4.deep|$b.big"
        #expect(try render(template) == "6|[\"a\",\"b\"]|[1,2,3,4,5]|{a=1, b=2, c=3, d=4, e=5}")
    }

    @Test func changesToAConvertedPartStay() throws {
        let template = "#set($b = $input.path('$'))#set($items = $b.items)#set($m = $items[1].meta)#set($dummy = $m.put('k5', 'v'))$b.items[1].meta|$items.get(1).meta.keySet()"
        #expect(try render(template) == "{k1=1, k2=2, k3=3, k4={deep=[1,2,3,4,5]}, k5=v}|[k1, k2, k3, k4, k5]")
    }

    /// Scalars are read from an unbuilt map without building it; a later change, or a read of a
    /// nested map, builds it, and the nested map stays the same object from then on.
    @Test func scalarReadsThenChanges() throws {
        #expect(try render("#set($b = $input.path('$.big'))$b.a|$b.zz|$b.get('e')|#set($d = $b.put('a', 9))$b.a|$b") == "1||5|9|{a=9, b=2, c=3, d=4, e=5}")
        let nested = "#set($m = $input.path('$.items[0].meta'))$m.k1|$m.k4.deep|#set($x = $m.k4.put('z', 1))$m.k4|$m.k2|$m"
        #expect(try render(nested) == "1|[1,2,3,4,5]|{deep=[1,2,3,4,5], z=1}|2|{k1=1, k2=2, k3=3, k4={deep=[1,2,3,4,5], z=1}}")
    }

    @Test func parsedJSONPrintsAsJSONSmartObjects() throws {
        let template = "#set($j = $util.parseJson($input.json('$')))$j.big|$j.items[3]|$j.items.size()"
        #expect(try render(template) == "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}|{\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}},\"id\":3,\"tags\":[\"a\",\"b\",\"c\"]}|6")
    }

    @Test func iteratesDeferredLists() throws {
        let template = "#foreach($it in $input.path('$.items'))$it.id:$it.tags.size():$it.meta.k4.deep.get(4)#if($foreach.hasNext),#end#end"
        #expect(try render(template) == "0:0:5,1:1:5,2:2:5,3:3:5,4:4:5,5:5:5")
    }

    @Test func comparesDeferredValues() throws {
        let template = "$input.path('$.items[0]').equals($input.path('$.items[0]'))|#if($input.path('$.big') == $input.path('$.big'))same#end|$input.json('$.big')"
        #expect(try render(template) == "true|same|{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}")
    }

    /// `$input.path` hands out the body's own objects, built on first use, as Jayway hands out
    /// json-smart's: a change to one shows in later reads, deferred or not.
    @Test func pathResultsAreTheBodysOwnObjects() throws {
        let template = "#set($big = $input.path('$.big'))#set($dummy = $big.remove('a'))$big|$input.path('$.big')|$input.json('$.big')"
        #expect(try render(template) == "{b=2, c=3, d=4, e=5}|{b=2, c=3, d=4, e=5}|{\"b\":2,\"c\":3,\"d\":4,\"e\":5}")
        let nested = "#set($ok = $input.path('$.items[3]').put('z', 1))#set($ok = $input.path('$.items[3].meta.k4.deep').add(6))$input.json('$.items[3].z')|$input.path('$.items[3].meta.k4.deep').size()|$input.json('$.items[3]..deep')|$input.json('$..deep[5]')"
        // `$..deep[5]` is `[]`: the other items' `deep` have no [5], and Jayway drops the whole read.
        #expect(try render(nested) == "1|6|[[1,2,3,4,5,6]]|[]")
    }

    /// A body no template changed is read straight from the parsed document: scalars are never
    /// looked up in the live tree, and nothing is re-read into JSON.
    @Test func anUnchangedBodyIsReadFromTheDocument() throws {
        let template = "$input.path('$.items[2].id')|$input.path('$.big').size()|$input.path('$.items[*].id')|$input.json('$.big')"
        #expect(try render(template) == "2|5|[0,1,2,3,4,5]|{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}")
    }
}
