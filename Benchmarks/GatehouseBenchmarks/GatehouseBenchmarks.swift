import Foundation

/// One measured operation. `bytes` is the input size per operation, for MB/s.
struct Benchmark {
    var group: String
    var name: String
    var bytes: Int = 0
    /// Runs the operation once; returns something derived from the result so it is not optimised away.
    var run: () throws -> Int
}

/// Runs every registered benchmark and prints one line each:
/// `group/name  ns/op  ops/s  MB/s`. `--filter TEXT` keeps matching names; `--seconds S` sets the
/// measuring time per benchmark (default 1). `--runs N` instead runs each chosen benchmark exactly
/// N times with no warm-up and no timing, for instruction counts under
/// `valgrind --tool=callgrind` (the difference between two values of N, divided, gives the
/// instructions of one run without the set-up).
@main
struct GatehouseBenchmarks {
    static func main() throws {
        var arguments = CommandLine.arguments.dropFirst()
        var filter: String?
        var seconds = 1.0
        var runs: Int?
        while let argument = arguments.popFirst() {
            switch argument {
            case "--filter": filter = arguments.popFirst()
            case "--seconds": seconds = arguments.popFirst().flatMap(Double.init) ?? seconds
            case "--runs": runs = arguments.popFirst().flatMap(Int.init)
            default:
                FileHandle.standardError.write(Data("usage: GatehouseBenchmarks [--filter TEXT] [--seconds S | --runs N]\n".utf8))
                exit(2)
            }
        }
        let all = BenchmarkRegistry.all()
        let chosen = all.filter { filter == nil || "\($0.group)/\($0.name)".contains(filter!) }
        if let runs {
            var sink = 0
            for benchmark in chosen {
                for _ in 0..<runs { sink &+= try benchmark.run() }
            }
            print("\(chosen.count) benchmarks × \(runs) runs (\(sink))")
            return
        }
        print("benchmark".padding(toLength: 48, withPad: " ", startingAt: 0), "ns/op".leftPad(14), "ops/s".leftPad(12), "MB/s".leftPad(10))
        for benchmark in chosen {
            try measure(benchmark, seconds: seconds)
        }
    }

    static func measure(_ benchmark: Benchmark, seconds: Double) throws {
        var sink = 0
        // Warm up for a tenth of the budget (at least 10 runs).
        let warmEnd = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e8)
        var warm = 0
        while warm < 10 || DispatchTime.now().uptimeNanoseconds < warmEnd {
            sink &+= try benchmark.run()
            warm += 1
        }
        var iterations = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let budget = UInt64(seconds * 1e9)
        var now = start
        while iterations < 5 || now - start < budget {
            sink &+= try benchmark.run()
            iterations += 1
            if iterations % 8 == 0 || iterations < 8 { now = DispatchTime.now().uptimeNanoseconds }
        }
        now = DispatchTime.now().uptimeNanoseconds
        let nsPerOp = Double(now - start) / Double(iterations)
        let opsPerSecond = 1e9 / nsPerOp
        let megabytesPerSecond = benchmark.bytes > 0 ? Double(benchmark.bytes) * opsPerSecond / 1_000_000 : 0
        let name = "\(benchmark.group)/\(benchmark.name)"
        print(
            name.padding(toLength: 48, withPad: " ", startingAt: 0),
            String(format: "%.0f", nsPerOp).leftPad(14),
            String(format: "%.0f", opsPerSecond).leftPad(12),
            (benchmark.bytes > 0 ? String(format: "%.1f", megabytesPerSecond) : "-").leftPad(10),
            sink == 42 ? "" : ""
        )
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// Each benchmark file adds its suite here.
enum BenchmarkRegistry {
    static func all() -> [Benchmark] {
        var all: [Benchmark] = []
        // Suites register themselves below, one line each.
        all += templateBenchmarks()
        all += vtlBenchmarks()
        all += jsonBenchmarks()
        all += xmlBenchmarks()
        all += pipelineBenchmarks()
        all += xrayBenchmarks()
        return all
    }
}
