import Foundation
import GatehouseVTL
import Testing

/// The benchmark templates render exactly as Velocity does; with VTL_BENCH=1 (and a release
/// build: `swift test -c release`) this also prints ns/render for comparison with
/// `velocity-oracle --bench`.
@Suite struct VTLPerformanceTests {
    @Test(arguments: [
        ("orders", VTLBenchmarkTemplates.orders, VTLBenchmarkExpected.orders),
        ("text", VTLBenchmarkTemplates.text, VTLBenchmarkExpected.text),
        ("strings", VTLBenchmarkTemplates.strings, VTLBenchmarkExpected.strings),
        ("macros", VTLBenchmarkTemplates.macros, VTLBenchmarkExpected.macros),
    ])
    func benchmarkTemplate(_ name: String, _ source: String, _ expected: String) throws {
        let template = try VTLTemplate(source: source)
        let output = try template.renderBytes(VTLContext())
        #expect(output == Array(expected.utf8), "\(name)")
        guard ProcessInfo.processInfo.environment["VTL_BENCH"] == "1" else { return }
        if let only = ProcessInfo.processInfo.environment["VTL_BENCH_ONLY"], only != name { return }
        for _ in 0..<2000 { _ = try template.renderBytes(VTLContext()) }
        // Thread CPU time, so other processes on a busy machine do not count; best of 5.
        func cpuNow() -> UInt64 {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        }
        let n = 4000
        var best = Double.infinity
        var sink = 0
        for _ in 0..<5 {
            let start = cpuNow()
            for _ in 0..<n { sink &+= try template.renderBytes(VTLContext()).count }
            best = min(best, Double(cpuNow() - start) / Double(n))
        }
        print("VTL_BENCH \(name): \(Int(best)) ns/render CPU (\(sink))")
    }
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

/// Oracle outputs (velocity-oracle) for VTLBenchmarkTemplates.
enum VTLBenchmarkExpected {
    static let orders = #"""
{
  "count": 40,
  "items": [
    {
      "id": 1,
      "name": "ITEM-1",
      "price": 3,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 2,
      "name": "ITEM-2",
      "price": 6,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 3,
      "name": "ITEM-3",
      "price": 9,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 4,
      "name": "ITEM-4",
      "price": 12,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 5,
      "name": "ITEM-5",
      "price": 15,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 6,
      "name": "ITEM-6",
      "price": 18,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 7,
      "name": "ITEM-7",
      "price": 21,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 8,
      "name": "ITEM-8",
      "price": 24,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 9,
      "name": "ITEM-9",
      "price": 27,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 10,
      "name": "ITEM-10",
      "price": 30,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 11,
      "name": "ITEM-11",
      "price": 33,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 12,
      "name": "ITEM-12",
      "price": 36,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 13,
      "name": "ITEM-13",
      "price": 39,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 14,
      "name": "ITEM-14",
      "price": 42,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 15,
      "name": "ITEM-15",
      "price": 45,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 16,
      "name": "ITEM-16",
      "price": 48,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 17,
      "name": "ITEM-17",
      "price": 51,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 18,
      "name": "ITEM-18",
      "price": 54,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 19,
      "name": "ITEM-19",
      "price": 57,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 20,
      "name": "ITEM-20",
      "price": 60,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 21,
      "name": "ITEM-21",
      "price": 63,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 22,
      "name": "ITEM-22",
      "price": 66,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 23,
      "name": "ITEM-23",
      "price": 69,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 24,
      "name": "ITEM-24",
      "price": 72,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 25,
      "name": "ITEM-25",
      "price": 75,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 26,
      "name": "ITEM-26",
      "price": 78,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 27,
      "name": "ITEM-27",
      "price": 81,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 28,
      "name": "ITEM-28",
      "price": 84,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 29,
      "name": "ITEM-29",
      "price": 87,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 30,
      "name": "ITEM-30",
      "price": 90,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 31,
      "name": "ITEM-31",
      "price": 93,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 32,
      "name": "ITEM-32",
      "price": 96,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 33,
      "name": "ITEM-33",
      "price": 99,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 34,
      "name": "ITEM-34",
      "price": 102,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 35,
      "name": "ITEM-35",
      "price": 105,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 36,
      "name": "ITEM-36",
      "price": 108,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 37,
      "name": "ITEM-37",
      "price": 111,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 38,
      "name": "ITEM-38",
      "price": 114,
      "status": "active",
      "tags": ["a","b"]
    },
    {
      "id": 39,
      "name": "ITEM-39",
      "price": 117,
      "status": "inactive",
      "tags": ["a","b"]
    },
    {
      "id": 40,
      "name": "ITEM-40",
      "price": 120,
      "status": "active",
      "tags": ["a","b"]
    }
  ]
}

"""#
    static let text = #"""
<html><body><h1>Hello World</h1>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor World incididunt ut labore.</p>
</body></html>

"""#
    static let strings = #"""
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43
QUICK BR0WN F0X 16 9 yes 43

"""#
    static let macros = #"""
{"n": "1", "sq": "1"}
{"n": "2", "sq": "4"}
{"n": "3", "sq": "9"}
{"n": "4", "sq": "16"}
{"n": "5", "sq": "25"}
{"n": "6", "sq": "36"}
{"n": "7", "sq": "49"}
{"n": "8", "sq": "64"}
{"n": "9", "sq": "81"}
{"n": "10", "sq": "100"}
{"n": "11", "sq": "121"}
{"n": "12", "sq": "144"}
{"n": "13", "sq": "169"}
{"n": "14", "sq": "196"}
{"n": "15", "sq": "225"}
{"n": "16", "sq": "256"}
{"n": "17", "sq": "289"}
{"n": "18", "sq": "324"}
{"n": "19", "sq": "361"}
{"n": "20", "sq": "400"}
{"n": "21", "sq": "441"}
{"n": "22", "sq": "484"}
{"n": "23", "sq": "529"}
{"n": "24", "sq": "576"}
{"n": "25", "sq": "625"}
{"n": "26", "sq": "676"}
{"n": "27", "sq": "729"}
{"n": "28", "sq": "784"}
{"n": "29", "sq": "841"}
{"n": "30", "sq": "900"}
{"n": "31", "sq": "961"}
{"n": "32", "sq": "1024"}
{"n": "33", "sq": "1089"}
{"n": "34", "sq": "1156"}
{"n": "35", "sq": "1225"}
{"n": "36", "sq": "1296"}
{"n": "37", "sq": "1369"}
{"n": "38", "sq": "1444"}
{"n": "39", "sq": "1521"}
{"n": "40", "sq": "1600"}

"""#
}

extension VTLPerformanceTests {
    /// Developer aid: VTL_BENCH_SRC='template' times one template (release build).
    @Test func adhocTiming() throws {
        guard let src = ProcessInfo.processInfo.environment["VTL_BENCH_SRC"] else { return }
        let template = try VTLTemplate(source: src)
        func cpuNow() -> UInt64 {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        }
        var best = Double.infinity
        var sink = 0
        for _ in 0..<5 {
            let start = cpuNow()
            for _ in 0..<2000 { sink &+= try template.renderBytes(VTLContext()).count }
            best = min(best, Double(cpuNow() - start) / 2000)
        }
        print("VTL_BENCH_SRC: \(Int(best)) ns/render CPU (\(sink))")
    }
}
