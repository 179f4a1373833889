import GatehouseJSON
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

    /// A list or map member read from a map not built yet is made once and kept: every read of
    /// it gives the same object, and the map, when something later builds it, holds that object.
    @Test func membersReadBeforeTheMapIsBuiltKeepTheirIdentity() throws {
        let template = "#set($m = $input.path('$.items[0].meta'))#set($k4 = $m.k4)#set($x = $m.put('new', 1))#set($y = $k4.put('z', 2))$m.k4|$m|$input.json('$.items[0].meta')|$input.path('$.items[0].meta.k4').z"
        #expect(try render(template) == "{deep=[1,2,3,4,5], z=2}|{k1=1, k2=2, k3=3, k4={deep=[1,2,3,4,5], z=2}, new=1}|{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5],\"z\":2},\"new\":1}|2")
        let twoReads = "#set($a = $input.path('$.items[2]').meta)#set($b = $input.path('$.items[2]').meta)#set($ok = $a.put('q', 1))$b.q|$b.k4.deep.size()|#set($ok = $b.k4.deep.add(6))$a.k4.deep|$input.json('$.items[2].meta')|$input.path('$.items[2]')"
        #expect(try render(twoReads) == "1|5|[1,2,3,4,5,6]|{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5,6]},\"q\":1}|{id=2, tags=[\"a\",\"b\"], meta={k1=1, k2=2, k3=3, k4={deep=[1,2,3,4,5,6]}, q=1}}")
    }

    /// A change made through a member read from maps never built shows in `$input.json`, and
    /// in later reads through any path.
    @Test func changesThroughMembersOfUnbuiltMapsShowInTheBody() throws {
        let template = "#set($t = $input.path('$').items[1].meta.k4)#set($ok = $t.put('w', 1))$input.json('$')|$input.path('$.items[1].meta.k4.w')|$input.path('$').items[1].meta.k4.w"
        #expect(try render(template) == "{\"name\":\"x\",\"items\":[{\"id\":0,\"tags\":[],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}}},{\"id\":1,\"tags\":[\"a\"],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5],\"w\":1}}},{\"id\":2,\"tags\":[\"a\",\"b\"],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}}},{\"id\":3,\"tags\":[\"a\",\"b\",\"c\"],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}}},{\"id\":4,\"tags\":[\"a\",\"b\",\"c\",\"d\"],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}}},{\"id\":5,\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"meta\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":{\"deep\":[1,2,3,4,5]}}}],\"big\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}}|1|1")
        let moved = "#set($b = $input.path('$'))#set($n = $b.items[3])#set($ok = $b.put('first', $n))#set($ok = $n.put('z', 9))$b.first.z|$input.json('$.first.z')|$input.json('$.items[3].z')|$b.keySet()"
        #expect(try render(moved) == "9|9|9|[name, items, big, first]")
        let parsed = "#set($j = $util.parseJson('{\"x\": {\"p\": 1}, \"y\": {}}'))$j.x.p$j.y.size()#set($ok = $input.path('$').put('j', $j))#set($ok = $j.x.put('q', 2))$input.json('$.j')"
        #expect(try render(parsed) == "10{\"x\":{\"p\":1,\"q\":2},\"y\":{}}")
    }

    /// `$util.parseJson` objects, small ones included, are converted on first use too, and
    /// print in json-smart's (`HashMap`) order whether built by a change or not.
    @Test func parsedObjectsReadMemberByMember() throws {
        let template = "#set($j = $util.parseJson('{\"a\": {\"x\": 1}, \"b\": 2, \"c\": [1, {\"y\": 1}]}'))$j.a.x|$j.b|$j.c[1].y|#set($ok = $j.a.put('y', 2))$j|$j.a|$j.c|#if($j.a == $j.get('a'))same#end"
        #expect(try render(template) == "1|2|1|{\"a\":{\"x\":1,\"y\":2},\"b\":2,\"c\":[1,{\"y\":1}]}|{\"x\":1,\"y\":2}|[1,{\"y\":1}]|same")
    }

    /// A list read from an unbuilt map is the body's own list: changing it through another
    /// read while a `#foreach` walks it fails as Java's iterator does.
    @Test func aListChangedWhileIteratedFails() throws {
        let loop = "#set($m = $input.path('$.items[5]'))$m.tags|#foreach($t in $m.tags)#if($foreach.index == 0)#set($ok = $input.path('$.items[5].tags').add('f'))#end$t#end"
        do {
            let output = try render(loop)
            Issue.record("rendered \(output)")
        } catch {
            #expect(String(describing: error).contains("ConcurrentModificationException"))
        }
        let elsewhere = "#set($it = $input.path('$.items'))#foreach($x in $it)#set($m = $x.meta)#if($foreach.index == 1)#set($ok = $it.get(4).meta.put('k9', 9))#end$m.k4.deep.size()#end|$it[4].meta"
        #expect(try render(elsewhere) == "555555|{k1=1, k2=2, k3=3, k4={deep=[1,2,3,4,5]}, k9=9}")
    }

    /// `$context` is converted on first use as the body is: an override set through a member
    /// read from the unbuilt context (which is then never built) is still read back.
    @Test func overridesSetThroughAnUnbuiltContextAreReadBack() throws {
        let context: JSONObject = [
            "requestId": .string("r"), "stage": .string("prod"), "identity": .object(["sourceIp": .string("203.0.113.7")]),
            "responseOverride": .object(["header": .object([:])]),
        ]
        let template = try MappingTemplate(
            source: "#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Tea = 'earl grey')$context.identity.sourceIp")
        let output = try template.render(MappingInput(context: context))
        #expect(output.body == "203.0.113.7")
        #expect(output.statusOverride == 418)
        #expect(output.responseHeaderOverrides == ["X-Tea": "earl grey"])
    }
}
