import GatehouseVTL

/// The Velocity engine alone: parse once, render many times (as API Gateway caches a compiled
/// template). The same templates, as oracle case files, time Velocity 1.7 on a warm JVM with
/// `velocity-oracle --bench N CASE.json`; see VTLBenchmarkTemplates.
func vtlBenchmarks() -> [Benchmark] {
    var all: [Benchmark] = []
    let cases: [(String, String)] = [
        ("render orders (foreach, maps, if)", VTLBenchmarkTemplates.orders),
        ("render text (static text, refs)", VTLBenchmarkTemplates.text),
        ("render strings (String methods)", VTLBenchmarkTemplates.strings),
        ("render macros (pass-by-name)", VTLBenchmarkTemplates.macros),
    ]
    for (name, source) in cases {
        guard let template = try? VTLTemplate(source: source) else { continue }
        all.append(Benchmark(group: "vtl", name: name, bytes: source.utf8.count) {
            let context = VTLContext()
            return try template.renderBytes(context).count
        })
    }
    all.append(Benchmark(group: "vtl", name: "parse orders", bytes: VTLBenchmarkTemplates.orders.utf8.count) {
        _ = try VTLTemplate(source: VTLBenchmarkTemplates.orders)
        return 1
    })
    return all
}


/// Templates the VTL benchmarks render; each renders without `$input`, so the same case file can
/// be timed with `velocity-oracle --bench N` for comparison.
enum VTLBenchmarkTemplates {
    static let orders = #"""
#set($items = [])
#foreach($i in [1..40])
#set($p = $i * 3)#set($act = $i % 3 != 0)#set($ok = $items.add({"id": $i, "name": "item-$i", "price": $p, "tags": ["a", "b"], "active": $act}))
#end
{
  "count": $items.size(),
  "items": [
#foreach($it in $items)
    {
      "id": $it.id,
      "name": "$it.name.toUpperCase()",
      "price": $it.price,
#if($it.active)
      "status": "active",
#else
      "status": "inactive",
#end
      "tags": [#foreach($t in $it.tags)"$t"#if($foreach.hasNext),#end#end]
    }#if($foreach.hasNext),#end

#end
  ]
}

"""#
    static let text = #"""
#set($name = "World")<html><body><h1>Hello $name</h1>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor $name incididunt ut labore.</p>
</body></html>

"""#
    static let strings = #"""
#set($s = "The quick brown fox jumps over the lazy dog")
#foreach($i in [1..30])
$s.replace("o", "0").toUpperCase().substring(4, 19) $s.indexOf("fox") $s.split(" ").size() #if($s.contains("lazy"))yes#end $s.length()
#end

"""#
    static let macros = #"""
#macro(field $k $v)"$k": "$v"#end
#macro(row $n)
{#field("n" $n), #field("sq" "#set($q = $n * $n)$q")}
#end
#foreach($i in [1..40])#row($i)#end

"""#
}
