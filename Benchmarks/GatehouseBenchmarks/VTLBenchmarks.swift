import GatehouseVTL

/// Velocity engine benchmarks: parse once, render many times (the oracle's `--bench` shape).
func vtlBenchmarks() -> [Benchmark] {
    let realistic = """
    #set($items = [{"id": 1, "name": "apple", "qty": 3, "tags": ["red", "fruit"]}, {"id": 2, "name": "pear", "qty": 0, "tags": ["green"]}, {"id": 3, "name": "fig", "qty": 12, "tags": []}])
    #set($total = 0)
    {
      "items": [
    #foreach($item in $items)
        #set($total = $total + $item.qty)
        {"id": $item.id, "name": "$item.name.toUpperCase()", "inStock": #if($item.qty > 0)true#{else}false#end,
         "tags": [#foreach($t in $item.tags)"$t"#if($foreach.hasNext),#end#end]}#if($foreach.hasNext),#end
    #end
      ],
      "total": $total
    }
    """
    let loops = """
    #set($names = ["alpha", "beta", "gamma", "delta"])
    #foreach($i in [1..20])
        #set($k = $i % 4)
        {"n": $i, "sq": #set($sq = $i * $i)$sq, "name": "$names.get($k)", "even": #if($i % 2 == 0)true#{else}false#end}#if($foreach.hasNext),#end
    #end
    """
    var benchmarks: [Benchmark] = []
    for (name, source) in [("render-realistic", realistic), ("render-loops", loops)] {
        guard let template = try? VTLTemplate(source: source) else { continue }
        benchmarks.append(Benchmark(group: "vtl", name: name, bytes: source.utf8.count) {
            try template.render(VTLContext()).utf8.count
        })
    }
    benchmarks.append(Benchmark(group: "vtl", name: "parse-realistic", bytes: realistic.utf8.count) {
        (try VTLTemplate(source: realistic)).source.utf8.count
    })
    return benchmarks
}
