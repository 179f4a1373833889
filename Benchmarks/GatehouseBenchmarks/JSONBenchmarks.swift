import GatehouseJSON

/// JSON parsing (permissive, as API Gateway parses every body; strict), serialization, and
/// JSONPath evaluation on a generated ~1 MB order document.
func jsonBenchmarks() -> [Benchmark] {
    let body = makeOrders(bytes: 1_000_000)
    let size = body.utf8.count
    let small = makeOrders(bytes: 2_000)
    let tiny = #"{"name":"Zoë","id":12345,"tags":["a","b"],"active":true,"score":9.5}"#
    let document = (try? JSONParser.parse(body, mode: .permissive)) ?? .null
    let nested = try! JSONPath("$.orders[500].customer.address.city")
    let filter = try! JSONPath("$.orders[?(@.total > 500 && @.status == 'shipped')].id")
    let scan = try! JSONPath("$..sku")
    let smallDocument = (try? JSONParser.parse(small, mode: .permissive)) ?? .null
    let smartSize = JSONSerializer.jsonSmart(document).utf8.count
    let prettySize = JSONSerializer.pretty(document).utf8.count
    return [
        Benchmark(group: "json", name: "parse permissive 1MB", bytes: size) {
            guard case .object(let root) = try JSONParser.parse(body, mode: .permissive) else { return 0 }
            return root.count
        },
        Benchmark(group: "json", name: "parse strict 1MB", bytes: size) {
            guard case .object(let root) = try JSONParser.parse(body, mode: .strict) else { return 0 }
            return root.count
        },
        Benchmark(group: "json", name: "parse permissive 2KB", bytes: small.utf8.count) {
            guard case .object(let root) = try JSONParser.parse(small, mode: .permissive) else { return 0 }
            return root.count
        },
        Benchmark(group: "json", name: "parse permissive tiny", bytes: tiny.utf8.count) {
            guard case .object(let root) = try JSONParser.parse(tiny, mode: .permissive) else { return 0 }
            return root.count
        },
        Benchmark(group: "json", name: "parse strict 2KB", bytes: small.utf8.count) {
            guard case .object(let root) = try JSONParser.parse(small, mode: .strict) else { return 0 }
            return root.count
        },
        Benchmark(group: "json", name: "serialize compact 1MB", bytes: size) {
            JSONSerializer.compact(document).utf8.count
        },
        Benchmark(group: "json", name: "serialize pretty 1MB", bytes: prettySize) {
            JSONSerializer.pretty(document).utf8.count
        },
        Benchmark(group: "json", name: "serialize json-smart 1MB", bytes: smartSize) {
            JSONSerializer.jsonSmart(document).utf8.count
        },
        Benchmark(group: "json", name: "jsonpath nested (1MB doc)") {
            if case .value(.string(let s))? = try? nested.evaluate(document) { return s.utf8.count }
            return 0
        },
        Benchmark(group: "json", name: "jsonpath filter (1MB doc)") {
            if case .list(let l)? = try? filter.evaluate(document) { return l.count }
            return 0
        },
        Benchmark(group: "json", name: "jsonpath deep scan (1MB doc)") {
            if case .list(let l)? = try? scan.evaluate(document) { return l.count }
            return 0
        },
        Benchmark(group: "json", name: "serialize json-smart 2KB", bytes: small.utf8.count) {
            JSONSerializer.jsonSmart(smallDocument).utf8.count
        },
        Benchmark(group: "json", name: "Java Double.toString") {
            JavaDouble.string(Double(size) / 7.0).utf8.count
        },
        Benchmark(group: "json", name: "jsonpath compile filter") {
            (try? JSONPath("$.orders[?(@.total > 500 && @.status == 'shipped')].id"))?.isDefinite == true ? 1 : 0
        },
    ]
}

/// A JSON body of orders of about `bytes` bytes: nested objects, arrays, numbers with fractions,
/// escapes and non-ASCII text.
func makeOrders(bytes: Int) -> String {
    var out = "{\"orders\":["
    var i = 0
    let statuses = ["shipped", "pending", "cancelled"]
    while out.utf8.count < bytes {
        if i > 0 { out += "," }
        let total = Double((i * 7919) % 100_000) / 100
        out += """
            {"id":"ord-\(i)","status":"\(statuses[i % 3])","total":\(total),"items":[\
            {"sku":"SKU-\(i)-A","qty":\(i % 5 + 1),"price":12.50},{"sku":"SKU-\(i)-B","qty":1,"price":3.99}],\
            "customer":{"name":"Zoë \\"Q\\" Müller \(i)","email":"user\(i)@example.com",\
            "address":{"city":"City \(i % 100)","zip":"\(10000 + i)","lines":["1 Main St","Apt \\/ \(i)"]}},\
            "gift":\(i % 2 == 0),"note":null}
            """
        i += 1
    }
    out += "],\"count\":\(i)}"
    return out
}
